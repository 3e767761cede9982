"""The "distributions" family: ``tfd_*`` constructors of TensorFlow Probability distributions.

Each constructor is a declaration (see :mod:`tfprobr._internal.declare`): R's
formals, in R order and with R-equivalent defaults, a docstring, and in its
decorator the TFP class it builds and how its arguments convert. The argument
texts the constructors share (``{loc}``, ``{distribution_name}``...) are below,
beside them (``{validate_args}``, which the distribution layers use too, is in
:mod:`tfprobr._internal.docs`). The TFP class is looked up only when the
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
    as_batch_reshape,
    as_bijector,
    as_callable,
    as_count,
    as_distribution,
    as_distribution_list,
    as_dtype,
    as_function_or_name,
    as_integer,
    as_joint_model,
    as_nonnegative_integer,
    as_nullable_nonnegative_integer,
    as_parameter,
    as_psd_kernel,
    as_shape,
)
from tfprobr._internal.declare import distribution_function, removed_function
from tfprobr._internal.defaults import (
    LOGNORMAL_QUADRATURE_FN,
    SOFTMAXNORMAL_QUADRATURE_FN,
    TF_FLOAT32,
    TF_INT32,
)
from tfprobr._internal.docs import family_texts, fill_text
from tfprobr._internal.r_defaults import REQUIRED, TFPDefault

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
    "tfd_autoregressive",
    "tfd_batch_reshape",
    "tfd_bates",
    "tfd_beta_binomial",
    "tfd_blockwise",
    "tfd_chi",
    "tfd_chi2",
    "tfd_cholesky_lkj",
    "tfd_continuous_bernoulli",
    "tfd_dirichlet",
    "tfd_dirichlet_multinomial",
    "tfd_doublesided_maxwell",
    "tfd_empirical",
    "tfd_exp_gamma",
    "tfd_exp_inverse_gamma",
    "tfd_exp_relaxed_one_hot_categorical",
    "tfd_finite_discrete",
    "tfd_gamma_gamma",
    "tfd_gaussian_process",
    "tfd_gaussian_process_regression_model",
    "tfd_generalized_normal",
    "tfd_generalized_pareto",
    "tfd_geometric",
    "tfd_gumbel",
    "tfd_hidden_markov_model",
    "tfd_horseshoe",
    "tfd_inverse_gamma",
    "tfd_inverse_gaussian",
    "tfd_johnson_s_u",
    "tfd_joint_distribution_named",
    "tfd_joint_distribution_named_auto_batched",
    "tfd_joint_distribution_sequential_auto_batched",
    "tfd_kumaraswamy",
    "tfd_linear_gaussian_state_space_model",
    "tfd_lkj",
    "tfd_log_logistic",
    "tfd_logit_normal",
    "tfd_mixture",
    "tfd_multinomial",
    "tfd_multivariate_normal_diag_plus_low_rank",
    "tfd_multivariate_normal_full_covariance",
    "tfd_multivariate_normal_linear_operator",
    "tfd_multivariate_student_t_linear_operator",
    "tfd_negative_binomial",
    "tfd_pareto",
    "tfd_pert",
    "tfd_pixel_cnn",
    "tfd_plackett_luce",
    "tfd_poisson_log_normal_quadrature_compound",
    "tfd_power_spherical",
    "tfd_probit_bernoulli",
    "tfd_quantized",
    "tfd_relaxed_bernoulli",
    "tfd_sinh_arcsinh",
    "tfd_skellam",
    "tfd_spherical_uniform",
    "tfd_student_t_process",
    "tfd_transformed_distribution",
    "tfd_triangular",
    "tfd_truncated_cauchy",
    "tfd_truncated_normal",
    "tfd_variational_gaussian_process",
    "tfd_vector_deterministic",
    "tfd_vector_diffeomixture",
    "tfd_vector_exponential_diag",
    "tfd_vector_exponential_linear_operator",
    "tfd_vector_laplace_diag",
    "tfd_vector_laplace_linear_operator",
    "tfd_vector_sinh_arcsinh_diag",
    "tfd_von_mises",
    "tfd_von_mises_fisher",
    "tfd_weibull",
    "tfd_wishart",
    "tfd_wishart_linear_operator",
    "tfd_wishart_tri_l",
    "tfd_zipf",
]

__family__ = "distributions"

# The texts the tfd_* constructors' docstrings share (``{tfp_class}`` is filled in
# by the declaration; ``{validate_args}`` is shared with the distribution layers):
# a docstring line ``    {name}`` is filled with the text at import (see tfprobr._internal.docs).
family_texts(__name__, {
    "allow_nan_stats": """\
    allow_nan_stats : bool
        Whether undefined statistics (e.g. the mean of a Cauchy) are returned as
        ``NaN`` (the default) or raise an error.""",
    "distribution_name": """\
    name : str or None
        Name prefixed to the operations this distribution creates.""",
    "loc": """\
    loc : float, array-like or tensor
        Location (for this distribution, the mean) of each batch member: a number,
        an R vector or array, or a tensor.""",
    "scale": """\
    scale : float, array-like or tensor
        Scale of each batch member, positive: a number, an R vector or array, or a
        tensor.""",
    "mvn_loc": """\
    loc : float, array-like or tensor or None
        Vector of means (the last axis is the event), or ``NULL`` for zeros.""",
    "logits": """\
    logits : float, array-like or tensor or None
        Log-odds (unnormalized log probabilities) of the outcomes. Give exactly one
        of ``logits`` and ``probs``.""",
    "probs": """\
    probs : float, array-like or tensor or None
        Probabilities of the outcomes, in ``[0, 1]`` (summing to 1 over the last
        axis for categorical distributions). Give exactly one of ``logits`` and
        ``probs``.""",
    "outcome_dtype": """\
    dtype : str or tf.DType
        Data type of samples, e.g. ``tf$int32`` (the default), ``tf$float32`` or
        the name ``"float32"``.""",
    "scale_identity_multiplier": """\
    scale_identity_multiplier : None
        Gone from TensorFlow Probability: kept for R tfprobability's formals,
        only ``NULL`` (the default) is accepted; add the multiplier to
        ``scale_diag`` instead.""",
    "interpolate_nondiscrete": """\
    interpolate_nondiscrete : bool
        Gone from TensorFlow Probability: kept for R tfprobability's formals,
        only ``TRUE`` (the default, TFP's behaviour today) is accepted; use
        ``force_probs_to_zero_outside_support`` instead.""",
    "optional_rate": """\
    rate : float, array-like or tensor or None
        Rate parameter, positive.""",
    "log_rate": """\
    log_rate : float, array-like or tensor or None
        Natural logarithm of the rate; give it instead of ``rate`` for numerical
        stability.""",
    "force_probs_to_zero_outside_support": """\
    force_probs_to_zero_outside_support : bool
        Whether ``log_prob`` returns minus infinity (zero probability) outside the
        support, instead of extending the formula there.""",
    "base_distribution": """\
    distribution : tfp.distributions.Distribution
        The base distribution, e.g. made by ``tfd_normal()``.""",
    "retired_returns": """\
    None
        Nothing: the function raises a ``NotImplementedError`` saying that
        ``tfp.distributions.{tfp_class}`` is gone, with its successor if any.""",
    "constructor_returns": """\
    tfp.distributions.{tfp_class}
        The distribution; read it with the ``tfd_*`` methods (``tfd_mean()``,
        ``tfd_log_prob()``, ``tfd_sample()``, ...).""",
    "gp_kernel": """\
    kernel : tfp.math.psd_kernels.PositiveSemidefiniteKernel
        The covariance function, a kernel of ``tfp$math$psd_kernels`` (e.g.
        ``ExponentiatedQuadratic()``, ``MaternFiveHalves()``).""",
    "gp_mean_fn": """\
    mean_fn : callable or None
        Function of the index points returning the prior mean at each; ``NULL``
        for zero.""",
    "gp_jitter": """\
    jitter : float
        Small number added to the diagonal of the covariance matrix for
        numerical stability.""",
    "gp_observation_noise_variance": """\
    observation_noise_variance : float or tensor
        Variance of the normal noise added to each observation, >= 0.""",
    "gp_index_points": """\
    index_points : float, array-like or tensor
        Points at which the process is observed: a matrix with one row per point
        and one column per feature dimension of the kernel (an R matrix is
        accepted).""",
    "input_output_cholesky": """\
    input_output_cholesky : bool
        Whether samples are, and ``log_prob`` takes, Cholesky factors of the
        matrices instead of the matrices.""",
    "retired_note": """\
    TensorFlow Probability 0.25 no longer has ``tfp.distributions.{tfp_class}``:
    the function keeps R's formals and checks its arguments, then raises an
    error that says so. {successor}""",
})

# Advice of the errors for R formals that TFP 0.25 no longer takes.
SCALE_IDENTITY_ADVICE = ("add the multiplier to `scale_diag` instead (the scale matrix is "
                         "diag(scale_diag + scale_identity_multiplier))")
BATCH_SHAPE_ADVICE = ("reshape the base distribution instead, e.g. with tfd_batch_reshape() or "
                      "tfd_sample_distribution()")
EVENT_SHAPE_ADVICE = ("give the base distribution the event shape instead, e.g. with "
                      "tfd_sample_distribution() or tfd_independent()")
# The successors of the classes TFP 0.25 no longer has (see removed_function).
EXPONENTIAL_SUCCESSOR = (
    "Build it as tfd_transformed_distribution() of tfd_sample_distribution(tfd_exponential(1), k) "
    "with the bijectors tfb_shift(loc) and tfb_scale_matvec_diag(scale_diag) (or "
    "tfb_scale_matvec_linear_operator(scale)).")
LAPLACE_SUCCESSOR = (
    "Build it as tfd_transformed_distribution() of tfd_sample_distribution(tfd_laplace(0, 1), k) "
    "with the bijectors tfb_shift(loc) and tfb_scale_matvec_diag(scale_diag) (or "
    "tfb_scale_matvec_linear_operator(scale)).")
SINH_ARCSINH_SUCCESSOR = (
    "For independent coordinates use tfd_independent(tfd_sinh_arcsinh(loc, scale, skewness, "
    "tailweight), 1).")
WISHART_SUCCESSOR = (
    "Use tfd_wishart_tri_l(df, scale_tril), with scale_tril the Cholesky factor of scale, or "
    "tfd_wishart_linear_operator().")
INTERPOLATE_ADVICE = ("its successor is `force_probs_to_zero_outside_support` (TRUE gives zero "
                      "probability to non-integers; the default FALSE interpolates, as "
                      "`interpolate_nondiscrete = TRUE` did)")


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
    name=TFPDefault('paste0("Independent", distribution$name)'),
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
    name : str or None
        Name of the distribution; by default ``"Independent"`` followed by the
        name of ``distribution``.

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


@distribution_function("MultivariateNormalDiag", {"loc": as_parameter, "scale_diag": as_parameter},
                       removed={"scale_identity_multiplier": SCALE_IDENTITY_ADVICE})
def tfd_multivariate_normal_diag(
    loc=None,
    scale_diag=None,
    scale_identity_multiplier=None,
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
    {scale_identity_multiplier}
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
    dtype=TF_INT32,
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
    name="Beta",
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
    name : str
        Name prefixed to the operations this distribution creates. The default,
        ``"Beta"``, is R tfprobability's, kept as it is.

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
    dtype=TF_INT32,
    validate_args=False,
    allow_nan_stats=True,
    name="Categorical",
    force_probs_to_zero_outside_support=False,
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
    {validate_args}
    {allow_nan_stats}
    {distribution_name}
    {force_probs_to_zero_outside_support}

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
    dtype=TF_INT32,
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


@distribution_function("Poisson", {"rate": as_parameter, "log_rate": as_parameter},
                       removed={"interpolate_nondiscrete": INTERPOLATE_ADVICE})
def tfd_poisson(
    rate=None,
    log_rate=None,
    interpolate_nondiscrete=True,
    validate_args=False,
    allow_nan_stats=True,
    name="Poisson",
    force_probs_to_zero_outside_support=False,
):
    """Poisson distribution.

    Counts with mean and variance ``rate``. Give exactly one of ``rate`` and
    ``log_rate``.

    Parameters
    ----------
    {optional_rate}
    {log_rate}
    {interpolate_nondiscrete}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}
    {force_probs_to_zero_outside_support}

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
    rate=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Gamma",
    log_rate=None,
    force_probs_to_zero_outside_support=False,
):
    """Gamma distribution.

    The gamma distribution with shape ``concentration`` and ``rate``: mean
    ``concentration / rate``. ``rate`` is required, as in R; to give
    ``log_rate`` instead (TFP's addition), pass ``rate = NULL``.

    Parameters
    ----------
    concentration : float, array-like or tensor
        Concentration (shape) parameter, positive.
    {optional_rate}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}
    {log_rate}
    {force_probs_to_zero_outside_support}

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
    concentration1=None,
    concentration0=None,
    validate_args=False,
    allow_nan_stats=True,
    name="Beta",
    force_probs_to_zero_outside_support=False,
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
    {distribution_name}
    {force_probs_to_zero_outside_support}

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
    validate_args=False,
    allow_nan_stats=True,
    name="Exponential",
    force_probs_to_zero_outside_support=False,
):
    """Exponential distribution.

    The exponential distribution with ``rate``: mean ``1 / rate``.

    Parameters
    ----------
    rate : float, array-like or tensor
        Rate parameter, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}
    {force_probs_to_zero_outside_support}

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


