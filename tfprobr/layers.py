"""The "Other layers" family: R ``tfprobability``'s Bayesian layer functions.

Each function is a declaration (see :mod:`tfprobr._internal.declare`): the R
function's formals, in R order and with R-equivalent defaults, its docstring,
and in its decorator the only facts that differ between layers, the class it
builds and how its arguments convert. The argument texts the layers share
(``{units}``, ``{bayesian_args}``...) are below, beside them; those other
families use too (``{object}``, ``{kwargs}``) are in :mod:`tfprobr._internal.docs`.
"""

from __future__ import annotations

from functools import partial

from tfprobr._internal.convert import (
    BAYESIAN_CONVERTERS,
    as_callable,
    as_choice,
    as_count,
    as_dtype,
    as_integer_or_tuple,
    as_nullable_activation,
    as_nullable_count_list,
    as_nullable_float,
    as_nullable_integer,
    as_nullable_shape,
    as_shape,
    as_string_or_count_list,
)
from tfprobr._internal.declare import layer_function
from tfprobr._internal.defaults import (
    BIAS_POSTERIOR_FN,
    DIVERGENCE_FN,
    KERNEL_POSTERIOR_FN,
    POSTERIOR_TENSOR_FN,
    PRIOR_FN,
)
from tfprobr._internal.docs import family_texts, fill_text
from tfprobr._internal.r_defaults import REQUIRED

__all__ = [
    "layer_autoregressive",
    "layer_autoregressive_transform",
    "layer_conv_1d_flipout",
    "layer_conv_1d_reparameterization",
    "layer_conv_2d_flipout",
    "layer_conv_2d_reparameterization",
    "layer_conv_3d_flipout",
    "layer_conv_3d_reparameterization",
    "layer_dense_flipout",
    "layer_dense_local_reparameterization",
    "layer_dense_reparameterization",
    "layer_dense_variational",
    "layer_variable",
]

__family__ = "layers"

