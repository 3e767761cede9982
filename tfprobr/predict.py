"""Predictions with uncertainty: many stochastic forward passes in one compiled call.

A Bayesian layer draws new weights (or pre-activations) on every call, so one
``predict()`` is one draw from the predictive distribution. ``predict_mc``
makes ``n_samples`` such draws inside one traced TensorFlow function, batch by
batch of rows, and summarises them per row and output.
"""

from __future__ import annotations

import sys
import weakref
from typing import Any

import numpy as np

from tfprobr._internal.advice import spelled
from tfprobr._internal.compose import check_not_keras3
from tfprobr._internal.convert import (
    _describe,
    as_count,
    as_probabilities,
    is_array_like,
    is_pandas,
)
from tfprobr._internal.names import R_NA_INTEGER
from tfprobr._internal.verb_args import as_verbose

__all__ = ["predict_mc"]

__family__ = "prediction"

# Bisection steps for the quantiles of a mixture; the bracket starts as wide as
# the passes' own quantiles spread, so 40 halvings reach float32 precision.
_BISECTION_STEPS = 40
# The default batch holds this many row-passes (rows x n_samples): at 100
# passes, 10,000 rows per batch. Measured (bench/predict_mc.py) on a small model,
# a million rows then stay within a few hundred MB; larger batches gain little speed.
_ROW_PASSES_PER_BATCH = 1_000_000
_VERBOSE = ("auto", 0, 1, 2)


