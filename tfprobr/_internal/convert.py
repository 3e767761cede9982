"""Converters from R values (as reticulate delivers them) to what TFP and Keras expect.

R has no integer literals in everyday use: ``units = 10`` arrives as ``10.0``,
``kernel_size = c(3, 3)`` as ``[3.0, 3.0]``, a length-one vector as a scalar,
``NULL`` as ``None`` and a logical ``NA`` as ``True``. Every layer and helper
converts its arguments through the few functions here, so that each bad value
fails the same way: a ``TypeError`` or ``ValueError`` that names the argument
and shows the value.

Each converter takes ``(value, name)`` and returns the converted value, so they
can be listed in a ``{argument: converter}`` map (see :func:`convert_args`).
"""

from __future__ import annotations

import math
import numbers
from typing import Any, Callable, Mapping

import numpy as np

from tfprobr._internal.config_function import DistributionProperty, TensorFlowFunction
from tfprobr._internal.names import R_NA_INTEGER
from tfprobr._internal.r_callbacks import guard_r_function

__all__ = [
    "as_integer",
    "as_count",
    "as_nonnegative_integer",
    "as_nullable_integer",
    "as_shape",
    "as_nullable_shape",
    "as_integer_or_tuple",
    "as_count_list",
    "as_string_or_count_list",
    "as_choice",
    "as_nullable_choice",
    "as_match_arg",
    "as_r_axis",
    "as_nullable_integer_or_tuple",
    "as_nullable_activation",
    "as_nullable_count_list",
    "as_callable",
    "as_nullable_callable",
    "as_float",
    "as_nullable_float",
    "as_nullable_axes",
    "as_function_or_name",
    "as_nullable_nonnegative_integer",
    "as_parameter",
    "as_dtype",
    "as_distribution",
    "as_value_for",
    "as_joint_model",
    "as_distribution_list",
    "as_nullable_distribution",
    "as_batch_reshape",
    "as_psd_kernel",
    "as_bijector",
    "as_kernel_provider",
    "as_bijector_list",
    "as_bijector_input",
    "as_integer_array",
    "as_integer_vector",
    "as_list",
    "as_probabilities",
    "convert_args",
    "describe",
    "c_order",
    "is_array_like",
    "is_pandas",
    "BAYESIAN_CONVERTERS",
]

Converter = Callable[[Any, str], Any]


def as_integer(value: Any, name: str) -> int:
    """An R double or integer that is a whole number, as a Python ``int``."""
    if isinstance(value, (bool, np.bool_)):
        raise TypeError(
            f"`{name}` must be a whole number, not the logical {value!r} "
            "(an R NA or TRUE/FALSE arrives in Python as a bool)"
        )
    if isinstance(value, numbers.Integral):
        if int(value) == R_NA_INTEGER:
            raise ValueError(f"`{name}` must be a whole number, not NA ({value!r})")
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            raise ValueError(f"`{name}` must be a whole number, not NA/NaN ({value!r})")
        if math.isinf(number) or not number.is_integer():
            raise ValueError(f"`{name}` must be a whole number, not {value!r}")
        return int(number)
    if isinstance(value, np.ndarray) and value.size == 1 and value.ndim <= 1:
        return as_integer(value.reshape(()).item(), name)
    raise TypeError(f"`{name}` must be a whole number, not {describe(value)}")


def as_count(value: Any, name: str) -> int:
    """A positive whole number (``units``, ``filters``, ``params``...)."""
    number = as_integer(value, name)
    if number < 1:
        raise ValueError(f"`{name}` must be a positive whole number, not {value!r}")
    return number


def as_nonnegative_integer(value: Any, name: str) -> int:
    """A whole number >= 0 (e.g. ``reinterpreted_batch_ndims``)."""
    number = as_integer(value, name)
    if number < 0:
        raise ValueError(f"`{name}` must be a whole number >= 0, not {value!r}")
    return number


def as_nullable_integer(value: Any, name: str) -> int | None:
    """Like :func:`as_integer`, but R's ``NULL`` (``None``) stays ``None``."""
    return None if value is None else as_integer(value, name)


