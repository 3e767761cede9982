# Tensors act as R values, as R tensorflow makes them (R/tensors.R): arithmetic and
# comparison with R numbers in the tensor's dtype, Math and Summary functions, dim(),
# length(), conversions, print() and `[` with R's one-based indexing, also on the
# symbolic tensors of traced functions and Keras models.

dtype_name <- function(x) x$dtype$name

test_that("eager tensors, variables, graph tensors and KerasTensors get the class tensorflow.tensor", {
  expect_s3_class(tf$constant(1), "tensorflow.tensor")
  expect_s3_class(tf$Variable(1), "tensorflow.tensor")
  expect_s3_class(layer_input(shape = 2), "tensorflow.tensor")
  traced <- NULL
  f <- tf$`function`(function(x) {
    traced <<- class(x)
    x
  })
  f(tf$constant(1))
  expect_identical(traced[[1]], "tensorflow.tensor")
  expect_true("tensorflow.python.framework.ops.SymbolicTensor" %in% traced)
})

test_that("a float32 tensor with an R double stays float32", {
  x <- tf$constant(c(1, 2, 3))
  expect_identical(dtype_name(x + 1), "float32")
  expect_equal(as.numeric(x + 1), c(2, 3, 4))
  expect_equal(as.numeric(1 - x), c(0, -1, -2))
  expect_equal(as.numeric(x * 2), c(2, 4, 6))
  expect_equal(as.numeric(x / 2), c(0.5, 1, 1.5))
  expect_equal(as.numeric(2^x), c(2, 4, 8))
  expect_equal(as.numeric(x^2), c(1, 4, 9))
  expect_identical(dtype_name(x^3), "float32")
  expect_equal(as.numeric(-x), c(-1, -2, -3))
  expect_equal(as.numeric(+x), c(1, 2, 3))
})

test_that("an integer tensor times an R double stays integer", {
  x <- tf$constant(c(1L, 2L, 3L))
  expect_identical(dtype_name(x * 2), "int32")
  expect_identical(as.vector(x * 2), c(2L, 4L, 6L))
  expect_identical(dtype_name(tf$constant(5L, dtype = tf$int64) + 1), "int64")
  # `/` on integers is TensorFlow's truediv, as in R tensorflow
  expect_identical(dtype_name(x / 2), "float64")
})

test_that("a float64 tensor takes an R double at full precision", {
  x <- tf$constant(1, dtype = tf$float64)
  expect_identical(dtype_name(x + 0.1), "float64")
  expect_identical(as.numeric(x + 0.1), 1 + 0.1)
})

test_that("%% and %/% follow R's signs (floored division)", {
  x <- tf$constant(c(-7, 7))
  expect_equal(as.numeric(x %% 3), c(-7, 7) %% 3)
  expect_equal(as.numeric(x %/% 2), c(-7, 7) %/% 2)
  expect_identical(as.vector(tf$constant(c(-7L, 7L)) %/% 2L), c(-7L, 7L) %/% 2L)
})

test_that("a number that is not whole beside an integer tensor is an error naming it", {
  expect_error(tf$constant(1L) * 2.5, "2.5 cannot be used with a tensor of dtype int32")
})

test_that("comparisons with R numbers give logical tensors", {
  x <- tf$constant(c(1, 2, 3))
  expect_identical(dtype_name(x == 2), "bool")
  expect_identical(as.logical(x == 2), c(FALSE, TRUE, FALSE))
  expect_identical(as.logical(x != 2), c(TRUE, FALSE, TRUE))
  expect_identical(as.logical(x < 2), c(TRUE, FALSE, FALSE))
  expect_identical(as.logical(x <= 2), c(TRUE, TRUE, FALSE))
  expect_identical(as.logical(x > 2), c(FALSE, FALSE, TRUE))
  expect_identical(as.logical(x >= 2), c(FALSE, TRUE, TRUE))
  expect_identical(as.logical(2 < x), c(FALSE, FALSE, TRUE))
  expect_identical(as.logical(tf$constant(c(1L, 5L)) == c(1, 2)), c(TRUE, FALSE))
})

test_that("&, | and ! combine tensors as logical values", {
  x <- tf$constant(c(1, 2, 3))
  expect_identical(as.logical(x > 1 & x < 3), c(FALSE, TRUE, FALSE))
  expect_identical(as.logical(x < 2 | x > 2), c(TRUE, FALSE, TRUE))
  expect_identical(as.logical(!(x > 1)), c(TRUE, FALSE, FALSE))
  expect_identical(as.logical(tf$constant(c(0, 2)) & TRUE), c(FALSE, TRUE))
})

