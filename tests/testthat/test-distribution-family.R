# Every tfd_* constructor and method, params_size_* and distribution layer, called as R
# users write them (R doubles for counts, c() vectors, matrices, NULL) and checked
# against values computed in R.

# as.numeric() of a tensor's value, for comparing with R's vectors.
num <- function(t) as.numeric(t$numpy())
shape <- function(s) unlist(s$as_list())

test_that("continuous constructors take R doubles and match R's densities and cdfs", {
  cases <- list(
    gamma = list(tfd_gamma(concentration = 3, rate = 2), c(0.2, 1, 2.5),
                 function(x) dgamma(x, 3, 2), function(x) pgamma(x, 3, 2)),
    beta = list(tfd_beta(concentration1 = 2, concentration0 = 3), c(0.1, 0.5, 0.9),
                function(x) dbeta(x, 2, 3), function(x) pbeta(x, 2, 3)),
    exponential = list(tfd_exponential(rate = 2), c(0.1, 1, 3),
                       function(x) dexp(x, 2), function(x) pexp(x, 2)),
    uniform = list(tfd_uniform(low = 1, high = 5), c(1.5, 2, 4.5),
                   function(x) dunif(x, 1, 5), function(x) punif(x, 1, 5)),
    laplace = list(tfd_laplace(loc = 1, scale = 2), c(-2, 1, 3),
                   function(x) exp(-abs(x - 1) / 2) / 4,
                   function(x) ifelse(x < 1, exp((x - 1) / 2) / 2, 1 - exp(-(x - 1) / 2) / 2)),
    logistic = list(tfd_logistic(loc = 1, scale = 2), c(-2, 1, 3),
                    function(x) dlogis(x, 1, 2), function(x) plogis(x, 1, 2)),
    student_t = list(tfd_student_t(df = 3, loc = 1, scale = 2), c(-2, 1, 3),
                     function(x) dt((x - 1) / 2, 3) / 2, function(x) pt((x - 1) / 2, 3)),
    cauchy = list(tfd_cauchy(loc = 1, scale = 2), c(-2, 1, 3),
                  function(x) dcauchy(x, 1, 2), function(x) pcauchy(x, 1, 2)),
    log_normal = list(tfd_log_normal(loc = 0, scale = 0.5), c(0.5, 1, 2),
                      function(x) dlnorm(x, 0, 0.5), function(x) plnorm(x, 0, 0.5)),
    half_normal = list(tfd_half_normal(scale = 2), c(0.5, 1, 3),
                       function(x) 2 * dnorm(x, 0, 2), function(x) 2 * pnorm(x, 0, 2) - 1),
    half_cauchy = list(tfd_half_cauchy(loc = 0, scale = 2), c(0.5, 1, 3),
                       function(x) 2 * dcauchy(x, 0, 2), function(x) 2 * pcauchy(x, 0, 2) - 1)
  )
  for (name in names(cases)) {
    d <- cases[[name]][[1]]
    x <- cases[[name]][[2]]
    expect_equal(num(d %>% tfd_prob(x)), cases[[name]][[3]](x), tolerance = 1e-5,
                 info = name)
    expect_equal(num(d %>% tfd_cdf(x)), cases[[name]][[4]](x), tolerance = 1e-5,
                 info = name)
  }
})

test_that("discrete constructors take R doubles and match R's probabilities", {
  k <- c(0, 1, 3, 6)
  expect_equal(num(tfd_poisson(rate = 4) %>% tfd_prob(k)), dpois(k, 4), tolerance = 1e-5)
  expect_equal(num(tfd_poisson(log_rate = log(4)) %>% tfd_prob(k)), dpois(k, 4),
               tolerance = 1e-5)
  k <- c(0, 3, 7, 10)
  expect_equal(num(tfd_binomial(total_count = 10, probs = 0.3) %>% tfd_prob(k)),
               dbinom(k, 10, 0.3), tolerance = 1e-5)
  bern <- tfd_bernoulli(probs = 0.3)
  expect_equal(num(bern %>% tfd_prob(c(0, 1))), c(0.7, 0.3), tolerance = 1e-6)
  expect_equal(num(tfd_bernoulli(logits = qlogis(0.3)) %>% tfd_mean()), 0.3,
               tolerance = 1e-6)
  expect_equal(bern$dtype$name, "int32")
  # Categorical classes count from 0 (not from 1 as R's factors do).
  probs <- c(0.1, 0.7, 0.2)
  cat <- tfd_categorical(probs = probs)
  expect_equal(num(cat %>% tfd_prob(c(0, 1, 2))), probs, tolerance = 1e-6)
  expect_identical(as.integer(tfd_mode(cat)$numpy()), 1L)
  one_hot <- tfd_one_hot_categorical(probs = probs)
  expect_equal(num(one_hot %>% tfd_prob(diag(3))), probs, tolerance = 1e-6)
  expect_equal(num(tfd_mode(one_hot)), c(0, 1, 0))
})