def as_shape(value: Any, name: str, *, allow_unknown: bool = False) -> tuple:
    """A shape: a scalar or a vector of whole numbers >= 0, as a tuple of ints.

    ``10`` -> ``(10,)``, ``c(2, 3)`` -> ``(2, 3)``, ``list()`` -> ``()``. With
    ``allow_unknown``, ``None`` or an R ``NA`` element marks an unknown dimension.
    """
    if value is None:
        raise TypeError(f"`{name}` must be a shape (a number or a vector of numbers), not None")
    elements = _as_sequence(value, name)
    dims = []
    for position, element in enumerate(elements):
        if allow_unknown and (element is None or _is_na(element)):
            dims.append(None)
            continue
        label = f"{name}[{position}]" if len(elements) > 1 else name
        dims.append(as_nonnegative_integer(element, label))
    return tuple(dims)


def as_nullable_shape(value: Any, name: str) -> tuple | None:
    """Like :func:`as_shape`, but R's ``NULL`` (``None``) stays ``None``."""
    return None if value is None else as_shape(value, name)


def as_integer_or_tuple(value: Any, name: str, *, length: int | None = None) -> int | tuple:
    """A size per spatial dimension: a positive scalar stays an int, a vector becomes a tuple.

    This is what Keras' convolutions take for ``kernel_size``, ``strides`` and
    ``dilation_rate`` (``3`` or ``c(3, 3)``). With ``length``, a vector must
    have one element per dimension (a length-1 R vector arrives as a scalar,
    which means the same size in every dimension).
    """
    if _is_scalar(value):
        return as_count(value, name)
    elements = _as_sequence(value, name)
    if not elements:
        raise ValueError(f"`{name}` must have at least one element, not {value!r}")
    if length is not None and len(elements) not in (1, length):
        raise ValueError(
            f"`{name}` must be one number or a vector of {length} numbers, not {value!r}"
        )
    sizes = tuple(as_count(element, f"{name}[{i}]") for i, element in enumerate(elements))
    return sizes[0] if len(sizes) == 1 else sizes


def as_count_list(value: Any, name: str) -> list:
    """A scalar or a vector of positive whole numbers, as a list of ints."""
    elements = _as_sequence(value, name)
    return [as_count(element, f"{name}[{i}]") for i, element in enumerate(elements)]


def as_nullable_count_list(value: Any, name: str) -> list | None:
    """Like :func:`as_count_list`, but ``None`` stays ``None`` (not ``[]``)."""
    return None if value is None else as_count_list(value, name)


def as_string_or_count_list(value: Any, name: str, *, choices: tuple = ()) -> str | list:
    """A keyword (one of ``choices``, e.g. ``"left-to-right"``), or a vector of positive whole numbers as a list."""
    if isinstance(value, str):
        return as_choice(value, name, choices) if choices else value
    return as_count_list(value, name)


def as_nullable_choice(value: Any, name: str, choices: tuple) -> str | None:
    """Like :func:`as_choice`, but R's ``NULL`` (``None``) stays ``None`` (Keras' default then)."""
    return None if value is None else as_choice(value, name, choices)


def as_match_arg(value: Any, name: str, choices: tuple) -> str:
    """R's ``match.arg()``: the whole vector of ``choices`` (the default) means its first; else one of them."""
    if isinstance(value, (list, tuple)) and tuple(value) == tuple(choices):
        return choices[0]
    return as_choice(value, name, choices)


def as_r_axis(value: Any, name: str) -> int | list | None:
    """R keras' axis: counted from 1 (``1`` is Python's ``0``), negative from the end; a vector gives a list.

    ``NULL`` stays ``None``; ``0`` is an error, as in R keras.
    """
    if value is None:
        return None
    if not _is_scalar(value):
        elements = _as_sequence(value, name)
        return [as_r_axis(element, f"{name}[{i}]") for i, element in enumerate(elements)]
    axis = as_integer(value, name)
    if axis == 0:
        raise ValueError(f"`{name}` counts from 1 (as in R keras), or from the end when negative; not 0")
    return axis - 1 if axis > 0 else axis


def as_nullable_integer_or_tuple(value: Any, name: str, *, length: int | None = None):
    """Like :func:`as_integer_or_tuple`, but R's ``NULL`` (``None``) stays ``None``."""
    return None if value is None else as_integer_or_tuple(value, name, length=length)


def as_choice(value: Any, name: str, choices: tuple) -> str:
    """One of the strings ``choices`` (any case: Keras lower-cases ``padding``); the error lists them."""
    if isinstance(value, str) and value.lower() in choices:
        return value.lower()
    allowed = ", ".join(f'"{choice}"' for choice in choices)
    error = ValueError if isinstance(value, str) else TypeError
    raise error(f"`{name}` must be one of {allowed}, not {describe(value)}")


