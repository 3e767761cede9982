"""What ``predict_mc()`` does the same for Keras 2 and Keras 3 models: its batches of rows and its summaries.

``x`` (an array, data frame, tensor, vector, or for Keras 2 a ``tf.data.Dataset``)
is checked against the model's input shape and cut into :class:`Batches`; each
batch's passes are summarised per row and output (:func:`summarise`), and the
summaries become one data frame (:func:`as_data_frame`). The passes themselves
differ by generation: :mod:`tfprobr.predict` (Keras 2, one traced function) and
:mod:`tfprobr._internal.keras3.predict` (Keras 3, any backend).
"""

from __future__ import annotations

import sys

import numpy as np

from tfprobr._internal.advice import spelled
from tfprobr._internal.convert import describe, is_array_like, is_pandas
from tfprobr._internal.names import R_NA_INTEGER

__all__ = ["ROW_PASSES_PER_BATCH", "Batches", "model_input_shape", "progress_bar", "summarise", "as_data_frame"]

# The default batch holds this many row-passes (rows x n_samples): at 100
# passes, 10,000 rows per batch. Measured (bench/predict_mc.py) on a small model,
# a million rows then stay within a few hundred MB; larger batches gain little speed.
ROW_PASSES_PER_BATCH = 1_000_000


def model_input_shape(model) -> tuple | None:
    """The shape of one row of the model's input (without the rows), or None if not yet known."""
    inputs = getattr(model, "inputs", None)
    if not inputs:
        return None
    if len(inputs) > 1:
        raise TypeError(
            f"`model` must have one input, not {len(inputs)} "
            f"({', '.join(str(tuple(i.shape)) for i in inputs)}); predict_mc() passes `x` as the only input"
        )
    return tuple(inputs[0].shape[1:])


