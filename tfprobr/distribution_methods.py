"""``tfd_*`` methods: R-style functions over TensorFlow Probability distributions.

The layers' defaults are written with these (``function(d) d %>% tfd_sample()``),
and R code reads a distribution's properties with them
(``d %>% tfd_log_prob(y)``). Values from R (doubles, vectors, matrices, arrays)
are accepted wherever TFP takes a tensor: they are converted to a tensor of the
distribution's data type first, so that an R double meets a ``float32``
distribution without a type error. The functions call the distribution's own
methods, so TensorFlow is already loaded when they run. Each is declared with
:func:`tfprobr._internal.declare.method_function`, which names the method;
``tfd_sample()`` is written out, as it also draws its seed from tfprobr's stream
(:func:`tfprobr._internal.sampling.sample`). Every one is a function a saved model
may name (:mod:`tfprobr._internal.registry`).
"""

from __future__ import annotations

from tfprobr._internal.convert import as_distribution, as_shape
from tfprobr._internal.declare import method_function
from tfprobr._internal.docs import family_texts
from tfprobr._internal.registry import savable

__all__ = [
    "tfd_sample",
    "tfd_log_prob",
    "tfd_prob",
    "tfd_log_cdf",
    "tfd_cdf",
    "tfd_log_survival_function",
    "tfd_survival_function",
    "tfd_quantile",
    "tfd_entropy",
    "tfd_mean",
    "tfd_variance",
    "tfd_stddev",
    "tfd_covariance",
    "tfd_mode",
    "tfd_cross_entropy",
    "tfd_kl_divergence",
]

__family__ = "distribution_methods"

# The texts the tfd_* methods' docstrings share:
# a docstring line ``    {name}`` is filled with the text at import (see tfprobr._internal.docs).
family_texts(__name__, {
    "method_distribution": """\
    distribution : tfp.distributions.Distribution
        The distribution, e.g. made by ``tfd_normal()`` or output by a
        distribution layer.""",
    "value": """\
    value : float, array-like or tensor
        The point(s) at which to evaluate: a number, an R vector, matrix or
        array, or a tensor. Non-tensor values are converted to the
        distribution's data type; the shape broadcasts against the
        distribution's ``batch_shape + event_shape``.""",
    "method_kwargs": """\
    **kwargs : optional
        Further arguments passed to the distribution's method, e.g. ``name``.""",
    "value_returns": """\
    tf.Tensor
        One value per point and batch member: the shape of ``value`` without
        the event dimensions, broadcast with the batch shape.""",
    "statistic_returns": """\
    tf.Tensor
        A tensor of shape ``batch_shape + event_shape``.""",
})


