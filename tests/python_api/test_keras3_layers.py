"""The Keras 3 versions of the nine estimator layers against their Keras 2 (TFP) namesakes.

With the same weights copied in (``set_weights(get_weights())``), a layer built
for Keras 3 must add the same KL terms and draw outputs with the same
distribution: the same means and variances, and the same dependence between
two identical examples of a batch, which tells the estimators apart (one kernel
per call: perfectly correlated; local reparameterization: independent; flipout:
uncorrelated, but with correlated squares, as the examples share one
perturbation and differ in their random signs). Also: composition with Keras 3
objects and the ``TFPROBR_KERAS`` switch, the zero-row fix, flipout's signs,
saving and safe loading, and seeding. TensorFlow backend.
"""

import json
import os
import zipfile

import numpy as np
import pytest

import tfprobr as tp
from support import run_python, slow_except
from tfprobr._internal.defaults import PRIOR_FN
from tfprobr._internal.keras3 import SWITCH

keras = pytest.importorskip("keras")
tf = pytest.importorskip("tensorflow")

DENSE = ["layer_dense_reparameterization", "layer_dense_local_reparameterization",
         "layer_dense_flipout"]
CONVOLUTIONS = [f"layer_conv_{rank}d_{estimator}" for rank in (1, 2, 3)
                for estimator in ("reparameterization", "flipout")]
ESTIMATOR_LAYERS = DENSE + CONVOLUTIONS
# How two identical examples of a batch depend on each other, per estimator:
# (correlation of the outputs, correlation of their squared deviations).
ROW_DEPENDENCE = {
    "reparameterization": ("one", "one"),
    "local_reparameterization": ("zero", "zero"),
    "flipout": ("zero", "positive"),
}
DRAWS = 4000


@pytest.fixture
def keras3_switch(monkeypatch):
    monkeypatch.setenv(SWITCH, "3")


@pytest.fixture
def keras2_switch(monkeypatch):
    monkeypatch.delenv(SWITCH, raising=False)


def estimator(function):
    return next(name for name in sorted(ROW_DEPENDENCE, key=len, reverse=True)
                if function.endswith(name))


def input_shape(function):
    """Three examples: dense rows of 3 features, or 4-wide images of 2 channels."""
    if function in DENSE:
        return (3, 3)
    rank = int(function[len("layer_conv_")])
    return (3,) + (4,) * rank + (2,)


def layer_pair(monkeypatch, function, **args):
    """The Keras 2 and the Keras 3 layer of ``function``, built, with the same weights.

    The weights are spread so that the noise matters: locs ~ N(0, 0.5), scales
    around 0.45 (untransformed ~ N(-0.5, 0.3)).
    """
    args = {("units" if function in DENSE else "filters"): 4 if function in DENSE else 2,
            **({} if function in DENSE else {"kernel_size": 2}), **args}
    shape = input_shape(function)
    monkeypatch.delenv(SWITCH, raising=False)
    keras2 = getattr(tp, function)(**args)
    keras2(np.zeros(shape, "float32"))
    monkeypatch.setenv(SWITCH, "3")
    keras3 = getattr(tp, function)(**args)
    keras3.build(shape)
    monkeypatch.delenv(SWITCH)
    rng = np.random.default_rng(3)
    weights = [rng.normal(-0.5, 0.3, w.shape) if "untransformed" in w.name else rng.normal(0, 0.5, w.shape)
               for w in keras2.weights]
    keras2.set_weights([w.astype("float32") for w in weights])
    keras3.set_weights(keras2.get_weights())
    return keras2, keras3


def twin_inputs(function, seed=1):
    """Positive inputs whose first two examples are identical."""
    x = np.random.default_rng(seed).uniform(0.2, 1.5, input_shape(function)).astype("float32")
    x[1] = x[0]
    return x


def draws(layer, x, n=DRAWS):
    """``n`` outputs of ``layer`` for ``x``, each its own call, in one traced loop."""
    run = tf.function(lambda: tf.map_fn(lambda _: tf.convert_to_tensor(layer(x)), tf.range(n),
                                        fn_output_signature=tf.float32))
    return run().numpy()


