"""One path for every layer function: convert the arguments, build the layer, compose it.

Each ``layer_*`` function's declaration (:func:`tfprobr._internal.declare.layer_function`)
hands its bound arguments here, with the name of its class and the converters
that apply. ``object`` then decides what is returned:

* ``None`` (R's ``NULL`` or a missing argument): the layer itself;
* a ``Sequential`` model: the same model, with the layer added (on failure the
  model is left as it was);
* a symbolic Keras tensor or a TensorFlow tensor: the layer applied to it;
* a numpy array or a pandas DataFrame/Series (R matrices, arrays and
  data.frames arrive as these): converted to a float tensor, then applied.

``object`` also decides the Keras generation, here and nowhere else: a Keras 3
object (``keras.Sequential``, ``keras.Input``) gets tfprobr's native Keras 3
class (:mod:`tfprobr._internal.keras3`), a ``tf_keras`` one the Keras 2 class;
otherwise the switch ``TFPROBR_KERAS`` decides (Keras 2 unless it is ``3``).
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

import numpy as np

from tfprobr._internal.advice import spelled
from tfprobr._internal.classes import has_keras3_class, load_class
from tfprobr._internal.keras3 import SWITCH, keras3_requested
from tfprobr._internal.convert import (
    as_integer,
    as_shape,
    c_order,
    convert_args,
    describe,
    is_array_like,
    is_pandas,
)

__all__ = ["create_layer", "check_not_keras3", "is_keras3", "array_to_tensor"]

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
    function: str = "This layer function",
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
    function : str
        The public function's name, for messages.
    rename : mapping
        ``{R name: Keras name}`` for arguments that R calls differently,
        applied after converting (errors name the R argument).
    """
    args = dict(args)
    target = args.pop("object", None)
    extra = args.pop("kwargs", None) or {}
    kind, keras3 = _target_kind(target)
    if keras3 and not has_keras3_class(layer_class):
        raise TypeError(
            f"{function}() has no Keras 3 version yet, and "
            + (f"`object` is a Keras 3 object ({type(target).__module__}.{type(target).__name__})"
               if target is not None and is_keras3(target) else f"{SWITCH}=3 asks for Keras 3")
            + ". Build this model with Keras 2: tfprobr.keras_model_sequential() or "
            f"tfprobr.layer_input() (with {SWITCH} unset or 2)."
        )
    overlap = set(args) & set(extra)
    if overlap:
        raise TypeError(f"argument `{sorted(overlap)[0]}` given twice")
    args.update(extra)
    for name in _DROPPED_WHEN_NULL:
        if name in args and args[name] is None:
            del args[name]
    args = convert_args(args, {**_KERAS_KWARG_CONVERTERS, **converters})
    args = {rename.get(name, name): value for name, value in args.items()}
    if not isinstance(layer_class, str):
        return _compose(kind, target, layer_class(**args), keras3)
    try:
        layer_type = load_class(layer_class, keras3=keras3)
    except ModuleNotFoundError as error:
        if keras3:
            raise
        raise ModuleNotFoundError(
            f"{function}() builds a Keras 2 (tf_keras) layer here, which needs TensorFlow, "
            f"tf_keras and TensorFlow Probability: {error}. For a native Keras 3 layer (any Keras "
            f"3 backend), pass a Keras 3 model or input as `object`, or set {SWITCH}=3 "
            "(use_keras3())."
        ) from error
    return _compose(kind, target, layer_type(**args), keras3)


def check_not_keras3(value: Any, name: str) -> None:
    """Raise a clear ``TypeError`` when ``value`` is a Keras 3 object where Keras 2 is needed."""
    if is_keras3(value):
        advice = spelled(
            python="Build Keras 3 models with keras itself (keras.Sequential(), keras.Input()), "
                   "Keras 2 ones with tfprobr.keras_model_sequential() or tfprobr.layer_input().",
            r="Build Keras 3 models with keras itself (keras <- reticulate::import(\"keras\"); "
              "keras$Sequential(), keras$Input()), Keras 2 ones with tfprobr's "
              "keras_model_sequential() or layer_input().")
        raise TypeError(
            f"`{name}` is a Keras 3 object ({type(value).__module__}.{type(value).__name__}), "
            "but this function takes Keras 2 (tf_keras) objects. tfprobr's Bayesian layer "
            "functions (layer_dense_flipout() and the other estimator layers) build native "
            f"Keras 3 layers when given a Keras 3 model or input. {advice}"
        )


