# install_tfprobr() checks before it makes anything, and leaves nothing behind when
# it fails. Offline: nothing here reaches the package index.

# A real executable named "python" whose ssl does not import: a working Python
# with a module `ssl` first on its path that raises ImportError, as a Python built
# against another OpenSSL fails under R.
broken_ssl_python <- function(dir, real) {
  dir.create(file.path(dir, "shadow"), recursive = TRUE)
  writeLines("raise ImportError('libssl.so.3: cannot open shared object file')",
             file.path(dir, "shadow", "ssl.py"))
  script <- file.path(dir, "python")
  writeLines(c("#!/bin/sh", sprintf("PYTHONPATH='%s' exec '%s' \"$@\"", file.path(dir, "shadow"), real)),
             script)
  Sys.chmod(script, "0755")
  script
}

# A Python that works from R here (its ssl imports), found once; or a skip.
working_python <- local({
  found <- NULL
  function() {
    if (is.null(found)) {
      found <<- tryCatch(suppressMessages(tfprobr:::installing_python(NULL)),
                         error = function(e) FALSE)
    }
    if (isFALSE(found)) skip("no Python here can make a working virtual environment from R")
    found
  }
})

# A directory pip takes as a checkout and fails to build, offline.
broken_checkout <- function(dir) {
  dir.create(dir)
  writeLines(c("[build-system]", "requires = []", "build-backend = \"no_such_backend\""),
             file.path(dir, "pyproject.toml"))
  dir
}

test_that("a `path` that does not exist is an R error naming `path` and what it must be", {
  env <- withr::local_tempdir()
  expect_error(install_tfprobr(envname = file.path(env, "env"), path = "no-such-dir"),
               "`path` must be a checkout of tfprobr (a directory with pyproject.toml) or a wheel file (.whl), not \"no-such-dir\": no such file",
               fixed = TRUE)
  expect_error(install_tfprobr(envname = file.path(env, "env"), path = env),
               "a directory without pyproject.toml", fixed = TRUE)
  expect_error(install_tfprobr(envname = file.path(env, "env"), path = c("a", "b")),
               "`path` must be a checkout", fixed = TRUE)
  expect_false(dir.exists(file.path(env, "env")))
})

test_that("a Python whose ssl does not import is refused, named, and nothing is made", {
  dir <- withr::local_tempdir()
  fake <- broken_ssl_python(dir, working_python())
  env <- file.path(dir, "env")
  error <- expect_error(install_tfprobr(envname = env, path = broken_checkout(file.path(dir, "src")),
                                        python = fake))
  message <- conditionMessage(error)
  expect_match(message, paste0("The Python ", fake, " cannot make a working environment"), fixed = TRUE)
  expect_match(message, "its ssl module does not import", fixed = TRUE)
  expect_match(message, "Pass `python =` a Python 3.10 to 3.12 that imports ssl", fixed = TRUE)
  expect_false(dir.exists(env))
})

test_that("without `python`, a broken first choice is skipped for one that works", {
  dir <- withr::local_tempdir()
  good <- working_python()
  fake <- broken_ssl_python(dir, good)
  withr::local_envvar(RETICULATE_PYTHON = fake)
  expect_message(chosen <- tfprobr:::installing_python(NULL), paste0("Skipped ", fake), fixed = TRUE)
  expect_false(identical(chosen, fake))
  expect_null(tfprobr:::python_problem(chosen))
})

test_that("an environment it created is removed when the install fails", {
  dir <- withr::local_tempdir()
  env <- file.path(dir, "env")
  # Made without pip (fast, offline), the environment cannot install anything.
  error <- expect_error(suppressWarnings(suppressMessages(capture.output(install_tfprobr(
    envname = env, path = broken_checkout(file.path(dir, "src")), python = working_python(),
    packages = FALSE, extra = "--without-pip")))),
    class = "tfprobr_install_error")
  expect_match(conditionMessage(error), "the environment it had created is removed", fixed = TRUE)
  expect_false(dir.exists(env))
})

test_that("an existing environment made with another Python: an error that says how to go on", {
  dir <- withr::local_tempdir()
  good <- working_python()
  env <- file.path(dir, "env")
  system2(good, c("-m", "venv", "--without-pip", shQuote(env)))
  expect_true(reticulate::virtualenv_exists(env))
  other <- file.path(dir, "other", "python3")
  dir.create(dirname(other))
  writeLines(c("#!/bin/sh", sprintf("exec '%s' \"$@\"", good)), other)
  Sys.chmod(other, "0755")
  error <- expect_error(install_tfprobr(envname = env, path = broken_checkout(file.path(dir, "src")),
                                        python = other))
  message <- conditionMessage(error)
  expect_match(message, sprintf("The virtual environment '%s' exists, made with ", env), fixed = TRUE)
  expect_match(message, sprintf("reticulate::virtualenv_remove(\"%s\")", env), fixed = TRUE)
  expect_match(message, sprintf("`python = \"%s\"`", other), fixed = TRUE)
  expect_true(dir.exists(env))  # the user's environment is left as it was
})
