# R keras' verbs for tfprobr's models: compile(), fit(), evaluate(), predict().
#
# tfprobr's models are Keras 2 (tf_keras) models. R keras' methods dispatch on
# keras' own classes, so these methods dispatch on tf_keras's Model class only:
# with R keras loaded too, each package drives its own models. Arguments take R
# values as R keras does (epochs = 100, matrices, data frames); they are checked
# before the model is touched, so a bad value leaves the model as it was.

# compile() and fit() are the generics of the generics package, as in R keras,
# re-exported (roxygen2's form: no binding of our own, which would make R register
# the methods below with a local copy of the generic, out of reach of user code).
#' @importFrom generics compile
#' @export
generics::compile

#' @importFrom generics fit
#' @export
generics::fit

# generics::evaluate() has `x` as its first argument, where R keras (through R
# tensorflow) has `object`: `evaluate(model, x = x_test)` must dispatch on the model.
#' @export
evaluate <- function(object, ...) UseMethod("evaluate")

#' @exportS3Method compile tf_keras.src.engine.training.Model
compile.tf_keras.src.engine.training.Model <- function(object, optimizer = NULL, loss = NULL,
                                                       metrics = NULL, loss_weights = NULL,
                                                       weighted_metrics = NULL, run_eagerly = NULL,
                                                       steps_per_execution = NULL, ...) {
  args <- list(
    optimizer = optimizer,
    loss = as_keras_list(loss),
    metrics = as_keras_list(metrics),
    loss_weights = as_keras_list(loss_weights),
    weighted_metrics = as_keras_list(weighted_metrics),
    run_eagerly = as_nullable_flag(run_eagerly, "run_eagerly"),
    steps_per_execution = as_nullable_count(steps_per_execution, "steps_per_execution"),
    ...
  )
  call_keras(object, "compile", args)
  invisible(object)
}

#' @exportS3Method fit tf_keras.src.engine.training.Model
fit.tf_keras.src.engine.training.Model <- function(object, x = NULL, y = NULL, batch_size = NULL,
                                                   epochs = 10, verbose = "auto", callbacks = NULL,
                                                   view_metrics = FALSE, validation_split = 0,
                                                   validation_data = NULL, shuffle = TRUE,
                                                   class_weight = NULL, sample_weight = NULL,
                                                   initial_epoch = 0, steps_per_epoch = NULL,
                                                   validation_steps = NULL, ...) {
  check_same_rows(x = x, y = y, sample_weight = sample_weight)
  if (is.list(validation_data) && !is.data.frame(validation_data) && length(validation_data) %in% 2:3) {
    check_same_rows(validation_data = validation_data)
  }
  args <- list(
    x = as_keras_input(x, "x"),
    y = as_keras_input(y, "y", keep_integers = TRUE),
    batch_size = as_nullable_count(batch_size, "batch_size"),
    epochs = py_converted("as_count", epochs, "epochs"),
    verbose = as_verbose(verbose),
    callbacks = as_callbacks(callbacks),
    validation_split = as_validation_split(validation_split),
    validation_data = as_validation_data(validation_data),
    shuffle = as_shuffle(shuffle),
    class_weight = as_class_weight(class_weight),
    sample_weight = as_sample_weight(sample_weight),
    initial_epoch = py_converted("as_nonnegative_integer", initial_epoch, "initial_epoch"),
    steps_per_epoch = as_nullable_count(steps_per_epoch, "steps_per_epoch"),
    validation_steps = as_nullable_count(validation_steps, "validation_steps"),
    ...
  )
  history <- call_keras(object, "fit", args)
  invisible(new_training_history(history, r_value(args$epochs) - r_value(args$initial_epoch)))
}

#' @exportS3Method evaluate tf_keras.src.engine.training.Model
evaluate.tf_keras.src.engine.training.Model <- function(object, x = NULL, y = NULL, batch_size = NULL,
                                                        verbose = "auto", sample_weight = NULL,
                                                        steps = NULL, callbacks = NULL, ...) {
  check_same_rows(x = x, y = y, sample_weight = sample_weight)
  args <- list(
    x = as_keras_input(x, "x"),
    y = as_keras_input(y, "y", keep_integers = TRUE),
    batch_size = as_nullable_count(batch_size, "batch_size"),
    verbose = as_verbose(verbose),
    sample_weight = as_sample_weight(sample_weight),
    steps = as_nullable_count(steps, "steps"),
    callbacks = as_callbacks(callbacks),
    return_dict = TRUE,
    ...
  )
  result <- r_value(call_keras(object, "evaluate", args))
  vapply(result, function(value) as.numeric(r_value(value)), numeric(1))
}

