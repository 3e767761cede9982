"""The distribution layers on Keras 3: parameters out, the same distributions as Keras 2.

A Keras 3 distribution layer outputs its distribution's parameters; ``negloglik``,
the ``tfd_*`` methods and ``predict_mc()`` build the distribution from them.
Checked here: its log-likelihood, mean, variance and cdf against formulas
written in numpy (on every backend) and against the Keras 2 layer of the same
name for the same parameters (TensorFlow backend); training with ``negloglik``;
``predict_mc()``'s columns and meaning; ``.keras`` saving without
``custom_objects`` and safe loading; and the "Done when" check: a Keras 3
Bayesian regression on the demo data reaches the Keras 2 demo model's held-out
coverage. Runs on the backend ``KERAS_BACKEND`` names (the project's
environment: TensorFlow; scripts/setup-backends' environment: JAX and torch).
"""

import json
import math
import zipfile

import numpy as np
import pytest

import tfprobr as tp
from support import slow_except
from tfprobr._internal.keras3 import SWITCH

keras = pytest.importorskip("keras")
from keras import ops  # noqa: E402

from tfprobr._internal.keras3.distributions import distribution_of  # noqa: E402
from tfprobr.errors import UnsafeLoadError, UnsavableFunctionError  # noqa: E402

BACKEND = keras.backend.backend()
ROWS = 5


@pytest.fixture
def keras3_switch(monkeypatch):
    monkeypatch.setenv(SWITCH, "3")


def numpy_of(tensor):
    return np.asarray(ops.convert_to_numpy(tensor), dtype=np.float64)


def softplus(x):
    return np.logaddexp(0.0, x)


def log_softmax(x):
    return x - np.logaddexp.reduce(x, axis=-1, keepdims=True)


def normal_log_density(y, loc, scale):
    return -0.5 * ((y - loc) / scale) ** 2 - np.log(scale) - 0.5 * math.log(2 * math.pi)


def logistic_log_density(y, loc, scale):
    z = (y - loc) / scale
    return -z - 2 * softplus(-z) - np.log(scale)


def fill_triangular(x, d):
    """TFP's documented fill order: fill_triangular([1..6]) = [[4,0,0],[6,5,0],[3,2,1]]."""
    full = np.concatenate([x[..., d:], x[..., ::-1]], axis=-1).reshape(*x.shape[:-1], d, d)
    return np.tril(full)


def mvn_log_density(y, params, d):
    loc, tril = params[..., :d], fill_triangular(params[..., d:], d)
    diagonal = np.einsum("...ii->...i", tril)
    tril = tril + np.einsum("...i,ij->...ij", softplus(diagonal) + 1e-5 - diagonal, np.eye(d))
    z = np.linalg.solve(tril, (y - loc)[..., None])[..., 0]
    return (-0.5 * (z ** 2).sum(-1) - np.log(np.einsum("...ii->...i", tril)).sum(-1)
            - 0.5 * d * math.log(2 * math.pi))


def mixture_log_density(params, y, k, component):
    """log sum_k w_k p_k(y) for components of event (n,), parameters [logits, k x (2n)]."""
    log_weights = log_softmax(params[..., :k])
    components = params[..., k:].reshape(*params.shape[:-1], k, -1)
    n = components.shape[-1] // 2
    loc, scale = components[..., :n], softplus(components[..., n:])
    per_component = component(y[..., None, :], loc, scale).sum(-1)
    return np.logaddexp.reduce(log_weights + per_component, axis=-1)


def one_hot(rng, rows, d):
    return np.eye(d)[rng.integers(0, d, size=rows)]


