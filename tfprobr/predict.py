"""Predictions with uncertainty: many stochastic forward passes in one compiled call.

A Bayesian layer draws new weights (or pre-activations) on every call, so one
``predict()`` is one draw from the predictive distribution. ``predict_mc``
makes ``n_samples`` such draws inside one traced TensorFlow function and
summarises them per row and output.
"""

from __future__ import annotations

import importlib
import weakref
from typing import Any

import numpy as np

from tfprobr.compose import array_to_tensor, check_not_keras3, is_array_like
from tfprobr.convert import as_count, as_probabilities

__all__ = ["predict_mc"]

__family__ = "prediction"

# Bisection steps for the quantiles of a mixture; the bracket starts as wide as
# the passes' own quantiles spread, so 40 halvings reach float32 precision.
_BISECTION_STEPS = 40
_BISECT = None  # the compiled bisection, made on first use


def predict_mc(model, x, n_samples=100, quantiles=(0.025, 0.975)):
    """Predictive mean, standard deviation and quantiles from Monte Carlo forward passes.

    Calls ``model`` on ``x`` ``n_samples`` times, each call with fresh draws of
    the Bayesian layers' weights, and summarises the passes per row and output.
    All passes run inside one compiled TensorFlow function (a ``tf.map_fn``
    over passes), which is many times faster than a loop over ``predict()``
    and does not grow the model's memory. The function is traced once per
    model and reused by later calls.

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
    model : tf_keras.Model
        A trained Keras 2 model, e.g. built with ``keras_model_sequential()``
        and the ``layer_*`` functions. It is called with ``training=False``,
        as ``predict()`` does; Bayesian layers sample in either mode.
    x : array, data frame, tensor or numeric vector
        The inputs, one row per example: a numpy array or R matrix, a pandas
        DataFrame or R data.frame (numeric columns), a tensor, or a numeric
        vector (R: ``c(...)``), which is taken as one column.
    n_samples : int
        Number of stochastic forward passes (R: ``100`` or ``100L``). The
        Monte Carlo error of ``mean`` is about ``sd / sqrt(n_samples)``; 100
        is plenty for means and standard deviations, use more for quantiles
        in the far tails of a tensor-output model.
    quantiles : float or sequence of float
        Probabilities, each strictly between 0 and 1, of the quantiles to
        report (R: ``c(0.025, 0.975)``). ``None`` or an empty vector reports
        none.

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

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 1) %>%
      layer_dense_local_reparameterization(units = 1)
    x <- matrix(seq(-1, 1, length.out = 5), ncol = 1)
    pred <- predict_mc(model, x, n_samples = 50)
    pred  # a data.frame: mean, sd, q0.025, q0.975 per row
    """
    n_samples = as_count(n_samples, "n_samples")
    probabilities = as_probabilities(quantiles, "quantiles")
    _check_model(model)
    inputs, index = _input_tensor(x)
    tf = importlib.import_module("tensorflow")
    draws = _compiled_passes(model)(inputs, tf.constant(n_samples, tf.int32))
    if tf.is_tensor(draws):
        summary = _summarise_values(draws.numpy(), probabilities)
    else:
        summary = _summarise_mixture(draws, probabilities)
    return _as_data_frame(summary, probabilities, index)


# A compiled function per model, traced once. The function holds the model
# weakly, so the cache does not keep a model alive; it is rebuilt when layers
# were added or removed since.
_PASSES: "weakref.WeakKeyDictionary[Any, tuple]" = weakref.WeakKeyDictionary()


def _compiled_passes(model):
    layers = tuple(id(layer) for layer in getattr(model, "layers", ()))
    cached = _PASSES.get(model)
    if cached is not None and cached[0] == layers:
        return cached[1]
    tf = importlib.import_module("tensorflow")
    model_ref = weakref.ref(model)

    def one_pass(inputs):
        output = model_ref()(inputs, training=False)
        # A TFP distribution layer returns a distribution that also acts as a
        # tensor (one sample); summarise the distribution itself.
        return getattr(output, "tensor_distribution", output)

    @tf.function(reduce_retracing=True)
    def passes(inputs, n):
        # The first pass outside the loop gives the output's structure (a
        # tensor, or a distribution's parameter tensors) for tf.map_fn.
        first = one_pass(inputs)
        parts = tf.nest.flatten(first, expand_composites=True)

        def with_more_passes():
            rest = tf.map_fn(
                lambda _: tf.nest.flatten(one_pass(inputs), expand_composites=True),
                tf.range(n - 1),
                fn_output_signature=[tf.TensorSpec(part.shape, part.dtype) for part in parts],
            )
            return [tf.concat([part[tf.newaxis], more], axis=0) for part, more in zip(parts, rest)]

        # tf.map_fn cannot stack zero passes of unknown row count: skip it for one pass.
        stacked = tf.cond(n > 1, with_more_passes, lambda: [part[tf.newaxis] for part in parts])
        # A distribution whose parameters have the passes as a new first axis.
        return tf.nest.pack_sequence_as(first, stacked, expand_composites=True)

    _PASSES[model] = (layers, passes)
    return passes


