"""The "distribution layers" family: Keras layers whose output is a probability distribution.

A model ending in ``layer_independent_normal(event_shape = 1)`` predicts a
normal distribution per example, not a number; trained with the negative
log-likelihood (:func:`tfprobr.negloglik`) it learns both the
mean and the noise. The layer before it must output the number of parameters
the distribution needs, which the ``params_size_*`` companions compute.

Each function is a declaration (see :mod:`tfprobr._internal.declare`): R's
formals and a docstring, with the class it builds (or whose ``params_size`` it
returns) and its converters in the decorator.
"""

from __future__ import annotations

from functools import partial

from tfprobr._internal.convert import (
    as_callable,
    as_count,
    as_distribution,
    as_function_or_name,
    as_kernel_provider,
    as_nullable_axes,
    as_nullable_callable,
    as_nullable_float,
    as_shape,
)
from tfprobr._internal.declare import layer_function, params_size_function, regularizer_function
from tfprobr._internal.defaults import CONVERT_TO_TENSOR_FN, DISTRIBUTION_METHODS, SAMPLE_TENSOR_FN
from tfprobr._internal.docs import family_texts
from tfprobr._internal.r_defaults import REQUIRED

__all__ = [
    "layer_distribution_lambda",
    "layer_independent_normal",
    "layer_independent_logistic",
    "layer_independent_poisson",
    "layer_independent_bernoulli",
    "layer_multivariate_normal_tri_l",
    "layer_one_hot_categorical",
    "layer_categorical_mixture_of_one_hot_categorical",
    "layer_mixture_normal",
    "layer_mixture_logistic",
    "layer_mixture_same_family",
    "layer_kl_divergence_add_loss",
    "layer_kl_divergence_regularizer",
    "layer_variational_gaussian_process",
    "params_size_independent_normal",
    "params_size_independent_logistic",
    "params_size_independent_poisson",
    "params_size_independent_bernoulli",
    "params_size_multivariate_normal_tri_l",
    "params_size_one_hot_categorical",
    "params_size_categorical_mixture_of_one_hot_categorical",
    "params_size_mixture_normal",
    "params_size_mixture_logistic",
    "params_size_mixture_same_family",
]

__family__ = "distribution_layers"

# The texts the distribution layers' and params_size_*'s docstrings share:
# a docstring line ``    {name}`` is filled with the text at import (see tfprobr._internal.docs).
family_texts(__name__, {
    "ctt": """\
    convert_to_tensor_fn : callable or str
        Function that turns the layer's output distribution into the tensor
        the next layer (or Keras' metrics) sees. The default,
        ``tfp$distributions$Distribution$sample``, draws one sample per call;
        ``tfd_mean`` or ``tfd_mode`` (or the names ``"mean"``, ``"mode"``) give
        deterministic values. The loss still receives the distribution itself.""",
    "event_shape": """\
    event_shape : int or sequence of int
        Shape of one draw from the distribution, e.g. ``1`` for one outcome per
        example or ``c(2, 3)`` (R) for a 2 x 3 matrix of outcomes.""",
    "mixture_event_shape": """\
    event_shape : int or sequence of int
        Shape of one draw from the distribution. The default, an empty shape
        (R: ``list()``), makes each draw a scalar.""",
    "event_size": """\
    event_size : int
        Size of one draw from the distribution (its number of dimensions or
        categories), a positive whole number.""",
    "event_size_shape": """\
    event_size : int or sequence of int
        Size of one draw from the distribution, a whole number (R
        tfprobability's name), or its shape, e.g. ``c(2, 3)`` (R) for a 2 x 3
        matrix of outcomes: the ``event_shape`` of the matching layer.""",
    "num_components": """\
    num_components : int
        Number of components of the mixture, a positive whole number.""",
    "sample_dtype": """\
    sample_dtype : str or None
        Data type of the samples, e.g. ``"int32"``. ``None`` (the default)
        uses the previous layer's data type.""",
    "kl_args": """\
    distribution_b : tfp.distributions.Distribution
        The distribution ``b`` in ``KL(a || b)``, typically a fixed prior; the
        previous layer's output distribution is ``a``.
    use_exact_kl : bool
        Whether to compute the divergence exactly (with ``tfd_kl_divergence``,
        which needs a registered closed form for the two distributions) or,
        with the default ``FALSE``, by Monte Carlo from samples of ``a``.
    test_points_reduce_axis : int, sequence of int or None
        Axes of the Monte Carlo test points to average over. ``NULL``/``None``
        (the default) averages over all of them; ``list()`` (R) or ``()`` over
        none.
    test_points_fn : callable
        Function that takes the distribution ``a`` and returns the test points
        of the Monte Carlo estimate. The default, ``tf$convert_to_tensor``,
        uses the distribution's tensor value, i.e. a sample with the default
        ``convert_to_tensor_fn``.
    weight : float or None
        Multiplier applied to the divergence of each batch member, e.g.
        ``1 / n`` for ``n`` training examples. ``None`` (the default) applies
        none.""",
    "params_size_returns": """\
    int
        The number of parameters, to be used as ``units`` of the layer before
        the distribution layer.""",
})