def as_nullable_activation(value: Any, name: str):
    """An activation: ``None``, a function, or the name of one of Keras' activations (e.g. ``"relu"``)."""
    if value is None:
        return None
    if not isinstance(value, str):
        return as_callable(value, name)
    try:
        import tf_keras as keras_module
    except ImportError:  # a Keras 3 environment without Keras 2: the same names
        import keras as keras_module

    try:
        keras_module.activations.get(value)
    except ValueError:
        raise ValueError(
            f"`{name}` must be a function or the name of a Keras activation (e.g. \"relu\", "
            f"\"tanh\", \"softplus\"), not {value!r}"
        ) from None
    return value


def as_callable(value: Any, name: str) -> Callable:
    """A function (an R function arrives as a Python callable; see :func:`~tfprobr._internal.r_callbacks.guard_r_function`)."""
    if not callable(value):
        raise TypeError(f"`{name}` must be a function, not {describe(value)}")
    return guard_r_function(value, name)


def as_nullable_callable(value: Any, name: str) -> Callable | None:
    """Like :func:`as_callable`, but ``None`` stays ``None``."""
    return None if value is None else as_callable(value, name)


def as_float(value: Any, name: str) -> float:
    """A finite real number (R double or integer)."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"`{name}` must be a number, not {describe(value)}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"`{name}` must be a finite number, not {value!r}")
    return number


def as_probabilities(value: Any, name: str) -> tuple:
    """A vector of distinct probabilities strictly between 0 and 1, as a tuple of floats.

    ``0.5`` -> ``(0.5,)``, ``c(0.025, 0.975)`` -> ``(0.025, 0.975)``; ``NULL``
    or an empty vector -> ``()``.
    """
    if value is None:
        return ()
    elements = _as_sequence(value, name)
    probabilities = []
    for position, element in enumerate(elements):
        label = f"{name}[{position}]" if len(elements) > 1 else name
        number = as_float(element, label)
        if not 0 < number < 1:
            raise ValueError(f"`{label}` must be a probability strictly between 0 and 1, not {element!r}")
        probabilities.append(number)
    if len(set(probabilities)) < len(probabilities):
        raise ValueError(f"`{name}` must not repeat a probability, not {value!r}")
    return tuple(probabilities)


def as_nullable_float(value: Any, name: str) -> float | None:
    """Like :func:`as_float`, but R's ``NULL`` (``None``) stays ``None``."""
    return None if value is None else as_float(value, name)


def as_nullable_axes(value: Any, name: str) -> tuple | None:
    """Axes to reduce over: a whole number or a vector of them (negative counts from the end).

    ``NULL`` (``None``) stays ``None`` (all axes); ``list()`` gives ``()`` (no axis).
    """
    if value is None:
        return None
    elements = _as_sequence(value, name)
    return tuple(
        as_integer(element, f"{name}[{i}]" if len(elements) > 1 else name)
        for i, element in enumerate(elements)
    )


def as_function_or_name(value: Any, name: str, *, named: Mapping | None = None) -> Callable | str:
    """A function, or the name of one (e.g. ``"mean"``).

    With ``named`` (a mapping of the names allowed to the defaults that stand
    for them, see :mod:`tfprobr._internal.defaults`), a name becomes its
    default; without it, a name is passed on, for the receiving TFP class to
    look up. A default that stands for a TensorFlow function is replaced by
    what it resolves to: that function, so the built object is what TFP itself
    builds (one draw is seeded from tfprobr's stream, by name too). A property
    (``tfp$distributions$Bernoulli$logits``) means its getter, as in TFP (see
    :class:`~tfprobr._internal.config_function.DistributionProperty`).
    """
    if isinstance(value, str):
        if not named:
            return value
        value = named[as_choice(value, name, tuple(named))]
    if isinstance(value, TensorFlowFunction):
        return value.resolve()
    if isinstance(value, property):
        # As TFP takes it (its getter), e.g. tfp$distributions$Bernoulli$logits; one of a TFP
        # distribution class becomes an object a model file can hold.
        return DistributionProperty.of(value) or as_callable(value.fget, name)
    return as_callable(value, name)


