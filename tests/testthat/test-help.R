# Help pages speak R: one Examples section, in R, printing R values; the verbs'
# pages are found by the verbs' names.

test_that("every help page has R examples only, no Python >>> examples", {
  rd <- tools::Rd_db("tfprobr")
  for (name in names(rd)) {
    page <- paste(as.character(rd[[name]]), collapse = "")
    expect_false(grepl(">>>", page, fixed = TRUE), info = name)
    expect_false(grepl("\\section{Examples}", page, fixed = TRUE), info = name)
  }
})

test_that("help() finds the pages of fit, predict, evaluate and compile by the verb's name", {
  for (verb in c("fit", "predict", "evaluate", "compile")) {
    found <- help(verb, package = "tfprobr")
    expect_length(found, 1L)
    # ?verb, after library(tfprobr): tfprobr's page is among those offered.
    expect_true(any(grepl("/tfprobr/", as.character(help(verb)), fixed = TRUE)), info = verb)
  }
})

test_that("as.array() makes a tensor an R array, as the examples print it", {
  mean <- tfd_normal(loc = c(1, 2), scale = 1) %>% tfd_mean()
  expect_identical(as.array(mean), as.array(c(1, 2)))
  samples <- tfd_normal(loc = 0, scale = 1) %>% tfd_sample(c(2, 3))
  expect_identical(dim(as.array(samples)), c(2L, 3L))
  # A scalar is a plain R number, as in R tensorflow: R tfprobability's tests compare it with one.
  expect_identical(as.array(tfd_normal(0, 2) %>% tfd_stddev()), 2)
})

test_that("the examples of a page print R values, not a Python tensor", {
  rd <- tools::Rd_db("tfprobr")
  for (name in c("tfd_normal.Rd", "tfd_kl_divergence.Rd", "layer_dense_flipout.Rd",
                 "layer_independent_normal.Rd")) {
    code <- tempfile(fileext = ".R")
    tools::Rd2ex(rd[[name]], code)
    out <- capture.output(source(code, local = new.env(), print.eval = TRUE))
    expect_false(any(grepl("tf.Tensor|numpy=|dtype=", out)), info = paste(c(name, out), collapse = "\n"))
    expect_true(length(out) > 0, info = name)
  }
})