# Converters shared by the layers; each function adds only its own.
_CTT = {"convert_to_tensor_fn": partial(as_function_or_name, named=DISTRIBUTION_METHODS)}
_KL_CONVERTERS = {
    "distribution_b": as_distribution,
    "test_points_reduce_axis": as_nullable_axes,
    "test_points_fn": as_function_or_name,
    "weight": as_nullable_float,
}


@layer_function("DistributionLambda", {"make_distribution_fn": as_callable, **_CTT})
def layer_distribution_lambda(
    object=None,
    make_distribution_fn=REQUIRED,
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    **kwargs,
):
    """Keras layer enabling plumbing TFP distributions through Keras models.

    The layer calls ``make_distribution_fn`` on its input and outputs the
    distribution it returns. This is the general form of the other
    distribution layers: ``layer_independent_normal()`` is a distribution
    lambda that makes an independent normal from its input.

    Parameters
    ----------
    {object}
    make_distribution_fn : callable
        Function that takes the previous layer's output (a tensor) and returns
        a ``tfp.distributions.Distribution``, e.g.
        ``function(t) tfd_normal(loc = t, scale = 1)`` in R.
    {ctt}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import numpy as np
    >>> import tfprobr as tp
    >>> layer = tp.layer_distribution_lambda(
    ...     make_distribution_fn=lambda t: tp.tfd_normal(loc=t, scale=1))
    >>> d = layer(np.zeros((2, 1), "float32"))
    >>> tp.tfd_mean(d).shape
    TensorShape([2, 1])

    R Examples
    ----------
    layer <- layer_distribution_lambda(
      make_distribution_fn = function(t) tfd_normal(loc = t, scale = 1))
    d <- layer(matrix(0, 2, 1))
    as.array(tfd_mean(d))
    """


@layer_function("IndependentNormal", {"event_shape": as_shape, **_CTT})
def layer_independent_normal(
    object=None,
    event_shape=REQUIRED,
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    validate_args=False,
    **kwargs,
):
    """An independent Normal Keras layer.

    Turns ``2 * prod(event_shape)`` inputs per example into independent normal
    distributions over an event of shape ``event_shape``: the first half of
    the inputs are the means, the second half give the standard deviations
    through a softplus. Ending a regression model with it, and training with
    the negative log-likelihood, lets the model learn the noise level of each
    prediction (heteroscedastic regression). The previous layer needs
    ``params_size_independent_normal(event_shape)`` units.

    Parameters
    ----------
    {object}
    {event_shape}
    {ctt}
    {validate_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=3)
    >>> model = tp.layer_dense_local_reparameterization(
    ...     model, units=tp.params_size_independent_normal(1))
    >>> model = tp.layer_independent_normal(model, event_shape=1)
    >>> model.compile(optimizer="adam", loss=tp.negloglik)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_local_reparameterization(units = params_size_independent_normal(1)) %>%
      layer_independent_normal(event_shape = 1)
    model$compile(optimizer = "adam", loss = negloglik)
    d <- model(matrix(rnorm(6), 2, 3))  # a distribution per row
    as.array(tfd_stddev(d))
    """


