# The tfd_* constructors added for issue 23, called from R as R tfprobability's users do.

num <- function(t) as.numeric(t$numpy())

test_that("the hidden Markov model of R tfprobability's README gives its printed values", {
  d <- tfd_hidden_markov_model(
    initial_distribution = tfd_categorical(probs = c(0.8, 0.2)),
    transition_distribution = tfd_categorical(
      probs = matrix(c(0.7, 0.3, 0.2, 0.8), nrow = 2, byrow = TRUE)),
    observation_distribution = tfd_normal(loc = c(0, 15), scale = c(5, 10)),
    num_steps = 7)
  expect_equal(num(d %>% tfd_mean()),
               c(3, 6, 7.4999995, 8.249999, 8.625001, 8.812501, 8.90625), tolerance = 1e-5)
  expect_equal(num(d %>% tfd_log_prob(rep(0, 7))), -19.855635, tolerance = 1e-5)
})

test_that("a named list with R functions makes a joint distribution named by their arguments", {
  d <- tfd_joint_distribution_named(list(
    n = tfd_normal(loc = 0, scale = 2),
    m = function(n) tfd_normal(loc = n, scale = 1)))
  x <- d %>% tfd_sample()
  expect_setequal(names(x), c("n", "m"))
  n <- num(x$n)
  m <- num(x$m)
  expect_equal(num(d %>% tfd_log_prob(x)),
               dnorm(n, 0, 2, log = TRUE) + dnorm(m, n, 1, log = TRUE), tolerance = 1e-5)
})

test_that("a list of R distributions makes a mixture, and R doubles a whole-number argument", {
  d <- tfd_mixture(cat = tfd_categorical(probs = c(0.3, 0.7)),
                   components = list(tfd_normal(loc = -1, scale = 0.1),
                                     tfd_normal(loc = 1, scale = 0.5)))
  expect_equal(num(tfd_mean(d)), 0.4, tolerance = 1e-6)
  s <- tfd_spherical_uniform(dimension = 4, batch_shape = list(3)) %>% tfd_sample(5)
  expect_equal(dim(s$numpy()), c(5L, 3L, 4L))
  expect_equal(params_size_independent_normal(event_size = 2), 4L)
})

test_that("a constructor of a class TensorFlow Probability dropped is an error naming its successor", {
  expect_error(tfd_wishart(df = 4, scale_tril = diag(2)),
               "no longer has tfp.distributions.Wishart.*tfd_wishart_tri_l")
  expect_error(tfd_poisson(rate = 1, interpolate_nondiscrete = FALSE),
               "force_probs_to_zero_outside_support")
  expect_equal(num(tfd_mean(tfd_wishart_tri_l(df = 4, scale_tril = diag(2)))), c(4, 0, 0, 4))
})

