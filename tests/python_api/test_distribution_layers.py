"""The distribution layers and their params_size_* companions.

Their formals, in R order with R's defaults, are checked in test_r_api.py.
"""

import re
import textwrap

import numpy as np
import pytest

import tfprobr as tp

CTT = "convert_to_tensor_fn"


@pytest.fixture
def tfd():
    import tensorflow_probability as tfp

    return tfp.distributions


def test_default_convert_to_tensor_fn_is_one_draw_from_tfprobrs_stream():
    layer = tp.layer_independent_normal(event_shape=1)
    assert layer._convert_to_tensor_fn is tp.tfd_sample
    # Saved as the default that stands for it (see test_saving.py).
    assert layer.get_config()[CTT]["config"]["path"] == "distributions.Distribution.sample"


@pytest.mark.parametrize("function, args, expected", [
    ("params_size_independent_normal", (2.0,), 4),
    ("params_size_independent_logistic", ([2.0, 3.0],), 12),
    ("params_size_independent_poisson", (3.0,), 3),
    ("params_size_independent_bernoulli", ([2.0, 3.0],), 6),
    ("params_size_multivariate_normal_tri_l", (3.0,), 9),
    ("params_size_one_hot_categorical", (4.0,), 4),
    ("params_size_categorical_mixture_of_one_hot_categorical", (3.0, 2.0), 8),
    ("params_size_mixture_normal", (3.0, 2.0), 15),
    ("params_size_mixture_logistic", (3.0,), 9),
    ("params_size_mixture_same_family", (3.0, 2.0), 9),
])
def test_params_size_is_a_python_int_from_r_doubles(function, args, expected):
    size = getattr(tp, function)(*args)
    assert size == expected and type(size) is int


def test_layer_is_an_instance_of_the_tfp_class():
    import tensorflow_probability as tfp

    layer = tp.layer_independent_normal(event_shape=1.0, name="out")
    assert isinstance(layer, tfp.layers.IndependentNormal)
    assert type(layer).__module__ == "tfprobr._internal.keras2.distribution_layers"
    assert layer.name == "out"


def test_missing_and_bad_event_shape_name_the_argument():
    with pytest.raises(TypeError, match="missing the required argument `event_shape`"):
        tp.layer_independent_normal()
    with pytest.raises(ValueError, match="`event_shape`"):
        tp.layer_independent_normal(event_shape=1.5)
    with pytest.raises(ValueError, match="`num_components`"):
        tp.layer_mixture_normal(num_components=0)
    with pytest.raises(TypeError, match="`make_distribution_fn` must be a function"):
        tp.layer_distribution_lambda(make_distribution_fn=3)


def test_distribution_lambda_used_standalone_outputs_the_distribution(tfd):
    import tensorflow as tf

    layer = tp.layer_distribution_lambda(make_distribution_fn=lambda t: tfd.Normal(t, 2.0),
                                         convert_to_tensor_fn=tfd.Distribution.mean)
    x = np.array([[1.0], [3.0]])  # an R matrix of doubles
    d = tp.layer_distribution_lambda(x, make_distribution_fn=lambda t: tfd.Normal(t, 2.0))
    assert np.allclose(d.mean().numpy(), x) and np.allclose(d.stddev().numpy(), 2.0)
    assert np.allclose(tf.convert_to_tensor(layer(x.astype("float32"))).numpy(), x)


def _distribution_after(layer, params, batch=4):
    import tf_keras

    x = tf_keras.Input(shape=(2,))
    out = layer(tf_keras.layers.Dense(params)(x))
    model = tf_keras.Model(x, out)
    return model(np.ones((batch, 2), "float32"))