@layer_function("IndependentLogistic", {"event_shape": as_shape, **_CTT})
def layer_independent_logistic(
    object=None,
    event_shape=REQUIRED,
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    validate_args=False,
    **kwargs,
):
    """An independent Logistic Keras layer.

    Turns ``2 * prod(event_shape)`` inputs per example into independent
    logistic distributions over an event of shape ``event_shape``: locations
    first, then scales through a softplus. The previous layer needs
    ``params_size_independent_logistic(event_shape)`` units.

    Parameters
    ----------
    {object}
    {event_shape}
    {ctt}
    {validate_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> layer = tp.layer_independent_logistic(event_shape=2)
    >>> tp.params_size_independent_logistic(2)
    4

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(units = params_size_independent_logistic(2)) %>%
      layer_independent_logistic(event_shape = 2)
    model(matrix(rnorm(6), 2, 3)) %>% tfd_mean() %>% as.array()
    """


@layer_function("IndependentPoisson", {"event_shape": as_shape, **_CTT})
def layer_independent_poisson(
    object=None,
    event_shape=REQUIRED,
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    validate_args=False,
    **kwargs,
):
    """An independent Poisson Keras layer.

    Turns ``prod(event_shape)`` inputs per example, the log rates, into
    independent Poisson distributions over an event of shape
    ``event_shape``: a model for counts. The previous layer needs
    ``params_size_independent_poisson(event_shape)`` units.

    Parameters
    ----------
    {object}
    {event_shape}
    {ctt}
    {validate_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> layer = tp.layer_independent_poisson(event_shape=1)
    >>> tp.params_size_independent_poisson(1)
    1

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(units = params_size_independent_poisson(1)) %>%
      layer_independent_poisson(event_shape = 1)
    model(matrix(rnorm(6), 2, 3)) %>% tfd_mean() %>% as.array()
    """


@layer_function("IndependentBernoulli", {"event_shape": as_shape, **_CTT})
def layer_independent_bernoulli(
    object=None,
    event_shape=REQUIRED,
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    sample_dtype=None,
    validate_args=False,
    **kwargs,
):
    """An independent Bernoulli Keras layer.

    Turns ``prod(event_shape)`` inputs per example, the logits, into
    independent Bernoulli distributions over an event of shape
    ``event_shape``: a model for binary outcomes. The previous layer needs
    ``params_size_independent_bernoulli(event_shape)`` units.

    Parameters
    ----------
    {object}
    {event_shape}
    {ctt}
    {sample_dtype}
    {validate_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> layer = tp.layer_independent_bernoulli(event_shape=(28, 28))
    >>> tp.params_size_independent_bernoulli((28, 28))
    784

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(units = params_size_independent_bernoulli(c(2, 2))) %>%
      layer_independent_bernoulli(event_shape = c(2, 2))
    model(matrix(rnorm(6), 2, 3)) %>% tfd_mean() %>% as.array()
    """


@layer_function("MultivariateNormalTriL", {"event_size": as_count, **_CTT})
def layer_multivariate_normal_tri_l(
    object=None,
    event_size=REQUIRED,
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    validate_args=False,
    **kwargs,
):
    """A d-variate Multivariate Normal TriL Keras layer from ``d + d * (d + 1) / 2`` params.

    Turns its inputs into a ``d``-variate normal distribution with a full
    covariance matrix: ``d`` means, then the ``d (d + 1) / 2`` entries of the
    lower-triangular Cholesky factor of the covariance (with a softplus on
    the diagonal, which keeps it positive). Use it to model outcomes that are
    correlated. The previous layer needs
    ``params_size_multivariate_normal_tri_l(event_size)`` units.

    Parameters
    ----------
    {object}
    {event_size}
    {ctt}
    {validate_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_multivariate_normal_tri_l(2)
    5
    >>> layer = tp.layer_multivariate_normal_tri_l(event_size=2)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(units = params_size_multivariate_normal_tri_l(2)) %>%
      layer_multivariate_normal_tri_l(event_size = 2)
    model(matrix(rnorm(6), 2, 3)) %>% tfd_covariance() %>% as.array()
    """