def _check_model(model) -> None:
    check_not_keras3(model, "model")
    tf_keras = importlib.import_module("tf_keras")
    if not isinstance(model, tf_keras.layers.Layer):
        raise TypeError(
            f"`model` must be a Keras 2 (tf_keras) model, not {type(model).__module__}."
            f"{type(model).__name__}"
        )


def _input_tensor(x):
    """``x`` as a float tensor with rows first, and the row index to keep (or None)."""
    tf = importlib.import_module("tensorflow")
    if tf.is_tensor(x):
        tensor = x
    elif is_array_like(x):
        tensor = array_to_tensor(x, "x")
    elif isinstance(x, (list, tuple, int, float)) and not isinstance(x, bool):
        tensor = array_to_tensor(np.atleast_1d(np.asarray(x, dtype=object)), "x")
    else:
        raise TypeError(
            "`x` must be a numeric array, data frame, tensor or vector, not "
            f"{type(x).__module__}.{type(x).__name__}"
        )
    if tensor.shape.rank == 1:
        tensor = tensor[:, tf.newaxis]  # a vector is one column of rows
    if tensor.shape.rank == 0 or tensor.shape[0] == 0:
        raise ValueError(f"`x` must have at least one row, not shape {tuple(tensor.shape)}")
    index = x.index if type(x).__name__ == "DataFrame" else None
    return tensor, index


def _summarise_values(values: np.ndarray, probabilities: tuple) -> dict:
    """Summaries of passes that are plain values, shape (passes, rows, ...)."""
    values = values.reshape(values.shape[0], values.shape[1], -1).astype(np.float64)
    summary = {"mean": values.mean(axis=0), "sd": values.std(axis=0)}
    if probabilities:
        summary["quantiles"] = np.quantile(values, probabilities, axis=0)
    return summary


def _summarise_mixture(distribution, probabilities: tuple) -> dict:
    """Summaries of the equal-weight mixture of the passes' distributions."""
    means = _rows_by_outputs(distribution.mean())
    variances = _rows_by_outputs(distribution.variance())
    mean = means.mean(axis=0)
    # Law of total variance: aleatoric (mean variance) + epistemic (variance of means).
    variance = variances.mean(axis=0) + means.var(axis=0)
    summary = {"mean": mean, "sd": np.sqrt(variance)}
    if probabilities:
        summary["quantiles"] = _mixture_quantiles(distribution, probabilities, means.shape[1:])
    return summary


def _mixture_quantiles(distribution, probabilities: tuple, shape: tuple) -> np.ndarray:
    """Quantiles of the mixture over the first (passes) axis, shape (probabilities, rows, outputs)."""
    tf = importlib.import_module("tensorflow")
    marginal = distribution
    while hasattr(marginal, "reinterpreted_batch_ndims"):  # Independent: per-output marginals
        marginal = marginal.distribution
    if marginal.event_shape.rank != 0:
        raise ValueError(
            f"`quantiles` need a model whose output distribution has scalar events; "
            f"{marginal.name} has events of shape {marginal.event_shape}. Use quantiles = NULL "
            "(Python: None) to get the mean and sd only."
        )
    probs = tf.reshape(tf.constant(probabilities, marginal.dtype),
                       [-1] + [1] * marginal.batch_shape.rank)
    try:
        result = _bisect_mixture_quantiles(marginal, probs)
    except NotImplementedError as error:
        raise ValueError(
            f"`quantiles` need the output distribution's cdf() and quantile(), which "
            f"{marginal.name} lacks ({error}). Use quantiles = NULL (Python: None)."
        ) from None
    return result.numpy().reshape((len(probabilities),) + tuple(shape)).astype(np.float64)


def _bisect_mixture_quantiles(marginal, probs):
    # Compiled with the bisection inside, once per kind of distribution.
    tf = importlib.import_module("tensorflow")
    global _BISECT
    if _BISECT is None:
        @tf.function(reduce_retracing=True)
        def bisect(marginal, probs):
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
            return (low + high) / 2

        _BISECT = bisect
    return _BISECT(marginal, probs)


def _rows_by_outputs(tensor) -> np.ndarray:
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
