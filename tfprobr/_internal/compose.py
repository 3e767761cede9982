"""One path for every layer function: convert the arguments, build the layer, compose it.

Each ``layer_*`` function's declaration (:func:`tfprobr._internal.declare.layer_function`)
hands its bound arguments here, with the name of its class and the converters
that apply. ``object`` then decides what is returned:

* ``None`` (R's ``NULL`` or a missing argument): the layer itself;
* a ``tf_keras`` ``Sequential`` model: the same model, with the layer added (on
  failure the model is left as it was);
* a symbolic Keras tensor or a TensorFlow tensor: the layer applied to it;
* a numpy array or a pandas DataFrame/Series (R matrices, arrays and
  data.frames arrive as these): converted to a float tensor, then applied.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

import numpy as np

from tfprobr._internal.classes import load_class
from tfprobr._internal.convert import (
    _describe,
    as_integer,
    as_shape,
    c_order,
    convert_args,
    is_array_like,
    is_pandas,
)

__all__ = ["create_layer", "check_not_keras3", "array_to_tensor"]

# Keyword arguments R keras drops when they are NULL.
_DROPPED_WHEN_NULL = (
    "input_shape", "batch_input_shape", "batch_size", "dtype", "name", "trainable", "weights",
)
_KERAS_KWARG_CONVERTERS = {
    "input_shape": lambda value, name: as_shape(value, name, allow_unknown=True),
    "batch_input_shape": lambda value, name: as_shape(value, name, allow_unknown=True),
    "batch_size": as_integer,
}


def create_layer(
    layer_class: str | type,
    args: Mapping[str, Any],
    converters: Mapping[str, Callable[[Any, str], Any]],
    *,
    rename: Mapping[str, str] = {},
):
    """Build tfprobr's class ``layer_class`` from a layer function's arguments and compose it.

    Parameters
    ----------
    layer_class : str or type
        The class to build: by its name in :mod:`tfprobr._internal.classes`,
        or a Keras class itself (R keras' layers, see :mod:`tfprobr.keras_functions`).
    args : mapping
        The function's bound arguments: ``object``, the named arguments, and
        ``kwargs`` for its ``...``.
    converters : mapping
        ``{argument: converter}`` for the arguments that need converting.
    rename : mapping
        ``{R name: Keras name}`` for arguments that R calls differently,
        applied after converting (errors name the R argument).
    """
    args = dict(args)
    target = args.pop("object", None)
    extra = args.pop("kwargs", None) or {}
    kind = _target_kind(target)
    overlap = set(args) & set(extra)
    if overlap:
        raise TypeError(f"argument `{sorted(overlap)[0]}` given twice")
    args.update(extra)
    for name in _DROPPED_WHEN_NULL:
        if name in args and args[name] is None:
            del args[name]
    args = convert_args(args, {**_KERAS_KWARG_CONVERTERS, **converters})
    args = {rename.get(name, name): value for name, value in args.items()}
    layer = (load_class(layer_class) if isinstance(layer_class, str) else layer_class)(**args)
    return _compose(kind, target, layer)


def check_not_keras3(value: Any, name: str) -> None:
    """Raise a clear ``TypeError`` when ``value`` is a Keras 3 object."""
    if _is_keras3(value):
        raise TypeError(
            f"`{name}` is a Keras 3 object ({type(value).__module__}.{type(value).__name__}), "
            "but TensorFlow Probability's layers, and so tfprobr, need Keras 2 (tf_keras) "
            "objects. Build the model with tfprobr.keras_model_sequential() or "
            "tfprobr.layer_input() (or tf_keras directly), and set TF_USE_LEGACY_KERAS=1 "
            "before importing TensorFlow if you use tf.keras."
        )


def _target_kind(target: Any) -> str:
    if target is None:
        return "none"
    check_not_keras3(target, "object")
    import tf_keras
    if isinstance(target, tf_keras.Sequential):
        return "sequential"
    if isinstance(target, tf_keras.Model):
        raise TypeError(
            f"`object` is a functional {type(target).__name__} model; a layer can only be "
            "added to a Sequential model. Apply the layer to the model's output tensor "
            "instead (Python: model.output; R: model$output)."
        )
    import tensorflow as tf
    if tf.is_tensor(target) or isinstance(target, tf.Variable):
        return "tensor"
    if is_array_like(target):
        return "array"
    raise TypeError(
        "`object` must be NULL/None, a Sequential model, a tensor, or a numeric array or "
        f"data frame, not {_describe(target)}"
    )


def _compose(kind: str, target: Any, layer):
    if kind == "none":
        return layer
    if kind == "array":
        target = array_to_tensor(target)
    try:
        return _add_atomically(target, layer) if kind == "sequential" else layer(target)
    except ValueError as error:
        # Keras' and TFP's shape errors name neither the argument nor the shape given.
        shape = target.output_shape if kind == "sequential" else tuple(target.shape)
        raise ValueError(
            f"`object` (output shape {shape}) does not fit layer {layer.name!r} "
            f"({type(layer).__name__}): {_first_line(error)}"
        ) from None


def _first_line(error: Exception) -> str:
    """The line of a Keras error that says what is wrong (Keras puts its own lines around it)."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    useful = [line for line in lines if not line.startswith(("Exception encountered when calling",
                                                                "Call arguments received", "•"))]
    return (useful or lines or [type(error).__name__])[0]


def _add_atomically(model, layer):
    before = len(model.layers)
    try:
        model.add(layer)
    except Exception:
        while len(model.layers) > before:
            model.pop()
        raise
    return model


def _is_keras3(value: Any) -> bool:
    return any(
        cls.__module__ == "keras" or cls.__module__.startswith("keras.")
        for cls in type(value).__mro__
    )


def array_to_tensor(value: Any, name: str = "object"):
    """A numpy array or pandas DataFrame/Series as a tensor of Keras' float type.

    A pandas Series becomes one column. Non-numeric values raise a ``TypeError``
    naming the argument ``name``.
    """
    import tensorflow as tf
    import tf_keras

    floatx = tf_keras.backend.floatx()
    try:
        array = value.to_numpy(dtype=floatx) if is_pandas(value) else np.asarray(value, dtype=floatx)
    except (TypeError, ValueError) as error:
        raise TypeError(f"`{name}` must hold numbers only; converting it to {floatx} failed: {error}") from None
    if array.ndim == 1 and is_pandas(value) and array.size:
        array = array.reshape(-1, 1)  # a pandas Series is one column
    return tf.convert_to_tensor(c_order(array))