@layer_function("OneHotCategorical", {"event_size": as_count, **_CTT})
def layer_one_hot_categorical(
    object=None,
    event_size=REQUIRED,
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    sample_dtype=None,
    validate_args=False,
    **kwargs,
):
    """A d-variate OneHotCategorical Keras layer from ``d`` params.

    Turns ``d`` inputs per example, the logits, into a one-hot categorical
    distribution over ``d`` categories: a classifier whose output is a
    distribution. Typical choices for ``convert_to_tensor_fn`` are the
    default (a sample), ``tfd_mean`` (the class probabilities) and
    ``tfd_mode`` (the most likely class). The previous layer needs
    ``params_size_one_hot_categorical(event_size)`` units.

    Parameters
    ----------
    {object}
    {event_size}
    {ctt}
    {sample_dtype}
    {validate_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> layer = tp.layer_one_hot_categorical(event_size=3,
    ...                                      convert_to_tensor_fn=tp.tfd_mean)
    >>> tp.params_size_one_hot_categorical(3)
    3

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(units = params_size_one_hot_categorical(3)) %>%
      layer_one_hot_categorical(event_size = 3, convert_to_tensor_fn = tfd_mean)
    model(matrix(rnorm(6), 2, 3)) %>% tfd_mean() %>% as.array()
    """


@layer_function("CategoricalMixtureOfOneHotCategorical",
                {"event_size": as_count, "num_components": as_count, **_CTT})
def layer_categorical_mixture_of_one_hot_categorical(
    object=None,
    event_size=REQUIRED,
    num_components=REQUIRED,
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    sample_dtype=None,
    validate_args=False,
    **kwargs,
):
    """A OneHotCategorical mixture Keras layer from ``k * (1 + d)`` params.

    Turns its inputs into a mixture of ``k`` (``num_components``) one-hot
    categorical distributions over ``d`` (``event_size``) categories: ``k``
    mixture logits, then ``d`` logits per component. With one component,
    ``layer_one_hot_categorical()`` is more efficient. The previous layer
    needs ``params_size_categorical_mixture_of_one_hot_categorical(event_size,
    num_components)`` units.

    Parameters
    ----------
    {object}
    {event_size}
    {num_components}
    {ctt}
    {sample_dtype}
    {validate_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_categorical_mixture_of_one_hot_categorical(3, 2)
    8
    >>> layer = tp.layer_categorical_mixture_of_one_hot_categorical(
    ...     event_size=3, num_components=2)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(
        units = params_size_categorical_mixture_of_one_hot_categorical(3, 2)) %>%
      layer_categorical_mixture_of_one_hot_categorical(event_size = 3, num_components = 2)
    model(matrix(rnorm(6), 2, 3)) %>% tfd_sample() %>% as.array()
    """


@layer_function("MixtureNormal", {"num_components": as_count, "event_shape": as_shape, **_CTT})
def layer_mixture_normal(
    object=None,
    num_components=REQUIRED,
    event_shape=(),
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    validate_args=False,
    **kwargs,
):
    """A mixture distribution Keras layer, with independent normal components.

    Turns its inputs into a mixture of ``num_components`` independent normal
    distributions over an event of shape ``event_shape``: the mixture logits,
    then the means and scales of every component. Use it for outcomes whose
    distribution has several modes. The previous layer needs
    ``params_size_mixture_normal(num_components, event_shape)`` units.

    Parameters
    ----------
    {object}
    {num_components}
    {mixture_event_shape}
    {ctt}
    {validate_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_mixture_normal(3, 1)
    9
    >>> layer = tp.layer_mixture_normal(num_components=3, event_shape=1)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(units = params_size_mixture_normal(3, 1)) %>%
      layer_mixture_normal(num_components = 3, event_shape = 1)
    model(matrix(rnorm(6), 2, 3)) %>% tfd_mean() %>% as.array()
    """