def _target_kind(target: Any) -> tuple[str, bool]:
    """What ``target`` is (none, sequential, tensor, array) and whether it asks for Keras 3."""
    if target is None:
        return "none", keras3_requested()
    if is_keras3(target):
        return _keras3_target_kind(target), True
    import tf_keras
    if isinstance(target, tf_keras.Sequential):
        return "sequential", False
    if isinstance(target, tf_keras.Model):
        raise _functional_model_error(target)
    import tensorflow as tf
    if tf.is_tensor(target) or isinstance(target, tf.Variable):
        # A tf_keras symbolic input is Keras 2's; an eager tensor is either's: the switch's.
        return "tensor", not tf_keras.backend.is_keras_tensor(target) and keras3_requested()
    if is_array_like(target):
        return "array", keras3_requested()
    raise TypeError(
        "`object` must be NULL/None, a Sequential model, a tensor, or a numeric array or "
        f"data frame, not {describe(target)}"
    )


def _keras3_target_kind(target: Any) -> str:
    import keras
    if isinstance(target, keras.Sequential):
        return "sequential"
    if isinstance(target, keras.Model):
        raise _functional_model_error(target)
    if keras.ops.is_tensor(target) or isinstance(target, (keras.KerasTensor, keras.Variable)):
        return "tensor"
    raise TypeError(
        "`object` must be NULL/None, a Sequential model, a tensor, or a numeric array or "
        f"data frame, not {describe(target)}"
    )


def _functional_model_error(target: Any) -> TypeError:
    return TypeError(
        f"`object` is a functional {type(target).__name__} model; a layer can only be added to a "
        "Sequential model. Apply the layer to the model's output tensor instead "
        f"({spelled(python='model.output', r='model$output')})."
    )


def _compose(kind: str, target: Any, layer, keras3: bool = False):
    if kind == "none":
        return layer
    if kind == "array":
        target = array_to_tensor(target, keras3=keras3)
    try:
        return _add_atomically(target, layer) if kind == "sequential" else layer(target)
    except ValueError as error:
        # Keras' and TFP's shape errors name neither the argument nor the shape given.
        shape = (getattr(target, "output_shape", "unknown") if kind == "sequential"
                 else tuple(target.shape))
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


def is_keras3(value: Any) -> bool:
    """Whether ``value`` is a Keras 3 object (of the ``keras`` package, not ``tf_keras``)."""
    return any(
        cls.__module__ == "keras" or cls.__module__.startswith("keras.")
        for cls in type(value).__mro__
    )


def array_to_tensor(value: Any, name: str = "object", keras3: bool = False):
    """A numpy array or pandas DataFrame/Series as a tensor of Keras' float type.

    A pandas Series becomes one column. Non-numeric values raise a ``TypeError``
    naming the argument ``name``. With ``keras3``, Keras 3's float type and a
    tensor of its backend.
    """
    if keras3:
        import keras

        floatx = keras.config.floatx()
    else:
        import tf_keras

        floatx = tf_keras.backend.floatx()
    try:
        array = value.to_numpy(dtype=floatx) if is_pandas(value) else np.asarray(value, dtype=floatx)
    except (TypeError, ValueError) as error:
        raise TypeError(f"`{name}` must hold numbers only; converting it to {floatx} failed: {error}") from None
    if array.ndim == 1 and is_pandas(value) and array.size:
        array = array.reshape(-1, 1)  # a pandas Series is one column
    if keras3:
        return keras.ops.convert_to_tensor(c_order(array))
    import tensorflow as tf

    return tf.convert_to_tensor(c_order(array))
