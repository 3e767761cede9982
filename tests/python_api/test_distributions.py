"""The tfd_* methods against closed forms, and the tfd_* constructors with R-style values.

Their formals, in R order with R's defaults, are checked in test_r_api.py.
"""

import inspect
import math

import numpy as np
import pytest

import tfprobr as tp
from support import slow_except


def _normal_cdf(x, mu, sigma):
    return 0.5 * (1 + math.erf((x - mu) / (sigma * math.sqrt(2))))


# --- methods -------------------------------------------------------------------------------

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

@pytest.mark.parametrize("name", tp.distributions.__all__)
def test_constructor_documents_every_argument(name):
    # (Its formals, in R order with R's defaults: tests/python_api/test_r_api.py.)
    function = getattr(tp, name)
    doc = inspect.getdoc(function)
    for formal in inspect.signature(function).parameters:
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
    assert sorted([*R_STYLE, *TYPICAL, *RETIRED]) == sorted(tp.distributions.__all__)


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


# --- the constructors added for issue 23 ----------------------------------------------------

def _psd():
    import tensorflow_probability as tfp

    return tfp.math.psd_kernels


def _tfb():
    import tensorflow_probability as tfp

    return tfp.bijectors


def _lower_triangular(rows):
    import tensorflow as tf

    return tf.linalg.LinearOperatorLowerTriangular(np.array(rows, dtype=np.float32))


M = _r_matrix
GRID = M(np.linspace(-1, 1, 10).reshape(-1, 1))  # ten index points, one feature

