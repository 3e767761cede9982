test_that("R tfprobability's README affine example prints its values", {
  # create an affine transformation that shifts by 3.33 and scales by 0.5
  b <- tfb_shift(3.33)(tfb_scale(0.5))
  y <- b %>% tfb_forward(c(100, 1000, 10000))
  expect_equal(y$dtype$name, "float32")
  expect_equal(as.numeric(y$numpy()), c(53.33, 503.33, 5003.33), tolerance = 1e-6)
})

test_that("R tfprobability's README discrete cosine transform example round-trips", {
  b <- tfb_discrete_cosine_transform()
  x <- matrix(runif(3))
  y <- b %>% tfb_forward(x)
  expect_equal(dim(y$numpy()), c(3L, 1L))
  expect_equal(b %>% tfb_inverse(y) %>% (function(t) t$numpy()), x, tolerance = 1e-6)
})

test_that("bijectors take R values; the methods take R vectors and whole numbers", {
  b <- tfb_permute(permutation = c(1, 3, 0, 2))
  expect_equal(as.numeric((b %>% tfb_forward(seq(0, 0.9, by = 0.3)))$numpy()),
               c(0.3, 0.9, 0, 0.6), tolerance = 1e-6)
  chain <- tfb_chain(list(tfb_shift(-1), tfb_exp()))
  expect_equal(as.numeric((chain %>% tfb_forward(c(0, 1)))$numpy()), exp(c(0, 1)) - 1,
               tolerance = 1e-6)
  ldj <- tfb_exp() %>% tfb_forward_log_det_jacobian(c(0, 1, 2), event_ndims = 1)
  expect_equal(as.numeric(ldj$numpy()), 3)
  b <- tfb_fill_scale_tri_l(tfb_exp(), NULL)
  expect_equal((b %>% tfb_forward(c(0, 0, 0)))$numpy(), diag(2))
})

test_that("a bijector called on a distribution transforms it", {
  log_normal <- tfb_exp()(tfd_normal(0, 1))
  lp <- log_normal %>% tfd_log_prob(c(0.5, 2))
  expect_equal(as.numeric(lp$numpy()), dlnorm(c(0.5, 2), log = TRUE), tolerance = 1e-5)
})

test_that("an R function is a bijector's function", {
  b <- tfb_inline(forward_fn = function(x) x, inverse_fn = function(y) y,
                  forward_log_det_jacobian_fn = function(x) 0, forward_min_event_ndims = 0)
  expect_equal(as.numeric((b %>% tfb_forward(c(1, 2)))$numpy()), c(1, 2))
})

test_that("a class TFP removed is an error naming its successor", {
  expect_error(tfb_affine_scalar(shift = 3.33, scale = 0.5),
               "no longer has.*tfb_shift\\(shift\\)\\(tfb_scale\\(scale\\)\\)")
  expect_error(tfb_gumbel(), "tfb_gumbel_cdf\\(loc, scale\\)")
})