def as_nullable_nonnegative_integer(value: Any, name: str) -> int | None:
    """Like :func:`as_nonnegative_integer`, but R's ``NULL`` (``None``) stays ``None``."""
    return None if value is None else as_nonnegative_integer(value, name)


def as_parameter(value: Any, name: str):
    """A distribution parameter: R numbers, vectors, matrices and arrays become ``float32`` arrays.

    R matrices arrive in Fortran order and R numbers as float64; TFP would
    build a float64 distribution from them, which then fails against a Keras
    model's float32 tensors. (Beside float64 tensors of the same call, the
    ``tfd_*`` constructors then cast them to float64: see
    :func:`tfprobr._internal.declare.distribution_function`.) ``None``, Python
    numbers (TFP makes them float32), tensors and values that are not numeric
    arrays (e.g. a list of tensors) pass unchanged, for TFP to check.
    """
    if value is None or isinstance(value, (bool, int, float)) or _is_tensor(value):
        return value
    if is_pandas(value):
        value = value.to_numpy()
    try:
        array = np.asarray(value)
    except (TypeError, ValueError):  # e.g. a ragged list
        return value
    if array.dtype.kind in "biuf":
        return c_order(array, np.float32)
    if array.dtype.kind == "O":
        return value
    raise TypeError(f"`{name}` must be numeric, not {describe(value)}")


def as_dtype(value: Any, name: str):
    """A TensorFlow data type, from a name such as ``"int32"`` or a ``tf$int32`` object.

    A default spelled ``tf$int32`` (a :class:`TensorFlowFunction`) is the type it names.
    """
    import tensorflow as tf

    if isinstance(value, TensorFlowFunction):
        value = value.resolve()
    try:
        return tf.as_dtype(value)
    except TypeError:
        raise TypeError(f"`{name}` must be a data type such as \"int32\", not {describe(value)}") from None


def as_distribution(value: Any, name: str):
    """A TFP distribution (anything with ``log_prob`` and ``batch_shape``).

    The output of a Keras 3 distribution layer (its parameters; or the pair
    ``(params, layer)``) becomes its distribution: TFP's on the TensorFlow
    backend, else a :class:`~tfprobr._internal.keras3.distributions.ParamsDistribution`.
    """
    if hasattr(value, "log_prob") and hasattr(value, "batch_shape"):
        return value
    from tfprobr._internal.keras3.distributions import distribution_of

    keras3 = distribution_of(value, name)
    if keras3 is not None:
        return keras3.best()
    raise TypeError(
        f"`{name}` must be a distribution (e.g. made by tfd_normal()), not {describe(value)}"
        + (" (a tensor that no Keras 3 distribution layer returned; for one it did, pass the "
           "pair list(params, layer))" if hasattr(value, "shape") and hasattr(value, "dtype") else "")
    )


def as_value_for(distribution, value: Any, name: str = "value"):
    """An R value (double, vector, matrix, array) as a tensor of the distribution's data type.

    Tensors pass unchanged, and so does anything for a distribution whose data
    type is a structure (a joint distribution takes a list of values).
    """
    import tensorflow as tf

    dtype = distribution.dtype
    if tf.is_tensor(value) or isinstance(value, tf.Variable) or not isinstance(dtype, tf.DType):
        return value
    return _as_tensor(value, dtype, name)


def _as_tensor(value: Any, dtype, name: str):
    """A number, vector, matrix, array or data frame as a tensor of ``dtype`` (a ``tf.DType``)."""
    import tensorflow as tf

    if is_pandas(value):
        value = value.to_numpy()
    try:
        array = np.asarray(value).astype(dtype.as_numpy_dtype)
    except (TypeError, ValueError) as error:
        raise TypeError(
            f"`{name}` must be numeric (a number, vector, matrix or tensor), not {value!r}: {error}"
        ) from None
    return tf.convert_to_tensor(c_order(array))


def c_order(array: np.ndarray, dtype=None) -> np.ndarray:
    """``array`` in C order (R matrices arrive in Fortran order), of ``dtype``, keeping its shape.

    Unlike ``np.ascontiguousarray``, which makes a 0-d array 1-d: an R number
    (or length-1 vector) stays a scalar, as in R tfprobability.
    """
    return np.asarray(array, dtype=dtype, order="C")


