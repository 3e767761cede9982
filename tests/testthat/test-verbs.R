# compile(), fit(), evaluate() and predict() on tfprobr's (tf_keras) models, with R values
# as R keras takes them; the training history's methods; set_random_seed().

skip_if_no_python_tfprobr <- function() {
  skip_if_not(reticulate::py_module_available("tfprobr"), "the Python package tfprobr is not available")
}

verbs_data <- function(n = 64) {
  set.seed(1)
  x <- matrix(rnorm(n * 2), n, 2)
  list(x = x, y = x %*% c(1, -1) + rnorm(n, sd = 0.1))
}

# A small Bayesian regression made through reticulate, as the Python package builds it.
verbs_model <- function(units = 1) {
  model <- keras_model_sequential(input_shape = 2)
  layer_dense_local_reparameterization(model, units = units)
}

model_weights <- function(model) lapply(model$get_weights(), identity)

test_that("the verbs dispatch from user code, outside the package's namespace", {
  skip_if_no_python_tfprobr()
  user <- new.env(parent = globalenv())
  user$model <- verbs_model()
  user$d <- verbs_data()
  evalq({
    tfprobr::compile(model, optimizer = "adam", loss = "mse")
    history <- tfprobr::fit(model, d$x, d$y, epochs = 1, verbose = 0)
    frame <- as.data.frame(history)
    result <- tfprobr::evaluate(model, d$x, d$y, verbose = 0)
    predictions <- predict(model, d$x, verbose = 0)
  }, user)
  expect_s3_class(user$history, "tfprobr_training_history")
  expect_equal(nrow(user$frame), 1)
  expect_named(user$result, "loss")
  expect_equal(dim(user$predictions), c(64L, 1L))
})

test_that("compile() takes strings and R vectors and returns the model", {
  skip_if_no_python_tfprobr()
  model <- verbs_model()
  out <- withVisible(compile(model, optimizer = "adam", loss = "mse", metrics = c("mae", "mse")))
  expect_false(out$visible)
  expect_identical(out$value, model)
  expect_equal(model$loss, "mse")
  d <- verbs_data()
  expect_named(evaluate(model, d$x, d$y, verbose = 0), c("loss", "mae", "mse"))
})

test_that("fit() takes R doubles and returns a history with one value per epoch and metric", {
  skip_if_no_python_tfprobr()
  d <- verbs_data()
  model <- verbs_model()
  compile(model, optimizer = "adam", loss = "mse", metrics = "mae")
  history <- fit(model, d$x, d$y, epochs = 3, batch_size = 16, validation_split = 0.25, verbose = 0)
  expect_s3_class(history, "tfprobr_training_history")
  expect_identical(history$params$epochs, 3L)
  expect_identical(history$params$steps, 3L)  # 48 training rows in batches of 16
  expect_named(history$metrics, c("loss", "mae", "val_loss", "val_mae"))
  for (values in history$metrics) {
    expect_type(values, "double")
    expect_length(values, 3)
    expect_true(all(is.finite(values)))
  }
})

test_that("fit() takes a data frame, a vector and validation_data = list(x, y)", {
  skip_if_no_python_tfprobr()
  d <- verbs_data()
  frame <- as.data.frame(d$x)
  model <- verbs_model()
  compile(model, optimizer = "adam", loss = "mse")
  history <- fit(model, frame, as.vector(d$y), epochs = 2, verbose = 0,
                 validation_data = list(frame[1:16, ], d$y[1:16]))
  expect_named(history$metrics, c("loss", "val_loss"))
  expect_equal(lengths(history$metrics), c(loss = 2L, val_loss = 2L))
})

test_that("named losses reach Keras by output name, and y can be a list per output", {
  skip_if_no_python_tfprobr()
  d <- verbs_data()
  input <- layer_input(shape = 2)
  model <- keras_model(input, list(
    layer_dense_local_reparameterization(input, units = 1, name = "a"),
    layer_dense_local_reparameterization(input, units = 1, name = "b")))
  # In the other order than the outputs: only names can pair them correctly.
  compile(model, optimizer = "adam", loss = c(b = "mae", a = "mse"), loss_weights = c(b = 0, a = 1))
  as_dict <- reticulate::import_builtins()$dict
  expect_equal(as_dict(model$loss), list(b = "mae", a = "mse"))
  expect_equal(as_dict(model$compiled_loss$`_user_loss_weights`), list(b = 0, a = 1))
  history <- fit(model, d$x, list(d$y, d$y), epochs = 1, verbose = 0)
  expect_named(history$metrics, c("loss", "a_loss", "b_loss"))
})

test_that("callbacks reach Keras, and epochs after an early stop are NA", {
  skip_if_no_python_tfprobr()
  d <- verbs_data()
  model <- verbs_model()
  compile(model, optimizer = "adam", loss = "mse")
  # An improvement must be 1e9 better: training stops after the second epoch.
  stop_early <- reticulate::import("tf_keras")$callbacks$EarlyStopping(monitor = "loss", min_delta = 1e9,
                                                                        patience = 0L)
  history <- fit(model, d$x, d$y, epochs = 5, verbose = 0, callbacks = list(stop_early))
  expect_length(history$metrics$loss, 5)
  expect_equal(is.na(history$metrics$loss), c(FALSE, FALSE, TRUE, TRUE, TRUE))
})

