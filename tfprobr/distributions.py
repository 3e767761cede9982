"""The "distributions" family: ``tfd_*`` constructors of TensorFlow Probability distributions.

Each constructor is a declaration (see :mod:`tfprobr._internal.declare`): R's
formals, in R order and with R-equivalent defaults, a docstring, and in its
decorator the TFP class it builds and how its arguments convert. The shared
argument texts (``{loc}``, ``{distribution_name}``...) are in
:mod:`tfprobr._internal.docs`. The TFP class is looked up only when the
function is called, so importing tfprobr does not import TensorFlow.

Values from R are accepted where TFP takes tensors: R doubles, vectors,
matrices and arrays become ``float32`` (Keras' float type, as layer inputs do),
so that a distribution built from R values meets a Keras model's tensors
without a type error; pass a tensor to choose another type. Whole-number
arguments (``reinterpreted_batch_ndims``, ``sample_shape``) convert as
everywhere else in tfprobr.
"""

from __future__ import annotations

from tfprobr._internal.convert import (
    as_distribution,
    as_dtype,
    as_joint_model,
    as_nullable_nonnegative_integer,
    as_parameter,
    as_shape,
)
from tfprobr._internal.declare import distribution_function
from tfprobr._internal.r_defaults import REQUIRED

__all__ = [
    "tfd_normal",
    "tfd_independent",
    "tfd_multivariate_normal_diag",
    "tfd_multivariate_normal_tri_l",
    "tfd_bernoulli",
    "tfd_binomial",
    "tfd_categorical",
    "tfd_one_hot_categorical",
    "tfd_poisson",
    "tfd_gamma",
    "tfd_beta",
    "tfd_exponential",
    "tfd_uniform",
    "tfd_laplace",
    "tfd_logistic",
    "tfd_student_t",
    "tfd_mixture_same_family",
    "tfd_log_normal",
    "tfd_half_normal",
    "tfd_half_cauchy",
    "tfd_cauchy",
    "tfd_sample_distribution",
    "tfd_joint_distribution_sequential",
    "tfd_relaxed_one_hot_categorical",
    "tfd_deterministic",
]

__family__ = "distributions"


@distribution_function("Normal", {"loc": as_parameter, "scale": as_parameter})
def tfd_normal(
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Normal",
):
    """Normal distribution with loc and scale parameters.

    The normal (Gaussian) distribution ``N(loc, scale^2)``, with density
    ``exp(-(x - loc)^2 / (2 scale^2)) / (scale sqrt(2 pi))``. Vectors of ``loc``
    and ``scale`` make a batch of normals, broadcast against each other.

    Parameters
    ----------
    {loc}
    scale : float, array-like or tensor
        Standard deviation of each batch member, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_mean(tp.tfd_normal(loc=1, scale=2)))
    1.0

    R Examples
    ----------
    d <- tfd_normal(loc = c(0, 1), scale = 1)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Independent", {
    "distribution": as_distribution,
    "reinterpreted_batch_ndims": as_nullable_nonnegative_integer,
})
def tfd_independent(
    distribution=REQUIRED,
    reinterpreted_batch_ndims=None,
    validate_args=False,
    name=None,
):
    """Independent distribution from batch of distributions.

    Reinterprets the rightmost ``reinterpreted_batch_ndims`` batch dimensions of
    ``distribution`` as event dimensions: a batch of ``n`` independent normals
    becomes one distribution over vectors of length ``n``, whose ``log_prob``
    sums the members' log densities.

    Parameters
    ----------
    {base_distribution}
    reinterpreted_batch_ndims : int or None
        Number of batch dimensions to turn into event dimensions, a whole number >=
        0. ``NULL`` (the default) takes all but the first batch dimension.
    {validate_args}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> d = tp.tfd_independent(tp.tfd_normal(loc=[0, 0, 0], scale=1),
    ...                        reinterpreted_batch_ndims=1)
    >>> d.event_shape
    TensorShape([3])

    R Examples
    ----------
    d <- tfd_independent(tfd_normal(loc = c(0, 0, 0), scale = 1), reinterpreted_batch_ndims = 1)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("MultivariateNormalDiag", {"loc": as_parameter, "scale_diag": as_parameter})