def as_joint_model(value: Any, name: str) -> list | dict:
    """A joint distribution's ``model``: distributions and functions making them.

    A list (an unnamed R list) stays a list; a dict (an R named list, for the
    ``*_named`` joint distributions) stays a dict, each function's argument
    names naming the elements it depends on.
    """
    if isinstance(value, Mapping):
        return {key: _model_element(item, f"{name}${key}") for key, item in value.items()}
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    return [_model_element(item, f"{name}[{i}]") for i, item in enumerate(items)]


def _model_element(item: Any, name: str):
    return item if hasattr(item, "log_prob") else as_callable(item, name)


def as_distribution_list(value: Any, name: str) -> list:
    """A list of distributions (an R list), e.g. a mixture's components."""
    if not isinstance(value, (list, tuple)):
        raise TypeError(
            f"`{name}` must be a list of distributions (e.g. list(tfd_normal(0, 1), "
            f"tfd_normal(1, 1))), not {describe(value)}"
        )
    return [as_distribution(item, f"{name}[{i}]") for i, item in enumerate(value)]


def as_nullable_distribution(value: Any, name: str):
    """Like :func:`as_distribution`, but R's ``NULL`` (``None``) stays ``None``."""
    return None if value is None else as_distribution(value, name)


def as_batch_reshape(value: Any, name: str) -> tuple:
    """A new batch shape: whole numbers >= 0, one of which may be -1 (inferred), as a tuple."""
    elements = _as_sequence(value, name)
    dims = tuple(
        as_integer(element, f"{name}[{i}]" if len(elements) > 1 else name)
        for i, element in enumerate(elements)
    )
    if any(dim < -1 for dim in dims) or dims.count(-1) > 1:
        raise ValueError(
            f"`{name}` must be whole numbers >= 0, at most one of them -1, not {value!r}"
        )
    return dims


def as_psd_kernel(value: Any, name: str):
    """A positive semidefinite kernel of ``tfp.math.psd_kernels`` (R: ``tfp$math$psd_kernels``)."""
    if not (hasattr(value, "matrix") and hasattr(value, "feature_ndims")):
        raise TypeError(
            f"`{name}` must be a kernel of tfp.math.psd_kernels (in R: "
            f"tfp$math$psd_kernels$ExponentiatedQuadratic(), ...), not {describe(value)}"
        )
    return value


def as_kernel_provider(value: Any, name: str):
    """A Keras layer with a ``kernel`` property giving a ``tfp.math.psd_kernels`` kernel."""
    if not (hasattr(value, "trainable_variables") and hasattr(type(value), "kernel")):
        raise TypeError(
            f"`{name}` must be a Keras layer with a `kernel` property that returns a kernel of "
            f"tfp.math.psd_kernels, not {describe(value)}"
        )
    return value


def as_bijector(value: Any, name: str):
    """A TFP bijector (anything with ``forward``, ``inverse`` and ``forward_log_det_jacobian``)."""
    if not all(hasattr(value, method) for method in
               ("forward", "inverse", "forward_log_det_jacobian")):
        raise TypeError(
            f"`{name}` must be a bijector (e.g. made by tfb_exp()), not {describe(value)}"
        )
    return value


def as_bijector_list(value: Any, name: str) -> list:
    """A list of bijectors (R: ``list(tfb_exp(), tfb_sigmoid())``); one bijector is a list of one."""
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    return [as_bijector(item, f"{name}[{i}]") for i, item in enumerate(items)]


def as_bijector_input(bijector, value: Any, name: str):
    """An R value as a tensor of the bijector's data type (``float32`` when it has none).

    Tensors pass unchanged. A list holding tensors stays a list, each element
    converted: bijectors of several parts (``tfb_split()``'s inverse) take
    one; other values (numbers, vectors, matrices, nested lists) become one
    tensor.
    """
    import tensorflow as tf

    if tf.is_tensor(value) or isinstance(value, tf.Variable):
        return value
    dtype = bijector.dtype if isinstance(bijector.dtype, tf.DType) else tf.float32
    if isinstance(value, (list, tuple)) and any(
            tf.is_tensor(item) or isinstance(item, tf.Variable) for item in value):
        return [as_bijector_input(bijector, item, f"{name}[{i}]") for i, item in enumerate(value)]
    return _as_tensor(value, dtype, name)