# Each layer with R values, and the event shape of its distribution; its params_size_*
# takes the same values in the same order.
@pytest.mark.parametrize("name, args, expected_event", [
    ("independent_normal", {"event_shape": [2.0, 3.0]}, (2, 3)),
    ("independent_logistic", {"event_shape": 2.0}, (2,)),
    ("independent_poisson", {"event_shape": 3.0}, (3,)),
    ("independent_bernoulli", {"event_shape": [2.0, 2.0]}, (2, 2)),
    ("multivariate_normal_tri_l", {"event_size": 3.0}, (3,)),
    ("one_hot_categorical", {"event_size": 4.0}, (4,)),
    ("categorical_mixture_of_one_hot_categorical", {"event_size": 3.0, "num_components": 2.0}, (3,)),
    ("mixture_normal", {"num_components": 3.0, "event_shape": 2.0}, (2,)),
    ("mixture_normal", {"num_components": 3.0}, ()),
    ("mixture_logistic", {"num_components": 2.0, "event_shape": 1.0}, (1,)),
])
def test_event_shapes_of_the_independent_and_mixture_layers(name, args, expected_event):
    layer = getattr(tp, f"layer_{name}")(**args)
    d = _distribution_after(layer, getattr(tp, f"params_size_{name}")(*args.values()))
    assert tuple(d.batch_shape) == (4,)
    assert tuple(d.event_shape) == expected_event


def test_event_shape_of_a_mixture_of_the_component_layers():
    layer = tp.layer_mixture_same_family(
        num_components=3.0, component_layer=tp.layer_independent_normal(event_shape=2.0))
    d = _distribution_after(layer, tp.params_size_mixture_same_family(
        3, tp.params_size_independent_normal(2)))
    assert tuple(d.batch_shape) == (4,)
    assert tuple(d.event_shape) == (2,)


def test_kl_divergence_add_loss_adds_exactly_one_loss(tfd):
    import tf_keras

    prior = tfd.Independent(tfd.Normal(loc=[0.0, 0.0], scale=1.0), reinterpreted_batch_ndims=1)
    x = tf_keras.Input(shape=(3,))
    d = tp.layer_independent_normal(tf_keras.layers.Dense(4)(x), event_shape=2)
    out = tp.layer_kl_divergence_add_loss(d, distribution_b=prior, use_exact_kl=True, weight=0.5)
    model = tf_keras.Model(x, out)
    assert len(model.losses) == 1  # the symbolic KL of the functional model
    model(np.ones((5, 3), "float32"))
    assert len(model.losses) == 1
    assert np.isfinite(float(model.losses[0])) and float(model.losses[0]) > 0


def test_kl_divergence_add_loss_passes_the_distribution_through(tfd):
    prior = tfd.Normal(0.0, 1.0)
    d = tfd.Normal([1.0, 2.0], 1.0)
    layer = tp.layer_kl_divergence_add_loss(distribution_b=prior, use_exact_kl=True)
    out = layer(tp.layer_distribution_lambda(np.zeros(2), make_distribution_fn=lambda t: d))
    assert np.allclose(out.mean().numpy(), [1.0, 2.0])
    assert len(layer.losses) == 1


def test_kl_divergence_regularizer_adds_the_mean_kl_once(tfd):
    import tensorflow_probability as tfp
    import tf_keras

    prior = tfd.Independent(tfd.Normal(loc=[0.0, 0.0], scale=1.0), reinterpreted_batch_ndims=1)
    regularizer = tp.layer_kl_divergence_regularizer(distribution_b=prior, use_exact_kl=True,
                                                     test_points_reduce_axis=[])
    assert isinstance(regularizer, tfp.layers.KLDivergenceRegularizer)
    x = tf_keras.Input(shape=(3,))
    params = tf_keras.layers.Dense(4, kernel_initializer="ones")(x)
    out = tp.layer_independent_normal(params, event_shape=2, activity_regularizer=regularizer)
    model = tf_keras.Model(x, out)
    data = np.linspace(-1, 1, 15, dtype="float32").reshape(5, 3)
    d = model(data)
    assert len(model.losses) == 1  # TFP's class adds it twice
    same = tfd.Independent(tfd.Normal(d.mean(), d.stddev()), reinterpreted_batch_ndims=1)
    expected = tfd.kl_divergence(same, prior).numpy().mean()
    assert float(model.losses[0]) == pytest.approx(expected, rel=1e-5)


