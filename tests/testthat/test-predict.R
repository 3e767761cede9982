# predict_mc from R: R values in, an R data.frame out.
test_that("predict_mc takes R values and returns a data.frame", {
  d <- make_data(p = 1)
  model <- keras_model_sequential(input_shape = 1) %>%
    layer_dense_local_reparameterization(units = params_size_independent_normal(1)) %>%
    layer_independent_normal(event_shape = 1)
  pred <- predict_mc(model, d$x, n_samples = 20, quantiles = c(0.1, 0.9))
  expect_s3_class(pred, "data.frame")
  expect_equal(names(pred), c("mean", "sd", "q0.1", "q0.9"))
  expect_equal(nrow(pred), nrow(d$x))
  expect_true(all(pred$sd > 0) && all(pred$q0.1 < pred$q0.9))
  one <- predict_mc(model, d$x, n_samples = 5L, quantiles = 0.5)
  expect_equal(names(one), c("mean", "sd", "q0.5"))
})

test_that("predict_mc names a bad argument", {
  model <- keras_model_sequential(input_shape = 1) %>%
    layer_dense_local_reparameterization(units = 1)
  expect_error(predict_mc(model, matrix(1:3), n_samples = 0), "`n_samples`")
  expect_error(predict_mc(model, matrix(1:3), quantiles = c(0.5, 1)), "`quantiles\\[1\\]`")
})
