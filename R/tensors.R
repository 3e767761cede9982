# Tensors in R, as R tensorflow makes them behave: arithmetic and comparison with R
# numbers (cast to the tensor's dtype), the Math and Summary groups, dim(), length(),
# conversions to R values, print(), t() and `[` with R's one-based indexing.
#
# The methods dispatch on the class R tensorflow gives every tensor, "tensorflow.tensor",
# which a reticulate class filter adds to eager and graph tensors, tf.Variable and
# tf_keras' KerasTensor. Where the R package tensorflow is installed, its own methods
# (and its class filter) serve and tfprobr registers none of these: .onLoad() calls
# register_tensor_methods(), so NAMESPACE carries none of them.

tensor_class <- "tensorflow.tensor"

# Python classes (as reticulate names them) whose objects get `tensor_class`:
# tensorflow.python.types.core.Tensor covers EagerTensor, the graph tensors of traced
# functions and Keras models (SymbolicTensor) and tf.Variable.
tensor_python_classes <- c(
  "tensorflow.python.types.core.Tensor",
  "tensorflow.python.framework.tensor.Tensor",
  "tensorflow.python.ops.variables.Variable",
  "tensorflow.python.ops.ragged.ragged_tensor.RaggedTensor",
  "tensorflow.python.framework.sparse_tensor.SparseTensor",
  "tf_keras.src.engine.keras_tensor.KerasTensor"
)

# Registers the tensor and TensorShape methods, unless `provider` (R tensorflow) is
# installed: then its namespace is loaded, so that its methods serve. TRUE when
# tfprobr's methods were registered.
register_tensor_methods <- function(provider = "tensorflow") {
  if (requireNamespace(provider, quietly = TRUE)) return(invisible(FALSE))
  reticulate::register_class_filter(add_tensor_class)
  ns <- topenv()
  for (generic in names(tensor_methods)) {
    registerS3method(generic, tensor_class, tensor_methods[[generic]], envir = ns)
  }
  for (generic in names(shape_methods)) {
    registerS3method(generic, shape_class, shape_methods[[generic]], envir = ns)
  }
  invisible(TRUE)
}

add_tensor_class <- function(classes) {
  if (any(tensor_python_classes %in% classes) && !(tensor_class %in% classes)) {
    c(tensor_class, classes)
  } else {
    classes
  }
}

is_tensor <- function(x) inherits(x, tensor_class)

# Arithmetic, comparison and logic (the Ops group) --------------------------------

tensor_ops <- function(e1, e2) {
  generic <- .Generic
  if (nargs() == 1L) {
    return(switch(generic,
      "+" = e1,
      "-" = tf$math$negative(e1),
      "!" = tf$math$logical_not(as_bool_tensor(e1)),
      stop(sprintf("unary `%s` is not defined for tensors", generic), call. = FALSE)))
  }
  if (generic %in% c("&", "|")) {
    e1 <- as_bool_tensor(e1)
    e2 <- as_bool_tensor(e2)
    return(if (generic == "&") tf$math$logical_and(e1, e2) else tf$math$logical_or(e1, e2))
  }
  if (generic == "^" && is.numeric(e2) && length(e2) == 1L && is.null(dim(e2))) {
    if (e2 == 2) return(tf$math$square(e1))
    if (e2 == 0.5) return(tf$math$sqrt(e1))
  }
  # An R value takes the dtype of the tensor beside it.
  if (!is_tensor(e1)) e1 <- as_tensor_like(e1, e2)
  if (!is_tensor(e2)) e2 <- as_tensor_like(e2, e1)
  operation <- switch(generic,
    "+" = tf$math$add,
    "-" = tf$math$subtract,
    "*" = tf$math$multiply,
    "/" = tf$math$truediv,
    "^" = tf$math$pow,
    "%%" = tf$math$floormod,
    "%/%" = tf$math$floordiv,
    "==" = tf$math$equal,
    "!=" = tf$math$not_equal,
    "<" = tf$math$less,
    "<=" = tf$math$less_equal,
    ">" = tf$math$greater,
    ">=" = tf$math$greater_equal)
  operation(e1, e2)
}

