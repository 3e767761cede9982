#' @export
install_tfprobr <- function(envname = "r-tfprobr", ..., path = NULL, python = NULL,
                            pip_options = character()) {
  # Every check before anything is made: a failed call leaves nothing behind.
  package <- install_source(path)
  if (!is.character(envname) || length(envname) != 1 || is.na(envname) || !nzchar(envname)) {
    stop(sprintf("`envname` must be the name of (or path to) a virtual environment, not %s",
                 shown(envname)), call. = FALSE)
  }
  if (!is.null(python) && (!is.character(python) || length(python) != 1 || is.na(python))) {
    stop(sprintf("`python` must be the path of a Python executable or NULL, not %s",
                 shown(python)), call. = FALSE)
  }
  if (!is.null(python) && !grepl("/", python, fixed = TRUE) && nzchar(Sys.which(python))) {
    python <- unname(Sys.which(python))  # a name on the PATH, e.g. "python3.11"
  }
  existed <- reticulate::virtualenv_exists(envname)
  if (existed) {
    check_existing_env(envname, python)
  } else {
    python <- installing_python(python)
  }
  result <- tryCatch({
    if (!existed) reticulate::virtualenv_create(envname, python = python, ...)
    reticulate::virtualenv_install(envname, package, pip_options = pip_options)
    NULL
  }, error = identity, interrupt = identity)
  if (!is.null(result)) {
    removed <- !existed && reticulate::virtualenv_exists(envname)
    if (removed) unlink(env_dir(envname), recursive = TRUE)
    stop(structure(class = c("tfprobr_install_error", "error", "condition"), list(
      message = paste0(
        "Installing the Python side of tfprobr into the virtual environment '", envname,
        "' failed", if (removed) "; the environment it had created is removed" else "", ".\n",
        "Cause: ", conditionMessage(result)),
      call = NULL)))
  }
  python <- reticulate::virtualenv_python(envname)
  message("Installed the Python side of tfprobr into the virtual environment '", envname, "'. ",
          if (identical(envname, "r-tfprobr")) {
            "Restart R: library(tfprobr) then uses it."
          } else {
            paste0("Restart R with RETICULATE_PYTHON=", python, " to use it.")
          })
  invisible(python)
}

# What pip installs: the release of this version, or a checkout or wheel (`path`).
install_source <- function(path) {
  if (is.null(path)) return(paste0("tfprobr==", utils::packageVersion("tfprobr")))
  what <- "`path` must be a checkout of tfprobr (a directory with pyproject.toml) or a wheel file (.whl)"
  if (!is.character(path) || length(path) != 1 || is.na(path)) {
    stop(sprintf("%s, not %s", what, shown(path)), call. = FALSE)
  }
  if (!file.exists(path)) {
    stop(sprintf("%s, not \"%s\": no such file or directory (the working directory is %s)",
                 what, path, getwd()), call. = FALSE)
  }
  if (dir.exists(path) && !file.exists(file.path(path, "pyproject.toml"))) {
    stop(sprintf("%s, not \"%s\": a directory without pyproject.toml", what, path), call. = FALSE)
  }
  if (!dir.exists(path) && !grepl("\\.whl$", path)) {
    stop(sprintf("%s, not \"%s\": a file that is not a wheel", what, path), call. = FALSE)
  }
  normalizePath(path, mustWork = TRUE)
}

# The Python to make the environment with: `python`, checked, or else the first
# that works of those reticulate would choose and the usual places. A Python
# "works" when, run from R, it is 3.10 to 3.12, can make virtual environments and
# imports ssl (pip needs it to download anything; a pyenv build can lose it under
# R, whose library path differs from the shell's).
installing_python <- function(python) {
  if (!is.null(python)) {
    problem <- python_problem(python)
    if (!is.null(problem)) {
      stop(sprintf(paste0(
        "The Python %s cannot make a working environment for tfprobr: %s.\n",
        "Pass `python =` a Python 3.10 to 3.12 that imports ssl, e.g. ",
        "install_tfprobr(python = \"/usr/bin/python3\")."), python, problem), call. = FALSE)
    }
    return(python)
  }
  candidates <- c(Sys.getenv("RETICULATE_PYTHON"), Sys.which(c("python3", "python")),
                  Sys.which(c("python3.12", "python3.11", "python3.10")),
                  "/usr/bin/python3", "/usr/local/bin/python3")
  candidates <- unique(candidates[nzchar(candidates) & file.exists(candidates)])
  problems <- character()
  for (candidate in candidates) {
    problem <- python_problem(candidate)
    if (is.null(problem)) {
      if (length(problems)) {
        message("Skipped ", paste0(names(problems), " (", problems, ")", collapse = ", "),
                ". Using ", candidate, ".")
      }
      return(candidate)
    }
    problems[[candidate]] <- problem
  }
  stop(paste0(
    "No Python found that can make a working environment for tfprobr",
    if (length(problems)) paste0(":\n", paste0("  ", names(problems), ": ", problems, collapse = "\n")),
    "\nPass `python =` a Python 3.10 to 3.12 that imports ssl, e.g. ",
    "install_tfprobr(python = \"/path/to/python3.11\")."), call. = FALSE)
}

