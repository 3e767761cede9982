"""Converters for the verbs' arguments (:mod:`tfprobr.verbs`): data, weights, callbacks, flags.

R keras' ``compile()``, ``fit()``, ``evaluate()`` and ``predict()`` take R
values: ``epochs = 100``, matrices, data frames, vectors (one column), lists
of them for several inputs. They arrive as reticulate delivers them (see
:mod:`tfprobr._internal.convert`), and the R methods send two things
reticulate would drop (``call_python(exact = TRUE)`` in ``R/zzz.R``): a named
vector arrives as a pandas Series, and a logical ``NA`` as NaN. Each
converter here takes ``(value, name)`` as those of ``convert`` do, and fails
naming the argument and the value, before the model is touched.

Labels of parts follow R: ``x[[1]]``, ``x$a``, ``validation_data[[2]]``.
"""

from __future__ import annotations

import numbers
from typing import Any, Mapping

import numpy as np

from tfprobr._internal.convert import describe, _is_na, as_count, as_float, as_integer, is_pandas
from tfprobr._internal.names import R_NA_INTEGER

__all__ = [
    "as_verbose", "as_nullable_count", "as_nullable_flag", "as_shuffle", "as_validation_split",
    "as_keras_list", "as_callbacks", "as_validation_data", "as_class_weight", "as_sample_weight",
    "as_keras_input", "as_keras_target", "check_same_rows",
]


def as_verbose(value: Any, name: str = "verbose"):
    """``"auto"``, or 0, 1 or 2 as an ``int`` (Keras' progress output)."""
    if isinstance(value, str):
        if value == "auto":
            return value
    elif not isinstance(value, (bool, np.bool_)):
        try:
            number = as_integer(value, name)
        except (TypeError, ValueError):
            number = None
        if number in (0, 1, 2):
            return number
    raise ValueError(f"`{name}` must be one of \"auto\", 0, 1 or 2, not {describe(value)}")


def as_nullable_count(value: Any, name: str) -> int | None:
    """A positive whole number, or ``None`` (R's ``NULL``: Keras' default)."""
    return None if value is None else as_count(value, name)


def as_nullable_flag(value: Any, name: str) -> bool | None:
    """``TRUE``, ``FALSE`` or ``NULL``."""
    if value is None or isinstance(value, (bool, np.bool_)):
        return None if value is None else bool(value)
    raise TypeError(f"`{name}` must be TRUE, FALSE or NULL, not {_shown(value)}")


def as_shuffle(value: Any, name: str = "shuffle"):
    """``TRUE``, ``FALSE`` or ``"batch"``."""
    if isinstance(value, (bool, np.bool_)) or value == "batch":
        return value if isinstance(value, str) else bool(value)
    raise ValueError(f"`{name}` must be TRUE, FALSE or \"batch\", not {_shown(value)}")


def as_validation_split(value: Any, name: str = "validation_split") -> float:
    """A fraction in [0, 1): the share of rows held out."""
    split = as_float(value, name)
    if not 0 <= split < 1:
        raise ValueError(f"`{name}` must be a fraction in [0, 1), not {_shown(value)}")
    return split


def as_keras_list(value: Any, name: str):
    """One value per output (``loss``, ``metrics``...): a named vector becomes a dict, by output name.

    An unnamed vector arrives as a list and stays one; one value or a Python
    object stays as it is.
    """
    if is_pandas(value) and value.ndim == 1:
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def as_callbacks(value: Any, name: str = "callbacks") -> list | None:
    """A list of Keras callbacks; one callback is a list of one."""
    if value is None:
        return None
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    if isinstance(value, (dict, str)) or is_pandas(value) or isinstance(value, np.ndarray):
        raise TypeError(f"`{name}` must be a list of Keras callbacks, not {_shown(value)}")
    for position, item in enumerate(items, start=1):
        if not callable(getattr(item, "set_model", None)):
            raise TypeError(f"`{name}[[{position}]]` must be a Keras callback (a Python object), "
                            f"not {_shown(item)}")
    return items


