expect_r_error <- function(expr, pattern) {
  err <- tryCatch({ force(expr); NULL }, error = function(e) e)
  expect_false(is.null(err))
  expect_match(conditionMessage(err), pattern)
}

test_that("bad counts reach R as R errors naming the argument", {
  expect_r_error(layer_dense_local_reparameterization(units = 2.5), "`units`.*2.5")
  expect_r_error(layer_dense_local_reparameterization(units = NA), "`units`.*NA")
  expect_r_error(layer_dense_local_reparameterization(units = "ten"), "`units`.*'ten'")
  expect_r_error(layer_dense_local_reparameterization(), "`units`")
})

test_that("a bad object reaches R as an R error naming object", {
  expect_r_error(layer_dense_local_reparameterization("model", units = 2), "`object`")
})

test_that("errors are R conditions of class error", {
  err <- tryCatch(layer_dense_local_reparameterization(units = 0), error = identity)
  expect_s3_class(err, "error")
  expect_match(conditionMessage(err), "`units` must be a positive whole number")
})

test_that("a non-function where a function belongs names the argument", {
  expect_r_error(layer_dense_local_reparameterization(units = 2, kernel_posterior_fn = 3),
                 "`kernel_posterior_fn` must be a function")
  expect_r_error(layer_dense_local_reparameterization(units = 2, kernel_posterior_fn = NULL),
                 "`kernel_posterior_fn` must be a function")
})

test_that("NA_real_ and NA_integer_ counts name the argument", {
  expect_r_error(layer_dense_local_reparameterization(units = NA_real_), "`units`.*NA")
  expect_r_error(layer_dense_local_reparameterization(units = NA_integer_), "`units`.*NA")
})

test_that("the helpers name their bad arguments", {
  expect_r_error(kl_divergence_fn("a"), "`weight` must be a number")
  expect_r_error(normal_distribution_fn(event_size = 1.5), "`event_size`.*1.5")
  expect_r_error(tensor_columns(matrix(0, 2, 3), 4), "`columns` must be between 1 and 3")
  expect_r_error(tfd_sample(reticulate::import("tensorflow_probability")$distributions$Normal(0, 1),
                               2.5), "`sample_shape`")
  expect_r_error(keras_model_sequential(input_shape = "a"), "`input_shape`")
})

test_that("R functions under a distribution strategy give R errors, never abort R", {
  # Its own R process: the strategy's two CPUs must be configured before TensorFlow's first op.
  rscript <- file.path(R.home("bin"), "Rscript")
  out <- suppressWarnings(system2(rscript, "isolated/strategy.R", stdout = TRUE, stderr = FALSE))
  results <- grep("^(not )?ok ", out, value = TRUE)
  expect_equal(length(results), 4L, info = paste(out, collapse = "\n"))
  expect_equal(grep("^not ok", results, value = TRUE), character(0))
  expect_null(attr(out, "status"))
})
