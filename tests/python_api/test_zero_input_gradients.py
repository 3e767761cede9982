"""All-zero inputs give finite gradients: the NaN fix of layer_dense_local_reparameterization.

TFP's ``DenseLocalReparameterization`` draws its output with scale
``sqrt(x^2 @ sigma^2)``, whose gradient is infinite where an input row is all
zeros (after a ReLU, say), so training turns to NaN. tfprobr's subclass
(``tfprobr._internal.keras2.layers.DenseLocalReparameterization``) overrides
``_apply_variational_kernel``; here are the fix, the upstream bug it works
around, a ReLU network that trains, and the same check for every other
estimator layer.
"""

import numpy as np
import pytest

import tfprobr as tp
from support.r_api import layers_with
from support.upstream import assert_upstream_bug

# The layers that draw their kernel with a gradient estimator (not the variational,
# variable and autoregressive layers): R's kernel_posterior_fn.
ESTIMATOR_LAYERS = layers_with("kernel_posterior_fn")
CONV_LAYERS = layers_with("filters")


def _zero_row_gradients(layer_fn):
    import tensorflow as tf

    x = tf.constant([[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]])
    layer = layer_fn()
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(tf.square(layer(x))) + tf.add_n(layer.losses)
    return [g.numpy() for g in tape.gradient(loss, layer.trainable_variables)]


def test_zero_input_rows_give_finite_gradients(seeded):
    grads = _zero_row_gradients(lambda: tp.layer_dense_local_reparameterization(units=2))
    assert all(np.isfinite(g).all() for g in grads)


@pytest.mark.upstream_bug
def test_tfp_class_gives_nan_gradients_on_zero_rows(seeded):
    """The upstream behaviour the subclass fixes."""
    import tensorflow_probability as tfp

    grads = _zero_row_gradients(lambda: tfp.layers.DenseLocalReparameterization(2))
    assert_upstream_bug(any(np.isnan(g).any() for g in grads),
                        "TFP's DenseLocalReparameterization has finite gradients for all-zero input rows",
                        "tfprobr._internal.keras2.layers.DenseLocalReparameterization._apply_variational_kernel")


@pytest.mark.parametrize("name", ESTIMATOR_LAYERS)
def test_zero_inputs_give_finite_gradients_in_every_estimator_layer(name, seeded):
    """The NaN case of local reparameterization does not occur in any estimator layer."""
    import tensorflow as tf

    rank = int(name[len("layer_conv_")]) if name in CONV_LAYERS else 0
    args = {"filters": 2, "kernel_size": 2} if rank else {"units": 2}
    x = tf.zeros((2, *([3] * rank), 3))
    layer = getattr(tp, name)(**args)
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(tf.square(layer(x))) + tf.add_n(layer.losses)
    assert all(np.isfinite(g.numpy()).all()
               for g in tape.gradient(loss, layer.trainable_variables))


@pytest.mark.slow
def test_relu_network_trains_to_finite_losses(seeded):
    n = 256
    x = seeded.normal(size=(n, 4)).astype("float32")
    x[::4] = 0.0
    y = np.maximum(x, 0).sum(axis=1, keepdims=True).astype("float32")
    kl = tp.kl_divergence_fn(1 / n)
    model = tp.keras_model_sequential(input_shape=4)
    for units, activation in ((32, "relu"), (32, "relu"), (1, None)):
        tp.layer_dense_local_reparameterization(model, units=units, activation=activation,
                                                kernel_divergence_fn=kl)
    model.compile(optimizer="adam", loss="mse")
    losses = model.fit(x, y, epochs=5, batch_size=32, verbose=0).history["loss"]
    assert np.isfinite(losses).all()