@distribution_function("Autoregressive", {
    "distribution_fn": as_callable,
    "sample0": as_parameter,
    "num_steps": as_count,
})
def tfd_autoregressive(
    distribution_fn=REQUIRED,
    sample0=None,
    num_steps=None,
    validate_args=False,
    allow_nan_stats=True,
    name="Autoregressive",
):
    """Autoregressive distribution.

    A distribution whose sample is refined ``num_steps`` times: each step feeds the
    previous sample to ``distribution_fn``, which returns the distribution of the
    next, e.g. one whose parameters come from an autoregressive network. The
    final sample has the ``log_prob`` of the distribution made from it.

    Parameters
    ----------
    distribution_fn : callable
        Function of a sample returning a distribution (an R function is
        accepted).
    sample0 : float, array-like, tensor or None
        Initial input to ``distribution_fn``; ``NULL`` for zeros of the event
        shape.
    num_steps : int or None
        Number of refinements, a positive whole number; ``NULL`` for the size of
        the event.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_autoregressive(
      function(x) tfd_independent(tfd_normal(loc = x, scale = 1), 1),
      sample0 = c(0, 0), num_steps = 2)
    d %>% tfd_sample(3)
    """


@distribution_function("BatchReshape", {
    "distribution": as_distribution,
    "batch_shape": as_batch_reshape,
})
def tfd_batch_reshape(
    distribution=REQUIRED,
    batch_shape=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name=None,
):
    """Batch-Reshaping distribution.

    The same distribution with its batch members arranged in a new
    ``batch_shape`` (as R's ``dim<-`` rearranges an array); the event shape is
    unchanged.

    Parameters
    ----------
    {base_distribution}
    batch_shape : int or sequence of int
        The new batch shape, with as many batch members in total as
        ``distribution`` has; one dimension may be -1, computed from the others.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_batch_reshape(tfd_normal(loc = 1:6, scale = 1), batch_shape = c(2, 3))
    d$batch_shape
    """


@distribution_function("Bates", {
    "total_count": as_parameter,
    "low": as_parameter,
    "high": as_parameter,
})
def tfd_bates(
    total_count=REQUIRED,
    low=0,
    high=1,
    validate_args=False,
    allow_nan_stats=True,
    name="Bates",
):
    """Bates distribution.

    The distribution of the mean of ``total_count`` independent uniform draws
    on ``[low, high]``.

    Parameters
    ----------
    total_count : float, array-like or tensor
        Number of uniform draws averaged, a whole number >= 1.
    low : float, array-like or tensor
        Lower end of the support.
    high : float, array-like or tensor
        Upper end of the support, above ``low``.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_bates(total_count = c(1, 2, 5), low = 0, high = 10)
    d %>% tfd_sample(2)
    """


@distribution_function("BetaBinomial", {
    "total_count": as_parameter,
    "concentration1": as_parameter,
    "concentration0": as_parameter,
})
def tfd_beta_binomial(
    total_count=REQUIRED,
    concentration1=REQUIRED,
    concentration0=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="BetaBinomial",
):
    """Beta-Binomial compound distribution.

    The number of successes in ``total_count`` trials whose success probability
    is itself drawn from ``Beta(concentration1, concentration0)``: an
    overdispersed binomial.

    Parameters
    ----------
    total_count : float, array-like or tensor
        Number of trials, a whole number >= 0.
    concentration1 : float, array-like or tensor
        First concentration of the beta mixing distribution, positive.
    concentration0 : float, array-like or tensor
        Second concentration of the beta mixing distribution, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_beta_binomial(total_count = c(5, 10), concentration1 = 2, concentration0 = 3)
    d %>% tfd_log_prob(1)
    """


@distribution_function("Blockwise", {
    "distributions": as_distribution_list,
    "dtype_override": as_dtype,
})
def tfd_blockwise(
    distributions=REQUIRED,
    dtype_override=None,
    validate_args=False,
    allow_nan_stats=False,
    name="Blockwise",
):
    """Blockwise distribution.

    Independent vector-valued distributions joined into one whose events are
    their events concatenated: a sample of ``Blockwise(list(a, b))`` is
    ``c(sample of a, sample of b)``.

    Parameters
    ----------
    distributions : list
        A list of distributions with vector events (event rank 1).
    dtype_override : str, tf.DType or None
        Data type of the joined samples when the parts' types differ; ``NULL``
        keeps their common type.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_blockwise(list(
      tfd_multinomial(total_count = 5, probs = c(0.2, 0.3, 0.5)),
      tfd_multivariate_normal_diag(loc = c(0, 0, 0, 0))))
    d %>% tfd_sample()
    """


@distribution_function("Chi", {"df": as_parameter})
def tfd_chi(
    df=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Chi",
):
    """Chi distribution.

    The distribution of the Euclidean length of a vector of ``df`` independent
    standard normals (the square root of a chi-square variable).

    Parameters
    ----------
    df : float, array-like or tensor
        Degrees of freedom, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_chi(df = 3)
    d %>% tfd_prob(c(0.5, 1, 2))
    """


@distribution_function("Chi2", {"df": as_parameter})
def tfd_chi2(
    df=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Chi2",
):
    """Chi Square distribution.

    The chi-square distribution with ``df`` degrees of freedom: the sum of
    squares of ``df`` independent standard normals; its mean is ``df``.

    Parameters
    ----------
    df : float, array-like or tensor
        Degrees of freedom, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_chi2(df = c(1, 4))
    d %>% tfd_mean()
    """


@distribution_function("CholeskyLKJ", {"dimension": as_count, "concentration": as_parameter})
def tfd_cholesky_lkj(
    dimension=REQUIRED,
    concentration=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="CholeskyLKJ",
):
    """The CholeskyLKJ distribution on cholesky factors of correlation matrices.

    The LKJ distribution of correlation matrices, over their lower-triangular
    Cholesky factors: samples are ``dimension x dimension`` lower-triangular
    matrices ``L`` such that ``L %*% t(L)`` is a correlation matrix.

    Parameters
    ----------
    dimension : int
        Size of the matrices, a positive whole number.
    concentration : float, array-like or tensor
        Concentration, positive; 1 is uniform over correlation matrices, larger
        values favour matrices near the identity.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_cholesky_lkj(dimension = 3, concentration = 1.5)
    d %>% tfd_sample()
    """


@distribution_function("ContinuousBernoulli", {
    "logits": as_parameter,
    "probs": as_parameter,
    "dtype": as_dtype,
})
def tfd_continuous_bernoulli(
    logits=None,
    probs=None,
    dtype=TF_FLOAT32,
    validate_args=False,
    allow_nan_stats=True,
    name="ContinuousBernoulli",
):
    """Continuous Bernoulli distribution.

    A distribution on ``[0, 1]`` with density proportional to ``probs^x (1 -
    probs)^(1 - x)``: the normalized Bernoulli likelihood for continuous data
    such as pixel intensities.

    Parameters
    ----------
    logits : float, array-like or tensor or None
        Log-odds of the parameter. Give exactly one of ``logits`` and ``probs``.
    probs : float, array-like or tensor or None
        The parameter, in ``(0, 1)`` (not the mean). Give exactly one of
        ``logits`` and ``probs``.
    dtype : str or tf.DType
        Data type of samples, ``tf$float32`` by default.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_continuous_bernoulli(logits = c(0.1, 0.9))
    d %>% tfd_log_prob(1)
    """


@distribution_function("Dirichlet", {"concentration": as_parameter})
def tfd_dirichlet(
    concentration=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Dirichlet",
):
    """Dirichlet distribution.

    A distribution over probability vectors (points of the simplex): with ``k``
    concentrations, samples are vectors of ``k`` positive numbers summing to 1,
    with mean ``concentration / sum(concentration)``.

    Parameters
    ----------
    concentration : float, array-like or tensor
        Vector of positive concentrations; the last axis is the event.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_dirichlet(concentration = c(1, 2, 3))
    d %>% tfd_mean()
    """


@distribution_function("DirichletMultinomial", {
    "total_count": as_parameter,
    "concentration": as_parameter,
})
def tfd_dirichlet_multinomial(
    total_count=REQUIRED,
    concentration=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="DirichletMultinomial",
):
    """Dirichlet-Multinomial compound distribution.

    Counts of ``total_count`` draws over ``k`` classes whose probabilities are
    themselves drawn from ``Dirichlet(concentration)``: an overdispersed
    multinomial.

    Parameters
    ----------
    total_count : float, array-like or tensor
        Number of draws, a whole number >= 0.
    concentration : float, array-like or tensor
        Vector of positive concentrations of the Dirichlet; the last axis is the event.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_dirichlet_multinomial(total_count = 2, concentration = c(1, 2, 3))
    d %>% tfd_mean()
    """


@distribution_function("DoublesidedMaxwell", {"loc": as_parameter, "scale": as_parameter})
def tfd_doublesided_maxwell(
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="doublesided_maxwell",
):
    """Double-sided Maxwell distribution.

    A Maxwell distribution mirrored around ``loc``: symmetric and bimodal, with
    density proportional to ``(x - loc)^2 exp(-(x - loc)^2 / (2 scale^2))``.

    Parameters
    ----------
    loc : float, array-like or tensor
        Centre of symmetry.
    {scale}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_doublesided_maxwell(loc = 0, scale = c(0.5, 1, 2))
    d %>% tfd_sample()
    """


