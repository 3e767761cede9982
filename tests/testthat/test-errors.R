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

test_that("tfd_* methods, models and string options name the bad argument (issue 13)", {
  expect_r_error(tfd_mean("normal"), "`distribution` must be a distribution.*'normal'")
  expect_r_error(tfd_kl_divergence(tfd_normal(0, 1), NULL), "`other` must be a distribution.*None")
  expect_r_error(keras_model_sequential(layers = list(1)), "`layers\\[0\\]` must be a Keras layer.*1.0")
  expect_r_error(keras_model(matrix(0, 2, 3), layer_input(shape = 2)), "`inputs` must be a Keras tensor")
  expect_r_error(layer_autoregressive(params = 2, input_order = "up"),
                 "`input_order` must be one of \"left-to-right\", \"right-to-left\", \"random\", not 'up'")
  expect_r_error(layer_conv_2d_flipout(filters = 2, kernel_size = 3, padding = "full"),
                 "`padding` must be one of \"valid\", \"same\", not 'full'")
  expect_r_error(layer_dense_flipout(units = 2, activation = "rleu"), "`activation`.*'rleu'")
  expect_r_error(tfd_normal(loc = c("a", "b"), scale = 1), "`loc` must be numeric")
  expect_r_error(tensor_scale(matrix("a", 2, 2), 2), "`x` must be a numeric")
})

test_that("a layer that does not fit leaves the model as it was and names object", {
  model <- keras_model_sequential(input_shape = 3) %>% layer_dense_flipout(units = 2)
  expect_r_error(model %>% layer_conv_2d_flipout(filters = 2, kernel_size = 3),
                 "`object` \\(output shape \\(None, 2\\)\\) does not fit")
  expect_equal(length(model$layers), 1L)
  expect_r_error(layer_dense_flipout(matrix(c(NA, 1), 1, 2), units = NA), "`units`")
})

test_that("R sees no TensorFlow start-up lines or TFP deprecation warnings", {
  rscript <- file.path(R.home("bin"), "Rscript")
  code <- paste(
    "tp <- reticulate::import('tfprobr')",
    "m <- tp$layer_dense_flipout(tp$keras_model_sequential(input_shape = 2), units = 1)",
    "m$compile(optimizer = 'adam', loss = 'mse')",
    "h <- m$fit(matrix(0, 4, 2), matrix(0, 4, 1), epochs = 1L, verbose = 0L)",
    "p <- tp$predict_mc(m, matrix(0, 3, 2), n_samples = 5L)",
    "stopifnot(is.data.frame(p))",
    "cat('fitted\\n')", sep = "; ")
  env <- c(paste0("PYTHONPATH=", Sys.getenv("PYTHONPATH")), "TF_CPP_MIN_LOG_LEVEL=")
  out <- suppressWarnings(system2(rscript, c("-e", shQuote(code)), stdout = TRUE, stderr = TRUE,
                                  env = env))
  expect_true("fitted" %in% out, info = paste(out, collapse = "\n"))
  noise <- grep("absl::InitializeLog|oneDNN|cuda drivers|cpu_feature_guard|add_variable|Index.format",
                out, value = TRUE)
  expect_equal(noise, character(0))
})