# The texts the Bayesian layers' docstrings share:
# a docstring line ``    {name}`` is filled with the text at import (see tfprobr._internal.docs).
family_texts(__name__, {
    "units": """\
    units : int
        Dimensionality of the output space, a positive whole number (an R
        double such as ``10`` is accepted).""",
    "bayesian_args": """\
    activation : str, callable or None
        Activation function applied to the output, e.g. ``"relu"``. ``None``
        keeps the output linear.
    activity_regularizer : str, callable or None
        Regularizer function applied to the output.
    trainable : bool
        Whether the layer's variables are updated during training.
    kernel_posterior_fn : callable
        Function ``(dtype, shape, name, trainable, add_variable_fn)`` that makes
        the surrogate posterior distribution of the kernel, ``q(W)``, creating
        its variables with ``add_variable_fn``. The default, a fresh
        ``default_mean_field_normal_fn()`` per layer, is a normal distribution
        with a trainable location and scale for every weight.
    kernel_posterior_tensor_fn : callable
        Function that takes the kernel posterior and returns the tensor used as
        the kernel in the forward pass. The default draws one sample with
        ``tfd_sample()``.
    kernel_prior_fn : callable or None
        Function ``(dtype, shape, name, trainable, add_variable_fn)`` that makes
        the prior distribution of the kernel, ``p(W)``. The default,
        ``default_multivariate_normal_fn``, is a standard normal, ``N(0, 1)``,
        for every weight. ``None`` means no prior, and then no KL term is added.
    kernel_divergence_fn : callable or None
        Function of the kernel's surrogate posterior, its prior and the
        posterior sample (in that order) that computes or approximates the KL
        divergence added to the layer's losses. The default,
        ``tfd_kl_divergence(q, p)``, ignores the sample; use
        ``kl_divergence_fn(1 / n)`` to scale it by the number of training
        examples ``n``.
    bias_posterior_fn : callable or None
        Function that makes the surrogate posterior of the bias, as
        ``kernel_posterior_fn`` does for the kernel. The default,
        ``default_mean_field_normal_fn(is_singular = TRUE)``, is a point estimate
        (a trainable bias without uncertainty). ``None`` means no bias.
    bias_posterior_tensor_fn : callable
        Function that takes the bias posterior and returns the tensor used as
        the bias. The default draws one sample with ``tfd_sample()``.
    bias_prior_fn : callable or None
        Function that makes the prior distribution of the bias. The default,
        ``None``, gives the bias no prior, and so no KL term.
    bias_divergence_fn : callable or None
        Function of the bias' surrogate posterior, its prior and the posterior
        sample that computes the bias' KL divergence; by default
        ``tfd_kl_divergence(q, p)``.""",
    "losses_note": """\
    Once built, the layer adds the divergence of each posterior from its prior
    to its ``losses`` (one KL term for the kernel with the default
    ``bias_prior_fn = None``). Keras' ``compile()`` adds ``model.losses`` to the
    training loss of every batch, so scale the divergence with
    ``kl_divergence_fn(1 / n)``, ``n`` being the number of training examples,
    to count it once per epoch; do not add ``model.losses`` to the loss again.
    After the layer is built, the distributions are available as its
    ``kernel_posterior``, ``kernel_prior``, ``bias_posterior`` and
    ``bias_prior`` attributes.""",
    "keras3_note": """\
    Keras 3: given a Keras 3 model or input (``keras$Sequential()``,
    ``keras$Input()``), or none after ``use_keras3()``, the function builds a
    native Keras 3 layer instead (``keras.ops``, any Keras 3 backend) with the
    same arguments, variables and KL terms; there the default functions run
    natively, and other posterior, prior, divergence and tensor functions go
    through TensorFlow Probability, on Keras 3's TensorFlow backend only.""",
    "layer_returns": """\
    object
        The layer when ``object`` is ``None``, the model with the layer added
        when ``object`` is a ``Sequential`` model, otherwise the output tensor of
        the layer applied to ``object``.""",
    "reparameterization_note": """\
    The layer uses the reparameterization estimator (Kingma and Welling, 2014):
    every call draws one kernel from its posterior with
    ``kernel_posterior_tensor_fn`` and uses that kernel for every example of
    the batch. It is the cheapest estimator, but because the examples of a
    minibatch share one weight perturbation, the variance of its gradient
    estimates does not fall with the batch size the way independent draws
    would; flipout and local reparameterization have lower variance.""",
    "flipout_note": """\
    The layer uses the Flipout estimator (Wen et al., 2018), which gives each
    example of a batch its own, pseudo-independent, weight perturbation at the
    cost of about two forward passes. It samples one perturbation ``delta`` of
    the kernel around the posterior mean ``mu`` and decorrelates it across
    examples with random signs ``s`` and ``r`` (independent +1/-1 per example):

    .. code-block:: none

        outputs = activation(inputs %*% mu + ((inputs * s) %*% delta) * r + bias)

    (In the convolution layers, ``%*%`` stands for the convolution.) This
    lowers the variance of the gradient estimates compared with one kernel
    sample shared by the batch (the reparameterization estimator). It needs a
    kernel posterior that is an independent normal distribution, like the
    default ``default_mean_field_normal_fn()``.""",
    "kingma_2014": """\
    Diederik P. Kingma and Max Welling. Auto-encoding variational Bayes. In
    *International Conference on Learning Representations*, 2014.
    https://arxiv.org/abs/1312.6114""",
    "kingma_2015": """\
    Diederik P. Kingma, Tim Salimans and Max Welling. Variational dropout and
    the local reparameterization trick. In *Neural Information Processing
    Systems*, 2015. https://arxiv.org/abs/1506.02557""",
    "wen_2018": """\
    Yeming Wen, Paul Vicol, Jimmy Ba, Dustin Tran and Roger Grosse. Flipout:
    Efficient pseudo-independent weight perturbations on mini-batches. In
    *International Conference on Learning Representations*, 2018.
    https://arxiv.org/abs/1803.04386""",
})


def conv_converters(rank):
    """Converters of the convolution block C for a ``rank``-dimensional convolution."""
    sizes = partial(as_integer_or_tuple, length=rank)
    return {"filters": as_count, "kernel_size": sizes, "strides": sizes, "dilation_rate": sizes,
            "padding": partial(as_choice, choices=("valid", "same")),
            "data_format": partial(as_choice, choices=("channels_last", "channels_first"))}


# TFP's flipout convolutions take a `seed` through `...`; R sends it as a double.
FLIPOUT_CONVERTERS = {"seed": as_nullable_integer}