@distribution_function("Empirical", {
    "samples": as_parameter,
    "event_ndims": as_nonnegative_integer,
})
def tfd_empirical(
    samples=REQUIRED,
    event_ndims=0,
    validate_args=False,
    allow_nan_stats=True,
    name="Empirical",
):
    """Empirical distribution.

    The empirical distribution of the given samples: each of the ``n`` samples
    (along the last axis before the event) has probability ``1 / n``.

    Parameters
    ----------
    samples : float, array-like or tensor
        The samples; the axis before the last ``event_ndims`` axes counts them.
    event_ndims : int
        Number of axes of one sample (0 for scalars, 1 for vectors).
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_empirical(samples = c(0, 1, 1, 2))
    d %>% tfd_cdf(1)
    """


@distribution_function("ExpGamma", {
    "concentration": as_parameter,
    "rate": as_parameter,
    "log_rate": as_parameter,
})
def tfd_exp_gamma(
    concentration=REQUIRED,
    rate=None,
    log_rate=None,
    validate_args=False,
    allow_nan_stats=True,
    name="ExpGamma",
):
    """ExpGamma distribution.

    The distribution of ``log(X)`` for ``X ~ Gamma(concentration, rate)``, which
    works on the log scale without overflow. Give exactly one of ``rate`` and
    ``log_rate``.

    Parameters
    ----------
    concentration : float, array-like or tensor
        Concentration (shape) of the gamma variable, positive.
    {optional_rate}
    {log_rate}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_exp_gamma(concentration = 1, rate = 1)
    d %>% tfd_mean()
    """


@distribution_function("ExpInverseGamma", {
    "concentration": as_parameter,
    "scale": as_parameter,
    "log_scale": as_parameter,
})
def tfd_exp_inverse_gamma(
    concentration=REQUIRED,
    scale=None,
    log_scale=None,
    validate_args=False,
    allow_nan_stats=True,
    name="ExpGamma",
):
    """ExpInverseGamma distribution.

    The distribution of ``log(X)`` for ``X ~ InverseGamma(concentration,
    scale)``. Give exactly one of ``scale`` and ``log_scale``.

    Parameters
    ----------
    concentration : float, array-like or tensor
        Concentration (shape) of the inverse gamma variable, positive.
    scale : float, array-like or tensor or None
        Scale of the inverse gamma variable, positive.
    log_scale : float, array-like or tensor or None
        Natural logarithm of the scale.
    {validate_args}
    {allow_nan_stats}
    name : str
        Name prefixed to the operations this distribution creates. The default,
        ``"ExpGamma"``, is R tfprobability's, kept as it is.

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_exp_inverse_gamma(concentration = 1, scale = 1)
    d %>% tfd_sample(2)
    """


@distribution_function("ExpRelaxedOneHotCategorical", {
    "temperature": as_parameter,
    "logits": as_parameter,
    "probs": as_parameter,
})
def tfd_exp_relaxed_one_hot_categorical(
    temperature=REQUIRED,
    logits=None,
    probs=None,
    validate_args=False,
    allow_nan_stats=True,
    name="ExpRelaxedOneHotCategorical",
):
    """ExpRelaxedOneHotCategorical distribution with temperature and logits.

    The relaxed one-hot categorical distribution on the log scale: the logarithm
    of a ``tfd_relaxed_one_hot_categorical()`` sample, numerically stabler at low
    temperatures.

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

    R Examples
    ----------
    d <- tfd_exp_relaxed_one_hot_categorical(temperature = 0.5, probs = c(0.1, 0.5, 0.4))
    d %>% tfd_sample()
    """


@distribution_function("FiniteDiscrete", {
    "outcomes": as_parameter,
    "logits": as_parameter,
    "probs": as_parameter,
    "rtol": as_parameter,
    "atol": as_parameter,
})
def tfd_finite_discrete(
    outcomes=REQUIRED,
    logits=None,
    probs=None,
    rtol=None,
    atol=None,
    validate_args=False,
    allow_nan_stats=True,
    name="FiniteDiscrete",
):
    """The finite discrete distribution.

    A distribution over a finite set of real numbers, ``outcomes``, each with its
    probability.

    Parameters
    ----------
    outcomes : float, array-like or tensor
        The possible values, in increasing order (the last axis).
    {logits}
    {probs}
    rtol : float or None
        Relative tolerance when matching a value to an outcome; ``NULL`` for the default of the data type.
    atol : float or None
        Absolute tolerance when matching a value to an outcome; ``NULL`` for the default of the data type.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_finite_discrete(c(1, 2, 3), probs = c(0.5, 0.2, 0.3))
    d %>% tfd_prob(2)
    """


@distribution_function("GammaGamma", {
    "concentration": as_parameter,
    "mixing_concentration": as_parameter,
    "mixing_rate": as_parameter,
})
def tfd_gamma_gamma(
    concentration=REQUIRED,
    mixing_concentration=REQUIRED,
    mixing_rate=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="GammaGamma",
):
    """Gamma-Gamma distribution.

    A gamma distribution with shape ``concentration`` whose rate is itself gamma
    distributed, with shape ``mixing_concentration`` and rate ``mixing_rate``.

    Parameters
    ----------
    concentration : float, array-like or tensor
        Shape of the gamma variable, positive.
    mixing_concentration : float, array-like or tensor
        Shape of the gamma distribution of the rate, positive.
    mixing_rate : float, array-like or tensor
        Rate of the gamma distribution of the rate, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_gamma_gamma(concentration = 1, mixing_concentration = 2, mixing_rate = 0.5)
    d %>% tfd_mean()
    """


@distribution_function("GaussianProcess", {
    "kernel": as_psd_kernel,
    "index_points": as_parameter,
    "mean_fn": as_callable,
    "observation_noise_variance": as_parameter,
    "jitter": as_parameter,
})
def tfd_gaussian_process(
    kernel=REQUIRED,
    index_points=REQUIRED,
    mean_fn=None,
    observation_noise_variance=0,
    jitter=1e-06,
    validate_args=False,
    allow_nan_stats=False,
    name="GaussianProcess",
):
    """Marginal distribution of a Gaussian process at finitely many points.

    A Gaussian process with covariance function ``kernel``, read at
    ``index_points``: a multivariate normal with one coordinate per index point.
    The kernel comes from ``tfp.math.psd_kernels`` (R: ``tfp$math$psd_kernels``,
    e.g. ``tfp$math$psd_kernels$ExponentiatedQuadratic()``); in Python pass
    ``tfp.math.psd_kernels.ExponentiatedQuadratic(...)``.

    Parameters
    ----------
    {gp_kernel}
    {gp_index_points}
    {gp_mean_fn}
    {gp_observation_noise_variance}
    {gp_jitter}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    kernel <- tfp$math$psd_kernels$ExponentiatedQuadratic()
    index_points <- matrix(seq(-1, 1, length.out = 20), ncol = 1)
    gp <- tfd_gaussian_process(kernel, index_points, observation_noise_variance = 0.05)
    gp %>% tfd_sample(2)
    """


@distribution_function("GaussianProcessRegressionModel", {
    "kernel": as_psd_kernel,
    "index_points": as_parameter,
    "observation_index_points": as_parameter,
    "observations": as_parameter,
    "observation_noise_variance": as_parameter,
    "predictive_noise_variance": as_parameter,
    "mean_fn": as_callable,
    "jitter": as_parameter,
})
def tfd_gaussian_process_regression_model(
    kernel=REQUIRED,
    index_points=None,
    observation_index_points=None,
    observations=None,
    observation_noise_variance=0,
    predictive_noise_variance=None,
    mean_fn=None,
    jitter=1e-06,
    validate_args=False,
    allow_nan_stats=False,
    name="GaussianProcessRegressionModel",
):
    """Posterior predictive distribution in a conjugate GP regression model.

    The distribution of a Gaussian process at ``index_points`` given noisy
    ``observations`` at ``observation_index_points``: the posterior predictive
    of Gaussian process regression. The kernel comes from ``tfp.math.psd_kernels`` (R: ``tfp$math$psd_kernels``,
    e.g. ``tfp$math$psd_kernels$ExponentiatedQuadratic()``); in Python pass
    ``tfp.math.psd_kernels.ExponentiatedQuadratic(...)``.

    Parameters
    ----------
    {gp_kernel}
    index_points : float, array-like, tensor or None
        Points at which to predict, one row per point.
    observation_index_points : float, array-like, tensor or None
        Points at which ``observations`` were made, one row per point.
    observations : float, array-like, tensor or None
        The observed values, one per observation index point.
    {gp_observation_noise_variance}
    predictive_noise_variance : float, tensor or None
        Noise variance of the predictions; ``NULL`` takes
        ``observation_noise_variance``.
    {gp_mean_fn}
    {gp_jitter}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_gaussian_process_regression_model(
      kernel = tfp$math$psd_kernels$MaternFiveHalves(),
      index_points = matrix(seq(-1, 1, length.out = 10), ncol = 1),
      observation_index_points = matrix(runif(5), ncol = 1),
      observations = rnorm(5),
      observation_noise_variance = 0.5)
    d %>% tfd_mean()
    """


@distribution_function("GeneralizedNormal", {
    "loc": as_parameter,
    "scale": as_parameter,
    "power": as_parameter,
})
def tfd_generalized_normal(
    loc=REQUIRED,
    scale=REQUIRED,
    power=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="GeneralizedNormal",
):
    """The Generalized Normal distribution.

    The exponential power distribution, with density proportional to
    ``exp(-(|x - loc| / scale)^power)``: normal for ``power = 2``, Laplace for
    ``power = 1``.

    Parameters
    ----------
    loc : float, array-like or tensor
        Location (the mean).
    {scale}
    power : float, array-like or tensor
        Shape, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_generalized_normal(loc = c(1, 2), scale = c(1, 2), power = c(1, 3))
    d %>% tfd_sample(2)
    """


@distribution_function("GeneralizedPareto", {
    "loc": as_parameter,
    "scale": as_parameter,
    "concentration": as_parameter,
})
def tfd_generalized_pareto(
    loc=REQUIRED,
    scale=REQUIRED,
    concentration=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name=None,
):
    """The Generalized Pareto distribution.

    The distribution of exceedances over a high threshold ``loc`` in extreme value
    theory; ``concentration`` sets the tail (0 exponential, positive heavy).

    Parameters
    ----------
    loc : float, array-like or tensor
        Lower end of the support.
    {scale}
    concentration : float, array-like or tensor
        Shape of the tail.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_generalized_pareto(loc = 0, scale = 2, concentration = 0.5)
    d %>% tfd_sample(3)
    """


@distribution_function("Geometric", {"logits": as_parameter, "probs": as_parameter})
def tfd_geometric(
    logits=None,
    probs=None,
    validate_args=False,
    allow_nan_stats=True,
    name="Geometric",
):
    """Geometric distribution.

    The number of failures before the first success in independent trials, each
    a success with probability ``probs``.

    Parameters
    ----------
    logits : float, array-like or tensor or None
        Log-odds of success. Give exactly one of ``logits`` and ``probs``.
    probs : float, array-like or tensor or None
        Probability of success in ``(0, 1]``. Give exactly one of ``logits`` and
        ``probs``.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_geometric(probs = 0.6)
    d %>% tfd_variance()
    """