def statistics(outputs):
    """Means and variances per output element; the correlations between the first two examples."""
    n = outputs.shape[0]
    mean, variance = outputs.mean(0), outputs.var(0, ddof=1)
    deviation = outputs - mean
    first, second = deviation[:, 0].reshape(n, -1), deviation[:, 1].reshape(n, -1)

    def correlation(a, b):
        a, b = a - a.mean(0), b - b.mean(0)
        return float(((a * b).mean(0) / np.sqrt(a.var(0) * b.var(0))).mean())

    return mean, variance, correlation(first, second), correlation(first**2, second**2)


def assert_same_distribution(keras2_outputs, keras3_outputs):
    n = keras2_outputs.shape[0]
    mean2, variance2, correlation2, squares2 = statistics(keras2_outputs)
    mean3, variance3, correlation3, squares3 = statistics(keras3_outputs)
    # Five standard errors of the difference, per element.
    np.testing.assert_array_less(np.abs(mean3 - mean2), 5 * np.sqrt((variance2 + variance3) / n))
    np.testing.assert_array_less(np.abs(variance3 - variance2),
                                 5 * np.sqrt(2 / (n - 1) * (variance2**2 + variance3**2)))
    assert abs(correlation3 - correlation2) < 0.1, (correlation2, correlation3)
    assert abs(squares3 - squares2) < 0.1, (squares2, squares3)
    return correlation3, squares3


def assert_dependence(kind, value):
    expected = {"one": lambda v: v > 0.95, "zero": lambda v: abs(v) < 0.1,
                "positive": lambda v: v > 0.3}[kind]
    assert expected(value), (kind, value)


# The layers against their Keras 2 namesakes


@pytest.mark.parametrize("function", slow_except(ESTIMATOR_LAYERS, "layer_dense_flipout",
                                                 "layer_conv_2d_reparameterization"))
def test_kl_terms_equal_the_keras2_layers(monkeypatch, function):
    # The kernel's KL, scaled by kl_divergence_fn(); the point-mass bias' KL against a prior.
    keras2, keras3 = layer_pair(monkeypatch, function, bias_prior_fn=PRIOR_FN,
                                kernel_divergence_fn=tp.kl_divergence_fn(0.25))
    x = twin_inputs(function)
    keras2(x)
    keras3(x)
    assert len(keras3.losses) == 2
    np.testing.assert_allclose([float(v) for v in keras3.losses],
                               [float(v) for v in keras2.losses], rtol=1e-6)


@pytest.mark.parametrize("function", slow_except(ESTIMATOR_LAYERS, "layer_dense_local_reparameterization",
                                                 "layer_dense_flipout"))
def test_outputs_have_the_keras2_layers_distribution(monkeypatch, function):
    tp.set_random_seed(5)
    keras2, keras3 = layer_pair(monkeypatch, function)
    x = twin_inputs(function)
    correlation, squares = assert_same_distribution(draws(keras2, x), draws(keras3, x))
    expected_correlation, expected_squares = ROW_DEPENDENCE[estimator(function)]
    assert_dependence(expected_correlation, correlation)
    assert_dependence(expected_squares, squares)


def test_dense_moments_are_the_posteriors(monkeypatch):
    # Local reparameterization: mean x @ loc + bias, variance x^2 @ scale^2, per row.
    _, layer = layer_pair(monkeypatch, "layer_dense_local_reparameterization")
    x = twin_inputs("layer_dense_local_reparameterization")
    loc, untransformed, bias = layer.get_weights()
    scale = np.finfo(np.float32).eps + np.log1p(np.exp(untransformed))
    mean, variance, _, _ = statistics(draws(layer, x))
    np.testing.assert_allclose(mean, x @ loc + bias, atol=5 * np.sqrt(variance.max() / DRAWS))
    np.testing.assert_allclose(variance, x**2 @ scale**2, rtol=5 * np.sqrt(2 / DRAWS))


def test_the_same_variables_as_keras2_in_the_same_order(monkeypatch):
    keras2, keras3 = layer_pair(monkeypatch, "layer_conv_1d_flipout", bias_prior_fn=PRIOR_FN)
    assert [w.name for w in keras3.weights] == [
        "kernel_posterior_loc", "kernel_posterior_untransformed_scale", "bias_posterior_loc"]
    assert [w.name.split("/")[-1].split(":")[0] for w in keras2.weights] == [
        w.name for w in keras3.weights]
    # A posterior moves back: Keras 3 weights set a Keras 2 layer.
    keras3.set_weights([w * 2 for w in keras3.get_weights()])
    keras2.set_weights(keras3.get_weights())
    for before, after in zip(keras3.get_weights(), keras2.get_weights()):
        np.testing.assert_array_equal(before, after)