# Every constructor with a typical R call: it builds, samples, and evaluates log_prob.
tfp_module <- function() reticulate::import("tensorflow_probability")
lower_triangular <- function(m) {
  reticulate::import("tensorflow")$linalg$LinearOperatorLowerTriangular(
    reticulate::np_array(m, dtype = "float32"))
}
grid <- matrix(seq(-1, 1, length.out = 10), ncol = 1)
typical <- list(
  tfd_autoregressive = function() tfd_autoregressive(
    function(x) tfd_independent(tfd_normal(loc = x, scale = 1), 1), sample0 = c(0, 0),
    num_steps = 2),
  tfd_batch_reshape = function() tfd_batch_reshape(tfd_normal(loc = 1:6, scale = 1),
                                                   batch_shape = c(2, -1)),
  tfd_bates = function() tfd_bates(total_count = c(1, 2, 5), low = c(0, 5, 10), high = 100),
  tfd_beta_binomial = function() tfd_beta_binomial(total_count = c(5, 10), concentration1 = 2,
                                                   concentration0 = 3),
  tfd_blockwise = function() tfd_blockwise(list(
    tfd_multinomial(total_count = 5, probs = c(0.1, 0.2, 0.7)),
    tfd_multivariate_normal_diag(loc = c(0, 0, 0, 0)))),
  tfd_chi = function() tfd_chi(df = 1),
  tfd_chi2 = function() tfd_chi2(df = 1),
  tfd_cholesky_lkj = function() tfd_cholesky_lkj(dimension = 3, concentration = 1.5),
  tfd_continuous_bernoulli = function() tfd_continuous_bernoulli(logits = c(0.1, 0.9)),
  tfd_dirichlet = function() tfd_dirichlet(concentration = c(1, 2, 3)),
  tfd_dirichlet_multinomial = function() tfd_dirichlet_multinomial(total_count = 2,
                                                                   concentration = c(1, 2, 3)),
  tfd_doublesided_maxwell = function() tfd_doublesided_maxwell(loc = 0, scale = c(0.5, 1, 2)),
  tfd_empirical = function() tfd_empirical(samples = c(0, 1, 1, 2)),
  tfd_exp_gamma = function() tfd_exp_gamma(concentration = 1, rate = 1),
  tfd_exp_inverse_gamma = function() tfd_exp_inverse_gamma(concentration = 1, scale = 1),
  tfd_exp_relaxed_one_hot_categorical = function() tfd_exp_relaxed_one_hot_categorical(
    temperature = 0.5, probs = c(0.1, 0.5, 0.4)),
  tfd_finite_discrete = function() tfd_finite_discrete(c(1, 2, 3), probs = c(0.5, 0.2, 0.3)),
  tfd_gamma_gamma = function() tfd_gamma_gamma(concentration = 1, mixing_concentration = 2,
                                               mixing_rate = 0.5),
  tfd_gaussian_process = function() tfd_gaussian_process(
    tfp_module()$math$psd_kernels$ExponentiatedQuadratic(), grid,
    observation_noise_variance = 0.05),
  tfd_gaussian_process_regression_model = function() tfd_gaussian_process_regression_model(
    kernel = tfp_module()$math$psd_kernels$MaternFiveHalves(), index_points = grid,
    observation_index_points = matrix(runif(5), ncol = 1), observations = rnorm(5),
    observation_noise_variance = 0.5),
  tfd_generalized_normal = function() tfd_generalized_normal(loc = c(1, 2), scale = c(11, 22),
                                                             power = c(1, 1)),
  tfd_generalized_pareto = function() tfd_generalized_pareto(loc = 0, scale = 2,
                                                             concentration = 0.5),
  tfd_geometric = function() tfd_geometric(probs = 0.6),
  tfd_gumbel = function() tfd_gumbel(loc = 3, scale = 1.5),
  tfd_horseshoe = function() tfd_horseshoe(scale = 2),
  tfd_inverse_gamma = function() tfd_inverse_gamma(concentration = 1.5, scale = 2),
  tfd_inverse_gaussian = function() tfd_inverse_gaussian(loc = 1, concentration = 1),
  tfd_johnson_s_u = function() tfd_johnson_s_u(skewness = -2, tailweight = 2, loc = 1.1,
                                               scale = 1.5),
  tfd_joint_distribution_named_auto_batched = function() tfd_joint_distribution_named_auto_batched(
    list(e = tfd_exponential(rate = c(100, 120)), n = tfd_normal(loc = 0, scale = 2))),
  tfd_joint_distribution_sequential_auto_batched = function()
    tfd_joint_distribution_sequential_auto_batched(list(
      tfd_exponential(rate = c(100, 120)), tfd_normal(loc = 0, scale = 2))),
  tfd_kumaraswamy = function() tfd_kumaraswamy(c(1, 2, 3), c(1, 2, 3)),
  tfd_linear_gaussian_state_space_model = function() tfd_linear_gaussian_state_space_model(
    num_timesteps = 10, transition_matrix = diag(2),
    transition_noise = tfd_multivariate_normal_diag(scale_diag = c(1, 1)),
    observation_matrix = diag(2),
    observation_noise = tfd_multivariate_normal_diag(scale_diag = c(5, 5)),
    initial_state_prior = tfd_multivariate_normal_diag(scale_diag = c(5, 5))),
  tfd_lkj = function() tfd_lkj(dimension = 3, concentration = 1.5),
  tfd_log_logistic = function() tfd_log_logistic(loc = 1, scale = 1),
  tfd_logit_normal = function() tfd_logit_normal(0, 1),
  tfd_multinomial = function() tfd_multinomial(total_count = c(4, 5),
                                               probs = rbind(c(0.1, 0.2, 0.7), c(0.3, 0.3, 0.4))),
  tfd_multivariate_normal_diag_plus_low_rank = function()
    tfd_multivariate_normal_diag_plus_low_rank(
      loc = c(-0.5, 0, 0.5), scale_diag = c(1.5, 0.5, 2),
      scale_perturb_factor = matrix(c(1, 2, -1, 1, 2, -0.5), nrow = 3, byrow = TRUE),
      scale_perturb_diag = c(4, 5)),
  tfd_multivariate_normal_full_covariance = function() tfd_multivariate_normal_full_covariance(
    loc = c(1, 2, 3),
    covariance_matrix = matrix(c(0.36, 0.12, 0.06, 0.12, 0.29, -0.13, 0.06, -0.13, 0.26), 3)),
  tfd_multivariate_normal_linear_operator = function() tfd_multivariate_normal_linear_operator(
    loc = c(1, 2), scale = lower_triangular(matrix(c(1, 0.5, 0, 1), 2))),
  tfd_multivariate_student_t_linear_operator = function()
    tfd_multivariate_student_t_linear_operator(
      df = 3, loc = c(1, 2), scale = lower_triangular(matrix(c(1, 0.5, 0, 1), 2))),
  tfd_negative_binomial = function() tfd_negative_binomial(total_count = 23, probs = 0.1),
  tfd_pareto = function() tfd_pareto(2),
  tfd_pert = function() tfd_pert(1, 7, 11, 4),
  tfd_plackett_luce = function() tfd_plackett_luce(c(0.1, 2, 5)),
  tfd_poisson_log_normal_quadrature_compound = function()
    tfd_poisson_log_normal_quadrature_compound(loc = c(0, -0.5), scale = 1, quadrature_size = 10),
  tfd_power_spherical = function() tfd_power_spherical(
    mean_direction = list(list(0, 1, 0), list(1, 0, 0)), concentration = c(1, 2)),
  tfd_probit_bernoulli = function() tfd_probit_bernoulli(probits = c(1, 0)),
  tfd_quantized = function() tfd_quantized(tfd_normal(loc = 0, scale = 1)),
  tfd_relaxed_bernoulli = function() tfd_relaxed_bernoulli(temperature = 0.5,
                                                           probs = c(0.2, 0.8)),
  tfd_sinh_arcsinh = function() tfd_sinh_arcsinh(loc = 0, scale = 1, skewness = 0.5,
                                                 tailweight = 1.5),
  tfd_skellam = function() tfd_skellam(rate1 = 0.1, rate2 = 0.7),
  tfd_student_t_process = function() tfd_student_t_process(
    df = 3, kernel = tfp_module()$math$psd_kernels$ExponentiatedQuadratic(), index_points = grid),
  tfd_transformed_distribution = function() tfd_transformed_distribution(
    tfd_normal(loc = 0, scale = 1), tfp_module()$bijectors$Exp()),
  tfd_triangular = function() tfd_triangular(low = 3, high = 7, peak = 5),
  tfd_truncated_cauchy = function() tfd_truncated_cauchy(loc = c(0, 1), scale = 1,
                                                         low = c(-1, 0), high = c(1, 1)),
  tfd_truncated_normal = function() tfd_truncated_normal(loc = c(0, 1), scale = 1,
                                                         low = c(-1, 0), high = c(1, 1)),
  tfd_variational_gaussian_process = function() tfd_variational_gaussian_process(
    tfp_module()$math$psd_kernels$ExponentiatedQuadratic(), index_points = grid,
    inducing_index_points = matrix(seq(-1, 1, length.out = 4), ncol = 1),
    variational_inducing_observations_loc = rep(0, 4),
    variational_inducing_observations_scale = diag(4)),
  tfd_vector_deterministic = function() tfd_vector_deterministic(loc = c(1, 1, 1)),
  tfd_von_mises = function() tfd_von_mises(0.1, 0),
  tfd_von_mises_fisher = function() tfd_von_mises_fisher(mean_direction = c(0, 1),
                                                         concentration = 2),
  tfd_weibull = function() tfd_weibull(scale = c(1, 3, 45), concentration = c(2.5, 22, 7)),
  tfd_wishart_linear_operator = function() tfd_wishart_linear_operator(
    df = 4, scale = lower_triangular(matrix(c(1, 2, 0, 1), 2))),
  tfd_zipf = function() tfd_zipf(power = 3)
)

