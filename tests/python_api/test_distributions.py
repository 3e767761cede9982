"""The tfd_* methods against closed forms, and the tfd_* constructors with R-style values."""

import inspect
import math

import numpy as np
import pytest

import tfprobr as tp
from support.r_formals import python_formals

STANDARD = ["validate_args", "allow_nan_stats", "name"]
# The constructors' formals, in R order; TFP's experimental arguments are left out.
CONSTRUCTOR_FORMALS = {
    "tfd_normal": ["loc", "scale", *STANDARD],
    "tfd_independent": ["distribution", "reinterpreted_batch_ndims", "validate_args", "name"],
    "tfd_multivariate_normal_diag": ["loc", "scale_diag", *STANDARD],
    "tfd_multivariate_normal_tri_l": ["loc", "scale_tril", *STANDARD],
    "tfd_bernoulli": ["logits", "probs", "dtype", *STANDARD],
    "tfd_binomial": ["total_count", "logits", "probs", *STANDARD],
    "tfd_categorical": ["logits", "probs", "dtype", "force_probs_to_zero_outside_support",
                        *STANDARD],
    "tfd_one_hot_categorical": ["logits", "probs", "dtype", *STANDARD],
    "tfd_poisson": ["rate", "log_rate", "force_probs_to_zero_outside_support", *STANDARD],
    "tfd_gamma": ["concentration", "rate", "log_rate", "validate_args", "allow_nan_stats",
                  "force_probs_to_zero_outside_support", "name"],
    "tfd_beta": ["concentration1", "concentration0", "validate_args", "allow_nan_stats",
                 "force_probs_to_zero_outside_support", "name"],
    "tfd_exponential": ["rate", "force_probs_to_zero_outside_support", *STANDARD],
    "tfd_uniform": ["low", "high", *STANDARD],
    "tfd_laplace": ["loc", "scale", *STANDARD],
    "tfd_logistic": ["loc", "scale", *STANDARD],
    "tfd_student_t": ["df", "loc", "scale", *STANDARD],
    "tfd_mixture_same_family": ["mixture_distribution", "components_distribution",
                                "reparameterize", *STANDARD],
    "tfd_log_normal": ["loc", "scale", *STANDARD],
    "tfd_half_normal": ["scale", *STANDARD],
    "tfd_half_cauchy": ["loc", "scale", *STANDARD],
    "tfd_cauchy": ["loc", "scale", *STANDARD],
    "tfd_sample_distribution": ["distribution", "sample_shape", "validate_args", "name"],
    "tfd_joint_distribution_sequential": ["model", "validate_args", "name"],
    "tfd_relaxed_one_hot_categorical": ["temperature", "logits", "probs", *STANDARD],
    "tfd_deterministic": ["loc", "atol", "rtol", *STANDARD],
}
VALUE_METHODS = ["tfd_log_prob", "tfd_prob", "tfd_log_cdf", "tfd_cdf",
                 "tfd_log_survival_function", "tfd_survival_function", "tfd_quantile"]
STAT_METHODS = ["tfd_entropy", "tfd_mean", "tfd_variance", "tfd_stddev", "tfd_covariance",
                "tfd_mode"]


def _normal_cdf(x, mu, sigma):
    return 0.5 * (1 + math.erf((x - mu) / (sigma * math.sqrt(2))))


# --- methods -------------------------------------------------------------------------------

def test_method_signatures_equal_the_r_formals():
    for name in VALUE_METHODS:
        assert python_formals(getattr(tp, name)) == ["distribution", "value", "..."]
    for name in STAT_METHODS:
        assert python_formals(getattr(tp, name)) == ["distribution", "..."]
    assert python_formals(tp.tfd_cross_entropy) == ["distribution", "other", "name"]
    assert inspect.signature(tp.tfd_cross_entropy).parameters["name"].default == "cross_entropy"


def test_normal_moments_match_the_closed_forms():
    d = tp.tfd_normal(loc=[1.0, -2.0], scale=[2.0, 0.5])
    assert np.allclose(tp.tfd_mean(d).numpy(), [1.0, -2.0])
    assert np.allclose(tp.tfd_stddev(d).numpy(), [2.0, 0.5])
    assert np.allclose(tp.tfd_variance(d).numpy(), [4.0, 0.25])
    assert np.allclose(tp.tfd_mode(d).numpy(), [1.0, -2.0])
    assert np.allclose(tp.tfd_entropy(d).numpy(),
                       0.5 * np.log(2 * np.pi * np.e * np.array([4.0, 0.25])), rtol=1e-6)