test_that("Math functions give R's values, as tensors of the same dtype", {
  values <- c(0.25, 1.5, 2.5, 4)
  x <- tf$constant(values)
  for (f in list(log, exp, sqrt, abs, floor, ceiling, sign, cos, sin, tan, log1p, expm1,
                 trunc, lgamma, digamma, log2, log10, atan, tanh)) {
    y <- f(x)
    expect_s3_class(y, "tensorflow.tensor")
    expect_identical(dtype_name(y), "float32")
    expect_equal(as.numeric(y), f(values), tolerance = 1e-5)
  }
  expect_equal(as.numeric(log(x, base = 2)), log(values, base = 2), tolerance = 1e-6)
  expect_equal(as.numeric(round(x)), round(values))  # halves to even, as R: 2, 2
  expect_equal(as.numeric(round(tf$constant(c(1.234, 5.678)), 1)), c(1.2, 5.7), tolerance = 1e-6)
  expect_equal(as.numeric(trunc(tf$constant(c(-1.5, 1.5)))), c(-1, 1))
})

test_that("floor, ceiling and round leave integer tensors as they are", {
  x <- tf$constant(c(-2L, 3L))
  expect_identical(as.vector(floor(x)), c(-2L, 3L))
  expect_identical(as.vector(round(x)), c(-2L, 3L))
})

test_that("cumsum and friends run along R's element order and give a vector", {
  m <- matrix(c(1, 2, 3, 4, 5, 6), 2, 3)
  x <- tf$constant(m)
  expect_equal(as.numeric(cumsum(x)), cumsum(m))
  expect_equal(as.numeric(cumprod(x)), cumprod(m))
  expect_equal(as.numeric(cummax(tf$constant(c(1, 3, 2)))), c(1, 3, 3))
  expect_equal(as.numeric(cummin(tf$constant(c(3, 1, 2)))), c(3, 1, 1))
})

test_that("sum, prod, max, min, range, any, all and mean reduce a tensor", {
  m <- matrix(c(1, 2, 3, 4, 5, 6), 2, 3)
  x <- tf$constant(m)
  expect_equal(as.numeric(sum(x)), sum(m))
  expect_equal(as.numeric(prod(x)), prod(m))
  expect_equal(as.numeric(max(x)), 6)
  expect_equal(as.numeric(min(x)), 1)
  expect_equal(as.numeric(range(x)), c(1, 6))
  expect_equal(as.numeric(mean(x)), mean(m))
  expect_true(as.logical(any(x > 5)))
  expect_false(as.logical(all(x > 5)))
  expect_equal(dim(sum(x)), integer(0))
})

test_that("reductions take a one-based axis and keepdims", {
  m <- matrix(c(1, 2, 3, 4, 5, 6), 2, 3)
  x <- tf$constant(m)
  expect_equal(as.numeric(sum(x, axis = 1)), colSums(m))
  expect_equal(as.numeric(sum(x, axis = 2)), rowSums(m))
  expect_equal(dim(sum(x, axis = 2, keepdims = TRUE)), c(2L, 1L))
  expect_equal(as.numeric(mean(x, axis = 2)), rowMeans(m))
  expect_error(sum(x, axis = 0), "one-based")
  expect_equal(as.numeric(sum(x, 10)), sum(m) + 10)
})

test_that("dim() and length() give the shape, NA for sizes not known", {
  x <- tf$zeros(c(2L, 3L))
  expect_identical(dim(x), c(2L, 3L))
  expect_identical(length(x), 6L)
  expect_identical(dim(tf$constant(1)), integer(0))
  expect_identical(length(tf$constant(1)), 1L)
  input <- layer_input(shape = 3)
  expect_identical(dim(input), c(NA, 3L))
  expect_identical(length(input), NA_integer_)
})

test_that("t() transposes a matrix and makes a vector a row", {
  m <- matrix(1:6 + 0, 2, 3)
  expect_equal(as.matrix(t(tf$constant(m))), t(m))
  expect_equal(dim(t(tf$constant(c(1, 2, 3)))), c(1L, 3L))
})

test_that("as.array(), as.matrix(), as.numeric() and the other conversions give R values", {
  m <- matrix(c(1, 2, 3, 4, 5, 6), 2, 3)
  x <- tf$constant(m)
  expect_identical(as.array(x), m)
  expect_identical(as.matrix(x), m)
  expect_identical(as.matrix(tf$constant(c(1, 2))), matrix(c(1, 2)))
  expect_identical(as.numeric(x), c(m))
  expect_identical(as.double(x), c(m))
  expect_identical(as.integer(x), as.integer(m))
  expect_identical(as.logical(tf$constant(c(TRUE, FALSE))), c(TRUE, FALSE))
  expect_identical(as.vector(x), c(m))
  expect_identical(as.vector(x, "integer"), as.integer(m))
  expect_identical(as.numeric(tf$Variable(2.5)), 2.5)
  expect_identical(as.numeric(tfd_mean(tfd_normal(c(0, 1), 1))), c(0, 1))
})

test_that("a symbolic tensor converted to R is an error that says why", {
  expect_error(as.numeric(layer_input(shape = 2)), "symbolic")
})

test_that("print() shows TensorFlow's text, with a vector's shape written as R writes it", {
  expect_output(print(tf$constant(c(1, 2, 3))), "tf.Tensor([1. 2. 3.], shape=(3), dtype=float32)",
                fixed = TRUE)
  x <- tf$constant(1)
  capture.output(shown <- withVisible(print(x)))
  expect_false(shown$visible)
  expect_identical(shown$value, x)
})