# Each constructor: the TFP class it builds and a typical call with R-style values (doubles,
# vectors as lists, R matrices, lists of distributions, named lists as dicts, functions).
TYPICAL = {
    "tfd_autoregressive": ("Autoregressive", lambda: tp.tfd_autoregressive(lambda x: tp.tfd_independent(tp.tfd_normal(loc=x, scale=1.0), 1.0), sample0=[0.0, 0.0], num_steps=2.0)),
    "tfd_batch_reshape": ("BatchReshape", lambda: tp.tfd_batch_reshape(tp.tfd_multivariate_normal_diag(scale_diag=M(np.ones((6, 2)))), batch_shape=[1.0, 2.0, -1.0])),
    "tfd_bates": ("Bates", lambda: tp.tfd_bates(total_count=[1.0, 2.0, 5.0], low=[0.0, 5.0, 10.0], high=100.0)),
    "tfd_beta_binomial": ("BetaBinomial", lambda: tp.tfd_beta_binomial(total_count=[5.0, 10.0, 20.0], concentration1=[0.5, 2.0, 3.0], concentration0=[4.0, 3.0, 2.0])),
    "tfd_blockwise": ("Blockwise", lambda: tp.tfd_blockwise([tp.tfd_multinomial(total_count=5.0, probs=[0.1, 0.2, 0.7]), tp.tfd_multivariate_normal_diag(loc=[0.0, 0.0, 0.0, 0.0])])),
    "tfd_chi": ("Chi", lambda: tp.tfd_chi(df=1.0)),
    "tfd_chi2": ("Chi2", lambda: tp.tfd_chi2(df=1.0)),
    "tfd_cholesky_lkj": ("CholeskyLKJ", lambda: tp.tfd_cholesky_lkj(dimension=3.0, concentration=1.5)),
    "tfd_continuous_bernoulli": ("ContinuousBernoulli", lambda: tp.tfd_continuous_bernoulli(logits=[0.1, 0.9])),
    "tfd_dirichlet": ("Dirichlet", lambda: tp.tfd_dirichlet(concentration=[1.0, 2.0, 3.0])),
    "tfd_dirichlet_multinomial": ("DirichletMultinomial", lambda: tp.tfd_dirichlet_multinomial(total_count=2.0, concentration=[1.0, 2.0, 3.0])),
    "tfd_doublesided_maxwell": ("DoublesidedMaxwell", lambda: tp.tfd_doublesided_maxwell(loc=0.0, scale=[0.5, 1.0, 2.0])),
    "tfd_empirical": ("Empirical", lambda: tp.tfd_empirical(samples=[0.0, 1.0, 1.0, 2.0])),
    "tfd_exp_gamma": ("ExpGamma", lambda: tp.tfd_exp_gamma(concentration=1.0, rate=1.0)),
    "tfd_exp_inverse_gamma": ("ExpInverseGamma", lambda: tp.tfd_exp_inverse_gamma(concentration=1.0, scale=1.0)),
    "tfd_exp_relaxed_one_hot_categorical": ("ExpRelaxedOneHotCategorical", lambda: tp.tfd_exp_relaxed_one_hot_categorical(temperature=0.5, probs=[0.1, 0.5, 0.4])),
    "tfd_finite_discrete": ("FiniteDiscrete", lambda: tp.tfd_finite_discrete([1.0, 2.0, 3.0], probs=[0.5, 0.2, 0.3])),
    "tfd_gamma_gamma": ("GammaGamma", lambda: tp.tfd_gamma_gamma(concentration=1.0, mixing_concentration=2.0, mixing_rate=0.5)),
    "tfd_gaussian_process": ("GaussianProcess", lambda: tp.tfd_gaussian_process(_psd().ExponentiatedQuadratic(), GRID, observation_noise_variance=0.05)),
    "tfd_gaussian_process_regression_model": ("GaussianProcessRegressionModel", lambda: tp.tfd_gaussian_process_regression_model(kernel=_psd().MaternFiveHalves(), index_points=GRID, observation_index_points=M(np.linspace(0, 1, 5).reshape(-1, 1)), observations=[0.1, 0.2, 0.0, -0.3, 0.5], observation_noise_variance=0.5)),
    "tfd_generalized_normal": ("GeneralizedNormal", lambda: tp.tfd_generalized_normal(loc=[1.0, 2.0], scale=[11.0, 22.0], power=[1.0, 1.0])),
    "tfd_generalized_pareto": ("GeneralizedPareto", lambda: tp.tfd_generalized_pareto(loc=0.0, scale=2.0, concentration=0.5)),
    "tfd_geometric": ("Geometric", lambda: tp.tfd_geometric(probs=0.6)),
    "tfd_gumbel": ("Gumbel", lambda: tp.tfd_gumbel(loc=3.0, scale=1.5)),
    "tfd_hidden_markov_model": ("HiddenMarkovModel", lambda: tp.tfd_hidden_markov_model(tp.tfd_categorical(probs=[0.8, 0.2]), tp.tfd_categorical(probs=M([[0.7, 0.3], [0.2, 0.8]])), tp.tfd_normal(loc=[0.0, 15.0], scale=[5.0, 10.0]), num_steps=7.0)),
    "tfd_horseshoe": ("Horseshoe", lambda: tp.tfd_horseshoe(scale=2.0)),
    "tfd_inverse_gamma": ("InverseGamma", lambda: tp.tfd_inverse_gamma(concentration=1.5, scale=2.0)),
    "tfd_inverse_gaussian": ("InverseGaussian", lambda: tp.tfd_inverse_gaussian(loc=1.0, concentration=1.0)),
    "tfd_johnson_s_u": ("JohnsonSU", lambda: tp.tfd_johnson_s_u(skewness=-2.0, tailweight=2.0, loc=1.1, scale=1.5)),
    "tfd_joint_distribution_named": ("JointDistributionNamed", lambda: tp.tfd_joint_distribution_named({"n": tp.tfd_normal(0.0, 2.0), "m": lambda n: tp.tfd_normal(n, 1.0)})),
    "tfd_joint_distribution_named_auto_batched": ("JointDistributionNamedAutoBatched", lambda: tp.tfd_joint_distribution_named_auto_batched({"e": tp.tfd_exponential(rate=[100.0, 120.0]), "g": lambda e: tp.tfd_gamma(concentration=e[0], rate=e[1])})),
    "tfd_joint_distribution_sequential_auto_batched": ("JointDistributionSequentialAutoBatched", lambda: tp.tfd_joint_distribution_sequential_auto_batched([tp.tfd_exponential(rate=[100.0, 120.0]), lambda e: tp.tfd_gamma(concentration=e[0], rate=e[1])])),
    "tfd_kumaraswamy": ("Kumaraswamy", lambda: tp.tfd_kumaraswamy([1.0, 2.0, 3.0], [1.0, 2.0, 3.0])),
    "tfd_linear_gaussian_state_space_model": ("LinearGaussianStateSpaceModel", lambda: tp.tfd_linear_gaussian_state_space_model(num_timesteps=10.0, transition_matrix=M(np.eye(2)), transition_noise=tp.tfd_multivariate_normal_diag(scale_diag=[1.0, 1.0]), observation_matrix=M(np.eye(2)), observation_noise=tp.tfd_multivariate_normal_diag(scale_diag=[5.0, 5.0]), initial_state_prior=tp.tfd_multivariate_normal_diag(scale_diag=[5.0, 5.0]))),
    "tfd_lkj": ("LKJ", lambda: tp.tfd_lkj(dimension=3.0, concentration=1.5)),
    "tfd_log_logistic": ("LogLogistic", lambda: tp.tfd_log_logistic(loc=1.0, scale=1.0)),
    "tfd_logit_normal": ("LogitNormal", lambda: tp.tfd_logit_normal(0.0, 1.0)),
    "tfd_mixture": ("Mixture", lambda: tp.tfd_mixture(cat=tp.tfd_categorical(probs=[0.3, 0.7]), components=[tp.tfd_normal(-1.0, 0.1), tp.tfd_normal(1.0, 0.5)])),
    "tfd_multinomial": ("Multinomial", lambda: tp.tfd_multinomial(total_count=[4.0, 5.0], probs=[[0.1, 0.2, 0.7], [0.3, 0.3, 0.4]])),
    "tfd_multivariate_normal_diag_plus_low_rank": ("MultivariateNormalDiagPlusLowRank", lambda: tp.tfd_multivariate_normal_diag_plus_low_rank(loc=[-0.5, 0.0, 0.5], scale_diag=[1.5, 0.5, 2.0], scale_perturb_factor=M([[1, 2], [-1, 1], [2, -0.5]]), scale_perturb_diag=[4.0, 5.0])),
    "tfd_multivariate_normal_full_covariance": ("MultivariateNormalFullCovariance", lambda: tp.tfd_multivariate_normal_full_covariance(loc=[1.0, 2.0, 3.0], covariance_matrix=M([[0.36, 0.12, 0.06], [0.12, 0.29, -0.13], [0.06, -0.13, 0.26]]))),
    "tfd_multivariate_normal_linear_operator": ("MultivariateNormalLinearOperator", lambda: tp.tfd_multivariate_normal_linear_operator(loc=[1.0, 2.0], scale=_lower_triangular([[1.0, 0.0], [0.5, 1.0]]))),
    "tfd_multivariate_student_t_linear_operator": ("MultivariateStudentTLinearOperator", lambda: tp.tfd_multivariate_student_t_linear_operator(df=3.0, loc=[1.0, 2.0], scale=_lower_triangular([[1.0, 0.0], [0.5, 1.0]]))),
    "tfd_negative_binomial": ("NegativeBinomial", lambda: tp.tfd_negative_binomial(total_count=23.0, probs=0.1)),
    "tfd_pareto": ("Pareto", lambda: tp.tfd_pareto(2.0)),
    "tfd_pert": ("PERT", lambda: tp.tfd_pert(1.0, 7.0, 11.0, 4.0)),
    "tfd_pixel_cnn": ("PixelCNN", lambda: tp.tfd_pixel_cnn(image_shape=[4.0, 4.0, 1.0], num_resnet=1.0, num_hierarchies=1.0, num_filters=2.0, num_logistic_mix=1.0, dropout_p=0.3)),
    "tfd_plackett_luce": ("PlackettLuce", lambda: tp.tfd_plackett_luce([0.1, 2.0, 5.0])),
    "tfd_poisson_log_normal_quadrature_compound": ("PoissonLogNormalQuadratureCompound", lambda: tp.tfd_poisson_log_normal_quadrature_compound(loc=[0.0, -0.5], scale=1.0, quadrature_size=10.0)),
    "tfd_power_spherical": ("PowerSpherical", lambda: tp.tfd_power_spherical(mean_direction=[[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]], concentration=[1.0, 2.0])),
    "tfd_probit_bernoulli": ("ProbitBernoulli", lambda: tp.tfd_probit_bernoulli(probits=[1.0, 0.0])),
    "tfd_quantized": ("QuantizedDistribution", lambda: tp.tfd_quantized(tp.tfd_normal(0.0, 1.0))),
    "tfd_relaxed_bernoulli": ("RelaxedBernoulli", lambda: tp.tfd_relaxed_bernoulli(temperature=0.5, probs=[0.2, 0.8])),
    "tfd_sinh_arcsinh": ("SinhArcsinh", lambda: tp.tfd_sinh_arcsinh(loc=0.0, scale=1.0, skewness=0.5, tailweight=1.5)),
    "tfd_skellam": ("Skellam", lambda: tp.tfd_skellam(rate1=0.1, rate2=0.7)),
    "tfd_spherical_uniform": ("SphericalUniform", lambda: tp.tfd_spherical_uniform(dimension=4.0, batch_shape=[3.0])),
    "tfd_student_t_process": ("StudentTProcess", lambda: tp.tfd_student_t_process(df=3.0, kernel=_psd().ExponentiatedQuadratic(), index_points=GRID)),
    "tfd_transformed_distribution": ("TransformedDistribution", lambda: tp.tfd_transformed_distribution(tp.tfd_normal(0.0, 1.0), _tfb().Exp())),
    "tfd_triangular": ("Triangular", lambda: tp.tfd_triangular(low=3.0, high=7.0, peak=5.0)),
    "tfd_truncated_cauchy": ("TruncatedCauchy", lambda: tp.tfd_truncated_cauchy(loc=[0.0, 1.0], scale=1.0, low=[-1.0, 0.0], high=[1.0, 1.0])),
    "tfd_truncated_normal": ("TruncatedNormal", lambda: tp.tfd_truncated_normal(loc=[0.0, 1.0], scale=1.0, low=[-1.0, 0.0], high=[1.0, 1.0])),
    "tfd_variational_gaussian_process": ("VariationalGaussianProcess", lambda: tp.tfd_variational_gaussian_process(_psd().ExponentiatedQuadratic(), index_points=GRID, inducing_index_points=M(np.linspace(-1, 1, 4).reshape(-1, 1)), variational_inducing_observations_loc=[0.0] * 4, variational_inducing_observations_scale=M(np.eye(4)))),
    "tfd_vector_deterministic": ("VectorDeterministic", lambda: tp.tfd_vector_deterministic(loc=[1.0, 1.0, 1.0])),
    "tfd_von_mises": ("VonMises", lambda: tp.tfd_von_mises(0.1, 0.0)),
    "tfd_von_mises_fisher": ("VonMisesFisher", lambda: tp.tfd_von_mises_fisher(mean_direction=[0.0, 1.0], concentration=2.0)),
    "tfd_weibull": ("Weibull", lambda: tp.tfd_weibull(scale=[1.0, 3.0, 45.0], concentration=[2.5, 22.0, 7.0])),
    "tfd_wishart_linear_operator": ("WishartLinearOperator", lambda: tp.tfd_wishart_linear_operator(df=4.0, scale=_lower_triangular([[1.0, 0.0], [2.0, 1.0]]))),
    "tfd_wishart_tri_l": ("WishartTriL", lambda: tp.tfd_wishart_tri_l(df=4.0, scale_tril=M([[1, 0], [2, 1]]))),
    "tfd_zipf": ("Zipf", lambda: tp.tfd_zipf(power=3.0)),
}
# Constructors whose TFP class is gone: a call with R tfprobability's arguments, and the class.
RETIRED = {
    "tfd_vector_diffeomixture": ("VectorDiffeomixture", lambda: tp.tfd_vector_diffeomixture(
        mix_loc=[[0.0, 1.0]], temperature=[1.0], distribution=tp.tfd_normal(0.0, 1.0))),
    "tfd_vector_exponential_diag": ("VectorExponentialDiag", lambda: (
        tp.tfd_vector_exponential_diag(loc=[-1.0, 1.0], scale_diag=[1.0, -5.0]))),
    "tfd_vector_exponential_linear_operator": ("VectorExponentialLinearOperator", lambda: (
        tp.tfd_vector_exponential_linear_operator(scale=_lower_triangular([[1, 0], [0.1, 1]])))),
    "tfd_vector_laplace_diag": ("VectorLaplaceDiag", lambda: tp.tfd_vector_laplace_diag(
        loc=M(np.zeros((2, 3))))),
    "tfd_vector_laplace_linear_operator": ("VectorLaplaceLinearOperator", lambda: (
        tp.tfd_vector_laplace_linear_operator(loc=[1.0, 2.0], scale=_lower_triangular(
            [[1, 0], [0.5, 1]])))),
    "tfd_vector_sinh_arcsinh_diag": ("VectorSinhArcsinhDiag", lambda: (
        tp.tfd_vector_sinh_arcsinh_diag(loc=[0.0, 1.0], scale_diag=[1.0, 2.0],
                                        validate_args=True))),
    "tfd_wishart": ("Wishart", lambda: tp.tfd_wishart(df=4.0, scale_tril=M([[1, 0], [2, 1]]))),
}
# Not sampled here: PixelCNN's sampler takes only a whole-number seed (its docs say so).
NOT_SAMPLED = {"tfd_pixel_cnn"}