def tfd_multivariate_normal_diag(
    loc=None,
    scale_diag=None,
    validate_args=False,
    allow_nan_stats=True,
    name="MultivariateNormalDiag",
):
    """Multivariate normal distribution on R^k.

    A ``k``-variate normal with a diagonal covariance matrix,
    ``diag(scale_diag^2)``: independent coordinates with their own scales.

    Parameters
    ----------
    {mvn_loc}
    scale_diag : float, array-like or tensor or None
        Vector of standard deviations of the coordinates, positive, or ``NULL`` for
        ones.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tfd_multivariate_normal_diag(loc=[0, 1], scale_diag=[1, 2]).event_shape
    TensorShape([2])

    R Examples
    ----------
    d <- tfd_multivariate_normal_diag(loc = c(0, 1), scale_diag = c(1, 2))
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("MultivariateNormalTriL", {"loc": as_parameter, "scale_tril": as_parameter})
def tfd_multivariate_normal_tri_l(
    loc=None,
    scale_tril=None,
    validate_args=False,
    allow_nan_stats=True,
    name="MultivariateNormalTriL",
):
    """The multivariate normal distribution on R^k.

    A ``k``-variate normal with covariance ``scale_tril %*% t(scale_tril)``,
    given by its lower-triangular Cholesky factor: coordinates that may be
    correlated.

    Parameters
    ----------
    {mvn_loc}
    scale_tril : float, array-like or tensor or None
        Lower-triangular ``k x k`` matrix with a positive diagonal (an R matrix is
        accepted), or ``NULL`` for the identity.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> d = tp.tfd_multivariate_normal_tri_l(loc=[0, 0], scale_tril=[[1, 0], [0.5, 1]])
    >>> tp.tfd_covariance(d).numpy()
    array([[1.  , 0.5 ],
           [0.5 , 1.25]], dtype=float32)

    R Examples
    ----------
    d <- tfd_multivariate_normal_tri_l(loc = c(0, 0), scale_tril = matrix(c(1, 0.5, 0, 1), 2))
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Bernoulli", {
    "logits": as_parameter,
    "probs": as_parameter,
    "dtype": as_dtype,
})
def tfd_bernoulli(
    logits=None,
    probs=None,
    dtype="int32",
    validate_args=False,
    allow_nan_stats=True,
    name="Bernoulli",
):
    """Bernoulli distribution.

    Outcomes ``1`` with probability ``probs`` and ``0`` otherwise.

    Parameters
    ----------
    {logits}
    {probs}
    {outcome_dtype}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_mean(tp.tfd_bernoulli(probs=0.3)))
    0.3...

    R Examples
    ----------
    d <- tfd_bernoulli(probs = 0.3)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Binomial", {
    "total_count": as_parameter,
    "logits": as_parameter,
    "probs": as_parameter,
})
def tfd_binomial(
    total_count=REQUIRED,
    logits=None,
    probs=None,
    validate_args=False,
    allow_nan_stats=True,
    name=None,
):
    """Binomial distribution.

    The number of successes in ``total_count`` independent trials, each a
    success with probability ``probs``.

    Parameters
    ----------
    total_count : float, array-like or tensor
        Number of trials, a whole number >= 0 (R doubles are accepted).
    {logits}
    {probs}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_mean(tp.tfd_binomial(total_count=10, probs=0.3)))
    3.0

    R Examples
    ----------
    d <- tfd_binomial(total_count = 10, probs = 0.3)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Categorical", {
    "logits": as_parameter,
    "probs": as_parameter,
    "dtype": as_dtype,
})
def tfd_categorical(
    logits=None,
    probs=None,
    dtype="int32",
    force_probs_to_zero_outside_support=False,
    validate_args=False,
    allow_nan_stats=True,
    name="Categorical",
):
    """Categorical distribution over integers.

    Outcomes ``0, ..., K - 1`` with probabilities ``probs`` (the last axis has
    ``K`` entries); note that the classes count from 0, not from 1 as R's
    factors do.

    Parameters
    ----------
    {logits}
    {probs}
    {outcome_dtype}
    {force_probs_to_zero_outside_support}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> int(tp.tfd_mode(tp.tfd_categorical(probs=[0.1, 0.7, 0.2])))
    1

    R Examples
    ----------
    d <- tfd_categorical(probs = c(0.1, 0.7, 0.2))
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("OneHotCategorical", {
    "logits": as_parameter,
    "probs": as_parameter,
    "dtype": as_dtype,
})
def tfd_one_hot_categorical(
    logits=None,
    probs=None,
    dtype="int32",
    validate_args=False,
    allow_nan_stats=True,
    name="OneHotCategorical",
):
    """OneHotCategorical distribution.

    A categorical distribution whose outcomes are one-hot vectors of length
    ``K`` instead of class numbers.

    Parameters
    ----------
    {logits}
    {probs}
    {outcome_dtype}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tfd_mode(tp.tfd_one_hot_categorical(probs=[0.1, 0.7, 0.2])).numpy()
    array([0, 1, 0], dtype=int32)

    R Examples
    ----------
    d <- tfd_one_hot_categorical(probs = c(0.1, 0.7, 0.2))
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Poisson", {"rate": as_parameter, "log_rate": as_parameter})
def tfd_poisson(
    rate=None,
    log_rate=None,
    force_probs_to_zero_outside_support=False,
    validate_args=False,
    allow_nan_stats=True,
    name="Poisson",
):
    """Poisson distribution.

    Counts with mean and variance ``rate``. Give exactly one of ``rate`` and
    ``log_rate``.

    Parameters
    ----------
    {optional_rate}
    {log_rate}
    {force_probs_to_zero_outside_support}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_variance(tp.tfd_poisson(rate=4)))
    4.0

    R Examples
    ----------
    d <- tfd_poisson(rate = 4)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Gamma", {
    "concentration": as_parameter,
    "rate": as_parameter,
    "log_rate": as_parameter,
})
def tfd_gamma(
    concentration=REQUIRED,
    rate=None,
    log_rate=None,
    validate_args=False,
    allow_nan_stats=True,
    force_probs_to_zero_outside_support=False,
    name="Gamma",
):
    """Gamma distribution.

    The gamma distribution with shape ``concentration`` and ``rate``: mean
    ``concentration / rate``. Give exactly one of ``rate`` and ``log_rate``.

    Parameters
    ----------
    concentration : float, array-like or tensor
        Concentration (shape) parameter, positive.
    {optional_rate}
    {log_rate}
    {validate_args}
    {allow_nan_stats}
    {force_probs_to_zero_outside_support}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_mean(tp.tfd_gamma(concentration=3, rate=2)))
    1.5

    R Examples
    ----------
    d <- tfd_gamma(concentration = 3, rate = 2)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Beta", {"concentration1": as_parameter, "concentration0": as_parameter})