def test_normal_log_prob_cdf_and_survival_match_the_closed_forms():
    mu, sigma = 1.0, 2.0
    d = tp.tfd_normal(mu, sigma)
    x = [-1.0, 0.5, 3.0]  # an R vector
    expected_log_prob = [-0.5 * ((v - mu) / sigma) ** 2 - math.log(sigma * math.sqrt(2 * math.pi))
                         for v in x]
    expected_cdf = [_normal_cdf(v, mu, sigma) for v in x]
    assert np.allclose(tp.tfd_log_prob(d, x).numpy(), expected_log_prob, rtol=1e-6)
    assert np.allclose(tp.tfd_prob(d, x).numpy(), np.exp(expected_log_prob), rtol=1e-6)
    assert np.allclose(tp.tfd_cdf(d, x).numpy(), expected_cdf, rtol=1e-6)
    assert np.allclose(tp.tfd_log_cdf(d, x).numpy(), np.log(expected_cdf), rtol=1e-6)
    assert np.allclose(tp.tfd_survival_function(d, x).numpy(), 1 - np.array(expected_cdf),
                       rtol=1e-5)
    assert np.allclose(tp.tfd_log_survival_function(d, x).numpy(),
                       np.log(1 - np.array(expected_cdf)), rtol=1e-5)


def test_normal_quantile_inverts_the_cdf():
    d = tp.tfd_normal(1.0, 2.0)
    assert float(tp.tfd_quantile(d, 0.975)) == pytest.approx(1.0 + 2.0 * 1.959964, rel=1e-5)
    p = np.array([0.1, 0.5, 0.9])
    assert np.allclose(tp.tfd_cdf(d, tp.tfd_quantile(d, p)).numpy(), p, atol=1e-6)


def test_kl_equals_cross_entropy_minus_entropy():
    p = tp.tfd_normal(loc=[0.0, 1.0], scale=[1.0, 2.0])
    q = tp.tfd_normal(loc=[1.0, -1.0], scale=[2.0, 0.5])
    kl = tp.tfd_kl_divergence(p, q).numpy()
    assert np.allclose(kl, (tp.tfd_cross_entropy(p, q) - tp.tfd_entropy(p)).numpy(), atol=1e-5)
    assert kl[0] == pytest.approx(math.log(2) + (1 + 1) / 8 - 0.5, rel=1e-5)


def test_covariance_of_a_multivariate_normal():
    d = tp.tfd_multivariate_normal_tri_l(loc=[0, 0], scale_tril=np.array([[1.0, 0.0],
                                                                          [0.5, 1.0]]))
    assert np.allclose(tp.tfd_covariance(d).numpy(), [[1.0, 0.5], [0.5, 1.25]])


def test_values_from_r_are_converted_to_the_distribution_dtype():
    d = tp.tfd_normal(0.0, 1.0)  # float32
    matrix = np.asfortranarray(np.array([[0.0, 1.0], [2.0, 3.0]]))  # an R matrix of doubles
    out = tp.tfd_log_prob(d, matrix)
    assert out.dtype.name == "float32" and tuple(out.shape) == (2, 2)
    assert np.allclose(out.numpy()[1, 0], -0.5 * 4 - 0.5 * math.log(2 * math.pi), rtol=1e-6)
    assert float(tp.tfd_prob(tp.tfd_poisson(rate=2.0), 0)) == pytest.approx(math.exp(-2))
    assert float(tp.tfd_log_prob(tp.tfd_bernoulli(probs=0.25), 1.0)) == pytest.approx(
        math.log(0.25))


def test_non_numeric_value_names_the_argument():
    with pytest.raises(TypeError, match="`value` must be numeric"):
        tp.tfd_log_prob(tp.tfd_normal(0.0, 1.0), "a")


# --- constructors --------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(CONSTRUCTOR_FORMALS))
def test_constructor_signature_is_the_r_formals_with_documented_arguments(name):
    function = getattr(tp, name)
    assert python_formals(function) == CONSTRUCTOR_FORMALS[name]
    doc = inspect.getdoc(function)
    for formal in CONSTRUCTOR_FORMALS[name]:
        assert f"\n{formal} : " in doc
    assert "Returns\n-------" in doc and "Examples\n--------" in doc


def _r_matrix(rows):
    return np.asfortranarray(np.array(rows, dtype=float))


