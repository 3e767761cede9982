"""The lean path of the estimator layers (default mean-field normal posterior) vs TFP's general path."""

import numpy as np
import pytest

import tfprobr as tp

from support import slow_except

DENSE = ["layer_dense_local_reparameterization", "layer_dense_reparameterization",
         "layer_dense_flipout"]


def _one_draw(distribution):  # not tfprobr's default tensor function: takes the general path
    return distribution.sample()


def _model(name, loc, scale, bias, **kwargs):
    import tensorflow as tf

    layer = getattr(tp, name)(units=loc.shape[1], **kwargs)
    model = tp.keras_model_sequential(layers=[layer], input_shape=loc.shape[0])
    weights = {w.name.split("/")[-1].split(":")[0]: w for w in layer.weights}
    weights["kernel_posterior_loc"].assign(loc)
    # TFP's scale is eps + softplus(untransformed): invert it.
    eps = np.finfo(np.float32).eps
    weights["kernel_posterior_untransformed_scale"].assign(
        tf.math.log(tf.math.expm1(tf.constant(scale - eps, tf.float32))))
    weights["bias_posterior_loc"].assign(bias)
    return model


@pytest.mark.parametrize("path", ["lean", "general"])
@pytest.mark.parametrize("name", slow_except(DENSE, "layer_dense_local_reparameterization"))
def test_output_moments_are_those_of_the_posterior(seeded, name, path):
    """Each output's mean x @ mu + b and variance x^2 @ sigma^2, within 5 standard errors.

    For every estimator one output's marginal over calls is the same normal; the
    estimators differ only in how outputs of one call correlate.
    """
    loc = seeded.normal(size=(3, 2)).astype("float32")
    scale = seeded.uniform(0.2, 1.0, size=(3, 2)).astype("float32")
    bias = np.array([0.5, -1.0], "float32")
    x = np.array([[1.0, 0.0, 2.0], [0.5, -1.0, 0.0], [0.0, 0.0, 0.0]], "float32")
    general = {"kernel_posterior_tensor_fn": _one_draw} if path == "general" else {}
    model = _model(name, loc, scale, bias, **general)
    model(x)
    assert (model.layers[0]._lean_kernel is not None) == (path == "lean")
    draws = 4000
    pred = tp.predict_mc(model, x, n_samples=draws, quantiles=None)
    mean = (x @ loc + bias).ravel()
    var = ((x ** 2) @ (scale ** 2)).ravel()
    assert np.all(np.abs(pred["mean"] - mean) <= 5 * np.sqrt(var / draws) + 1e-5)
    var_se = var * np.sqrt(2 / (draws - 1))
    assert np.all(np.abs(pred["sd"] ** 2 - var) <= 5 * var_se + 1e-5)


@pytest.mark.parametrize("name", DENSE)
def test_lean_kl_term_equals_tfps_kl(seeded, name):
    x = seeded.normal(size=(5, 4)).astype("float32")
    lean = getattr(tp, name)(units=3, kernel_divergence_fn=tp.kl_divergence_fn(0.25))
    general = getattr(tp, name)(
        units=3, kernel_divergence_fn=lambda q, p, _: tp.tfd_kl_divergence(q, p) * 0.25)
    lean(x)
    general(x)
    for variable in lean.weights:  # move the posterior off its start
        variable.assign_add(seeded.normal(size=variable.shape).astype("float32") * 0.1)
    general.set_weights(lean.get_weights())
    lean(x)
    general(x)
    assert lean._lean_kernel is not None
    assert float(lean.losses[0]) == pytest.approx(float(general.losses[0]), rel=1e-5)


@pytest.mark.parametrize("name", DENSE)
def test_lean_path_keeps_the_tfp_class_and_the_variables(name):
    import tensorflow_probability as tfp

    layer = getattr(tp, name)(units=2)
    layer(np.ones((1, 3), "float32"))
    tfp_class = {"layer_dense_local_reparameterization": tfp.layers.DenseLocalReparameterization,
                 "layer_dense_reparameterization": tfp.layers.DenseReparameterization,
                 "layer_dense_flipout": tfp.layers.DenseFlipout}[name]
    assert isinstance(layer, tfp_class)
    assert [w.name.split("/")[-1] for w in layer.weights] == [
        "kernel_posterior_loc:0", "kernel_posterior_untransformed_scale:0", "bias_posterior_loc:0"]



