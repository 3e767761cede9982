#' @export
install_tfprobr <- function(envname = "r-tfprobr", ..., path = NULL, python = NULL,
                            pip_options = character()) {
  package <- if (is.null(path)) {
    paste0("tfprobr==", utils::packageVersion("tfprobr"))
  } else {
    normalizePath(path, mustWork = TRUE)
  }
  reticulate::virtualenv_create(envname, python = python, ...)
  reticulate::virtualenv_install(envname, package, pip_options = pip_options)
  message("Installed the Python side of tfprobr into the virtual environment '", envname,
          "'. Restart R, then library(tfprobr) uses it.")
  invisible(reticulate::virtualenv_python(envname))
}