# An R value as a tensor of `like`'s dtype (a Python object is left to TensorFlow).
# A double that is not a whole number has no integer dtype: an R error, not a silent
# truncation.
as_tensor_like <- function(value, like) {
  if (!is.numeric(value) && !is.logical(value)) return(value)
  dtype <- like$dtype
  if (isTRUE(r_value(dtype$is_bool))) return(tf$constant(as.logical(value), dtype = dtype))
  if (is.logical(value)) value <- as_integer_keeping_dim(value)
  if (isTRUE(r_value(dtype$is_integer)) && is.double(value)) {
    if (any(value != trunc(value), na.rm = TRUE)) {
      stop(sprintf("%s cannot be used with a tensor of dtype %s: it is not a whole number",
                   format_value(value), r_value(dtype$name)), call. = FALSE)
    }
    if (any(abs(value) > .Machine$integer.max, na.rm = TRUE)) {
      return(tf$cast(tf$constant(value, dtype = tf$float64), dtype))
    }
    value <- as_integer_keeping_dim(value)
  }
  tf$constant(value, dtype = dtype)
}

as_integer_keeping_dim <- function(value) {
  storage.mode(value) <- "integer"
  value
}

as_bool_tensor <- function(x) {
  if (is_tensor(x)) {
    if (isTRUE(r_value(x$dtype$is_bool))) x else tf$cast(x, tf$bool)
  } else {
    tf$constant(as.logical(x), dtype = tf$bool)
  }
}

format_value <- function(value) {
  text <- paste(format(utils::head(value, 5)), collapse = ", ")
  if (length(value) > 5) text <- paste0(text, ", ...")
  if (length(value) > 1) paste0("c(", text, ")") else text
}

# Math functions (the Math group) -----------------------------------------------

tensor_math <- function(x, ...) {
  generic <- .Generic
  integer <- isTRUE(r_value(x$dtype$is_integer))
  if (integer && generic %in% c("floor", "ceiling", "trunc", "round")) {
    return(x)
  }
  switch(generic,
    abs = tf$math$abs(x),
    sign = tf$math$sign(x),
    sqrt = tf$math$sqrt(x),
    floor = tf$math$floor(x),
    ceiling = tf$math$ceil(x),
    trunc = tf$where(x < 0, tf$math$ceil(x), tf$math$floor(x)),
    round = round_tensor(x, ...),
    exp = tf$math$exp(x),
    log = log_tensor(x, ...),
    expm1 = tf$math$expm1(x),
    log1p = tf$math$log1p(x),
    log2 = log_tensor(x, 2),
    log10 = log_tensor(x, 10),
    cos = tf$math$cos(x),
    sin = tf$math$sin(x),
    tan = tf$math$tan(x),
    cospi = tf$math$cos(x * pi),
    sinpi = tf$math$sin(x * pi),
    tanpi = tf$math$tan(x * pi),
    acos = tf$math$acos(x),
    asin = tf$math$asin(x),
    atan = tf$math$atan(x),
    cosh = tf$math$cosh(x),
    sinh = tf$math$sinh(x),
    tanh = tf$math$tanh(x),
    acosh = tf$math$acosh(x),
    asinh = tf$math$asinh(x),
    atanh = tf$math$atanh(x),
    lgamma = tf$math$lgamma(x),
    digamma = tf$math$digamma(x),
    trigamma = tf$math$polygamma(tf$constant(1, dtype = x$dtype), x),
    # As R's: along the elements in R's (column-major) order, as a vector.
    cumsum = tf$math$cumsum(as_r_order_vector(x)),
    cumprod = tf$math$cumprod(as_r_order_vector(x)),
    cummax = tf$scan(tf$math$maximum, as_r_order_vector(x)),
    cummin = tf$scan(tf$math$minimum, as_r_order_vector(x)),
    stop(sprintf("%s() is not defined for tensors", generic), call. = FALSE))
}

round_tensor <- function(x, digits = 0) {
  if (identical(as.numeric(digits), 0)) return(tf$math$round(x))
  scale <- 10^digits
  tf$math$round(x * scale) / scale
}

log_tensor <- function(x, base = exp(1)) {
  if (identical(base, exp(1))) tf$math$log(x) else tf$math$log(x) / log(base)
}

# A tensor's elements as a vector in the order R stores the array as.array() gives.
as_r_order_vector <- function(x) {
  if (length(dim(x)) > 1L) x <- tf$transpose(x)
  tf$reshape(x, -1L)
}

# sum(), prod(), max(), min(), range(), all(), any() (the Summary group) ------------

