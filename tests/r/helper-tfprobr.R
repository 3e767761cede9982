# Loaded by testthat before the test files: tfprobr as R users import it.
tp <- reticulate::import("tfprobr")
np <- reticulate::import("numpy", convert = FALSE)

# A small regression data set as R values: a matrix and a column vector.
make_data <- function(n = 64, p = 3) {
  set.seed(1)
  x <- matrix(rnorm(n * p), n, p)
  y <- matrix(x %*% seq_len(p) / p + rnorm(n, sd = 0.1), n, 1)
  list(x = x, y = y)
}
