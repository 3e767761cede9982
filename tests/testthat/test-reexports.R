# tf, tfp, shape() and tfp_version(), exported as R tfprobability exports them; the
# tensor methods are tfprobr's only where R tensorflow is not installed.

test_that("tf is TensorFlow's module, with Keras 2 as tf$keras", {
  expect_true("tf" %in% getNamespaceExports("tfprobr"))
  expect_equal(as.numeric(tf$nn$softplus(tf$constant(c(0, 1)))), log1p(exp(c(0, 1))),
               tolerance = 1e-6)
  expect_identical(tf$int32$name, "int32")
  expect_identical(tf$float64$name, "float64")
  expect_match(tf$keras$`__name__`, "tf_keras")
})

test_that("tf$linalg$cholesky takes an R matrix and gives a float64 tensor", {
  m <- matrix(c(4, 2, 2, 3), 2)
  l <- tf$linalg$cholesky(m)
  expect_identical(l$dtype$name, "float64")
  expect_equal(as.matrix(l), t(chol(m)))
})

test_that("tfp is TensorFlow Probability's module", {
  expect_true("tfp" %in% getNamespaceExports("tfprobr"))
  d <- tfp$distributions$Normal(loc = 0, scale = 1)
  expect_s3_class(d, "tensorflow_probability.python.distributions.normal.Normal")
  expect_equal(as.numeric(d$log_prob(0)), dnorm(0, log = TRUE), tolerance = 1e-6)
})

test_that("tfp_version() is TensorFlow Probability's major and minor version", {
  version <- tfp_version()
  expect_s3_class(version, "package_version")
  expect_identical(length(unlist(version)), 2L)
  expect_true(version >= "0.25")
})

test_that("shape(NULL, 3) is a TensorShape with an unknown first dimension", {
  s <- shape(NULL, 3)
  expect_s3_class(s, "tensorflow.python.framework.tensor_shape.TensorShape")
  expect_identical(as.integer(s), c(NA, 3L))
  expect_identical(length(s), 2L)
  expect_null(s[[1]])
  expect_identical(s[[2]], 3L)
  expect_output(print(s), "TensorShape([None, 3])", fixed = TRUE)
  expect_identical(format(s), "(NA, 3)")
})

test_that("NA and -1 are unknown dimensions too; vectors and shapes give their elements", {
  expect_true(shape(NA, 3) == shape(NULL, 3))
  expect_true(shape(-1, 3) == shape(NULL, 3))
  expect_identical(as.integer(shape(1, c(2, 3), shape(4))), 1:4)
  expect_identical(as.integer(shape(dims = c(2, 5))), c(2L, 5L))
  expect_identical(as.integer(c(shape(1), shape(2, 3))), 1:3)
  expect_identical(as.integer(shape(1, 2, 3)[2:3]), 2:3)
  expect_false(shape(2, 3) == shape(3, 2))
  expect_true(shape(2, 3) != shape(3, 2))
})

test_that("shape() is a scalar's shape; shape(dims = NULL) has unknown rank", {
  expect_identical(length(shape()), 0L)
  expect_identical(length(shape(dims = NULL)), NA_integer_)
  expect_identical(format(shape(dims = NULL)), "(<unknown>)")
})

test_that("shape() takes no dimension that is not whole or negative", {
  expect_error(shape(2.5), "whole numbers")
  expect_error(shape(-3), "negative")
  expect_error(shape("a"), "whole numbers")
})

test_that("a tensor's shape prints, and shapes make tensors", {
  x <- tf$zeros(shape(2, 3))
  expect_identical(dim(x), c(2L, 3L))
  expect_output(print(x$shape), "TensorShape([2, 3])", fixed = TRUE)
  expect_identical(x$shape[[2]], 3L)
  expect_identical(as.integer(tf$reshape(x, shape(3, 2))$shape), c(3L, 2L))
})

test_that("without R tensorflow, the tensor methods are tfprobr's", {
  skip_if(requireNamespace("tensorflow", quietly = TRUE), "R tensorflow is installed")
  method <- getS3method("Ops", "tensorflow.tensor")
  expect_identical(environment(method), asNamespace("tfprobr"))
  expect_identical(environment(getS3method("[", "tensorflow.tensor")), asNamespace("tfprobr"))
})

test_that("where the tensor methods' provider is installed, tfprobr registers none", {
  # stats stands in for R tensorflow as an installed package: only the check is run.
  expect_false(tfprobr:::register_tensor_methods(provider = "stats"))
})

test_that("library(tfprobr) says nothing: no S3 method is overwritten", {
  out <- run_r("library(tfprobr); cat('loaded\\n')")
  expect_identical(out, "loaded")
})

test_that("get_psd_kernels() gives TensorFlow Probability's kernels, as R tfprobability's code reaches them", {
  kernel <- get_psd_kernels()$ExponentiatedQuadratic(amplitude = 2, length_scale = 1)
  k <- as.array(kernel$matrix(matrix(c(0, 1), ncol = 1), matrix(c(0, 1), ncol = 1)))
  expect_equal(k, matrix(4 * exp(-c(0, 0.5, 0.5, 0)), 2), tolerance = 1e-5)
})
