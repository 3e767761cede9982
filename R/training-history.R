# The training history fit() returns in R (class tfprobr_training_history), with its
# print(), as.data.frame() and plot() methods, as R keras' keras_training_history.
# The verbs themselves (compile(), fit(), evaluate(), predict()) are generated from
# tfprobr/verbs.py into R/verbs.R; fit()'s method makes the history from Keras' History.

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

# Keras' History as R's training history: one value per epoch asked for (epochs after
# an early stop are NA, as in R keras). Keras counts the epochs run from initial_epoch.
new_training_history <- function(history) {
  params <- r_value(history$params)
  run <- unlist(r_value(history$epoch))
  epochs <- if (length(run)) params$epochs - run[[1]] else 0
  metrics <- lapply(r_value(history$history), function(values) {
    values <- as.numeric(unlist(values))
    c(values, rep(NA_real_, max(0, epochs - length(values))))
  })
  structure(list(params = params, metrics = metrics), class = "tfprobr_training_history")
}
