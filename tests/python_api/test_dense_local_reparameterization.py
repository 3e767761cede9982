"""layer_dense_local_reparameterization: defaults, composition, numerics.

Its formals, in R order with R's defaults, are checked in test_r_api.py; its fix for
all-zero inputs (NaN gradients in TFP) is tested in test_zero_input_gradients.py.
"""

import inspect

import numpy as np
import pandas as pd
import pytest

import tfprobr as tp


def test_defaults_behave_as_the_r_ones():
    params = inspect.signature(tp.layer_dense_local_reparameterization).parameters
    assert params["object"].default is None
    assert params["bias_prior_fn"].default is None
    assert params["trainable"].default is True


def test_missing_units_is_a_clear_error():
    with pytest.raises(TypeError, match="missing the required argument `units`"):
        tp.layer_dense_local_reparameterization()


@pytest.mark.parametrize("units, error", [(2.5, ValueError), (True, TypeError),
                                          ("ten", TypeError), (0, ValueError)])
def test_bad_units_name_the_argument(units, error):
    with pytest.raises(error, match="`units`"):
        tp.layer_dense_local_reparameterization(units=units)


def test_non_callable_posterior_is_rejected_early():
    with pytest.raises(TypeError, match="`kernel_posterior_fn` must be a function"):
        tp.layer_dense_local_reparameterization(units=2, kernel_posterior_fn=None)


def test_no_object_returns_an_instance_of_the_tfp_class():
    import tensorflow_probability as tfp

    layer = tp.layer_dense_local_reparameterization(units=10.0, name="bayes")
    assert isinstance(layer, tfp.layers.DenseLocalReparameterization)
    assert layer.units == 10 and type(layer.units) is int
    assert layer.name == "bayes"


def test_sequential_model_gets_the_layer_and_is_returned():
    model = tp.keras_model_sequential(input_shape=3)
    same = tp.layer_dense_local_reparameterization(model, units=4)
    assert same is model
    assert model.output_shape == (None, 4)


def test_keras_input_gets_the_layer_applied():
    x = tp.layer_input(shape=3)
    y = tp.layer_dense_local_reparameterization(x, units=2)
    assert tuple(y.shape) == (None, 2)
    assert tp.keras_model(x, y).output_shape == (None, 2)


def test_eager_tensor_numpy_and_pandas_inputs_are_applied():
    import tensorflow as tf

    x = np.arange(12, dtype="float64").reshape(4, 3)  # R matrices are doubles
    for value in (tf.constant(x, tf.float32), x, pd.DataFrame(x, columns=list("abc"))):
        out = tp.layer_dense_local_reparameterization(value, units=2)
        assert tf.is_tensor(out) and tuple(out.shape) == (4, 2)
        assert np.isfinite(out.numpy()).all()


def test_other_objects_are_a_type_error_naming_object():
    with pytest.raises(TypeError, match="`object` must be"):
        tp.layer_dense_local_reparameterization("model", units=2)
    with pytest.raises(TypeError, match="numbers only"):
        tp.layer_dense_local_reparameterization(pd.DataFrame({"a": ["x", "y"]}), units=2)


def test_functional_model_object_points_to_its_output():
    x = tp.layer_input(shape=3)
    model = tp.keras_model(x, tp.layer_dense_local_reparameterization(x, units=2))
    with pytest.raises(TypeError, match="output tensor"):
        tp.layer_dense_local_reparameterization(model, units=2)


def test_keras3_objects_build_keras3_layers_but_keras2_models_refuse_them(monkeypatch):
    monkeypatch.delenv("TFPROBR_KERAS", raising=False)
    import keras  # Keras 3 (tests/python_api/test_keras3_layers.py tests its layers)

    output = tp.layer_dense_local_reparameterization(keras.Input(shape=(3,)), units=2)
    assert isinstance(output, keras.KerasTensor)
    with pytest.raises(TypeError, match="Keras 3 object.*Keras 2.*keras.Sequential"):
        tp.keras_model(tp.layer_input(shape=3), keras.layers.Dense(2)(keras.Input((3,))))