@layer_function("MixtureLogistic", {"num_components": as_count, "event_shape": as_shape, **_CTT})
def layer_mixture_logistic(
    object=None,
    num_components=REQUIRED,
    event_shape=(),
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    validate_args=False,
    **kwargs,
):
    """A mixture distribution Keras layer, with independent logistic components.

    Turns its inputs into a mixture of ``num_components`` independent
    logistic distributions over an event of shape ``event_shape``: the
    mixture logits, then the locations and scales of every component. The
    previous layer needs ``params_size_mixture_logistic(num_components,
    event_shape)`` units.

    Parameters
    ----------
    {object}
    {num_components}
    {mixture_event_shape}
    {ctt}
    {validate_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_mixture_logistic(2, 1)
    6
    >>> layer = tp.layer_mixture_logistic(num_components=2, event_shape=1)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(units = params_size_mixture_logistic(2, 1)) %>%
      layer_mixture_logistic(num_components = 2, event_shape = 1)
    model(matrix(rnorm(6), 2, 3)) %>% tfd_mean() %>% as.array()
    """


@layer_function("MixtureSameFamily",
                {"num_components": as_count, "component_layer": as_callable, **_CTT})
def layer_mixture_same_family(
    object=None,
    num_components=REQUIRED,
    component_layer=REQUIRED,
    convert_to_tensor_fn=SAMPLE_TENSOR_FN,
    validate_args=False,
    **kwargs,
):
    """A mixture (same-family) Keras layer.

    Turns its inputs into a mixture of ``num_components`` distributions of
    one family, made by ``component_layer``: the first ``num_components``
    inputs are the mixture logits, the rest are reshaped to ``(...,
    num_components, component_params_size)`` and handed to
    ``component_layer``. The previous layer needs
    ``params_size_mixture_same_family(num_components, component_params_size)``
    units.

    Parameters
    ----------
    {object}
    {num_components}
    component_layer : callable
        Function, typically a distribution layer such as
        ``layer_independent_normal(event_shape = 1)``, that takes a tensor of
        shape ``batch_shape + (num_components, component_params_size)`` and
        returns a distribution with batch shape ``batch_shape +
        (num_components,)``.
    {ctt}
    {validate_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> component = tp.layer_independent_normal(event_shape=1)
    >>> tp.params_size_mixture_same_family(
    ...     3, tp.params_size_independent_normal(1))
    9
    >>> layer = tp.layer_mixture_same_family(num_components=3,
    ...                                      component_layer=component)

    R Examples
    ----------
    component <- layer_independent_normal(event_shape = 1)
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(
        units = params_size_mixture_same_family(3, params_size_independent_normal(1))) %>%
      layer_mixture_same_family(num_components = 3, component_layer = component)
    model(matrix(rnorm(6), 2, 3)) %>% tfd_mean() %>% as.array()
    """


