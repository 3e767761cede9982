"""The "Other layers" family: signatures, classes, conversions, training, and what each layer is for."""

import re

import numpy as np
import pytest

import tfprobr as tp
from support import slow_except
from support.r_api import formal_names, layers_with
from support.upstream import assert_upstream_bug

CONV_LAYERS = layers_with("filters")
# The layers that draw their kernel with a gradient estimator (R: kernel_posterior_fn).
BAYESIAN_LAYERS = layers_with("kernel_posterior_fn")

# The TFP class each function builds, and arguments that suffice to build it (as R sends them).
WRAPS = {
    "layer_dense_reparameterization": ("layers.DenseReparameterization", {"units": 2.0}),
    "layer_dense_flipout": ("layers.DenseFlipout", {"units": 2.0}),
    **{f"layer_conv_{rank}d_{kind.lower()}": (f"layers.Convolution{rank}D{kind}",
                                              {"filters": 2.0, "kernel_size": kernel_size})
       for rank, kernel_size in ((1, 3.0), (2, [3.0, 3.0]), (3, [2.0, 2.0, 2.0]))
       for kind in ("Reparameterization", "Flipout")},
    "layer_dense_variational": ("layers.DenseVariational",
                                {"units": 2.0, "make_posterior_fn": lambda *a: None,
                                 "make_prior_fn": lambda *a: None}),
    "layer_variable": ("layers.VariableLayer", {"shape": 3.0}),
    "layer_autoregressive": ("bijectors.AutoregressiveNetwork", {"params": 2.0}),
}


def _tfp_class(path):
    import tensorflow_probability as tfp

    module, name = path.split(".")
    return getattr(getattr(tfp, module), name)


@pytest.mark.parametrize("name", tp.layers.__all__)
def test_docstring_documents_every_argument(name):
    # (The formals themselves: tests/python_api/test_r_api.py.)
    doc = getattr(tp, name).__doc__
    assert getattr(tp, name).__module__ == "tfprobr.layers"
    for argument in formal_names(name):
        assert ("**kwargs" if argument == "..." else f"    {argument} :") in doc, argument
    assert "Returns\n    -------" in doc and "Examples\n    --------" in doc
    # every template field was filled (R code in "R Examples" may hold braces)
    assert not re.search(r"\{\w+\}", doc.split("R Examples\n")[0].replace("{}", ""))


@pytest.mark.parametrize("name", sorted(WRAPS))
def test_no_object_returns_an_instance_of_the_wrapped_tfp_class(name):
    path, args = WRAPS[name]
    layer = getattr(tp, name)(**args, name="mine")
    assert isinstance(layer, _tfp_class(path))
    assert type(layer).__module__ == "tfprobr._internal.keras2.layers"
    assert layer.name == "mine"


@pytest.mark.parametrize("name", CONV_LAYERS)
def test_conv_sizes_accept_r_doubles_and_vectors(name):
    rank = int(name[len("layer_conv_")])
    layer = getattr(tp, name)(filters=4.0, kernel_size=[3.0] * rank, strides=1.0,
                              dilation_rate=[1.0] * rank)
    assert layer.filters == 4 and type(layer.filters) is int
    assert layer.kernel_size == (3,) * rank and layer.strides == (1,) * rank
    scalar = getattr(tp, name)(filters=4.0, kernel_size=2.0)  # a length-1 R vector
    assert scalar.kernel_size == (2,) * rank


@pytest.mark.parametrize("args, words", [
    ({"filters": 2.5, "kernel_size": 3}, "`filters`.*2.5"),
    ({"filters": 2, "kernel_size": [3.0, 3.0, 3.0]}, "`kernel_size`.*vector of 2"),
    ({"filters": 2, "kernel_size": [3.0, 0.0]}, r"`kernel_size\[1\]`"),
    ({"filters": 2, "kernel_size": 3, "strides": "2"}, "`strides`.*'2'"),
    ({"filters": 2, "kernel_size": 3, "dilation_rate": float("nan")}, "`dilation_rate`.*NaN"),
    ({"filters": 2}, "missing the required argument `kernel_size`"),
])
def test_bad_conv_arguments_name_the_argument_and_value(args, words):
    with pytest.raises((TypeError, ValueError), match=words):
        tp.layer_conv_2d_flipout(**args)