# function, its arguments, parameters per row, a target sampler, the numpy log-likelihood.
CASES = {
    "layer_independent_normal": (
        {"event_shape": [2, 3]}, 12, lambda rng: rng.normal(size=(ROWS, 2, 3)),
        lambda p, y: normal_log_density(y, p[:, :6].reshape(ROWS, 2, 3),
                                        softplus(p[:, 6:]).reshape(ROWS, 2, 3)).sum((1, 2))),
    "layer_independent_logistic": (
        {"event_shape": 2}, 4, lambda rng: rng.normal(size=(ROWS, 2)),
        lambda p, y: logistic_log_density(y, p[:, :2], softplus(p[:, 2:])).sum(1)),
    "layer_independent_bernoulli": (
        {"event_shape": 3}, 3, lambda rng: rng.integers(0, 2, size=(ROWS, 3)).astype(float),
        lambda p, y: (y * p - softplus(p)).sum(1)),
    "layer_independent_poisson": (
        {"event_shape": 2}, 2, lambda rng: rng.poisson(3.0, size=(ROWS, 2)).astype(float),
        lambda p, y: (y * p - np.exp(p) - np.vectorize(math.lgamma)(y + 1)).sum(1)),
    "layer_one_hot_categorical": (
        {"event_size": 4}, 4, lambda rng: one_hot(rng, ROWS, 4),
        lambda p, y: (y * log_softmax(p)).sum(1)),
    "layer_multivariate_normal_tri_l": (
        {"event_size": 3}, 9, lambda rng: rng.normal(size=(ROWS, 3)),
        lambda p, y: mvn_log_density(y, p, 3)),
    "layer_mixture_normal": (
        {"num_components": 3, "event_shape": 2}, 15, lambda rng: rng.normal(size=(ROWS, 2)),
        lambda p, y: mixture_log_density(p, y, 3, normal_log_density)),
    "layer_mixture_logistic": (
        {"num_components": 2, "event_shape": 1}, 6, lambda rng: rng.normal(size=(ROWS, 1)),
        lambda p, y: mixture_log_density(p, y, 2, logistic_log_density)),
    "layer_categorical_mixture_of_one_hot_categorical": (
        {"event_size": 3, "num_components": 2}, 8, lambda rng: one_hot(rng, ROWS, 3),
        lambda p, y: np.logaddexp.reduce(
            log_softmax(p[:, :2]) + (y[:, None, :] * log_softmax(p[:, 2:].reshape(ROWS, 2, 3))).sum(-1),
            axis=-1)),
}


def case(function, seed=0):
    """The Keras 3 layer of ``function``, parameters for it (as a backend tensor) and targets."""
    args, size, targets, _ = CASES[function]
    rng = np.random.default_rng(seed)
    params = rng.normal(size=(ROWS, size)).astype("float32")
    return getattr(tp, function)(**args), params, targets(rng).astype("float32")


@pytest.mark.parametrize("function", slow_except(list(CASES), "layer_independent_normal",
                                                 "layer_multivariate_normal_tri_l",
                                                 "layer_mixture_normal"))
def test_negloglik_of_the_output_is_the_formula(keras3_switch, function):
    layer, params, y = case(function)
    output = layer(ops.convert_to_tensor(params))
    expected = -CASES[function][3](params.astype(np.float64), y.astype(np.float64))
    np.testing.assert_allclose(numpy_of(tp.negloglik(y, output)), expected, rtol=2e-4, atol=2e-4)


@pytest.mark.parametrize("function", slow_except(list(CASES), "layer_independent_normal",
                                                 "layer_multivariate_normal_tri_l",
                                                 "layer_categorical_mixture_of_one_hot_categorical"))
def test_the_same_distribution_as_the_keras2_layer(monkeypatch, function):
    """Log-likelihood, mean and variance equal those of TFP's distribution from the Keras 2 layer."""
    if BACKEND != "tensorflow":
        pytest.skip("the Keras 2 layers need the TensorFlow backend")
    monkeypatch.setenv(SWITCH, "3")
    layer, params, y = case(function)
    monkeypatch.delenv(SWITCH)
    keras2 = getattr(tp, function)(**CASES[function][0])
    expected = keras2(params).tensor_distribution
    ours = distribution_of((params, layer))
    np.testing.assert_allclose(numpy_of(ours.log_prob(y)), expected.log_prob(y).numpy(),
                               rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(numpy_of(ours.mean()), expected.mean().numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(numpy_of(ours.variance()), expected.variance().numpy(),
                               rtol=1e-4, atol=1e-6)


def test_tfd_methods_take_the_output(keras3_switch):
    layer, params, y = case("layer_independent_normal")
    output = layer(ops.convert_to_tensor(params))
    loc, scale = params[:, :6].reshape(ROWS, 2, 3), softplus(params[:, 6:].astype(float)).reshape(ROWS, 2, 3)
    np.testing.assert_allclose(numpy_of(tp.tfd_mean(output)), loc, rtol=1e-6)
    np.testing.assert_allclose(numpy_of(tp.tfd_stddev(output)), scale, rtol=1e-5)
    np.testing.assert_allclose(numpy_of(tp.tfd_log_prob(output, y)),
                               normal_log_density(y, loc, scale).sum((1, 2)), rtol=1e-4)


def test_normal_cdf_is_the_formula(keras3_switch):
    layer, params, y = case("layer_independent_normal")
    distribution = distribution_of((params, layer))
    loc, scale = params[:, :6].reshape(ROWS, 2, 3), softplus(params[:, 6:].astype(float)).reshape(ROWS, 2, 3)
    expected = 0.5 * (1 + np.vectorize(math.erf)((y - loc) / (scale * math.sqrt(2))))
    np.testing.assert_allclose(numpy_of(distribution.cdf(y)), expected, rtol=1e-5, atol=1e-6)


def test_negloglik_finds_the_head_of_a_converted_tensor(keras3_switch):
    """Keras may hand the loss a new tensor with the same values: the thread's latest head serves."""
    layer, params, y = case("layer_independent_logistic")
    output = layer(ops.convert_to_tensor(params))
    copy = ops.add(output, 0.0)
    np.testing.assert_allclose(numpy_of(tp.negloglik(y, copy)), numpy_of(tp.negloglik(y, output)))
    with pytest.raises(TypeError, match="no Keras 3 distribution layer returned"):
        tp.negloglik(y, ops.ones((ROWS, 7)))  # 7 parameters: not the latest head's 4


def test_a_head_with_the_wrong_number_of_parameters_is_refused(keras3_switch):
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(3)])
    with pytest.raises(ValueError, match="needs 4 parameters per example"):
        tp.layer_independent_normal(model, event_shape=2)
    assert len(model.layers) == 1


