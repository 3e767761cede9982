# set_random_seed() for R users: one call seeds R and, through tfprobr's Python
# function of the same name, Python, numpy and TensorFlow. Its help page is
# generated from the Python docstring, so the formals stay exactly (seed).

#' @export
set_random_seed <- function(seed) {
  # Checked before anything is seeded, so a bad seed seeds nothing.
  seed <- py_converted("as_integer", seed, "seed")
  set.seed(r_value(seed))
  invisible(tfprobr_python()$set_random_seed(seed))
}

# `value` through one of tfprobr's Python converters (tfprobr/_internal/convert.py), so
# that its rules and message are the Python functions'; a failure is a plain R error.
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