index_matrix <- matrix(1:12 + 0, 3, 4)

test_that("one index drops its axis; drop = FALSE keeps it", {
  x <- tf$constant(index_matrix)
  expect_equal(as.vector(x[2, ]), index_matrix[2, ])
  expect_equal(as.vector(x[, 3]), index_matrix[, 3])
  expect_equal(as.vector(x[2, 3]), index_matrix[2, 3])
  expect_equal(dim(x[, 3, drop = FALSE]), c(3L, 1L))
  expect_equal(as.array(x[, 3, drop = FALSE]), index_matrix[, 3, drop = FALSE])
  expect_equal(as.array(x[2, , drop = FALSE]), index_matrix[2, , drop = FALSE])
})

test_that("a missing index takes the whole axis", {
  x <- tf$constant(index_matrix)
  expect_equal(as.array(x[, ]), index_matrix)
  expect_equal(as.array(x[]), index_matrix)
})

test_that("ranges include both ends, run backwards and take steps", {
  x <- tf$constant(index_matrix)
  expect_equal(as.array(x[1:2, 2:4]), index_matrix[1:2, 2:4])
  expect_equal(as.vector(x[3:1, 1]), index_matrix[3:1, 1])
  expect_equal(as.vector(x[1, 4:1]), index_matrix[1, 4:1])
  expect_equal(as.vector(x[1, 1:4:2]), index_matrix[1, c(1, 3)])
  expect_equal(as.vector(x[1, seq(1, 4, by = 2)]), index_matrix[1, c(1, 3)])
  expect_equal(as.vector(x[1, c(2, 3, 4)]), index_matrix[1, 2:4])
  n <- 2
  expect_equal(as.array(x[1:n, (n + 1):(2 * n)]), index_matrix[1:2, 3:4])
})

test_that("indices inside a function are evaluated where they are written", {
  first <- function(t, n) t[1:n]
  expect_equal(as.vector(first(tf$constant(c(5, 6, 7)), 2)), c(5, 6))
})

test_that("negative indices count from the end, with a warning once per session", {
  x <- tf$constant(c(10, 20, 30))
  assign("negative", FALSE, envir = tfprobr:::warned)
  expect_warning(last <- x[-1], "count from the end")
  expect_equal(as.vector(last), 30)
  expect_silent(two <- x[-2:-1])
  expect_equal(as.vector(two), c(20, 30))
})

test_that("0, indices out of bounds and too many indices are errors", {
  x <- tf$constant(index_matrix)
  expect_error(x[0, 1], "one-based")
  expect_error(x[4, 1], "out of bounds")
  expect_error(x[1, 1:5], "out of bounds")
  expect_error(x[1, 1, 1], "3 indices given for a tensor of rank 2")
  expect_error(x[c(1, 3, 2), 1], "one step")
  expect_error(x[NA, 1], "whole numbers")
})

test_that("fewer indices than axes is a warning; NULL adds an axis", {
  x <- tf$constant(index_matrix)
  expect_warning(row <- x[2], "1 indices given for a tensor of rank 2")
  expect_equal(as.vector(row), index_matrix[2, ])
  expect_equal(dim(x[, NULL, 1]), c(3L, 1L))
})

test_that("arithmetic and indexing work on the symbolic tensors of a traced function", {
  f <- tf$`function`(function(x) x[2:3] * 2 + x[1] - sum(x))
  expect_equal(as.numeric(f(tf$constant(c(1, 2, 3)))), c(2, 3) * 2 + 1 - 6)
})

test_that("R functions with x[, 1, drop = FALSE] serve as make_distribution_fn while fitting", {
  set.seed(1)
  x <- matrix(rnorm(64), 32, 2)
  y <- x[, 1, drop = FALSE]
  shapes <- list()
  model <- keras_model_sequential(input_shape = 2) %>%
    layer_dense_reparameterization(units = 2) %>%
    layer_distribution_lambda(make_distribution_fn = function(t) {
      shapes[[length(shapes) + 1L]] <<- dim(t)
      tfd_normal(t[, 1, drop = FALSE], 1e-3 + tf$nn$softplus(t[, 2, drop = FALSE] * 0.5))
    })
  compile(model, optimizer = "adam", loss = negloglik)
  history <- fit(model, x, y, epochs = 1, verbose = 0)
  expect_true(is.finite(history$metrics$loss))
  expect_true(any(vapply(shapes, function(d) identical(d, c(NA, 2L)), logical(1))))
})

test_that("KerasTensors take arithmetic and indexing in a functional model", {
  input <- layer_input(shape = 2)
  output <- log1p(exp(input[, 2, drop = FALSE])) * 2 + 1
  model <- keras_model(input, output)
  x <- matrix(c(1, 2, 3, 4), 2, 2)
  expect_equal(predict(model, x, verbose = 0), log1p(exp(x[, 2, drop = FALSE])) * 2 + 1,
               tolerance = 1e-5)
})