@distribution_function("Gumbel", {"loc": as_parameter, "scale": as_parameter})
def tfd_gumbel(
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Gumbel",
):
    """Scalar Gumbel distribution with location loc and scale parameters.

    The type I extreme value distribution: the limit of the maximum of many
    independent draws, with cdf ``exp(-exp(-(x - loc) / scale))``.

    Parameters
    ----------
    loc : float, array-like or tensor
        Location (the mode).
    {scale}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_gumbel(loc = 3, scale = 1.5)
    d %>% tfd_variance()
    """


@distribution_function("HiddenMarkovModel", {
    "initial_distribution": as_distribution,
    "transition_distribution": as_distribution,
    "observation_distribution": as_distribution,
    "num_steps": as_count,
})
def tfd_hidden_markov_model(
    initial_distribution=REQUIRED,
    transition_distribution=REQUIRED,
    observation_distribution=REQUIRED,
    num_steps=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="HiddenMarkovModel",
):
    """Hidden Markov model distribution.

    A Markov chain over ``K`` hidden states, run for ``num_steps`` steps, seen
    only through one observation per step: samples and ``log_prob`` are over the
    sequence of observations, with the hidden states summed out.

    Parameters
    ----------
    initial_distribution : tfp.distributions.Distribution
        Categorical distribution of the first hidden state, over ``K`` states.
    transition_distribution : tfp.distributions.Distribution
        Categorical distribution of the next state, with batch shape ``K``: row
        ``i`` gives the probabilities of moving from state ``i``.
    observation_distribution : tfp.distributions.Distribution
        Distribution of an observation, with ``K`` batch members, one per hidden
        state.
    num_steps : int
        Number of steps, a positive whole number.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    # A cold day (0) or a hot day (1); a cold first day has probability 0.8.
    initial_distribution <- tfd_categorical(probs = c(0.8, 0.2))
    transition_distribution <- tfd_categorical(
      probs = matrix(c(0.7, 0.3, 0.2, 0.8), nrow = 2, byrow = TRUE))
    observation_distribution <- tfd_normal(loc = c(0, 15), scale = c(5, 10))
    d <- tfd_hidden_markov_model(
      initial_distribution = initial_distribution,
      transition_distribution = transition_distribution,
      observation_distribution = observation_distribution,
      num_steps = 7)
    d %>% tfd_mean()
    d %>% tfd_log_prob(rep(0, 7))
    """


@distribution_function("Horseshoe", {"scale": as_parameter})
def tfd_horseshoe(
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Horseshoe",
):
    """Horseshoe distribution.

    A normal with a half-Cauchy distributed scale: a sparsity prior with a tall
    spike at zero and heavy tails.

    Parameters
    ----------
    scale : float, array-like or tensor
        Scale of the half-Cauchy distribution of the normal's scale, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_horseshoe(scale = 2)
    d %>% tfd_sample(3)
    """


@distribution_function("InverseGamma", {"concentration": as_parameter, "scale": as_parameter})
def tfd_inverse_gamma(
    concentration=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="InverseGamma",
):
    """InverseGamma distribution.

    The distribution of ``1 / X`` for ``X ~ Gamma(concentration, rate =
    scale)``, with mean ``scale / (concentration - 1)``.

    Parameters
    ----------
    concentration : float, array-like or tensor
        Concentration (shape), positive.
    scale : float, array-like or tensor
        Scale, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_inverse_gamma(concentration = 1.5, scale = 2)
    d %>% tfd_mean()
    """


@distribution_function("InverseGaussian", {"loc": as_parameter, "concentration": as_parameter})
def tfd_inverse_gaussian(
    loc=REQUIRED,
    concentration=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="InverseGaussian",
):
    """Inverse Gaussian distribution.

    The Wald distribution of positive numbers, with mean ``loc`` and variance
    ``loc^3 / concentration``.

    Parameters
    ----------
    loc : float, array-like or tensor
        Mean, positive.
    concentration : float, array-like or tensor
        Shape, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_inverse_gaussian(loc = 1, concentration = 1)
    d %>% tfd_mean()
    """


@distribution_function("JohnsonSU", {
    "skewness": as_parameter,
    "tailweight": as_parameter,
    "loc": as_parameter,
    "scale": as_parameter,
})
def tfd_johnson_s_u(
    skewness=REQUIRED,
    tailweight=REQUIRED,
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name=None,
):
    """Johnson's SU-distribution.

    A normal variable passed through ``sinh``: a flexible unbounded distribution
    whose ``skewness`` and ``tailweight`` set its asymmetry and its tails.

    Parameters
    ----------
    skewness : float, array-like or tensor
        Skewness parameter.
    tailweight : float, array-like or tensor
        Tail-weight parameter, positive.
    loc : float, array-like or tensor
        Location: where the distribution is centred.
    {scale}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_johnson_s_u(skewness = -2, tailweight = 2, loc = 1.1, scale = 1.5)
    d %>% tfd_log_prob(1)
    """


@distribution_function("JointDistributionNamed", {"model": as_joint_model})
def tfd_joint_distribution_named(
    model=REQUIRED,
    validate_args=False,
    name=None,
):
    """Joint distribution parameterized by named distribution-making functions.

    A joint distribution over several named variables: each element of the
    named list is a distribution or a function of other elements, named by its
    arguments, that returns one. Samples and ``log_prob`` values are named
    lists.

    Parameters
    ----------
    model : dict
        A named list (Python: a dict) of distributions and functions making
        them; a function's argument names name the elements it depends on.
    {validate_args}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_joint_distribution_named(list(
      n = tfd_normal(loc = 0, scale = 2),
      m = function(n) tfd_normal(loc = n, scale = 1)))
    x <- d %>% tfd_sample()
    d %>% tfd_log_prob(x)
    """


@distribution_function("JointDistributionNamedAutoBatched", {
    "model": as_joint_model,
    "batch_ndims": as_nonnegative_integer,
})
def tfd_joint_distribution_named_auto_batched(
    model=REQUIRED,
    batch_ndims=0,
    use_vectorized_map=True,
    validate_args=False,
    name=None,
):
    """Joint distribution parameterized by named distribution-making functions.

    As ``tfd_joint_distribution_named()``, but the parts' batch shapes are
    handled automatically: each part's extra dimensions become event
    dimensions, so ``log_prob`` returns one value per batch member of the
    whole.

    Parameters
    ----------
    model : dict
        A named list (Python: a dict) of distributions and functions making
        them; a function's argument names name the elements it depends on.
    batch_ndims : int
        Number of leading dimensions that are batch dimensions, shared by all
        parts.
    use_vectorized_map : bool
        Whether to sample and evaluate the parts with a vectorized map (faster
        when functions are applied to batches).
    {validate_args}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_joint_distribution_named_auto_batched(list(
      e = tfd_exponential(rate = c(100, 120)),
      n = tfd_normal(loc = 0, scale = 2)))
    x <- d %>% tfd_sample()
    d %>% tfd_log_prob(x)
    """


@distribution_function("JointDistributionSequentialAutoBatched", {
    "model": as_joint_model,
    "batch_ndims": as_nonnegative_integer,
})
def tfd_joint_distribution_sequential_auto_batched(
    model=REQUIRED,
    batch_ndims=0,
    use_vectorized_map=True,
    validate_args=False,
    name=None,
):
    """Joint distribution parameterized by distribution-making functions.

    As ``tfd_joint_distribution_sequential()``, but the parts' batch shapes are
    handled automatically: each part's extra dimensions become event
    dimensions, so ``log_prob`` returns one value per batch member of the
    whole.

    Parameters
    ----------
    model : list
        A list of distributions and functions making distributions; a function
        takes the values of the elements before it, nearest first.
    batch_ndims : int
        Number of leading dimensions that are batch dimensions, shared by all
        parts.
    use_vectorized_map : bool
        Whether to sample and evaluate the parts with a vectorized map (faster
        when functions are applied to batches).
    {validate_args}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_joint_distribution_sequential_auto_batched(list(
      tfd_exponential(rate = c(100, 120)),
      tfd_normal(loc = 0, scale = 2)))
    x <- d %>% tfd_sample()
    d %>% tfd_log_prob(x)
    """


@distribution_function("Kumaraswamy", {
    "concentration1": as_parameter,
    "concentration0": as_parameter,
})
def tfd_kumaraswamy(
    concentration1=1,
    concentration0=1,
    validate_args=False,
    allow_nan_stats=True,
    name="Kumaraswamy",
):
    """Kumaraswamy distribution.

    A distribution on ``[0, 1]`` like the beta distribution, with the closed-form
    cdf ``1 - (1 - x^concentration1)^concentration0``.

    Parameters
    ----------
    concentration1 : float, array-like or tensor
        First shape parameter, positive.
    concentration0 : float, array-like or tensor
        Second shape parameter, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_kumaraswamy(c(1, 2, 3), c(1, 2, 3))
    d %>% tfd_prob(matrix(c(0.1, 0.4, 0.5, 0.2, 0.3, 0.5), ncol = 3))
    """


@distribution_function("LinearGaussianStateSpaceModel", {
    "num_timesteps": as_count,
    "transition_matrix": as_parameter,
    "transition_noise": as_distribution,
    "observation_matrix": as_parameter,
    "observation_noise": as_distribution,
    "initial_state_prior": as_distribution,
    "initial_step": as_nonnegative_integer,
})
def tfd_linear_gaussian_state_space_model(
    num_timesteps=REQUIRED,
    transition_matrix=REQUIRED,
    transition_noise=REQUIRED,
    observation_matrix=REQUIRED,
    observation_noise=REQUIRED,
    initial_state_prior=REQUIRED,
    initial_step=TFPDefault("0L"),
    validate_args=False,
    allow_nan_stats=True,
    name="LinearGaussianStateSpaceModel",
):
    """Observation distribution from a linear Gaussian state space model.

    A latent state that evolves linearly with Gaussian noise, ``z[t + 1] =
    transition_matrix %*% z[t] + noise``, seen through noisy linear observations
    ``x[t] = observation_matrix %*% z[t] + noise``: the distribution of the
    sequence of observations (a Kalman filter computes ``log_prob``).

    Parameters
    ----------
    num_timesteps : int
        Number of time steps, a positive whole number.
    transition_matrix : array-like, tensor or tf.linalg.LinearOperator
        Latent-to-latent matrix, ``latent_size x latent_size``.
    transition_noise : tfp.distributions.Distribution
        Multivariate normal noise added to the latent state at each step.
    observation_matrix : array-like, tensor or tf.linalg.LinearOperator
        Latent-to-observation matrix, ``observation_size x latent_size``.
    observation_noise : tfp.distributions.Distribution
        Multivariate normal noise added to each observation.
    initial_state_prior : tfp.distributions.Distribution
        Multivariate normal distribution of the first latent state.
    initial_step : int
        Number of the first time step (for time-varying matrices given as
        functions of the step).
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_linear_gaussian_state_space_model(
      num_timesteps = 10,
      transition_matrix = diag(2),
      transition_noise = tfd_multivariate_normal_diag(scale_diag = c(1, 1)),
      observation_matrix = diag(2),
      observation_noise = tfd_multivariate_normal_diag(scale_diag = c(5, 5)),
      initial_state_prior = tfd_multivariate_normal_diag(scale_diag = c(5, 5)))
    d %>% tfd_sample()
    """