def test_flipout_seed_stays_none_and_converts_r_doubles():
    assert tp.layer_dense_flipout(units=2).seed is None
    assert tp.layer_dense_flipout(units=2, seed=42.0).seed == 42
    assert tp.layer_conv_2d_flipout(filters=2, kernel_size=3, seed=7.0).seed == 7
    with pytest.raises(ValueError, match="`seed`.*1.5"):
        tp.layer_dense_flipout(units=2, seed=1.5)


def test_flipout_without_seed_draws_new_signs_every_call(seeded):
    # The kernel's perturbation is fixed (its stddev, not a sample): outputs differ only by
    # flipout's random signs.
    layer = tp.layer_dense_flipout(units=3, kernel_posterior_tensor_fn=tp.tfd_stddev)
    x = np.ones((1, 4), "float32")
    outputs = np.stack([layer(x).numpy() for _ in range(4)])
    mean = x @ layer.kernel_posterior.distribution.loc.numpy() + layer.bias_posterior.mode().numpy()
    scale = x @ layer.kernel_posterior.distribution.scale.numpy()
    # Each output is the mean plus a signed sum of the scales: never just the mean, and not all alike.
    assert not np.allclose(outputs, mean)
    assert np.all(np.abs(outputs - mean) <= scale + 1e-6)
    assert len({tuple(np.round(o.ravel(), 5)) for o in outputs}) > 1


def test_autoregressive_arguments_convert_like_r_values():
    made = tp.layer_autoregressive(params=2.0, event_shape=3.0, hidden_units=8.0,
                                   input_order=[3.0, 1.0, 2.0])
    assert made._params == 2 and made._event_shape == [3]
    assert made._hidden_units == [8] and made._input_order_param == [3, 1, 2]
    assert tp.layer_autoregressive(params=1, hidden_units=[4.0, 5.0])._hidden_units == [4, 5]
    for args, words in [({"params": 0}, "`params`.*0"), ({"params": 2, "hidden_units": [4, 2.5]},
                                                        r"`hidden_units\[1\]`.*2.5"),
                        ({"params": 2, "event_shape": "3"}, "`event_shape`")]:
        with pytest.raises((TypeError, ValueError), match=words):
            tp.layer_autoregressive(**args)


def test_variable_shape_becomes_a_tuple():
    assert tp.layer_variable(shape=3.0)(np.zeros((1, 1), "float32")).shape == (3,)
    assert tp.layer_variable(shape=[2.0, 3.0])(np.zeros((1, 1), "float32")).shape == (2, 3)
    with pytest.raises(ValueError, match="`shape`.*-1"):
        tp.layer_variable(shape=-1)


def test_dense_variational_converts_and_checks_its_arguments():
    with pytest.raises(TypeError, match="`make_prior_fn` must be a function"):
        tp.layer_dense_variational(units=2, make_posterior_fn=_posterior, make_prior_fn="p")
    with pytest.raises(ValueError, match="`kl_weight`.*inf"):
        tp.layer_dense_variational(units=2, make_posterior_fn=_posterior,
                                   make_prior_fn=_trainable_prior, kl_weight=float("inf"))
    layer = tp.layer_dense_variational(units=2.0, make_posterior_fn=_posterior,
                                       make_prior_fn=_trainable_prior)
    assert layer.units == 2 and type(layer.units) is int


def _fit_one_step(model, x, y):
    import tf_keras

    model.compile(optimizer=tf_keras.optimizers.Adam(0.01), loss="mse")
    return model.fit(x, y, epochs=1, batch_size=len(x), verbose=0).history["loss"]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["layer_dense_reparameterization", "layer_dense_flipout",
                                  "layer_dense_local_reparameterization"])
