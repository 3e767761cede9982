# Every tfb_* constructor called from R with R values, as R tfprobability's users call it:
# each bijection round-trips an input inside its domain and has finite log-det-Jacobians;
# the classes TFP 0.25 removed are errors naming their successors; the network-driven
# flows, templates and layers get a short real use. Python's tests/python_api/test_bijectors.py
# holds the same table and checks the values against numerical derivatives.

skip_if_no_python_tfprobr <- function() {
  skip_if_not(reticulate::py_module_available("tfprobr"), "the Python package tfprobr is not available")
}

num <- function(t) as.array(t)

scalar_x <- c(-1.3, -0.2, 0.4, 1.7)
positive_x <- c(0.3, 0.9, 1.6)
unit_x <- c(0.1, 0.45, 0.8)
vector_x <- c(0.5, -0.3, 0.2)
lower <- matrix(c(1.5, 0.7, 0, 0.8), 2)  # rows (1.5, 0) and (0.7, 0.8)

# name = list(constructor, x, event_ndims of x, event_ndims of forward(x))
bijections <- list(
  tfb_ascending = list(function() tfb_ascending(), vector_x, 1, 1),
  tfb_batch_normalization = list(function() tfb_batch_normalization(
    batchnorm_layer = reticulate::import("tf_keras")$layers$BatchNormalization(), training = FALSE),
    matrix(c(0.5, 0.1, -0.3, 2), 2), 1, 1),
  tfb_blockwise = list(function() tfb_blockwise(list(tfb_exp(), tfb_sigmoid()), block_sizes = c(2, 1)),
                       vector_x, 1, 1),
  tfb_chain = list(function() tfb_chain(list(tfb_shift(1), tfb_exp())), scalar_x, 0, 0),
  tfb_cholesky_outer_product = list(function() tfb_cholesky_outer_product(), lower, 2, 2),
  tfb_cholesky_to_inv_cholesky = list(function() tfb_cholesky_to_inv_cholesky(), lower, 2, 2),
  tfb_correlation_cholesky = list(function() tfb_correlation_cholesky(), c(0.4, -0.8, 1.1), 1, 2),
  tfb_cumsum = list(function() tfb_cumsum(), vector_x, 1, 1),
  tfb_discrete_cosine_transform = list(function() tfb_discrete_cosine_transform(),
                                       c(0.5, -0.3, 0.2, 0.9), 1, 1),
  tfb_exp = list(function() tfb_exp(), scalar_x, 0, 0),
  tfb_expm1 = list(function() tfb_expm1(), scalar_x, 0, 0),
  tfb_fill_scale_tri_l = list(function() tfb_fill_scale_tri_l(diag_shift = 1e-5), vector_x, 1, 2),
  tfb_fill_triangular = list(function() tfb_fill_triangular(), vector_x, 1, 2),
  tfb_gompertz_cdf = list(function() tfb_gompertz_cdf(concentration = 0.8, rate = 1.2), positive_x, 0, 0),
  tfb_gumbel_cdf = list(function() tfb_gumbel_cdf(loc = 0.2, scale = 1.5), scalar_x, 0, 0),
  tfb_identity = list(function() tfb_identity(), scalar_x, 0, 0),
  # exp, whose log-derivative at x is x.
  tfb_inline = list(function() {
    tf <- reticulate::import("tensorflow")
    tfb_inline(forward_fn = tf$math$exp, inverse_fn = tf$math$log,
               forward_log_det_jacobian_fn = tf$identity, forward_min_event_ndims = 0)
  }, scalar_x, 0, 0),
  tfb_invert = list(function() tfb_invert(tfb_exp()), positive_x, 0, 0),
  tfb_iterated_sigmoid_centered = list(function() tfb_iterated_sigmoid_centered(), c(0.5, -0.3), 1, 1),
  tfb_kumaraswamy_cdf = list(function() tfb_kumaraswamy_cdf(concentration1 = 2, concentration0 = 0.7),
                             unit_x, 0, 0),
  tfb_lambert_w_tail = list(function() tfb_lambert_w_tail(shift = 0.1, scale = 1.3, tailweight = 0.2),
                            scalar_x, 0, 0),
  tfb_masked_autoregressive_flow = list(function() tfb_masked_autoregressive_flow(
    shift_and_log_scale_fn = layer_autoregressive(params = 2, event_shape = 3, hidden_units = 4,
                                                  activation = "tanh")), vector_x, 1, 1),
  tfb_matrix_inverse_tri_l = list(function() tfb_matrix_inverse_tri_l(), lower, 2, 2),
  tfb_matvec_lu = list(function() tfb_matvec_lu(lower_upper = matrix(c(2, 0.5, 1, 3), 2),
                                                permutation = c(1, 0)), c(0.5, -0.3), 1, 1),
  tfb_normal_cdf = list(function() tfb_normal_cdf(), scalar_x, 0, 0),
  tfb_pad = list(function() tfb_pad(), c(0.5, -0.3), 1, 1),
  tfb_permute = list(function() tfb_permute(permutation = c(2, 0, 1)), vector_x, 1, 1),
  tfb_power_transform = list(function() tfb_power_transform(power = 2), positive_x, 0, 0),
  tfb_rational_quadratic_spline = list(function() tfb_rational_quadratic_spline(
    bin_widths = c(1, 1), bin_heights = c(0.5, 1.5), knot_slopes = 0.7, range_min = -1),
    c(-0.7, -0.1, 0.6), 0, 0),
  tfb_rayleigh_cdf = list(function() tfb_rayleigh_cdf(scale = 0.5), positive_x, 0, 0),
  tfb_real_nvp = list(function() tfb_real_nvp(
    num_masked = 1, shift_and_log_scale_fn = tfb_real_nvp_default_template(hidden_layers = c(4, 4))),
    matrix(vector_x, 1), 1, 1),
  tfb_reciprocal = list(function() tfb_reciprocal(), positive_x, 0, 0),
  tfb_reshape = list(function() tfb_reshape(event_shape_out = c(2, 2)), c(0.5, -0.3, 0.2, 0.9), 1, 2),
  tfb_scale = list(function() tfb_scale(scale = -1.5), scalar_x, 0, 0),
  tfb_scale_matvec_diag = list(function() tfb_scale_matvec_diag(scale_diag = c(2, 0.5)),
                               c(0.5, -0.3), 1, 1),
  tfb_scale_matvec_linear_operator = list(function() tfb_scale_matvec_linear_operator(
    scale = reticulate::import("tensorflow")$linalg$LinearOperatorLowerTriangular(
      reticulate::np_array(matrix(c(2, 1, 0, 0.5), 2), dtype = "float32"))), c(0.5, -0.3), 1, 1),
  tfb_scale_matvec_lu = list(function() tfb_scale_matvec_lu(lower_upper = matrix(c(2, 0.5, 1, 3), 2),
                                                            permutation = c(0, 1)), c(0.5, -0.3), 1, 1),
  tfb_scale_matvec_tri_l = list(function() tfb_scale_matvec_tri_l(scale_tril = matrix(c(2, 1, 0, 0.5), 2)),
                                c(0.5, -0.3), 1, 1),
  tfb_shift = list(function() tfb_shift(shift = 0.7), scalar_x, 0, 0),
  tfb_shifted_gompertz_cdf = list(function() tfb_shifted_gompertz_cdf(concentration = 0.8, rate = 1.2),
                                  positive_x, 0, 0),
  tfb_sigmoid = list(function() tfb_sigmoid(), scalar_x, 0, 0),
  tfb_sinh = list(function() tfb_sinh(), scalar_x, 0, 0),
  tfb_sinh_arcsinh = list(function() tfb_sinh_arcsinh(skewness = 0.5, tailweight = 1.5), scalar_x, 0, 0),
  tfb_softmax_centered = list(function() tfb_softmax_centered(), c(0.5, -0.3), 1, 1),
  tfb_softplus = list(function() tfb_softplus(hinge_softness = 0.7, low = 0.1), scalar_x, 0, 0),
  tfb_softsign = list(function() tfb_softsign(), scalar_x, 0, 0),
  tfb_split = list(function() tfb_split(num_or_size_splits = c(2, 1)), vector_x, 1, list(1, 1)),
  tfb_square = list(function() tfb_square(), positive_x, 0, 0),
  tfb_tanh = list(function() tfb_tanh(), scalar_x, 0, 0),
  tfb_transform_diagonal = list(function() tfb_transform_diagonal(diag_bijector = tfb_exp()), lower, 2, 2),
  tfb_transpose = list(function() tfb_transpose(rightmost_transposed_ndims = 2),
                       matrix(c(0.5, 0.9, -0.3, 1.1, 0.2, -2), 2), 2, 2),
  tfb_weibull_cdf = list(function() tfb_weibull_cdf(scale = 1.5, concentration = 2), positive_x, 0, 0)
)

