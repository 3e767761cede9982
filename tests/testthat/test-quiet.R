# A quiet console: TensorFlow's start-up lines held back whatever R imports first,
# and no reticulate configuration dump on the way to the missing-Python message.

STARTUP_NOISE <- "absl::InitializeLog|cudart_stub|cpu_feature_guard|oneDNN custom operations|cuInit"

# Runs `code` after library(tfprobr) in a new R process with TF_CPP_MIN_LOG_LEVEL unset, as
# in a user's session: it prints `printed` and none of TensorFlow's start-up lines.
expect_quiet_start <- function(code, printed) {
  out <- run_r("library(tfprobr)", code, env = "TF_CPP_MIN_LOG_LEVEL=")
  expect_printed(out, printed)
  text <- paste(out, collapse = "\n")
  expect_false(grepl(STARTUP_NOISE, text), info = text)
}

test_that("TensorFlow's start-up lines are held back when R imports tensorflow first", {
  expect_quiet_start(c("tf <- reticulate::import('tensorflow')",
                       "cat('sum:', tf$reduce_sum(c(1, 2))$numpy(), '\\n')",
                       "cat('level:', Sys.getenv('TF_CPP_MIN_LOG_LEVEL'), '\\n')"),
                     printed = c("sum: 3 ", "level: 3 "))
})

test_that("TensorFlow's start-up lines are held back when R imports tf_keras first", {
  expect_quiet_start(c("keras <- reticulate::import('tf_keras')",
                       "cat('floatx:', keras$backend$floatx(), '\\n')"),
                     printed = "floatx: float32 ")
})

test_that("a Python without tfprobr: the message to install it, and no py_config dump", {
  dir <- withr::local_tempdir()
  # A Python that exists but has no tfprobr: a bare environment of this one.
  python <- reticulate::py_exe()
  status <- system2(python, c("-m", "venv", "--without-pip", shQuote(file.path(dir, "env"))))
  expect_equal(status, 0L)
  out <- run_r("library(tfprobr); layer_dense_flipout(units = 1)",
               env = c(paste0("RETICULATE_PYTHON=", file.path(dir, "env", "bin", "python")),
                       "PYTHONPATH="))
  text <- paste(out, collapse = "\n")
  expect_match(text, "The Python side of tfprobr is not available", fixed = TRUE)
  expect_match(text, "Cause: Python module tfprobr was not found.", fixed = TRUE)
  expect_false(grepl("List of|\\$ python|Detected Python configuration|py_config", text), info = text)
  expect_equal(attr(out, "status"), 1L)
})