def tfd_beta(
    concentration1=REQUIRED,
    concentration0=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    force_probs_to_zero_outside_support=False,
    name="Beta",
):
    """Beta distribution.

    The beta distribution on ``[0, 1]``, with mean ``concentration1 /
    (concentration1 + concentration0)``.

    Parameters
    ----------
    concentration1 : float, array-like or tensor
        First concentration parameter (R's ``shape1``), positive.
    concentration0 : float, array-like or tensor
        Second concentration parameter (R's ``shape2``), positive.
    {validate_args}
    {allow_nan_stats}
    {force_probs_to_zero_outside_support}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_mean(tp.tfd_beta(concentration1=1, concentration0=3)))
    0.25

    R Examples
    ----------
    d <- tfd_beta(concentration1 = 1, concentration0 = 3)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Exponential", {"rate": as_parameter})
def tfd_exponential(
    rate=REQUIRED,
    force_probs_to_zero_outside_support=False,
    validate_args=False,
    allow_nan_stats=True,
    name="Exponential",
):
    """Exponential distribution.

    The exponential distribution with ``rate``: mean ``1 / rate``.

    Parameters
    ----------
    rate : float, array-like or tensor
        Rate parameter, positive.
    {force_probs_to_zero_outside_support}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_mean(tp.tfd_exponential(rate=4)))
    0.25

    R Examples
    ----------
    d <- tfd_exponential(rate = 4)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Uniform", {"low": as_parameter, "high": as_parameter})
def tfd_uniform(
    low=0.0,
    high=1.0,
    validate_args=False,
    allow_nan_stats=True,
    name="Uniform",
):
    """Uniform distribution with low and high parameters.

    The continuous uniform distribution on ``[low, high)``.

    Parameters
    ----------
    low : float, array-like or tensor
        Lower bound(s).
    high : float, array-like or tensor
        Upper bound(s), above ``low``.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_mean(tp.tfd_uniform(low=0, high=4)))
    2.0

    R Examples
    ----------
    d <- tfd_uniform(low = 0, high = 4)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Laplace", {"loc": as_parameter, "scale": as_parameter})
def tfd_laplace(
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Laplace",
):
    """Laplace distribution with location loc and scale parameters.

    The double-exponential distribution, with density ``exp(-|x - loc| / scale)
    / (2 scale)``.

    Parameters
    ----------
    {loc}
    {scale}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> round(float(tp.tfd_variance(tp.tfd_laplace(loc=0, scale=1))), 4)
    2.0

    R Examples
    ----------
    d <- tfd_laplace(loc = 0, scale = 1)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Logistic", {"loc": as_parameter, "scale": as_parameter})
