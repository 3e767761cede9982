# Keras 3 from R: models built with reticulate::import("keras") compose with tfprobr's
# layer functions, which then build native Keras 3 layers, and train with the model's
# own methods (model$compile(), model$fit()); R's keras3 package is not needed.
keras <- reticulate::import("keras")

test_that("a Keras 3 Sequential model composes with the layer functions and fits", {
  d <- make_data(n = 32)
  set_random_seed(1)
  model <- keras$Sequential(list(keras$Input(shape = list(3L)))) %>%
    layer_dense_local_reparameterization(units = 8, activation = "relu",
                                         kernel_divergence_fn = kl_divergence_fn(1 / 32)) %>%
    layer_dense_flipout(units = 1, kernel_divergence_fn = kl_divergence_fn(1 / 32))
  expect_s3_class(model, "keras.src.models.sequential.Sequential")
  expect_length(model$layers, 2L)
  expect_s3_class(model$layers[[1]],
                  "tfprobr._internal.keras3.layers.DenseLocalReparameterization")
  model$compile(optimizer = "adam", loss = "mse")
  history <- model$fit(d$x, d$y, epochs = 3L, batch_size = 8L, verbose = 0L)
  expect_length(history$history$loss, 3L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  expect_equal(dim(model$predict(d$x, verbose = 0L)), c(32L, 1L))
  expect_length(model$losses, 2L)  # one KL term per layer
})

test_that("a Keras 3 input gives a Keras 3 tensor, and its functional model fits", {
  d <- make_data(n = 16)
  inputs <- keras$Input(shape = list(3L))
  outputs <- inputs %>%
    layer_dense_reparameterization(units = 4, activation = "tanh") %>%
    layer_dense_flipout(units = 1)
  expect_s3_class(outputs, "keras.src.backend.common.keras_tensor.KerasTensor")
  model <- keras$Model(inputs, outputs)
  model$compile(optimizer = "adam", loss = "mse")
  history <- model$fit(d$x, d$y, epochs = 2L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
})

test_that("a Keras 3 model of tfprobr's layers saves and loads without custom objects", {
  model <- keras$Sequential(list(keras$Input(shape = list(5L, 2L)))) %>%
    layer_conv_1d_flipout(filters = 2, kernel_size = 2) %>%
    layer_dense_flipout(units = 1, kernel_divergence_fn = kl_divergence_fn(0.5))
  path <- tempfile(fileext = ".keras")
  model$save(path)
  loaded <- keras$saving$load_model(path)
  expect_equal(loaded$layers[[2]]$kernel_divergence_fn$weight, 0.5)
  expect_equal(loaded$get_weights(), model$get_weights())
})

test_that("use_keras3() makes the layer functions build Keras 3 layers without a model", {
  previous <- use_keras3()
  on.exit(use_keras3(previous))
  layer <- layer_dense_flipout(units = 2)
  expect_s3_class(layer, "keras.src.layers.layer.Layer")
  expect_equal(dim(layer(matrix(1, 4, 3))$numpy()), c(4L, 2L))
  # R tfprobability's code, unchanged, builds a Keras 3 model now.
  model <- keras_model_sequential(input_shape = 3) %>% layer_dense_flipout(units = 1)
  expect_s3_class(model, "keras.src.models.sequential.Sequential")
  model$compile(optimizer = "adam", loss = "mse")
  d <- make_data(n = 16)
  expect_length(model$fit(d$x, d$y, epochs = 1L, verbose = 0L)$history$loss, 1L)
  use_keras3(FALSE)
  expect_s3_class(layer_dense_flipout(units = 2), "tf_keras.src.engine.base_layer.Layer")
  expect_s3_class(keras_model_sequential(), "tf_keras.src.engine.sequential.Sequential")
  expect_error(use_keras3("yes"), "`enable`")
})
