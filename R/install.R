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
  python <- reticulate::virtualenv_python(envname)
  message("Installed the Python side of tfprobr into the virtual environment '", envname, "'. ",
          if (identical(envname, "r-tfprobr")) {
            "Restart R: library(tfprobr) then uses it."
          } else {
            paste0("Restart R with RETICULATE_PYTHON=", python, " to use it.")
          })
  invisible(python)
}