@pytest.mark.parametrize("name", slow_except(sorted(TYPICAL), "tfd_chi2", "tfd_mixture",
                                             "tfd_hidden_markov_model", "tfd_gaussian_process",
                                             "tfd_joint_distribution_named", "tfd_dirichlet"))
def test_new_constructor_builds_its_class_samples_and_evaluates_log_prob(name):
    import tensorflow_probability as tfp

    tfp_class, make = TYPICAL[name]
    d = make()
    assert type(d) is getattr(tfp.distributions, tfp_class)
    if name in NOT_SAMPLED:
        x = np.zeros((1, *d.event_shape), dtype=np.float32)
    else:
        x = tp.tfd_sample(d)
    log_prob = np.asarray(tp.tfd_log_prob(d, x))
    batch_shape = d.batch_shape_tensor()
    if not isinstance(batch_shape, (dict, list)):  # a joint distribution's is per part
        assert log_prob.shape == tuple(np.asarray(batch_shape)) + (1,) * (name in NOT_SAMPLED)
    assert np.all(np.isfinite(log_prob))


def _expected(name):
    """log_prob at x by the closed form (or numpy), for constructors where one is short."""
    from math import exp, lgamma, log, pi

    return {
        "tfd_chi2": (tp.tfd_chi2(df=4.0), 3.0, log(3.0) - 3.0 / 2 - 2 * log(2)),
        "tfd_gumbel": (tp.tfd_gumbel(loc=1.0, scale=2.0), 2.0,
                       -log(2) - 0.5 - exp(-0.5)),
        "tfd_weibull": (tp.tfd_weibull(concentration=2.0, scale=3.0), 1.5,
                        log(2 / 3) + log(0.5) - 0.25),
        "tfd_pareto": (tp.tfd_pareto(2.0, 1.0), 2.0, log(2) - 3 * log(2)),
        "tfd_geometric": (tp.tfd_geometric(probs=0.25), 2.0, 2 * log(0.75) + log(0.25)),
        "tfd_negative_binomial": (tp.tfd_negative_binomial(total_count=3.0, probs=0.4), 2.0,
                                  lgamma(5) - lgamma(3) - lgamma(3) + 2 * log(0.4) + 3 * log(0.6)),
        "tfd_inverse_gamma": (tp.tfd_inverse_gamma(concentration=2.0, scale=3.0), 1.5,
                              2 * log(3) - lgamma(2) - 3 * log(1.5) - 2),
        "tfd_triangular": (tp.tfd_triangular(low=0.0, high=4.0, peak=1.0), 2.0, log(2 * 2 / (4 * 3))),
        "tfd_von_mises": (tp.tfd_von_mises(0.1, 0.0), 2.0, -log(2 * pi)),
        "tfd_dirichlet": (tp.tfd_dirichlet([2.0, 2.0]), [0.25, 0.75],
                          lgamma(4) - 2 * lgamma(2) + log(0.25) + log(0.75)),
        "tfd_multinomial": (tp.tfd_multinomial(total_count=3.0, probs=[0.2, 0.8]), [1.0, 2.0],
                            log(3) + log(0.2) + 2 * log(0.8)),
        "tfd_finite_discrete": (tp.tfd_finite_discrete([1.0, 2.0, 3.0], probs=[0.5, 0.2, 0.3]),
                                2.0, log(0.2)),
        "tfd_empirical": (tp.tfd_empirical(samples=[0.0, 1.0, 1.0, 2.0]), 1.0, log(0.5)),
        "tfd_multivariate_normal_full_covariance": (
            tp.tfd_multivariate_normal_full_covariance(loc=[0.0, 0.0],
                                                       covariance_matrix=M([[2, 0], [0, 0.5]])),
            [1.0, 1.0], -log(2 * pi) - 0.5 * log(1.0) - 0.5 * (1 / 2 + 1 / 0.5)),
    }[name]