class Batches:
    """``x``, checked against the model's input shape, as an iterable of float tensors of rows.

    ``count`` is the number of batches (None if a dataset does not say) and
    ``index`` the row index to keep (a data frame's) or None. In-memory inputs
    are checked whole here, before any pass runs; a dataset's batches are
    checked for finite values as they arrive.
    """

    def __init__(self, x, row_shape: tuple | None, batch_size: int | None, default_size: int,
                 floatx: str | None = None):
        self.row_shape = row_shape
        self.index = None
        if _is_dataset(x):
            self.dataset = self._checked_dataset(x, batch_size, default_size)
            self.array = None
            count = int(self.dataset.cardinality())
            self.count = count if count >= 0 else None
            return
        self.dataset = None
        self.array = _numeric_array(x, floatx)
        vector = self.array.ndim == 1
        if vector:
            self.array = self.array[:, np.newaxis]  # a vector is one column of rows
        if self.array.ndim == 0 or self.array.shape[0] == 0:
            raise ValueError(f"`x` must have at least one row, not shape {self.array.shape}")
        self._check_row_shape(self.array.shape, vector=vector)
        _check_finite(self.array, "`x`", first_row=0)
        self.index = x.index if type(x).__name__ == "DataFrame" else None
        self.size = min(batch_size or default_size, self.array.shape[0])
        self.count = -(-self.array.shape[0] // self.size)

    def __iter__(self):
        import tensorflow as tf
        if self.array is not None:
            for start in range(0, self.array.shape[0], self.size):
                yield tf.constant(self.array[start:start + self.size])
            return
        import tf_keras

        floatx = tf_keras.backend.floatx()
        rows = 0
        for batch in self.dataset:
            if isinstance(batch, (tuple, list)):
                batch = batch[0]  # (inputs, targets[, weights]): the targets are ignored
            if batch.shape.rank == 1:
                batch = batch[:, tf.newaxis]
            _check_finite(batch.numpy(), "`x` (a tf.data.Dataset)", first_row=rows)
            rows += int(batch.shape[0])
            yield tf.cast(batch, floatx)

    def _checked_dataset(self, dataset, batch_size, default_size):
        import tensorflow as tf
        spec = dataset.element_spec
        if isinstance(spec, (tuple, list)) and spec:
            spec = spec[0]
        if not isinstance(spec, tf.TensorSpec) or not (
                spec.dtype.is_floating or spec.dtype.is_integer or spec.dtype.is_bool):
            raise TypeError(
                "`x` must be a tf.data.Dataset of numeric tensors, or of (inputs, targets) tuples, "
                f"not one whose elements are {dataset.element_spec}"
            )
        if int(dataset.cardinality()) == tf.data.INFINITE_CARDINALITY:
            raise ValueError(
                "`x` is an infinite tf.data.Dataset (e.g. after repeat()); take the rows to "
                "predict first, e.g. x.take(number_of_batches)"
            )
        element = tuple(spec.shape)
        # Batched datasets have rows of unknown number first; an unbatched one has
        # elements shaped like one row (or scalars, for a one-column model).
        unbatched = self.row_shape is not None and not (element and element[0] is None) and (
            _same_shape(element, self.row_shape) or (self.row_shape == (1,) and element == ()))
        if unbatched:
            return dataset.batch(batch_size or default_size)
        if batch_size is not None:
            raise ValueError(
                f"`batch_size` must be {spelled(python='None', r='NULL')} for a batched "
                "tf.data.Dataset `x`, whose "
                f"batches are used as they are, not {batch_size!r}; rebatch the dataset instead"
            )
        if not element:
            raise ValueError(f"`x` must be a tf.data.Dataset of rows, not of scalars ({spec})")
        self._check_row_shape((None, *element[1:]) if len(element) > 1 else (None,),
                              vector=len(element) == 1, what=f"its batches have shape {element}")
        return dataset

    def _check_row_shape(self, shape: tuple, vector: bool, what: str | None = None) -> None:
        row = tuple(shape[1:]) or (1,)  # a vector is one column
        if self.row_shape is None or _same_shape(row, self.row_shape):
            return
        what = what or f"`x` has shape {tuple(shape)}"
        hint = (" A vector is taken as one column; for one row, use a one-row matrix ("
                + spelled(python="x.reshape(1, -1)", r="matrix(x, nrow = 1)") + ")."
                if vector else "")
        if len(self.row_shape) == 1 and len(row) == 1:
            raise ValueError(
                f"`x` must have {self.row_shape[0]} columns, the model's input width, not "
                f"{row[0]} ({what}).{hint}"
            )
        raise ValueError(
            f"`x` must have rows of shape {self.row_shape}, the model's input shape without "
            f"the rows, not {row} ({what}).{hint}"
        )


def _same_shape(shape: tuple, expected: tuple) -> bool:
    return len(shape) == len(expected) and all(
        a is None or b is None or a == b for a, b in zip(shape, expected))


def _is_dataset(x) -> bool:
    if "tensorflow" not in sys.modules:  # no dataset without TensorFlow (Keras 3 on JAX, torch)
        return False
    import tensorflow as tf

    return isinstance(x, tf.data.Dataset)


def _numeric_array(x, floatx: str | None = None) -> np.ndarray:
    """``x`` as a numpy array of Keras' float type; a TypeError naming `x` if it is not numeric.

    ``floatx`` is Keras 2's unless given (Keras 3's, for a Keras 3 model).
    """
    if floatx is None:
        import tf_keras

        floatx = tf_keras.backend.floatx()
    if "tensorflow" in sys.modules:
        import tensorflow as tf

        if tf.is_tensor(x):
            if not (x.dtype.is_floating or x.dtype.is_integer or x.dtype.is_bool):
                raise TypeError(f"`x` must be numeric, not a tensor of {x.dtype.name}")
            return np.asarray(tf.cast(x, floatx))
    if "keras" in sys.modules and not is_array_like(x) and sys.modules["keras"].ops.is_tensor(x):
        x = sys.modules["keras"].ops.convert_to_numpy(x)  # a JAX or torch tensor
    if is_array_like(x):
        if is_pandas(x):
            import pandas as pd

            dtypes = dict(x.dtypes) if type(x).__name__ == "DataFrame" else {x.name: x.dtype}
            bad = [f"column {name!r} ({dtype})" for name, dtype in dtypes.items()
                   if not (pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_bool_dtype(dtype))]
        else:
            bad = [] if x.dtype.kind in "biuf" else [f"an array of {x.dtype}"]
        if bad:
            raise TypeError(f"`x` must hold numbers only, not {', '.join(bad[:5])}")
        if isinstance(x, np.ndarray) and x.dtype == np.int32 and (x == R_NA_INTEGER).any():
            raise ValueError("`x` must hold numbers only, not NA (an R integer NA arrives as "
                             f"{R_NA_INTEGER})")
        with np.errstate(invalid="ignore", over="ignore"):  # NaN and Inf are reported next
            array = x.to_numpy(dtype=floatx) if is_pandas(x) else x.astype(floatx, copy=False)
        return np.ascontiguousarray(array)
    if isinstance(x, (list, tuple, int, float, np.number)) and not isinstance(x, bool):
        array = np.atleast_1d(np.asarray(x))
        if array.dtype.kind in "iuf":
            return array.astype(floatx)
    raise TypeError(
        f"`x` must be a numeric array, data frame, tensor, vector or tf.data.Dataset, not {describe(x)}"
    )


def _check_finite(array: np.ndarray, what: str, first_row: int) -> None:
    finite = np.isfinite(array)
    if finite.all():
        return
    bad = np.flatnonzero(~finite.reshape(-1))
    position = np.unravel_index(bad[0], array.shape)
    where = f"row {first_row + position[0] + 1}" + (
        f", column {position[1] + 1}" if len(position) == 2 else
        f", position {tuple(int(p) + 1 for p in position[1:])}" if len(position) > 2 else "")
    raise ValueError(
        f"{what} must hold finite numbers only, but {len(bad)} value(s) are NaN or Inf "
        f"(the first, {array[position]}, at {where}, counting from 1)"
    )


def summarise(result: dict, probabilities: tuple) -> dict:
    """Per-row summaries of one batch's passes, as float64 arrays (..., rows, outputs)."""
    if "values" in result:
        values = _rows_by_outputs(result["values"])
        summary = {"mean": values.mean(axis=0), "sd": values.std(axis=0)}
        if probabilities:
            summary["quantiles"] = np.quantile(values, probabilities, axis=0)
        return summary
    means = _rows_by_outputs(result["means"])
    variances = _rows_by_outputs(result["variances"])
    # Law of total variance: aleatoric (mean variance) + epistemic (variance of means).
    summary = {"mean": means.mean(axis=0),
               "sd": np.sqrt(variances.mean(axis=0) + means.var(axis=0))}
    if probabilities:
        summary["quantiles"] = _rows_by_outputs(result["quantiles"])
    return summary


def _rows_by_outputs(tensor) -> np.ndarray:
    """(..., rows, outputs...) as float64 (..., rows, outputs): the passes or probabilities first."""
    values = np.asarray(tensor, dtype=np.float64)
    return values.reshape(values.shape[0], values.shape[1], -1)


def as_data_frame(summaries: list, probabilities: tuple, index):
    """The batches' summaries (of :func:`summarise`) as ``predict_mc()``'s data frame."""
    import pandas as pd

    summary = {key: np.concatenate([s[key] for s in summaries], axis=-2) for key in summaries[0]}

    rows, outputs = summary["mean"].shape
    columns = {"mean": summary["mean"].reshape(-1), "sd": summary["sd"].reshape(-1)}
    for position, probability in enumerate(probabilities):
        columns[f"q{probability:g}"] = summary["quantiles"][position].reshape(-1)
    if outputs == 1:
        return pd.DataFrame(columns, index=index)
    positions = {
        "row": np.repeat(np.arange(1, rows + 1), outputs),
        "output": np.tile(np.arange(1, outputs + 1), rows),
    }
    return pd.DataFrame({**positions, **columns})


def progress_bar(keras, batches: int | None, verbose):
    """Keras' progress bar over ``batches`` (``keras``: the module, ``tf_keras`` or ``keras``), or None.

    ``verbose = "auto"`` shows it for a long call: more than one batch, or a
    dataset of unknown length.
    """
    if verbose == "auto":
        verbose = 1 if batches is None or batches > 1 else 0
    if verbose == 0:
        return None
    return keras.utils.Progbar(batches, verbose=verbose, unit_name="batch")
