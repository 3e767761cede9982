# The "Other layers" family from R: doubles for counts, c(3, 3) kernel sizes, NULL, pipes.
tfk <- reticulate::import("tf_keras")

test_that("a small Bayesian conv model fits from an R array", {
  set.seed(2)
  x <- array(rnorm(16 * 8 * 8 * 1), c(16, 8, 8, 1))
  y <- matrix(rnorm(16), 16, 1)
  kl <- kl_divergence_fn(1 / 16)
  model <- keras_model_sequential(input_shape = c(8, 8, 1)) %>%
    layer_conv_2d_flipout(filters = 4, kernel_size = c(3, 3), activation = "relu",
                             kernel_divergence_fn = kl) %>%
    layer_conv_2d_reparameterization(filters = 2, kernel_size = 3, padding = "same",
                                        kernel_divergence_fn = kl)
  model$add(tfk$layers$Flatten())
  model <- model %>% layer_dense_flipout(units = 1, seed = NULL, kernel_divergence_fn = kl)
  model$compile(optimizer = "adam", loss = "mse")
  history <- model$fit(x, y, epochs = 2L, batch_size = 8L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  expect_equal(length(model$losses), 3L)
  expect_equal(dim(model$predict(x, verbose = 0L)), c(16L, 1L))
})

test_that("R values convert: seed NULL stays None, vectors become tuples and lists", {
  expect_null(layer_dense_flipout(units = 2)$seed)
  expect_equal(layer_conv_3d_flipout(filters = 2, kernel_size = c(2, 2, 2))$kernel_size,
               list(2L, 2L, 2L))
  made <- layer_autoregressive(params = 2, event_shape = 3, hidden_units = c(8, 8))
  expect_equal(reticulate::import_builtins()$list(made$`_hidden_units`), c(8L, 8L))
  expect_equal(dim(made(matrix(0, 5, 3))$numpy()), c(5L, 3L, 2L))
  out <- layer_variable(matrix(0, 5, 1), shape = c(2, 3))
  expect_equal(dim(out$numpy()), c(2L, 3L))
  out <- matrix(rnorm(12), 4, 3) %>% layer_dense_reparameterization(units = 2)
  expect_equal(dim(out$numpy()), c(4L, 2L))
})

test_that("bad values reach R as errors naming the argument", {
  expect_error(layer_conv_2d_flipout(filters = 2, kernel_size = c(3, 3, 3)), "`kernel_size`")
  expect_error(layer_conv_1d_reparameterization(filters = 2.5, kernel_size = 3), "`filters`.*2.5")
  expect_error(layer_autoregressive(params = 2, hidden_units = c(4, NA)), "`hidden_units\\[1\\]`")
})

test_that("1d flipout and 3d reparameterization convolutions apply to R arrays", {
  set.seed(3)
  out <- array(rnorm(4 * 10 * 2), c(4, 10, 2)) %>%
    layer_conv_1d_flipout(filters = 3, kernel_size = 3)
  expect_equal(dim(out$numpy()), c(4L, 8L, 3L))
  out <- array(rnorm(2 * 4 * 4 * 4), c(2, 4, 4, 4, 1)) %>%
    layer_conv_3d_reparameterization(filters = 2, kernel_size = c(2, 2, 2), strides = 2)
  expect_equal(dim(out$numpy()), c(2L, 2L, 2L, 2L, 2L))
})

test_that("layer_dense_variational fits with R-made posterior and trainable prior", {
  # R functions build the posterior and the prior from layer_variable and a
  # distribution lambda; the helpers do the tensor math.
  posterior <- function(kernel_size, bias_size, dtype) {
    n <- kernel_size + bias_size
    keras_model_sequential(list(
      layer_variable(shape = 2 * n, dtype = dtype),
      layer_distribution_lambda(make_distribution_fn = function(t)
        tfd_independent(normal_distribution_fn(event_size = n)(t),
                           reinterpreted_batch_ndims = 1))
    ))
  }
  prior <- function(kernel_size, bias_size, dtype) {
    n <- kernel_size + bias_size
    keras_model_sequential(list(
      layer_variable(shape = n, dtype = dtype),
      layer_distribution_lambda(make_distribution_fn = function(t)
        tfd_independent(tfd_normal(t, 1), reinterpreted_batch_ndims = 1))
    ))
  }
  d <- make_data(n = 32)
  model <- keras_model_sequential(input_shape = 3) %>%
    layer_dense_variational(units = 1, make_posterior_fn = posterior, make_prior_fn = prior,
                               kl_weight = 1 / 32)
  model$compile(optimizer = "adam", loss = "mse")
  history <- model$fit(d$x, d$y, epochs = 2L, batch_size = 16L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  expect_equal(length(model$losses), 1L)
  expect_equal(dim(model$predict(d$x, verbose = 0L)), c(32L, 1L))
})