@layer_function("DenseLocalReparameterization", {"units": as_count, **BAYESIAN_CONVERTERS})
def layer_dense_local_reparameterization(
    object=None,
    units=REQUIRED,
    activation=None,
    activity_regularizer=None,
    trainable=True,
    kernel_posterior_fn=KERNEL_POSTERIOR_FN,
    kernel_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    kernel_prior_fn=PRIOR_FN,
    kernel_divergence_fn=DIVERGENCE_FN,
    bias_posterior_fn=BIAS_POSTERIOR_FN,
    bias_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    bias_prior_fn=None,
    bias_divergence_fn=DIVERGENCE_FN,
    **kwargs,
):
    """Densely-connected layer class with local reparameterization estimator.

    The Bayesian analogue of a dense layer: its kernel and bias are random
    variables with a learned (surrogate) posterior distribution instead of
    fixed weights, so every forward pass is a draw from the predictive
    distribution:

    .. code-block:: none

        kernel, bias ~ posterior
        outputs = activation(matmul(inputs, kernel) + bias)

    Rather than sampling the kernel, the layer uses the local
    reparameterization estimator (Kingma et al., 2015): with a normal
    posterior, the pre-activations ``inputs %*% kernel`` are themselves normal,
    with mean ``inputs %*% mu`` and variance ``inputs^2 %*% sigma^2``, and are
    sampled directly, one independent draw per example. This gives gradients of
    lower variance than sampling one kernel for the whole batch. The default
    posterior factorizes over the weights with a trainable location and scale
    (the additive noise parameterization of Molchanov et al., 2017).

    Unlike TFP's class, the layer stays finite when an input row is all zeros
    (as after a ReLU), where the square root of a zero variance would give an
    infinite gradient.

    {losses_note}

    {keras3_note}

    Parameters
    ----------
    {object}
    {units}
    {bayesian_args}
    {kwargs}

    Returns
    -------
    {layer_returns}

    References
    ----------
    {kingma_2015}

    Dmitry Molchanov, Arsenii Ashukha and Dmitry Vetrov. Variational dropout
    sparsifies deep neural networks. In *International Conference on Machine
    Learning*, 2017. https://arxiv.org/abs/1701.05369

    Examples
    --------
    >>> import tfprobr as tp
    >>> n = 100
    >>> model = tp.keras_model_sequential(input_shape=1)
    >>> model = tp.layer_dense_local_reparameterization(
    ...     model, units=16, activation="relu",
    ...     kernel_divergence_fn=tp.kl_divergence_fn(1 / n))
    >>> model = tp.layer_dense_local_reparameterization(
    ...     model, units=1, kernel_divergence_fn=tp.kl_divergence_fn(1 / n))
    >>> len(model.layers)
    2

    R Examples
    ----------
    n <- 100
    model <- keras_model_sequential(input_shape = 1) %>%
      layer_dense_local_reparameterization(units = 16, activation = "relu",
                                           kernel_divergence_fn = kl_divergence_fn(1 / n)) %>%
      layer_dense_local_reparameterization(units = 1,
                                           kernel_divergence_fn = kl_divergence_fn(1 / n))
    as.array(model(matrix(c(-1, 0, 1), ncol = 1)))  # each call draws new weights
    """


@layer_function("DenseReparameterization", {"units": as_count, **BAYESIAN_CONVERTERS})
def layer_dense_reparameterization(
    object=None,
    units=REQUIRED,
    activation=None,
    activity_regularizer=None,
    trainable=True,
    kernel_posterior_fn=KERNEL_POSTERIOR_FN,
    kernel_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    kernel_prior_fn=PRIOR_FN,
    kernel_divergence_fn=DIVERGENCE_FN,
    bias_posterior_fn=BIAS_POSTERIOR_FN,
    bias_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    bias_prior_fn=None,
    bias_divergence_fn=DIVERGENCE_FN,
    **kwargs,
):
    """Densely-connected layer class with reparameterization estimator.

    The Bayesian analogue of a dense layer: its kernel and bias are random
    variables with a learned (surrogate) posterior distribution instead of
    fixed weights, so every forward pass is a draw from the predictive
    distribution:

    .. code-block:: none

        kernel, bias ~ posterior
        outputs = activation(matmul(inputs, kernel) + bias)

    {reparameterization_note}

    Because every call draws a single kernel for its whole batch, Monte Carlo
    predictions need one call per draw: repeating the rows of one batch does
    not give independent draws.

    {losses_note}

    {keras3_note}

    Parameters
    ----------
    {object}
    {units}
    {bayesian_args}
    {kwargs}

    Returns
    -------
    {layer_returns}

    References
    ----------
    {kingma_2014}

    Charles Blundell, Julien Cornebise, Koray Kavukcuoglu and Daan Wierstra.
    Weight uncertainty in neural networks. In *International Conference on
    Machine Learning*, 2015. https://arxiv.org/abs/1505.05424

    Examples
    --------
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=3)
    >>> model = tp.layer_dense_reparameterization(model, units=8, activation="relu")
    >>> model = tp.layer_dense_reparameterization(model, units=1)
    >>> model.output_shape
    (None, 1)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_reparameterization(units = 8, activation = "relu") %>%
      layer_dense_reparameterization(units = 1)
    as.array(model(matrix(rnorm(6), 2, 3)))
    """


