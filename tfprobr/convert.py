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

__all__ = [
    "as_integer",
    "as_count",
    "as_nullable_count",
    "as_nonnegative_integer",
    "as_nullable_integer",
    "as_shape",
    "as_nullable_shape",
    "as_integer_or_tuple",
    "as_count_list",
    "as_nullable_count_list",
    "as_callable",
    "as_nullable_callable",
    "as_float",
    "as_nullable_float",
    "as_nullable_axes",
    "as_function_or_name",
    "as_probabilities",
    "convert_args",
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
        if int(value) == -2147483648:  # how R's NA_integer_ arrives
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
    raise TypeError(f"`{name}` must be a whole number, not {_describe(value)}")


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


def as_nullable_count(value: Any, name: str) -> int | None:
    """Like :func:`as_count`, but R's ``NULL`` (``None``) stays ``None``."""
    return None if value is None else as_count(value, name)


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


def as_integer_or_tuple(value: Any, name: str) -> int | tuple:
    """A size per spatial dimension: a positive scalar stays an int, a vector becomes a tuple.

    This is what Keras' convolutions take for ``kernel_size``, ``strides`` and
    ``dilation_rate`` (``3`` or ``c(3, 3)``).
    """
    if _is_scalar(value):
        return as_count(value, name)
    elements = _as_sequence(value, name)
    if not elements:
        raise ValueError(f"`{name}` must have at least one element, not {value!r}")
    return tuple(as_count(element, f"{name}[{i}]") for i, element in enumerate(elements))


def as_count_list(value: Any, name: str) -> list:
    """A scalar or a vector of positive whole numbers, as a list of ints."""
    elements = _as_sequence(value, name)
    return [as_count(element, f"{name}[{i}]") for i, element in enumerate(elements)]


def as_nullable_count_list(value: Any, name: str) -> list | None:
    """Like :func:`as_count_list`, but ``None`` stays ``None`` (not ``[]``)."""
    return None if value is None else as_count_list(value, name)


def as_callable(value: Any, name: str) -> Callable:
    """A function (an R function arrives as a Python callable)."""
    if not callable(value):
        raise TypeError(f"`{name}` must be a function, not {_describe(value)}")
    return value


def as_nullable_callable(value: Any, name: str) -> Callable | None:
    """Like :func:`as_callable`, but ``None`` stays ``None``."""
    return None if value is None else as_callable(value, name)


def as_float(value: Any, name: str) -> float:
    """A finite real number (R double or integer)."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"`{name}` must be a number, not {_describe(value)}")
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


def as_function_or_name(value: Any, name: str) -> Callable | str:
    """A function, or the name of one that the receiving TFP class looks up (e.g. ``"mean"``).

    A default that stands for a TensorFlow function (see :mod:`tfprobr.defaults`)
    is replaced by that function, so the built object is what TFP itself builds.
    """
    if isinstance(value, str):
        return value
    resolve = getattr(value, "resolve", None)
    return resolve() if callable(resolve) else as_callable(value, name)


def convert_args(args: Mapping[str, Any], converters: Mapping[str, Converter]) -> dict:
    """Return a copy of ``args`` with each named argument passed through its converter."""
    converted = dict(args)
    for name, converter in converters.items():
        if name in converted:
            converted[name] = converter(converted[name], name)
    return converted


def _is_scalar(value: Any) -> bool:
    return isinstance(value, (numbers.Number, np.generic, str, bytes)) or (
        isinstance(value, np.ndarray) and value.ndim == 0
    )


def _as_sequence(value: Any, name: str) -> list:
    if isinstance(value, (str, bytes)):
        raise TypeError(f"`{name}` must be a number or a vector of numbers, not {_describe(value)}")
    if _is_scalar(value):
        return [value]
    if isinstance(value, np.ndarray):
        return value.reshape(-1).tolist()
    if isinstance(value, (list, tuple)):
        return list(value)
    # A TensorShape or similar iterable of dimensions.
    if hasattr(value, "as_list"):
        return list(value.as_list())
    raise TypeError(f"`{name}` must be a number or a vector of numbers, not {_describe(value)}")


def _is_na(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_)) and (
        (isinstance(value, numbers.Integral) and int(value) == -2147483648)
        or math.isnan(float(value))
    )


def _describe(value: Any) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{text} (of type {type(value).__name__})"