@pytest.mark.parametrize("name", slow_except(
    ["tfd_chi2", "tfd_gumbel", "tfd_weibull", "tfd_pareto", "tfd_geometric",
     "tfd_negative_binomial", "tfd_inverse_gamma", "tfd_triangular", "tfd_von_mises",
     "tfd_dirichlet", "tfd_multinomial", "tfd_finite_discrete", "tfd_empirical",
     "tfd_multivariate_normal_full_covariance"], "tfd_chi2", "tfd_multinomial"))
def test_new_constructor_log_prob_matches_the_closed_form(name):
    d, x, expected = _expected(name)
    assert float(tp.tfd_log_prob(d, x)) == pytest.approx(expected, rel=1e-5)


@pytest.mark.parametrize("name", sorted(RETIRED))
def test_a_constructor_of_a_class_tfp_no_longer_has_says_so(name):
    tfp_class, make = RETIRED[name]
    with pytest.raises(NotImplementedError, match=rf"^{name}\(\): TensorFlow Probability 0.25 no "
                       rf"longer has tfp.distributions.{tfp_class}, which R tfprobability"):
        make()


def test_retired_constructors_name_their_successor():
    with pytest.raises(NotImplementedError, match=r"Use tfd_wishart_tri_l\(df, scale_tril\)"):
        tp.tfd_wishart(df=4.0, scale_tril=M([[1, 0], [2, 1]]))
    with pytest.raises(NotImplementedError, match="There is no successor"):
        RETIRED["tfd_vector_diffeomixture"][1]()


def test_retired_constructors_check_their_arguments_first():
    with pytest.raises(TypeError, match="`loc` must be numeric"):
        tp.tfd_vector_laplace_diag(loc="a")


def test_arguments_in_r_order_bind_positionally():
    import tensorflow as tf

    # R: tfd_gamma(concentration, rate, validate_args, allow_nan_stats, name); TFP's log_rate after.
    gamma = tp.tfd_gamma(3.0, 2.0, False, True, "g")
    assert (float(tp.tfd_mean(gamma)), gamma.name) == (1.5, "g")
    assert float(tp.tfd_mean(tp.tfd_exponential(4.0, False, True, "e"))) == 0.25
    assert tp.tfd_categorical([0.0, 1.0], None, "int64", False, True, "c").dtype == tf.int64
    assert tp.tfd_beta(1.0, 3.0, False, True, "b").name == "b"
    assert tp.tfd_poisson(2.0, None, True, False, True, "p").name == "p"
    assert tp.tfd_multivariate_normal_diag([0.0, 1.0], [1.0, 2.0], None, False, True,
                                           "m").name == "m"