def as_integer_array(value: Any, name: str):
    """Whole numbers of any sign, as R's ``as.integer()`` gives them: a scalar as an ``int``,
    a vector or nested list (``list(c(0, 1))``) as nested lists of ``int``.

    Tensors and variables (e.g. a permutation from ``tf$linalg$lu``) pass unchanged.
    """
    if _is_tensor(value):
        return value
    if _is_scalar(value):
        return as_integer(value, name)
    if is_pandas(value):
        value = value.to_numpy()
    try:
        array = np.asarray(value)
    except (TypeError, ValueError):  # e.g. a ragged list
        array = np.asarray([], dtype=object)
    if array.dtype.kind not in "iuf":  # characters, logicals (R's NA), objects
        raise TypeError(f"`{name}` must be whole numbers, not {describe(value)}")
    array = array.astype(float)
    if not (np.all(np.isfinite(array)) and np.all(array == np.round(array))):
        raise ValueError(f"`{name}` must be whole numbers, not {value!r}")
    return array.astype(np.int64).tolist()


def as_integer_vector(value: Any, name: str):
    """Like :func:`as_integer_array`, but a scalar is a vector of one: a shape or a permutation."""
    result = as_integer_array(value, name)
    return [result] if isinstance(result, int) else result


def as_list(value: Any, name: str) -> list:
    """An R list (or vector) as a Python list; one value (an R list of one arrives bare) is a list of one."""
    return list(value) if isinstance(value, (list, tuple)) else [value]


def convert_args(args: Mapping[str, Any], converters: Mapping[str, Converter]) -> dict:
    """Return a copy of ``args`` with each named argument passed through its converter.

    Every argument that is an R function, converted or not (an R ``activation``
    arrives through ``...`` too), is guarded by :func:`~tfprobr._internal.r_callbacks.guard_r_function`.
    """
    converted = dict(args)
    for name, converter in converters.items():
        if name in converted:
            converted[name] = converter(converted[name], name)
    return {name: guard_r_function(value, name) for name, value in converted.items()}


def _is_scalar(value: Any) -> bool:
    return isinstance(value, (numbers.Number, np.generic, str, bytes)) or (
        isinstance(value, np.ndarray) and value.ndim == 0
    )


def _as_sequence(value: Any, name: str) -> list:
    if isinstance(value, (str, bytes)):
        raise TypeError(f"`{name}` must be a number or a vector of numbers, not {describe(value)}")
    if _is_scalar(value):
        return [value]
    if isinstance(value, np.ndarray):
        return value.reshape(-1).tolist()
    if isinstance(value, (list, tuple)):
        return list(value)
    # A TensorShape or similar iterable of dimensions.
    if hasattr(value, "as_list"):
        return list(value.as_list())
    raise TypeError(f"`{name}` must be a number or a vector of numbers, not {describe(value)}")


def is_pandas(value: Any) -> bool:
    """Whether ``value`` is a pandas DataFrame or Series (an R data.frame), without importing pandas."""
    return type(value).__module__.split(".")[0] == "pandas" and type(value).__name__ in (
        "DataFrame", "Series")


def is_array_like(value: Any) -> bool:
    """Whether ``value`` is a numpy array or a pandas DataFrame/Series (an R matrix, array or data.frame)."""
    return isinstance(value, np.ndarray) or is_pandas(value)


def _is_tensor(value: Any) -> bool:
    return type(value).__module__.split(".")[0] in ("tensorflow", "tensorflow_probability", "tf_keras")


def _is_na(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_)) and (
        (isinstance(value, numbers.Integral) and int(value) == R_NA_INTEGER)
        or math.isnan(float(value))
    )


def describe(value: Any) -> str:
    """``value`` in an error message: its ``repr`` (cut at 60 characters) and its type."""
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{text} (of type {type(value).__name__})"


# The argument block of the nine Bayesian estimator layers: ``activation`` and
# TFP's eight function arguments (in R's order), each with its converter.
BAYESIAN_CONVERTERS = {
    "activation": as_nullable_activation,
    "kernel_posterior_fn": as_callable,
    "kernel_posterior_tensor_fn": as_callable,
    "kernel_prior_fn": as_nullable_callable,
    "kernel_divergence_fn": as_nullable_callable,
    "bias_posterior_fn": as_nullable_callable,
    "bias_posterior_tensor_fn": as_callable,
    "bias_prior_fn": as_nullable_callable,
    "bias_divergence_fn": as_nullable_callable,
}