@pytest.mark.parametrize("function", slow_except(list(CASES), "layer_independent_bernoulli"))
def test_a_model_trains_with_negloglik(function):
    """Two epochs of a Bayesian layer and the head lower the loss."""
    args, size, targets, _ = CASES[function]
    keras.utils.set_random_seed(3)
    rng = np.random.default_rng(3)
    x = rng.normal(size=(ROWS * 40, 2)).astype("float32")
    y = np.concatenate([targets(rng) for _ in range(40)]).astype("float32")
    model = keras.Sequential([keras.Input((2,))])
    model = tp.layer_dense_flipout(model, units=size)
    model = getattr(tp, function)(model, **args)
    model.compile(optimizer=keras.optimizers.Adam(0.05), loss=tp.negloglik)
    losses = model.fit(x, y, epochs=8, batch_size=50, verbose=0).history["loss"]
    assert np.isfinite(losses).all() and losses[-1] < losses[0]


def test_mixture_same_family_takes_a_keras3_component(keras3_switch):
    component = tp.layer_independent_normal(event_shape=1)
    layer = tp.layer_mixture_same_family(num_components=2, component_layer=component)
    reference = tp.layer_mixture_normal(num_components=2, event_shape=1)
    params = np.random.default_rng(5).normal(size=(ROWS, 6)).astype("float32")
    y = np.random.default_rng(6).normal(size=(ROWS, 1)).astype("float32")
    np.testing.assert_allclose(numpy_of(distribution_of((params, layer)).log_prob(y)),
                               numpy_of(distribution_of((params, reference)).log_prob(y)), rtol=1e-6)


def test_distribution_lambda_runs_through_tfp_or_refuses(keras3_switch):
    make = tp.normal_distribution_fn()
    if BACKEND != "tensorflow":
        with pytest.raises(TypeError, match="needs the TensorFlow backend"):
            tp.layer_distribution_lambda(make_distribution_fn=make)
        return
    layer = tp.layer_distribution_lambda(make_distribution_fn=make)
    params = np.array([[0.5, -1.0]], "float32")
    output = layer(params)
    assert float(numpy_of(tp.negloglik(np.array([[0.5]], "float32"), output))[0]) == pytest.approx(
        -normal_log_density(0.5, 0.5, 1e-3 + softplus(-1.0)), rel=1e-5)


# --- predict_mc ---------------------------------------------------------------------------------

def fixed_normal_model(loc, raw_scale):
    """A model whose every pass outputs Normal(loc, softplus(raw_scale)), whatever x."""
    model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(
        2, kernel_initializer="zeros",
        bias_initializer=keras.initializers.Constant([loc, raw_scale]))])
    return tp.layer_independent_normal(model, event_shape=1)


def test_predict_mc_of_a_normal_head_is_that_normal():
    sd = softplus(0.3)
    pred = tp.predict_mc(fixed_normal_model(2.0, 0.3), np.zeros((3, 1), "float32"), n_samples=5)
    assert list(pred.columns) == ["mean", "sd", "q0.025", "q0.975"]
    np.testing.assert_allclose(pred["mean"], 2.0, rtol=1e-6)
    np.testing.assert_allclose(pred["sd"], sd, rtol=1e-5)
    np.testing.assert_allclose(pred["q0.025"], 2.0 - 1.959964 * sd, rtol=1e-4)
    np.testing.assert_allclose(pred["q0.975"], 2.0 + 1.959964 * sd, rtol=1e-4)


