"""The "distributions" family: ``tfd_*`` constructors of TensorFlow Probability distributions.

Each constructor is declared once, as data: the TFP class, the R formals with
their defaults, how each argument converts, and the text of each argument.
:func:`_declare` turns a declaration into a real function with an inspectable
signature (``inspect.signature`` gives the R formals in R order) and a complete
numpydoc docstring, which ``help()``, reticulate's ``py_help()`` and the ``.Rd``
generator read. The TFP class is looked up only when the function is called, so
importing tfprobr does not import TensorFlow.

Values from R are accepted where TFP takes tensors: R doubles, vectors,
matrices and arrays become ``float32`` (Keras' float type, as layer inputs do),
so that a distribution built from R values meets a Keras model's tensors
without a type error; pass a tensor to choose another type. Whole-number
arguments (``reinterpreted_batch_ndims``, ``sample_shape``) convert as
everywhere else in tfprobr.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from typing import Any, Callable

from tfprobr._internal.r_defaults import REQUIRED
from tfprobr._internal.convert import (
    as_distribution,
    as_dtype,
    as_joint_model,
    as_nullable_nonnegative_integer,
    as_parameter,
    as_shape,
)

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


@dataclass(frozen=True)
class Arg:
    """One formal of a constructor: name, R-equivalent default, converter, text."""

    name: str
    default: Any = REQUIRED
    convert: Callable[[Any, str], Any] | None = as_parameter
    doc: str | None = None
    type: str | None = None


# Argument types shown in the docstrings, by converter or by name (an Arg's own ``type`` wins).
CONVERTER_TYPES = {
    as_parameter: "float, array-like or tensor",
    as_distribution: "tfp.distributions.Distribution",
    as_dtype: "str or tf.DType",
    as_shape: "int or sequence of int",
    as_nullable_nonnegative_integer: "int or None",
    as_joint_model: "list",
}
NAME_TYPES = {"name": "str or None"}

# Argument texts shared by several constructors (an Arg's own ``doc`` wins).
ARG_DOCS = {
    "loc": "Location (for this distribution, the mean) of each batch member: a number, an R "
           "vector or array, or a tensor.",
    "scale": "Scale of each batch member, positive: a number, an R vector or array, or a "
             "tensor.",
    "logits": "Log-odds (unnormalized log probabilities) of the outcomes. Give exactly one of "
              "``logits`` and ``probs``.",
    "probs": "Probabilities of the outcomes, in ``[0, 1]`` (summing to 1 over the last axis for "
             "categorical distributions). Give exactly one of ``logits`` and ``probs``.",
    "distribution": "The base distribution, e.g. made by ``tfd_normal()``.",
    "validate_args": "Whether to check the parameters for validity at some cost in speed. When "
                     "``FALSE`` (the default), invalid parameters may silently give wrong "
                     "results.",
    "allow_nan_stats": "Whether undefined statistics (e.g. the mean of a Cauchy) are returned "
                       "as ``NaN`` (the default) or raise an error.",
    "name": "Name prefixed to the operations this distribution creates.",
    "force_probs_to_zero_outside_support": "Whether ``log_prob`` returns minus infinity (zero "
                                           "probability) outside the support, instead of "
                                           "extending the formula there.",
    "dtype": "Data type of samples, e.g. ``\"int32\"`` (the default) or ``\"float32\"``.",
    "rate": "Rate parameter, positive.",
    "log_rate": "Natural logarithm of the rate; give it instead of ``rate`` for numerical "
                "stability.",
    "concentration": "Concentration (shape) parameter, positive.",
}


def validate_args_arg() -> Arg:
    return Arg("validate_args", False, None)


def allow_nan_stats_arg() -> Arg:
    return Arg("allow_nan_stats", True, None)


def name_arg(default) -> Arg:
    return Arg("name", default, None)


def standard_args(name) -> list:
    """``validate_args = FALSE, allow_nan_stats = TRUE, name = <name>``, the common tail."""
    return [validate_args_arg(), allow_nan_stats_arg(), name_arg(name)]


def _declare(function_name: str, tfp_class: str, title: str, description: str, args: list,
             example: str, r_example: str) -> Callable:
    """Make the constructor function ``function_name`` for ``tfp.distributions.<tfp_class>``."""
    signature = inspect.Signature([
        inspect.Parameter(arg.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=arg.default)
        for arg in args
    ])

    def constructor(*positional, **keywords):
        try:
            bound = signature.bind(*positional, **keywords)
        except TypeError as error:
            raise TypeError(f"{function_name}(): {error}") from None
        bound.apply_defaults()
        values = dict(bound.arguments)
        missing = [name for name, value in values.items() if value is REQUIRED]
        if missing:
            raise TypeError(f"{function_name}() is missing the required argument `{missing[0]}`")
        for arg in args:
            if arg.convert is not None and values[arg.name] is not None:
                values[arg.name] = arg.convert(values[arg.name], arg.name)
        distributions = importlib.import_module("tensorflow_probability").distributions
        try:
            return getattr(distributions, tfp_class)(**values)
        except ValueError as error:  # e.g. parameters whose shapes do not broadcast
            raise ValueError(f"{function_name}(): the arguments do not fit together "
                             f"({_shapes(values)}): {str(error).splitlines()[0]}") from None

    constructor.__name__ = constructor.__qualname__ = function_name
    constructor.__module__ = __name__
    constructor.__signature__ = signature
    constructor.__doc__ = _docstring(tfp_class, title, description, args, example, r_example)
    constructor.tfp_class = tfp_class
    return constructor


def _shapes(values: dict) -> str:
    """``name`` shape per array-valued argument, e.g. "`loc` (2, 3), `scale` (3, 2)"."""
    return ", ".join(f"`{name}` {tuple(value.shape)}" for name, value in values.items()
                     if getattr(value, "shape", None) is not None) or "no arrays"


def _docstring(tfp_class, title, description, args, example, r_example) -> str:
    parameters = []
    for arg in args:
        text = arg.doc or ARG_DOCS[arg.name]
        kind = arg.type or NAME_TYPES.get(arg.name) or CONVERTER_TYPES.get(arg.convert) or (
            type(arg.default).__name__)
        if arg.default is None and not kind.endswith("None"):
            kind += " or None"
        parameters.append(f"{arg.name} : {kind}\n" + _indent(_wrap(text), 4))
    return "\n".join([
        title,
        "",
        _wrap(description),
        "",
        "Parameters",
        "----------",
        *parameters,
        "",
        "Returns",
        "-------",
        f"tfp.distributions.{tfp_class}",
        _indent(_wrap("The distribution; read it with the ``tfd_*`` methods (``tfd_mean()``, "
                      "``tfd_log_prob()``, ``tfd_sample()``, ...)."), 4),
        "",
        "Examples",
        "--------",
        ">>> import tfprobr as tp",
        example,
        "",
        "R Examples",
        "----------",
        f"d <- {r_example}",
        "d %>% tfd_sample(2)",
    ])


def _wrap(text: str, width: int = 76) -> str:
    import textwrap

    return textwrap.fill(" ".join(text.split()), width, break_long_words=False,
                         break_on_hyphens=False)


def _indent(text: str, spaces: int) -> str:
    return "\n".join(" " * spaces + line for line in text.splitlines())


# The declarations: one per distribution, in the order of ``__all__``.

tfd_normal = _declare(
    "tfd_normal", "Normal",
    "Normal distribution with loc and scale parameters.",
    "The normal (Gaussian) distribution ``N(loc, scale^2)``, with density "
    "``exp(-(x - loc)^2 / (2 scale^2)) / (scale sqrt(2 pi))``. Vectors of ``loc`` and "
    "``scale`` make a batch of normals, broadcast against each other.",
    [Arg("loc"), Arg("scale", doc="Standard deviation of each batch member, positive."),
     *standard_args("Normal")],
    ">>> float(tp.tfd_mean(tp.tfd_normal(loc=1, scale=2)))\n1.0",
    "tfd_normal(loc = c(0, 1), scale = 1)",
)

tfd_independent = _declare(
    "tfd_independent", "Independent",
    "Independent distribution from batch of distributions.",
    "Reinterprets the rightmost ``reinterpreted_batch_ndims`` batch dimensions of "
    "``distribution`` as event dimensions: a batch of ``n`` independent normals becomes "
    "one distribution over vectors of length ``n``, whose ``log_prob`` sums the "
    "members' log densities.",
    [Arg("distribution", convert=as_distribution),
     Arg("reinterpreted_batch_ndims", None, as_nullable_nonnegative_integer,
         "Number of batch dimensions to turn into event dimensions, a whole number >= 0. "
         "``NULL`` (the default) takes all but the first batch dimension."),
     validate_args_arg(), name_arg(None)],
    ">>> d = tp.tfd_independent(tp.tfd_normal(loc=[0, 0, 0], scale=1),\n"
    "...                        reinterpreted_batch_ndims=1)\n"
    ">>> d.event_shape\nTensorShape([3])",
    "tfd_independent(tfd_normal(loc = c(0, 0, 0), scale = 1), "
    "reinterpreted_batch_ndims = 1)",
)

tfd_multivariate_normal_diag = _declare(
    "tfd_multivariate_normal_diag", "MultivariateNormalDiag",
    "Multivariate normal distribution on R^k.",
    "A ``k``-variate normal with a diagonal covariance matrix, ``diag(scale_diag^2)``: "
    "independent coordinates with their own scales.",
    [Arg("loc", None, doc="Vector of means (the last axis is the event), or ``NULL`` for "
                          "zeros."),
     Arg("scale_diag", None, doc="Vector of standard deviations of the coordinates, "
                                 "positive, or ``NULL`` for ones."),
     *standard_args("MultivariateNormalDiag")],
    ">>> tp.tfd_multivariate_normal_diag(loc=[0, 1], scale_diag=[1, 2]).event_shape\n"
    "TensorShape([2])",
    "tfd_multivariate_normal_diag(loc = c(0, 1), scale_diag = c(1, 2))",
)

tfd_multivariate_normal_tri_l = _declare(
    "tfd_multivariate_normal_tri_l", "MultivariateNormalTriL",
    "The multivariate normal distribution on R^k.",
    "A ``k``-variate normal with covariance ``scale_tril %*% t(scale_tril)``, given by its "
    "lower-triangular Cholesky factor: coordinates that may be correlated.",
    [Arg("loc", None, doc="Vector of means (the last axis is the event), or ``NULL`` for "
                          "zeros."),
     Arg("scale_tril", None, doc="Lower-triangular ``k x k`` matrix with a positive "
                                 "diagonal (an R matrix is accepted), or ``NULL`` for the "
                                 "identity."),
     *standard_args("MultivariateNormalTriL")],
    ">>> d = tp.tfd_multivariate_normal_tri_l(loc=[0, 0], scale_tril=[[1, 0], [0.5, 1]])\n"
    ">>> tp.tfd_covariance(d).numpy()\narray([[1.  , 0.5 ],\n       [0.5 , 1.25]], dtype=float32)",
    "tfd_multivariate_normal_tri_l(loc = c(0, 0), scale_tril = matrix(c(1, 0.5, 0, 1), 2))",
)

tfd_bernoulli = _declare(
    "tfd_bernoulli", "Bernoulli",
    "Bernoulli distribution.",
    "Outcomes ``1`` with probability ``probs`` and ``0`` otherwise.",
    [Arg("logits", None), Arg("probs", None),
     Arg("dtype", "int32", as_dtype),
     *standard_args("Bernoulli")],
    ">>> float(tp.tfd_mean(tp.tfd_bernoulli(probs=0.3)))\n0.3...",
    "tfd_bernoulli(probs = 0.3)",
)

tfd_binomial = _declare(
    "tfd_binomial", "Binomial",
    "Binomial distribution.",
    "The number of successes in ``total_count`` independent trials, each a success with "
    "probability ``probs``.",
    [Arg("total_count", doc="Number of trials, a whole number >= 0 (R doubles are "
                            "accepted)."),
     Arg("logits", None), Arg("probs", None),
     *standard_args(None)],
    ">>> float(tp.tfd_mean(tp.tfd_binomial(total_count=10, probs=0.3)))\n3.0",
    "tfd_binomial(total_count = 10, probs = 0.3)",
)

tfd_categorical = _declare(
    "tfd_categorical", "Categorical",
    "Categorical distribution over integers.",
    "Outcomes ``0, ..., K - 1`` with probabilities ``probs`` (the last axis has ``K`` "
    "entries); note that the classes count from 0, not from 1 as R's factors do.",
    [Arg("logits", None), Arg("probs", None),
     Arg("dtype", "int32", as_dtype),
     Arg("force_probs_to_zero_outside_support", False, None),
     *standard_args("Categorical")],
    ">>> int(tp.tfd_mode(tp.tfd_categorical(probs=[0.1, 0.7, 0.2])))\n1",
    "tfd_categorical(probs = c(0.1, 0.7, 0.2))",
)

tfd_one_hot_categorical = _declare(
    "tfd_one_hot_categorical", "OneHotCategorical",
    "OneHotCategorical distribution.",
    "A categorical distribution whose outcomes are one-hot vectors of length ``K`` "
    "instead of class numbers.",
    [Arg("logits", None), Arg("probs", None),
     Arg("dtype", "int32", as_dtype),
     *standard_args("OneHotCategorical")],
    ">>> tp.tfd_mode(tp.tfd_one_hot_categorical(probs=[0.1, 0.7, 0.2])).numpy()\n"
    "array([0, 1, 0], dtype=int32)",
    "tfd_one_hot_categorical(probs = c(0.1, 0.7, 0.2))",
)

tfd_poisson = _declare(
    "tfd_poisson", "Poisson",
    "Poisson distribution.",
    "Counts with mean and variance ``rate``. Give exactly one of ``rate`` and "
    "``log_rate``.",
    [Arg("rate", None), Arg("log_rate", None),
     Arg("force_probs_to_zero_outside_support", False, None),
     *standard_args("Poisson")],
    ">>> float(tp.tfd_variance(tp.tfd_poisson(rate=4)))\n4.0",
    "tfd_poisson(rate = 4)",
)

tfd_gamma = _declare(
    "tfd_gamma", "Gamma",
    "Gamma distribution.",
    "The gamma distribution with shape ``concentration`` and ``rate``: mean "
    "``concentration / rate``. Give exactly one of ``rate`` and ``log_rate``.",
    [Arg("concentration"), Arg("rate", None), Arg("log_rate", None),
     validate_args_arg(), allow_nan_stats_arg(),
     Arg("force_probs_to_zero_outside_support", False, None), name_arg("Gamma")],
    ">>> float(tp.tfd_mean(tp.tfd_gamma(concentration=3, rate=2)))\n1.5",
    "tfd_gamma(concentration = 3, rate = 2)",
)

tfd_beta = _declare(
    "tfd_beta", "Beta",
    "Beta distribution.",
    "The beta distribution on ``[0, 1]``, with mean "
    "``concentration1 / (concentration1 + concentration0)``.",
    [Arg("concentration1", doc="First concentration parameter (R's ``shape1``), positive."),
     Arg("concentration0", doc="Second concentration parameter (R's ``shape2``), positive."),
     validate_args_arg(), allow_nan_stats_arg(),
     Arg("force_probs_to_zero_outside_support", False, None), name_arg("Beta")],
    ">>> float(tp.tfd_mean(tp.tfd_beta(concentration1=1, concentration0=3)))\n0.25",
    "tfd_beta(concentration1 = 1, concentration0 = 3)",
)

tfd_exponential = _declare(
    "tfd_exponential", "Exponential",
    "Exponential distribution.",
    "The exponential distribution with ``rate``: mean ``1 / rate``.",
    [Arg("rate"), Arg("force_probs_to_zero_outside_support", False, None),
     *standard_args("Exponential")],
    ">>> float(tp.tfd_mean(tp.tfd_exponential(rate=4)))\n0.25",
    "tfd_exponential(rate = 4)",
)

tfd_uniform = _declare(
    "tfd_uniform", "Uniform",
    "Uniform distribution with low and high parameters.",
    "The continuous uniform distribution on ``[low, high)``.",
    [Arg("low", 0.0, doc="Lower bound(s)."), Arg("high", 1.0, doc="Upper bound(s), above "
                                                                  "``low``."),
     *standard_args("Uniform")],
    ">>> float(tp.tfd_mean(tp.tfd_uniform(low=0, high=4)))\n2.0",
    "tfd_uniform(low = 0, high = 4)",
)

tfd_laplace = _declare(
    "tfd_laplace", "Laplace",
    "Laplace distribution with location loc and scale parameters.",
    "The double-exponential distribution, with density "
    "``exp(-|x - loc| / scale) / (2 scale)``.",
    [Arg("loc"), Arg("scale"), *standard_args("Laplace")],
    ">>> round(float(tp.tfd_variance(tp.tfd_laplace(loc=0, scale=1))), 4)\n2.0",
    "tfd_laplace(loc = 0, scale = 1)",
)

tfd_logistic = _declare(
    "tfd_logistic", "Logistic",
    "Logistic distribution with location and scale parameters.",
    "The logistic distribution, whose cdf is the logistic function "
    "``1 / (1 + exp(-(x - loc) / scale))``.",
    [Arg("loc"), Arg("scale"), *standard_args("Logistic")],
    ">>> float(tp.tfd_cdf(tp.tfd_logistic(loc=0, scale=1), 0))\n0.5",
    "tfd_logistic(loc = 0, scale = 1)",
)

tfd_student_t = _declare(
    "tfd_student_t", "StudentT",
    "Student's t-distribution.",
    "The location-scale Student's t-distribution with ``df`` degrees of freedom, a "
    "heavy-tailed alternative to the normal.",
    [Arg("df", doc="Degrees of freedom, positive."),
     Arg("loc", doc="Location (the mean when ``df > 1``)."),
     Arg("scale", doc="Scale, positive (not the standard deviation)."),
     *standard_args("StudentT")],
    ">>> float(tp.tfd_mean(tp.tfd_student_t(df=3, loc=1, scale=1)))\n1.0",
    "tfd_student_t(df = 3, loc = 0, scale = 1)",
)

tfd_mixture_same_family = _declare(
    "tfd_mixture_same_family", "MixtureSameFamily",
    "Mixture (same-family) distribution.",
    "A mixture of components of one family: ``mixture_distribution`` (a categorical "
    "over ``K`` components) picks one of the ``K`` batch members of "
    "``components_distribution``.",
    [Arg("mixture_distribution", convert=as_distribution,
         doc="A ``tfd_categorical()`` giving the weights of the ``K`` components."),
     Arg("components_distribution", convert=as_distribution,
         doc="A distribution whose rightmost batch dimension has ``K`` members, the "
             "components."),
     Arg("reparameterize", False, None,
         "Whether samples can be differentiated with respect to the parameters (implicit "
         "reparameterization); slower."),
     *standard_args("MixtureSameFamily")],
    ">>> d = tp.tfd_mixture_same_family(\n"
    "...     mixture_distribution=tp.tfd_categorical(probs=[0.5, 0.5]),\n"
    "...     components_distribution=tp.tfd_normal(loc=[-1, 1], scale=0.1))\n"
    ">>> float(tp.tfd_mean(d))\n0.0",
    "tfd_mixture_same_family(tfd_categorical(probs = c(0.5, 0.5)), "
    "tfd_normal(loc = c(-1, 1), scale = 0.1))",
)

tfd_log_normal = _declare(
    "tfd_log_normal", "LogNormal",
    "Log-normal distribution.",
    "The distribution of ``exp(X)`` for ``X ~ N(loc, scale^2)``.",
    [Arg("loc", doc="Mean of the underlying normal (of ``log(X)``)."),
     Arg("scale", doc="Standard deviation of the underlying normal, positive."),
     *standard_args("LogNormal")],
    ">>> float(tp.tfd_mode(tp.tfd_log_normal(loc=0, scale=1)))  # exp(-1)\n0.3678...",
    "tfd_log_normal(loc = 0, scale = 1)",
)

tfd_half_normal = _declare(
    "tfd_half_normal", "HalfNormal",
    "Half-normal distribution with scale parameter.",
    "The distribution of ``|X|`` for ``X ~ N(0, scale^2)``, often a prior for scales.",
    [Arg("scale", doc="Scale of the underlying normal, positive."),
     *standard_args("HalfNormal")],
    ">>> float(tp.tfd_cdf(tp.tfd_half_normal(scale=1), 0))\n0.0",
    "tfd_half_normal(scale = 1)",
)

tfd_half_cauchy = _declare(
    "tfd_half_cauchy", "HalfCauchy",
    "Half-Cauchy distribution.",
    "The Cauchy distribution folded at ``loc``: support ``[loc, Inf)``, often a prior "
    "for scales.",
    [Arg("loc", doc="Lower end of the support."),
     Arg("scale", doc="Scale, positive."), *standard_args("HalfCauchy")],
    ">>> float(tp.tfd_cdf(tp.tfd_half_cauchy(loc=0, scale=1), 1))\n0.5",
    "tfd_half_cauchy(loc = 0, scale = 1)",
)

tfd_cauchy = _declare(
    "tfd_cauchy", "Cauchy",
    "Cauchy distribution with location loc and scale scale.",
    "The Cauchy distribution, whose mean and variance are undefined (``NaN`` unless "
    "``allow_nan_stats = FALSE``).",
    [Arg("loc", doc="Location (the median)."), Arg("scale", doc="Scale, positive."),
     *standard_args("Cauchy")],
    ">>> float(tp.tfd_quantile(tp.tfd_cauchy(loc=0, scale=1), 0.5))\n0.0",
    "tfd_cauchy(loc = 0, scale = 1)",
)

tfd_sample_distribution = _declare(
    "tfd_sample_distribution", "Sample",
    "Sample distribution.",
    "The distribution of ``sample_shape`` independent draws from ``distribution``, as "
    "one event: its ``event_shape`` is ``sample_shape + event_shape`` of "
    "``distribution``, and ``log_prob`` sums over the draws.",
    [Arg("distribution", convert=as_distribution),
     Arg("sample_shape", (), as_shape,
         "Shape of the draws, a whole number or a vector of them (``list()``, the "
         "default, is one draw)."),
     validate_args_arg(), name_arg(None)],
    ">>> tp.tfd_sample_distribution(tp.tfd_normal(0, 1), sample_shape=3).event_shape\n"
    "TensorShape([3])",
    "tfd_sample_distribution(tfd_normal(0, 1), sample_shape = 3)",
)

tfd_joint_distribution_sequential = _declare(
    "tfd_joint_distribution_sequential", "JointDistributionSequential",
    "Joint distribution parameterized by distribution-making functions.",
    "A joint distribution over several variables, given as a list: each element is a "
    "distribution or a function of the values of the elements before it (nearest first) "
    "that returns a distribution. Samples and ``log_prob`` values are lists with one "
    "entry per element.",
    [Arg("model", convert=as_joint_model,
         doc="A list of distributions and functions making distributions."),
     validate_args_arg(), name_arg(None)],
    ">>> d = tp.tfd_joint_distribution_sequential(\n"
    "...     [tp.tfd_normal(0, 1), lambda mu: tp.tfd_normal(mu, 1)])\n"
    ">>> len(tp.tfd_sample(d))\n2",
    "tfd_joint_distribution_sequential(list(tfd_normal(0, 1), "
    "function(mu) tfd_normal(mu, 1)))",
)

tfd_relaxed_one_hot_categorical = _declare(
    "tfd_relaxed_one_hot_categorical", "RelaxedOneHotCategorical",
    "Relaxed one-hot categorical distribution.",
    "The Gumbel-softmax (concrete) relaxation of a one-hot categorical: samples are "
    "points of the probability simplex, close to one-hot vectors at low ``temperature``, "
    "and differentiable with respect to the parameters.",
    [Arg("temperature", doc="Temperature, positive; lower values give samples closer to "
                            "one-hot."),
     Arg("logits", None), Arg("probs", None),
     *standard_args("RelaxedOneHotCategorical")],
    ">>> tp.tfd_sample(tp.tfd_relaxed_one_hot_categorical(0.5, probs=[0.2, 0.8])).shape\n"
    "TensorShape([2])",
    "tfd_relaxed_one_hot_categorical(temperature = 0.5, probs = c(0.2, 0.8))",
)

tfd_deterministic = _declare(
    "tfd_deterministic", "Deterministic",
    "Scalar Deterministic distribution on the real line.",
    "A point mass at ``loc``: every sample is ``loc``.",
    [Arg("loc", doc="The point(s) carrying all the probability."),
     Arg("atol", None, doc="Absolute tolerance: ``prob(x)`` is 1 when "
                           "``|x - loc| <= atol + rtol |loc|``; ``NULL`` means 0."),
     Arg("rtol", None, doc="Relative tolerance (see ``atol``); ``NULL`` means 0."),
     *standard_args("Deterministic")],
    ">>> float(tp.tfd_sample(tp.tfd_deterministic(loc=2)))\n2.0",
    "tfd_deterministic(loc = 2)",
)