test_that("R vectors make batches and NULL takes the documented default", {
  g <- tfd_gamma(concentration = c(1, 2, 3), rate = 2)
  expect_equal(shape(g$batch_shape), 3L)
  expect_equal(num(tfd_mean(g)), c(1, 2, 3) / 2, tolerance = 1e-6)
  mvn <- tfd_multivariate_normal_diag(loc = c(0, 1), scale_diag = c(1, 2))
  expect_equal(shape(mvn$event_shape), 2L)
  x <- matrix(c(0, 1, 1, 3), 2, 2, byrow = TRUE)
  expect_equal(num(mvn %>% tfd_log_prob(x)),
               dnorm(x[, 1], 0, 1, log = TRUE) + dnorm(x[, 2], 1, 2, log = TRUE),
               tolerance = 1e-5)
  standard <- tfd_multivariate_normal_diag(loc = NULL, scale_diag = c(1, 2))
  expect_equal(num(tfd_mean(standard)), c(0, 0))
})

test_that("tfd_variance, tfd_mode and tfd_entropy match closed forms", {
  expect_equal(num(tfd_variance(tfd_normal(loc = 1, scale = 2))), 4, tolerance = 1e-6)
  expect_equal(num(tfd_variance(tfd_gamma(concentration = 3, rate = 2))), 3 / 4,
               tolerance = 1e-6)
  expect_equal(num(tfd_variance(tfd_binomial(total_count = 10, probs = 0.3))),
               10 * 0.3 * 0.7, tolerance = 1e-6)
  expect_equal(num(tfd_variance(tfd_poisson(rate = c(1, 4)))), c(1, 4), tolerance = 1e-6)
  expect_equal(num(tfd_mode(tfd_gamma(concentration = 3, rate = 2))), 1, tolerance = 1e-6)
  expect_equal(num(tfd_mode(tfd_beta(concentration1 = 2, concentration0 = 3))), 1 / 3,
               tolerance = 1e-6)
  expect_equal(num(tfd_mode(tfd_log_normal(loc = 0, scale = 0.5))), exp(-0.25),
               tolerance = 1e-6)
  sigma <- c(0.5, 2)
  expect_equal(num(tfd_entropy(tfd_normal(loc = 0, scale = sigma))),
               0.5 * log(2 * pi * exp(1) * sigma^2), tolerance = 1e-6)
  expect_equal(num(tfd_entropy(tfd_exponential(rate = 2))), 1 - log(2), tolerance = 1e-6)
  expect_equal(num(tfd_entropy(tfd_uniform(low = 1, high = 5))), log(4), tolerance = 1e-6)
})

test_that("tfd_prob, tfd_log_cdf and the survival functions agree with R's", {
  d <- tfd_normal(loc = 1, scale = 2)
  x <- c(-3, 0, 1, 4)
  expect_equal(num(d %>% tfd_prob(x)), exp(num(d %>% tfd_log_prob(x))), tolerance = 1e-6)
  expect_equal(num(d %>% tfd_log_cdf(x)), pnorm(x, 1, 2, log.p = TRUE), tolerance = 1e-5)
  # Far in the left tail, where log(cdf) would be log(0).
  expect_equal(num(tfd_normal(0, 1) %>% tfd_log_cdf(-20)), pnorm(-20, log.p = TRUE),
               tolerance = 1e-5)
  expect_equal(num(d %>% tfd_survival_function(x)), 1 - num(d %>% tfd_cdf(x)),
               tolerance = 1e-6)
  expect_equal(num(d %>% tfd_survival_function(x)), pnorm(x, 1, 2, lower.tail = FALSE),
               tolerance = 1e-5)
  expect_equal(num(d %>% tfd_log_survival_function(x)),
               pnorm(x, 1, 2, lower.tail = FALSE, log.p = TRUE), tolerance = 1e-5)
  expect_equal(num(tfd_exponential(rate = 2) %>% tfd_log_survival_function(c(0.5, 3))),
               c(-1, -6), tolerance = 1e-6)
})

test_that("tfd_cross_entropy minus the entropy is the normals' KL divergence", {
  p <- tfd_normal(loc = 0, scale = 1)
  q <- tfd_normal(loc = 1, scale = 2)
  kl <- log(2 / 1) + (1^2 + (0 - 1)^2) / (2 * 2^2) - 0.5
  h_pq <- num(tfd_cross_entropy(p, q))
  expect_equal(h_pq - num(tfd_entropy(p)), kl, tolerance = 1e-5)
  expect_equal(num(tfd_kl_divergence(p, q)), kl, tolerance = 1e-5)
})