@layer_function("KLDivergenceAddLoss", _KL_CONVERTERS)
def layer_kl_divergence_add_loss(
    object=None,
    distribution_b=REQUIRED,
    use_exact_kl=False,
    test_points_reduce_axis=None,
    test_points_fn=CONVERT_TO_TENSOR_FN,
    weight=None,
    **kwargs,
):
    """Pass-through layer that adds a KL divergence penalty to the model loss.

    The layer outputs its input, a distribution ``a`` made by the previous
    distribution layer, unchanged, and adds ``KL(a || distribution_b)`` to
    the model's losses, which Keras' ``compile()`` adds to the training loss.
    This is how a variational autoencoder pulls its encoder's distribution
    towards a prior.

    Parameters
    ----------
    {object}
    {kl_args}
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> prior = tp.tfd_independent(tp.tfd_normal(loc=[0, 0], scale=1),
    ...                            reinterpreted_batch_ndims=1)
    >>> layer = tp.layer_kl_divergence_add_loss(distribution_b=prior, weight=0.01)

    R Examples
    ----------
    prior <- tfd_independent(tfd_normal(loc = c(0, 0), scale = 1),
                             reinterpreted_batch_ndims = 1)
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(units = params_size_multivariate_normal_tri_l(2)) %>%
      layer_multivariate_normal_tri_l(event_size = 2) %>%
      layer_kl_divergence_add_loss(distribution_b = prior, weight = 0.01)
    length(model$layers)
    """


@regularizer_function("KLDivergenceRegularizer", _KL_CONVERTERS,
                      layer_instead="layer_kl_divergence_add_loss")
def layer_kl_divergence_regularizer(
    object=None,
    distribution_b=REQUIRED,
    use_exact_kl=False,
    test_points_reduce_axis=None,
    test_points_fn=CONVERT_TO_TENSOR_FN,
    weight=None,
    **kwargs,
):
    """Regularizer that adds a KL divergence penalty to the model loss.

    Makes an activity regularizer computing ``KL(a || distribution_b)`` for a
    distribution layer's output ``a``; pass it as that layer's
    ``activity_regularizer``. It is not a layer, so ``object`` must be
    ``NULL``/``None``; to add the penalty with a layer of its own, use
    ``layer_kl_divergence_add_loss()``. With Monte Carlo approximation
    (``use_exact_kl = FALSE``), the test points are the distribution's tensor
    value, a random sample with the default ``convert_to_tensor_fn``; set
    ``test_points_fn`` to change that.

    Parameters
    ----------
    object : None
        Must be ``None`` (R: ``NULL`` or missing): a regularizer cannot be
        added to a model or applied to a tensor.
    {kl_args}
    **kwargs : optional
        Further keyword arguments passed to TFP's ``KLDivergenceRegularizer``
        (it takes none beyond those above).

    Returns
    -------
    tfp.layers.KLDivergenceRegularizer
        The regularizer.

    Examples
    --------
    >>> import tfprobr as tp
    >>> prior = tp.tfd_independent(tp.tfd_normal(loc=[0, 0], scale=1),
    ...                            reinterpreted_batch_ndims=1)
    >>> layer = tp.layer_multivariate_normal_tri_l(
    ...     event_size=2,
    ...     activity_regularizer=tp.layer_kl_divergence_regularizer(
    ...         distribution_b=prior))

    R Examples
    ----------
    prior <- tfd_independent(tfd_normal(loc = c(0, 0), scale = 1),
                             reinterpreted_batch_ndims = 1)
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(units = params_size_multivariate_normal_tri_l(2)) %>%
      layer_multivariate_normal_tri_l(
        event_size = 2,
        activity_regularizer = layer_kl_divergence_regularizer(distribution_b = prior))
    length(model$layers)
    """


