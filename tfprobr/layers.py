"""The "Other layers" family: R ``tfprobability``'s Bayesian layer functions.

Each function has the R function's formals, in R order and with R-equivalent
defaults, and is only the facts that differ between layers: the class it builds
and which arguments convert how. Building and composing is
:func:`tfprobr.compose.create_layer`; the shared argument texts are filled into
each docstring from one place (:func:`_shared_docs`).
"""

from __future__ import annotations

from tfprobr.compose import REQUIRED, create_layer
from tfprobr.convert import as_callable, as_count, as_nullable_callable
from tfprobr.defaults import (
    BIAS_POSTERIOR_FN,
    DIVERGENCE_FN,
    KERNEL_POSTERIOR_FN,
    POSTERIOR_TENSOR_FN,
    PRIOR_FN,
)

__all__ = ["layer_dense_local_reparameterization"]

__family__ = "layers"

# Converters of the Bayesian argument block shared by the nine estimator layers.
BAYESIAN_CONVERTERS = {
    "kernel_posterior_fn": as_callable,
    "kernel_posterior_tensor_fn": as_callable,
    "kernel_prior_fn": as_nullable_callable,
    "kernel_divergence_fn": as_nullable_callable,
    "bias_posterior_fn": as_nullable_callable,
    "bias_posterior_tensor_fn": as_callable,
    "bias_prior_fn": as_nullable_callable,
    "bias_divergence_fn": as_nullable_callable,
}

OBJECT_DOC = """\
    object : tf_keras.Sequential, tensor, array or None
        What to compose the new layer with. ``None`` (the default) returns the
        layer; a ``Sequential`` model gets the layer added and is returned; a
        tensor, a Keras ``Input``, a numpy array or a pandas DataFrame gets the
        layer applied and the output returned."""

BAYESIAN_ARGS_DOC = """\
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
        ``tfd_kl_divergence(q, p)``."""

KWARGS_DOC = """\
    **kwargs : optional
        Further keyword arguments passed to the wrapped TFP layer class, such as
        ``name``, ``input_shape`` (a number or a vector, e.g. ``c(4)`` in R) or
        ``dtype``."""

LOSSES_NOTE = """\
    Once built, the layer adds the divergence of each posterior from its prior
    to its ``losses`` (one KL term for the kernel with the default
    ``bias_prior_fn = None``). Keras' ``compile()`` adds ``model.losses`` to the
    training loss of every batch, so scale the divergence with
    ``kl_divergence_fn(1 / n)``, ``n`` being the number of training examples,
    to count it once per epoch; do not add ``model.losses`` to the loss again.
    After the layer is built, the distributions are available as its
    ``kernel_posterior``, ``kernel_prior``, ``bias_posterior`` and
    ``bias_prior`` attributes."""


def _shared_docs(function):
    """Fill the shared argument texts into a layer function's docstring."""
    function.__doc__ = (
        function.__doc__.replace("    {object}", OBJECT_DOC)
        .replace("    {bayesian_args}", BAYESIAN_ARGS_DOC)
        .replace("    {kwargs}", KWARGS_DOC)
        .replace("    {losses_note}", LOSSES_NOTE)
    )
    return function


@_shared_docs
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

    Parameters
    ----------
    {object}
    units : int
        Dimensionality of the output space, a positive whole number (an R
        double such as ``10`` is accepted).
    {bayesian_args}
    {kwargs}

    Returns
    -------
    object
        The layer when ``object`` is ``None``, the model with the layer added
        when ``object`` is a ``Sequential`` model, otherwise the output tensor of
        the layer applied to ``object``.

    References
    ----------
    Diederik P. Kingma, Tim Salimans and Max Welling. Variational dropout and
    the local reparameterization trick. In *Neural Information Processing
    Systems*, 2015. https://arxiv.org/abs/1506.02557

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

    The same in R, through reticulate:

    .. code-block:: r

        library(magrittr)
        tp <- reticulate::import("tfprobr")
        model <- tp$keras_model_sequential(input_shape = 1) %>%
          tp$layer_dense_local_reparameterization(units = 16, activation = "relu") %>%
          tp$layer_dense_local_reparameterization(units = 1)
    """
    return create_layer(
        "DenseLocalReparameterization",
        locals(),
        {"units": as_count, **BAYESIAN_CONVERTERS},
        function="layer_dense_local_reparameterization",
    )