def test_predict_mc_adds_the_spread_of_the_passes(keras3_switch):
    """A Bayesian layer before the head: sd^2 = mean variance + variance of the means."""
    keras.utils.set_random_seed(4)
    model = keras.Sequential([keras.Input((1,))])
    model = tp.layer_dense_reparameterization(model, units=2)
    model = tp.layer_independent_normal(model, event_shape=1)
    # Kernel posterior N([0.5, -1], softplus(0.5) = 0.97): passes differ as much as their noise.
    model.layers[0].set_weights([np.array([[0.5, -1.0]], "float32"), np.full((1, 2), 0.5, "float32"),
                                 np.zeros(2, "float32")])
    x = np.array([[1.0], [2.0]], "float32")
    pred = tp.predict_mc(model, x, n_samples=400)
    params = np.stack([np.asarray(model.predict_on_batch(x)) for _ in range(400)])
    means, variances = params[..., 0], softplus(params[..., 1].astype(float)) ** 2
    aleatoric = np.sqrt(variances.mean(0))
    assert (pred["sd"].to_numpy() > aleatoric).all()
    np.testing.assert_allclose(pred["sd"], np.sqrt(variances.mean(0) + means.var(0)), rtol=0.1)
    assert (pred["q0.025"] < pred["mean"]).all() and (pred["mean"] < pred["q0.975"]).all()


def test_predict_mc_columns_are_the_keras2_ones_for_several_outputs(keras3_switch):
    model = keras.Sequential([keras.Input((1,))])
    model = tp.layer_dense_flipout(model, units=4)
    model = tp.layer_independent_normal(model, event_shape=2)
    pred = tp.predict_mc(model, np.zeros((3, 1), "float32"), n_samples=10, quantiles=[0.1, 0.5])
    assert list(pred.columns) == ["row", "output", "mean", "sd", "q0.1", "q0.5"]
    assert pred[["row", "output"]].values.tolist() == [[1, 1], [1, 2], [2, 1], [2, 2], [3, 1], [3, 2]]


def test_predict_mc_of_a_head_without_cdf_asks_for_no_quantiles(keras3_switch):
    model = keras.Sequential([keras.Input((1,))])
    model = tp.layer_dense_flipout(model, units=2)
    model = tp.layer_independent_poisson(model, event_shape=2)
    with pytest.raises(ValueError, match="quantiles = NULL"):
        tp.predict_mc(model, np.zeros((2, 1), "float32"), n_samples=3)
    pred = tp.predict_mc(model, np.zeros((2, 1), "float32"), n_samples=3, quantiles=None)
    assert list(pred.columns) == ["row", "output", "mean", "sd"]


# --- saving -------------------------------------------------------------------------------------

SAVED = {function: args for function, (args, *_rest) in CASES.items()}


@pytest.mark.parametrize("function", slow_except(list(SAVED), "layer_mixture_normal"))
def test_saved_model_loads_without_custom_objects(tmp_path, function):
    _, size, targets, _ = CASES[function]
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(size)])
    model = getattr(tp, function)(model, **SAVED[function])
    model.compile(optimizer="adam", loss=tp.negloglik)
    x = np.random.default_rng(0).normal(size=(ROWS, 2)).astype("float32")
    y = targets(np.random.default_rng(1)).astype("float32")
    model.save(tmp_path / "model.keras")
    loaded = keras.saving.load_model(tmp_path / "model.keras")
    assert type(loaded.layers[-1]) is type(model.layers[-1])
    assert loaded.layers[-1].get_config() == model.layers[-1].get_config()
    assert loaded.evaluate(x, y, verbose=0) == pytest.approx(model.evaluate(x, y, verbose=0), rel=1e-5)


def test_mixture_same_family_round_trips(keras3_switch):
    layer = tp.layer_mixture_same_family(
        num_components=2, component_layer=tp.layer_independent_logistic(event_shape=1))
    again = type(layer).from_config(layer.get_config())
    assert type(again.component_layer).__name__ == "IndependentLogistic"
    assert again.family.params_size() == 6