def as_validation_data(value: Any, name: str = "validation_data"):
    """``list(x, y)`` or ``list(x, y, sample_weight)`` as Keras' tuple; a Python tuple or dataset passes."""
    if value is None:
        return None
    parts = list(value.values()) if isinstance(value, dict) else value
    if not isinstance(parts, list):
        if _is_r_value(value):
            raise TypeError(f"`{name}` must be list(x, y) or list(x, y, sample_weight), "
                            f"not {_shown(value)}")
        return value  # a tuple, a tf.data dataset: Keras reads it
    if len(parts) not in (2, 3):
        raise TypeError(f"`{name}` must be list(x, y) or list(x, y, sample_weight), not a list "
                        f"of {len(parts)}")
    check_same_rows({name: parts})
    converted = [as_keras_input(parts[0], f"{name}[[1]]"), as_keras_target(parts[1], f"{name}[[2]]")]
    if len(parts) == 3:
        converted.append(as_sample_weight(parts[2], f"{name}[[3]]"))
    return tuple(converted)


def as_class_weight(value: Any, name: str = "class_weight") -> dict | None:
    """Weights by class index (the names, from 0), as Keras' dict."""
    if value is None:
        return None
    try:
        if not (isinstance(value, Mapping) or is_pandas(value)):  # names lost, or none
            raise TypeError(name)
        return {as_integer(_class_index(key), name): as_float(_plain(item), name)
                for key, item in value.items()}
    except (TypeError, ValueError):
        raise TypeError(f"`{name}` must be numbers named by class index, e.g. c(`0` = 1, `1` = 5), "
                        f"not {_shown(value)}") from None


def as_sample_weight(value: Any, name: str = "sample_weight"):
    """One weight per example: a numeric vector (any shape is read as a vector), in Keras' float type."""
    if value is None or not _is_r_value(value):
        return value
    return _numeric(value, name).reshape(-1, order="F").astype(_floatx())


def as_keras_input(value: Any, name: str, *, keep_integers: bool = False):
    """Inputs as Keras takes them: C-ordered arrays of Keras' float type, one row per example.

    A vector is one column; matrices and arrays keep their shape; a data frame
    is the matrix of its numeric columns; a list is several inputs (named: a
    dict); a Python object (a tensor, a dataset) passes as it is.
    ``keep_integers`` keeps integer values integers (class labels in ``y``).
    """
    if value is None or not _is_r_value(value):
        return value
    if isinstance(value, dict):
        return {key: as_keras_input(item, f"{name}${key}", keep_integers=keep_integers)
                for key, item in value.items()}
    if isinstance(value, list) and not _is_vector(value):
        return [as_keras_input(item, f"{name}[[{position}]]", keep_integers=keep_integers)
                for position, item in enumerate(value, start=1)]
    array = _numeric(value, name)
    if array.ndim < 2:
        array = array.reshape(-1, 1)
    integer = keep_integers and array.dtype.kind in "iu"
    return np.ascontiguousarray(array, dtype=np.int32 if integer else _floatx())


def as_keras_target(value: Any, name: str):
    """Targets: as :func:`as_keras_input`, but integers stay integers (class labels)."""
    return as_keras_input(value, name, keep_integers=True)


def check_same_rows(values: Mapping[str, Any]) -> None:
    """Fail naming the arguments when the R values among ``values`` differ in their rows.

    Keras' own error ("Data cardinality is ambiguous") names none of them. A
    vector's rows are its elements; a list (several inputs or outputs) is
    counted part by part; Python objects are left to Keras.
    """
    rows = [count for label, value in values.items() for count in _row_counts(value, label)]
    if len({count for _, count in rows}) > 1:
        named = [f"`{label}`" for label, _ in rows]
        together = " and ".join(named) if len(named) == 2 else \
            ", ".join(named[:-1]) + " and " + named[-1]
        counts = ", ".join(f"`{label}` has {count}" for label, count in rows)
        raise ValueError(f"{together} must have the same number of rows (one per example), "
                         f"but {counts}")