def test_initial_posterior_is_tfps(keras3_switch):
    # loc ~ N(0, 0.1), untransformed scale ~ N(-3, 0.1), bias loc ~ N(0, 0.1); each layer its own.
    first = tp.layer_dense_flipout(units=100)
    second = tp.layer_dense_flipout(units=100)
    first.build((None, 50))
    second.build((None, 50))
    loc, untransformed, bias = first.get_weights()
    assert abs(loc.mean()) < 0.01 and abs(loc.std() - 0.1) < 0.01
    assert abs(untransformed.mean() + 3) < 0.01 and abs(untransformed.std() - 0.1) < 0.01
    assert abs(bias.std() - 0.1) < 0.05
    assert not np.allclose(loc, second.get_weights()[0])


def test_custom_functions_run_through_tfp_on_the_tensorflow_backend(monkeypatch):
    # TFP's own posterior maker builds on Keras 3 variables; a divergence lambda gets TFP's distributions.
    import tensorflow_probability as tfp

    def divergence(q, p, ignore):
        return tfp.distributions.kl_divergence(q, p) / 4

    keras2, keras3 = layer_pair(monkeypatch, "layer_dense_reparameterization",
                                kernel_divergence_fn=divergence)
    x = twin_inputs("layer_dense_reparameterization")
    keras2(x)
    keras3(x)
    np.testing.assert_allclose(float(keras3.losses[0]), float(keras2.losses[0]), rtol=1e-6)
    monkeypatch.setenv(SWITCH, "3")
    layer = tp.layer_dense_flipout(units=2,
                                   kernel_posterior_fn=tfp.layers.util.default_mean_field_normal_fn())
    assert layer(x).shape == (3, 2)
    assert [w.name for w in layer.weights][:2] == ["kernel_posterior_loc",
                                                   "kernel_posterior_untransformed_scale"]


def test_a_failing_posterior_function_is_named(keras3_switch):
    def broken(dtype, shape, name, trainable, add_variable_fn):
        raise RuntimeError("no such thing")

    layer = tp.layer_dense_reparameterization(units=2, kernel_posterior_fn=broken)
    with pytest.raises(TypeError, match="`kernel_posterior_fn`.*failed to build.*no such thing"):
        layer(np.ones((2, 3), "float32"))


def test_local_reparameterization_needs_a_normal_posterior(keras3_switch):
    layer = tp.layer_dense_local_reparameterization(
        units=2, kernel_posterior_fn=tp.layers.BIAS_POSTERIOR_FN)
    with pytest.raises(TypeError, match="Independent Normal.*point mass"):
        layer(np.ones((2, 3), "float32"))


def test_local_reparameterization_zero_rows_have_finite_gradients(keras3_switch):
    layer = tp.layer_dense_local_reparameterization(units=3)
    x = tf.constant([[0.0, 0.0], [1.0, -2.0]])  # a zero row, as after a ReLU
    with tf.GradientTape() as tape:
        tape.watch(x)
        loss = tf.reduce_sum(layer(x) ** 2) + tf.add_n(layer.losses)
    gradients = tape.gradient(loss, [x, *layer.trainable_variables])
    for gradient in gradients:
        assert np.isfinite(np.asarray(gradient)).all()


@pytest.mark.slow
def test_relu_model_trains_to_finite_losses(keras3_switch):
    tp.set_random_seed(2)
    x = np.random.default_rng(0).normal(size=(64, 2)).astype("float32")
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(8, activation="relu")])
    model = tp.layer_dense_local_reparameterization(model, units=8, activation="relu")
    model = tp.layer_dense_local_reparameterization(model, units=1)
    model.layers[0].set_weights([np.full((2, 8), -1.0, "float32"), np.zeros(8, "float32")])
    model.compile(optimizer="adam", loss="mse")  # rows with x >= 0 are all zero after the ReLU
    history = model.fit(x, x[:, :1], epochs=2, batch_size=16, verbose=0)
    assert np.isfinite(history.history["loss"]).all()


