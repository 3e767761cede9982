# Models print as R keras prints them: `model`, print(model), summary(model) and
# str(model) show Keras' layer table. The methods dispatch on tf_keras' Model class
# only (as R/verbs.R's), so R keras, if loaded too, keeps its own for its models.

#' @exportS3Method format tf_keras.src.engine.training.Model
format.tf_keras.src.engine.training.Model <- function(x, line_length = width - (11L * show_trainable),
                                                      positions = NULL, expand_nested = FALSE,
                                                      show_trainable = x$built &&
                                                        as.logical(length(x$non_trainable_weights)),
                                                      ..., compact = TRUE,
                                                      width = getOption("width")) {
  if (!isTRUE(r_value(x$built))) return("Model: <no summary available, model was not built>")
  lines <- character()
  collect <- function(line, ...) {
    lines <<- c(lines, r_value(line))
    NULL
  }
  args <- list(line_length = as.integer(line_length), positions = positions,
               expand_nested = isTRUE(expand_nested), show_trainable = isTRUE(show_trainable),
               print_fn = collect, ...)
  do.call(x$summary, args[!vapply(args, is.null, logical(1))])
  text <- paste(lines, collapse = "\n")
  if (compact) text <- gsub("\n\\s*(?=\n)", "", text, perl = TRUE)
  trimws(text)
}

#' @exportS3Method print tf_keras.src.engine.training.Model
print.tf_keras.src.engine.training.Model <- function(x, ...) {
  writeLines(format(x, ...))
  invisible(x)
}

#' @exportS3Method summary tf_keras.src.engine.training.Model
summary.tf_keras.src.engine.training.Model <- function(object, ...) {
  text <- format(object, ...)
  writeLines(text)
  invisible(text)
}

#' @importFrom reticulate py_str
#' @exportS3Method py_str tf_keras.src.engine.training.Model
py_str.tf_keras.src.engine.training.Model <- function(object, ...) {
  format(object, ...)
}
