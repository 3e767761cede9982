# set_random_seed() from R: an R double as the seed, the same draws after the same seed.
test_that("set_random_seed(1) with an R double makes the layers' draws repeat", {
  x <- matrix(1, 4, 3)
  layer <- layer_dense_flipout(units = 2)
  layer(x)
  set_random_seed(1)
  first <- layer(x)$numpy()
  set_random_seed(1)
  expect_equal(layer(x)$numpy(), first)
  expect_false(isTRUE(all.equal(layer(x)$numpy(), first)))
})

test_that("a seed that is not a whole number is an error naming `seed`", {
  expect_error(set_random_seed(1.5), "`seed`")
  expect_error(set_random_seed(-1), "`seed`")
})
