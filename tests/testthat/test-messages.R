# Messages an R user meets in the first hour: mismatched rows named, a model with
# nothing random, and advice written in R.

test_that("fit(), evaluate() and predict() with mismatched rows name the arguments and their rows", {
  set.seed(1)
  x <- matrix(rnorm(200), 100, 2)
  y <- rnorm(90)
  model <- keras_model_sequential(input_shape = 2) %>% layer_dense_local_reparameterization(units = 1)
  compile(model, optimizer = "adam", loss = "mse")
  before <- lapply(model$get_weights(), identity)
  expect_error(fit(model, x, y, epochs = 1, verbose = 0),
               "`x` and `y` must have the same number of rows (one per example), but `x` has 100, `y` has 90",
               fixed = TRUE)
  expect_error(fit(model, x, y[1:100], sample_weight = rep(1, 99), epochs = 1, verbose = 0),
               "`x`, `y` and `sample_weight` must have the same number of rows (one per example), but `x` has 100, `y` has 100, `sample_weight` has 99",
               fixed = TRUE)
  expect_error(fit(model, x, rnorm(100), validation_data = list(x, y), epochs = 1, verbose = 0),
               "`validation_data[[1]]` and `validation_data[[2]]` must have the same number of rows",
               fixed = TRUE)
  expect_error(evaluate(model, x, data.frame(y = y), verbose = 0),
               "`x` and `y` must have the same number of rows (one per example), but `x` has 100, `y` has 90",
               fixed = TRUE)
  expect_equal(lapply(model$get_weights(), identity), before)
})

test_that("predict() with inputs of different rows names them", {
  a <- layer_input(shape = 1)
  b <- layer_input(shape = 1)
  joined <- reticulate::import("tf_keras")$layers$concatenate(list(a, b))
  model <- keras_model(list(a, b), layer_dense_local_reparameterization(joined, units = 1))
  expect_error(predict(model, list(matrix(1:4), matrix(1:3)), verbose = 0),
               "`x[[1]]` and `x[[2]]` must have the same number of rows (one per example), but `x[[1]]` has 4, `x[[2]]` has 3",
               fixed = TRUE)
  expect_equal(dim(predict(model, list(matrix(1:4), matrix(1:4)), verbose = 0)), c(4L, 1L))
})

test_that("predict_mc() on a model with nothing random says so, once", {
  # Python's warning reaches the R console on standard error, as Python prints it.
  out <- run_r(paste(
    "library(tfprobr)",
    "keras <- reticulate::import('tf_keras')",
    "model <- keras$Sequential(list(keras$layers$Input(shape = list(1L)), keras$layers$Dense(1L)))",
    "x <- matrix(c(-1, 0, 1), ncol = 1)",
    "cat('sd:', predict_mc(model, x, n_samples = 5)$sd, '\\n')",
    "invisible(predict_mc(model, x, n_samples = 5))",
    "cat('done\\n')", sep = "; "))
  text <- paste(out, collapse = "\n")
  expect_true("sd: 0 0 0 " %in% out, info = text)
  expect_true("done" %in% out, info = text)
  expect_equal(lengths(regmatches(text, gregexpr("passes gave the same output", text, fixed = TRUE))), 1L,
               info = text)
  expect_match(text, "all 5 passes gave the same output, so the model has nothing random in it",
               fixed = TRUE)
})

test_that("code advice in messages is R code when tfprobr is called from R", {
  model <- keras_model_sequential(input_shape = 2) %>% layer_dense_local_reparameterization(units = 1)
  expect_error(predict_mc(model, c(1, 2)), "a one-row matrix (matrix(x, nrow = 1))", fixed = TRUE)
  input <- layer_input(shape = 2)
  functional <- keras_model(input, input %>% layer_dense_flipout(units = 1))
  expect_error(layer_dense_flipout(functional, units = 1), "(model$output)", fixed = TRUE)
  expect_true(reticulate::import("tfprobr._internal.advice")$in_r())
})
