# The Python side: tfprobr's Python module, imported on first use, and the one
# path every generated wrapper takes to call it.

# TensorFlow's and TensorFlow Probability's Python modules, exported as R tfprobability
# exports them (`tf$nn$softplus(x)`, `tfp$distributions$Normal`). Filled by .onLoad()
# (loaded on first use, after tfprobr's Python module); defined here so that R CMD check
# sees the bindings (the wrappers' default expressions name them too).
#' @export
tf <- NULL
#' @export
tfp <- NULL
.python <- new.env(parent = emptyenv())

.onLoad <- function(libname, pkgname) {
  # As `import tfprobr` does in Python: TFP's layers are Keras 2 layers, so
  # tf.keras must mean Keras 2 also when the user imports TensorFlow first.
  if (!nzchar(Sys.getenv("TF_USE_LEGACY_KERAS"))) Sys.setenv(TF_USE_LEGACY_KERAS = "1")
  # As `import tfprobr` does too: TensorFlow's C++ log lines (a failed CUDA
  # initialization, ...) are held back unless the user chose a level.
  if (!nzchar(Sys.getenv("TF_CPP_MIN_LOG_LEVEL"))) Sys.setenv(TF_CPP_MIN_LOG_LEVEL = "3")
  # Whatever comes first in R (a tfprobr function, reticulate::import("tensorflow")
  # or "tf_keras"), tfprobr's Python module is imported as Python starts: it holds
  # back TensorFlow's start-up lines, which it prints at its first import whatever
  # the log level (tfprobr/_internal/quiet.py).
  if (!reticulate::py_available()) setHook("reticulate.onPyInit", import_tfprobr_first)
  # An environment made by install_tfprobr() is used unless the user chose a Python.
  if (!nzchar(Sys.getenv("RETICULATE_PYTHON")) && !reticulate::py_available() &&
      reticulate::virtualenv_exists("r-tfprobr")) {
    reticulate::use_virtualenv("r-tfprobr", required = FALSE)
  }
  # delay_load: library(tfprobr) neither fails without Python nor loads TensorFlow
  # (importing tfprobr itself does not import TensorFlow either). Once Python runs,
  # import() would import at once, so then the module waits for its first use.
  if (!reticulate::py_available()) {
    .python$module <- reticulate::import("tfprobr", delay_load = list(
      environment = "r-tfprobr", priority = 10))
  }
  # tfprobr sets TF_USE_LEGACY_KERAS before TensorFlow loads: import it first.
  first_tfprobr <- list(before_load = function() tfprobr_python())
  tf <<- reticulate::import("tensorflow", delay_load = first_tfprobr)
  tfp <<- reticulate::import("tensorflow_probability", delay_load = first_tfprobr)
  # Tensors act as R values (R/tensors.R), unless R tensorflow's methods serve.
  register_tensor_methods()
}

# tfprobr's Python module; an R error that says what to do when it cannot be imported.
tfprobr_python <- function() {
  if (!isTRUE(.python$ready)) {
    .python$module <- tryCatch(quietly({
      module <- if (is.null(.python$module)) reticulate::import("tfprobr") else .python$module
      reticulate::py_get_attr(module, "__version__")  # forces a delayed import
      module
    }), error = function(e) stop(missing_python_error(e)))
    .python$ready <- TRUE
  }
  .python$module
}

# A Python value as an R value (R values as they are).
r_value <- function(value) {
  if (inherits(value, "python.builtin.object")) reticulate::py_to_r(value) else value
}

# reticulate's hook as Python starts: tfprobr's module, if this Python has it.
import_tfprobr_first <- function() {
  try(quietly(reticulate::import("tfprobr")), silent = TRUE)
  invisible()
}

# `expr` without reticulate's noise on the way to a good error: when an import
# fails, reticulate 1.28 prints py_config() (`str()`, to standard output) while it
# builds its message, and it warns about Poetry in any directory whose pyproject.toml
# it misreads as a Poetry project (tfprobr's checkout).
quietly <- function(expr) {
  value <- NULL
  withCallingHandlers(
    utils::capture.output(value <- expr),
    warning = function(w) {
      if (grepl("appears to use Poetry", conditionMessage(w), fixed = TRUE)) {
        invokeRestart("muffleWarning")
      }
    })
  value
}

# Whether the Python side can be used; the generated examples run only then.
python_available <- function() {
  tryCatch({
    tfprobr_python()
    TRUE
  }, error = function(e) FALSE)
}