@layer_function("VariationalGaussianProcess", {
    "num_inducing_points": as_count,
    "kernel_provider": as_kernel_provider,
    "event_shape": as_shape,
    "mean_fn": as_nullable_callable,
    "jitter": as_nullable_float,
})
def layer_variational_gaussian_process(
    object=None,
    num_inducing_points=REQUIRED,
    kernel_provider=REQUIRED,
    event_shape=1,
    inducing_index_points_initializer=None,
    unconstrained_observation_noise_variance_initializer=None,
    mean_fn=None,
    jitter=1e-06,
    name=None,
):
    """A Variational Gaussian Process Layer.

    A layer whose output is a variational Gaussian process
    (``tfd_variational_gaussian_process()``) read at its inputs: the inputs are
    the index points, and ``num_inducing_points`` trainable inducing points with
    a trainable variational distribution summarize the process. Train it with
    the distribution's variational loss, e.g. ``loss = function(y, d)
    d$variational_loss(y, kl_weight = batch_size / n)``.

    The kernel comes from ``kernel_provider``, a Keras layer whose ``kernel``
    property returns a kernel of ``tfp.math.psd_kernels`` (R:
    ``tfp$math$psd_kernels``) built from the layer's trainable weights, so that
    the kernel's hyperparameters are trained with the model.

    Parameters
    ----------
    {object}
    num_inducing_points : int
        Number of inducing points, a positive whole number.
    kernel_provider : tf_keras.layers.Layer
        A layer with a ``kernel`` property returning a
        ``tfp.math.psd_kernels`` kernel.
    event_shape : int or sequence of int
        Shape of the output: ``3`` models a batch of three processes (a
        three-dimensional vector-valued function).
    inducing_index_points_initializer : initializer or None
        Initializer of the inducing points; scatter them near the data, not too
        close to each other. ``NULL`` lets TFP choose.
    unconstrained_observation_noise_variance_initializer : initializer or None
        Initializer of the unconstrained observation noise variance (the
        variance is its softplus); ``NULL`` means ``initializer_constant(-10)``,
        as in R tfprobability.
    mean_fn : callable or None
        Function of the inputs returning the prior mean; ``NULL`` for a
        trainable constant.
    jitter : float
        Small number added to the diagonals of the kernel matrices for
        numerical stability.
    name : str or None
        Name of the layer.

    Returns
    -------
    {distribution_layer_returns}

    R Examples
    ----------
    # kernel_provider: a Keras layer with a `kernel` property, e.g. written in Python:
    kernels <- reticulate::py_run_string("
    import tf_keras, tensorflow as tf, tensorflow_probability as tfp
    class RBFKernelFn(tf_keras.layers.Layer):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self._amplitude = self.add_weight(name='amplitude', initializer='zeros')
            self._length_scale = self.add_weight(name='length_scale', initializer='zeros')
        def call(self, x):
            return x
        @property
        def kernel(self):
            return tfp.math.psd_kernels.ExponentiatedQuadratic(
                amplitude=tf.nn.softplus(self._amplitude),
                length_scale=tf.nn.softplus(self._length_scale))
    ")
    model <- keras_model_sequential(input_shape = 1) %>%
      layer_variational_gaussian_process(num_inducing_points = 8,
                                         kernel_provider = kernels$RBFKernelFn())
    model(matrix(c(-1, 0, 1), ncol = 1)) %>% tfd_mean()
    """


@params_size_function("IndependentNormal", {"event_size": as_shape})
def params_size_independent_normal(event_size):
    """Number of parameters needed to create an independent Normal distribution.

    ``2 * prod(event_size)``: a mean and a scale per element of the event.

    Parameters
    ----------
    {event_size_shape}

    Returns
    -------
    {params_size_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_independent_normal(3)
    6

    R Examples
    ----------
    params_size_independent_normal(3)
    """


@params_size_function("IndependentLogistic", {"event_size": as_shape})
def params_size_independent_logistic(event_size):
    """Number of parameters needed to create an independent Logistic distribution.

    ``2 * prod(event_size)``: a location and a scale per element of the event.

    Parameters
    ----------
    {event_size_shape}

    Returns
    -------
    {params_size_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_independent_logistic(3)
    6

    R Examples
    ----------
    params_size_independent_logistic(3)
    """


@params_size_function("IndependentPoisson", {"event_size": as_shape})
def params_size_independent_poisson(event_size):
    """Number of parameters needed to create an independent Poisson distribution.

    ``prod(event_size)``: a log rate per element of the event.

    Parameters
    ----------
    {event_size_shape}

    Returns
    -------
    {params_size_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_independent_poisson(3)
    3

    R Examples
    ----------
    params_size_independent_poisson(3)
    """