@layer_function("DenseFlipout", {"units": as_count, **BAYESIAN_CONVERTERS, **FLIPOUT_CONVERTERS})
def layer_dense_flipout(
    object=None,
    units=REQUIRED,
    activation=None,
    activity_regularizer=None,
    trainable=True,
    kernel_posterior_fn=KERNEL_POSTERIOR_FN,
    kernel_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    kernel_prior_fn=PRIOR_FN,
    kernel_divergence_fn=DIVERGENCE_FN,
    bias_posterior_fn=BIAS_POSTERIOR_FN,
    bias_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    bias_prior_fn=None,
    bias_divergence_fn=DIVERGENCE_FN,
    seed=None,
    **kwargs,
):
    """Densely-connected layer class with Flipout estimator.

    The Bayesian analogue of a dense layer: its kernel and bias are random
    variables with a learned (surrogate) posterior distribution instead of
    fixed weights, so every forward pass is a draw from the predictive
    distribution:

    .. code-block:: none

        kernel, bias ~ posterior
        outputs = activation(matmul(inputs, kernel) + bias)

    {flipout_note}

    {losses_note}

    {keras3_note}

    Parameters
    ----------
    {object}
    {units}
    {bayesian_args}
    seed : int or None
        Seed of the random signs. ``None`` (the default) draws new signs on
        every call from tfprobr's random stream (reproducible after
        ``set_random_seed()``); a number makes the sequence of signs
        reproducible for this layer. Unlike R ``tfprobability``, ``NULL`` is
        not turned into a fixed seed.
    {kwargs}

    Returns
    -------
    {layer_returns}

    References
    ----------
    {wen_2018}

    Examples
    --------
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=3)
    >>> model = tp.layer_dense_flipout(model, units=8, activation="relu")
    >>> model = tp.layer_dense_flipout(model, units=1)
    >>> model.output_shape
    (None, 1)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_flipout(units = 8, activation = "relu") %>%
      layer_dense_flipout(units = 1)
    as.array(model(matrix(rnorm(6), 2, 3)))
    """


# The convolution layers' docstring, one template for the six of them: what differs is
# the estimator (its title and the names of its note and reference texts) and the shapes
# per rank.
_CONV_ESTIMATORS = {
    "reparameterization": ("reparameterization estimator", "reparameterization_note",
                           "kingma_2014"),
    "flipout": ("Flipout estimator", "flipout_note", "wen_2018"),
}
_CONV_SHAPES = {
    1: ("(batch, steps, channels)", "(batch, channels, steps)", "3", "16, 1"),
    2: ("(batch, rows, cols, channels)", "(batch, channels, rows, cols)", "3, 3", "8, 8, 1"),
    3: ("(batch, depth, rows, cols, channels)", "(batch, channels, depth, rows, cols)",
        "2, 2, 2", "4, 4, 4, 1"),
}

_CONV_DOC = """{rank}D convolution layer with the {estimator_title}.

    The Bayesian analogue of a {rank}D convolution (``layer_conv_{rank}d()`` in
    R keras): its kernel and bias are random variables with a learned
    (surrogate) posterior distribution instead of fixed weights, and every
    forward pass uses a draw from the posterior:

    .. code-block:: none

        kernel, bias ~ posterior
        outputs = activation(conv{rank}d(inputs, kernel) + bias)

    Inputs have shape ``{channels_last}`` (or ``{channels_first}`` with
    ``data_format = "channels_first"``).

    {estimator_note}

    {losses_note}

    {keras3_note}

    Parameters
    ----------
    {object}
    filters : int
        Number of filters, the dimensionality of the output space: a positive
        whole number (an R double such as ``16`` is accepted).
    kernel_size : int or vector of {rank} ints
        Size of the convolution window: one number for every dimension, or
        one number per dimension (``c({example_sizes})`` in R).
    strides : int or vector of {rank} ints
        Step of the convolution window, as one number or one per dimension.
        Strides other than 1 cannot be combined with a ``dilation_rate`` other
        than 1.
    padding : str
        ``"valid"`` (no padding: the output shrinks) or ``"same"`` (zero
        padding so that, with stride 1, the output has the input's size).
    data_format : str
        ``"channels_last"``, inputs of shape ``{channels_last}``, or
        ``"channels_first"``, inputs of shape ``{channels_first}``.
    dilation_rate : int or vector of {rank} ints
        Dilation of the convolution window (an "atrous" convolution), as one
        number or one per dimension.
    {bayesian_args}
    {kwargs}

    Returns
    -------
    {layer_returns}

    References
    ----------
    {reference}

    Examples
    --------
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=[{example_input}])
    >>> model = tp.{function}(model, filters=4, kernel_size=[{example_sizes}],
    ...     activation="relu")
    >>> model.output_shape[-1]
    4

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = c({example_input})) %>%
      {function}(filters = 4, kernel_size = c({example_sizes}), activation = "relu")
    model$output_shape
    """