def tfd_logistic(
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Logistic",
):
    """Logistic distribution with location and scale parameters.

    The logistic distribution, whose cdf is the logistic function ``1 / (1 +
    exp(-(x - loc) / scale))``.

    Parameters
    ----------
    {loc}
    {scale}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_cdf(tp.tfd_logistic(loc=0, scale=1), 0))
    0.5

    R Examples
    ----------
    d <- tfd_logistic(loc = 0, scale = 1)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("StudentT", {
    "df": as_parameter,
    "loc": as_parameter,
    "scale": as_parameter,
})
def tfd_student_t(
    df=REQUIRED,
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="StudentT",
):
    """Student's t-distribution.

    The location-scale Student's t-distribution with ``df`` degrees of freedom,
    a heavy-tailed alternative to the normal.

    Parameters
    ----------
    df : float, array-like or tensor
        Degrees of freedom, positive.
    loc : float, array-like or tensor
        Location (the mean when ``df > 1``).
    scale : float, array-like or tensor
        Scale, positive (not the standard deviation).
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_mean(tp.tfd_student_t(df=3, loc=1, scale=1)))
    1.0

    R Examples
    ----------
    d <- tfd_student_t(df = 3, loc = 0, scale = 1)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("MixtureSameFamily", {
    "mixture_distribution": as_distribution,
    "components_distribution": as_distribution,
})
def tfd_mixture_same_family(
    mixture_distribution=REQUIRED,
    components_distribution=REQUIRED,
    reparameterize=False,
    validate_args=False,
    allow_nan_stats=True,
    name="MixtureSameFamily",
):
    """Mixture (same-family) distribution.

    A mixture of components of one family: ``mixture_distribution`` (a
    categorical over ``K`` components) picks one of the ``K`` batch members of
    ``components_distribution``.

    Parameters
    ----------
    mixture_distribution : tfp.distributions.Distribution
        A ``tfd_categorical()`` giving the weights of the ``K`` components.
    components_distribution : tfp.distributions.Distribution
        A distribution whose rightmost batch dimension has ``K`` members, the
        components.
    reparameterize : bool
        Whether samples can be differentiated with respect to the parameters
        (implicit reparameterization); slower.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> d = tp.tfd_mixture_same_family(
    ...     mixture_distribution=tp.tfd_categorical(probs=[0.5, 0.5]),
    ...     components_distribution=tp.tfd_normal(loc=[-1, 1], scale=0.1))
    >>> float(tp.tfd_mean(d))
    0.0

    R Examples
    ----------
    d <- tfd_mixture_same_family(tfd_categorical(probs = c(0.5, 0.5)), tfd_normal(loc = c(-1, 1), scale = 0.1))
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("LogNormal", {"loc": as_parameter, "scale": as_parameter})
def tfd_log_normal(
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="LogNormal",
):
    """Log-normal distribution.

    The distribution of ``exp(X)`` for ``X ~ N(loc, scale^2)``.

    Parameters
    ----------
    loc : float, array-like or tensor
        Mean of the underlying normal (of ``log(X)``).
    scale : float, array-like or tensor
        Standard deviation of the underlying normal, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_mode(tp.tfd_log_normal(loc=0, scale=1)))  # exp(-1)
    0.3678...

    R Examples
    ----------
    d <- tfd_log_normal(loc = 0, scale = 1)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("HalfNormal", {"scale": as_parameter})
def tfd_half_normal(
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="HalfNormal",
):
    """Half-normal distribution with scale parameter.

    The distribution of ``|X|`` for ``X ~ N(0, scale^2)``, often a prior for
    scales.

    Parameters
    ----------
    scale : float, array-like or tensor
        Scale of the underlying normal, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_cdf(tp.tfd_half_normal(scale=1), 0))
    0.0

    R Examples
    ----------
    d <- tfd_half_normal(scale = 1)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("HalfCauchy", {"loc": as_parameter, "scale": as_parameter})
def tfd_half_cauchy(
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="HalfCauchy",
):
    """Half-Cauchy distribution.

    The Cauchy distribution folded at ``loc``: support ``[loc, Inf)``, often a
    prior for scales.

    Parameters
    ----------
    loc : float, array-like or tensor
        Lower end of the support.
    scale : float, array-like or tensor
        Scale, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_cdf(tp.tfd_half_cauchy(loc=0, scale=1), 1))
    0.5

    R Examples
    ----------
    d <- tfd_half_cauchy(loc = 0, scale = 1)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Cauchy", {"loc": as_parameter, "scale": as_parameter})