@params_size_function("IndependentBernoulli", {"event_size": as_shape})
def params_size_independent_bernoulli(event_size):
    """Number of parameters needed to create an independent Bernoulli distribution.

    ``prod(event_size)``: a logit per element of the event.

    Parameters
    ----------
    {event_size_shape}

    Returns
    -------
    {params_size_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_independent_bernoulli((2, 3))
    6

    R Examples
    ----------
    params_size_independent_bernoulli(c(2, 3))
    """


@params_size_function("MultivariateNormalTriL", {"event_size": as_count})
def params_size_multivariate_normal_tri_l(event_size):
    """Number of parameters needed to create a MultivariateNormalTriL distribution.

    ``d + d * (d + 1) / 2`` for ``d = event_size``: the means and the lower
    triangle of the covariance's Cholesky factor.

    Parameters
    ----------
    {event_size}

    Returns
    -------
    {params_size_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_multivariate_normal_tri_l(3)
    9

    R Examples
    ----------
    params_size_multivariate_normal_tri_l(3)
    """


@params_size_function("OneHotCategorical", {"event_size": as_count})
def params_size_one_hot_categorical(event_size):
    """Number of parameters needed to create a OneHotCategorical distribution.

    ``event_size``: a logit per category.

    Parameters
    ----------
    {event_size}

    Returns
    -------
    {params_size_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_one_hot_categorical(4)
    4

    R Examples
    ----------
    params_size_one_hot_categorical(4)
    """


@params_size_function("CategoricalMixtureOfOneHotCategorical",
                      {"event_size": as_count, "num_components": as_count})
def params_size_categorical_mixture_of_one_hot_categorical(event_size, num_components):
    """Number of parameters needed to create a CategoricalMixtureOfOneHotCategorical distribution.

    ``k * (1 + d)`` for ``k = num_components`` and ``d = event_size``: a
    mixture logit and ``d`` category logits per component.

    Parameters
    ----------
    {event_size}
    {num_components}

    Returns
    -------
    {params_size_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_categorical_mixture_of_one_hot_categorical(3, 2)
    8

    R Examples
    ----------
    params_size_categorical_mixture_of_one_hot_categorical(3, 2)
    """


@params_size_function("MixtureNormal", {"num_components": as_count, "event_shape": as_shape})
def params_size_mixture_normal(num_components, event_shape=()):
    """Number of parameters needed to create a MixtureNormal distribution.

    ``k * (1 + 2 * prod(event_shape))`` for ``k = num_components``: a
    mixture logit and a mean and a scale per element of the event, per
    component.

    Parameters
    ----------
    {num_components}
    {mixture_event_shape}

    Returns
    -------
    {params_size_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_mixture_normal(3, 2)
    15

    R Examples
    ----------
    params_size_mixture_normal(3, 2)
    """


@params_size_function("MixtureLogistic", {"num_components": as_count, "event_shape": as_shape})
def params_size_mixture_logistic(num_components, event_shape=()):
    """Number of parameters needed to create a MixtureLogistic distribution.

    ``k * (1 + 2 * prod(event_shape))`` for ``k = num_components``: a
    mixture logit and a location and a scale per element of the event, per
    component.

    Parameters
    ----------
    {num_components}
    {mixture_event_shape}

    Returns
    -------
    {params_size_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_mixture_logistic(3, 2)
    15

    R Examples
    ----------
    params_size_mixture_logistic(3, 2)
    """


@params_size_function("MixtureSameFamily",
                      {"num_components": as_count, "component_params_size": as_count})
def params_size_mixture_same_family(num_components, component_params_size):
    """Number of parameters needed to create a MixtureSameFamily distribution.

    ``k * (1 + c)`` for ``k = num_components`` and ``c =
    component_params_size``: a mixture logit and the component's parameters,
    per component.

    Parameters
    ----------
    {num_components}
    component_params_size : int
        Number of parameters of one component distribution, e.g.
        ``params_size_independent_normal(1)``.

    Returns
    -------
    {params_size_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.params_size_mixture_same_family(3, 2)
    9

    R Examples
    ----------
    params_size_mixture_same_family(3, 2)
    """
