# The Python-side helpers: what R users call instead of tensor arithmetic.
tfp <- reticulate::import("tensorflow_probability")

test_that("kl_divergence_fn(1 / n) scales the KL term, with no tensor math in R", {
  q <- tfp$distributions$Normal(0, 1)
  p <- tfp$distributions$Normal(1, 1)
  expect_equal(tfd_kl_divergence(q, p)$numpy(), 0.5, tolerance = 1e-6)
  expect_equal(kl_divergence_fn(1 / 10)(q, p, NULL)$numpy(), 0.05, tolerance = 1e-6)
})

test_that("tfd_sample takes R doubles and c() for the sample shape", {
  d <- tfp$distributions$Normal(loc = c(0, 1), scale = 1)
  expect_equal(dim(tfd_sample(d, c(4, 3))$numpy()), c(4L, 3L, 2L))
  expect_equal(dim(tfd_sample(d, 5)$numpy()), c(5L, 2L))
})

test_that("tensor_columns slices like x[, j, drop = FALSE] with R's 1-based columns", {
  x <- matrix(1:6 + 0, 2, 3)
  expect_equal(tensor_columns(x, 2)$numpy(), x[, 2, drop = FALSE])
  expect_equal(tensor_columns(x, c(3, 1))$numpy(), x[, c(3, 1)])
  expect_equal(tensor_columns(x, 2:3)$numpy(), x[, 2:3])
})

test_that("tensor_scale and tensor_softplus replace x / n and 1e-3 + softplus(x)", {
  x <- matrix(c(-1, 0, 2), 3, 1)
  expect_equal(tensor_scale(x, 1 / 2, 1)$numpy(), 1 + x / 2)
  expect_equal(tensor_softplus(x, scale = 2, shift = 1e-3)$numpy(), 1e-3 + log1p(exp(2 * x)))
})

test_that("an R distribution lambda built from the tensor helpers fits inside fit", {
  d <- make_data(n = 32, p = 1)
  make_normal <- function(x) {
    tfp$distributions$Normal(loc = tensor_columns(x, 1),
                             scale = tensor_softplus(tensor_columns(x, 2), 0.5, 1e-3))
  }
  model <- keras_model_sequential(input_shape = 1) %>%
    layer_dense_local_reparameterization(units = 2)
  model <- model %>% layer_distribution_lambda(make_normal)
  model$compile(optimizer = "adam", loss = negloglik)
  history <- model$fit(d$x, d$y, epochs = 2L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
})

test_that("normal_distribution_fn and negloglik fit a regression and predict with uncertainty", {
  d <- make_data(n = 64, p = 1)
  model <- keras_model_sequential(input_shape = 1) %>%
    layer_dense_local_reparameterization(units = 2,
                                            kernel_divergence_fn = kl_divergence_fn(1 / 64))
  model <- model %>% layer_distribution_lambda(normal_distribution_fn())
  model$compile(optimizer = "adam", loss = negloglik)
  history <- model$fit(d$x, d$y, epochs = 2L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  predicted <- model(d$x[1:5, , drop = FALSE])
  expect_equal(dim(predicted$mean()$numpy()), c(5L, 1L))
  expect_true(all(predicted$stddev()$numpy() > 1e-3))
})

test_that("normal_distribution_fn takes a fixed scale and doubles for event_size", {
  dist <- normal_distribution_fn(event_size = 2, scale = 0.5)(matrix(0, 3, 2))
  expect_equal(unlist(dist$batch_shape$as_list()), c(3L, 2L))
  expect_equal(unique(as.vector(dist$stddev()$numpy())), 0.5)
})