@pytest.mark.parametrize("function", ["layer_dense_flipout", "layer_conv_2d_flipout"])
def test_flipout_signs_are_plus_or_minus_one(keras3_switch, function):
    layer = getattr(tp, function)(**({"units": 5} if function in DENSE else
                                     {"filters": 5, "kernel_size": 2}))
    x = np.ones((4000,) + input_shape(function)[1:], "float32")
    layer.build(x.shape)
    signs = [np.asarray(s) for s in layer._flipout_signs(tf.constant(x))]
    for sign, channels in zip(signs, (x.shape[-1], 5)):
        assert set(np.unique(sign)) == {-1.0, 1.0}
        assert sign.shape[0] == 4000 and sign.shape[-1] == channels
        assert abs(sign.mean()) < 0.05
    # Redrawn on every call.
    again = np.asarray(layer._flipout_signs(tf.constant(x))[0])
    assert not np.array_equal(again, signs[0])


# Composition and the switch


def test_keras3_sequential_gets_the_layer_added(keras2_switch):
    model = keras.Sequential([keras.Input((3,))])
    returned = tp.layer_dense_flipout(model, units=2)
    assert returned is model
    assert type(model.layers[-1]).__module__ == "tfprobr._internal.keras3.layers"
    assert model.output_shape == (None, 2)


def test_keras3_input_gets_the_layer_applied(keras2_switch):
    inputs = keras.Input((6, 6, 1))
    outputs = tp.layer_conv_2d_reparameterization(inputs, filters=3, kernel_size=3)
    assert isinstance(outputs, keras.KerasTensor)
    assert tuple(outputs.shape) == (None, 4, 4, 3)
    model = keras.Model(inputs, outputs)
    assert model(np.ones((2, 6, 6, 1), "float32")).shape == (2, 4, 4, 3)


def test_failed_add_leaves_the_keras3_model_as_it_was(keras2_switch):
    model = keras.Sequential([keras.Input((3,))])
    tp.layer_dense_flipout(model, units=2)
    with pytest.raises(ValueError, match="`object`.*does not fit"):
        tp.layer_conv_2d_flipout(model, filters=2, kernel_size=2)
    assert len(model.layers) == 1


def test_functional_keras3_model_points_to_its_output(keras2_switch):
    inputs = keras.Input((3,))
    model = keras.Model(inputs, keras.layers.Dense(2)(inputs))
    with pytest.raises(TypeError, match="output tensor"):
        tp.layer_dense_flipout(model, units=2)


def test_switch_chooses_the_generation_without_an_object(monkeypatch):
    import tf_keras

    monkeypatch.delenv(SWITCH, raising=False)
    assert isinstance(tp.layer_dense_flipout(units=2), tf_keras.layers.Layer)
    monkeypatch.setenv(SWITCH, "2")
    assert isinstance(tp.layer_dense_flipout(units=2), tf_keras.layers.Layer)
    monkeypatch.setenv(SWITCH, "3")
    layer = tp.layer_dense_flipout(units=2)
    assert isinstance(layer, keras.layers.Layer) and not isinstance(layer, tf_keras.layers.Layer)
    # Keras 2 objects keep Keras 2.
    model = tp.layer_dense_flipout(tf_keras.Sequential([tf_keras.Input((3,))]), units=2)
    assert isinstance(model.layers[-1], tf_keras.layers.Layer)
    monkeypatch.setenv(SWITCH, "4")
    with pytest.raises(ValueError, match=f"{SWITCH} must be .*\"3\".*'4'"):
        tp.layer_dense_flipout(units=2)


@pytest.mark.parametrize("switch", ["2", "3"])
def test_eager_tensors_and_arrays_follow_the_switch(monkeypatch, switch):
    # Seen in the variables the layer makes: Keras 3's or TensorFlow's.
    import tensorflow_probability as tfp

    made = []

    def posterior(dtype, shape, name, trainable, add_variable_fn):
        def add_variable(**kwargs):
            made.append(add_variable_fn(**kwargs))
            return made[-1]

        return tfp.layers.util.default_mean_field_normal_fn()(dtype, shape, name, trainable,
                                                               add_variable)

    monkeypatch.setenv(SWITCH, switch)
    x = np.ones((4, 3), "float32")
    for value in (tf.constant(x), x):
        made.clear()
        assert tp.layer_dense_flipout(value, units=2, kernel_posterior_fn=posterior).shape == (4, 2)
        assert len(made) == 2
        assert all(isinstance(v, keras.Variable) == (switch == "3") for v in made)