tensor_summary <- function(..., na.rm = FALSE) {
  generic <- .Generic
  args <- list(...)
  axis <- args[["axis"]]
  keepdims <- isTRUE(args[["keepdims"]])
  args[["axis"]] <- NULL
  args[["keepdims"]] <- NULL
  reduce <- function(x, axis = NULL) {
    if (generic %in% c("all", "any")) x <- as_bool_tensor(x)
    axis <- as_axis(axis)
    switch(generic,
      sum = tf$math$reduce_sum(x, axis = axis, keepdims = keepdims),
      prod = tf$math$reduce_prod(x, axis = axis, keepdims = keepdims),
      max = tf$math$reduce_max(x, axis = axis, keepdims = keepdims),
      min = tf$math$reduce_min(x, axis = axis, keepdims = keepdims),
      all = tf$math$reduce_all(x, axis = axis, keepdims = keepdims),
      any = tf$math$reduce_any(x, axis = axis, keepdims = keepdims),
      range = tf$stack(list(tf$math$reduce_min(x, axis = axis, keepdims = keepdims),
                            tf$math$reduce_max(x, axis = axis, keepdims = keepdims))))
  }
  if (length(args) == 1L) return(reduce(args[[1]], axis))
  if (!is.null(axis) || keepdims) {
    stop("`axis` and `keepdims` can be given only when one tensor is reduced", call. = FALSE)
  }
  first <- Find(is_tensor, args)
  values <- lapply(args, function(x) reduce(if (is_tensor(x)) x else as_tensor_like(x, first)))
  if (generic == "range") values <- lapply(values, function(v) tf$reshape(v, -1L))
  reduce(if (generic == "range") tf$concat(values, 0L) else tf$stack(values))
}

# A one-based R axis (or axes) as TensorFlow's zero-based; negative axes count from the end.
as_axis <- function(axis) {
  if (is.null(axis)) return(NULL)
  axis <- as.integer(axis)
  if (any(axis == 0L)) stop("`axis` is one-based: 0 is not an axis", call. = FALSE)
  axis <- ifelse(axis > 0L, axis - 1L, axis)
  if (length(axis) == 1L) axis else as.list(axis)
}

tensor_mean <- function(x, ..., axis = NULL, keepdims = FALSE) {
  tf$math$reduce_mean(x, axis = as_axis(axis), keepdims = keepdims)
}

# Shape, conversion and printing -------------------------------------------------

# NULL for an unknown rank; NA for a dimension of unknown size.
tensor_dim <- function(x) {
  if (is.null(r_value(x$shape$rank))) return(NULL)
  shape_as_integer(x$shape)
}

# The number of elements; NA when a dimension is unknown.
tensor_length <- function(x) {
  n <- r_value(x$shape$num_elements())
  if (is.null(n)) NA_integer_ else as.integer(n)
}

# The R value of an eager tensor or a variable: an R array (a vector for rank 0 and 1).
tensor_as_array <- function(x, ...) {
  if (!reticulate::py_has_attr(x, "numpy") || !isTRUE(r_value(tf$executing_eagerly()))) {
    stop("this tensor is symbolic (part of a Keras model or a traced function): it has no ",
         "value to convert to R; call the model or function on data, then convert its result",
         call. = FALSE)
  }
  value <- tryCatch(x$numpy(), error = function(e) {
    stop("this tensor is symbolic (part of a Keras model or a traced function): it has no ",
         "value to convert to R: ", conditionMessage(e), call. = FALSE)
  })
  # As R tensorflow gives it: a scalar is a plain R value (no dim), R tfprobability's
  # programs compare it with a number; a tensor of rank 1 or more is an R array.
  r_value(value)
}