for (name in names(bijections)) {
  test_that(paste(name, "round-trips an R value and has finite log-det-Jacobians"), {
    skip_if_no_python_tfprobr()
    case <- bijections[[name]]
    b <- case[[1]]()
    x <- case[[2]]
    y <- b %>% tfb_forward(x)
    expect_equal(as.vector(num(b %>% tfb_inverse(y))), as.vector(x), tolerance = 1e-4)
    fldj <- b %>% tfb_forward_log_det_jacobian(x, event_ndims = case[[3]])
    ildj <- b %>% tfb_inverse_log_det_jacobian(y, event_ndims = case[[4]])
    expect_true(all(is.finite(num(fldj))), label = paste(name, "forward log-det-Jacobian"))
    expect_true(all(is.finite(num(ildj))), label = paste(name, "inverse log-det-Jacobian"))
    expect_equal(as.vector(num(ildj)), -as.vector(num(fldj)), tolerance = 1e-3)
  })
}

test_that("the scalar bijectors compute their closed forms at R's arguments", {
  skip_if_no_python_tfprobr()
  forward <- function(b, x) as.vector(num(b %>% tfb_forward(x)))
  expect_equal(forward(tfb_sinh(), scalar_x), sinh(scalar_x), tolerance = 1e-5)
  expect_equal(forward(tfb_gumbel_cdf(loc = 0.2, scale = 1.5), scalar_x),
               exp(-exp(-(scalar_x - 0.2) / 1.5)), tolerance = 1e-5)
  expect_equal(forward(tfb_weibull_cdf(scale = 1.5, concentration = 2), positive_x),
               pweibull(positive_x, shape = 2, scale = 1.5), tolerance = 1e-5)
  expect_equal(forward(tfb_normal_cdf(), scalar_x), pnorm(scalar_x), tolerance = 1e-5)
  expect_equal(forward(tfb_scale(scale = -1.5), scalar_x), -1.5 * scalar_x, tolerance = 1e-5)
  expect_equal(forward(tfb_power_transform(power = 2), positive_x), sqrt(1 + 2 * positive_x),
               tolerance = 1e-5)
})