@distribution_function("LKJ", {"dimension": as_count, "concentration": as_parameter})
def tfd_lkj(
    dimension=REQUIRED,
    concentration=REQUIRED,
    input_output_cholesky=False,
    validate_args=False,
    allow_nan_stats=True,
    name="LKJ",
):
    """LKJ distribution on correlation matrices.

    The Lewandowski-Kurowicka-Joe distribution over ``dimension x dimension``
    correlation matrices, a common prior for correlations.

    Parameters
    ----------
    dimension : int
        Size of the matrices, a positive whole number.
    concentration : float, array-like or tensor
        Concentration, positive; 1 is uniform over correlation matrices, larger
        values favour matrices near the identity.
    input_output_cholesky : bool
        Whether samples are, and ``log_prob`` takes, Cholesky factors of the
        correlation matrices instead of the matrices.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_lkj(dimension = 3, concentration = 1.5)
    d %>% tfd_sample()
    """


@distribution_function("LogLogistic", {"loc": as_parameter, "scale": as_parameter})
def tfd_log_logistic(
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="LogLogistic",
):
    """The log-logistic distribution.

    The distribution of ``exp(X)`` for a logistic ``X`` with location ``loc``
    and scale ``scale``; used for survival times.

    Parameters
    ----------
    loc : float, array-like or tensor
        Location of the underlying logistic (of ``log(X)``).
    scale : float, array-like or tensor
        Scale of the underlying logistic, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_log_logistic(loc = 1, scale = 1)
    d %>% tfd_prob(c(1, 10, 100))
    """


@distribution_function("LogitNormal", {"loc": as_parameter, "scale": as_parameter})
def tfd_logit_normal(
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="LogitNormal",
):
    """The Logit-Normal distribution.

    The distribution of ``plogis(X)`` (the logistic sigmoid) for ``X ~ N(loc,
    scale^2)``: a distribution on ``(0, 1)``.

    Parameters
    ----------
    loc : float, array-like or tensor
        Mean of the underlying normal.
    scale : float, array-like or tensor
        Standard deviation of the underlying normal, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_logit_normal(0, 1)
    d %>% tfd_sample(3)
    """


@distribution_function("Mixture", {"cat": as_distribution, "components": as_distribution_list})
def tfd_mixture(
    cat=REQUIRED,
    components=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Mixture",
):
    """Mixture distribution.

    A mixture of distributions of possibly different families: ``cat``, a
    categorical over ``K`` outcomes, picks one of the ``K`` ``components``.

    Parameters
    ----------
    cat : tfp.distributions.Distribution
        A ``tfd_categorical()`` giving the weights of the components.
    components : list
        A list of ``K`` distributions with the same batch and event shapes.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_mixture(
      cat = tfd_categorical(probs = c(0.3, 0.7)),
      components = list(tfd_normal(loc = -1, scale = 0.1), tfd_normal(loc = 1, scale = 0.5)))
    d %>% tfd_sample(5)
    """


@distribution_function("Multinomial", {
    "total_count": as_parameter,
    "logits": as_parameter,
    "probs": as_parameter,
})
def tfd_multinomial(
    total_count=REQUIRED,
    logits=None,
    probs=None,
    validate_args=False,
    allow_nan_stats=True,
    name="Multinomial",
):
    """Multinomial distribution.

    Counts of ``total_count`` independent draws over ``K`` classes with
    probabilities ``probs``; samples are vectors of ``K`` counts.

    Parameters
    ----------
    total_count : float, array-like or tensor
        Number of draws, a whole number >= 0.
    {logits}
    {probs}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_multinomial(total_count = c(4, 5), probs = rbind(c(0.1, 0.2, 0.7), c(0.3, 0.3, 0.4)))
    d %>% tfd_sample(2)
    """


@distribution_function("MultivariateNormalDiagPlusLowRank", {
    "loc": as_parameter,
    "scale_diag": as_parameter,
    "scale_perturb_factor": as_parameter,
    "scale_perturb_diag": as_parameter,
}, removed={"scale_identity_multiplier": SCALE_IDENTITY_ADVICE})
def tfd_multivariate_normal_diag_plus_low_rank(
    loc=None,
    scale_diag=None,
    scale_identity_multiplier=None,
    scale_perturb_factor=None,
    scale_perturb_diag=None,
    validate_args=False,
    allow_nan_stats=True,
    name="MultivariateNormalDiagPlusLowRank",
):
    """Multivariate normal distribution on R^k.

    A ``k``-variate normal whose scale matrix is a diagonal plus a low-rank
    update, ``diag(scale_diag) + U %*% diag(scale_perturb_diag) %*% t(U)`` with
    ``U = scale_perturb_factor``: cheap to evaluate for large ``k``.

    Parameters
    ----------
    {mvn_loc}
    scale_diag : float, array-like, tensor or None
        Diagonal of the scale matrix, or ``NULL`` for ones.
    {scale_identity_multiplier}
    scale_perturb_factor : float, array-like, tensor or None
        The ``k x r`` matrix ``U`` of the rank-``r`` update.
    scale_perturb_diag : float, array-like, tensor or None
        Vector of ``r`` weights of the update, or ``NULL`` for ones.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_multivariate_normal_diag_plus_low_rank(
      loc = c(-0.5, 0, 0.5),
      scale_diag = c(1.5, 0.5, 2),
      scale_perturb_factor = matrix(c(1, 2, -1, 1, 2, -0.5), nrow = 3, byrow = TRUE),
      scale_perturb_diag = c(4, 5))
    d %>% tfd_prob(c(-1, 0, 1))
    """


@distribution_function("MultivariateNormalFullCovariance", {
    "loc": as_parameter,
    "covariance_matrix": as_parameter,
})
def tfd_multivariate_normal_full_covariance(
    loc=None,
    covariance_matrix=None,
    validate_args=False,
    allow_nan_stats=True,
    name="MultivariateNormalFullCovariance",
):
    """Multivariate normal distribution on R^k.

    A ``k``-variate normal given by its mean and its full covariance matrix.

    Parameters
    ----------
    {mvn_loc}
    covariance_matrix : float, array-like, tensor or None
        Symmetric positive definite ``k x k`` covariance matrix (an R matrix
        is accepted), or ``NULL`` for the identity.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    cov <- matrix(c(0.36, 0.12, 0.06, 0.12, 0.29, -0.13, 0.06, -0.13, 0.26), nrow = 3)
    d <- tfd_multivariate_normal_full_covariance(loc = c(1, 2, 3), covariance_matrix = cov)
    d %>% tfd_sample(2)
    """


@distribution_function("MultivariateNormalLinearOperator", {
    "loc": as_parameter,
    "scale": as_parameter,
})
def tfd_multivariate_normal_linear_operator(
    loc=None,
    scale=None,
    validate_args=False,
    allow_nan_stats=True,
    name="MultivariateNormalLinearOperator",
):
    """The multivariate normal distribution on R^k.

    A ``k``-variate normal ``loc + scale %*% z`` for standard normal ``z``, with
    the scale given as a ``tf$linalg`` linear operator (lower triangular,
    diagonal, low-rank, ...), whose structure makes it cheap.

    Parameters
    ----------
    {mvn_loc}
    scale : tf.linalg.LinearOperator
        The ``k x k`` scale matrix as a linear operator, e.g.
        ``tf$linalg$LinearOperatorLowerTriangular(m)``.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    scale <- tf$linalg$LinearOperatorLowerTriangular(matrix(c(1, 0.5, 0, 1), 2))
    d <- tfd_multivariate_normal_linear_operator(loc = c(0, 0), scale = scale)
    d %>% tfd_covariance()
    """


@distribution_function("MultivariateStudentTLinearOperator", {
    "df": as_parameter,
    "loc": as_parameter,
    "scale": as_parameter,
})
def tfd_multivariate_student_t_linear_operator(
    df=REQUIRED,
    loc=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="MultivariateStudentTLinearOperator",
):
    """Multivariate Student's t-distribution on R^k.

    The ``k``-variate Student's t-distribution with ``df`` degrees of freedom,
    location ``loc`` and a scale matrix given as a ``tf$linalg`` linear
    operator.

    Parameters
    ----------
    df : float, array-like or tensor
        Degrees of freedom, positive.
    loc : float, array-like or tensor
        Vector of locations (the mean when ``df > 1``).
    scale : tf.linalg.LinearOperator
        The ``k x k`` scale matrix as a linear operator.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    scale <- tf$linalg$LinearOperatorLowerTriangular(matrix(c(1, 0.5, 0, 1), 2))
    d <- tfd_multivariate_student_t_linear_operator(df = 3, loc = c(1, 2), scale = scale)
    d %>% tfd_sample(2)
    """


@distribution_function("NegativeBinomial", {
    "total_count": as_parameter,
    "logits": as_parameter,
    "probs": as_parameter,
})
def tfd_negative_binomial(
    total_count=REQUIRED,
    logits=None,
    probs=None,
    validate_args=False,
    allow_nan_stats=True,
    name="NegativeBinomial",
):
    """NegativeBinomial distribution.

    The number of successes before ``total_count`` failures in independent
    trials, each a success with probability ``probs``; a count distribution with
    variance above its mean.

    Parameters
    ----------
    total_count : float, array-like or tensor
        Number of failures, positive.
    logits : float, array-like or tensor or None
        Log-odds of success. Give exactly one of ``logits`` and ``probs``.
    probs : float, array-like or tensor or None
        Probability of success. Give exactly one of ``logits`` and ``probs``.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_negative_binomial(total_count = 23, probs = 0.1)
    d %>% tfd_mean()
    """


@distribution_function("Pareto", {"concentration": as_parameter, "scale": as_parameter})
def tfd_pareto(
    concentration=REQUIRED,
    scale=1,
    validate_args=False,
    allow_nan_stats=True,
    name="Pareto",
):
    """Pareto distribution.

    The power-law distribution on ``[scale, Inf)``, with density
    ``concentration scale^concentration / x^(concentration + 1)``.

    Parameters
    ----------
    concentration : float, array-like or tensor
        Shape (tail index), positive.
    scale : float, array-like or tensor
        Lower end of the support, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_pareto(2)
    d %>% tfd_mode()
    """


@distribution_function("PERT", {
    "low": as_parameter,
    "peak": as_parameter,
    "high": as_parameter,
    "temperature": as_parameter,
})
def tfd_pert(
    low=REQUIRED,
    peak=REQUIRED,
    high=REQUIRED,
    temperature=4,
    validate_args=False,
    allow_nan_stats=False,
    name="Pert",
):
    """Modified PERT distribution for modeling expert predictions.

    A scaled beta distribution on ``[low, high]`` with mode ``peak``, used for
    expert estimates (lowest, most likely, highest); ``temperature`` sets how
    strongly it concentrates at the peak.

    Parameters
    ----------
    low : float, array-like or tensor
        Lower end of the support.
    peak : float, array-like or tensor
        The mode, between ``low`` and ``high``.
    high : float, array-like or tensor
        Upper end of the support.
    temperature : float, array-like or tensor
        Positive; higher values concentrate the mass at ``peak``.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_pert(1, 7, 11, 4)
    d %>% tfd_prob(7)
    """


