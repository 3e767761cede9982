# tfprobr's Python module called directly through reticulate, as before the R package
# existed: both ways stay supported.
tp <- reticulate::import("tfprobr")

test_that("the Python module composes with the pipe and fits from R", {
  d <- make_data(n = 32)
  model <- tp$keras_model_sequential(input_shape = 3) %>%
    tp$layer_dense_local_reparameterization(units = 4, activation = "tanh",
                                            kernel_divergence_fn = tp$kl_divergence_fn(1 / 32)) %>%
    tp$layer_dense_flipout(units = 1)
  model$compile(optimizer = "adam", loss = "mse")
  history <- model$fit(d$x, d$y, epochs = 2L, verbose = 0L)
  expect_true(all(is.finite(unlist(history$history$loss))))
  pred <- tp$predict_mc(model, d$x, n_samples = 10L)
  expect_equal(dim(pred), c(32L, 4L))
})

test_that("the Python verbs take R values from the module too", {
  d <- make_data(n = 32)
  model <- tp$keras_model_sequential(input_shape = 3) %>% tp$layer_dense_flipout(units = 1)
  expect_identical(tp$compile_model(model, optimizer = "adam", loss = "mse"), model)
  history <- tp$fit_model(model, d$x, d$y, epochs = 2, verbose = 0)
  expect_equal(history$params$epochs, 2L)
  expect_named(tp$evaluate_model(model, d$x, d$y, verbose = 0), "loss")
  expect_equal(dim(tp$predict_model(model, d$x, verbose = 0)), c(32L, 1L))
  expect_error(tp$fit_model(model, d$x, d$y, epochs = 2.5), "`epochs` must be a whole number")
})

test_that("the module and the R package call the same Python functions", {
  expect_true(reticulate::py_has_attr(tp, "layer_dense_local_reparameterization"))
  # The verbs are S3 methods in R: fit() on a model calls the Python fit_model().
  verbs <- unlist(reticulate::import("tfprobr.verbs")$`__all__`)
  for (name in verbs) {
    method <- tp[[name]]$r_method
    expect_true(is.function(getS3method(method$generic, method$r_class)), info = name)
  }
  functions <- setdiff(unlist(tp$`__all__`), verbs)
  expect_equal(sort(functions), sort(intersect(getNamespaceExports("tfprobr"), functions)))
})

# Help in R: reticulate shows tfprobr's docstrings. py_function_docs() reads the
# numpydoc "Parameters" section only when the Python module docutils is installed
# (a dependency of tfprobr) and every entry has a type ("name : type", also
# "**kwargs : optional"); one entry without a type loses all argument texts.

# py_function_docs() evaluates its argument as R code in the global environment,
# as at an R prompt, so tfprobr must be visible there.
assign("tfprobr", tp, envir = globalenv())
inspect <- reticulate::import("inspect")

documented_arguments <- function(fn) {
  spec <- inspect$getfullargspec(fn)
  # reticulate names the texts of positional-or-keyword arguments only: a keyword-only
  # one (after *args, as layer_concatenate(inputs, ..., axis)'s axis) is counted, unnamed.
  list(named = unlist(spec$args), keyword_only = length(spec$kwonlyargs),
       dots = !is.null(spec$varkw))
}

test_that("py_function_docs gives the summary and every argument's text of every tfprobr function", {
  for (name in tp$`__all__`) {
    docs <- reticulate::py_function_docs(paste0("tfprobr$", name))
    summary <- strsplit(inspect$getdoc(tp[[name]]), "\n")[[1]][[1]]
    expect_equal(docs$description, summary, info = name)
    args <- documented_arguments(tp[[name]])
    for (arg in args$named) {
      text <- docs$parameters[[arg]]
      expect_true(!is.null(text) && !identical(text, arg) && nchar(text) > 10,
                  info = paste0(name, "(", arg, "): no parameter text"))
    }
    # `**kwargs` (R's ...) is documented last; docutils reads its "**" as unclosed
    # emphasis, so its name is lost, but its text arrives.
    expect_equal(length(docs$parameters), length(args$named) + args$keyword_only + args$dots,
                 info = name)
    if (args$dots) {
      expect_true(nchar(docs$parameters[[length(docs$parameters)]]) > 10, info = name)
    }
  }
})

test_that("py_function_docs shows a layer argument's own text", {
  docs <- reticulate::py_function_docs("tfprobr$layer_dense_local_reparameterization")
  expect_match(docs$parameters[["units"]], "^Dimensionality of the output space")
  expect_match(docs$parameters[["kernel_divergence_fn"]], "kl_divergence_fn\\(1 / n\\)")
})

test_that("py_help shows the description and every argument", {
  shown <- NULL
  old <- options(pager = function(files, header, title, delete.file) shown <<- readLines(files))
  on.exit(options(old))
  reticulate::py_help(tp$layer_dense_local_reparameterization)
  text <- paste(shown, collapse = "\n")
  expect_match(text, "Densely-connected layer class with local reparameterization estimator.",
               fixed = TRUE)
  for (arg in documented_arguments(tp$layer_dense_local_reparameterization)$named) {
    expect_match(text, paste0("\n\\s+", arg, " : "), info = arg)
  }
  expect_match(text, "Dimensionality of the output space", fixed = TRUE)
})