def test_tfp_added_arguments_follow_r_formals_and_reach_tfp():
    gamma = tp.tfd_gamma(3.0, None, log_rate=math.log(2.0))
    assert float(tp.tfd_mean(gamma)) == pytest.approx(1.5)
    poisson = tp.tfd_poisson(rate=2.0, force_probs_to_zero_outside_support=True)
    assert float(tp.tfd_prob(poisson, 0.5)) == 0.0


def test_r_defaults_spelled_as_tensorflow_objects_are_the_types_they_name():
    import tensorflow as tf

    assert tp.tfd_bernoulli(probs=0.5).dtype == tf.int32
    assert tp.tfd_continuous_bernoulli(probs=0.5).dtype == tf.float32
    assert tp.tfd_independent(tp.tfd_normal([0.0], 1.0, name="N")).name == "IndependentN"


def test_an_argument_tfp_removed_is_accepted_at_its_default_and_refused_otherwise():
    assert float(tp.tfd_mean(tp.tfd_poisson(rate=2.0, interpolate_nondiscrete=True))) == 2.0
    with pytest.raises(TypeError, match=r"^tfd_poisson\(\): `interpolate_nondiscrete` is no "
                       r"longer an argument of TensorFlow Probability 0.25 \(given False\); its "
                       r"successor is `force_probs_to_zero_outside_support`"):
        tp.tfd_poisson(rate=2.0, interpolate_nondiscrete=False)
    with pytest.raises(TypeError, match="`scale_identity_multiplier` .* add the multiplier"):
        tp.tfd_multivariate_normal_diag(loc=[0.0], scale_identity_multiplier=1.0)
    with pytest.raises(TypeError, match="`event_shape` .*tfd_sample_distribution"):
        tp.tfd_transformed_distribution(tp.tfd_normal(0.0, 1.0), _tfb().Exp(), event_shape=2.0)


def test_params_size_takes_r_event_size():
    assert tp.params_size_independent_normal(event_size=2.0) == 4
    assert tp.params_size_independent_bernoulli(event_size=[2.0, 3.0]) == 6
    with pytest.raises(TypeError, match="'event_size'"):
        tp.params_size_independent_poisson(event_shape=2.0)


def test_hidden_markov_model_gives_the_values_r_tfprobabilitys_readme_prints():
    d = tp.tfd_hidden_markov_model(
        initial_distribution=tp.tfd_categorical(probs=[0.8, 0.2]),
        transition_distribution=tp.tfd_categorical(probs=M([[0.7, 0.3], [0.2, 0.8]])),
        observation_distribution=tp.tfd_normal(loc=[0.0, 15.0], scale=[5.0, 10.0]),
        num_steps=7.0)
    assert np.allclose(tp.tfd_mean(d).numpy(),
                       [3.0, 6.0, 7.4999995, 8.249999, 8.625001, 8.812501, 8.90625], atol=1e-5)
    assert float(tp.tfd_log_prob(d, [0.0] * 7)) == pytest.approx(-19.855635, abs=1e-4)


def test_mixture_takes_a_list_of_components_and_blockwise_a_list_of_parts():
    d = TYPICAL["tfd_mixture"][1]()
    assert float(tp.tfd_mean(d)) == pytest.approx(0.3 * -1 + 0.7 * 1)
    with pytest.raises(TypeError, match=r"`components\[1\]` must be a distribution"):
        tp.tfd_mixture(tp.tfd_categorical(probs=[0.5, 0.5]), [tp.tfd_normal(0.0, 1.0), 2.0])
    with pytest.raises(TypeError, match="`distributions` must be a list of distributions"):
        tp.tfd_blockwise(tp.tfd_normal(0.0, 1.0))


def test_joint_distribution_named_takes_a_named_list_whose_functions_name_their_parents():
    d = TYPICAL["tfd_joint_distribution_named"][1]()
    assert set(d.resolve_graph()) == {("n", ()), ("m", ("n",))}
    x = tp.tfd_sample(d)
    expected = (-0.5 * (float(x["n"]) / 2) ** 2 - math.log(2 * math.sqrt(2 * math.pi))
                - 0.5 * (float(x["m"]) - float(x["n"])) ** 2 - 0.5 * math.log(2 * math.pi))
    assert float(tp.tfd_log_prob(d, x)) == pytest.approx(expected, rel=1e-5)


def test_gaussian_process_kernels_come_from_tfp_psd_kernels():
    d = tp.tfd_gaussian_process(_psd().ExponentiatedQuadratic(), GRID[:2])
    expected = np.exp(-0.5 * (GRID[0, 0] - GRID[1, 0]) ** 2)  # amplitude 1, length scale 1
    assert tp.tfd_covariance(d).numpy()[0, 1] == pytest.approx(expected, rel=1e-5)
    with pytest.raises(TypeError, match="`kernel` must be a kernel of tfp.math.psd_kernels"):
        tp.tfd_gaussian_process("ExponentiatedQuadratic", GRID)


def test_batch_reshape_infers_a_dimension_given_as_minus_one():
    d = TYPICAL["tfd_batch_reshape"][1]()
    assert tuple(np.asarray(d.batch_shape_tensor())) == (1, 2, 3)
    with pytest.raises(ValueError, match="at most one of them -1"):
        tp.tfd_batch_reshape(tp.tfd_normal([0.0, 1.0], 1.0), batch_shape=[-1.0, -1.0])


