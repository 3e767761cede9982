# The R tests (testthat), run by R CMD check and so by scripts/test. They print one
# plain line, "R: N passed, N failed, N skipped", that CI reads.
# Without the Python side of tfprobr they are skipped, except where CI is set: there
# a missing Python side is a failure.
library(testthat)
library(tfprobr)

if (!nzchar(Sys.getenv("TF_CPP_MIN_LOG_LEVEL"))) Sys.setenv(TF_CPP_MIN_LOG_LEVEL = "3")
ci <- nzchar(Sys.getenv("CI"))
if (!tfprobr:::python_available()) {
  cat("R: 0 passed, 0 failed, 1 skipped (the Python side of tfprobr is not available)\n")
  if (ci) stop("The Python side of tfprobr is not available, and CI is set: ",
               "the R tests cannot be skipped")
} else {
  results <- as.data.frame(test_check("tfprobr", reporter = "summary", stop_on_failure = FALSE))
  failed <- sum(results$failed > 0 | results$error)
  skipped <- sum(results$skipped & !(results$failed > 0 | results$error))
  passed <- nrow(results) - failed - skipped
  cat(sprintf("R: %d passed, %d failed, %d skipped\n", passed, failed, skipped))
  if (failed > 0 || (ci && skipped > 0) || nrow(results) == 0) {
    stop("R tests failed (or were skipped where CI is set)")
  }
}