def _conv_layer_doc(rank: int, estimator: str) -> str:
    """The docstring of the ``rank``-D convolution layer with ``estimator`` (texts yet to fill)."""
    title, note, reference = _CONV_ESTIMATORS[estimator]
    channels_last, channels_first, sizes, example_input = _CONV_SHAPES[rank]
    return fill_text(
        _CONV_DOC, rank=str(rank), estimator_title=title, estimator_note="{" + note + "}",
        reference="{" + reference + "}", channels_last=channels_last,
        channels_first=channels_first, example_sizes=sizes, example_input=example_input,
    )


@layer_function(
    "Conv1DReparameterization",
    {**conv_converters(1), **BAYESIAN_CONVERTERS},
    doc=_conv_layer_doc(rank=1, estimator="reparameterization"),
)
def layer_conv_1d_reparameterization(
    object=None,
    filters=REQUIRED,
    kernel_size=REQUIRED,
    strides=1,
    padding="valid",
    data_format="channels_last",
    dilation_rate=1,
    activation=None,
    activity_regularizer=None,
    trainable=True,
    kernel_posterior_fn=KERNEL_POSTERIOR_FN,
    kernel_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    kernel_prior_fn=PRIOR_FN,
    kernel_divergence_fn=DIVERGENCE_FN,
    bias_posterior_fn=BIAS_POSTERIOR_FN,
    bias_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    bias_prior_fn=None,
    bias_divergence_fn=DIVERGENCE_FN,
    **kwargs,
):
    ...


@layer_function(
    "Conv2DReparameterization",
    {**conv_converters(2), **BAYESIAN_CONVERTERS},
    doc=_conv_layer_doc(rank=2, estimator="reparameterization"),
)
def layer_conv_2d_reparameterization(
    object=None,
    filters=REQUIRED,
    kernel_size=REQUIRED,
    strides=1,
    padding="valid",
    data_format="channels_last",
    dilation_rate=1,
    activation=None,
    activity_regularizer=None,
    trainable=True,
    kernel_posterior_fn=KERNEL_POSTERIOR_FN,
    kernel_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    kernel_prior_fn=PRIOR_FN,
    kernel_divergence_fn=DIVERGENCE_FN,
    bias_posterior_fn=BIAS_POSTERIOR_FN,
    bias_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    bias_prior_fn=None,
    bias_divergence_fn=DIVERGENCE_FN,
    **kwargs,
):
    ...


@layer_function(
    "Conv3DReparameterization",
    {**conv_converters(3), **BAYESIAN_CONVERTERS},
    doc=_conv_layer_doc(rank=3, estimator="reparameterization"),
)
def layer_conv_3d_reparameterization(
    object=None,
    filters=REQUIRED,
    kernel_size=REQUIRED,
    strides=1,
    padding="valid",
    data_format="channels_last",
    dilation_rate=1,
    activation=None,
    activity_regularizer=None,
    trainable=True,
    kernel_posterior_fn=KERNEL_POSTERIOR_FN,
    kernel_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    kernel_prior_fn=PRIOR_FN,
    kernel_divergence_fn=DIVERGENCE_FN,
    bias_posterior_fn=BIAS_POSTERIOR_FN,
    bias_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    bias_prior_fn=None,
    bias_divergence_fn=DIVERGENCE_FN,
    **kwargs,
):
    ...


@layer_function(
    "Conv1DFlipout",
    {**conv_converters(1), **BAYESIAN_CONVERTERS, **FLIPOUT_CONVERTERS},
    doc=_conv_layer_doc(rank=1, estimator="flipout"),
)
def layer_conv_1d_flipout(
    object=None,
    filters=REQUIRED,
    kernel_size=REQUIRED,
    strides=1,
    padding="valid",
    data_format="channels_last",
    dilation_rate=1,
    activation=None,
    activity_regularizer=None,
    trainable=True,
    kernel_posterior_fn=KERNEL_POSTERIOR_FN,
    kernel_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    kernel_prior_fn=PRIOR_FN,
    kernel_divergence_fn=DIVERGENCE_FN,
    bias_posterior_fn=BIAS_POSTERIOR_FN,
    bias_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    bias_prior_fn=None,
    bias_divergence_fn=DIVERGENCE_FN,
    **kwargs,
):
    ...


@layer_function(
    "Conv2DFlipout",
    {**conv_converters(2), **BAYESIAN_CONVERTERS, **FLIPOUT_CONVERTERS},
    doc=_conv_layer_doc(rank=2, estimator="flipout"),
)
def layer_conv_2d_flipout(
    object=None,
    filters=REQUIRED,
    kernel_size=REQUIRED,
    strides=1,
    padding="valid",
    data_format="channels_last",
    dilation_rate=1,
    activation=None,
    activity_regularizer=None,
    trainable=True,
    kernel_posterior_fn=KERNEL_POSTERIOR_FN,
    kernel_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    kernel_prior_fn=PRIOR_FN,
    kernel_divergence_fn=DIVERGENCE_FN,
    bias_posterior_fn=BIAS_POSTERIOR_FN,
    bias_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    bias_prior_fn=None,
    bias_divergence_fn=DIVERGENCE_FN,
    **kwargs,
):
    ...


