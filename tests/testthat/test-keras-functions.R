# R keras' core functions: R keras 2.15's formals, and an R keras program on tfprobr alone.

test_that("every R keras function tfprobr exports has R keras 2.15's formals", {
  spec <- jsonlite::fromJSON(test_path("fixtures", "r-keras-formals.json"),
                             simplifyVector = FALSE)$functions
  expect_gte(length(spec), 45L)
  for (name in names(spec)) {
    ours <- formals(getExportedValue("tfprobr", name))
    expect_identical(as.character(names(ours)), vapply(spec[[name]], `[[`, "", "name"), label = name)
    for (formal in spec[[name]]) {
      default <- if (is.null(formal$default)) "" else formal$default
      ours_default <- paste(deparse(ours[[formal$name]]), collapse = "")
      expect_identical(gsub("\\s", "", ours_default), gsub("\\s", "", default),
                       label = paste0(name, "(", formal$name, ")"))
    }
  }
})

test_that("R tfprobability's README program runs: R keras layers, a Bayesian layer, optimizer_adam", {
  set_random_seed(1)
  x <- matrix(rnorm(64 * 2), 64, 2)
  y <- x %*% c(1, -1) + rnorm(64, sd = 0.1)
  model <- keras_model_sequential() %>%
    layer_dense(units = 8, activation = "relu", input_shape = 2) %>%
    layer_dense_flipout(units = 1)
  expect_equal(unlist(model$output_shape), 1L)
  model %>% compile(optimizer = optimizer_adam(learning_rate = 0.01), loss = "mse")
  history <- model %>% fit(x, y, epochs = 3, verbose = 0,
                           callbacks = list(callback_early_stopping(monitor = "loss", patience = 2)))
  expect_true(all(is.finite(as.data.frame(history)$value)))
  expect_equal(dim(predict(model, x, verbose = 0)), c(64L, 1L))
})

test_that("R keras layers compose like R keras': no object, a model, a tensor", {
  expect_true(inherits(layer_dense(units = 2), "tf_keras.src.layers.core.dense.Dense"))
  input <- layer_input(shape = c(8, 8, 1))
  output <- input %>%
    layer_conv_2d(filters = 4, kernel_size = c(3, 3), activation = "relu") %>%
    layer_max_pooling_2d() %>%
    layer_batch_normalization() %>%
    layer_conv_2d(filters = 2, kernel_size = 1, padding = "same") %>%
    layer_average_pooling_2d(pool_size = c(1, 1)) %>%
    layer_global_average_pooling_2d() %>%
    layer_dropout(rate = 0.1) %>%
    layer_activation(activation = "tanh")
  model <- keras_model(input, output)
  expect_equal(unlist(model$output_shape), 2L)
  sequence <- keras_model_sequential(input_shape = c(10, 2)) %>%
    layer_conv_1d(filters = 3, kernel_size = 3) %>%
    layer_max_pooling_1d() %>%
    layer_average_pooling_1d(pool_size = 2, strides = 1) %>%
    layer_global_average_pooling_1d()
  expect_equal(unlist(sequence$output_shape), 3L)
  volume <- keras_model_sequential(input_shape = c(4, 4, 4, 1)) %>%
    layer_conv_3d(filters = 2, kernel_size = 3, padding = "same") %>%
    layer_max_pooling_3d() %>%
    layer_average_pooling_3d(pool_size = c(1, 1, 1)) %>%
    layer_flatten() %>%
    layer_reshape(target_shape = c(4, NA))
  expect_equal(unlist(volume$output_shape), c(4L, 4L))
  out <- layer_lambda(matrix(c(1, 2, 3), 1, 3), f = tensor_columns, arguments = list(columns = 2))
  expect_equal(out$numpy(), matrix(2, 1, 1))
})

test_that("layer_concatenate takes a list, more inputs, or nothing", {
  a <- layer_input(shape = 2)
  b <- layer_input(shape = 3)
  expect_equal(unlist(layer_concatenate(list(a, b))$shape$as_list()), 5L)
  expect_equal(unlist(layer_concatenate(a, b)$shape$as_list()), 5L)
  expect_equal(unlist(layer_concatenate(list(a, a), axis = 1)$shape$as_list()), 4L)
  layer <- layer_concatenate(axis = -1, name = "joined")
  expect_equal(layer$name, "joined")
})

test_that("optimizers, initializers and backend functions take R values", {
  expect_equal(optimizer_sgd(learning_rate = 0.1, momentum = 0.9)$name, "SGD")
  expect_equal(optimizer_rmsprop()$ema_overwrite_frequency, 100L)
  expect_equal(optimizer_adagrad()$name, "Adagrad")
  expect_equal(optimizer_nadam()$name, "Nadam")
  expect_error(optimizer_sgd(amsgrad = TRUE), "`amsgrad` can only be")
  init <- list(initializer_constant(0.5), initializer_zeros(), initializer_ones())
  expect_equal(lapply(init, function(i) as.numeric(i(shape = 2L)$numpy())),
               list(c(0.5, 0.5), c(0, 0), c(1, 1)))
  seeded <- list(initializer_glorot_uniform(seed = 1), initializer_glorot_normal(seed = 1),
                 initializer_random_normal(stddev = 0.1, seed = 1),
                 initializer_random_uniform(-0.1, 0.1, seed = 1))
  for (i in seeded) expect_equal(dim(i(shape = c(2L, 3L))$numpy()), c(2L, 3L))
  layer <- layer_dense(units = 2, kernel_initializer = initializer_ones(), input_shape = 3)
  model <- keras_model_sequential(list(layer))
  expect_equal(get_weights(model)[[1]], matrix(1, 3, 2))
  expect_equal(k_cast_to_floatx(c(1, 2)), array(c(1, 2)))
  expect_equal(k_constant(c(1, 2, 3))$dtype$name, "float32")
  expect_equal(unlist(k_constant(1, shape = c(2, 3))$shape$as_list()), c(2L, 3L))
  expect_error(layer_dense(units = 2.5), "`units` must be a whole number, not 2.5")
})

test_that("weights get, set, save and load; whole models save and load", {
  model <- keras_model_sequential() %>% layer_dense(units = 1, input_shape = 2)
  model <- set_weights(model, list(matrix(c(1, 2), 2, 1), 0.5))
  expect_equal(predict(model, matrix(c(1, 1), 1, 2), verbose = 0), matrix(3.5))
  expect_length(get_weights(model, trainable = FALSE), 0L)
  weights_file <- tempfile(fileext = ".h5")
  expect_true(save_model_weights_hdf5(model, weights_file))
  fresh <- keras_model_sequential() %>% layer_dense(units = 1, input_shape = 2)
  fresh <- load_model_weights_hdf5(fresh, weights_file)
  expect_equal(get_weights(fresh), get_weights(model))
  for (path in c(tempfile(fileext = ".h5"), tempfile(fileext = ".keras"))) {
    saver <- if (endsWith(path, ".h5")) save_model_hdf5 else save_model_tf
    loader <- if (endsWith(path, ".h5")) load_model_hdf5 else load_model_tf
    expect_true(saver(model, path))
    expect_equal(get_weights(loader(path)), get_weights(model))
    expect_error(saver(model, path, overwrite = FALSE), "exists already")
  }
})