test_that("tfb_absolute_value is not a bijection: its inverse is both preimages", {
  skip_if_no_python_tfprobr()
  b <- tfb_absolute_value()
  expect_equal(as.vector(num(b %>% tfb_forward(c(-1.5, 2)))), c(1.5, 2))
  preimages <- b %>% tfb_inverse(1.5)
  expect_equal(vapply(preimages, function(t) as.vector(num(t)), numeric(1)), c(-1.5, 1.5))
})

test_that("the bijectors TFP 0.25 no longer has are errors naming their successors", {
  skip_if_no_python_tfprobr()
  expect_error(tfb_affine(shift = 1), "tfb_shift(shift)(tfb_scale_matvec_tri_l(scale_tril))",
               fixed = TRUE)
  expect_error(tfb_affine_linear_operator(shift = 1),
               "tfb_shift(shift)(tfb_scale_matvec_linear_operator(scale))", fixed = TRUE)
  expect_error(tfb_affine_scalar(shift = 1, scale = 2), "tfb_shift(shift)(tfb_scale(scale))",
               fixed = TRUE)
  expect_error(tfb_gumbel(loc = 0, scale = 1), "tfb_gumbel_cdf(loc, scale)", fixed = TRUE)
  expect_error(tfb_kumaraswamy(concentration1 = 2, concentration0 = 1),
               "tfb_kumaraswamy_cdf(concentration1, concentration0)", fixed = TRUE)
  expect_error(tfb_ordered(), "tfb_invert(tfb_ascending())", fixed = TRUE)
  expect_error(tfb_scale_tri_l(), "tfb_fill_scale_tri_l(diag_bijector, diag_shift)", fixed = TRUE)
  expect_error(tfb_weibull(scale = 1.5, concentration = 2), "tfb_weibull_cdf(scale, concentration)",
               fixed = TRUE)
})