# NULL when `python` works (see installing_python()), else what is wrong with it.
python_problem <- function(python) {
  if (!file.exists(python)) return("no such file")
  code <- paste(
    "import sys, importlib.util as u",
    "v = sys.version_info[:2]",
    "ok = (3, 10) <= v <= (3, 12) or sys.exit('it is Python %d.%d; tfprobr needs 3.10 to 3.12' % v)",
    "ok = u.find_spec('venv') and u.find_spec('ensurepip') or u.find_spec('virtualenv') or sys.exit('it cannot make virtual environments (no venv and ensurepip; on Debian and Ubuntu: apt-get install python3-venv)')",
    "try:\n    import ssl\nexcept Exception as e:\n    sys.exit('its ssl module does not import, so pip cannot download (%s)' % str(e).splitlines()[0])",
    sep = "\n")
  out <- suppressWarnings(tryCatch(
    system2(python, c("-c", shQuote(code)), stdout = TRUE, stderr = TRUE),
    error = function(e) structure(conditionMessage(e), status = 127L)))
  status <- attr(out, "status")
  if (is.null(status) || status == 0) return(NULL)
  out <- out[nzchar(trimws(out))]
  if (!length(out)) return(sprintf("it exits with status %d", status))
  trimws(out[[length(out)]])
}

# An environment that exists is used as it is: stop, saying how to go on, when it
# was made with another Python than `python`, or when its Python does not work.
check_existing_env <- function(envname, python) {
  made_with <- env_base_python(envname)
  remove <- sprintf("reticulate::virtualenv_remove(\"%s\")", envname)
  if (!is.null(python) && !same_python(python, made_with)) {
    stop(sprintf(paste0(
      "The virtual environment '%s' exists, made with %s; install_tfprobr() does not remake it ",
      "with `python = \"%s\"`.\nRemove it first, %s, then run install_tfprobr() again with ",
      "`python = \"%s\"` (or pass another `envname`)."),
      envname, made_with %||% "another Python", python, remove, python), call. = FALSE)
  }
  problem <- python_problem(reticulate::virtualenv_python(envname))
  if (!is.null(problem)) {
    stop(sprintf(paste0(
      "The virtual environment '%s' exists, but its Python (made with %s) cannot be used: %s.\n",
      "Remove it, %s, then run install_tfprobr() again, with `python =` a Python 3.10 to 3.12 ",
      "that imports ssl if the default does not work."),
      envname, made_with %||% "an unknown Python", problem, remove), call. = FALSE)
  }
}

# The Python an environment was made from, as its pyvenv.cfg records it (NULL if it does not).
env_base_python <- function(envname) {
  cfg <- file.path(env_dir(envname), "pyvenv.cfg")
  if (!file.exists(cfg)) return(NULL)
  lines <- readLines(cfg, warn = FALSE)
  fields <- sub("^[^=]*=\\s*", "", lines)
  names(fields) <- trimws(sub("=.*$", "", lines))
  for (key in c("executable", "base-executable")) {
    if (!is.na(fields[key]) && nzchar(fields[[key]])) return(fields[[key]])
  }
  if (!is.na(fields["home"])) return(file.path(fields[["home"]], "python3"))
  NULL
}

same_python <- function(python, made_with) {
  !is.null(made_with) &&
    identical(normalizePath(python, mustWork = FALSE), normalizePath(made_with, mustWork = FALSE))
}

env_dir <- function(envname) dirname(dirname(reticulate::virtualenv_python(envname)))

`%||%` <- function(x, y) if (is.null(x)) y else x

# A short description of a bad value for an error message.
shown <- function(value) {
  if (is.function(value)) return("a function")
  if (inherits(value, "python.builtin.object")) return(sprintf("a Python %s", class(value)[[1]]))
  text <- paste(deparse(value, width.cutoff = 60L, nlines = 1L), collapse = "")
  if (nchar(text) > 60) paste0(substr(text, 1, 57), "...") else text
}