#' @importFrom stats predict
#' @exportS3Method predict tf_keras.src.engine.training.Model
predict.tf_keras.src.engine.training.Model <- function(object, x, batch_size = NULL, verbose = "auto",
                                                       steps = NULL, callbacks = NULL, ...) {
  check_same_rows(x = x)  # the inputs of a model with several
  args <- list(
    x = as_keras_input(x, "x"),
    batch_size = as_nullable_count(batch_size, "batch_size"),
    verbose = as_verbose(verbose),
    steps = as_nullable_count(steps, "steps"),
    callbacks = as_callbacks(callbacks),
    ...
  )
  r_value(call_keras(object, "predict", args))
}

# The training history ---------------------------------------------------------

#' @exportS3Method print tfprobr_training_history
print.tfprobr_training_history <- function(x, ...) {
  run <- if (length(x$metrics)) sum(!is.na(x$metrics[[1]])) else 0L
  steps <- x$params$steps
  steps <- if (is.null(steps)) "" else sprintf(" (%s step%s per epoch)", steps, if (steps == 1) "" else "s")
  cat(sprintf("Trained for %d epochs%s\n", run, steps))
  if (!run) return(invisible(x))
  last <- vapply(x$metrics, function(values) {
    values <- values[!is.na(values)]
    if (length(values)) values[[length(values)]] else NA_real_
  }, numeric(1))
  cat("Final epoch (plot to see history):\n")
  cat(paste0(format(names(last), justify = "right"), ": ", vapply(signif(last, 4), format, ""), "\n"), sep = "")
  invisible(x)
}

#' @exportS3Method as.data.frame tfprobr_training_history
as.data.frame.tfprobr_training_history <- function(x, ...) {
  names <- names(x$metrics)
  lengths <- lengths(x$metrics)
  metric <- sub("^val_", "", names)
  data <- ifelse(startsWith(names, "val_"), "validation", "training")
  data.frame(
    epoch = unlist(lapply(lengths, seq_len), use.names = FALSE),
    value = unlist(x$metrics, use.names = FALSE),
    metric = factor(rep(metric, lengths), levels = unique(metric)),
    data = factor(rep(data, lengths), levels = c("training", "validation"))
  )
}

#' @importFrom graphics legend lines par points
#' @exportS3Method plot tfprobr_training_history
plot.tfprobr_training_history <- function(x, y, metrics = NULL, method = c("auto", "base"),
                                          smooth = FALSE, ...) {
  method <- match.arg(method)
  df <- as.data.frame(x)
  available <- levels(df$metric)
  if (is.null(metrics)) metrics <- available
  unknown <- setdiff(metrics, available)
  if (length(unknown)) {
    stop(sprintf("`metrics` must name metrics of the history (%s), not %s",
                 paste0('"', available, '"', collapse = ", "),
                 paste0('"', unknown, '"', collapse = ", ")), call. = FALSE)
  }
  colours <- c(training = "#1b6ca8", validation = "#d95f02")
  old <- par(mfrow = c(length(metrics), 1), mar = c(4, 4, 2, 1))
  on.exit(par(old))
  for (name in metrics) {
    rows <- df[df$metric == name & !is.na(df$value), ]
    plot(rows$epoch, rows$value, type = "n", xlab = "epoch", ylab = name, ...)
    shown <- intersect(names(colours), as.character(rows$data))
    for (data in shown) {
      part <- rows[rows$data == data, ]
      points(part$epoch, part$value, col = colours[[data]], pch = 16, cex = 0.6)
      curve <- if (smooth && nrow(part) > 2) stats::lowess(part$epoch, part$value) else
        list(x = part$epoch, y = part$value)
      lines(curve, col = colours[[data]])
    }
    # Above the panel, in its top margin, never over the curves.
    usr <- par("usr")
    legend(mean(usr[1:2]), usr[[4]], legend = shown, col = colours[shown], lty = 1, pch = 16,
           horiz = TRUE, xjust = 0.5, yjust = 0, xpd = TRUE, bty = "n", cex = 0.9)
  }
  invisible(x)
}

new_training_history <- function(history, epochs) {
  params <- r_value(history$params)
  # One value per epoch asked for: epochs after an early stop are NA, as in R keras.
  metrics <- lapply(r_value(history$history), function(values) {
    values <- as.numeric(unlist(values))
    c(values, rep(NA_real_, max(0, epochs - length(values))))
  })
  structure(list(params = params, metrics = metrics), class = "tfprobr_training_history")
}

