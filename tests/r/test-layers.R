test_that("the pipe builds a Sequential model with R doubles for counts", {
  model <- tp$keras_model_sequential(input_shape = 3) %>%
    tp$layer_dense_local_reparameterization(units = 10, activation = "tanh") %>%
    tp$layer_dense_local_reparameterization(units = 1)
  expect_equal(length(model$layers), 2L)
  expect_equal(model$layers[[1]]$units, 10L)
  expect_true(reticulate::py_is_null_xptr(model) == FALSE)
})

test_that("a model fits and predicts from R matrices with a scaled KL", {
  d <- make_data()
  kl <- tp$kl_divergence_fn(1 / nrow(d$x))
  model <- tp$keras_model_sequential(input_shape = ncol(d$x)) %>%
    tp$layer_dense_local_reparameterization(units = 8, activation = "relu",
                                            kernel_divergence_fn = kl) %>%
    tp$layer_dense_local_reparameterization(units = 1, kernel_divergence_fn = kl)
  model$compile(optimizer = "adam", loss = "mse")
  history <- model$fit(d$x, d$y, epochs = 3L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  expect_equal(length(model$losses), 2L)
  pred <- model$predict(d$x, verbose = 0L)
  expect_equal(dim(pred), c(nrow(d$x), 1L))
})

test_that("a layer applied to an R matrix or data.frame returns a tensor", {
  d <- make_data(n = 5)
  out <- tp$layer_dense_local_reparameterization(d$x, units = 2)
  expect_equal(dim(out$numpy()), c(5L, 2L))
  out <- tp$layer_dense_local_reparameterization(as.data.frame(d$x), units = 2)
  expect_equal(dim(out$numpy()), c(5L, 2L))
})

test_that("NULL object returns the layer; functional models work from R", {
  layer <- tp$layer_dense_local_reparameterization(NULL, units = 4)
  expect_true(inherits(layer, "tensorflow_probability.python.layers.dense_variational.DenseLocalReparameterization"))
  input <- tp$layer_input(shape = 3)
  output <- input %>% tp$layer_dense_local_reparameterization(units = 2)
  model <- tp$keras_model(input, output)
  expect_equal(unlist(model$output_shape), 2L)
})