def test_dense_estimators_chain_train_and_add_one_kl_per_layer(name, seeded):
    layer = getattr(tp, name)
    kl = tp.kl_divergence_fn(1 / 16)
    model = tp.keras_model_sequential(input_shape=3.0)
    model = layer(model, units=8.0, activation="relu", kernel_divergence_fn=kl)
    model = layer(model, units=1.0, kernel_divergence_fn=kl)
    x = seeded.normal(size=(16, 3)).astype("float32")
    assert model(x).shape == (16, 1) and model.output_shape == (None, 1)
    assert len(model.losses) == 2
    assert np.isfinite(_fit_one_step(model, x, x.sum(axis=1, keepdims=True))).all()


@pytest.mark.slow
@pytest.mark.parametrize("name", CONV_LAYERS)
def test_conv_pool_flatten_dense_model_trains(name, seeded):
    """Each convolution, then pooling (2D/3D), flatten and a Bayesian dense layer."""
    import tf_keras

    rank = int(name[len("layer_conv_")])
    spatial = {1: (12,), 2: (8, 8), 3: (6, 6, 6)}[rank]
    model = tp.keras_model_sequential(input_shape=[float(s) for s in spatial] + [2.0])
    model = getattr(tp, name)(model, filters=3.0, kernel_size=[3.0] * rank, activation="relu",
                              padding="same")
    assert model.output_shape == (None, *spatial, 3)
    if rank > 1:
        model.add([None, None, tf_keras.layers.MaxPooling2D, tf_keras.layers.MaxPooling3D][rank]())
    model.add(tf_keras.layers.Flatten())
    model = tp.layer_dense_flipout(model, units=1.0)
    x = seeded.normal(size=(4, *spatial, 2)).astype("float32")
    assert model(x).shape == (4, 1)
    assert len(model.losses) == 2
    assert np.isfinite(_fit_one_step(model, x, np.ones((4, 1), "float32"))).all()


@pytest.mark.parametrize("name", ["layer_conv_2d_reparameterization", "layer_conv_2d_flipout"])
def test_conv_channels_first_strides_and_valid_padding_give_keras_shapes(name):
    out = getattr(tp, name)(np.ones((2, 1, 9, 7), "float32"), filters=5.0, kernel_size=[3.0, 2.0],
                            strides=[2.0, 1.0], data_format="channels_first")
    assert out.shape == (2, 5, 4, 6)


# layer_dense_variational: a posterior and a trainable prior built from layer_variable.
def _posterior(kernel_size, bias_size, dtype):
    import tensorflow as tf
    import tensorflow_probability as tfp

    tfd = tfp.distributions
    n = kernel_size + bias_size
    c = np.log(np.expm1(1.0))
    return tp.keras_model_sequential([
        tp.layer_variable(shape=2 * n, dtype=dtype),
        tfp.layers.DistributionLambda(lambda t: tfd.Independent(
            tfd.Normal(loc=t[..., :n], scale=1e-5 + 0.01 * tf.nn.softplus(c + t[..., n:])), 1)),
    ])


def _trainable_prior(kernel_size, bias_size, dtype):
    import tensorflow_probability as tfp

    tfd = tfp.distributions
    n = kernel_size + bias_size
    return tp.keras_model_sequential([
        tp.layer_variable(shape=n, dtype=dtype),
        tfp.layers.DistributionLambda(
            lambda t: tfd.Independent(tfd.Normal(loc=t, scale=1.0), 1)),
    ])


@pytest.mark.slow
def test_dense_variational_with_trainable_prior_trains_and_predicts_a_distribution(seeded):
    import tensorflow as tf
    import tensorflow_probability as tfp

    tfd = tfp.distributions
    n = 32
    x = seeded.normal(size=(n, 3)).astype("float32")
    y = (x @ np.array([[1.0], [-1.0], [0.5]])).astype("float32")
    model = tp.keras_model_sequential(input_shape=3.0)
    model = tp.layer_dense_variational(model, units=2.0, make_posterior_fn=_posterior,
                                       make_prior_fn=_trainable_prior, kl_weight=1 / n)
    model.add(tfp.layers.DistributionLambda(
        lambda t: tfd.Normal(loc=t[..., :1], scale=1e-3 + tf.nn.softplus(t[..., 1:]))))
    prior_weights = [w.name for w in model.layers[0].trainable_weights if "prior" in w.name]
    assert prior_weights  # the prior is trainable
    before = model.layers[0].get_weights()
    model.compile(optimizer="adam", loss=lambda y, d: -d.log_prob(y))
    losses = model.fit(x, y, epochs=2, batch_size=16, verbose=0).history["loss"]
    assert np.isfinite(losses).all()
    assert all(not np.array_equal(a, b) for a, b in zip(before, model.layers[0].get_weights()))
    distribution = model(x[:5])
    assert len(model.losses) == 1
    assert distribution.sample().shape == (5, 1)
    assert distribution.sample(7).shape == (7, 5, 1)