test_that("the history converts to a long data frame, prints and plots", {
  skip_if_no_python_tfprobr()
  d <- verbs_data()
  model <- verbs_model()
  compile(model, optimizer = "adam", loss = "mse", metrics = "mae")
  history <- fit(model, d$x, d$y, epochs = 2, validation_split = 0.25, verbose = 0)

  df <- as.data.frame(history)
  expect_named(df, c("epoch", "value", "metric", "data"))
  expect_equal(nrow(df), 2 * 4)
  expect_equal(df$epoch, rep(1:2, 4))
  expect_equal(levels(df$metric), c("loss", "mae"))
  expect_equal(as.character(df$data), rep(c("training", "validation"), each = 4))
  expect_equal(df$value[df$metric == "mae" & df$data == "validation"], history$metrics$val_mae)

  printed <- capture.output(print(history))
  expect_match(printed[[1]], "Trained for 2 epochs")
  expect_true(any(grepl("^val_loss: ", printed)))

  grDevices::pdf(NULL)
  on.exit(grDevices::dev.off())
  expect_identical(plot(history), history)
  expect_identical(plot(history, metrics = "mae", smooth = TRUE), history)
  expect_error(plot(history, metrics = "accuracy"), "`metrics`.*\"accuracy\"")
})

test_that("predict() returns an R matrix, one row per input row", {
  skip_if_no_python_tfprobr()
  d <- verbs_data()
  model <- verbs_model(units = 3)
  predictions <- predict(model, d$x, verbose = 0)
  expect_true(is.matrix(predictions))
  expect_type(predictions, "double")
  expect_equal(dim(predictions), c(64L, 3L))
  expect_equal(dim(predict(model, as.data.frame(d$x), batch_size = 10, verbose = 0)), c(64L, 3L))
})

test_that("evaluate() returns a named numeric vector", {
  skip_if_no_python_tfprobr()
  d <- verbs_data()
  model <- verbs_model()
  compile(model, optimizer = "adam", loss = "mse", metrics = "mae")
  result <- evaluate(model, d$x, d$y, verbose = 0)
  expect_type(result, "double")
  expect_named(result, c("loss", "mae"))
  expect_equal(result[["mae"]], unname(evaluate(model, x = d$x, y = d$y, verbose = 0)[["mae"]]),
               tolerance = 1)  # stochastic layer: same scale, not the same draw
})

test_that("a model with a distribution output trains with a Python loss", {
  skip_if_no_python_tfprobr()
  d <- verbs_data()
  model <- keras_model_sequential(input_shape = 2) %>%
    layer_dense_local_reparameterization(units = params_size_independent_normal(1)) %>%
    layer_independent_normal(event_shape = 1)
  compile(model, optimizer = "adam", loss = negloglik)
  history <- fit(model, d$x, d$y, epochs = 2, verbose = 0)
  expect_true(all(is.finite(history$metrics$loss)))
  expect_equal(dim(predict(model, d$x, verbose = 0)), c(64L, 1L))
})

test_that("x and y reach Keras as C-ordered numpy arrays of Keras' float type, shapes kept", {
  skip_if_no_python_tfprobr()
  # The verbs' Python converters (tfprobr/_internal/verb_args.py), given R values as the
  # generated methods send them.
  verb_args <- reticulate::import("tfprobr._internal.verb_args", convert = FALSE)
  value <- function(x) reticulate::py_to_r(x)
  array3 <- array(as.numeric(1:24), c(2, 3, 4))
  converted <- verb_args$as_keras_input(array3, "x")
  expect_true(value(converted$flags$c_contiguous))
  expect_equal(value(converted$dtype$name), "float32")
  expect_equal(value(converted), array3)  # same element at every index
  expect_equal(value(verb_args$as_keras_input(c(1, 2, 3), "x")$shape), list(3L, 1L))  # one column
  expect_equal(value(verb_args$as_keras_input(1:3, "x")$dtype$name), "float32")
  expect_equal(value(verb_args$as_keras_target(1:3, "y")$dtype$name), "int32")
  expect_equal(value(verb_args$as_keras_input(data.frame(a = 1:2, b = c(0.5, 1)), "x")),
               matrix(c(1, 2, 0.5, 1), 2))
})

test_that("bad values are R errors naming the argument, and leave the model unchanged", {
  skip_if_no_python_tfprobr()
  d <- verbs_data()
  model <- verbs_model()
  compile(model, optimizer = "adam", loss = "mse")
  before <- model_weights(model)
  expect_error(fit(model, d$x, d$y, epochs = 2.5, verbose = 0), "`epochs` must be .*2.5")
  expect_error(fit(model, d$x, d$y, epochs = 2, validation_split = 2, verbose = 0),
               "`validation_split` must be a fraction in \\[0, 1\\), not 2")
  expect_error(fit(model, d$x, d$y, epochs = 2, batch_size = 0, verbose = 0), "`batch_size`.*0")
  expect_error(fit(model, d$x, d$y, verbose = 3), "`verbose`.*3")
  expect_error(fit(model, d$x, d$y, callbacks = list(function(...) NULL)), "`callbacks\\[\\[1\\]\\]`")
  expect_error(fit(model, d$x, d$y, validation_data = d$x), "`validation_data` must be list\\(x, y\\)")
  expect_error(fit(model, data.frame(a = d$x[, 1], b = "b"), d$y), "`x`.*column `b`")
  expect_error(fit(model, d$x, replace(d$y, 5, NA)), "`y` must not contain NA.*position 5")
  expect_error(predict(model, letters), "`x` must be numeric")
  expect_error(compile(model, run_eagerly = NA), "`run_eagerly`.*NA")
  expect_equal(model_weights(model), before)
})

test_that("set_random_seed() makes R draws and model initialisation repeatable", {
  skip_if_no_python_tfprobr()
  draw <- function() {
    set_random_seed(42)
    list(r = runif(2), weights = model_weights(verbs_model()))
  }
  expect_equal(draw(), draw())
  expect_error(set_random_seed(2.5), "`seed`.*2.5")
})
