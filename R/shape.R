# shape(): a TensorFlow TensorShape from R values, as R tensorflow's shape() makes it, and
# the R methods of TensorShape (length(), as.integer(), `[[`, c(), ==, print()), which
# register_tensor_methods() registers where R tensorflow is not installed.

shape_class <- "tensorflow.python.framework.tensor_shape.TensorShape"

#' @export
shape <- function(..., dims = list(...)) {
  if (is.null(dims)) return(tf$TensorShape(NULL))
  if (is_tensor(dims)) dims <- tensor_as_array(dims)
  dims <- unlist(lapply(unname(as.list(dims)), shape_dims), recursive = FALSE)
  tf$TensorShape(if (is.null(dims)) list() else dims)
}

# One argument of shape() as a list of dimensions: NULL, NA and -1 are a dimension of
# unknown size; a vector or a TensorShape gives one dimension per element.
shape_dims <- function(value) {
  if (is.null(value)) return(list(NULL))
  if (inherits(value, shape_class)) return(lapply(shape_as_integer(value), na_as_null))
  if (is_tensor(value)) value <- tensor_as_array(value)
  value <- r_value(value)
  if (is.list(value)) return(unlist(lapply(value, shape_dims), recursive = FALSE))
  if (!(is.numeric(value) || all(is.na(value))) || any(!is.na(value) & value != trunc(value))) {
    stop("the dimensions of a shape must be whole numbers, NULL, NA or -1, not ",
         format_value(value), call. = FALSE)
  }
  value <- as.integer(value)
  value[!is.na(value) & value == -1L] <- NA_integer_
  if (any(!is.na(value) & value < 0L)) {
    stop("the dimensions of a shape cannot be negative (other than -1 for unknown): ",
         format_value(value), call. = FALSE)
  }
  lapply(value, na_as_null)
}

na_as_null <- function(x) if (is.na(x)) NULL else x

# A TensorShape's dimensions as R integers, NA for unknown sizes (an error for an
# unknown rank, as TensorFlow's as_list()).
shape_as_integer <- function(x) {
  vapply(r_value(x$as_list()), function(d) if (is.null(d)) NA_integer_ else as.integer(d),
         integer(1))
}

as_shape <- function(x) if (inherits(x, shape_class)) x else shape(dims = x)

shape_rank <- function(x) {
  rank <- r_value(x$rank)
  if (is.null(rank)) NA_integer_ else as.integer(rank)
}

shape_methods <- list(
  length = shape_rank,
  as.integer = function(x, ...) shape_as_integer(x),
  as.double = function(x, ...) as.double(shape_as_integer(x)),
  as.list = function(x, ...) lapply(shape_as_integer(x), na_as_null),
  `[` = function(x, i) shape(dims = lapply(shape_as_integer(x), na_as_null)[i]),
  `[[` = function(x, i) na_as_null(shape_as_integer(x)[[i]]),
  c = function(...) Reduce(function(a, b) a$concatenate(as_shape(b)), list(...)[-1L], ..1),
  `==` = function(e1, e2) r_value(as_shape(e1)$`__eq__`(as_shape(e2))),
  `!=` = function(e1, e2) r_value(as_shape(e1)$`__ne__`(as_shape(e2))),
  format = function(x, ...) {
    if (is.na(shape_rank(x))) "(<unknown>)"
    else sprintf("(%s)", paste(shape_as_integer(x), collapse = ", "))
  },
  print = function(x, ...) {
    writeLines(reticulate::py_repr(x))
    invisible(x)
  }
)