def test_model_functions_follow_the_switch(keras3_switch):
    # keras_model_sequential(), layer_input() and keras_model() make Keras 3 models then.
    model = tp.layer_dense_flipout(tp.keras_model_sequential(input_shape=3), units=2)
    assert isinstance(model, keras.Sequential) and model.output_shape == (None, 2)
    inputs = tp.layer_input(shape=3)
    assert isinstance(inputs, keras.KerasTensor)
    functional = tp.keras_model(inputs, tp.layer_dense_reparameterization(inputs, units=1))
    assert isinstance(functional, keras.Model)
    assert isinstance(tp.keras_model_sequential([keras.layers.Dense(2)]), keras.Sequential)
    with pytest.raises(TypeError, match=r"`outputs` must be a Keras tensor.*of Keras 3"):
        tp.keras_model(inputs, np.ones(3))


def test_layers_without_a_keras3_version_say_so(keras3_switch):
    with pytest.raises(TypeError, match=r"layer_autoregressive\(\) has no Keras 3 version.*"
                                        f"{SWITCH}=3"):
        tp.layer_autoregressive(params=2, event_shape=3)
    with pytest.raises(TypeError, match=r"layer_dense_variational\(\) has no Keras 3 version.*"
                                        "`object` is a Keras 3 object"):
        tp.layer_dense_variational(keras.Input((3,)), units=2, make_posterior_fn=print,
                                   make_prior_fn=print)


def test_reparameterization_layers_take_no_seed(keras3_switch):
    with pytest.raises(TypeError, match="no `seed`"):
        tp.layer_dense_reparameterization(units=2, seed=1)
    assert tp.layer_conv_1d_flipout(filters=2, kernel_size=2, seed=3).get_config()["seed"] == 3


# Training, saving, seeding


def regression_model(n):
    kl = tp.kl_divergence_fn(1 / n)
    model = keras.Sequential([keras.Input((1,))])
    model = tp.layer_dense_local_reparameterization(model, units=8, activation="tanh",
                                                    kernel_divergence_fn=kl)
    model = tp.layer_dense_flipout(model, units=8, activation="tanh", kernel_divergence_fn=kl)
    return tp.layer_dense_reparameterization(model, units=1, kernel_divergence_fn=kl)


@pytest.mark.slow
def test_bayesian_regression_trains(keras2_switch):
    tp.set_random_seed(1)
    rng = np.random.default_rng(1)
    x = rng.uniform(-2, 2, (256, 1)).astype("float32")
    y = np.sin(x) + rng.normal(0, 0.1, x.shape).astype("float32")
    model = regression_model(len(x))
    model.compile(optimizer=keras.optimizers.Adam(0.02), loss="mse")
    history = model.fit(x, y, epochs=40, batch_size=64, verbose=0)
    assert history.history["loss"][-1] < 0.5 * history.history["loss"][0]
    # Three KL terms, one per layer, scaled by 1 / n.
    assert len(model.losses) == 3


def test_save_and_load_round_trip(tmp_path, keras2_switch):
    model = regression_model(100)
    x = np.linspace(-1, 1, 5, dtype="float32")[:, None]
    model(x)
    path = tmp_path / "model.keras"
    model.save(path)
    loaded = keras.saving.load_model(path)
    for layer, again in zip(model.layers, loaded.layers):
        assert type(again) is type(layer)
        for before, after in zip(layer.get_weights(), again.get_weights()):
            np.testing.assert_array_equal(before, after)
    assert loaded.layers[0].kernel_divergence_fn == tp.kl_divergence_fn(1 / 100)
    loaded(x)
    np.testing.assert_allclose([float(v) for v in loaded.losses],
                               [float(v) for v in model.losses], rtol=1e-6)


def test_convolution_config_round_trips(keras3_switch):
    layer = tp.layer_conv_2d_flipout(filters=3, kernel_size=[2, 3], strides=2, padding="same",
                                     seed=7, activation="relu",
                                     kernel_divergence_fn=tp.kl_divergence_fn(0.1))
    again = type(layer).from_config(layer.get_config())
    config = again.get_config()
    assert config["kernel_size"] == (2, 3) and config["strides"] == (2, 2)
    assert config["padding"] == "same" and config["seed"] == 7
    assert again.kernel_divergence_fn == tp.kl_divergence_fn(0.1)
    assert again.activation is keras.activations.relu