@distribution_function("PixelCNN", {
    "image_shape": as_shape,
    "conditional_shape": as_shape,
    "num_resnet": as_count,
    "num_hierarchies": as_count,
    "num_filters": as_count,
    "num_logistic_mix": as_count,
    "receptive_field_dims": as_shape,
    "high": as_integer,
    "low": as_integer,
    "dtype": as_dtype,
})
def tfd_pixel_cnn(
    image_shape=REQUIRED,
    conditional_shape=None,
    num_resnet=5,
    num_hierarchies=3,
    num_filters=160,
    num_logistic_mix=10,
    receptive_field_dims=(3, 3),
    dropout_p=0.5,
    resnet_activation="concat_elu",
    use_weight_norm=True,
    use_data_init=True,
    high=255,
    low=0,
    dtype=TF_FLOAT32,
    name="PixelCNN",
):
    """The Pixel CNN++ distribution.

    A distribution over images made by a PixelCNN++ network (Salimans et al.,
    2017): each pixel's distribution, a mixture of discretized logistics,
    depends on the pixels above and to the left. Its ``log_prob`` can be a Keras
    model's output and trained. Its sampler takes only a whole-number seed:
    ``tfd_sample(d, 1, seed = 1L)``.

    Parameters
    ----------
    image_shape : sequence of int
        Shape of one image, ``c(height, width, channels)``.
    conditional_shape : sequence of int or None
        Shape of a conditional input (e.g. a class label), or ``NULL`` for none.
    num_resnet : int
        Number of layers within each block of the network.
    num_hierarchies : int
        Number of blocks (resolution levels) of the network.
    num_filters : int
        Number of filters of the convolutions.
    num_logistic_mix : int
        Number of components of each pixel's logistic mixture.
    receptive_field_dims : sequence of int
        Height and width of the receptive field above and left of each pixel.
    dropout_p : float
        Dropout probability of the network.
    resnet_activation : str
        Activation of the residual blocks: ``"concat_elu"``, ``"elu"`` or ``"relu"``.
    use_weight_norm : bool
        Whether the convolutions use weight normalization.
    use_data_init : bool
        Whether weight normalization is initialized from the data.
    high : int
        Largest pixel value.
    low : int
        Smallest pixel value.
    dtype : str or tf.DType
        Data type of the distribution, ``tf$float32`` by default.
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_pixel_cnn(image_shape = c(8, 8, 1), num_resnet = 1, num_hierarchies = 1,
                       num_filters = 2, num_logistic_mix = 1)
    d %>% tfd_log_prob(array(0, c(1, 8, 8, 1)))
    (d %>% tfd_sample(1, seed = 1L))$shape
    """


@distribution_function("PlackettLuce", {"scores": as_parameter, "dtype": as_dtype})
def tfd_plackett_luce(
    scores=REQUIRED,
    dtype=TF_INT32,
    validate_args=False,
    allow_nan_stats=False,
    name="PlackettLuce",
):
    """Plackett-Luce distribution over permutations.

    A distribution over orderings of ``K`` items: the first item is drawn with
    probability proportional to its score, the next from the rest, and so on.
    Samples are permutations of ``0, ..., K - 1``.

    Parameters
    ----------
    scores : float, array-like or tensor
        Positive scores of the items (the last axis).
    {outcome_dtype}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_plackett_luce(c(0.1, 2, 5))
    d %>% tfd_prob(list(c(2, 1, 0), c(1, 0, 2)))
    """


@distribution_function("PoissonLogNormalQuadratureCompound", {
    "loc": as_parameter,
    "scale": as_parameter,
    "quadrature_size": as_count,
    "quadrature_fn": as_function_or_name,
})
def tfd_poisson_log_normal_quadrature_compound(
    loc=REQUIRED,
    scale=REQUIRED,
    quadrature_size=8,
    quadrature_fn=LOGNORMAL_QUADRATURE_FN,
    validate_args=False,
    allow_nan_stats=True,
    name="PoissonLogNormalQuadratureCompound",
):
    """PoissonLogNormalQuadratureCompound distribution.

    A Poisson distribution whose log rate is normal, ``N(loc, scale^2)``,
    approximated by a mixture of ``quadrature_size`` Poissons.

    Parameters
    ----------
    loc : float, array-like or tensor
        Mean of the normal log rate.
    scale : float, array-like or tensor
        Standard deviation of the normal log rate, positive.
    quadrature_size : int
        Number of quadrature points (mixture components).
    quadrature_fn : callable
        Function returning the quadrature points and weights.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_poisson_log_normal_quadrature_compound(loc = c(0, -0.5), scale = 1,
                                                    quadrature_size = 10)
    d %>% tfd_mean()
    """


@distribution_function("PowerSpherical", {
    "mean_direction": as_parameter,
    "concentration": as_parameter,
})
def tfd_power_spherical(
    mean_direction=REQUIRED,
    concentration=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="PowerSpherical",
):
    """The Power Spherical distribution over unit vectors on S^{n-1}.

    A distribution over unit vectors concentrated around ``mean_direction``, like
    the von Mises-Fisher distribution but cheaper to sample and differentiate
    (De Cao and Aziz, 2020).

    Parameters
    ----------
    mean_direction : float, array-like or tensor
        Unit vector(s) of the mode (the last axis).
    concentration : float, array-like or tensor
        Concentration, >= 0; 0 is uniform on the sphere.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_power_spherical(mean_direction = rbind(c(0, 1, 0), c(1, 0, 0)),
                             concentration = c(1, 2))
    d %>% tfd_prob(rbind(c(0, 0, 1), c(0, 1, 0)))
    """


@distribution_function("ProbitBernoulli", {
    "probits": as_parameter,
    "probs": as_parameter,
    "dtype": as_dtype,
})
def tfd_probit_bernoulli(
    probits=None,
    probs=None,
    dtype=TF_INT32,
    validate_args=False,
    allow_nan_stats=True,
    name="ProbitBernoulli",
):
    """ProbitBernoulli distribution.

    A Bernoulli distribution parameterized on the probit scale: outcome ``1`` has
    probability ``pnorm(probits)``.

    Parameters
    ----------
    probits : float, array-like or tensor or None
        Probits of the outcome 1. Give exactly one of ``probits`` and ``probs``.
    probs : float, array-like or tensor or None
        Probabilities of the outcome 1. Give exactly one of ``probits`` and ``probs``.
    {outcome_dtype}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_probit_bernoulli(probits = c(1, 0))
    d %>% tfd_sample(3)
    """


@distribution_function("QuantizedDistribution", {
    "distribution": as_distribution,
    "low": as_parameter,
    "high": as_parameter,
})
def tfd_quantized(
    distribution=REQUIRED,
    low=None,
    high=None,
    validate_args=False,
    name="QuantizedDistribution",
):
    """Distribution representing the quantization Y = ceiling(X).

    The distribution of ``ceiling(X)`` for ``X`` from ``distribution``, with
    values below ``low`` put at ``low`` and above ``high`` at ``high``: a
    discretized continuous distribution.

    Parameters
    ----------
    {base_distribution}
    low : float, tensor or None
        Lowest value; ``NULL`` for no bound.
    high : float, tensor or None
        Highest value; ``NULL`` for no bound.
    {validate_args}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    q <- tfd_quantized(tfd_normal(loc = 0, scale = 1))
    q %>% tfd_cdf(c(0.1, 0.4, 1.2))
    """


@distribution_function("RelaxedBernoulli", {
    "temperature": as_parameter,
    "logits": as_parameter,
    "probs": as_parameter,
})
def tfd_relaxed_bernoulli(
    temperature=REQUIRED,
    logits=None,
    probs=None,
    validate_args=False,
    allow_nan_stats=True,
    name="RelaxedBernoulli",
):
    """RelaxedBernoulli distribution with temperature and logits parameters.

    The continuous (concrete) relaxation of a Bernoulli: samples in ``(0, 1)``,
    close to 0 or 1 at low ``temperature``, and differentiable with respect to
    the parameters.

    Parameters
    ----------
    temperature : float, array-like or tensor
        Temperature, positive.
    logits : float, array-like or tensor or None
        Log-odds of 1. Give exactly one of ``logits`` and ``probs``.
    probs : float, array-like or tensor or None
        Probability of 1. Give exactly one of ``logits`` and ``probs``.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_relaxed_bernoulli(temperature = 0.5, probs = c(0.2, 0.8))
    d %>% tfd_sample(3)
    """


@distribution_function("SinhArcsinh", {
    "loc": as_parameter,
    "scale": as_parameter,
    "skewness": as_parameter,
    "tailweight": as_parameter,
    "distribution": as_distribution,
})
def tfd_sinh_arcsinh(
    loc=REQUIRED,
    scale=REQUIRED,
    skewness=None,
    tailweight=None,
    distribution=None,
    validate_args=False,
    allow_nan_stats=True,
    name="SinhArcsinh",
):
    """The SinhArcsinh transformation of a distribution on (-inf, inf).

    A draw ``Z`` of ``distribution`` (standard normal by default) transformed
    by ``loc + scale * sinh((asinh(Z) + skewness) * tailweight)``: a normal with
    adjustable skew and tails. With ``skewness = 0`` and ``tailweight = 1`` it is
    the base shifted and scaled.

    Parameters
    ----------
    loc : float, array-like or tensor
        Location: where the distribution is centred.
    scale : float, array-like or tensor
        Scale, positive.
    skewness : float, array-like, tensor or None
        Skewness; ``NULL`` for 0.
    tailweight : float, array-like, tensor or None
        Tail weight, positive; ``NULL`` for 1.
    distribution : tfp.distributions.Distribution or None
        The base distribution of ``Z``; ``NULL`` for a standard normal.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_sinh_arcsinh(loc = 0, scale = 1, skewness = 0.5, tailweight = 1.5)
    d %>% tfd_sample(3)
    """


@distribution_function("Skellam", {
    "rate1": as_parameter,
    "rate2": as_parameter,
    "log_rate1": as_parameter,
    "log_rate2": as_parameter,
})
def tfd_skellam(
    rate1=None,
    rate2=None,
    log_rate1=None,
    log_rate2=None,
    force_probs_to_zero_outside_support=False,
    validate_args=False,
    allow_nan_stats=True,
    name="Skellam",
):
    """Skellam distribution.

    The difference ``N1 - N2`` of two independent Poisson counts with rates
    ``rate1`` and ``rate2``. Give one of ``rate1`` and ``log_rate1``, and one of
    ``rate2`` and ``log_rate2``.

    Parameters
    ----------
    rate1 : float, array-like, tensor or None
        Rate of the first count, positive.
    rate2 : float, array-like, tensor or None
        Rate of the second count, positive.
    log_rate1 : float, array-like, tensor or None
        Logarithm of ``rate1``.
    log_rate2 : float, array-like, tensor or None
        Logarithm of ``rate2``.
    {force_probs_to_zero_outside_support}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_skellam(rate1 = 0.1, rate2 = 0.7)
    d %>% tfd_log_prob(1)
    """


@distribution_function("SphericalUniform", {
    "dimension": as_count,
    "batch_shape": as_shape,
    "dtype": as_dtype,
})
def tfd_spherical_uniform(
    dimension=REQUIRED,
    batch_shape=(),
    dtype=TF_FLOAT32,
    validate_args=False,
    allow_nan_stats=True,
    name="SphericalUniform",
):
    """The uniform distribution over unit vectors on S^{n-1}.

    The uniform distribution over the unit sphere in ``dimension`` dimensions:
    samples are unit vectors of length ``dimension``.

    Parameters
    ----------
    dimension : int
        Dimension of the vectors, a positive whole number.
    batch_shape : int or sequence of int
        Batch shape, ``list()`` for one distribution.
    dtype : str or tf.DType
        Data type of samples, ``tf$float32`` by default.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_spherical_uniform(dimension = 4, batch_shape = 3)
    d %>% tfd_sample(2)
    """


