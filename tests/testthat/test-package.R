# The R package around the Python module: loading, help, the wrappers' arguments,
# the pipe, and the error when the Python side is missing.

test_that("library(tfprobr) starts no Python, and importing tfprobr loads no TensorFlow", {
  out <- run_r(
    "library(tfprobr)",
    "cat('python initialized:', reticulate::py_available(), '\\n')",
    "invisible(tfprobr:::tfprobr_python())",
    "modules <- names(reticulate::import('sys')$modules)",
    "cat('tensorflow loaded:', 'tensorflow' %in% modules, '\\n')",
    "cat('tfprobr loaded:', 'tfprobr' %in% modules, '\\n')")
  expect_printed(out, c("python initialized: FALSE ", "tensorflow loaded: FALSE ", "tfprobr loaded: TRUE "))
})

test_that("without the Python side, library() works and the first call says to install it", {
  out <- run_r(
    "library(tfprobr)",
    "cat('available:', tfprobr:::python_available(), '\\n')",
    "layer_dense_flipout(units = 1)",
    env = "RETICULATE_PYTHON=/nonexistent/bin/python")
  text <- paste(out, collapse = "\n")
  expect_printed(out, "available: FALSE ")
  expect_match(text, "The Python side of tfprobr is not available", fixed = TRUE)
  expect_match(text, "install_tfprobr()", fixed = TRUE)
  expect_equal(attr(out, "status"), 1L)
})

test_that("?layer_dense_local_reparameterization finds the page, with R examples", {
  expect_length(help("layer_dense_local_reparameterization", package = "tfprobr"), 1L)
  rd <- tools::Rd_db("tfprobr")
  expect_true(all(paste0(getNamespaceExports("tfprobr")[
    getNamespaceExports("tfprobr") != "%>%"], ".Rd") %in% names(rd)))
  page <- paste(as.character(rd[["layer_dense_local_reparameterization.Rd"]]), collapse = "")
  expect_match(page, "python_available()", fixed = TRUE)  # the examples' guard
  expect_match(page, "keras_model_sequential(input_shape = 1) %>%", fixed = TRUE)
  expect_false(grepl("\\bNone\\b", page))
})

test_that("vignette(package = 'tfprobr') lists the vignette", {
  # Vignettes are built by R CMD build: an install from the source directory has none.
  skip_if_not(dir.exists(system.file("doc", package = "tfprobr")),
              "installed from the source directory, not from a built tarball")
  listed <- vignette(package = "tfprobr")$results[, "Item"]
  expect_true("heteroscedastic-regression" %in% listed)
  # Built with the Python side: its figure and predict_mc()'s data.frame are in the page.
  html <- paste(readLines(system.file("doc", "heteroscedastic-regression.html",
                                      package = "tfprobr")), collapse = "\n")
  expect_match(html, "data:image/png;base64", fixed = TRUE)
  expect_match(html, "#&gt;\\s+mean\\s+sd\\s+q0\\.025\\s+q0\\.975")
  # A wrapped line that began "4096)" became a list item, and "(batch 4096)" vanished.
  expect_match(html, "\\(batch\\s+4096\\)\\s+0\\.88x as long")
})

test_that("a wrapper has the formals of its help page's usage", {
  expect_equal(names(formals(layer_dense_local_reparameterization))[1:3],
               c("object", "units", "activation"))
  expect_identical(formals(layer_dense_local_reparameterization)$kernel_posterior_fn,
                   quote(tfp$layers$util$default_mean_field_normal_fn()))
})

test_that("only the arguments the caller supplied reach Python, plus ...", {
  module <- tfprobr:::tfprobr_python()
  reticulate::py_set_attr(module, "_test_echo", reticulate::py_eval(
    "lambda *args, **kwargs: sorted(kwargs)"))
  withr::defer(reticulate::py_run_string("import tfprobr; del tfprobr._test_echo"))
  # An R default is never evaluated: evaluating this one would be an error.
  echo <- function(object, units, activation = stop("an R default was evaluated"), ...) {
    tfprobr:::call_python("_test_echo")
  }
  expect_equal(echo(units = 2), "units")
  expect_equal(echo(NULL, 2, activation = NULL, name = "a"),
               c("activation", "name", "object", "units"))
  expect_equal(list(1) %>% echo(units = 1), c("object", "units"))
})

test_that("the pipe composes wrappers as in R tfprobability", {
  model <- keras_model_sequential(input_shape = 2) %>%
    layer_dense_local_reparameterization(units = 16) %>%
    layer_dense_flipout(units = 1)
  expect_equal(length(model$layers), 2L)
  expect_equal(unlist(model$output_shape), 1L)
})

test_that("a wrapper passed to Python is the Python function itself", {
  model <- keras_model_sequential(input_shape = 1) %>%
    layer_dense_local_reparameterization(units = params_size_independent_normal(1)) %>%
    layer_independent_normal(event_shape = 1)
  model$compile(optimizer = "adam", loss = negloglik)
  same <- reticulate::py_eval("lambda a, b: a is b")
  expect_true(same(model$loss, tfprobr:::tfprobr_python()$negloglik))
  expect_output(print(negloglik), "tfprobr function negloglik")
})
