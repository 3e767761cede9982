# tfp_version(), as R tfprobability has it: the major and minor version of the
# TensorFlow Probability that tfprobr uses, for comparisons such as
# `tfp_version() >= "0.25"`.

#' @export
tfp_version <- function() {
  parts <- strsplit(r_value(tfp$`__version__`), ".", fixed = TRUE)[[1]]
  package_version(paste(parts[[1]], parts[[2]], sep = "."))
}

# TensorFlow Probability's positive-semidefinite kernels (tfp$math$psd_kernels), as R
# tfprobability's own code and tests reach them; exported here so that its programs find it.

#' @export
get_psd_kernels <- function() {
  tfp$math$psd_kernels
}
