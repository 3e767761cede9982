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