@layer_function(
    "Conv3DFlipout",
    {**conv_converters(3), **BAYESIAN_CONVERTERS, **FLIPOUT_CONVERTERS},
    doc=_conv_layer_doc(rank=3, estimator="flipout"),
)
def layer_conv_3d_flipout(
    object=None,
    filters=REQUIRED,
    kernel_size=REQUIRED,
    strides=1,
    padding="valid",
    data_format="channels_last",
    dilation_rate=1,
    activation=None,
    activity_regularizer=None,
    trainable=True,
    kernel_posterior_fn=KERNEL_POSTERIOR_FN,
    kernel_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    kernel_prior_fn=PRIOR_FN,
    kernel_divergence_fn=DIVERGENCE_FN,
    bias_posterior_fn=BIAS_POSTERIOR_FN,
    bias_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
    bias_prior_fn=None,
    bias_divergence_fn=DIVERGENCE_FN,
    **kwargs,
):
    ...


@layer_function("DenseVariational", {
    "units": as_count,
    "make_posterior_fn": as_callable,
    "make_prior_fn": as_callable,
    "kl_weight": as_nullable_float,
})
def layer_dense_variational(
    object=None,
    units=REQUIRED,
    make_posterior_fn=REQUIRED,
    make_prior_fn=REQUIRED,
    kl_weight=None,
    kl_use_exact=False,
    activation=None,
    use_bias=True,
    **kwargs,
):
    """Dense variational layer with a posterior and a prior of your own making.

    A dense layer whose kernel and bias (flattened into one vector of
    ``input_dim * units + units`` weights) are random, with a surrogate
    posterior and a prior that you build as Keras models. Each call draws one
    weight vector from the posterior, computes
    ``activation(inputs %*% kernel + bias)``, and adds the divergence of the
    posterior from the prior to the layer's losses:

    .. code-block:: none

        weights ~ posterior
        outputs = activation(matmul(inputs, kernel) + bias)
        loss += kl_weight * KL(posterior || prior)

    Unlike the estimator layers (``layer_dense_flipout()`` and its siblings),
    posterior and prior are arbitrary: ``make_posterior_fn`` and
    ``make_prior_fn`` each return a Keras model that maps the layer's input to
    a distribution over the weights, typically ``layer_variable()`` (the
    distribution's parameters, independent of the input) followed by a
    distribution lambda layer. A prior built the same way is trainable (an
    empirical Bayes prior); one without variables is fixed.

    Parameters
    ----------
    {object}
    {units}
    make_posterior_fn : callable
        Function ``(kernel_size, bias_size, dtype)`` returning a Keras model
        (or layer) that maps the layer's input to the surrogate posterior, a
        distribution over ``kernel_size + bias_size`` weights.
    make_prior_fn : callable
        Function ``(kernel_size, bias_size, dtype)`` returning a Keras model
        (or layer) that maps the layer's input to the prior, a distribution
        over the same weights.
    kl_weight : float or None
        Factor applied to the divergence before it is added to the losses,
        typically ``1 / n`` for ``n`` training examples (``compile()`` adds the
        losses to the loss of every batch). ``None`` means 1.
    kl_use_exact : bool
        ``TRUE`` computes the divergence analytically, which needs a
        registered closed form for the two distributions; ``FALSE`` (the
        default) estimates it from the posterior's sample as
        ``log q(w) - log p(w)``.
    activation : str, callable or None
        Activation function applied to the output, e.g. ``"relu"``. ``None``
        keeps the output linear.
    use_bias : bool
        Whether the layer has a bias (then ``bias_size`` is ``units``,
        otherwise 0).
    {kwargs}

    Returns
    -------
    {layer_returns}

    References
    ----------
    Charles Blundell, Julien Cornebise, Koray Kavukcuoglu and Daan Wierstra.
    Weight uncertainty in neural networks. In *International Conference on
    Machine Learning*, 2015. https://arxiv.org/abs/1505.05424

    Examples
    --------
    >>> import numpy as np
    >>> import tensorflow as tf
    >>> import tensorflow_probability as tfp
    >>> import tfprobr as tp
    >>> tfd = tfp.distributions
    >>> def posterior(kernel_size, bias_size, dtype):
    ...     n = kernel_size + bias_size
    ...     return tp.keras_model_sequential([
    ...         tp.layer_variable(shape=2 * n, dtype=dtype),
    ...         tfp.layers.DistributionLambda(lambda t: tfd.Independent(
    ...             tfd.Normal(t[..., :n], 1e-5 + tf.nn.softplus(t[..., n:])), 1))])
    >>> def prior(kernel_size, bias_size, dtype):
    ...     n = kernel_size + bias_size
    ...     return tp.keras_model_sequential([
    ...         tp.layer_variable(shape=n, dtype=dtype),
    ...         tfp.layers.DistributionLambda(lambda t: tfd.Independent(
    ...             tfd.Normal(t, 1.0), 1))])
    >>> layer = tp.layer_dense_variational(units=2, make_posterior_fn=posterior,
    ...                                    make_prior_fn=prior, kl_weight=1 / 100)
    >>> layer(np.ones((4, 3), "float32")).shape
    TensorShape([4, 2])

    R Examples
    ----------
    # Posterior and prior: R functions of (kernel_size, bias_size, dtype) that
    # build a model from a variable to a distribution over all the weights.
    posterior <- function(kernel_size, bias_size, dtype) {
      keras_model_sequential(list(
        layer_variable(shape = kernel_size + bias_size, dtype = dtype),
        layer_distribution_lambda(make_distribution_fn = function(t)
          tfd_independent(tfd_normal(loc = t, scale = 0.1), reinterpreted_batch_ndims = 1))))
    }
    prior <- function(kernel_size, bias_size, dtype) {
      keras_model_sequential(list(
        layer_variable(shape = kernel_size + bias_size, dtype = dtype, trainable = FALSE),
        layer_distribution_lambda(make_distribution_fn = function(t)
          tfd_independent(tfd_normal(loc = t, scale = 1), reinterpreted_batch_ndims = 1))))
    }
    layer <- layer_dense_variational(units = 2, make_posterior_fn = posterior,
                                     make_prior_fn = prior, kl_weight = 1 / 100)
    dim(as.array(layer(matrix(1, 4, 3))))
    """


