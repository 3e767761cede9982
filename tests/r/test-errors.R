expect_r_error <- function(expr, pattern) {
  err <- tryCatch({ force(expr); NULL }, error = function(e) e)
  expect_false(is.null(err))
  expect_match(conditionMessage(err), pattern)
}

test_that("bad counts reach R as R errors naming the argument", {
  expect_r_error(tp$layer_dense_local_reparameterization(units = 2.5), "`units`.*2.5")
  expect_r_error(tp$layer_dense_local_reparameterization(units = NA), "`units`.*NA")
  expect_r_error(tp$layer_dense_local_reparameterization(units = "ten"), "`units`.*'ten'")
  expect_r_error(tp$layer_dense_local_reparameterization(), "`units`")
})

test_that("a bad object reaches R as an R error naming object", {
  expect_r_error(tp$layer_dense_local_reparameterization("model", units = 2), "`object`")
})