# Converters from R values --------------------------------------------------
# Whole numbers go through tfprobr's Python converters (tfprobr/_internal/convert.py),
# so their rules and messages are those of the layer functions; a failure becomes a
# plain R error with the converter's message.

py_converted <- function(converter, value, name) {
  tfprobr_python()  # the package first: it sets up Keras 2 before anything imports TensorFlow
  convert <- reticulate::import("tfprobr._internal.convert")
  tryCatch(
    convert[[converter]](value, name),
    error = function(error) stop(python_message(error), call. = FALSE)
  )
}

python_message <- function(error) {
  sub("^[A-Za-z_.]*(Error|Exception): ", "", trimws(conditionMessage(error)))
}

as_nullable_count <- function(value, name) {
  if (is.null(value)) NULL else py_converted("as_count", value, name)
}

as_nullable_flag <- function(value, name) {
  if (is.null(value)) return(NULL)
  if (!is.logical(value) || length(value) != 1 || is.na(value)) {
    stop(sprintf("`%s` must be TRUE, FALSE or NULL, not %s", name, shown(value)), call. = FALSE)
  }
  value
}

as_verbose <- function(value) {
  if (identical(value, "auto")) return(value)
  if (is.numeric(value) && length(value) == 1 && value %in% 0:2) return(as.integer(value))
  stop(sprintf('`verbose` must be "auto", 0, 1 or 2, not %s', shown(value)), call. = FALSE)
}

as_shuffle <- function(value) {
  if (isTRUE(value) || isFALSE(value) || identical(value, "batch")) return(value)
  stop(sprintf('`shuffle` must be TRUE, FALSE or "batch", not %s', shown(value)), call. = FALSE)
}

as_validation_split <- function(value) {
  split <- py_converted("as_float", value, "validation_split")
  if (split < 0 || split >= 1) {
    stop(sprintf("`validation_split` must be a fraction in [0, 1), not %s", shown(value)),
         call. = FALSE)
  }
  split
}

# Several values, or named ones, for an argument Keras takes per output or as a
# list (`loss`, `metrics`): an R list, so that names reach Python as a dict (an
# atomic vector would lose them). One unnamed value or an R/Python object stays.
as_keras_list <- function(value) {
  if (is.atomic(value) && (length(value) > 1 || !is.null(names(value)))) as.list(value) else value
}

as_callbacks <- function(value) {
  if (is.null(value)) return(NULL)
  if (inherits(value, "python.builtin.object")) value <- list(value)
  if (!is.list(value)) {
    stop(sprintf("`callbacks` must be a list of Keras callbacks, not %s", shown(value)), call. = FALSE)
  }
  for (i in seq_along(value)) {
    if (!inherits(value[[i]], "python.builtin.object")) {
      stop(sprintf("`callbacks[[%d]]` must be a Keras callback (a Python object), not %s",
                   i, shown(value[[i]])), call. = FALSE)
    }
  }
  unname(value)
}

as_validation_data <- function(value) {
  if (is.null(value) || inherits(value, "python.builtin.object")) return(value)
  if (!is.list(value) || is.data.frame(value) || !length(value) %in% 2:3) {
    stop(sprintf("`validation_data` must be list(x, y) or list(x, y, sample_weight), not %s",
                 shown(value)), call. = FALSE)
  }
  parts <- list(as_keras_input(value[[1]], "validation_data[[1]]"),
                as_keras_input(value[[2]], "validation_data[[2]]", keep_integers = TRUE))
  if (length(value) == 3) parts[[3]] <- as_sample_weight(value[[3]], "validation_data[[3]]")
  do.call(reticulate::tuple, parts)
}

# Class index (the names, from 0) -> weight, as Keras' dict.
as_class_weight <- function(value) {
  if (is.null(value) || inherits(value, "python.builtin.object")) return(value)
  classes <- suppressWarnings(as.integer(names(value)))
  weights <- suppressWarnings(as.numeric(unlist(value)))
  if (is.null(names(value)) || anyNA(classes) || length(weights) != length(value) || anyNA(weights)) {
    stop(sprintf("`class_weight` must be numbers named by class index, e.g. c(`0` = 1, `1` = 5), not %s",
                 shown(value)), call. = FALSE)
  }
  reticulate::py_dict(as.list(classes), as.list(weights))
}