@layer_function("VariableLayer", {"shape": as_shape, "dtype": as_dtype})
def layer_variable(
    object=None,
    shape=REQUIRED,
    dtype=None,
    activation=None,
    initializer="zeros",
    regularizer=None,
    constraint=None,
    **kwargs,
):
    """Variable layer: a trainable tensor that ignores its input.

    The layer holds one variable of the given ``shape`` and returns it,
    passed through ``activation``, whatever its input (only the input's
    dtype is used). It is how a distribution's parameters become trainable
    inside a Keras model, for example in the posterior and prior makers of
    ``layer_dense_variational()``: a ``layer_variable()`` followed by a
    distribution lambda layer is a learnable distribution that does not depend
    on the input.

    Parameters
    ----------
    {object}
    shape : int or vector of ints
        Shape of the variable, which is the output of the layer: a number or
        a vector of whole numbers (``10`` gives ``(10,)``, ``c(2, 3)`` gives
        ``(2, 3)``).
    dtype : str or None
        Type of the variable, e.g. ``"float32"``. ``None`` uses Keras' default
        float type.
    activation : str, callable or None
        Function applied to the variable before it is returned. ``None``
        returns it as it is.
    initializer : str or initializer
        Initializer of the variable; ``"zeros"`` by default.
    regularizer : str, callable or None
        Regularizer function applied to the variable.
    constraint : str, callable or None
        Constraint function applied to the variable after each update.
    {kwargs}

    Returns
    -------
    {layer_returns}

    Examples
    --------
    >>> import numpy as np
    >>> import tfprobr as tp
    >>> layer = tp.layer_variable(shape=[2, 3], initializer="ones")
    >>> layer(np.zeros((5, 1), "float32")).shape
    TensorShape([2, 3])

    R Examples
    ----------
    layer <- layer_variable(shape = c(2, 3), initializer = "ones")
    as.array(layer(matrix(0, 5, 1)))
    """