def test_failed_add_leaves_the_model_as_it_was():
    model = tp.keras_model_sequential(input_shape=3)
    tp.layer_dense_local_reparameterization(model, units=4)
    before = [(w.name, w.numpy().copy()) for w in model.weights]

    def half_built_posterior(dtype, shape, name, trainable, add_variable_fn):
        add_variable_fn(name=name + "_loc", shape=shape, dtype=dtype)  # a partial build
        raise RuntimeError("posterior failed")

    with pytest.raises(RuntimeError, match="posterior failed"):
        tp.layer_dense_local_reparameterization(model, units=2,
                                                kernel_posterior_fn=half_built_posterior)
    assert len(model.layers) == 1
    after = [(w.name, w.numpy()) for w in model.weights]
    assert [name for name, _ in after] == [name for name, _ in before]
    assert all(np.array_equal(a, b) for (_, a), (_, b) in zip(before, after))
    assert model.output_shape == (None, 4)
    assert model(np.ones((2, 3), "float32")).shape == (2, 4)


def test_each_layer_gets_its_own_initial_posterior(seeded):
    a = tp.layer_dense_local_reparameterization(units=5)
    b = tp.layer_dense_local_reparameterization(units=5)
    a.build((None, 5))
    b.build((None, 5))
    assert not np.allclose(a.kernel_posterior.distribution.loc.numpy(),
                           b.kernel_posterior.distribution.loc.numpy())


@pytest.mark.slow
def test_two_chained_layers_have_two_kl_losses_and_train(seeded):
    n = 128
    x = seeded.normal(size=(n, 3)).astype("float32")
    y = (x @ np.array([[1.0], [-2.0], [0.5]])).astype("float32")
    kl = tp.kl_divergence_fn(1 / n)
    model = tp.keras_model_sequential(input_shape=3.0)
    model = tp.layer_dense_local_reparameterization(model, units=16.0, activation="tanh",
                                                    kernel_divergence_fn=kl)
    model = tp.layer_dense_local_reparameterization(model, units=1.0, kernel_divergence_fn=kl)
    model(x)
    assert len(model.losses) == 2
    model.compile(optimizer=__import__("tf_keras").optimizers.Adam(0.05), loss="mse")
    history = model.fit(x, y, epochs=30, batch_size=32, verbose=0).history["loss"]
    assert np.isfinite(history).all()
    assert history[-1] < 0.5 * history[0]


def _layer_with_posterior(loc, scale, bias):
    import tensorflow as tf

    layer = tp.layer_dense_local_reparameterization(units=loc.shape[1])
    layer.build((None, loc.shape[0]))
    weights = {w.name.split("/")[-1].split(":")[0]: w for w in layer.weights}
    weights["kernel_posterior_loc"].assign(loc)
    # TFP's scale is 1e-5 + softplus(untransformed): invert it.
    weights["kernel_posterior_untransformed_scale"].assign(
        tf.math.log(tf.math.expm1(tf.constant(scale - 1e-5, tf.float32))))
    weights["bias_posterior_loc"].assign(bias)
    return layer


def test_output_moments_match_the_local_reparameterization(seeded):
    """Mean x @ mu + b and variance x^2 @ sigma^2, within 5 standard errors."""
    loc = seeded.normal(size=(3, 2)).astype("float32")
    scale = seeded.uniform(0.2, 1.0, size=(3, 2)).astype("float32")
    bias = np.array([0.5, -1.0], "float32")
    x = np.array([[1.0, 0.0, 2.0], [0.5, -1.0, 0.0], [0.0, 0.0, 0.0]], "float32")
    layer = _layer_with_posterior(loc, scale, bias)
    draws = 20000
    out = layer(np.repeat(x, draws, axis=0)).numpy().reshape(3, draws, 2)
    mean, var = x @ loc + bias, (x ** 2) @ (scale ** 2)
    assert np.all(np.abs(out.mean(axis=1) - mean) <= 5 * np.sqrt(var / draws) + 1e-6)
    var_se = var * np.sqrt(2 / (draws - 1))
    assert np.all(np.abs(out.var(axis=1) - var) <= 5 * var_se + 1e-6)
    assert np.allclose(out[2], bias)  # an all-zero row gives the bias