def test_variable_layer_in_a_pipe_trains_its_variable(seeded):
    model = tp.keras_model_sequential(input_shape=3.0)
    model = tp.layer_variable(model, shape=1.0, initializer="zeros")
    x = seeded.normal(size=(8, 3)).astype("float32")
    assert model(x).shape == (1,) and len(model.losses) == 0
    losses = _fit_one_step(model, x, np.full((8, 1), 2.0, "float32"))
    assert np.isfinite(losses).all() and model.layers[0].get_weights()[0][0] > 0


# layer_autoregressive as the shift-and-log-scale network of a masked autoregressive flow.
def test_autoregressive_network_drives_a_masked_autoregressive_flow(seeded):
    import tensorflow_probability as tfp

    tfd, tfb = tfp.distributions, tfp.bijectors
    made = tp.layer_autoregressive(params=2.0, event_shape=3.0, hidden_units=[8.0, 8.0],
                                   activation="tanh")
    flow = tfd.TransformedDistribution(tfd.Sample(tfd.Normal(0.0, 1.0), [3]),
                                       tfb.MaskedAutoregressiveFlow(shift_and_log_scale_fn=made))
    sample = flow.sample(5)
    assert sample.shape == (5, 3)
    log_prob = flow.log_prob(sample)
    assert log_prob.shape == (5,) and np.isfinite(log_prob.numpy()).all()
    assert flow.log_prob(np.zeros((2, 4, 3), "float32")).shape == (2, 4)


def test_autoregressive_network_trains_in_a_pipe(seeded):
    model = tp.keras_model_sequential(input_shape=3.0)
    model = tp.layer_autoregressive(model, params=2.0, hidden_units=8.0, activation="relu")
    assert model.output_shape == (None, 3, 2) and len(model.losses) == 0
    x = seeded.normal(size=(8, 3)).astype("float32")
    assert np.isfinite(_fit_one_step(model, x, np.zeros((8, 3, 2), "float32"))).all()


@pytest.mark.parametrize("input_order, order", slow_except([("left-to-right", [1, 2, 3, 4]),
                                                            ("right-to-left", [4, 3, 2, 1]),
                                                            ([3.0, 1.0, 4.0, 2.0], [3, 1, 4, 2])],
                                                           ([3.0, 1.0, 4.0, 2.0], [3, 1, 4, 2])))
def test_autoregressive_output_depends_only_on_earlier_inputs(input_order, order, seeded):
    """d output[i] / d x[j] is zero unless x[j] comes before x[i] in the input order."""
    import tensorflow as tf

    made = tp.layer_autoregressive(params=2, event_shape=4, hidden_units=[16, 16],
                                   activation="tanh", input_order=input_order)
    x = tf.constant(seeded.normal(size=(3, 4)).astype("float32"))
    with tf.GradientTape() as tape:
        tape.watch(x)
        out = made(x)
    jacobian = tape.batch_jacobian(out, x).numpy()  # (batch, i, params, j)
    for i in range(4):
        for j in range(4):
            dependence = np.abs(jacobian[:, i, :, j]).max()
            if order[j] < order[i]:
                assert dependence > 0, (i, j)
            else:
                assert dependence == 0, (i, j)


# Estimator behaviour on one shared posterior (Kingma et al. 2015, Table 1; Wen et al. 2018).
ESTIMATORS = ["layer_dense_reparameterization", "layer_dense_flipout",
              "layer_dense_local_reparameterization"]