@distribution_function("StudentTProcess", {
    "df": as_parameter,
    "kernel": as_psd_kernel,
    "index_points": as_parameter,
    "mean_fn": as_callable,
    "jitter": as_parameter,
})
def tfd_student_t_process(
    df=REQUIRED,
    kernel=REQUIRED,
    index_points=REQUIRED,
    mean_fn=None,
    jitter=1e-06,
    validate_args=False,
    allow_nan_stats=False,
    name="StudentTProcess",
):
    """Marginal distribution of a Student's T process at finitely many points.

    A Student's t process with ``df`` degrees of freedom and covariance function
    ``kernel``, read at ``index_points``: a multivariate Student's t with one
    coordinate per index point, heavier-tailed than a Gaussian process.
    The kernel comes from ``tfp.math.psd_kernels`` (R: ``tfp$math$psd_kernels``,
    e.g. ``tfp$math$psd_kernels$ExponentiatedQuadratic()``); in Python pass
    ``tfp.math.psd_kernels.ExponentiatedQuadratic(...)``.

    Parameters
    ----------
    df : float, array-like or tensor
        Degrees of freedom, above 2.
    {gp_kernel}
    {gp_index_points}
    {gp_mean_fn}
    {gp_jitter}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    kernel <- tfp$math$psd_kernels$ExponentiatedQuadratic()
    index_points <- matrix(seq(-1, 1, length.out = 20), ncol = 1)
    d <- tfd_student_t_process(df = 3, kernel = kernel, index_points = index_points)
    d %>% tfd_sample(2)
    """


@distribution_function("TransformedDistribution", {
    "distribution": as_distribution,
    "bijector": as_bijector,
    "kwargs_split_fn": as_function_or_name,
}, removed={"batch_shape": BATCH_SHAPE_ADVICE, "event_shape": EVENT_SHAPE_ADVICE})
def tfd_transformed_distribution(
    distribution=REQUIRED,
    bijector=REQUIRED,
    batch_shape=None,
    event_shape=None,
    kwargs_split_fn=None,
    validate_args=False,
    parameters=None,
    name=None,
):
    """A Transformed Distribution.

    The distribution of ``g(X)`` for ``X`` from ``distribution`` and an
    invertible, differentiable ``g``, the ``bijector``: ``log_prob`` applies the
    change-of-variables formula.

    Parameters
    ----------
    {base_distribution}
    bijector : tfp.bijectors.Bijector
        The transformation, e.g. made by ``tfb_exp()``.
    batch_shape : None
        Gone from TensorFlow Probability: kept for R tfprobability's formals,
        only ``NULL`` (the default) is accepted; reshape the base distribution
        instead (``tfd_sample_distribution()``, ``tfd_batch_reshape()``).
    event_shape : None
        Gone from TensorFlow Probability: kept for R tfprobability's formals,
        only ``NULL`` (the default) is accepted; use
        ``tfd_sample_distribution()`` or ``tfd_independent()`` on the base
        distribution instead.
    kwargs_split_fn : callable or None
        Function that splits the keyword arguments of ``log_prob`` and friends
        between the distribution and the bijector; ``NULL`` for TFP's, which
        takes them from ``distribution_kwargs`` and ``bijector_kwargs``.
    {validate_args}
    parameters : dict or None
        Parameters to record on the distribution; ``NULL`` records the arguments.
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_transformed_distribution(tfd_normal(loc = 0, scale = 1), tfb_exp())
    d %>% tfd_sample(3)
    """


@distribution_function("Triangular", {
    "low": as_parameter,
    "high": as_parameter,
    "peak": as_parameter,
})
def tfd_triangular(
    low=0,
    high=1,
    peak=0.5,
    validate_args=False,
    allow_nan_stats=True,
    name="Triangular",
):
    """Triangular distribution with low, high and peak parameters.

    The distribution on ``[low, high]`` whose density rises linearly to its
    maximum at ``peak`` and falls linearly after it.

    Parameters
    ----------
    low : float, array-like or tensor
        Lower end of the support.
    high : float, array-like or tensor
        Upper end of the support.
    peak : float, array-like or tensor
        The mode, between ``low`` and ``high``.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_triangular(low = 3, high = 7, peak = 5)
    d %>% tfd_mean()
    """


@distribution_function("TruncatedCauchy", {
    "loc": as_parameter,
    "scale": as_parameter,
    "low": as_parameter,
    "high": as_parameter,
})
def tfd_truncated_cauchy(
    loc=REQUIRED,
    scale=REQUIRED,
    low=REQUIRED,
    high=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="TruncatedCauchy",
):
    """The Truncated Cauchy distribution.

    A Cauchy distribution restricted to ``[low, high]`` and renormalized.

    Parameters
    ----------
    loc : float, array-like or tensor
        Location of the untruncated Cauchy.
    scale : float, array-like or tensor
        Scale of the untruncated Cauchy, positive.
    low : float, array-like or tensor
        Lower end of the support.
    high : float, array-like or tensor
        Upper end of the support.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_truncated_cauchy(loc = c(0, 1), scale = 1, low = c(-1, 0), high = c(1, 1))
    d %>% tfd_cdf(0.5)
    """


@distribution_function("TruncatedNormal", {
    "loc": as_parameter,
    "scale": as_parameter,
    "low": as_parameter,
    "high": as_parameter,
})
def tfd_truncated_normal(
    loc=REQUIRED,
    scale=REQUIRED,
    low=REQUIRED,
    high=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="TruncatedNormal",
):
    """Truncated Normal distribution.

    A normal distribution restricted to ``[low, high]`` and renormalized.

    Parameters
    ----------
    loc : float, array-like or tensor
        Mean of the untruncated normal.
    scale : float, array-like or tensor
        Standard deviation of the untruncated normal, positive.
    low : float, array-like or tensor
        Lower end of the support.
    high : float, array-like or tensor
        Upper end of the support.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_truncated_normal(loc = c(0, 1), scale = 1, low = c(-1, 0), high = c(1, 1))
    d %>% tfd_mean()
    """


@distribution_function("VariationalGaussianProcess", {
    "kernel": as_psd_kernel,
    "index_points": as_parameter,
    "inducing_index_points": as_parameter,
    "variational_inducing_observations_loc": as_parameter,
    "variational_inducing_observations_scale": as_parameter,
    "mean_fn": as_callable,
    "observation_noise_variance": as_parameter,
    "predictive_noise_variance": as_parameter,
    "jitter": as_parameter,
})
def tfd_variational_gaussian_process(
    kernel=REQUIRED,
    index_points=REQUIRED,
    inducing_index_points=REQUIRED,
    variational_inducing_observations_loc=REQUIRED,
    variational_inducing_observations_scale=REQUIRED,
    mean_fn=None,
    observation_noise_variance=0,
    predictive_noise_variance=0,
    jitter=1e-06,
    validate_args=False,
    allow_nan_stats=False,
    name="VariationalGaussianProcess",
):
    """Posterior predictive of a variational Gaussian process.

    A sparse variational approximation of a Gaussian process posterior (Titsias,
    2009; Hensman et al., 2013): the process is summarized by its values at a few
    inducing points, with a multivariate normal variational distribution, and
    read at ``index_points``. Its ``variational_loss()`` is the negative ELBO to
    minimize. The kernel comes from ``tfp.math.psd_kernels`` (R: ``tfp$math$psd_kernels``,
    e.g. ``tfp$math$psd_kernels$ExponentiatedQuadratic()``); in Python pass
    ``tfp.math.psd_kernels.ExponentiatedQuadratic(...)``.

    Parameters
    ----------
    {gp_kernel}
    {gp_index_points}
    inducing_index_points : float, array-like or tensor
        The inducing points, one row per point (usually a trainable variable).
    variational_inducing_observations_loc : float, array-like or tensor
        Mean of the variational distribution of the values at the inducing points.
    variational_inducing_observations_scale : float, array-like or tensor
        Lower-triangular scale of that variational distribution.
    {gp_mean_fn}
    {gp_observation_noise_variance}
    predictive_noise_variance : float or tensor
        Noise variance of the predictions.
    {gp_jitter}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    kernel <- tfp$math$psd_kernels$ExponentiatedQuadratic()
    inducing <- matrix(seq(-1, 1, length.out = 5), ncol = 1)
    d <- tfd_variational_gaussian_process(
      kernel,
      index_points = matrix(seq(-1, 1, length.out = 20), ncol = 1),
      inducing_index_points = inducing,
      variational_inducing_observations_loc = rep(0, 5),
      variational_inducing_observations_scale = diag(5))
    d %>% tfd_sample()
    """


@distribution_function("VectorDeterministic", {
    "loc": as_parameter,
    "atol": as_parameter,
    "rtol": as_parameter,
})
def tfd_vector_deterministic(
    loc=REQUIRED,
    atol=None,
    rtol=None,
    validate_args=False,
    allow_nan_stats=True,
    name="VectorDeterministic",
):
    """Vector Deterministic Distribution

    A point mass at the vector ``loc``: every sample is ``loc``.

    Parameters
    ----------
    loc : float, array-like or tensor
        The point(s) carrying all the probability (the last axis is the event).
    atol : float, array-like, tensor or None
        Absolute tolerance of ``prob()``; ``NULL`` means 0.
    rtol : float, array-like, tensor or None
        Relative tolerance of ``prob()``; ``NULL`` means 0.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_vector_deterministic(loc = c(1, 1, 1))
    d %>% tfd_sample()
    """


@removed_function("distributions.VectorDiffeomixture", {
    "mix_loc": as_parameter,
    "temperature": as_parameter,
    "distribution": as_distribution,
    "quadrature_size": as_count,
})
def tfd_vector_diffeomixture(
    mix_loc=REQUIRED,
    temperature=REQUIRED,
    distribution=REQUIRED,
    loc=None,
    scale=None,
    quadrature_size=8,
    quadrature_fn=SOFTMAXNORMAL_QUADRATURE_FN,
    validate_args=False,
    allow_nan_stats=True,
    name="VectorDiffeomixture",
):
    """VectorDiffeomixture distribution.

    R tfprobability's constructor of a mixture of affine transformations of one
    base distribution, whose mixing weights come from a softmax-normal
    quadrature.

    {retired_note}

    Parameters
    ----------
    mix_loc : float, array-like or tensor
        Location of the softmax-normal mixing distribution.
    temperature : float, array-like or tensor
        Temperature of the softmax-normal mixing distribution.
    distribution : tfp.distributions.Distribution
        Scalar base distribution of the components.
    loc : list or None
        One location (or ``NULL``) per component.
    scale : list or None
        One scale linear operator per component.
    quadrature_size : int
        Number of quadrature points.
    quadrature_fn : callable
        Function returning the quadrature points and weights.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {retired_returns}

    R Examples
    ----------
    try(tfd_vector_diffeomixture(mix_loc = list(c(0, 1)), temperature = list(1),
                                  distribution = tfd_normal(0, 1)))
    """


# The four vectorized distributions TFP no longer has share one docstring: what differs
# is the base distribution, the form of the scale and the example.
_VECTOR_DOC = """The vectorization of the {base} distribution on R^k.

    R tfprobability's constructor of ``loc + scale %*% z`` for independent
    standard {draws} draws ``z``, {scale_form}.

    {retired_note}

    Parameters
    ----------
    loc : float, array-like, tensor or None
        Vector of locations, or ``NULL`` for zeros.
    {scale_args}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {retired_returns}

    R Examples
    ----------
    try({function}({example}))
    """
