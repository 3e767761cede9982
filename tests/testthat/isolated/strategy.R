# R functions under a tf.distribute strategy: R errors, never an aborted R.
# Run by test-errors.R in an R process of its own, because the two logical CPUs
# of the MirroredStrategy must be configured before TensorFlow's first op.
# Prints one line per case: "ok <case>" or "not ok <case>: <why>".
suppressPackageStartupMessages(library(magrittr))
suppressPackageStartupMessages(library(tfprobr))
tf <- reticulate::import("tensorflow")
cpu <- tf$config$list_physical_devices("CPU")[[1]]
tf$config$set_logical_device_configuration(
  cpu, list(tf$config$LogicalDeviceConfiguration(), tf$config$LogicalDeviceConfiguration()))
strategy <- tf$distribute$MirroredStrategy(list("/cpu:0", "/cpu:1"))

check <- function(case, expr, pattern = NULL) {
  err <- tryCatch({ force(expr); NULL }, error = function(e) conditionMessage(e))
  ok <- if (is.null(pattern)) is.null(err) else !is.null(err) && grepl(pattern, err)
  cat(if (ok) "ok " else "not ok ", case,
      if (!ok) paste0(": ", if (is.null(err)) "no error" else err), "\n", sep = "")
}
r_kl <- function(q, p, ignore) q$kl_divergence(p)
x <- matrix(rnorm(8 * 3), 8, 3)
y <- matrix(rnorm(8), 8, 1)

check("an R function given inside strategy$scope() is an R error naming the argument", {
  with(strategy$scope(), {
    layer_dense_local_reparameterization(units = 2, kernel_divergence_fn = r_kl)
  })
}, "`kernel_divergence_fn` is an R function.*strategy.*kl_divergence_fn")

check("an R activation through ... is refused the same way", {
  with(strategy$scope(), {
    layer_dense_local_reparameterization(units = 2, activation = function(x) x)
  })
}, "`activation` is an R function")

check("an R function called from a replica thread is an R error, not an abort", {
  layer <- layer_dense_local_reparameterization(units = 2, kernel_divergence_fn = r_kl)
  layer(x)  # built and called on R's thread: fine
  strategy$run(layer, args = list(x))
}, "`kernel_divergence_fn` is an R function, and TensorFlow called it from a thread")

check("the Python-side helpers fit under the strategy", {
  with(strategy$scope(), {
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_local_reparameterization(units = 1,
                                              kernel_divergence_fn = kl_divergence_fn(1 / 8))
    model$compile(optimizer = "adam", loss = "mse")
  })
  model$fit(x, y, epochs = 1L, verbose = 0L)
})