def test_kl_divergence_regularizer_refuses_an_object(tfd):
    with pytest.raises(TypeError, match="`object` must be NULL/None"):
        tp.layer_kl_divergence_regularizer(np.zeros((2, 2)), distribution_b=tfd.Normal(0.0, 1.0))


@pytest.mark.slow
def test_multivariate_normal_tri_l_regression_learns_the_noise_correlation(seeded):
    import tf_keras

    n, rho = 512, 0.8
    x = seeded.normal(size=(n, 2)).astype("float32")
    noise = seeded.multivariate_normal([0, 0], [[1, rho], [rho, 1]], size=n) * 0.5
    y = (x @ np.array([[1.0, -1.0], [0.5, 2.0]]) + noise).astype("float32")
    model = tp.keras_model_sequential(input_shape=2)
    model.add(tf_keras.layers.Dense(tp.params_size_multivariate_normal_tri_l(2)))
    model = tp.layer_multivariate_normal_tri_l(model, event_size=2)
    model.compile(optimizer=tf_keras.optimizers.Adam(0.1), loss=tp.negloglik)
    history = model.fit(x, y, epochs=60, batch_size=32, verbose=0)
    losses = history.history["loss"]
    assert losses[-1] < 0.5 * losses[0]
    cov = model(x).covariance().numpy().mean(axis=0)
    assert cov[0, 1] / np.sqrt(cov[0, 0] * cov[1, 1]) == pytest.approx(rho, abs=0.1)
    assert np.sqrt(cov[0, 0]) == pytest.approx(0.5, rel=0.2)


@pytest.fixture(scope="module")
def heteroscedastic_fit():
    """A local-reparameterization network ending in an independent normal, fit by NLL."""
    import tf_keras

    tf_keras.utils.set_random_seed(7)
    rng = np.random.default_rng(7)

    def draw(n):
        x = rng.uniform(-1, 1, size=(n, 1)).astype("float32")
        sd = 0.1 + 0.2 * (x + 1)  # noise sd from 0.1 at x = -1 to 0.5 at x = 1
        return x, (2 * x + sd * rng.normal(size=(n, 1))).astype("float32")

    n = 1000
    x, y = draw(n)
    kl = tp.kl_divergence_fn(1 / n)
    model = tp.keras_model_sequential(input_shape=1)
    model = tp.layer_dense_local_reparameterization(model, units=16, activation="relu",
                                                    kernel_divergence_fn=kl)
    model = tp.layer_dense_local_reparameterization(
        model, units=tp.params_size_independent_normal(1), kernel_divergence_fn=kl)
    model = tp.layer_independent_normal(model, event_shape=1)
    model.compile(optimizer=tf_keras.optimizers.Adam(0.02), loss=tp.negloglik)
    model.fit(x, y, epochs=60, batch_size=100, verbose=0)
    return model, draw


def _predictive_mean_sd(model, x, passes=50):
    """Mean and sd of the predictive mixture over `passes` posterior draws (total variance)."""
    draws = [model(x) for _ in range(passes)]
    locs = np.stack([d.mean().numpy()[:, 0] for d in draws])
    scales = np.stack([d.stddev().numpy()[:, 0] for d in draws])
    return locs.mean(axis=0), np.sqrt((scales ** 2).mean(axis=0) + locs.var(axis=0))


@pytest.mark.slow
def test_heteroscedastic_95_percent_intervals_cover_held_out_points(heteroscedastic_fit):
    model, draw = heteroscedastic_fit
    x, y = draw(1000)
    mean, sd = _predictive_mean_sd(model, x)
    inside = np.abs(y[:, 0] - mean) <= 1.959964 * sd
    assert 0.90 <= inside.mean() <= 0.99


@pytest.mark.slow
def test_heteroscedastic_fit_learns_that_the_noise_grows_with_x(heteroscedastic_fit):
    model, _ = heteroscedastic_fit
    _, sd = _predictive_mean_sd(model, np.array([[-0.9], [0.9]], "float32"))
    # The true noise sd is 0.12 at x = -0.9 and 0.48 at x = 0.9, a ratio of 4.
    assert 2.5 < sd[1] / sd[0] < 6