def test_the_scale_and_kl_gradient_is_autodiffs_gradient(seeded):
    """The hand-written gradient of (eps + softplus(u), KL) equals TensorFlow's autodiff of the formulas."""
    import tensorflow as tf

    from tfprobr._internal.keras2 import kernels

    loc = tf.constant(seeded.normal(size=(4, 3)), tf.float32)
    untransformed = tf.constant(seeded.normal(-1.0, 2.0, size=(4, 3)), tf.float32)
    d_scale = tf.constant(seeded.normal(size=(4, 3)), tf.float32)  # upstream gradients
    d_kl = 0.37

    def loss(make_scale_and_kl):
        with tf.GradientTape() as tape:
            tape.watch([loc, untransformed])
            scale, kl = make_scale_and_kl(loc, untransformed)
            value = tf.reduce_sum(d_scale * scale) + d_kl * kl
        return [value, *tape.gradient(value, [loc, untransformed])]

    def autodiff(loc, untransformed):
        scale = np.finfo(np.float32).eps + tf.nn.softplus(untransformed)
        return scale, kernels.standard_normal_kl(loc, scale)

    for ours, theirs in zip(loss(kernels.softplus_scale_and_kl), loss(autodiff)):
        np.testing.assert_allclose(ours.numpy(), theirs.numpy(), rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", DENSE)
def test_lean_kl_gradient_equals_tfps(seeded, name):
    import tensorflow as tf

    lean = getattr(tp, name)(units=3, kernel_divergence_fn=tp.kl_divergence_fn(0.25))
    general = getattr(tp, name)(
        units=3, kernel_divergence_fn=lambda q, p, _: tp.tfd_kl_divergence(q, p) * 0.25)
    x = seeded.normal(size=(5, 4)).astype("float32")
    lean(x)
    general(x)
    for variable in lean.weights:
        variable.assign_add(seeded.normal(size=variable.shape).astype("float32") * 0.3)
    general.set_weights(lean.get_weights())
    gradients = []
    for layer in (lean, general):
        with tf.GradientTape() as tape:
            layer(x)
            kl = layer.losses[0]
        gradients.append(tape.gradient(kl, layer.trainable_weights[:2]))
    assert lean._lean_kernel[2] is not None  # the custom-gradient function made this KL
    for ours, theirs in zip(*gradients):
        np.testing.assert_allclose(ours.numpy(), theirs.numpy(), rtol=1e-4, atol=1e-6)


def test_the_local_reparameterization_gradient_is_autodiffs_gradient(seeded):
    """The fused op's hand-written gradient equals autodiff through the floored formula, zero rows too."""
    import tensorflow as tf

    from tfprobr._internal.keras2 import kernels

    x = seeded.normal(size=(6, 4)).astype("float32")
    x[2] = 0.0  # a zero row (after a ReLU): the variance is floored there
    x = tf.constant(x)
    loc = tf.constant(seeded.normal(size=(4, 3)), tf.float32)
    scale = tf.constant(seeded.uniform(0.1, 1.0, size=(4, 3)), tf.float32)
    noise = tf.constant(seeded.normal(size=(6, 3)), tf.float32)
    upstream = tf.constant(seeded.normal(size=(6, 3)), tf.float32)

    def autodiff(x, loc, scale, noise):
        mean, stddev = kernels.local_moments(x, loc, scale)
        return mean + stddev * noise

    def outputs_and_gradients(function):
        with tf.GradientTape() as tape:
            tape.watch([x, loc, scale])
            outputs = function(x, loc, scale, noise)
            value = tf.reduce_sum(upstream * outputs)
        return [outputs, *tape.gradient(value, [x, loc, scale])]

    ours = outputs_and_gradients(kernels.local_reparameterization)
    theirs = outputs_and_gradients(autodiff)
    for mine, reference in zip(ours, theirs):
        assert np.isfinite(mine.numpy()).all()
        np.testing.assert_allclose(mine.numpy(), reference.numpy(), rtol=1e-5, atol=1e-6)


def test_lean_local_reparameterization_takes_inputs_of_any_rank(seeded):
    """A batch of rank 3 is the same rows as its rank-2 reshape: same outputs for the same seed."""
    x = seeded.normal(size=(2, 3, 4)).astype("float32")
    layer = tp.layer_dense_local_reparameterization(units=5)
    layer(x[0])
    tp.set_random_seed(3)
    rows = layer(x.reshape(6, 4)).numpy()
    tp.set_random_seed(3)
    cube = layer(x).numpy()
    assert layer._lean_kernel is not None
    assert cube.shape == (2, 3, 5)
    np.testing.assert_array_equal(cube.reshape(6, 5), rows)
    mean = layer.kernel_posterior_affine.loc.numpy()  # made from this call's inputs when read
    np.testing.assert_allclose(mean, x @ layer.weights[0].numpy(), rtol=1e-5, atol=1e-6)


def test_softplus_is_accurate_and_finite_everywhere():
    """The lean path's softplus against float64 math, and linear far out (no overflow to inf)."""
    import tensorflow as tf

    from tfprobr._internal.keras2 import kernels

    x = np.concatenate([np.linspace(-87, 87, 100_001), [-1e4, 100.0, 1e4, 3e38]]).astype("float32")
    ours = kernels.softplus(tf.constant(x)).numpy().astype("float64")
    exact = np.logaddexp(0.0, x.astype("float64"))
    assert np.isfinite(ours).all()
    positive = exact > 0
    np.testing.assert_allclose(ours[positive], exact[positive], rtol=5e-7)