@savable
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
        e.g. ``seed``. Without a ``seed``, the draw takes the next seed of
        tfprobr's random stream, which ``set_random_seed()`` makes
        reproducible.

    Returns
    -------
    tf.Tensor
        A tensor of shape ``sample_shape + batch_shape + event_shape``.

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tfd_sample(tp.tfd_normal(loc=0, scale=1), 3).shape
    TensorShape([3])

    R Examples
    ----------
    d <- tfd_normal(loc = 0, scale = 1)
    d %>% tfd_sample(c(2, 3)) %>% as.array()
    """
    distribution = as_distribution(distribution, "distribution")
    shape = as_shape(sample_shape, "sample_shape")
    from tfprobr._internal import sampling  # imports TensorFlow, loaded already with a distribution

    return sampling.sample(distribution, shape, **kwargs)


@method_function("log_prob")
def tfd_log_prob(distribution, value, **kwargs):
    """Log probability density/mass function.

    Parameters
    ----------
    {method_distribution}
    {value}
    {method_kwargs}

    Returns
    -------
    {value_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_log_prob(tp.tfd_normal(0, 1), 0))  # -log(sqrt(2 pi))
    -0.9189385...

    R Examples
    ----------
    tfd_normal(0, 1) %>% tfd_log_prob(c(-1, 0, 1)) %>% as.array()
    """


@method_function("prob")
def tfd_prob(distribution, value, **kwargs):
    """Probability density/mass function.

    Parameters
    ----------
    {method_distribution}
    {value}
    {method_kwargs}

    Returns
    -------
    {value_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_prob(tp.tfd_uniform(0, 2), 1))
    0.5

    R Examples
    ----------
    tfd_uniform(0, 2) %>% tfd_prob(c(0.5, 1, 3)) %>% as.array()
    """


@method_function("log_cdf")
def tfd_log_cdf(distribution, value, **kwargs):
    """Log cumulative distribution function, ``log P(X <= value)``.

    Computed directly where TFP can, which is more accurate than
    ``log(tfd_cdf(...))`` far in the left tail.

    Parameters
    ----------
    {method_distribution}
    {value}
    {method_kwargs}

    Returns
    -------
    {value_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_log_cdf(tp.tfd_normal(0, 1), -20)) < -200
    True

    R Examples
    ----------
    tfd_normal(0, 1) %>% tfd_log_cdf(c(-20, 0)) %>% as.array()
    """


@method_function("cdf")
def tfd_cdf(distribution, value, **kwargs):
    """Cumulative distribution function, ``P(X <= value)``.

    Parameters
    ----------
    {method_distribution}
    {value}
    {method_kwargs}

    Returns
    -------
    {value_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_cdf(tp.tfd_normal(0, 1), 0))
    0.5

    R Examples
    ----------
    tfd_normal(0, 1) %>% tfd_cdf(c(-1.96, 0, 1.96)) %>% as.array()
    """


@method_function("log_survival_function")
def tfd_log_survival_function(distribution, value, **kwargs):
    """Log survival function, ``log P(X > value)``.

    Computed directly where TFP can, which is more accurate than
    ``log(1 - tfd_cdf(...))`` far in the right tail.

    Parameters
    ----------
    {method_distribution}
    {value}
    {method_kwargs}

    Returns
    -------
    {value_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_log_survival_function(tp.tfd_exponential(2), 1))
    -2.0

    R Examples
    ----------
    tfd_exponential(2) %>% tfd_log_survival_function(1) %>% as.array()
    """


@method_function("survival_function")
def tfd_survival_function(distribution, value, **kwargs):
    """Survival function, ``P(X > value) = 1 - cdf(value)``.

    Parameters
    ----------
    {method_distribution}
    {value}
    {method_kwargs}

    Returns
    -------
    {value_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> round(float(tp.tfd_survival_function(tp.tfd_normal(0, 1), 0)), 6)
    0.5

    R Examples
    ----------
    tfd_normal(0, 1) %>% tfd_survival_function(c(0, 1.96)) %>% as.array()
    """


@method_function("quantile")
def tfd_quantile(distribution, value, **kwargs):
    """Quantile function, the inverse of the cdf.

    Parameters
    ----------
    {method_distribution}
    value : float, array-like or tensor
        Probabilities in ``[0, 1]``: a number, an R vector or matrix, or a
        tensor. Non-tensor values are converted to the distribution's data
        type.
    {method_kwargs}

    Returns
    -------
    tf.Tensor
        The ``x`` with ``cdf(x) = value``, broadcast with the batch shape.

    Examples
    --------
    >>> import tfprobr as tp
    >>> round(float(tp.tfd_quantile(tp.tfd_normal(0, 1), 0.975)), 4)
    1.96

    R Examples
    ----------
    tfd_normal(0, 1) %>% tfd_quantile(c(0.025, 0.975)) %>% as.array()
    """


@method_function("entropy")
def tfd_entropy(distribution, **kwargs):
    """Shannon entropy in nats.

    The differential entropy for continuous distributions, ``-E[log p(X)]``.

    Parameters
    ----------
    {method_distribution}
    {method_kwargs}

    Returns
    -------
    tf.Tensor
        A tensor of shape ``batch_shape``.

    Examples
    --------
    >>> import tfprobr as tp
    >>> round(float(tp.tfd_entropy(tp.tfd_normal(0, 1))), 4)  # log(2 pi e) / 2
    1.4189

    R Examples
    ----------
    tfd_normal(0, 1) %>% tfd_entropy() %>% as.array()  # log(2 pi e) / 2
    """


@method_function("mean")
def tfd_mean(distribution, **kwargs):
    """Mean.

    The expected value ``E[X]`` of each batch member.

    Parameters
    ----------
    {method_distribution}
    {method_kwargs}

    Returns
    -------
    {statistic_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tfd_mean(tp.tfd_normal(loc=[1, 2], scale=1)).numpy()
    array([1., 2.], dtype=float32)

    R Examples
    ----------
    tfd_normal(loc = c(1, 2), scale = 1) %>% tfd_mean() %>% as.array()
    """


@method_function("variance")
def tfd_variance(distribution, **kwargs):
    """Variance.

    ``Var[X] = E[(X - E[X])^2]``, elementwise over the event (for the full
    covariance matrix of a multivariate distribution use ``tfd_covariance()``).

    Parameters
    ----------
    {method_distribution}
    {method_kwargs}

    Returns
    -------
    {statistic_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_variance(tp.tfd_normal(0, 2)))
    4.0

    R Examples
    ----------
    tfd_normal(0, 2) %>% tfd_variance() %>% as.array()
    """


@method_function("stddev")
def tfd_stddev(distribution, **kwargs):
    """Standard deviation.

    The square root of the variance, elementwise over the event.

    Parameters
    ----------
    {method_distribution}
    {method_kwargs}

    Returns
    -------
    {statistic_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_stddev(tp.tfd_normal(0, 2)))
    2.0

    R Examples
    ----------
    tfd_normal(0, 2) %>% tfd_stddev() %>% as.array()
    """


@method_function("covariance")
def tfd_covariance(distribution, **kwargs):
    """Covariance.

    The covariance matrix of a multivariate distribution (one whose events
    are vectors), e.g. ``tfd_multivariate_normal_tri_l()``. TFP does not
    define it for scalar distributions such as a normal; use
    ``tfd_variance()`` there.

    Parameters
    ----------
    {method_distribution}
    {method_kwargs}

    Returns
    -------
    tf.Tensor
        A tensor of shape ``batch_shape + (k, k)`` for events of size ``k``.

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tfd_covariance(tp.tfd_multivariate_normal_diag(
    ...     loc=[0, 0], scale_diag=[1, 2])).numpy()
    array([[1., 0.],
           [0., 4.]], dtype=float32)

    R Examples
    ----------
    tfd_multivariate_normal_diag(loc = c(0, 0), scale_diag = c(1, 2)) %>% tfd_covariance() %>% as.array()
    """


@method_function("mode")
def tfd_mode(distribution, **kwargs):
    """Mode.

    The most likely value of each batch member.

    Parameters
    ----------
    {method_distribution}
    {method_kwargs}

    Returns
    -------
    {statistic_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_mode(tp.tfd_normal(3, 1)))
    3.0

    R Examples
    ----------
    tfd_normal(3, 1) %>% tfd_mode() %>% as.array()
    """


@method_function("cross_entropy")
def tfd_cross_entropy(distribution, other, name="cross_entropy"):
    """Cross entropy ``H(distribution, other) = -E_distribution[log other(X)]``, in nats.

    For two distributions ``p`` and ``q``, ``H(p, q) = H(p) + KL(p || q)``.

    Parameters
    ----------
    distribution : tfp.distributions.Distribution
        The first distribution, ``p``, under which the expectation is taken.
    other : tfp.distributions.Distribution
        The second distribution, ``q``.
    name : str, optional
        Name prefixed to the operations this function creates.

    Returns
    -------
    tf.Tensor
        The cross entropy, with the batch shape of the two distributions.

    Examples
    --------
    ``H(N(0, 1), N(1, 1)) = log(2 pi) / 2 + 1``:

    >>> import tfprobr as tp
    >>> round(float(tp.tfd_cross_entropy(tp.tfd_normal(0, 1), tp.tfd_normal(1, 1))), 4)
    1.9189

    R Examples
    ----------
    tfd_normal(0, 1) %>% tfd_cross_entropy(tfd_normal(1, 1)) %>% as.array()  # log(2 pi) / 2 + 1
    """


@method_function("kl_divergence")
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

    >>> import tfprobr as tp
    >>> float(tp.tfd_kl_divergence(tp.tfd_normal(0, 1), tp.tfd_normal(1, 1)))
    0.5

    R Examples
    ----------
    tfd_normal(0, 1) %>% tfd_kl_divergence(tfd_normal(1, 1)) %>% as.array()  # 0.5
    """
