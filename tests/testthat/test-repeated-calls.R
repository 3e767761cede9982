# Calling a model again and again from R, as R users do: tracked objects and memory stay flat.
rss_bytes <- function() {
  as.numeric(strsplit(readLines("/proc/self/statm"), " ")[[1]][2]) * 4096
}

test_that("a tfprobr model called 150 times from an R loop stays flat", {
  skip_if_not(file.exists("/proc/self/statm"), "needs Linux /proc")
  reticulate::import("tensorflow")$random$set_seed(NULL)  # see tests/python_api/test_repeated_calls.py
  x <- matrix(rnorm(1000 * 16), 1000, 16)
  model <- keras_model_sequential(input_shape = 16) %>%
    layer_dense_local_reparameterization(units = 64) %>%
    layer_dense_flipout(units = 1)
  for (i in 1:30) model(x)
  tracked <- length(model$layers[[1]]$`_self_tracked_trackables`)
  gc()
  before <- rss_bytes()
  for (i in 1:150) model(x)
  gc()
  growth <- rss_bytes() - before
  expect_equal(length(model$layers[[1]]$`_self_tracked_trackables`), tracked)
  expect_equal(length(model$losses), 2L)
  # TFP's own class keeps a 1000 x 64 loc and scale per call: 150 * 512 kB = 77 MB.
  expect_lt(growth, 0.1 * 150 * 2 * 1000 * 64 * 4)
})
