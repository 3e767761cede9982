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
  expect_equal(names(attributes(pred)), c("names", "class", "row.names"))  # no Python objects
  expect_true(all(pred$sd > 0) && all(pred$q0.1 < pred$q0.9))
  one <- predict_mc(model, d$x, n_samples = 5L, quantiles = 0.5)
  expect_equal(names(one), c("mean", "sd", "q0.5"))
})

# A model without weight uncertainty gives the same numbers however the rows are batched
# (up to float32 rounding: TensorFlow's softplus rounds the last bit differently by shape).
deterministic_model <- function() {
  tf_keras <- reticulate::import("tf_keras")
  model <- keras_model_sequential(input_shape = 3)
  model$add(tf_keras$layers$Dense(2L))
  layer_independent_normal(model, event_shape = 1)
}

# TensorFlow rounds the last bit by batch shape: an absolute tolerance, as a relative one
# fails for a mean near 0 (where the model's sum cancels), e.g. -0.007445276 vs -0.007445283.
expect_same_up_to_rounding <- function(actual, expected) {
  expect_equal(names(actual), names(expected))
  expect_lt(max(abs(as.matrix(actual) - as.matrix(expected))), 1e-5)
}

test_that("predict_mc takes batch_size and verbose as R doubles", {
  d <- make_data(n = 10, p = 3)
  model <- deterministic_model()
  whole <- predict_mc(model, d$x, n_samples = 5)
  out <- reticulate::py_capture_output(
    batched <- predict_mc(model, d$x, n_samples = 5, batch_size = 3, verbose = 0)
  )
  expect_same_up_to_rounding(batched, whole)
  expect_equal(out, "")
  out <- reticulate::py_capture_output(  # three batches: "auto" shows a progress bar
    batched <- predict_mc(model, d$x, n_samples = 5, batch_size = 4L, verbose = "auto")
  )
  expect_same_up_to_rounding(batched, whole)
  expect_match(out, "3/3 \\[=+\\]")
})

test_that("predict_mc takes a tf.data dataset made in R", {
  tf <- reticulate::import("tensorflow")
  d <- make_data(n = 10, p = 3)
  model <- deterministic_model()
  whole <- predict_mc(model, d$x, n_samples = 5)
  rows <- tf$data$Dataset$from_tensor_slices(d$x)                      # unbatched: float64 rows
  expect_same_up_to_rounding(predict_mc(model, rows, n_samples = 5, batch_size = 4, verbose = 0),
                             whole)
  pairs <- tf$data$Dataset$from_tensor_slices(reticulate::tuple(d$x, d$y))$batch(3L)  # y ignored
  expect_same_up_to_rounding(predict_mc(model, pairs, n_samples = 5, verbose = 0), whole)
})

test_that("predict_mc names a bad argument", {
  model <- keras_model_sequential(input_shape = 1) %>%
    layer_dense_local_reparameterization(units = 1)
  expect_error(predict_mc(model, matrix(1:3), n_samples = 0), "`n_samples`")
  expect_error(predict_mc(model, matrix(1:3), n_samples = 1), "`n_samples` must be at least 2")
  expect_error(predict_mc(model, matrix(1:3), quantiles = c(0.5, 1)), "`quantiles\\[1\\]`")
  expect_error(predict_mc(model, matrix(1:3), batch_size = 0), "`batch_size`")
  expect_error(predict_mc(model, matrix(1:3), batch_size = NA_real_), "`batch_size`")
  expect_error(predict_mc(model, matrix(1:3), verbose = "yes"),
               '`verbose` must be one of "auto", 0, 1 or 2, not \'yes\'')
  expect_error(predict_mc(model, matrix(1:6, ncol = 2)),
               "`x` must have 1 columns, the model's input width, not 2")
  expect_error(predict_mc(model, matrix(c(1, NA, 3))),
               "`x` must hold finite numbers only.*the first, nan, at row 2, column 1")
  expect_error(predict_mc(model, matrix(c(1, Inf, 3))), "inf, at row 2")
  expect_error(predict_mc(model, matrix(numeric(0), ncol = 1)), "`x` must have at least one row")
  expect_error(predict_mc(model, data.frame(a = c("u", "v"))), "`x` must hold numbers only")
})

test_that("predict_mc's errors are a few lines", {
  model <- keras_model_sequential(input_shape = 8) %>%
    layer_dense_local_reparameterization(units = 1)
  message <- conditionMessage(tryCatch(predict_mc(model, matrix(1, 5, 3)), error = identity))
  expect_lt(nchar(message), 400)
})
