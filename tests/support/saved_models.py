"""One small model per savable class, and the "same posterior" check of the saving tests.

"Same posterior" is checked twice: every variable is equal after loading, and
predictions drawn under the same random seed are equal (for a distribution
output: its sample, its mean, and the losses the model adds).
"""

import numpy as np
import tf_keras

import tfprobr as tp

N = 32

# One small model per savable layer class: (input shape, layer function, its required arguments).
LAYERS = {
    "DenseLocalReparameterization": ((3,), tp.layer_dense_local_reparameterization, {"units": 2}),
    "DenseReparameterization": ((3,), tp.layer_dense_reparameterization, {"units": 2}),
    "DenseFlipout": ((3,), tp.layer_dense_flipout, {"units": 2}),
    "Conv1DReparameterization": ((6, 2), tp.layer_conv_1d_reparameterization, {"filters": 2, "kernel_size": 3}),
    "Conv2DReparameterization": ((5, 5, 1), tp.layer_conv_2d_reparameterization, {"filters": 2, "kernel_size": 3}),
    "Conv3DReparameterization": ((4, 4, 4, 1), tp.layer_conv_3d_reparameterization, {"filters": 2, "kernel_size": 2}),
    "Conv1DFlipout": ((6, 2), tp.layer_conv_1d_flipout, {"filters": 2, "kernel_size": 3}),
    "Conv2DFlipout": ((5, 5, 1), tp.layer_conv_2d_flipout, {"filters": 2, "kernel_size": 3}),
    "Conv3DFlipout": ((4, 4, 4, 1), tp.layer_conv_3d_flipout, {"filters": 2, "kernel_size": 2}),
}


def layer_model(class_name="DenseLocalReparameterization", **kwargs):
    """A trained-looking model: the layer with its defaults, variables moved off their start."""
    shape, layer_function, required = LAYERS[class_name]
    model = tp.keras_model_sequential(input_shape=list(shape))
    return moved_off_start(layer_function(model, **required, **kwargs), shape)


def moved_off_start(model, input_shape):
    """``model`` with 0.25 added to every variable (as training would move them), and N input rows."""
    for variable in model.weights:
        variable.assign_add(np.full(variable.shape, 0.25, variable.dtype.as_numpy_dtype))
    return model, np.random.default_rng(0).normal(size=(N, *input_shape)).astype("float32")


def _prior(size=1):
    return tp.tfd_independent(tp.tfd_normal(loc=[0.0] * size, scale=1.0), reinterpreted_batch_ndims=1)


@tf_keras.saving.register_keras_serializable(package="tfprobr_tests")
def posterior_maker(kernel_size, bias_size, dtype):
    """A registered make_posterior_fn/make_prior_fn built of tfprobr's layers only."""
    size = kernel_size + bias_size
    model = tp.layer_variable(tp.keras_model_sequential(), shape=2 * size, dtype=dtype)
    return tp.layer_independent_normal(model, event_shape=size)


# One small model per other savable class, each layer with its default arguments
# (plus what it requires): (input size, function adding the layers to a model).
# Classes that refuse whole-model saving (their get_config raises, saying to save the
# weights); tests/python_api/test_distribution_layers.py checks that they say so.
UNSAVABLE = {"VariationalGaussianProcess"}

OTHER_LAYERS = {
    "DistributionLambda": (2, lambda m: tp.layer_distribution_lambda(m, tp.normal_distribution_fn())),
    "IndependentNormal": (4, lambda m: tp.layer_independent_normal(m, event_shape=2)),
    "IndependentLogistic": (2, lambda m: tp.layer_independent_logistic(m, event_shape=1)),
    "IndependentPoisson": (2, lambda m: tp.layer_independent_poisson(m, event_shape=2)),
    "IndependentBernoulli": (2, lambda m: tp.layer_independent_bernoulli(m, event_shape=2)),
    "MultivariateNormalTriL": (5, lambda m: tp.layer_multivariate_normal_tri_l(m, event_size=2)),
    "OneHotCategorical": (3, lambda m: tp.layer_one_hot_categorical(m, event_size=3)),
    "CategoricalMixtureOfOneHotCategorical": (
        8, lambda m: tp.layer_categorical_mixture_of_one_hot_categorical(m, event_size=3, num_components=2)),
    "MixtureNormal": (6, lambda m: tp.layer_mixture_normal(m, num_components=2, event_shape=1)),
    "MixtureLogistic": (6, lambda m: tp.layer_mixture_logistic(m, num_components=2, event_shape=1)),
    "MixtureSameFamily": (6, lambda m: tp.layer_mixture_same_family(
        m, num_components=2, component_layer=tp.layer_independent_normal(event_shape=1))),
    "KLDivergenceAddLoss": (2, lambda m: tp.layer_kl_divergence_add_loss(
        tp.layer_independent_normal(m, event_shape=1), distribution_b=_prior(), weight=0.5)),
    "KLDivergenceRegularizer": (2, lambda m: tp.layer_independent_normal(
        m, event_shape=1, activity_regularizer=tp.layer_kl_divergence_regularizer(distribution_b=_prior()))),
    "VariableLayer": (1, lambda m: tp.layer_variable(m, shape=[2, 3])),
    "AutoregressiveNetwork": (3, lambda m: tp.layer_autoregressive(m, params=2, hidden_units=[4])),
    "DenseVariational": (3, lambda m: tp.layer_dense_variational(
        m, units=2, make_posterior_fn=posterior_maker, make_prior_fn=posterior_maker, kl_weight=1 / N)),
}


def other_model(class_name):
    """Like :func:`layer_model`, for a class of ``OTHER_LAYERS``."""
    size, add_layers = OTHER_LAYERS[class_name]
    model = add_layers(tp.keras_model_sequential(input_shape=size))
    model(np.zeros((1, size), "float32"))  # builds the posterior of DenseVariational
    return moved_off_start(model, (size,))


def assert_same_posterior(original, loaded, x):
    """Equal variables (names without the layer scope), layer types and seeded predictions."""
    def names(model):  # without the layer scope, which differs between rebuilt models
        return [w.name.rsplit("/", 1)[-1] for w in model.weights]

    assert names(loaded) == names(original)
    for before, after in zip(original.weights, loaded.weights):
        np.testing.assert_array_equal(after.numpy(), before.numpy(), err_msg=before.name)
    assert [type(layer) for layer in loaded.layers] == [type(layer) for layer in original.layers]
    np.testing.assert_array_equal(_predict(loaded, x), _predict(original, x))


def _predict(model, x, seed=5):
    """The model's output under a fixed seed; for a distribution: sample, mean, added losses."""
    import tensorflow as tf

    tf.random.set_seed(seed)
    output = model(x)
    if not hasattr(output, "log_prob"):
        return np.asarray(output)
    mean = np.asarray(tp.tfd_mean(output)).ravel()
    losses = [np.ravel(loss) for loss in model.losses]
    return np.concatenate([tf.convert_to_tensor(output).numpy().ravel(), mean, *losses])
