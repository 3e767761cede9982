# Models print as R keras prints them: Keras' table of layers (R/model-print.R).

print_model <- function() {
  keras_model_sequential(input_shape = 2, name = "printed") %>%
    layer_dense_local_reparameterization(units = 3, name = "bayes") %>%
    layer_dense_flipout(units = 1, name = "out")
}

test_that("print(model) shows Keras' layer table, not the Python object", {
  model <- print_model()
  text <- capture.output(print(model))
  expect_match(text[[1]], 'Model: "printed"', fixed = TRUE)
  expect_true(any(grepl("^ bayes \\(DenseLocalRep", text)))
  expect_true(any(grepl("^ out \\(DenseFlipout", text)))
  expect_true(any(grepl(paste0("Total params: ", model$count_params(), " "), text, fixed = TRUE)))
  expect_false(any(grepl("object at 0x", text, fixed = TRUE)))
})

test_that("a model at the console prints the table and print() returns the model", {
  model <- print_model()
  expect_identical(capture.output(model), capture.output(print(model)))
  capture.output(shown <- withVisible(print(model)))
  expect_false(shown$visible)
  expect_identical(shown$value, model)
})

test_that("summary(model) prints the table and returns its text invisibly", {
  model <- print_model()
  capture.output(out <- withVisible(summary(model)))
  expect_false(out$visible)
  expect_type(out$value, "character")
  expect_length(out$value, 1L)
  expect_identical(strsplit(out$value, "\n")[[1]], capture.output(print(model)))
  expect_false(grepl("\n\\s*\n", out$value))  # no blank lines
})

test_that("the table fits the console's width, or line_length", {
  model <- print_model()
  narrow <- withr::with_options(list(width = 60), capture.output(print(model)))
  expect_lte(max(nchar(narrow)), 60)
  expect_lte(max(nchar(strsplit(format(model, line_length = 50), "\n")[[1]])), 50)
})

test_that("a model that is not built says so", {
  expect_output(print(keras_model_sequential()),
                "Model: <no summary available, model was not built>", fixed = TRUE)
})

test_that("str(model) shows the table too", {
  expect_output(str(print_model()), 'Model: "printed"', fixed = TRUE)
})
