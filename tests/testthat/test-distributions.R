test_that("a constructor takes R doubles and a method takes an R vector", {
  d <- tfd_normal(loc = 1, scale = 2)
  expect_equal(d$dtype$name, "float32")
  expect_equal(tfd_mean(d)$numpy(), 1)
  lp <- d %>% tfd_log_prob(c(-1, 1, 3))
  expect_equal(as.numeric(lp$numpy()), dnorm(c(-1, 1, 3), 1, 2, log = TRUE), tolerance = 1e-6)
  expect_equal(as.numeric(tfd_cdf(d, 1)$numpy()), 0.5)
  expect_equal(as.numeric(tfd_quantile(d, 0.975)$numpy()), qnorm(0.975, 1, 2),
               tolerance = 1e-5)
})

test_that("an R matrix is a valid parameter and value; integer arguments take doubles", {
  tril <- matrix(c(1, 0.5, 0, 1), 2, 2)
  d <- tfd_multivariate_normal_tri_l(loc = c(0, 0), scale_tril = tril)
  expect_equal(tfd_covariance(d)$numpy(), tril %*% t(tril), tolerance = 1e-6)
  ind <- tfd_independent(tfd_normal(c(0, 0, 0), 1), reinterpreted_batch_ndims = 1)
  expect_equal(unlist(ind$event_shape$as_list()), 3L)
  s <- tfd_sample_distribution(tfd_normal(0, 1), sample_shape = c(2, 3))
  expect_equal(unlist(s$event_shape$as_list()), c(2L, 3L))
  lp <- ind %>% tfd_log_prob(matrix(0, 4, 3))
  expect_equal(dim(lp$numpy()), 4L)
})

test_that("a model ending in layer_independent_normal fits with the NLL from R", {
  d <- make_data()
  model <- keras_model_sequential(input_shape = ncol(d$x)) %>%
    layer_dense_local_reparameterization(
      units = params_size_independent_normal(1),
      kernel_divergence_fn = kl_divergence_fn(1 / nrow(d$x))) %>%
    layer_independent_normal(event_shape = 1)
  model$compile(optimizer = "adam", loss = negloglik)
  history <- model$fit(d$x, d$y, epochs = 3L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  pred <- model(d$x)
  expect_equal(dim(tfd_mean(pred)$numpy()), c(nrow(d$x), 1L))
  expect_true(all(tfd_stddev(pred)$numpy() > 0))
})

test_that("layer_distribution_lambda takes an R function", {
  layer <- layer_distribution_lambda(
    make_distribution_fn = function(t) tfd_normal(loc = t, scale = 1))
  out <- layer(matrix(c(1, 2), 2, 1))
  expect_equal(tfd_mean(out)$numpy(), matrix(c(1, 2), 2, 1))
})