def test_negative_log_likelihood_is_minus_log_prob(tfd):
    d = tfd.Normal([0.0, 1.0], 2.0)
    y = np.array([0.5, 0.5])  # doubles, as from R
    assert np.allclose(tp.negloglik(y, d).numpy(),
                       -d.log_prob(y.astype("float32")).numpy())


# --- layer_variational_gaussian_process --------------------------------------------------------

def _rbf_kernel_provider():
    """The kernel provider of layer_variational_gaussian_process()'s R example (Python code in it)."""
    code = re.search(r'py_run_string\("\n(.*?)"\)', tp.layer_variational_gaussian_process.__doc__,
                     re.DOTALL).group(1)
    namespace = {}
    exec(textwrap.dedent(code), namespace)
    return namespace["RBFKernelFn"]()


def _vgp_model(provider):
    model = tp.keras_model_sequential(input_shape=1)
    return tp.layer_variational_gaussian_process(model, num_inducing_points=8.0,
                                                 kernel_provider=provider)


@pytest.mark.slow
def test_variational_gaussian_process_layer_trains_its_kernel_and_inducing_points():
    import tensorflow_probability as tfp
    import tf_keras

    tf_keras.utils.set_random_seed(1)
    x = np.linspace(-1, 1, 64, dtype="float32").reshape(-1, 1)
    y = np.sin(3 * x)
    provider = _rbf_kernel_provider()
    model = _vgp_model(provider)
    layer = model.layers[-1]
    assert isinstance(layer, tfp.layers.VariationalGaussianProcess)
    # R's NULL for the noise initializer is initializer_constant(-10), as in R tfprobability.
    noise = [w for w in layer.weights if "observation_noise_variance" in w.name]
    assert noise and float(noise[0].numpy()) == -10.0
    before = [w.numpy().copy() for w in model.trainable_weights]
    model.compile(optimizer=tf_keras.optimizers.Adam(0.05),
                  loss=lambda y, d: d.variational_loss(y, kl_weight=np.float32(16 / 64)))
    losses = model.fit(x, y, batch_size=16, epochs=3, verbose=0).history["loss"]
    assert all(np.isfinite(losses)) and losses[-1] < losses[0]
    moved = [not np.allclose(b, w.numpy()) for b, w in zip(before, model.trainable_weights)]
    assert all(moved) and len(moved) >= 5  # kernel (2), inducing points, variational loc/scale
    assert tp.tfd_mean(model(x[:3])).shape == (3, 1)


@pytest.mark.slow
def test_variational_gaussian_process_layer_says_to_save_the_weights(tmp_path):
    model = _vgp_model(_rbf_kernel_provider())
    with pytest.raises(tp.UnsavableFunctionError, match="model.save_weights"):
        model.save(tmp_path / "vgp.keras")


# --- convert_to_tensor_fn by name draws from tfprobr's stream (issue 26) --------------------

def test_the_names_of_convert_to_tensor_fn_resolve_like_the_functions():
    import tensorflow_probability as tfp

    layer = tp.layer_independent_normal(event_shape=1, convert_to_tensor_fn="sample")
    assert layer._convert_to_tensor_fn is tp.tfd_sample          # the seeded one, not TFP's sample
    layer = tp.layer_independent_normal(event_shape=1, convert_to_tensor_fn="mean")
    assert layer._convert_to_tensor_fn is tfp.distributions.Distribution.mean


def test_a_saved_name_loads_as_the_seeded_sampler_too():
    from tfprobr._internal.keras2.distribution_layers import IndependentNormal

    config = tp.layer_independent_normal(event_shape=1).get_config()
    loaded = IndependentNormal.from_config({**config, "convert_to_tensor_fn": "sample"})
    assert loaded._convert_to_tensor_fn is tp.tfd_sample