test_that("tfb_ffjord integrates a Python vector field from R and round-trips", {
  skip_if_no_python_tfprobr()
  tfp <- reticulate::import("tensorflow_probability")
  b <- tfb_ffjord(state_time_derivative_fn = reticulate::py_eval("lambda t, z: -0.5 * z"),
                  trace_augmentation_fn = tfp$bijectors$ffjord$trace_jacobian_exact)
  y <- b %>% tfb_forward(matrix(c(0.5, -1), 2))
  # dz/dt = -z / 2 from t = 0 to 1 scales by exp(-1/2).
  expect_equal(as.vector(num(y)), c(0.5, -1) * exp(-0.5), tolerance = 1e-4)
  expect_equal(as.vector(num(b %>% tfb_inverse(y))), c(0.5, -1), tolerance = 1e-4)
  expect_equal(as.vector(num(b %>% tfb_forward_log_det_jacobian(matrix(c(0.5, -1), 2),
                                                                event_ndims = 1))),
               c(-0.5, -0.5), tolerance = 1e-4)
})

test_that("tfb_glow maps a latent vector to a small image and back", {
  skip_if_no_python_tfprobr()
  tfp <- reticulate::import("tensorflow_probability")
  b <- tfb_glow(output_shape = c(4, 4, 1), num_glow_blocks = 1, num_steps_per_block = 1,
                coupling_bijector_fn = tfp$bijectors$GlowDefaultNetwork, seed = 1)
  set.seed(2)
  z <- matrix(rnorm(32), 2, 16)
  image <- b %>% tfb_forward(z)
  expect_equal(dim(num(image)), c(2L, 4L, 4L, 1L))
  expect_equal(num(b %>% tfb_inverse(image)), z, tolerance = 1e-4)
})

test_that("tfb_masked_dense masks its blocks autoregressively", {
  skip_if_no_python_tfprobr()
  inputs <- matrix(0:7, 2, 4, byrow = TRUE) + 0
  out <- tfb_masked_dense(inputs = inputs, units = 6, num_blocks = 2, exclusive = TRUE)
  expect_equal(dim(num(out)), c(2L, 6L))
  # Exclusive: the first block of outputs sees no inputs, so it is the zero bias.
  expect_equal(num(out)[, 1:3], matrix(0, 2, 3))
})

test_that("tfb_masked_autoregressive_default_template drives a masked autoregressive flow", {
  skip_if_no_python_tfprobr()
  flow <- tfb_masked_autoregressive_flow(
    shift_and_log_scale_fn = tfb_masked_autoregressive_default_template(hidden_layers = c(7, 7)))
  x <- matrix(c(0.3, -0.2, 0.5), 1)
  expect_equal(num(flow %>% tfb_inverse(flow %>% tfb_forward(x))), x, tolerance = 1e-4)
})

test_that("layer_autoregressive_transform makes a flow of its network that fits with negloglik", {
  skip_if_no_python_tfprobr()
  set.seed(1)
  x <- matrix(rnorm(32 * 4), 32, 4)
  y <- cbind(x[, 1] + rnorm(32, sd = 0.1), x[, 1] * x[, 2])
  # The input's 4 columns are the independent normal's 2 means and 2 scales.
  model <- keras_model_sequential(input_shape = 4) %>%
    layer_independent_normal(event_shape = 2) %>%
    layer_autoregressive_transform(made = layer_autoregressive(params = 2, hidden_units = 8))
  out <- model(matrix(0, 3, 4))
  expect_equal(dim(num(out %>% tfd_sample())), c(3L, 2L))
  expect_equal(class(out$tensor_distribution$bijector)[1],
               "tensorflow_probability.python.bijectors.masked_autoregressive.MaskedAutoregressiveFlow")
  model %>% compile(optimizer = "adam", loss = negloglik)
  history <- model %>% fit(x, y, epochs = 1, batch_size = 32, verbose = 0)
  expect_length(history$metrics$loss, 1)
  expect_true(is.finite(history$metrics$loss))
})

test_that("initializer_blockwise fills consecutive blocks, also as a layer's kernel initializer", {
  skip_if_no_python_tfprobr()
  init <- initializer_blockwise(list("zeros", "ones"), sizes = c(2, 1))
  expect_equal(num(init(c(2, 3))), matrix(c(0, 0, 1), 2, 3, byrow = TRUE))
  dense <- reticulate::import("tf_keras")$layers$Dense(
    3L, kernel_initializer = initializer_blockwise(list("ones", "zeros"), c(1, 2)))
  dense$build(list(NULL, 2L))
  expect_equal(dense$kernel$numpy(), matrix(c(1, 0, 0), 2, 3, byrow = TRUE))
})
