"""``tfd_*`` helpers: R-style functions over TensorFlow Probability distributions.

The layers' defaults are written with these (``function(d) d %>% tfd_sample()``),
so they are part of the foundation. TensorFlow is imported on first use only.
"""

from __future__ import annotations

from typing import Any

from tfprobr.convert import as_float, as_shape

__all__ = ["tfd_sample", "tfd_kl_divergence", "kl_divergence_fn"]


def tfd_sample(distribution, sample_shape=(), **kwargs):
    """Draw samples from a distribution.

    Parameters
    ----------
    distribution : tfp.distributions.Distribution
        The distribution to sample from.
    sample_shape : int or sequence of int, optional
        Shape of the samples to draw, in front of the distribution's batch and
        event shape. ``10`` (R: ``10``) gives ``(10,)``, ``c(2, 2)`` gives
        ``(2, 2)``, and the default, an empty shape, draws one sample.
    **kwargs
        Further arguments passed to the distribution's ``sample()`` method,
        e.g. ``seed``.

    Returns
    -------
    tf.Tensor
        A tensor of shape ``sample_shape + batch_shape + event_shape``.

    Examples
    --------
    >>> d = tfd_normal(loc=0, scale=1)                      # doctest: +SKIP
    >>> tfd_sample(d, 3).shape                              # doctest: +SKIP
    TensorShape([3])

    In R: ``d %>% tfd_sample(c(2, 3))``.
    """
    shape = as_shape(sample_shape, "sample_shape")
    return distribution.sample(shape, **kwargs)


def tfd_kl_divergence(distribution, other, name="kl_divergence"):
    """Kullback-Leibler divergence ``KL(distribution || other)``.

    Parameters
    ----------
    distribution : tfp.distributions.Distribution
        The first distribution, ``p``.
    other : tfp.distributions.Distribution
        The second distribution, ``q``.
    name : str, optional
        Name prefixed to the operations this function creates.

    Returns
    -------
    tf.Tensor
        The divergence, with the batch shape of the two distributions.

    Examples
    --------
    ``KL(N(0, 1) || N(1, 1)) = 0.5``:

    >>> tfd_kl_divergence(tfd_normal(0, 1), tfd_normal(1, 1))  # doctest: +SKIP
    <tf.Tensor: shape=(), dtype=float32, numpy=0.5>
    """
    return distribution.kl_divergence(other, name=name)


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