# Each constructor: the TFP class it builds, a call with R-style values (doubles, vectors as
# lists, matrices), and the batch and event shapes of the result.
R_STYLE = {
    "tfd_normal": ("Normal", lambda: tp.tfd_normal(0, 1.0), (), ()),
    "tfd_independent": ("Independent", lambda: tp.tfd_independent(
        tp.tfd_normal([0.0, 1.0], 1.0), reinterpreted_batch_ndims=1.0), (), (2,)),
    "tfd_multivariate_normal_diag": ("MultivariateNormalDiag", lambda: (
        tp.tfd_multivariate_normal_diag(loc=[0.0, 1.0], scale_diag=[1.0, 2.0])), (), (2,)),
    "tfd_multivariate_normal_tri_l": ("MultivariateNormalTriL", lambda: (
        tp.tfd_multivariate_normal_tri_l(loc=[0.0, 1.0],
                                         scale_tril=_r_matrix([[1, 0], [0.3, 1]]))), (), (2,)),
    "tfd_bernoulli": ("Bernoulli", lambda: tp.tfd_bernoulli(probs=[0.2, 0.5]), (2,), ()),
    "tfd_binomial": ("Binomial", lambda: tp.tfd_binomial(total_count=10.0, probs=0.5), (), ()),
    "tfd_categorical": ("Categorical", lambda: tp.tfd_categorical(
        probs=_r_matrix([[0.2, 0.8], [0.5, 0.5]])), (2,), ()),
    "tfd_one_hot_categorical": ("OneHotCategorical", lambda: tp.tfd_one_hot_categorical(
        logits=[0.0, 1.0, 2.0]), (), (3,)),
    "tfd_poisson": ("Poisson", lambda: tp.tfd_poisson(rate=3.0), (), ()),
    "tfd_gamma": ("Gamma", lambda: tp.tfd_gamma(concentration=2.0, rate=[1.0, 2.0]), (2,), ()),
    "tfd_beta": ("Beta", lambda: tp.tfd_beta(2.0, 3.0), (), ()),
    "tfd_exponential": ("Exponential", lambda: tp.tfd_exponential(rate=2.0), (), ()),
    "tfd_uniform": ("Uniform", lambda: tp.tfd_uniform(), (), ()),
    "tfd_laplace": ("Laplace", lambda: tp.tfd_laplace(0.0, 1.0), (), ()),
    "tfd_logistic": ("Logistic", lambda: tp.tfd_logistic(0.0, 1.0), (), ()),
    "tfd_student_t": ("StudentT", lambda: tp.tfd_student_t(3.0, 0.0, 1.0), (), ()),
    "tfd_mixture_same_family": ("MixtureSameFamily", lambda: tp.tfd_mixture_same_family(
        tp.tfd_categorical(probs=[0.3, 0.7]), tp.tfd_normal([-1.0, 1.0], 0.5)), (), ()),
    "tfd_log_normal": ("LogNormal", lambda: tp.tfd_log_normal(0.0, 1.0), (), ()),
    "tfd_half_normal": ("HalfNormal", lambda: tp.tfd_half_normal(scale=[1.0, 2.0, 3.0]), (3,), ()),
    "tfd_half_cauchy": ("HalfCauchy", lambda: tp.tfd_half_cauchy(0.0, 1.0), (), ()),
    "tfd_cauchy": ("Cauchy", lambda: tp.tfd_cauchy(0.0, 1.0), (), ()),
    "tfd_sample_distribution": ("Sample", lambda: tp.tfd_sample_distribution(
        tp.tfd_normal(0.0, 1.0), sample_shape=[2.0, 3.0]), (), (2, 3)),
    "tfd_joint_distribution_sequential": ("JointDistributionSequential", lambda: (
        tp.tfd_joint_distribution_sequential(
            [tp.tfd_normal(0.0, 1.0), lambda mu: tp.tfd_normal(mu, 1.0)])), None, None),
    "tfd_relaxed_one_hot_categorical": ("RelaxedOneHotCategorical", lambda: (
        tp.tfd_relaxed_one_hot_categorical(0.5, probs=[0.2, 0.8])), (), (2,)),
    "tfd_deterministic": ("Deterministic", lambda: tp.tfd_deterministic(loc=[1.0, 2.0]), (2,), ()),
}


def test_every_constructor_has_an_r_style_case():
    assert sorted(R_STYLE) == sorted(tp.distributions.__all__)


@pytest.mark.parametrize("name", sorted(R_STYLE))
def test_constructor_builds_its_class_from_r_style_values(name):
    import tensorflow_probability as tfp

    tfp_class, make, batch_shape, event_shape = R_STYLE[name]
    d = make()
    assert type(d) is getattr(tfp.distributions, tfp_class)
    if batch_shape is not None:
        assert tuple(d.batch_shape) == batch_shape
        assert tuple(d.event_shape) == event_shape
        assert d.dtype.name in ("float32", "int32")
    sample = tp.tfd_sample(d, 2)
    assert np.all(np.isfinite(np.asarray(sample[0] if isinstance(sample, list) else sample,
                                         dtype=float)))


def test_r_matrix_parameters_become_float32():
    d = tp.tfd_normal(loc=_r_matrix([[1, 2], [3, 4]]), scale=1.0)
    assert d.dtype.name == "float32"
    assert np.allclose(tp.tfd_mean(d).numpy(), [[1, 2], [3, 4]])


def test_constructor_argument_errors_name_the_argument():
    with pytest.raises(TypeError, match="missing the required argument `loc`"):
        tp.tfd_normal(scale=1.0)
    with pytest.raises(ValueError, match="`reinterpreted_batch_ndims`"):
        tp.tfd_independent(tp.tfd_normal([0.0], 1.0), reinterpreted_batch_ndims=1.5)
    with pytest.raises(TypeError, match="`distribution` must be a distribution"):
        tp.tfd_independent(3.0)
    with pytest.raises(TypeError, match="`loc` must be numeric"):
        tp.tfd_normal(loc=["a"], scale=1.0)
    with pytest.raises(TypeError, match="tfd_normal\\(\\): got an unexpected keyword"):
        tp.tfd_normal(0.0, 1.0, sd=2)