_VECTOR_BASES = {"exponential": ("Exponential", "exponential"), "laplace": ("Laplace", "Laplace")}
_VECTOR_SCALES = {
    "diag": ("with a diagonal scale matrix", """\
    scale_diag : float, array-like, tensor or None
        Diagonal of the scale matrix.
    scale_identity_multiplier : float or None
        Multiple of the identity added to the scale matrix."""),
    "linear_operator": ("with the scale as a linear operator", """\
    scale : tf.linalg.LinearOperator or None
        The scale matrix as a linear operator."""),
}


def _vector_doc(base: str, scale: str, example: str) -> str:
    """The docstring of ``tfd_vector_<base>_<scale>()``, its texts yet to fill."""
    (title, draws), (scale_form, scale_args) = _VECTOR_BASES[base], _VECTOR_SCALES[scale]
    return fill_text(_VECTOR_DOC, base=title, draws=draws, scale_form=scale_form,
                     scale_args=scale_args.removeprefix("    "), example=example)


@removed_function("distributions.VectorExponentialDiag", {
    "loc": as_parameter,
    "scale_diag": as_parameter,
    "scale_identity_multiplier": as_parameter,
}, advice=EXPONENTIAL_SUCCESSOR,
    doc=_vector_doc("exponential", "diag", "loc = c(-1, 1), scale_diag = c(1, 5)"))
def tfd_vector_exponential_diag(
    loc=None,
    scale_diag=None,
    scale_identity_multiplier=None,
    validate_args=False,
    allow_nan_stats=True,
    name="VectorExponentialDiag",
):
    pass


@removed_function("distributions.VectorExponentialLinearOperator", {
    "loc": as_parameter,
    "scale": as_parameter,
}, advice=EXPONENTIAL_SUCCESSOR,
    doc=_vector_doc("exponential", "linear_operator", "loc = c(1, 2)"))
def tfd_vector_exponential_linear_operator(
    loc=None,
    scale=None,
    validate_args=False,
    allow_nan_stats=True,
    name="VectorExponentialLinearOperator",
):
    pass


@removed_function("distributions.VectorLaplaceDiag", {
    "loc": as_parameter,
    "scale_diag": as_parameter,
    "scale_identity_multiplier": as_parameter,
}, advice=LAPLACE_SUCCESSOR,
    doc=_vector_doc("laplace", "diag", "loc = c(0, 0, 0)"))
def tfd_vector_laplace_diag(
    loc=None,
    scale_diag=None,
    scale_identity_multiplier=None,
    validate_args=False,
    allow_nan_stats=True,
    name="VectorLaplaceDiag",
):
    pass


@removed_function("distributions.VectorLaplaceLinearOperator", {
    "loc": as_parameter,
    "scale": as_parameter,
}, advice=LAPLACE_SUCCESSOR,
    doc=_vector_doc("laplace", "linear_operator", "loc = c(1, 2, 3)"))
def tfd_vector_laplace_linear_operator(
    loc=None,
    scale=None,
    validate_args=False,
    allow_nan_stats=True,
    name="VectorLaplaceLinearOperator",
):
    pass


@removed_function("distributions.VectorSinhArcsinhDiag", {
    "loc": as_parameter,
    "scale_diag": as_parameter,
    "scale_identity_multiplier": as_parameter,
    "skewness": as_parameter,
    "tailweight": as_parameter,
    "distribution": as_distribution,
}, advice=SINH_ARCSINH_SUCCESSOR)
def tfd_vector_sinh_arcsinh_diag(
    loc=None,
    scale_diag=None,
    scale_identity_multiplier=None,
    skewness=None,
    tailweight=None,
    distribution=None,
    validate_args=False,
    allow_nan_stats=True,
    name="VectorSinhArcsinhDiag",
):
    """The (diagonal) SinhArcsinh transformation of a distribution on R^k.

    R tfprobability's constructor of the vector version of
    ``tfd_sinh_arcsinh()``: each coordinate of a base draw transformed by
    ``loc + scale * sinh((asinh(z) + skewness) * tailweight)``.

    {retired_note}

    Parameters
    ----------
    loc : float, array-like, tensor or None
        Vector of locations, or ``NULL`` for zeros.
    scale_diag : float, array-like, tensor or None
        Diagonal of the scale matrix.
    scale_identity_multiplier : float or None
        Multiple of the identity added to the scale matrix.
    skewness : float, array-like, tensor or None
        Skewness; ``NULL`` for 0.
    tailweight : float, array-like, tensor or None
        Tail weight; ``NULL`` for 1.
    distribution : tfp.distributions.Distribution or None
        Scalar base distribution; ``NULL`` for a standard normal.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {retired_returns}

    R Examples
    ----------
    try(tfd_vector_sinh_arcsinh_diag(loc = c(0, 0), scale_diag = c(1, 2)))
    """


@distribution_function("VonMises", {"loc": as_parameter, "concentration": as_parameter})
def tfd_von_mises(
    loc=REQUIRED,
    concentration=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="VonMises",
):
    """The von Mises distribution over angles.

    The circular analogue of the normal: a distribution over angles in ``[-pi,
    pi)`` centred at ``loc``, with density proportional to
    ``exp(concentration cos(x - loc))``.

    Parameters
    ----------
    loc : float, array-like or tensor
        The mean angle.
    concentration : float, array-like or tensor
        Concentration, >= 0; 0 is uniform on the circle.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_von_mises(0.1, 0)
    d %>% tfd_log_prob(c(2, 3, 4))
    """


@distribution_function("VonMisesFisher", {
    "mean_direction": as_parameter,
    "concentration": as_parameter,
})
def tfd_von_mises_fisher(
    mean_direction=REQUIRED,
    concentration=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="VonMisesFisher",
):
    """The von Mises-Fisher distribution over unit vectors on S^{n-1}.

    The analogue of the normal on the unit sphere: density proportional to
    ``exp(concentration * sum(mean_direction * x))`` over unit vectors ``x``.

    Parameters
    ----------
    mean_direction : float, array-like or tensor
        Unit vector(s) of the mean direction (the last axis).
    concentration : float, array-like or tensor
        Concentration, >= 0; 0 is uniform on the sphere.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_von_mises_fisher(mean_direction = c(0, 1), concentration = 2)
    d %>% tfd_sample(3)
    """


@distribution_function("Weibull", {"concentration": as_parameter, "scale": as_parameter})
def tfd_weibull(
    concentration=REQUIRED,
    scale=REQUIRED,
    validate_args=False,
    allow_nan_stats=True,
    name="Weibull",
):
    """The Weibull distribution with 'concentration' and 'scale' parameters.

    The distribution of positive numbers with cdf ``1 - exp(-(x /
    scale)^concentration)``, used for lifetimes.

    Parameters
    ----------
    concentration : float, array-like or tensor
        Shape, positive.
    scale : float, array-like or tensor
        Scale, positive.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_weibull(scale = c(1, 3, 45), concentration = c(2.5, 22, 7))
    d %>% tfd_cdf(1)
    """


@removed_function("distributions.Wishart", {
    "df": as_parameter,
    "scale": as_parameter,
    "scale_tril": as_parameter,
}, advice=WISHART_SUCCESSOR)
def tfd_wishart(
    df=REQUIRED,
    scale=None,
    scale_tril=None,
    input_output_cholesky=False,
    validate_args=False,
    allow_nan_stats=True,
    name="Wishart",
):
    """The matrix Wishart distribution on positive definite matrices.

    R tfprobability's constructor of the Wishart distribution from a full scale
    matrix or its Cholesky factor.

    {retired_note}

    Parameters
    ----------
    df : float, array-like or tensor
        Degrees of freedom, above the dimension minus 1.
    scale : float, array-like, tensor or None
        Symmetric positive definite scale matrix.
    scale_tril : float, array-like, tensor or None
        Lower-triangular Cholesky factor of the scale matrix.
    {input_output_cholesky}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {retired_returns}

    R Examples
    ----------
    try(tfd_wishart(df = 4, scale_tril = matrix(c(1, 2, 0, 1), 2)))
    # its successor:
    tfd_wishart_tri_l(df = 4, scale_tril = matrix(c(1, 2, 0, 1), 2))
    """


@distribution_function("WishartLinearOperator", {"df": as_parameter, "scale": as_parameter})
def tfd_wishart_linear_operator(
    df=REQUIRED,
    scale=REQUIRED,
    input_output_cholesky=False,
    validate_args=False,
    allow_nan_stats=True,
    name="WishartLinearOperator",
):
    """The matrix Wishart distribution on positive definite matrices.

    The Wishart distribution over ``k x k`` positive definite matrices with
    ``df`` degrees of freedom and mean ``df * scale %*% t(scale)``, the scale
    given as a ``tf$linalg`` linear operator.

    Parameters
    ----------
    df : float, array-like or tensor
        Degrees of freedom, above the dimension minus 1.
    scale : tf.linalg.LinearOperator
        Lower-triangular scale (Cholesky factor of the scale matrix) as a linear operator.
    {input_output_cholesky}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    scale <- tf$linalg$LinearOperatorLowerTriangular(matrix(c(1, 2, 0, 1), 2))
    d <- tfd_wishart_linear_operator(df = 4, scale = scale)
    d %>% tfd_mean()
    """


@distribution_function("WishartTriL", {"df": as_parameter, "scale_tril": as_parameter})
def tfd_wishart_tri_l(
    df=REQUIRED,
    scale_tril=REQUIRED,
    input_output_cholesky=False,
    validate_args=False,
    allow_nan_stats=True,
    name="WishartTriL",
):
    """The matrix Wishart distribution parameterized with Cholesky factors.

    The Wishart distribution over ``k x k`` positive definite matrices with
    ``df`` degrees of freedom and mean ``df * scale_tril %*% t(scale_tril)``.

    Parameters
    ----------
    df : float, array-like or tensor
        Degrees of freedom, above the dimension minus 1.
    scale_tril : float, array-like or tensor
        Lower-triangular ``k x k`` Cholesky factor of the scale matrix (an R
        matrix is accepted).
    {input_output_cholesky}
    {validate_args}
    {allow_nan_stats}
    {distribution_name}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_wishart_tri_l(df = 4, scale_tril = matrix(c(1, 2, 0, 1), 2))
    d %>% tfd_mean()
    """


@distribution_function("Zipf", {
    "power": as_parameter,
    "dtype": as_dtype,
    "sample_maximum_iterations": as_count,
}, removed={"interpolate_nondiscrete": INTERPOLATE_ADVICE})
def tfd_zipf(
    power=REQUIRED,
    dtype=TF_INT32,
    interpolate_nondiscrete=True,
    sample_maximum_iterations=100,
    validate_args=False,
    allow_nan_stats=False,
    name="Zipf",
    force_probs_to_zero_outside_support=False,
):
    """Zipf distribution.

    The power law over the positive integers, with probability of ``k``
    proportional to ``k^(-power)``.

    Parameters
    ----------
    power : float, array-like or tensor
        Exponent, above 1.
    {outcome_dtype}
    {interpolate_nondiscrete}
    sample_maximum_iterations : int
        Most rejection-sampling rounds per sample.
    {validate_args}
    {allow_nan_stats}
    {distribution_name}
    {force_probs_to_zero_outside_support}

    Returns
    -------
    {constructor_returns}

    R Examples
    ----------
    d <- tfd_zipf(power = 3)
    d %>% tfd_log_prob(c(1, 2, 3))
    """
