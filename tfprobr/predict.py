"""Predictions with uncertainty: many stochastic forward passes in one compiled call.

A Bayesian layer draws new weights (or pre-activations) on every call, so one
``predict()`` is one draw from the predictive distribution. ``predict_mc``
makes ``n_samples`` such draws inside one traced TensorFlow function, batch by
batch of rows, and summarises them per row and output.
"""

from __future__ import annotations

import weakref
from typing import Any

import numpy as np

from tfprobr._internal.advice import spelled
from tfprobr._internal.compose import check_not_keras3
from tfprobr._internal.convert import (
    as_count,
    as_probabilities,
    describe,
)
from tfprobr._internal.passes import (
    ROW_PASSES_PER_BATCH, Batches, as_data_frame, model_input_shape, progress_bar, summarise,
)
from tfprobr._internal.verb_args import as_verbose

__all__ = ["predict_mc"]

__family__ = "prediction"

# Bisection steps for the quantiles of a mixture; the bracket starts as wide as
# the passes' own quantiles spread, so 40 halvings reach float32 precision.
_BISECTION_STEPS = 40


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
    batches = Batches(x, model_input_shape(model), batch_size,
                      batch_size or max(1, ROW_PASSES_PER_BATCH // n_samples))

    import tensorflow as tf
    import tf_keras
    n = tf.constant(n_samples, tf.int32)
    probs = tf.constant(probabilities, tf.float32, shape=[len(probabilities)])
    summaries = []
    all_passes_same = True
    progress = progress_bar(tf_keras, batches.count, verbose)
    for inputs in batches:
        passes = _compiled_passes(model, inputs, bool(probabilities))
        result = passes(inputs, n, probs)
        all_passes_same = all_passes_same and _passes_identical(result)
        summaries.append(summarise(result, probabilities))
        if progress is not None:
            progress.update(len(summaries), finalize=False)
    if progress is not None:
        progress.update(len(summaries), finalize=True)
    if not summaries:
        raise ValueError(f"`x` must have at least one row, but the dataset {describe(x)} is empty")
    if all_passes_same:
        _warn_nothing_random(model, n_samples, distribution="values" not in result)
    return as_data_frame(summaries, probabilities, batches.index)


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