# Calls the Python function `name` with the arguments the caller of the wrapper
# supplied, by name (see below for a `...` in the middle), and its `...`. A formal the caller left out is not passed at
# all, so the Python default applies: the R default expressions shown in the
# wrappers' formals (and help pages) document the defaults, and are never evaluated.
# `exact = TRUE` sends what reticulate drops from R vectors (see exact_value()), for
# Python functions that read it: the verbs (tfprobr/verbs.py).
call_python <- function(name, exact = FALSE) {
  frame <- parent.frame()
  formal_names <- as.character(names(formals(sys.function(sys.parent()))))
  supplied <- setdiff(formal_names, "...")
  supplied <- supplied[vapply(supplied, function(arg) !eval(call("missing", as.name(arg)), frame),
                              logical(1))]
  args <- mget(supplied, envir = frame)
  if ("..." %in% formal_names) {
    # Formals before a `...` that is not last (R keras' layer_concatenate(inputs, ...,
    # axis)) go by position, ahead of the unnamed `...` values (Python's *args).
    before <- intersect(supplied, formal_names[seq_len(match("...", formal_names) - 1L)])
    if (length(before) && match("...", formal_names) < length(formal_names)) {
      names(args)[match(before, names(args))] <- ""
    }
    args <- c(args, eval(quote(list(...)), frame))
  }
  if (exact) args[] <- lapply(args, exact_value)
  args[] <- lapply(args, function(arg) if (is_plain_list(arg)) with_r_formals(arg) else arg)
  result <- do.call(tfprobr_python()[[name]], args)
  # reticulate keeps a pandas DataFrame's index as an attribute holding a Python
  # object; a default RangeIndex says nothing that R's row names do not.
  if (is.data.frame(result) &&
      inherits(attr(result, "pandas.index"), "pandas.core.indexes.range.RangeIndex")) {
    attr(result, "pandas.index") <- NULL
  }
  result
}

# An R value with what reticulate would drop: a named vector becomes a pandas Series (the
# names its index; reticulate sends the values alone), a logical vector with NA becomes
# doubles (NA as NaN; reticulate sends NA as TRUE). Lists, and data frames' columns, are
# gone through; Python objects and functions stay.
exact_value <- function(x) {
  if (inherits(x, "python.builtin.object") || is.function(x)) return(x)
  if (is.data.frame(x)) {
    x[] <- lapply(x, function(column) if (is.logical(column) && anyNA(column)) as.double(column) else column)
    return(x)
  }
  if (is.list(x)) {
    x[] <- lapply(x, exact_value)
    return(x)
  }
  if (is.logical(x) && anyNA(x)) storage.mode(x) <- "double"
  if (is.atomic(x) && !is.null(names(x)) && is.null(dim(x))) {
    pandas <- reticulate::import("pandas", convert = FALSE)
    return(pandas$Series(as.list(unname(x)), index = as.list(names(x))))
  }
  x
}

# The R functions in a list reach Python with their formals as their signature
# (reticulate::py_func()), as R tfprobability hands over a joint distribution's
# functions: TFP gives each function of tfd_joint_distribution_sequential(list(...))
# as many earlier values as it takes, which it reads from that signature. (Alone,
# an R function arrives as `(*args, **kwargs)`.) A function whose formals Python
# cannot spell stays as it is.
with_r_formals <- function(x) {
  if (is_plain_list(x)) {
    x[] <- lapply(x, with_r_formals)
    x
  } else if (is.function(x) && !inherits(x, c("python.builtin.object", "tfprobr_python_function"))) {
    tryCatch(reticulate::py_func(x), error = function(e) x)
  } else {
    x
  }
}

is_plain_list <- function(x) is.list(x) && !is.data.frame(x) && !inherits(x, "python.builtin.object")

missing_python_error <- function(error) {
  python <- Sys.getenv("RETICULATE_PYTHON")
  structure(class = c("tfprobr_missing_python", "error", "condition"), list(
    message = paste0(
      "The Python side of tfprobr is not available",
      if (nzchar(python)) paste0(" (RETICULATE_PYTHON is ", python, ")"), ".\n",
      "Run tfprobr::install_tfprobr() once to install it (restart R afterwards),\n",
      "or point RETICULATE_PYTHON at a Python that has the Python package tfprobr.\n",
      "Cause: ", sub("\\s*Detected Python configuration:.*$", "", conditionMessage(error))),
    call = NULL))
}

# Passed to Python (`loss = negloglik`, `convert_to_tensor_fn = tfd_mean`), a generated
# wrapper is its Python function, not an R callback: such models save, and run under
# tf.distribute, as from Python. The generator gives each wrapper the class
# tfprobr_python_function and its Python function's name (the attribute python_name).
#' @importFrom reticulate r_to_py
#' @exportS3Method r_to_py tfprobr_python_function
r_to_py.tfprobr_python_function <- function(x, convert = FALSE) {
  reticulate::py_get_attr(tfprobr_python(), python_name(x))
}

#' @exportS3Method print tfprobr_python_function
print.tfprobr_python_function <- function(x, ...) {
  cat("<tfprobr function ", python_name(x), "(): calls the Python function of that name>\n",
      sep = "")
  print(args(x))
  invisible(x)
}

python_name <- function(x) attr(x, "python_name", exact = TRUE)
