# The "Other layers" family from R: doubles for counts, c(3, 3) kernel sizes, NULL, pipes.
tfk <- reticulate::import("tf_keras")

test_that("a small Bayesian conv model fits from an R array", {
  set.seed(2)
  x <- array(rnorm(16 * 8 * 8 * 1), c(16, 8, 8, 1))
  y <- matrix(rnorm(16), 16, 1)
  kl <- tp$kl_divergence_fn(1 / 16)
  model <- tp$keras_model_sequential(input_shape = c(8, 8, 1)) %>%
    tp$layer_conv_2d_flipout(filters = 4, kernel_size = c(3, 3), activation = "relu",
                             kernel_divergence_fn = kl) %>%
    tp$layer_conv_2d_reparameterization(filters = 2, kernel_size = 3, padding = "same",
                                        kernel_divergence_fn = kl)
  model$add(tfk$layers$Flatten())
  model <- model %>% tp$layer_dense_flipout(units = 1, seed = NULL, kernel_divergence_fn = kl)
  model$compile(optimizer = "adam", loss = "mse")
  history <- model$fit(x, y, epochs = 2L, batch_size = 8L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  expect_equal(length(model$losses), 3L)
  expect_equal(dim(model$predict(x, verbose = 0L)), c(16L, 1L))
})

test_that("R values convert: seed NULL stays None, vectors become tuples and lists", {
  expect_null(tp$layer_dense_flipout(units = 2)$seed)
  expect_equal(tp$layer_conv_3d_flipout(filters = 2, kernel_size = c(2, 2, 2))$kernel_size,
               list(2L, 2L, 2L))
  made <- tp$layer_autoregressive(params = 2, event_shape = 3, hidden_units = c(8, 8))
  expect_equal(reticulate::import_builtins()$list(made$`_hidden_units`), c(8L, 8L))
  expect_equal(dim(made(matrix(0, 5, 3))$numpy()), c(5L, 3L, 2L))
  out <- tp$layer_variable(matrix(0, 5, 1), shape = c(2, 3))
  expect_equal(dim(out$numpy()), c(2L, 3L))
  out <- matrix(rnorm(12), 4, 3) %>% tp$layer_dense_reparameterization(units = 2)
  expect_equal(dim(out$numpy()), c(4L, 2L))
})

test_that("bad values reach R as errors naming the argument", {
  expect_error(tp$layer_conv_2d_flipout(filters = 2, kernel_size = c(3, 3, 3)), "`kernel_size`")
  expect_error(tp$layer_conv_1d_reparameterization(filters = 2.5, kernel_size = 3), "`filters`.*2.5")
  expect_error(tp$layer_autoregressive(params = 2, hidden_units = c(4, NA)), "`hidden_units\\[1\\]`")
})