test_that("tfd_mixture_same_family mixes R-built components with R weights", {
  d <- tfd_mixture_same_family(
    mixture_distribution = tfd_categorical(probs = c(0.3, 0.7)),
    components_distribution = tfd_normal(loc = c(-1, 1), scale = 0.5))
  x <- c(-1, 0, 2)
  expect_equal(num(d %>% tfd_prob(x)),
               0.3 * dnorm(x, -1, 0.5) + 0.7 * dnorm(x, 1, 0.5), tolerance = 1e-5)
  expect_equal(num(tfd_mean(d)), 0.4, tolerance = 1e-6)
})

test_that("tfd_joint_distribution_sequential takes a list with an R function", {
  d <- tfd_joint_distribution_sequential(list(
    tfd_normal(loc = 0, scale = 1),
    function(mu) tfd_normal(loc = mu, scale = 2)))
  s <- tfd_sample(d)
  expect_equal(length(s), 2L)
  expect_equal(num(d %>% tfd_log_prob(list(0.5, 1))),
               dnorm(0.5, 0, 1, log = TRUE) + dnorm(1, 0.5, 2, log = TRUE), tolerance = 1e-5)
})

test_that("relaxed one-hot samples lie on the simplex; deterministic is a point mass", {
  d <- tfd_relaxed_one_hot_categorical(temperature = 0.5, probs = c(0.2, 0.8))
  s <- tfd_sample(d, 20)$numpy()
  expect_equal(dim(s), c(20L, 2L))
  expect_true(all(s >= 0 & s <= 1))
  expect_equal(rowSums(s), rep(1, 20), tolerance = 1e-5)
  point <- tfd_deterministic(loc = c(1, 2))
  expect_equal(num(tfd_sample(point)), c(1, 2))
  expect_equal(num(point %>% tfd_prob(c(1, 3))), c(1, 0))
  near <- tfd_deterministic(loc = c(1, 2), atol = 0.5)
  expect_equal(num(near %>% tfd_prob(c(1.4, 2.6))), c(1, 0))
})

test_that("params_size_* give the documented integer counts from R doubles", {
  expect_identical(params_size_independent_bernoulli(c(2, 3)), 6L)
  expect_identical(params_size_independent_logistic(3), 6L)
  expect_identical(params_size_independent_poisson(3), 3L)
  expect_identical(params_size_multivariate_normal_tri_l(3), as.integer(3 + 3 * 4 / 2))
  expect_identical(params_size_one_hot_categorical(4), 4L)
  expect_identical(params_size_categorical_mixture_of_one_hot_categorical(3, 2),
                   as.integer(2 * (1 + 3)))
  expect_identical(params_size_mixture_normal(3, 2), as.integer(3 * (1 + 2 * 2)))
  expect_identical(params_size_mixture_normal(2), as.integer(2 * (1 + 2)))
  expect_identical(params_size_mixture_logistic(3, c(2, 2)), as.integer(3 * (1 + 2 * 4)))
  expect_identical(params_size_mixture_same_family(3, params_size_independent_normal(1)),
                   as.integer(3 * (1 + 2)))
})

# A tiny Sequential model: a local-reparameterization layer with `units` outputs, then `layer`.
# kernel_prior_fn = NULL drops the dense layer's KL term, so model$losses holds only the
# distribution layer's.
distribution_model <- function(units, layer, ...) {
  keras_model_sequential(input_shape = 2) %>%
    layer_dense_local_reparameterization(units = units, kernel_prior_fn = NULL) %>%
    layer(...)
}
x4 <- matrix(c(0.1, -0.4, 0.8, 1.2, -0.5, 0.3, 0.9, -1.1), 4, 2)

test_that("independent distribution layers output batches with the asked event shape", {
  out <- distribution_model(params_size_independent_bernoulli(c(2, 3)),
                            layer_independent_bernoulli, event_shape = c(2, 3))(x4)
  expect_equal(shape(out$batch_shape), 4L)
  expect_equal(shape(out$event_shape), c(2L, 3L))
  expect_true(all(tfd_sample(out)$numpy() %in% c(0, 1)))
  out <- distribution_model(params_size_independent_logistic(2),
                            layer_independent_logistic, event_shape = 2)(x4)
  expect_equal(shape(out$event_shape), 2L)
  expect_equal(dim(tfd_mean(out)$numpy()), c(4L, 2L))
  expect_true(all(tfd_stddev(out)$numpy() > 0))
})