test_that("every constructor builds from R values, samples and evaluates log_prob", {
  for (name in names(typical)) {
    d <- typical[[name]]()
    x <- d %>% tfd_sample()
    expect_true(all(is.finite(as.numeric((d %>% tfd_log_prob(x))$numpy()))), info = name)
  }
})

test_that("tfd_pixel_cnn builds from R's whole numbers and evaluates log_prob", {
  d <- tfd_pixel_cnn(image_shape = c(4, 4, 1), num_resnet = 1, num_hierarchies = 1,
                     num_filters = 2, num_logistic_mix = 1, dropout_p = 0.3)
  expect_true(is.finite(num(d %>% tfd_log_prob(array(0, c(1, 4, 4, 1))))))
})

test_that("the other retired constructors keep R's formals and raise", {
  expect_error(tfd_vector_diffeomixture(mix_loc = list(c(0, 1)), temperature = list(1),
                                        distribution = tfd_normal(0, 1)), "no successor")
  expect_error(tfd_vector_exponential_diag(loc = c(-1, 1), scale_diag = c(1, 5)),
               "VectorExponentialDiag")
  expect_error(tfd_vector_exponential_linear_operator(loc = c(1, 2)),
               "VectorExponentialLinearOperator")
  expect_error(tfd_vector_laplace_diag(loc = c(0, 0, 0)), "VectorLaplaceDiag")
  expect_error(tfd_vector_laplace_linear_operator(loc = c(1, 2, 3)),
               "VectorLaplaceLinearOperator")
  expect_error(tfd_vector_sinh_arcsinh_diag(loc = c(0, 0), scale_diag = c(1, 2)),
               "tfd_independent\\(tfd_sinh_arcsinh")
})

test_that("layer_variational_gaussian_process takes a Python kernel provider from R", {
  kernels <- reticulate::py_run_string(paste(
    "import tf_keras, tensorflow as tf, tensorflow_probability as tfp",
    "class RBFKernelFn(tf_keras.layers.Layer):",
    "    def __init__(self, **kwargs):",
    "        super().__init__(**kwargs)",
    "        self._amplitude = self.add_weight(name='amplitude', initializer='zeros')",
    "        self._length_scale = self.add_weight(name='length_scale', initializer='zeros')",
    "    def call(self, x):",
    "        return x",
    "    @property",
    "    def kernel(self):",
    "        return tfp.math.psd_kernels.ExponentiatedQuadratic(",
    "            amplitude=tf.nn.softplus(self._amplitude),",
    "            length_scale=tf.nn.softplus(self._length_scale))", sep = "\n"))
  model <- keras_model_sequential(input_shape = 1) %>%
    layer_variational_gaussian_process(num_inducing_points = 4,
                                       kernel_provider = kernels$RBFKernelFn())
  out <- model(matrix(c(-1, 0, 1), ncol = 1))
  expect_equal(dim(tfd_mean(out)$numpy()), c(3L, 1L))
})