# R tfprobability's tests/testthat/test-distributions.R, call for call, with R's values as
# reticulate delivers them (doubles, vectors as lists, matrices in Fortran order, list() of
# lists, named lists as dicts); each case returns (what tfprobr gives, what R's test expects).
# Left out: the tests R skips for TFP >= 0.17 (Zipf's and Poisson's interpolate_nondiscrete,
# Wishart and the Vector* classes, whose functions now raise, tested above), and the parts
# needing R tensor arithmetic or R keras (PixelCNN training, JointDistributionSequential's
# R functions indexing tensors), which need the R `tf` other work provides.
def _r_test_cases():
    import tensorflow as tf

    def shape(t):
        return list(np.shape(t))

    def hmm():
        return tp.tfd_hidden_markov_model(
            tp.tfd_categorical(probs=[0.8, 0.2]),
            tp.tfd_categorical(probs=tf.cast(M([[0.7, 0.3], [0.2, 0.8]]), tf.float32)),
            tp.tfd_normal(loc=[0.0, 15.0], scale=[5.0, 10.0]), num_steps=7.0)

    cov = M([[0.36, 0.12, 0.06], [0.12, 0.29, -0.13], [0.06, -0.13, 0.26]])
    vmf_directions = tf.nn.l2_normalize(M([[1, 1], [-2, 1], [0, -1]]), axis=-1)
    genp = tp.tfd_generalized_pareto(loc=0.0, scale=2.0, concentration=0.5)
    scale = M([[0.6, 0, 0], [0.2, 0.5, 0], [0.1, -0.3, 0.4]])

    def vmf():  # R's tf$nn$l2_normalize() of an R matrix is a float64 tensor
        return tp.tfd_von_mises_fisher(
            mean_direction=vmf_directions, concentration=M([[0], [0.1], [2], [40], [1000]]),
            allow_nan_stats=False)

    def joint(d):  # R: length(x), the shape of log_prob(x), length(d$resolve_graph())
        x = tp.tfd_sample(d)
        return [len(x), shape(tp.tfd_log_prob(d, x)), len(d.resolve_graph())]

    def multinomial(d):
        return [shape(tp.tfd_prob(d, [[2.0, 1, 1], [3.0, 1, 1]])), shape(tp.tfd_sample(d, 5.0))]

    named_model = {
        "e": tp.tfd_independent(tp.tfd_exponential(rate=[100.0, 120]), 1.0),
        "g": lambda e: tp.tfd_gamma(concentration=e[0], rate=e[1]),
        "n": tp.tfd_normal(loc=0.0, scale=2.0),
        "m": lambda n, g: tp.tfd_normal(loc=n, scale=g),
        "x": lambda m: tp.tfd_sample_distribution(tp.tfd_bernoulli(logits=m), 12.0),
    }
    return {
        "von_mises_fisher": lambda: ([list(vmf().batch_shape), list(vmf().event_shape)],
                                     [[5, 3], [2]]),
        "von_mises": lambda: (tp.tfd_log_prob(tp.tfd_von_mises(0.1, 0.0), [2.0, 3, 4, 5, 6, 7]),
                              [-math.log(2 * math.pi)] * 6),
        "uniform": lambda: (tp.tfd_mean(tp.tfd_uniform(low=3.0, high=[5.0, 6, 7])), [4, 4.5, 5]),
        "truncated_normal": lambda: (shape(tp.tfd_mean(tp.tfd_truncated_normal(
            loc=[0.0, 1.0], scale=1.0, low=[-1.0, 0.0], high=[1.0, 1.0]))), [2]),
        "triangular": lambda: (tp.tfd_mean(tp.tfd_triangular(low=3.0, high=7.0, peak=5.0)), 5),
        "student_t_process": lambda: (shape(tp.tfd_sample(tp.tfd_student_t_process(
            df=3.0, kernel=_psd().ExponentiatedQuadratic(),
            index_points=M(np.linspace(-1, 1, 100).reshape(-1, 1))), 10)), [10, 100]),
        "quantized": lambda: (int(np.argmax(tp.tfd_cdf(tp.tfd_quantized(
            tp.tfd_normal(loc=0.0, scale=1.0)), [0.1, 0.4, 1.2]))), 2),
        "poisson_log_normal_quadrature_compound": lambda: (shape(tp.tfd_stddev(
            tp.tfd_poisson_log_normal_quadrature_compound(loc=[0.0, -0.5], scale=1.0,
                                                          quadrature_size=10.0))), [2]),
        "pareto": lambda: (tp.tfd_mode(tp.tfd_pareto(2.0)), 1),
        "negative_binomial": lambda: (tp.tfd_mean(tp.tfd_negative_binomial(
            total_count=23.0, probs=0.1)), 23 * 0.1 / 0.9),
        "multivariate_normal_linear_operator": lambda: (tp.tfd_covariance(
            tp.tfd_multivariate_normal_linear_operator(
                loc=[1.0, 2.0, 3.0], scale=tf.linalg.LinearOperatorLowerTriangular(
                    tf.linalg.cholesky(cov)))), cov),
        "multivariate_normal_full_covariance": lambda: (tp.tfd_mean(
            tp.tfd_multivariate_normal_full_covariance(loc=[1.0, 2.0, 3.0],
                                                       covariance_matrix=cov)), [1, 2, 3]),
        "multivariate_normal_diag_plus_low_rank": lambda: (shape(tp.tfd_prob(
            TYPICAL["tfd_multivariate_normal_diag_plus_low_rank"][1](), [-1.0, 0.0, 1.0])), []),
        # R's test compares with a `cov` of another test (a bug); the covariance is this:
        "multivariate_student_t_linear_operator": lambda: (tp.tfd_covariance(
            tp.tfd_multivariate_student_t_linear_operator(
                df=3.0, loc=[1.0, 2.0, 3.0],
                scale=tf.linalg.LinearOperatorLowerTriangular(scale.astype(np.float32)))),
            3 * scale @ scale.T),
        "multinomial": lambda: (multinomial(tp.tfd_multinomial(
            total_count=[4.0, 5.0], probs=[[0.1, 0.2, 0.7], [0.3, 0.3, 0.4]])), [[2], [5, 2, 3]]),
        "mixture": lambda: (shape(tp.tfd_sample(tp.tfd_mixture(
            cat=tp.tfd_categorical(probs=[0.3, 0.7]),
            components=[tp.tfd_normal(loc=-1.0, scale=0.1), tp.tfd_normal(loc=1.0, scale=0.5)]),
            5.0)), [5]),
        "lkj": lambda: (shape(tp.tfd_prob(tp.tfd_lkj(dimension=3.0, concentration=1.5),
                                          np.random.default_rng(1).normal(size=(2, 3, 3)))), [2]),
        "cholesky_lkj": lambda: (shape(tp.tfd_prob(tp.tfd_cholesky_lkj(
            dimension=3.0, concentration=1.5), np.random.default_rng(1).normal(size=(2, 3, 3)))),
            [2]),
        "linear_gaussian_state_space_model": lambda: (shape(tp.tfd_sample(
            tp.tfd_linear_gaussian_state_space_model(
                num_timesteps=100.0, transition_matrix=tf.linalg.LinearOperatorIdentity(2),
                transition_noise=tp.tfd_multivariate_normal_diag(scale_diag=tf.ones([2])),
                observation_matrix=tf.linalg.LinearOperatorIdentity(2),
                observation_noise=tp.tfd_multivariate_normal_diag(scale_diag=25 * tf.ones([2])),
                initial_state_prior=tp.tfd_multivariate_normal_diag(
                    scale_diag=25 * tf.ones([2]))))), [100, 2]),
        "kumaraswamy": lambda: (shape(tp.tfd_prob(tp.tfd_kumaraswamy([1.0, 2, 3], [1.0, 2, 3]),
                                                  M([[0.1, 0.5, 0.3], [0.4, 0.2, 0.5]]))), [2, 3]),
        "joint_distribution_named": lambda: (
            joint(tp.tfd_joint_distribution_named(named_model)), [5, [], 5]),
        "inverse_gaussian": lambda: (tp.tfd_mean(tp.tfd_inverse_gaussian(loc=1.0,
                                                                          concentration=1.0)), 1),
        "inverse_gamma": lambda: (tp.tfd_mean(tp.tfd_inverse_gamma(concentration=1.5,
                                                                    scale=2.0)), 2 / 0.5),
        "horseshoe": lambda: (tp.tfd_mean(tp.tfd_horseshoe(scale=2.0)), 0),
        "hidden_markov_model": lambda: (tp.tfd_log_prob(hmm(), [0.0] * 7), -19.855635),
        "gamma_gamma": lambda: (tp.tfd_mean(tp.tfd_gamma_gamma(
            concentration=1.0, mixing_concentration=2.0, mixing_rate=0.5)), 0.5),
        "chi": lambda: (shape(tp.tfd_prob(tp.tfd_chi(df=1.0), [0.0, 1.0])), [2]),
        "chi2": lambda: (tp.tfd_mean(tp.tfd_chi2(df=1.0)), 1),
        "gumbel": lambda: (tp.tfd_variance(tp.tfd_gumbel(loc=3.0, scale=1.5)),
                           math.pi ** 2 / 6 * 1.5 ** 2),
        "geometric": lambda: (tp.tfd_variance(tp.tfd_geometric(probs=0.6)), 0.4 / 0.36),
        "dirichlet": lambda: (tp.tfd_mean(tp.tfd_dirichlet(concentration=[1.0, 2, 3])),
                              [1 / 6, 1 / 3, 1 / 2]),
        "dirichlet_multinomial": lambda: (tp.tfd_mean(tp.tfd_dirichlet_multinomial(
            total_count=2.0, concentration=[1.0, 2, 3])), [1 / 3, 2 / 3, 1]),
        "empirical": lambda: (tp.tfd_cdf(tp.tfd_empirical(samples=[0.0, 1, 1, 2]), 1.0), 0.75),
        "batch_reshape": lambda: (len(tp.tfd_batch_reshape(
            distribution=tp.tfd_multivariate_normal_diag(scale_diag=M(np.ones((6, 2)))),
            batch_shape=[1.0, 2.0, -1.0], validate_args=True).batch_shape), 3),
        "gaussian_process": lambda: (shape(tp.tfd_sample(tp.tfd_gaussian_process(
            _psd().ExponentiatedQuadratic(), M(np.linspace(-1, 1, 100).reshape(-1, 1)),
            observation_noise_variance=0.05), 10.0)), [10, 100]),
        "sample_distribution": lambda: (shape(tp.tfd_sample(tp.tfd_sample_distribution(
            tp.tfd_independent(tp.tfd_normal(loc=tf.zeros([3, 2]), scale=1.0),
                               reinterpreted_batch_ndims=1.0), sample_shape=[5.0, 4.0]),
            [6.0, 1.0])), [6, 1, 3, 5, 4, 2]),
        "blockwise": lambda: (shape(tp.tfd_sample(TYPICAL["tfd_blockwise"][1]())), [7]),
        "vector_deterministic": lambda: (shape(tp.tfd_sample(tp.tfd_vector_deterministic(
            loc=[1.0, 1, 1]))), [3]),
        "gaussian_process_regression_model": lambda: (shape(tp.tfd_sample(
            tp.tfd_gaussian_process_regression_model(
                kernel=_psd().MaternFiveHalves(),
                index_points=M(np.linspace(-1, 1, 100).reshape(-1, 1)),
                observation_index_points=M(np.random.default_rng(1).uniform(size=(50, 1))),
                observations=list(np.random.default_rng(2).normal(size=50)),
                observation_noise_variance=0.5))), [100]),
        "exp_relaxed_one_hot_categorical": lambda: (shape(tp.tfd_sample(
            tp.tfd_exp_relaxed_one_hot_categorical(temperature=0.5, probs=[0.1, 0.5, 0.4]))), [3]),
        "doublesided_maxwell": lambda: (shape(tp.tfd_sample(tp.tfd_doublesided_maxwell(
            loc=0.0, scale=[0.5, 1, 2]))), [3]),
        "finite_discrete": lambda: (tp.tfd_prob(tp.tfd_finite_discrete(
            [1.0, 2, 3], probs=[0.5, 0.2, 0.3]), 2.0), 0.2),
        "generalized_pareto": lambda: (tp.tfd_mean(tp.tfd_joint_distribution_named({
            "rate": tp.tfd_gamma(1 / genp.concentration, genp.scale / genp.concentration),
            "x": lambda rate: tp.tfd_exponential(rate)}).model["rate"]), 0.5),
        "pert": lambda: (bool(tp.tfd_prob(tp.tfd_pert(1.0, 7.0, 11.0, 4.0), 7.0)
                              < tp.tfd_prob(tp.tfd_pert(1.0, 7.0, 11.0, 20.0), 7.0)), True),
        "plackett_luce": lambda: (len(tp.tfd_prob(tp.tfd_plackett_luce([0.1, 2, 5]),
                                                  [[2.0, 1, 0], [1.0, 0, 2]])), 2),
        "probit_bernoulli": lambda: (len(shape(tp.tfd_sample(tp.tfd_probit_bernoulli(
            probits=[1.0, 0.0]), 10.0))), 2),
        "wishart_tri_l": lambda: (tp.tfd_mean(tp.tfd_wishart_tri_l(
            df=4.0, scale_tril=tf.linalg.cholesky(M([[1, 2], [2, 5]])))), 4 * M([[1, 2], [2, 5]])),
        "beta_binomial": lambda: (len(tp.tfd_log_prob(tp.tfd_beta_binomial(
            total_count=[5.0, 10, 20], concentration1=[0.5, 2, 3], concentration0=[4.0, 3, 2]),
            1.0)), 3),
        "joint_distribution_named_auto_batched": lambda: (
            joint(tp.tfd_joint_distribution_named_auto_batched(
                {**named_model, "e": tp.tfd_exponential(rate=[100.0, 120])})), [5, [], 5]),
        "weibull": lambda: (len(tp.tfd_cdf(tp.tfd_weibull(scale=[1.0, 3, 45],
                                                          concentration=[2.5, 22, 7]), 1.0)), 3),
        "truncated_cauchy": lambda: (len(tp.tfd_cdf(tp.tfd_truncated_cauchy(
            loc=[0.0, 1], scale=1.0, low=[-1.0, 0], high=[1.0, 1]), 1.0)), 2),
        "spherical_uniform": lambda: (shape(tp.tfd_sample(tp.tfd_spherical_uniform(
            dimension=4.0, batch_shape=[3.0]), 5.0)), [5, 3, 4]),
        "power_spherical": lambda: (len(tp.tfd_prob(tp.tfd_power_spherical(
            mean_direction=[[0.0, 1, 0], [1.0, 0, 0]], concentration=[1.0, 2]),
            M([[0, 0, 1], [0, 1, 0]]))), 2),
        "log_logistic": lambda: (tp.tfd_prob(tp.tfd_log_logistic(loc=1.0, scale=1.0),
                                             [1.0, 10, 100]),
                                 tp.tfd_prob(tp.tfd_transformed_distribution(
                                     tp.tfd_logistic(loc=1.0, scale=1.0), _tfb().Exp()),
                                     [1.0, 10, 100])),
        "bates": lambda: (len(tp.tfd_sample(tp.tfd_bates(total_count=[1.0, 2, 5],
                                                         low=[0.0, 5, 10], high=100.0))), 3),
        "generalized_normal": lambda: (list(tp.tfd_generalized_normal(
            loc=[1.0, 2], scale=[11.0, 22], power=[1.0, 1]).batch_shape), [2]),
        "johnson_s_u": lambda: (np.size(tp.tfd_log_prob(tp.tfd_johnson_s_u(
            skewness=-2.0, tailweight=2.0, loc=1.1, scale=1.5), 1.0)), 1),
        "continuous_bernoulli": lambda: (len(tp.tfd_log_prob(tp.tfd_continuous_bernoulli(
            logits=[0.1, 0.9]), 1.0)), 2),
        "skellam": lambda: (np.size(tp.tfd_log_prob(tp.tfd_skellam(rate1=0.1, rate2=0.7), 1.0)), 1),
        "exp_gamma": lambda: (np.size(tp.tfd_mean(tp.tfd_exp_gamma(concentration=1.0,
                                                                    rate=1.0))), 1),
        "exp_inverse_gamma": lambda: (np.size(tp.tfd_mean(tp.tfd_exp_inverse_gamma(
            concentration=1.0, scale=1.0))), 1),
    }


def _r_test_names():
    """The cases' names, read without running the table (which imports TensorFlow)."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(_r_test_cases))
    table = next(node.value for node in ast.walk(tree)
                 if isinstance(node, ast.Return) and isinstance(node.value, ast.Dict))
    return sorted(key.value for key in table.keys)


@pytest.mark.parametrize("case", slow_except(_r_test_names(), "hidden_markov_model",
                                             "multinomial", "von_mises"))
def test_r_tfprobabilitys_distribution_test_calls_give_its_values(case):
    actual, expected = _r_test_cases()[case]()
    if isinstance(expected, list) and any(isinstance(item, list) for item in expected):
        assert actual == expected
    else:
        assert np.allclose(np.asarray(actual, dtype=float), np.asarray(expected, dtype=float),
                           atol=1e-5, rtol=1e-5)


def test_r_arrays_take_the_float_type_of_the_tensors_given_with_them():
    import tensorflow as tf

    d = tp.tfd_normal(loc=tf.constant([0.0, 1.0], tf.float64), scale=[1.0, 2.0])
    assert d.dtype == tf.float64
    assert tp.tfd_normal(loc=[0.0, 1.0], scale=[1.0, 2.0]).dtype == tf.float32