def _row_counts(value: Any, label: str) -> list:
    if value is None or not _is_r_value(value):
        return []
    if isinstance(value, dict):
        return [count for key, item in value.items() for count in _row_counts(item, f"{label}${key}")]
    if isinstance(value, list) and not _is_vector(value):
        return [count for position, item in enumerate(value, start=1)
                for count in _row_counts(item, f"{label}[[{position}]]")]
    if isinstance(value, np.ndarray):
        return [(label, value.shape[0] if value.ndim else 1)]
    return [(label, len(value) if isinstance(value, list) or is_pandas(value) else 1)]


def _numeric(value: Any, name: str) -> np.ndarray:
    """``value`` as a numeric (or logical) array, with R's NA refused by position."""
    if is_pandas(value) and value.ndim == 2:
        kinds = {column: value[column].dtype.kind for column in value.columns}
        bad = [column for column, kind in kinds.items() if kind not in "biuf"]
        if bad:
            raise TypeError(f"`{name}` must have numeric columns only, not column `{bad[0]}` of "
                            f"class {_r_class(value[bad[0]])}")
        array = np.column_stack([_na_as_nan(value[column].to_numpy()) for column in value.columns]) \
            if len(value.columns) else np.zeros((len(value), 0))
    else:
        array = np.asarray(value.to_numpy() if is_pandas(value) else value)
        if array.dtype.kind not in "biuf":
            raise TypeError(f"`{name}` must be numeric (a vector, matrix, array or data frame), "
                            f"not {_shown(value)}")
    missing = np.isnan(array) if array.dtype.kind == "f" else \
        array == R_NA_INTEGER if array.dtype.kind == "i" else np.zeros(array.shape, bool)
    if missing.any():
        position = int(np.flatnonzero(missing.reshape(-1, order="F"))[0]) + 1  # R's column order
        raise ValueError(f"`{name}` must not contain NA; the first is at position {position}")
    return array


def _na_as_nan(column: np.ndarray) -> np.ndarray:
    """A data frame's integer column with R's NA as NaN, so that NA is found in the whole matrix."""
    if column.dtype.kind == "i" and (column == R_NA_INTEGER).any():
        return np.where(column == R_NA_INTEGER, np.nan, column)
    return column


def _r_class(column) -> str:
    """The R class of a data frame's column as reticulate delivers it."""
    if str(column.dtype) == "category":
        return "factor"
    return "character" if column.dtype.kind == "O" else str(column.dtype)


def _is_vector(items: list) -> bool:
    """Whether a list is an R atomic vector (scalars only), not a list of inputs."""
    return all(isinstance(item, (numbers.Number, np.generic, str, bytes)) for item in items)


def _is_r_value(value: Any) -> bool:
    """Whether ``value`` is something R sends (a number, vector, matrix, data frame, list)."""
    return isinstance(value, (numbers.Number, np.generic, str, bytes, list, dict, np.ndarray)) \
        or is_pandas(value)


def _class_index(key: Any):
    """A class index given as a name (R's ``c(`0` = 1)``) or a number."""
    if isinstance(key, str):
        try:
            return int(key)
        except ValueError:
            raise ValueError(key) from None
    return key


def _plain(item: Any):
    return item.item() if isinstance(item, np.generic) else item


def _shown(value: Any) -> str:
    """A bad value as R shows it: ``NA``, ``TRUE``, ``2`` (not ``2.0``), else as :func:`describe`."""
    if isinstance(value, (bool, np.bool_)):
        return "TRUE" if value else "FALSE"
    if _is_na(value):
        return "NA"
    if isinstance(value, numbers.Real) and float(value).is_integer() and abs(float(value)) < 1e15:
        return str(int(value))
    if isinstance(value, numbers.Real):
        return repr(float(value))
    return describe(value)


def _floatx():
    import tf_keras

    return tf_keras.backend.floatx()