@layer_function("AutoregressiveNetwork", {
    "params": as_count,
    "event_shape": as_nullable_shape,
    "hidden_units": as_nullable_count_list,
    "input_order": partial(as_string_or_count_list,
                           choices=("left-to-right", "right-to-left", "random")),
    "hidden_degrees": partial(as_choice, choices=("equal", "random")),
    "activation": as_nullable_activation,
})
def layer_autoregressive(
    object=None,
    params=REQUIRED,
    event_shape=None,
    hidden_units=None,
    input_order="left-to-right",
    hidden_degrees="equal",
    activation=None,
    use_bias=True,
    kernel_initializer="glorot_uniform",
    validate_args=False,
    **kwargs,
):
    """Masked autoencoder for distribution estimation (MADE): an autoregressive network.

    A dense network whose weights are masked so that it is autoregressive
    (Germain et al., 2015): it takes inputs of shape ``(..., event_size)`` and
    returns ``params`` outputs per input dimension, shape
    ``(..., event_size, params)``, where the outputs for dimension ``i`` depend
    only on the inputs that come before ``i`` in ``input_order``. It is the
    usual shift-and-log-scale network of a masked autoregressive flow
    (Papamakarios et al., 2017): with ``params = 2``, pass it as
    ``shift_and_log_scale_fn`` to ``tfp.bijectors.MaskedAutoregressiveFlow``.

    Parameters
    ----------
    {object}
    params : int
        Number of outputs per input dimension, a positive whole number (e.g.
        2, a shift and a log scale).
    event_shape : int, vector or None
        Shape of the input, which must have one dimension (e.g. ``3`` or
        ``c(3)``). ``None`` (the default) infers it when the layer is first
        called.
    hidden_units : int, vector of ints, or None
        Number of units of each hidden layer (``c(16, 16)`` for two layers).
        ``None`` (the default) means no hidden layer.
    input_order : str or vector of ints
        Order of the input dimensions: ``"left-to-right"`` (the default),
        ``"right-to-left"``, ``"random"``, or an explicit order, a permutation
        of ``1, ..., event_size``.
    hidden_degrees : str
        How the degrees are assigned to the hidden units: ``"equal"`` (the
        default, spread evenly) or ``"random"``.
    activation : str, callable or None
        Activation of the hidden layers, e.g. ``"relu"``. ``None`` keeps them
        linear.
    use_bias : bool
        Whether the dense layers of the network have biases.
    kernel_initializer : str or initializer
        Initializer of the dense layers' kernels; ``"glorot_uniform"`` by
        default.
    validate_args : bool
        Whether to check the arguments at run time, at some cost in speed.
    {kwargs}

    Returns
    -------
    {layer_returns}

    References
    ----------
    Mathieu Germain, Karol Gregor, Iain Murray and Hugo Larochelle. MADE:
    Masked autoencoder for distribution estimation. In *International
    Conference on Machine Learning*, 2015. https://arxiv.org/abs/1502.03509

    George Papamakarios, Theo Pavlakou and Iain Murray. Masked autoregressive
    flow for density estimation. In *Neural Information Processing Systems*,
    2017. https://arxiv.org/abs/1705.07057

    Examples
    --------
    >>> import tensorflow_probability as tfp
    >>> import tfprobr as tp
    >>> tfd, tfb = tfp.distributions, tfp.bijectors
    >>> made = tp.layer_autoregressive(params=2, event_shape=3, hidden_units=[16, 16],
    ...                                activation="relu")
    >>> flow = tfd.TransformedDistribution(
    ...     tfd.Sample(tfd.Normal(0.0, 1.0), [3]),
    ...     tfb.MaskedAutoregressiveFlow(shift_and_log_scale_fn=made))
    >>> flow.sample(5).shape
    TensorShape([5, 3])

    R Examples
    ----------
    made <- layer_autoregressive(params = 2, event_shape = 3, hidden_units = c(16, 16),
                                 activation = "relu")
    dim(as.array(made(matrix(rnorm(6), 2, 3))))
    """


@layer_function("AutoregressiveTransform", {"made": as_callable})
def layer_autoregressive_transform(object=None, made=REQUIRED, **kwargs):
    """An autoregressive normalizing flow layer, given a ``layer_autoregressive()``.

    A layer whose input is a distribution (the output of a distribution
    layer) and whose output is that distribution transformed by a masked
    autoregressive flow (Papamakarios et al., 2017), with ``made`` as its
    shift-and-log-scale network: ``tfb_masked_autoregressive_flow(made)``
    applied to the input distribution. Training the model trains ``made``, so
    the output distribution becomes a learned density, e.g. the last layer
    of a model fitted with ``loss = negloglik``.

    Parameters
    ----------
    {object}
    made : tfp.bijectors.AutoregressiveNetwork
        The autoregressive network, made by ``layer_autoregressive()`` with
        ``params = 2`` (a shift and a log scale per dimension).
    {kwargs}

    Returns
    -------
    {distribution_layer_returns}

    References
    ----------
    George Papamakarios, Theo Pavlakou and Iain Murray. Masked autoregressive
    flow for density estimation. In *Neural Information Processing Systems*,
    2017. https://arxiv.org/abs/1705.07057

    Examples
    --------
    >>> import numpy as np
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=4)
    >>> model = tp.layer_independent_normal(model, event_shape=2)
    >>> made = tp.layer_autoregressive(params=2, hidden_units=8)
    >>> model = tp.layer_autoregressive_transform(model, made=made)
    >>> model(np.zeros((3, 4), "float32")).event_shape
    TensorShape([2])

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 4) %>%
      layer_independent_normal(event_shape = 2) %>%
      layer_autoregressive_transform(made = layer_autoregressive(params = 2, hidden_units = 8))
    model(matrix(0, 3, 4))
    """