tensor_methods <- list(
  Ops = tensor_ops,
  Math = tensor_math,
  Summary = tensor_summary,
  mean = tensor_mean,
  dim = tensor_dim,
  length = tensor_length,
  as.array = tensor_as_array,
  as.matrix = function(x, ...) as.matrix(tensor_as_array(x)),
  as.vector = function(x, mode = "any") as.vector(tensor_as_array(x), mode),
  as.double = function(x, ...) as.double(tensor_as_array(x)),
  as.integer = function(x, ...) as.integer(tensor_as_array(x)),
  as.logical = function(x, ...) as.logical(tensor_as_array(x)),
  is.finite = function(x) tf$math$is_finite(x),
  is.infinite = function(x) tf$math$is_inf(x),
  is.nan = function(x) tf$math$is_nan(x),
  t = function(x) {
    rank <- length(dim(x))
    if (rank == 0L) tf$reshape(x, c(1L, 1L))
    else if (rank == 1L) tf$expand_dims(x, 0L)
    else if (rank == 2L) tf$transpose(x)
    else stop("t() takes a tensor of rank 0, 1 or 2; this one has rank ", rank, call. = FALSE)
  },
  print = function(x, ...) {
    # "shape=(3,)" as R writes a vector's dimension: "shape=(3)"
    writeLines(gsub("shape=\\((None|[0-9]+),\\)", "shape=(\\1)", reticulate::py_str(x)))
    invisible(x)
  },
  `[` = function(x, ..., drop = TRUE) {
    tensor_extract(x, match.call(expand.dots = FALSE)$..., drop, parent.frame())
  }
)

# `[` with R's indexing --------------------------------------------------------------
#
# As R tensorflow's default: one-based; a missing index is the whole axis; `a:b` is the
# slice from a to b, both included (b:a runs backwards; `a:b:s` has step s); a sequence
# of whole numbers with one step is that slice; a single number selects one element and
# drops its axis unless `drop = FALSE`; NULL adds an axis. Negative numbers count from
# the end, as in Python (-1 is the last element; a warning says so, once per session).
# 0 and indices beyond a known dimension are errors. A tensor index is passed to
# TensorFlow as it is (zero-based; a warning says so, once per session).

tensor_extract <- function(x, index, drop, env) {
  if (!isTRUE(drop) && !isFALSE(drop)) stop("`drop` must be TRUE or FALSE", call. = FALSE)
  if (is.null(index)) index <- list(quote(expr = ))  # x[]
  if (!is.null(names(index)) && any(nzchar(names(index)))) {
    stop("`[` on a tensor takes no named indices other than `drop`: ",
         paste(names(index)[nzchar(names(index))], collapse = ", "), call. = FALSE)
  }
  specs <- lapply(index, index_spec, env = env)
  dims <- tensor_dim(x)
  axes <- Filter(function(spec) !identical(spec$kind, "newaxis") && !identical(spec$kind, "ellipsis"),
                 specs)
  if (!is.null(dims) && !any(vapply(specs, function(s) identical(s$kind, "ellipsis"), TRUE))) {
    if (length(axes) > length(dims)) {
      stop(sprintf("%d indices given for a tensor of rank %d", length(axes), length(dims)),
           call. = FALSE)
    }
    if (length(axes) < length(dims) && !(length(index) == 1L && identical(specs[[1]]$kind, "all"))) {
      warning(sprintf(paste0("%d indices given for a tensor of rank %d: the last axes are ",
                             "taken whole"), length(axes), length(dims)), call. = FALSE)
    }
  }
  axis <- 0L
  keys <- lapply(specs, function(spec) {
    if (!spec$kind %in% c("newaxis", "ellipsis")) axis <<- axis + 1L
    python_index(spec, if (is.null(dims) || axis > length(dims)) NA_integer_ else dims[[axis]], drop)
  })
  key <- if (length(keys) == 1L) keys[[1L]] else reticulate::tuple(keys)
  x$`__getitem__`(key)
}

# What one index says, before it is checked against its axis.
index_spec <- function(expr, env) {
  if (identical(expr, quote(expr = ))) return(list(kind = "all"))
  if (is.call(expr) && identical(expr[[1L]], as.name(":"))) {
    parts <- if (is.call(expr[[2L]]) && identical(expr[[2L]][[1L]], as.name(":"))) {
      list(expr[[2L]][[2L]], expr[[2L]][[3L]], expr[[3L]])  # a:b:step
    } else {
      list(expr[[2L]], expr[[3L]], NULL)
    }
    values <- lapply(parts, function(part) if (is.null(part)) NULL else eval(part, env))
    return(list(kind = "range", start = values[[1]], stop = values[[2]], step = values[[3]]))
  }
  value <- eval(expr, env)
  if (is.null(value)) return(list(kind = "newaxis"))
  if (inherits(value, "python.builtin.ellipsis")) return(list(kind = "ellipsis", value = value))
  if (inherits(value, c("python.builtin.slice", tensor_class))) {
    return(list(kind = "python", value = value))
  }
  if (!is.numeric(value) || anyNA(value) || any(!is.finite(value)) ||
      any(value != trunc(value)) || !is.null(dim(value)) || !length(value)) {
    stop("a tensor index must be whole numbers, a range `a:b`, NULL or missing, not ",
         deparse(expr)[[1]], call. = FALSE)
  }
  if (length(value) == 1L) return(list(kind = "element", value = as.integer(value)))
  steps <- unique(diff(value))
  if (length(steps) != 1L || steps == 0 || any(value <= 0)) {
    stop("a tensor index of several numbers must be positive with one step between them ",
         "(a slice), as `1:3` or `seq(1, 9, by = 2)`; not ", deparse(expr)[[1]], call. = FALSE)
  }
  list(kind = "range", start = value[[1]], stop = value[[length(value)]], step = steps)
}

