"""``predict_mc()`` for Keras 3 models, on any backend: the same columns and meaning as for Keras 2.

Each pass is one ``model.predict_on_batch()`` call (Keras compiles the step
once, on JAX too, and every call draws new weights from the layers' seed
generators), so the passes never share a weight draw. A model whose last
layer is one of tfprobr's Keras 3 distribution layers outputs its
distribution's parameters; the passes' distributions are then summarised as
for Keras 2 (:func:`tfprobr.predict_mc`): the mean of their means, the law of
total variance, and the quantiles of their equal-weight mixture, found by
bisection on the mean of their CDFs, all in ``keras.ops``.
"""

from __future__ import annotations

import numpy as np

from tfprobr._internal.passes import (
    ROW_PASSES_PER_BATCH, Batches, as_data_frame, model_input_shape, progress_bar, summarise,
)

__all__ = ["predict_mc_keras3"]

_BISECTION_STEPS = 60
# The bisection starts this many of the passes' standard deviations either side of their means.
_BRACKET_SDS = 40.0


def predict_mc_keras3(model, x, n_samples: int, probabilities: tuple, batch_size, verbose):
    """The body of :func:`tfprobr.predict_mc` for a Keras 3 ``model`` (arguments checked there)."""
    import keras

    if not isinstance(model, keras.Model):
        raise TypeError(f"`model` must be a Keras model, not {type(model).__module__}."
                        f"{type(model).__name__}")
    batches = Batches(x, model_input_shape(model), batch_size,
                      batch_size or max(1, ROW_PASSES_PER_BATCH // n_samples),
                      floatx=keras.config.floatx())
    if batches.array is None:
        raise TypeError("`x` must be an array, data frame, tensor or vector for a Keras 3 model; "
                        "a tf.data.Dataset works with Keras 2 models only")
    head = _head(model)
    if head is not None and probabilities and not head.family.has_cdf:
        raise ValueError(
            f"`quantiles` need the output distribution's cdf(), which the Keras 3 "
            f"{type(head).__name__} layer {head.name!r} lacks here. Use quantiles = NULL "
            "(Python: None) to get the mean and sd only."
        )
    progress = progress_bar(keras, batches.count, verbose)
    summaries = []
    for start in range(0, batches.array.shape[0], batches.size):
        rows = batches.array[start:start + batches.size]
        passes = np.stack([np.asarray(model.predict_on_batch(rows)) for _ in range(n_samples)])
        result = {"values": passes} if head is None else _distribution_summary(
            head, passes, probabilities)
        summaries.append(summarise(result, probabilities))
        if progress is not None:
            progress.update(len(summaries), finalize=len(summaries) == batches.count)
    return as_data_frame(summaries, probabilities, batches.index)


def _head(model):
    """The model's last layer if it is one of tfprobr's Keras 3 distribution layers, else None."""
    from tfprobr._internal.keras3.distribution_layers import DistributionLayer

    outputs = getattr(model, "outputs", None) or []
    if len(outputs) == 1 and hasattr(outputs[0], "_keras_history"):
        layer = outputs[0]._keras_history[0]
    else:
        layers = getattr(model, "layers", [])
        layer = layers[-1] if layers else None
    return layer if isinstance(layer, DistributionLayer) else None


def _distribution_summary(head, passes: np.ndarray, probabilities: tuple) -> dict:
    """Means, variances and (with ``probabilities``) mixture quantiles of the passes' distributions."""
    from keras import ops

    params = ops.convert_to_tensor(passes)
    family = head.family
    means = family.mean(params)
    variances = family.variance(params)
    result = {"means": ops.convert_to_numpy(means), "variances": ops.convert_to_numpy(variances)}
    if probabilities:
        result["quantiles"] = _mixture_quantiles(family, params, means, variances, probabilities)
    return result


def _mixture_quantiles(family, params, means, variances, probabilities) -> np.ndarray:
    """Quantiles (probabilities, rows, ...) of the equal-weight mixture over the passes (axis 0)."""
    from keras import ops

    sds = ops.sqrt(variances)
    low = ops.min(means - _BRACKET_SDS * sds, axis=0)
    high = ops.max(means + _BRACKET_SDS * sds, axis=0)
    shape = (len(probabilities),) + (1,) * len(ops.shape(low))
    probs = ops.reshape(ops.convert_to_tensor(np.asarray(probabilities, "float32")), shape)
    probs = ops.cast(probs, low.dtype)
    low = ops.broadcast_to(low[None], (len(probabilities), *ops.shape(low)))
    high = ops.broadcast_to(high[None], ops.shape(low))
    for _ in range(_BISECTION_STEPS):
        middle = (low + high) / 2
        # Every pass's cdf at the middle point: params (1, passes, rows, P), points (p, 1, rows, ...).
        cdf = ops.mean(family.cdf(params[None], middle[:, None]), axis=1)
        below = cdf < probs
        low = ops.where(below, middle, low)
        high = ops.where(below, high, middle)
    return ops.convert_to_numpy((low + high) / 2)