def rewrite(tmp_path, model, change):
    """Save ``model``, apply ``change`` to its last layer's config in the file, return the path."""
    path = tmp_path / "model.keras"
    model.save(path)
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    config = json.loads(files["config.json"])
    change(config["config"]["layers"][-1]["config"])
    files["config.json"] = json.dumps(config).encode()
    crafted = tmp_path / "crafted.keras"
    with zipfile.ZipFile(crafted, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return crafted


@pytest.mark.parametrize("change", [
    lambda config: config.update(convert_to_tensor_fn="os.system"),
    lambda config: config.update(convert_to_tensor_fn={"module": "os", "class_name": "function",
                                                       "config": "system", "registered_name": "function"}),
    lambda config: config.update(component_layer={"class_name": "Lambda", "config": {}}),
], ids=["name", "function", "component"])
def test_loading_refuses_what_is_outside_the_closed_set(tmp_path, keras3_switch, change):
    component = tp.layer_independent_normal(event_shape=1)
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(6)])
    model = tp.layer_mixture_same_family(model, num_components=2, component_layer=component)
    crafted = rewrite(tmp_path, model, change)
    with pytest.raises(UnsafeLoadError):
        keras.saving.load_model(crafted)


@pytest.mark.skipif(BACKEND != "tensorflow", reason="distribution lambda: TensorFlow backend only")
def test_a_distribution_lambda_refuses_to_be_saved_whole(tmp_path, keras3_switch):
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(2)])
    model = tp.layer_distribution_lambda(model, make_distribution_fn=tp.normal_distribution_fn())
    with pytest.raises(UnsavableFunctionError, match="save_weights"):
        model.save(tmp_path / "model.keras")


# --- the "Done when" check ----------------------------------------------------------------------

def demo_split(seed=1):
    """The demo's data, standardized and split as tfprobr.demo does."""
    from tfprobr import demo

    xs, ys, *_ = demo.load_data()
    held_out = np.random.default_rng(seed).permutation(len(xs)) < round(demo.HELD_OUT * len(xs))
    train = ~held_out
    x_scale, y_scale = demo.Standardizer(xs[train]), demo.Standardizer(ys[train])
    return (x_scale(xs[train])[:, None].astype("float32"), y_scale(ys[train])[:, None].astype("float32"),
            x_scale(xs[held_out])[:, None].astype("float32"), y_scale(ys[held_out]).astype("float32"))


def coverage(model, x, y):
    pred = tp.predict_mc(model, x, n_samples=300)
    return float(((y >= pred["q0.025"]) & (y <= pred["q0.975"])).mean())


def keras3_demo_model(n_train):
    """tfprobr.demo.build_model(), with a Keras 3 model."""
    from tfprobr import demo

    kl = tp.kl_divergence_fn(1 / n_train)
    model = keras.Sequential([keras.Input((1,))])
    model = tp.layer_dense_local_reparameterization(model, units=demo.HIDDEN_UNITS,
                                                    activation="tanh", kernel_divergence_fn=kl)
    model = tp.layer_dense_local_reparameterization(
        model, units=tp.params_size_independent_normal(1), kernel_divergence_fn=kl)
    model = tp.layer_independent_normal(model, event_shape=1)
    model.compile(optimizer=keras.optimizers.Adam(0.02), loss=tp.negloglik)
    return model


@pytest.mark.slow
def test_keras3_demo_regression_covers_as_the_keras2_demo(tmp_path):
    """Trained like the demo, saved and loaded: its 95% interval covers the held-out rows as well."""
    x, y, x_held, y_held = demo_split()
    keras.utils.set_random_seed(1)
    model = keras3_demo_model(len(x))
    model.fit(x, y, epochs=300, batch_size=32, verbose=0)
    model.save(tmp_path / "demo.keras")
    loaded = keras.saving.load_model(tmp_path / "demo.keras")
    keras3 = coverage(loaded, x_held, y_held)
    print(f"held-out coverage of the 95% interval, Keras 3 ({BACKEND}): {keras3:.3f}")  # -s shows it
    assert abs(keras3 - 0.95) <= 0.07
    if BACKEND == "tensorflow":  # the Keras 2 demo model needs TensorFlow
        import tf_keras

        from tfprobr import demo

        tf_keras.utils.set_random_seed(1)
        keras2_model = demo.build_model(len(x))
        keras2_model.fit(x, y, epochs=300, batch_size=32, verbose=0)
        keras2 = coverage(keras2_model, x_held, y_held)
        print(f"held-out coverage of the 95% interval, Keras 2: {keras2:.3f}")
        assert abs(keras2 - 0.95) <= 0.07
        assert abs(keras3 - keras2) <= 0.06
