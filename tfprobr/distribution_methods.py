"""``tfd_*`` methods: R-style functions over TensorFlow Probability distributions.

The layers' defaults are written with these (``function(d) d %>% tfd_sample()``).
They call the distribution's own methods, so TensorFlow is already loaded.
"""

from __future__ import annotations

from tfprobr.convert import as_shape

__all__ = ["tfd_sample", "tfd_kl_divergence"]

__family__ = "distribution_methods"


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
    **kwargs : optional
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
