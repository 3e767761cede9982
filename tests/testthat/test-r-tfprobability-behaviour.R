# Where R tfprobability's own tests found tfprobr behaving differently.
tf_ <- tfprobr:::tf
tfp_ <- tfprobr:::tfp

test_that("a number given to a tfd_* method gives a scalar, as in R tfprobability", {
  d <- tfd_normal(0, 1)
  methods <- list(tfd_quantile, tfd_prob, tfd_log_prob, tfd_cdf, tfd_log_cdf,
                  tfd_survival_function, tfd_log_survival_function)
  for (method in methods) {
    expect_length(method(d, 0.25)$shape$as_list(), 0L)
    expect_length(method(d, c(0.25))$shape$as_list(), 0L)  # a length-1 vector is a number
    expect_equal(unlist(method(d, c(0.25, 0.5))$shape$as_list()), 2L)
  }
  expect_equal(tfd_quantile(d, 0.25)$numpy(), qnorm(0.25), tolerance = 1e-6)
})

test_that("R numbers beside a float64 tensor make a float64 distribution; alone float32", {
  m <- matrix(c(2, 0.5, 0, 0.5, 2, 0, 0, 0, 1), 3, 3)
  d <- tfd_multivariate_normal_tri_l(loc = c(1, 2, 3), scale_tril = tf_$linalg$cholesky(m))
  expect_equal(d$dtype$name, "float64")
  expect_equal(tfd_log_prob(d, c(1, 2, 3))$dtype$name, "float64")
  expect_equal(tfd_multivariate_normal_tri_l(loc = c(1, 2, 3), scale_tril = m)$dtype$name,
               "float32")
})

test_that("convert_to_tensor_fn takes a TFP property, as TFP does", {
  model <- keras_model_sequential(input_shape = 2) %>%
    layer_dense(units = 1) %>%
    layer_independent_bernoulli(event_shape = 1,
                                convert_to_tensor_fn = tfp_$distributions$Bernoulli$logits)
  x <- matrix(c(1, 2), 1, 2)
  logits <- model$layers[[1]](x)$numpy()
  expect_equal(predict(model, x, verbose = 0), logits, tolerance = 1e-6)
  path <- tempfile(fileext = ".keras")
  save_model_tf(model, path)
  expect_equal(predict(load_model_tf(path), x, verbose = 0), logits, tolerance = 1e-6)
})

test_that("a joint distribution's R functions receive only the earlier values they take", {
  d <- tfd_joint_distribution_sequential(list(
    tfd_normal(0, 1),                      # e
    function(e) tfd_normal(e, 1),          # x, given e
    function(x) tfd_normal(x, 1),          # y, given x only (the latest value comes first)
    function(y, x, e) tfd_normal(y, 1)     # z, given all three
  ))
  s <- d %>% tfd_sample(4)
  expect_length(s, 4L)
  expect_equal(unlist(tfd_log_prob(d, s)$shape$as_list()), 4L)
})