test_that("layer_independent_poisson fits counts with negloglik and predicts positive rates", {
  set.seed(2)
  x <- matrix(rnorm(32), 16, 2)
  y <- matrix(rpois(16, exp(0.5 * x[, 1])), 16, 1)
  model <- distribution_model(params_size_independent_poisson(1),
                              layer_independent_poisson, event_shape = 1)
  model$compile(optimizer = "adam", loss = negloglik)
  history <- model$fit(x, y, epochs = 2L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  rate <- tfd_mean(model(x))$numpy()
  expect_equal(dim(rate), c(16L, 1L))
  expect_true(all(rate > 0))
})

test_that("layer_one_hot_categorical with tfd_mean predicts class probabilities after a fit", {
  y <- diag(3)[c(1, 2, 3, 1), ]
  model <- distribution_model(params_size_one_hot_categorical(3), layer_one_hot_categorical,
                              event_size = 3, convert_to_tensor_fn = tfd_mean)
  model$compile(optimizer = "adam", loss = negloglik)
  history <- model$fit(x4, y, epochs = 2L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  probs <- model$predict(x4, verbose = 0L)
  expect_equal(dim(probs), c(4L, 3L))
  expect_equal(rowSums(probs), rep(1, 4), tolerance = 1e-5)
})

test_that("layer_multivariate_normal_tri_l outputs a symmetric covariance per example", {
  out <- distribution_model(params_size_multivariate_normal_tri_l(2),
                            layer_multivariate_normal_tri_l, event_size = 2)(x4)
  expect_equal(shape(out$event_shape), 2L)
  cov <- tfd_covariance(out)$numpy()
  expect_equal(dim(cov), c(4L, 2L, 2L))
  expect_equal(cov[, 1, 2], cov[, 2, 1], tolerance = 1e-6)
})

test_that("mixture layers output one mixture per example", {
  out <- distribution_model(params_size_categorical_mixture_of_one_hot_categorical(3, 2),
                            layer_categorical_mixture_of_one_hot_categorical,
                            event_size = 3, num_components = 2)(x4)
  expect_equal(shape(out$event_shape), 3L)
  expect_equal(rowSums(tfd_sample(out)$numpy()), rep(1, 4))
  mixtures <- list(
    normal = distribution_model(params_size_mixture_normal(2, 1), layer_mixture_normal,
                                num_components = 2, event_shape = 1),
    logistic = distribution_model(params_size_mixture_logistic(2, 1),
                                  layer_mixture_logistic, num_components = 2,
                                  event_shape = 1),
    same_family = distribution_model(
      params_size_mixture_same_family(2, params_size_independent_normal(1)),
      layer_mixture_same_family, num_components = 2,
      component_layer = layer_independent_normal(event_shape = 1)))
  for (name in names(mixtures)) {
    out <- mixtures[[name]](x4)
    expect_equal(shape(out$batch_shape), 4L, info = name)
    expect_equal(shape(out$event_shape), 1L, info = name)
    expect_true(all(is.finite(tfd_log_prob(out, matrix(0, 4, 1))$numpy())), info = name)
  }
})

test_that("layer_kl_divergence_add_loss adds exactly one loss, the weighted summed KL", {
  prior <- tfd_multivariate_normal_diag(loc = c(0, 0), scale_diag = c(1, 1))
  model <- distribution_model(params_size_multivariate_normal_tri_l(2),
                              layer_multivariate_normal_tri_l, event_size = 2) %>%
    layer_kl_divergence_add_loss(distribution_b = prior, use_exact_kl = TRUE, weight = 0.5)
  out <- model(x4)
  expect_equal(length(model$losses), 1L)
  expect_equal(num(model$losses[[1]]), 0.5 * sum(num(tfd_kl_divergence(out, prior))),
               tolerance = 1e-5)
})

test_that("layer_kl_divergence_regularizer works as a distribution layer's activity_regularizer", {
  prior <- tfd_multivariate_normal_diag(loc = c(0, 0), scale_diag = c(1, 1))
  regularizer <- layer_kl_divergence_regularizer(distribution_b = prior, use_exact_kl = TRUE)
  model <- distribution_model(params_size_multivariate_normal_tri_l(2),
                              layer_multivariate_normal_tri_l, event_size = 2,
                              activity_regularizer = regularizer)
  out <- model(x4)
  expect_equal(length(model$losses), 1L)
  # Keras divides an activity regularizer's value by the batch size: the mean KL.
  expect_equal(num(model$losses[[1]]), mean(num(tfd_kl_divergence(out, prior))),
               tolerance = 1e-5)
})
