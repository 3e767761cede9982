"""Python-side helpers for what R code cannot do itself: arithmetic on tensors.

Without the R ``tensorflow`` package, R code cannot compute ``kl / n`` on a
tensor; these functions do such work in Python and are passed to the layers.
"""

from __future__ import annotations

from typing import Any

from tfprobr.convert import as_float
from tfprobr.distribution_methods import tfd_kl_divergence

__all__ = ["kl_divergence_fn", "loss_negative_log_likelihood"]

__family__ = "helpers"


def kl_divergence_fn(weight=1):
    """A divergence function ``function(q, p, ignore) KL(q, p) * weight``, for the layers.

    R code cannot multiply TensorFlow tensors without the R ``tensorflow``
    package, so the usual scaling of the KL term is offered here as a function
    factory. Pass the result as ``kernel_divergence_fn`` (and
    ``bias_divergence_fn``) of a Bayesian layer.

    Parameters
    ----------
    weight : float, optional
        Factor applied to the divergence. For minibatch training use
        ``1 / n``, where ``n`` is the number of training examples: Keras'
        ``compile()`` already adds each layer's ``losses`` to the loss of every
        batch, so the whole KL term is then counted once per epoch, as the
        evidence lower bound requires. Do not add ``model.losses`` again yourself.

    Returns
    -------
    callable
        A function of ``(q, p, ignore)`` returning ``KL(q || p) * weight``; the
        third argument (the posterior sample) is ignored.

    Examples
    --------
    >>> n = 1000
    >>> layer = layer_dense_local_reparameterization(                  # doctest: +SKIP
    ...     units=1, kernel_divergence_fn=kl_divergence_fn(1 / n))

    In R: ``layer_dense_local_reparameterization(units = 1,
    kernel_divergence_fn = kl_divergence_fn(1 / n))``.
    """
    weight = as_float(weight, "weight")
    if weight < 0:
        raise ValueError(f"`weight` must be >= 0, not {weight!r}")
    return KLDivergenceFn(weight)


def loss_negative_log_likelihood():
    """A Keras loss: the negative log-likelihood of the data under the predicted distribution.

    A model that ends in a distribution layer (``layer_independent_normal()``
    and its family) predicts a distribution per example. Its natural training
    loss is ``-log p(y | x)``, in Python ``lambda y, d: -d.log_prob(y)``. R
    code cannot write that without the R ``tensorflow`` package (tensor
    arithmetic), so it is offered here. The observed values are cast to the
    distribution's data type first, so R doubles work for any distribution.

    Returns
    -------
    callable
        A loss function of ``(y_true, y_pred)`` returning ``-log_prob(y_true)``
        of the distribution ``y_pred``, one value per example; pass it as
        ``loss`` to the model's ``compile()``.

    Examples
    --------
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=1)
    >>> model = tp.layer_dense_local_reparameterization(
    ...     model, units=tp.params_size_independent_normal(1))
    >>> model = tp.layer_independent_normal(model, event_shape=1)
    >>> model.compile(optimizer="adam", loss=tp.loss_negative_log_likelihood())

    In R: ``model$compile(optimizer = "adam", loss = tp$loss_negative_log_likelihood())``.
    """
    return NegativeLogLikelihood()


class NegativeLogLikelihood:
    """``-y_pred.log_prob(y_true)``, with ``y_true`` cast to the distribution's data type."""

    __name__ = "negative_log_likelihood"

    def __call__(self, y_true, y_pred):
        import tensorflow as tf

        if isinstance(y_pred.dtype, tf.DType):
            y_true = tf.cast(y_true, y_pred.dtype)
        return -y_pred.log_prob(y_true)

    def get_config(self) -> dict:
        return {}

    def __eq__(self, other) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def __repr__(self) -> str:
        return "loss_negative_log_likelihood()"


class KLDivergenceFn:
    """``KL(q || p) * weight``, with the third argument (the posterior sample) ignored."""

    def __init__(self, weight: float = 1.0):
        self.weight = float(weight)

    def __call__(self, q, p, ignore=None) -> Any:
        divergence = tfd_kl_divergence(q, p)
        return divergence if self.weight == 1.0 else divergence * self.weight

    @property
    def r_code(self) -> str:
        """The R expression a user would write for this function."""
        if self.weight == 1.0:
            return "function(q, p, ignore) tfd_kl_divergence(q, p)"
        return f"kl_divergence_fn(weight = {self.weight!r})"

    def get_config(self) -> dict:
        return {"weight": self.weight}

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and other.weight == self.weight

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.weight))

    def __repr__(self) -> str:
        return f"kl_divergence_fn(weight={self.weight!r})"
