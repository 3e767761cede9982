"""Saving and loading tfprobr's Keras 3 layers: configs, safe loading, registration.

A Keras 3 model of tfprobr's layers saved with ``model.save("model.keras")``
loads back with ``keras.saving.load_model("model.keras")`` and no
``custom_objects`` in any process that has run ``import tfprobr``: as soon as
``keras`` is imported, :func:`register` puts in Keras 3's registry tfprobr's
function objects (:class:`~tfprobr._internal.config_function.ConfigFunction`:
the layers' defaults, ``kl_divergence_fn()``...) and, for each class of
:data:`tfprobr._internal.classes.KERAS3_CLASSES_BY_MODULE`, a stand-in that
imports the real class when a file is loaded (see
:mod:`tfprobr._internal.registration`).

A layer's function arguments are saved with Keras' serializer, which writes
tfprobr's function objects as their class and config. One that Keras could not
find again in a fresh process (a lambda, a closure, an R function, an
unregistered object) fails at save time with
:class:`~tfprobr.errors.UnsavableFunctionError`.

Loading, as the Keras 2 path (:mod:`tfprobr._internal.keras2.saving`): in Keras' safe
mode (``load_model(..., safe_mode=True)``, the default) a function argument is
loaded only from objects registered with Keras 3 (tfprobr's own, the user's,
``custom_objects``); anything else, a function of any module, a lambda, a
name, raises :class:`~tfprobr.errors.UnsafeLoadError` before it is imported or
called. The other arguments (activation, regularizer, dtype policy) go through
Keras 3's own deserializer, which loads only Keras' own objects and
registered ones.
"""

from __future__ import annotations

import types

import keras

from tfprobr._internal import registry
from tfprobr._internal.classes import KERAS3_CLASSES_BY_MODULE, load_class
from tfprobr._internal.names import BAYESIAN_FUNCTION_ARGS, PACKAGE
from tfprobr.errors import UnsafeLoadError, UnsavableFunctionError

__all__ = ["register", "serialize_function", "deserialize_function_args", "registered"]


def register() -> None:
    """Register tfprobr's savable functions and function objects (now and as later ones are
    declared, :mod:`tfprobr._internal.registry`) and a stand-in for each Keras 3 class not yet
    registered."""
    registry.each(_register_function)
    for names in KERAS3_CLASSES_BY_MODULE.values():
        for name in names:
            if keras.saving.get_registered_object(f"{PACKAGE}>{name}") is None:
                keras.saving.register_keras_serializable(package=PACKAGE, name=name)(
                    _deferred_layer(name))


def _register_function(target) -> None:
    keras.saving.register_keras_serializable(package=PACKAGE)(target)


def registered(cls: type) -> type:
    """Class decorator: register a Keras 3 layer class as ``tfprobr>ClassName``."""
    return keras.saving.register_keras_serializable(package=PACKAGE)(cls)


def serialize_function(layer, argument: str, function):
    """``function`` (argument ``argument`` of ``layer``) as Keras 3 writes it into a config."""
    if function is None:
        return None
    if not _is_registered(function if isinstance(function, types.FunctionType) else type(function)):
        raise UnsavableFunctionError(
            f"Layer {layer.name!r} cannot be saved as a whole model: its `{argument}` is "
            f"{function!r}, which Keras cannot write into a model file (a lambda, an R function, "
            "or a Python function or object not registered with Keras). Save the weights "
            "instead, with model.save_weights(path) (a name ending in .weights.h5), and to load "
            "them rebuild the model with the same code and call model.load_weights(path). "
            "(Alternatively, make it a module-level Python function, or a class with "
            "get_config(), decorated with keras.saving.register_keras_serializable().)"
        )
    return keras.saving.serialize_keras_object(function)


def deserialize_function_args(cls: type, config: dict,
                              arguments: tuple = BAYESIAN_FUNCTION_ARGS) -> dict:
    """``config`` with its function ``arguments`` loaded as the safe mode allows (module docs)."""
    config = dict(config)
    name = config.get("name")
    owner = f"Layer {name!r} ({cls.__name__})" if isinstance(name, str) else cls.__name__
    for argument in arguments:
        if config.get(argument) is not None:
            config[argument] = _deserialize_function(config[argument], owner, argument)
    return config


def _deserialize_function(value, owner: str, argument: str):
    if not _in_safe_mode():
        return keras.saving.deserialize_keras_object(value)
    if isinstance(value, dict) and "class_name" in value:
        is_function = value["class_name"] == "function"
        name = value.get("config") if is_function else value.get("registered_name")
        found = keras.saving.get_registered_object(name) if isinstance(name, str) else None
        if found is not None and isinstance(found, type) != is_function:
            return keras.saving.deserialize_keras_object(value)
        what = registry.describe_serialized(value)
    else:
        what = repr(value)
    raise UnsafeLoadError(
        f"{owner}: refused to load `{argument}`, which the model file gives as {what}: a "
        "function argument loads only tfprobr's own functions and objects registered with "
        "Keras. If it is a function or class of your own, decorate it with "
        "@keras.saving.register_keras_serializable() before loading (or pass "
        "custom_objects={name: object} to load_model()); only if you trust the file, load it "
        "with keras.saving.load_model(path, safe_mode=False)."
    )


def _is_registered(target) -> bool:
    name = keras.saving.get_registered_name(target)
    return keras.saving.get_registered_object(name) is target


def _in_safe_mode() -> bool:
    # Keras sets it while it loads a file; None when from_config is called directly: safe then too.
    from keras.src.saving import serialization_lib

    return serialization_lib.in_safe_mode() is not False


def _deferred_layer(name: str) -> type:
    class DeferredLayer:
        @classmethod
        def from_config(cls, config):
            return load_class(name, keras3=True).from_config(config)

        def get_config(self):  # required for registration; stand-ins are never instantiated
            raise NotImplementedError

    DeferredLayer.__qualname__ = DeferredLayer.__name__ = f"DeferredKeras3{name}"
    return DeferredLayer