def _gradient_variance(name, x, y, loc, scale, draws):
    """Mean over the kernel's location of the variance of d loss / d loc across draws."""
    import tensorflow as tf

    layer = getattr(tp, name)(units=loc.shape[1], kernel_prior_fn=None)
    layer.build((None, loc.shape[0]))
    posterior = layer.kernel_posterior.distribution
    layer.kernel_posterior.distribution.loc.assign(loc)
    # TFP's scale is 1e-5 + softplus(untransformed): invert it.
    untransformed = [v for v in layer.weights if "untransformed_scale" in v.name][0]
    untransformed.assign(np.log(np.expm1(scale - 1e-5)))
    x, y = tf.constant(x), tf.constant(y)

    @tf.function
    def gradient():
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(layer(x) - y))
        return tape.gradient(loss, posterior.loc)

    grads = np.stack([gradient().numpy() for _ in range(draws)])
    return grads.var(axis=0, ddof=1).mean()


@pytest.mark.slow
def test_flipout_and_local_reparameterization_have_lower_gradient_variance(seeded):
    """Ratios of gradient variances, with 400 draws each (a variance ratio's SE is ~7%)."""
    loc = seeded.normal(scale=0.5, size=(8, 4)).astype("float32")
    scale = np.full((8, 4), 0.5, "float32")
    variance = {}
    for batch in (8, 64):
        x = seeded.normal(size=(batch, 8)).astype("float32")
        y = seeded.normal(size=(batch, 4)).astype("float32")
        for name in ESTIMATORS:
            variance[name, batch] = _gradient_variance(name, x, y, loc, scale, draws=400)
    shared = "layer_dense_reparameterization"
    for name in ("layer_dense_flipout", "layer_dense_local_reparameterization"):
        # Per-example noise: clearly lower than one kernel shared by the batch...
        assert variance[shared, 64] / variance[name, 64] > 4, variance
        # ... and falling with the minibatch size (ideally as 1/batch, 8x here), faster
        # than that of the shared sample, whose weight noise no batch averages out.
        falls = variance[name, 8] / variance[name, 64]
        assert falls > 3 and falls > 2 * variance[shared, 8] / variance[shared, 64], variance


@pytest.mark.parametrize("name", BAYESIAN_LAYERS)
def test_estimator_defaults_build_what_r_builds(name):
    import tensorflow_probability as tfp

    layer = tp.__dict__[name](**_required(name))
    layer.build(_input_shape(name))
    assert layer.activation is None or layer.activation.__name__ == "linear"
    assert layer.trainable is True and layer.activity_regularizer is None
    prior = layer.kernel_prior.distribution  # default_multivariate_normal_fn: N(0, 1) per weight
    assert isinstance(prior, tfp.distributions.Normal)
    assert np.all(prior.loc.numpy() == 0) and np.all(prior.scale.numpy() == 1)
    assert layer.bias_prior_fn is None and layer.bias_prior is None
    assert isinstance(layer.kernel_posterior.distribution, tfp.distributions.Normal)
    assert isinstance(layer.bias_posterior.distribution, tfp.distributions.Deterministic)
    q, p = layer.kernel_posterior, layer.kernel_prior
    np.testing.assert_allclose(layer.kernel_divergence_fn(q, p, None).numpy(),
                               tfp.distributions.kl_divergence(q, p).numpy())


@pytest.mark.parametrize("name", BAYESIAN_LAYERS + ["layer_autoregressive"])
def test_each_layer_gets_its_own_initial_posterior(name, seeded):
    first, second = (tp.__dict__[name](**_required(name)) for _ in range(2))
    for layer in (first, second):
        layer.build(_input_shape(name))
    for a, b in zip(first.weights, second.weights):
        if "kernel" in a.name and "untransformed_scale" not in a.name:
            assert not np.allclose(a.numpy(), b.numpy()), a.name


