# Runs the R test suite (testthat) against tfprobr through reticulate, in one R
# process, and prints a plain "N passed, N failed" line for CI.
# Usage (from the repository root): RETICULATE_PYTHON=.venv/bin/python Rscript tests/r/run.R
suppressPackageStartupMessages({
  library(testthat)
  library(magrittr)
})
if (!nzchar(Sys.getenv("RETICULATE_PYTHON"))) {
  stop("Set RETICULATE_PYTHON to the project's Python (e.g. .venv/bin/python)")
}
Sys.setenv(TF_CPP_MIN_LOG_LEVEL = "3")
results <- as.data.frame(test_dir("tests/r", reporter = "summary", stop_on_failure = FALSE))
failed <- sum(results$failed > 0 | results$error)
skipped <- sum(results$skipped & !(results$failed > 0 | results$error))
passed <- nrow(results) - failed - skipped
cat(sprintf("R: %d passed, %d failed, %d skipped\n", passed, failed, skipped))
if (failed > 0 || (nzchar(Sys.getenv("CI")) && skipped > 0) || nrow(results) == 0) quit(status = 1)