# One index as TensorFlow's __getitem__ takes it (zero-based, Python slices).
python_index <- function(spec, dim, drop) {
  switch(spec$kind,
    all = python_slice(NULL, NULL, NULL),
    newaxis = NULL,
    ellipsis = spec$value,
    python = {
      warn_once("tensors", paste0(
        "a tensor given as an index is passed to TensorFlow as it is: zero-based, ",
        "without R's translation"))
      spec$value
    },
    element = {
      i <- check_position(spec$value, dim)
      if (drop) i
      else if (i >= 0L) python_slice(i, i + 1L, NULL)
      else python_slice(i, if (i == -1L) NULL else i + 1L, NULL)
    },
    range = range_slice(spec, dim))
}

# `start:stop` (both included, one-based) as a Python slice.
range_slice <- function(spec, dim) {
  if (is_tensor(spec$start) || is_tensor(spec$stop) || is_tensor(spec$step)) {
    warn_once("tensors", paste0(
      "a tensor given as an index is passed to TensorFlow as it is: zero-based, ",
      "without R's translation"))
    return(python_slice(spec$start, spec$stop, spec$step))
  }
  bound <- function(value, name) {
    if (is.null(value)) return(NULL)
    if (!is.numeric(value) || length(value) != 1L || is.na(value) || value != trunc(value)) {
      stop(sprintf("the %s of a tensor index range must be one whole number, not %s",
                   name, format_value(value)), call. = FALSE)
    }
    as.integer(value)
  }
  start <- bound(spec$start, "start")
  stop <- bound(spec$stop, "end")
  step <- bound(spec$step, "step")
  if (identical(step, 0L)) stop("the step of a tensor index range cannot be 0", call. = FALSE)
  start <- if (is.null(start)) NULL else check_position(start, dim)
  stop <- if (is.null(stop)) NULL else check_position(stop, dim)
  if (is.null(step)) step <- 1L
  # b:a with a < b runs backwards, as in R (both bounds on the same side of 0).
  if (!is.null(start) && !is.null(stop) && start > stop && sign(start + 0.5) == sign(stop + 0.5) &&
      step > 0L) {
    step <- -step
  }
  # Python's stop is excluded: one further in the direction of the step, or to the end.
  if (!is.null(stop)) {
    stop <- stop + as.integer(sign(step))
    if ((step > 0L && stop == 0L) || (step < 0L && stop == -1L)) {
      stop <- NULL
    }
  }
  python_slice(start, stop, if (step == 1L) NULL else step)
}

# A one-based position as a zero-based one; negative positions count from the end.
check_position <- function(i, dim) {
  if (i == 0L) {
    stop("tensor indices are one-based: 0 is not a position (the first element is 1)",
         call. = FALSE)
  }
  if (!is.na(dim) && abs(i) > dim) {
    stop(sprintf("index %d is out of bounds for an axis of size %d", i, dim), call. = FALSE)
  }
  if (i > 0L) return(i - 1L)
  warn_once("negative", paste0(
    "negative tensor indices count from the end, as in Python (-1 is the last element); ",
    "they do not drop elements as in R"))
  i
}

python_slice <- function(start, stop, step) {
  reticulate::import_builtins(convert = FALSE)$slice(start, stop, step)
}

warned <- new.env(parent = emptyenv())

warn_once <- function(what, message) {
  if (isTRUE(warned[[what]])) return(invisible())
  warned[[what]] <- TRUE
  warning(message, call. = FALSE)
}