def test_unsavable_function_fails_at_save(tmp_path, keras3_switch):
    layer = tp.layer_dense_flipout(units=1, kernel_divergence_fn=lambda q, p, ignore: 0.0)
    model = keras.Sequential([keras.Input((2,)), layer])
    with pytest.raises(tp.UnsavableFunctionError, match="`kernel_divergence_fn`.*save_weights"):
        model.save(tmp_path / "model.keras")


def crafted_file(tmp_path, function_config):
    """A saved model whose first layer's `kernel_divergence_fn` is ``function_config``."""
    model = keras.Sequential([keras.Input((2,))])
    tp.layer_dense_flipout(model, units=1)
    path = tmp_path / "model.keras"
    model.save(path)
    crafted = tmp_path / "crafted.keras"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(crafted, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "config.json":
                config = json.loads(data)
                layer, = [layer for layer in config["config"]["layers"]
                          if layer["class_name"] == "DenseFlipout"]
                layer["config"]["kernel_divergence_fn"] = function_config
                data = json.dumps(config).encode()
            target.writestr(item, data)
    return crafted


@pytest.mark.parametrize("function_config", [
    {"module": "os", "class_name": "function", "config": "system", "registered_name": "function"},
    {"module": "builtins", "class_name": "__lambda__",
     "config": {"code": "ZmFrZQ==", "defaults": None, "closure": None}, "registered_name": None},
    {"module": "keras.ops", "class_name": "function", "config": "relu", "registered_name": "function"},
    "sample",
])
def test_loading_refuses_functions_outside_the_closed_set(tmp_path, keras3_switch,
                                                          function_config):
    path = crafted_file(tmp_path, function_config)
    with pytest.raises(tp.UnsafeLoadError, match="dense_flipout.*refused to load `kernel_divergence_fn`"):
        keras.saving.load_model(path)


def test_loading_takes_registered_objects(tmp_path, keras3_switch):
    path = crafted_file(tmp_path, keras.saving.serialize_keras_object(tp.kl_divergence_fn(0.5)))
    model = keras.saving.load_model(path)
    assert model.layers[0].kernel_divergence_fn == tp.kl_divergence_fn(0.5)


@pytest.mark.slow
def test_saved_model_loads_in_a_fresh_process_without_custom_objects(tmp_path, keras2_switch):
    model = regression_model(100)
    model.save(tmp_path / "model.keras")
    expected = float(sum(np.sum(w) for w in model.get_weights()))
    result = run_python(
        "import tfprobr, keras, numpy as np\n"
        "model = keras.saving.load_model('model.keras')\n"
        "print(type(model.layers[0]).__module__, float(sum(np.sum(w) for w in model.get_weights())))\n",
        cwd=tmp_path)
    module, total = result.stdout.split()
    assert module == "tfprobr._internal.keras3.layers"
    assert float(total) == pytest.approx(expected, rel=1e-6)


def test_set_random_seed_repeats_keras3_initial_weights_and_draws(keras3_switch):
    def run(seed):
        tp.set_random_seed(seed)
        layer = tp.layer_conv_1d_flipout(filters=2, kernel_size=2)
        outputs = np.asarray(layer(np.ones((3, 5, 2), "float32")))
        unseeded = np.asarray(keras.random.normal((4,)))  # Keras 3's global seed generator
        return layer.get_weights(), np.concatenate([outputs.ravel(), unseeded])

    (weights, outputs), (weights_again, outputs_again) = run(11), run(11)
    for first, second in zip(weights, weights_again):
        np.testing.assert_array_equal(first, second)
    np.testing.assert_array_equal(outputs, outputs_again)
    assert not np.array_equal(run(12)[1], outputs)


@pytest.mark.slow
def test_set_random_seed_makes_keras3_training_runs_repeat(keras2_switch):
    def run(seed):
        tp.set_random_seed(seed)
        model = regression_model(32)
        x = np.linspace(-1, 1, 32, dtype="float32")[:, None]
        model.compile(optimizer="adam", loss="mse")
        model.fit(x, np.sin(x), epochs=1, batch_size=8, verbose=0)
        return model.get_weights(), np.asarray(model(x))

    (weights, predictions), (weights_again, predictions_again) = run(11), run(11)
    for first, second in zip(weights, weights_again):
        np.testing.assert_array_equal(first, second)
    np.testing.assert_array_equal(predictions, predictions_again)
    assert not np.array_equal(run(12)[1], predictions)
