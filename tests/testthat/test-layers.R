test_that("the pipe builds a Sequential model with R doubles for counts", {
  model <- keras_model_sequential(input_shape = 3) %>%
    layer_dense_local_reparameterization(units = 10, activation = "tanh") %>%
    layer_dense_local_reparameterization(units = 1)
  expect_equal(length(model$layers), 2L)
  expect_equal(model$layers[[1]]$units, 10L)
  expect_true(inherits(model, "tf_keras.src.engine.sequential.Sequential"))
  expect_equal(model$layers[[2]]$units, 1L)
  expect_equal(unlist(model$output_shape), 1L)
})

test_that("a model fits and predicts from R matrices with a scaled KL", {
  d <- make_data()
  kl <- kl_divergence_fn(1 / nrow(d$x))
  model <- keras_model_sequential(input_shape = ncol(d$x)) %>%
    layer_dense_local_reparameterization(units = 8, activation = "relu",
                                            kernel_divergence_fn = kl) %>%
    layer_dense_local_reparameterization(units = 1, kernel_divergence_fn = kl)
  model$compile(optimizer = "adam", loss = "mse")
  history <- model$fit(d$x, d$y, epochs = 3L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  expect_equal(length(model$losses), 2L)
  pred <- model$predict(d$x, verbose = 0L)
  expect_equal(dim(pred), c(nrow(d$x), 1L))
})

test_that("a layer applied to an R matrix or data.frame returns a tensor", {
  d <- make_data(n = 5)
  out <- layer_dense_local_reparameterization(d$x, units = 2)
  expect_equal(dim(out$numpy()), c(5L, 2L))
  out <- layer_dense_local_reparameterization(as.data.frame(d$x), units = 2)
  expect_equal(dim(out$numpy()), c(5L, 2L))
})

test_that("NULL object returns the layer; functional models work from R", {
  layer <- layer_dense_local_reparameterization(NULL, units = 4)
  expect_true(inherits(layer, "tensorflow_probability.python.layers.dense_variational.DenseLocalReparameterization"))
  input <- layer_input(shape = 3)
  output <- input %>% layer_dense_local_reparameterization(units = 2)
  model <- keras_model(input, output)
  expect_equal(unlist(model$output_shape), 2L)
})

test_that("R functions work as posterior, prior and divergence functions inside fit", {
  d <- make_data(n = 32)
  tfp <- reticulate::import("tensorflow_probability")
  calls <- c(posterior = 0, prior = 0, divergence = 0)
  posterior <- function(dtype, shape, name, trainable, add_variable_fn) {
    calls[["posterior"]] <<- calls[["posterior"]] + 1
    tfp$layers$util$default_mean_field_normal_fn()(dtype, shape, name, trainable, add_variable_fn)
  }
  prior <- function(dtype, shape, name, trainable, add_variable_fn) {
    calls[["prior"]] <<- calls[["prior"]] + 1
    tfp$layers$util$default_multivariate_normal_fn(dtype, shape, name, trainable, add_variable_fn)
  }
  divergence <- function(q, p, ignore) {
    calls[["divergence"]] <<- calls[["divergence"]] + 1
    kl_divergence_fn(1 / 32)(q, p, ignore)
  }
  model <- keras_model_sequential(input_shape = 3) %>%
    layer_dense_local_reparameterization(units = 1, kernel_posterior_fn = posterior,
                                            kernel_prior_fn = prior,
                                            kernel_divergence_fn = divergence)
  model$compile(optimizer = "adam", loss = "mse")
  history <- model$fit(d$x, d$y, epochs = 2L, batch_size = 16L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  expect_true(all(calls > 0))
})

test_that("NULL priors drop the KL term and a NULL bias posterior drops the bias", {
  layer <- layer_dense_local_reparameterization(units = 2, kernel_prior_fn = NULL,
                                                   bias_posterior_fn = NULL)
  layer(matrix(1, 4, 3))
  expect_equal(length(layer$losses), 0L)
  expect_null(layer$bias_posterior)
})

test_that("fit and predict take an R data.frame", {
  d <- make_data(n = 32)
  x <- as.data.frame(d$x)
  model <- keras_model_sequential(input_shape = 3) %>%
    layer_dense_local_reparameterization(units = 1)
  model$compile(optimizer = "adam", loss = "mse")
  model$fit(x, d$y, epochs = 1L, verbose = 0L)
  expect_equal(dim(model$predict(x, verbose = 0L)), c(32L, 1L))
})

test_that("repeated predictions from R give the predictive mean and spread", {
  d <- make_data(n = 16)
  model <- keras_model_sequential(input_shape = 3) %>%
    layer_dense_local_reparameterization(units = 1)
  passes <- sapply(1:20, function(i) model$predict(d$x, verbose = 0L)[, 1])
  expect_equal(dim(passes), c(16L, 20L))
  expect_true(all(apply(passes, 1, sd) > 0))
})

test_that("an R activation function is used by the layer", {
  layer <- layer_dense_local_reparameterization(units = 3, activation = function(x) x$`__abs__`())
  out <- layer(matrix(rnorm(12), 4, 3))$numpy()
  expect_true(all(out >= 0))
})