def tfd_cauchy(
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Cauchy",
):
    """Cauchy distribution with location loc and scale scale.

    The Cauchy distribution, whose mean and variance are undefined (``NaN``
    unless ``allow_nan_stats = FALSE``).

    Parameters
    ----------
    loc : float, array-like or tensor
        Location (the median).
    scale : float, array-like or tensor
        Scale, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_quantile(tp.tfd_cauchy(loc=0, scale=1), 0.5))
    0.0

    R Examples
    ----------
    d <- tfd_cauchy(loc = 0, scale = 1)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Sample", {"distribution": as_distribution, "sample_shape": as_shape})
def tfd_sample_distribution(
    distribution=REQUIRED,
    sample_shape=(),
    validate_args=False,
    name=None,
):
    """Sample distribution.

    The distribution of ``sample_shape`` independent draws from
    ``distribution``, as one event: its ``event_shape`` is ``sample_shape +
    event_shape`` of ``distribution``, and ``log_prob`` sums over the draws.

    Parameters
    ----------
    {base_distribution}
    sample_shape : int or sequence of int
        Shape of the draws, a whole number or a vector of them (``list()``, the
        default, is one draw).
    {validate_args}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tfd_sample_distribution(tp.tfd_normal(0, 1), sample_shape=3).event_shape
    TensorShape([3])

    R Examples
    ----------
    d <- tfd_sample_distribution(tfd_normal(0, 1), sample_shape = 3)
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("JointDistributionSequential", {"model": as_joint_model})
def tfd_joint_distribution_sequential(
    model=REQUIRED,
    validate_args=False,
    name=None,
):
    """Joint distribution parameterized by distribution-making functions.

    A joint distribution over several variables, given as a list: each element
    is a distribution or a function of the values of the elements before it
    (nearest first) that returns a distribution. Samples and ``log_prob`` values
    are lists with one entry per element.

    Parameters
    ----------
    model : list
        A list of distributions and functions making distributions.
    {validate_args}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> d = tp.tfd_joint_distribution_sequential(
    ...     [tp.tfd_normal(0, 1), lambda mu: tp.tfd_normal(mu, 1)])
    >>> len(tp.tfd_sample(d))
    2

    R Examples
    ----------
    d <- tfd_joint_distribution_sequential(list(tfd_normal(0, 1), function(mu) tfd_normal(mu, 1)))
    d %>% tfd_sample(2) %>% lapply(as.array)
    """


@distribution_function("RelaxedOneHotCategorical", {
    "temperature": as_parameter,
    "logits": as_parameter,
    "probs": as_parameter,
})
def tfd_relaxed_one_hot_categorical(
    temperature=REQUIRED,
    logits=None,
    probs=None,
    validate_args=False,
    allow_nan_stats=True,
    name="RelaxedOneHotCategorical",
):
    """Relaxed one-hot categorical distribution.

    The Gumbel-softmax (concrete) relaxation of a one-hot categorical: samples
    are points of the probability simplex, close to one-hot vectors at low
    ``temperature``, and differentiable with respect to the parameters.

    Parameters
    ----------
    temperature : float, array-like or tensor
        Temperature, positive; lower values give samples closer to one-hot.
    {logits}
    {probs}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tfd_sample(tp.tfd_relaxed_one_hot_categorical(0.5, probs=[0.2, 0.8])).shape
    TensorShape([2])

    R Examples
    ----------
    d <- tfd_relaxed_one_hot_categorical(temperature = 0.5, probs = c(0.2, 0.8))
    d %>% tfd_sample(2) %>% as.array()
    """


@distribution_function("Deterministic", {
    "loc": as_parameter,
    "atol": as_parameter,
    "rtol": as_parameter,
})
def tfd_deterministic(
    loc=REQUIRED,
    atol=None,
    rtol=None,
    validate_args=False,
    allow_nan_stats=True,
    name="Deterministic",
):
    """Scalar Deterministic distribution on the real line.

    A point mass at ``loc``: every sample is ``loc``.

    Parameters
    ----------
    loc : float, array-like or tensor
        The point(s) carrying all the probability.
    atol : float, array-like or tensor or None
        Absolute tolerance: ``prob(x)`` is 1 when ``|x - loc| <= atol + rtol
        |loc|``; ``NULL`` means 0.
    rtol : float, array-like or tensor or None
        Relative tolerance (see ``atol``); ``NULL`` means 0.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tfd_sample(tp.tfd_deterministic(loc=2)))
    2.0

    R Examples
    ----------
    d <- tfd_deterministic(loc = 2)
    d %>% tfd_sample(2) %>% as.array()
    """