@pytest.mark.upstream_bug
def test_tfp_default_posterior_starts_same_shaped_layers_identical(seeded):
    import tensorflow_probability as tfp

    first, second = tfp.layers.DenseFlipout(5), tfp.layers.DenseFlipout(5)
    for layer in (first, second):
        layer.build((None, 5))
    assert_upstream_bug(np.array_equal(first.kernel_posterior.distribution.loc.numpy(),
                                       second.kernel_posterior.distribution.loc.numpy()),
                        "TFP's default_mean_field_normal_fn() no longer shares one unseeded initializer",
                        "tfprobr._internal.defaults.MeanFieldNormalFn (a fresh posterior function per layer)")


def _required(name):
    if name == "layer_autoregressive":
        return {"params": 2, "event_shape": 3, "hidden_units": [4]}
    return {"units": 5} if "dense" in name else {"filters": 2, "kernel_size": 2}


def _input_shape(name):
    if name == "layer_autoregressive" or "dense" in name:
        return (None, 3) if name == "layer_autoregressive" else (None, 5)
    rank = int(name.split("_")[2][0])
    return (None, *[4] * rank, 1)


@pytest.mark.parametrize("name", ["layer_conv_2d_reparameterization", "layer_conv_1d_flipout"])
def test_conv_channels_first_computes_what_channels_last_does(name):
    # With the posterior's scale at its floor, both layouts give the mean convolution;
    # channels_first must be channels_last with the channels axis moved.
    rank = 2 if "2d" in name else 1
    rng = np.random.default_rng(3)
    x_last = rng.normal(size=(2, *[7] * rank, 3)).astype("float32")
    x_first = np.moveaxis(x_last, -1, 1)
    last = getattr(tp, name)(filters=4, kernel_size=3, padding="same")
    first = getattr(tp, name)(filters=4, kernel_size=3, padding="same", data_format="channels_first")
    last(x_last), first(x_first)
    weights = [w if "untransformed_scale" not in v.name else np.full_like(w, -1e3)
               for v, w in zip(last.weights, last.get_weights())]
    last.set_weights(weights)
    first.set_weights(weights)
    np.testing.assert_allclose(np.moveaxis(first(x_first).numpy(), 1, -1), last(x_last).numpy(),
                               atol=1e-3)
def _flow_model():
    made = tp.layer_autoregressive(params=2.0, hidden_units=[8.0], activation="tanh")
    model = tp.keras_model_sequential(input_shape=4)
    model = tp.layer_independent_normal(model, event_shape=2.0)
    return tp.layer_autoregressive_transform(model, made=made), made


def test_autoregressive_transform_passes_its_input_distribution_through_a_flow_of_made():
    import tensorflow_probability as tfp

    model, made = _flow_model()
    layer = model.layers[-1]
    assert isinstance(layer, tfp.layers.AutoregressiveTransform)
    assert type(layer).__module__ == "tfprobr._internal.keras2.distribution_layers"
    output = model(np.zeros((3, 4), "float32"))
    assert output.batch_shape == (3,) and output.event_shape == (2,)
    flow = output.tensor_distribution.bijector
    assert isinstance(flow, tfp.bijectors.MaskedAutoregressiveFlow)
    assert layer._made is made
    assert set(map(id, made.trainable_variables)) <= set(map(id, model.trainable_variables))


@pytest.mark.slow
def test_autoregressive_transform_trains_its_network_with_negloglik():
    import tf_keras

    tf_keras.utils.set_random_seed(1)
    model, made = _flow_model()
    rng = np.random.default_rng(1)
    x = rng.normal(size=(256, 4)).astype("float32")
    first = rng.normal(size=(256, 1))
    y = np.hstack([first, first ** 2 + 0.1 * rng.normal(size=(256, 1))]).astype("float32")
    model.compile(optimizer=tf_keras.optimizers.Adam(0.05), loss=tp.negloglik)
    before = [w.numpy().copy() for w in made.weights]
    history = model.fit(x, y, epochs=4, batch_size=128, verbose=0)
    losses = history.history["loss"]
    assert all(np.isfinite(losses)) and losses[-1] < losses[0]
    assert any(not np.allclose(b, w.numpy()) for b, w in zip(before, made.weights))
