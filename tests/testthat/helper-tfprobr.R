# Loaded by testthat before the test files; test_check() has attached tfprobr.

# A small regression data set as R values: a matrix and a column vector.
make_data <- function(n = 64, p = 3) {
  set.seed(1)
  x <- matrix(rnorm(n * p), n, p)
  y <- matrix(x %*% seq_len(p) / p + rnorm(n, sd = 0.1), n, 1)
  list(x = x, y = y)
}

# Runs R code (one or more statements, run in turn) in a new R process (with this
# process' library paths and environment, plus `env`) and returns its output lines;
# for what must start from a fresh process.
run_r <- function(..., env = character()) {
  code <- paste(c(...), collapse = "; ")
  rscript <- file.path(R.home("bin"), "Rscript")
  libs <- paste0("R_LIBS=", paste(.libPaths(), collapse = .Platform$path.sep))
  suppressWarnings(system2(rscript, c("-e", shQuote(code)), stdout = TRUE, stderr = TRUE,
                           env = c(libs, env)))
}

# Expects each of `lines` among the output lines `out` of run_r(), showing all of it on failure.
expect_printed <- function(out, lines) {
  for (line in lines) expect_true(line %in% out, info = paste(out, collapse = "\n"))
}