def predict_mc(model, x, n_samples=100, quantiles=(0.025, 0.975), batch_size=None,
               verbose="auto"):
    """Predictive mean, standard deviation and quantiles from Monte Carlo forward passes.

    Calls ``model`` on ``x`` ``n_samples`` times, each call with fresh draws of
    the Bayesian layers' weights, and summarises the passes per row and output.
    All passes over a batch of rows run inside one compiled TensorFlow function
    (a ``tf.map_fn`` over passes), which is many times faster than a loop over
    ``predict()`` and does not grow the model's memory. The function is traced
    once per model and reused by later calls and batches.

    Rows are processed ``batch_size`` at a time, so memory is bounded by the
    batch (rows x passes), not by the number of rows: a million rows need no
    more working memory than one batch, plus the result. Batching does not
    change the results' distribution: every row gets its own ``n_samples``
    passes either way.

    Each pass is its own call of the model: repeating the rows of ``x``
    instead would share one weight draw among the copies for layers such as
    ``layer_dense_reparameterization``, and show no spread at all.

    What is summarised depends on the model's output:

    * a tensor: the passes' values. ``mean`` and ``sd`` are their mean and
      standard deviation (divisor ``n_samples``), the quantiles are their
      empirical quantiles (linear interpolation, R's ``type = 7``). The spread
      is the epistemic (model) uncertainty only.
    * a distribution (e.g. a final ``layer_independent_normal()``): the
      predictive distribution is the equal-weight mixture of the passes'
      distributions. ``mean`` is the mean of the passes' means; ``sd`` comes
      from the law of total variance, the mean of the passes' variances
      (aleatoric: noise in the data) plus the variance of their means
      (epistemic: uncertainty about the weights). The quantiles are the
      mixture's exact quantiles, found by bisection on the mixture's CDF
      (the mean of the passes' CDFs); they need a distribution with scalar
      events (after ``Independent``) that has ``cdf()`` and ``quantile()``.

    Parameters
    ----------
    model : tf_keras.Model or keras.Model
        A trained Keras 2 model with one input, e.g. built with
        ``keras_model_sequential()`` and the ``layer_*`` functions. It is
        called with ``training=False``, as ``predict()`` does; Bayesian layers
        sample in either mode. A Keras 3 model works too, on any backend: one
        compiled ``predict_on_batch()`` per pass, the same columns, a final
        Keras 3 distribution layer summarised as a distribution (``x`` not a
        dataset).
    x : array, data frame, tensor, numeric vector or tf.data.Dataset
        The inputs, one row per example, finite numbers only: a numpy array
        or R matrix, a pandas DataFrame or R data.frame (numeric columns), a
        tensor, or a numeric vector (R: ``c(...)``), which is taken as one
        column. Their shape after the rows must be the model's input shape
        (e.g. as many columns as the model has inputs). Data that does not
        fit in memory can come as a ``tf.data.Dataset`` (from R too, e.g.
        ``tf$data$Dataset$from_tensor_slices(x)``), as for Keras'
        ``predict()``: of inputs, or of ``(inputs, targets)`` tuples whose
        targets are ignored; a batched dataset is used batch by batch, an
        unbatched one is batched by ``batch_size``.
    n_samples : int
        Number of stochastic forward passes, at least 2 (R: ``100`` or
        ``100L``). The Monte Carlo error of ``mean`` is about
        ``sd / sqrt(n_samples)``; 100 is plenty for means and standard
        deviations, use more for quantiles in the far tails of a
        tensor-output model.
    quantiles : float or sequence of float
        Probabilities, each strictly between 0 and 1, of the quantiles to
        report (R: ``c(0.025, 0.975)``). ``None`` or an empty vector reports
        none.
    batch_size : int or None
        Number of rows per compiled call (R: ``1000`` or ``NULL``). Peak
        memory grows with ``batch_size * n_samples``. ``None`` (the default)
        takes ``1e6 / n_samples`` rows (10,000 at 100 passes), which keeps a
        small model within a few hundred MB. Leave it ``None`` for a batched
        dataset, whose own batches are used.
    verbose : "auto", 0, 1 or 2
        Progress output, as in Keras' ``predict()`` (R: ``0``, ``1``, ``2``
        or ``"auto"``): 0 is silent, 1 shows a progress bar over the batches,
        2 one line at the end. ``"auto"`` shows the bar when there is more
        than one batch, and is silent otherwise.

    Returns
    -------
    pandas.DataFrame
        One row per input row and output (an R ``data.frame``). Columns:
        ``mean``, ``sd``, then one column per quantile, named ``q`` and the
        probability (``q0.025``, ``q0.975``). With one output per row, the
        rows line up with ``x`` (and keep a data frame's index). With several
        outputs, two columns come first: ``row`` and ``output``, the input
        row's and the output's positions, counted from 1 as in R, ordered by
        row, then output.

    Raises
    ------
    ValueError or TypeError
        Before any pass runs, naming the argument and its value: ``x`` not
        numeric, without rows, with NaN or Inf (the first position is
        shown), or of the wrong shape for the model (e.g. the wrong number
        of columns); ``n_samples`` below 2; ``quantiles`` not strictly
        between 0 and 1; ``batch_size`` not a positive whole number;
        ``verbose`` not one of the values above. A dataset's batches are
        checked for NaN and Inf as they arrive.

    Examples
    --------
    >>> import numpy as np
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=1)
    >>> model = tp.layer_dense_local_reparameterization(model, units=1)
    >>> x = np.linspace(-1, 1, 5).reshape(-1, 1)
    >>> pred = tp.predict_mc(model, x, n_samples=50)
    >>> list(pred.columns)
    ['mean', 'sd', 'q0.025', 'q0.975']

    A million rows, 2,000 at a time, with a progress bar:

    >>> big = np.random.uniform(-1, 1, size=(1_000_000, 1))
    >>> pred = tp.predict_mc(model, big, batch_size=2000, verbose=1)  # doctest: +SKIP

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 1) %>%
      layer_dense_local_reparameterization(units = 1)
    x <- matrix(seq(-1, 1, length.out = 5), ncol = 1)
    pred <- predict_mc(model, x, n_samples = 50, batch_size = 1000, verbose = 0)
    pred  # a data.frame: mean, sd, q0.025, q0.975 per row
    """
    n_samples = as_count(n_samples, "n_samples")
    if n_samples < 2:
        raise ValueError(
            f"`n_samples` must be at least 2 (one pass has no spread), not {n_samples!r}"
        )
    probabilities = as_probabilities(quantiles, "quantiles")
    batch_size = None if batch_size is None else as_count(batch_size, "batch_size")
    verbose = as_verbose(verbose)
    if _is_keras3_model(model):
        from tfprobr._internal.keras3.predict import predict_mc_keras3

        return predict_mc_keras3(model, x, n_samples, probabilities, batch_size, verbose)
    _check_model(model)
    batches = _Batches(x, _model_input_shape(model), batch_size,
                       batch_size or max(1, _ROW_PASSES_PER_BATCH // n_samples))

    import tensorflow as tf
    n = tf.constant(n_samples, tf.int32)
    probs = tf.constant(probabilities, tf.float32, shape=[len(probabilities)])
    summaries = []
    all_passes_same = True
    progress = _progress_bar(batches.count, verbose)
    for inputs in batches:
        passes = _compiled_passes(model, inputs, bool(probabilities))
        result = passes(inputs, n, probs)
        all_passes_same = all_passes_same and _passes_identical(result)
        summaries.append(_summarise(result, probabilities))
        if progress is not None:
            progress.update(len(summaries), finalize=False)
    if progress is not None:
        progress.update(len(summaries), finalize=True)
    if not summaries:
        raise ValueError(f"`x` must have at least one row, but the dataset {_describe(x)} is empty")
    if all_passes_same:
        _warn_nothing_random(model, n_samples, distribution="values" not in result)
    summary = {key: np.concatenate([s[key] for s in summaries], axis=-2) for key in summaries[0]}
    return _as_data_frame(summary, probabilities, batches.index)


# Models predict_mc() has warned about: once per model.
_WARNED_SAME: "weakref.WeakSet" = weakref.WeakSet()


def _passes_identical(result: dict) -> bool:
    """Whether every pass of one batch gave the same output (values, or distributions' moments)."""
    parts = [result["values"]] if "values" in result else [result["means"], result["variances"]]
    for part in parts:
        values = np.asarray(part)
        if not (values == values[:1]).all():
            return False
    return True


def _warn_nothing_random(model, n_samples: int, distribution: bool) -> None:
    if model in _WARNED_SAME:
        return
    _WARNED_SAME.add(model)
    import warnings

    warnings.warn(
        f"predict_mc(): all {n_samples} passes gave the same output, so the model has nothing "
        "random in it (no Bayesian layer such as layer_dense_local_reparameterization()): "
        "`sd` and the quantiles show no uncertainty about the weights"
        + (" (only the spread of the output distribution itself)" if distribution else
           " (`sd` is 0)")
        + ". Shown once per model.",
        UserWarning, stacklevel=3)


# Compiled functions per model, each traced once for inputs of any number of
# rows (the row dimension is left unknown). The functions hold the model
# weakly, so the cache does not keep a model alive; they are rebuilt when
# layers were added or removed since.
_PASSES: "weakref.WeakKeyDictionary[Any, tuple]" = weakref.WeakKeyDictionary()


def _compiled_passes(model, inputs, with_quantiles: bool):
    """The compiled passes of ``model`` for inputs shaped like ``inputs``.

    It returns ``{"values": (passes, rows, ...)}`` for a tensor output, or
    ``{"means", "variances"}`` of the passes' distributions (same shape) and,
    ``with_quantiles``, the mixture's ``"quantiles"`` (probabilities, rows, ...).
    """
    import tensorflow as tf
    layers = tuple(id(layer) for layer in getattr(model, "layers", ()))
    cached = _PASSES.get(model)
    if cached is None or cached[0] != layers:
        cached = (layers, {})
        _PASSES[model] = cached
    key = (tuple(inputs.shape[1:]), inputs.dtype, with_quantiles)
    if key in cached[1]:
        return cached[1][key]
    model_ref = weakref.ref(model)

    def one_pass(inputs):
        output = model_ref()(inputs, training=False)
        # A TFP distribution layer returns a distribution that also acts as a
        # tensor (one sample); summarise the distribution itself.
        return getattr(output, "tensor_distribution", output)

    # No autograph: the Python control flow here is fixed at trace time.
    @tf.function(autograph=False, input_signature=[
        tf.TensorSpec([None, *inputs.shape[1:]], inputs.dtype),  # any number of rows
        tf.TensorSpec([], tf.int32),
        tf.TensorSpec([None], tf.float32),
    ])
    def passes(inputs, n, probs):
        # The first pass outside the loop gives the output's structure (a
        # tensor, or a distribution's parameter tensors) for tf.map_fn.
        first = one_pass(inputs)
        parts = tf.nest.flatten(first, expand_composites=True)
        rest = tf.map_fn(
            lambda _: tf.nest.flatten(one_pass(inputs), expand_composites=True),
            tf.range(n - 1),
            fn_output_signature=[tf.TensorSpec(part.shape, part.dtype) for part in parts],
        )
        stacked = [tf.concat([part[tf.newaxis], more], axis=0) for part, more in zip(parts, rest)]
        # A tensor, or a distribution whose parameters have the passes as a new first axis.
        draws = tf.nest.pack_sequence_as(first, stacked, expand_composites=True)
        if tf.is_tensor(draws):
            return {"values": draws}
        result = {"means": draws.mean(), "variances": draws.variance()}
        if with_quantiles:
            result["quantiles"] = _mixture_quantiles(draws, probs)
        return result

    cached[1][key] = passes
    return passes


def _is_keras3_model(model) -> bool:
    return any(cls.__module__.split(".")[0] == "keras" for cls in type(model).__mro__)


def _check_model(model) -> None:
    check_not_keras3(model, "model")
    import tf_keras
    if not isinstance(model, tf_keras.layers.Layer):
        raise TypeError(
            f"`model` must be a Keras 2 (tf_keras) model, not {type(model).__module__}."
            f"{type(model).__name__}"
        )


def _model_input_shape(model) -> tuple | None:
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


def _progress_bar(batches: int | None, verbose):
    if verbose == "auto":
        verbose = 1 if batches is None or batches > 1 else 0  # a long call
    if verbose == 0:
        return None
    import tf_keras
    return tf_keras.utils.Progbar(batches, verbose=verbose, unit_name="batch")


class _Batches:
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
        f"`x` must be a numeric array, data frame, tensor, vector or tf.data.Dataset, not {_describe(x)}"
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


def _summarise(result: dict, probabilities: tuple) -> dict:
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


def _mixture_quantiles(distribution, probs):
    """Quantiles of the mixture over the first (passes) axis, shape (probabilities, rows, ...).

    Runs while tracing the compiled passes: the bisection is part of the graph.
    """
    import tensorflow as tf
    marginal = distribution
    while hasattr(marginal, "reinterpreted_batch_ndims"):  # Independent: per-output marginals
        marginal = marginal.distribution
    if marginal.event_shape.rank != 0:
        raise ValueError(
            f"`quantiles` need a model whose output distribution has scalar events; "
            f"{marginal.name} has events of shape {marginal.event_shape}. Use "
            f"{spelled(python='quantiles=None', r='quantiles = NULL')} to get the mean and sd only."
        )
    probs = tf.reshape(tf.cast(probs, marginal.dtype), [-1] + [1] * marginal.batch_shape.rank)
    try:
        # The mixture's p-quantile lies between the smallest and the largest
        # of the passes' own p-quantiles.
        component_quantiles = marginal.quantile(probs)
        low = tf.reduce_min(component_quantiles, axis=1)
        high = tf.reduce_max(component_quantiles, axis=1)
        for _ in range(_BISECTION_STEPS):
            middle = (low + high) / 2
            below = tf.reduce_mean(marginal.cdf(middle[:, tf.newaxis]), axis=1) < probs[:, 0]
            low = tf.where(below, middle, low)
            high = tf.where(below, high, middle)
    except NotImplementedError as error:
        raise ValueError(
            f"`quantiles` need the output distribution's cdf() and quantile(), which "
            f"{marginal.name} lacks ({error}). Use "
            f"{spelled(python='quantiles=None', r='quantiles = NULL')}."
        ) from None
    return (low + high) / 2


def _rows_by_outputs(tensor) -> np.ndarray:
    """(..., rows, outputs...) as float64 (..., rows, outputs): the passes or probabilities first."""
    values = np.asarray(tensor, dtype=np.float64)
    return values.reshape(values.shape[0], values.shape[1], -1)


def _as_data_frame(summary: dict, probabilities: tuple, index):
    import pandas as pd

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