as_sample_weight <- function(value, name = "sample_weight") {
  if (is.null(value) || inherits(value, "python.builtin.object")) return(value)
  check_numeric(value, name)
  numpy()$ascontiguousarray(as.numeric(value), dtype = floatx())
}

# x or y as Keras takes them: a numeric vector is one column (as in predict_mc()),
# matrices and arrays keep their shape (C order), a data frame is the matrix of
# its numeric columns, a list is several inputs, a Python object passes as is.
# Values become Keras' float type; integers stay integers in `y` (class labels).
as_keras_input <- function(value, name, keep_integers = FALSE) {
  if (is.null(value) || inherits(value, "python.builtin.object")) return(value)
  if (is.data.frame(value)) {
    numeric <- vapply(value, function(column) is.numeric(column) || is.logical(column), logical(1))
    if (!all(numeric)) {
      column <- names(value)[!numeric][[1]]
      stop(sprintf("`%s` must have numeric columns only, not column `%s` of class %s",
                   name, column, class(value[[column]])[[1]]), call. = FALSE)
    }
    value <- as.matrix(value)
  } else if (is.list(value)) {
    labels <- if (is.null(names(value))) sprintf("%s[[%d]]", name, seq_along(value)) else
      sprintf("%s$%s", name, names(value))
    return(Map(as_keras_input, value, labels, MoreArgs = list(keep_integers = keep_integers)))
  }
  check_numeric(value, name)
  if (is.null(dim(value))) value <- matrix(value, ncol = 1)
  dtype <- if (keep_integers && is.integer(value)) "int32" else floatx()
  numpy()$ascontiguousarray(value, dtype = dtype)
}

# One row per example in every input, target and weight: Keras' own error for a
# mismatch ("Data cardinality is ambiguous") names none of the arguments. R values
# only (a vector's rows are its elements); Python objects are left to Keras.
check_same_rows <- function(...) {
  rows <- row_counts(list(...))
  if (length(unique(rows)) > 1) {
    named <- paste0("`", names(rows), "`")
    all_named <- if (length(named) == 2) paste(named, collapse = " and ") else
      paste0(paste(named[-length(named)], collapse = ", "), " and ", named[length(named)])
    stop(sprintf("%s must have the same number of rows (one per example), but %s",
                 all_named, paste0(named, " has ", rows, collapse = ", ")), call. = FALSE)
  }
  invisible()
}

# The rows of each R value in `values` (a named list), named as the argument; a
# list (not a data frame) is several inputs or outputs, each counted.
row_counts <- function(values, prefix = NULL) {
  counts <- integer()
  for (i in seq_along(values)) {
    key <- names(values)[i]
    label <- if (is.null(prefix)) key else if (is.null(key) || !nzchar(key)) {
      sprintf("%s[[%d]]", prefix, i)
    } else {
      sprintf("%s$%s", prefix, key)
    }
    value <- values[[i]]
    if (is.null(value) || inherits(value, "python.builtin.object") || is.function(value)) next
    counts <- c(counts, if (is.list(value) && !is.data.frame(value)) {
      row_counts(value, label)
    } else {
      stats::setNames(NROW(value), label)
    })
  }
  counts
}

check_numeric <- function(value, name) {
  if (!(is.numeric(value) || is.logical(value))) {
    stop(sprintf("`%s` must be numeric (a vector, matrix, array or data frame), not %s",
                 name, shown(value)), call. = FALSE)
  }
  if (anyNA(value)) {
    stop(sprintf("`%s` must not contain NA; the first is at position %d",
                 name, which(is.na(value))[[1]]), call. = FALSE)
  }
}

# Calls a Keras method with the arguments given; NULL ones are left out, so
# Python's defaults apply.
call_keras <- function(object, method, args) {
  args <- args[!vapply(args, is.null, logical(1))]
  do.call(object[[method]], args)
}

r_value <- function(value) {
  if (inherits(value, "python.builtin.object")) reticulate::py_to_r(value) else value
}

# A short description of a bad value for an error message.
shown <- function(value) {
  if (is.function(value)) return("a function")
  if (inherits(value, "python.builtin.object")) return(sprintf("a Python %s", class(value)[[1]]))
  text <- paste(deparse(value, width.cutoff = 60L, nlines = 1L), collapse = "")
  if (nchar(text) > 60) paste0(substr(text, 1, 57), "...") else text
}

numpy <- function() reticulate::import("numpy", convert = FALSE)

floatx <- function() reticulate::py_to_r(reticulate::import("tf_keras", convert = FALSE)$backend$floatx())
