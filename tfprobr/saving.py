"""Saving and loading models built with tfprobr's layers.

A model of tfprobr's Bayesian layers saved with ``model.save("model.keras")``
(or ``.h5``) loads back with ``tf_keras.models.load_model("model.keras")`` and
no ``custom_objects``, in any process that has run ``import tfprobr``: each
layer class and each of tfprobr's function objects is registered with Keras as
``tfprobr>ClassName`` (see :mod:`tfprobr.registration` for how that happens
without ``import tfprobr`` importing TensorFlow).

TFP's own layers save a function by its ``__name__`` and so cannot load
tfprobr's function objects (or anything but a registered plain function). The
mixin here replaces their ``get_config``/``from_config`` for all of tfprobr's
Bayesian layers at once: functions are saved with Keras' serializer, and a
function that cannot be saved (a lambda, a closure, an R function) fails at
save time with an error that says what to do instead.

This module imports ``tf_keras`` but not TensorFlow Probability; :mod:`tfprobr.tfp_layers`
and the hook of :mod:`tfprobr.registration` import it.
"""

from __future__ import annotations

import importlib
import types

import tf_keras

from tfprobr.callables import ConfigFunction

__all__ = ["SerializableLayerMixin", "UnsavableFunctionError", "register_deferred_layers", "PACKAGE"]

# The package part of the names tfprobr registers with Keras ("tfprobr>Name").
PACKAGE = "tfprobr"

# The function arguments of TFP's dense and convolutional Bayesian layers.
BAYESIAN_FUNCTION_ARGS = (
    "kernel_posterior_fn",
    "kernel_posterior_tensor_fn",
    "kernel_prior_fn",
    "kernel_divergence_fn",
    "bias_posterior_fn",
    "bias_posterior_tensor_fn",
    "bias_prior_fn",
    "bias_divergence_fn",
)


class UnsavableFunctionError(TypeError, NotImplementedError):
    """A layer holds a function that cannot be written into a model file.

    It is a ``NotImplementedError`` too, which is how Keras' SavedModel export
    recognizes a config it cannot have: it then saves the traced graph without
    the config, so ``model.save(directory)`` still works.
    """


class SerializableLayerMixin:
    """``get_config``/``from_config`` for layers whose arguments include functions.

    Put it first among the bases of a layer class. Every subclass is registered
    with Keras as ``tfprobr>ClassName``. ``_function_args`` names the
    constructor arguments that are functions (stored as attributes of the same
    name).
    """

    _function_args = BAYESIAN_FUNCTION_ARGS

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if issubclass(cls, tf_keras.layers.Layer):  # not intermediate mixins
            tf_keras.saving.register_keras_serializable(package=PACKAGE)(cls)

    def get_config(self):
        functions = {name: _serialize_function(self, name) for name in self._function_args}
        # TFP's get_config saves functions by __name__, which function objects
        # lack: let it see None, then put Keras' serialization in its place.
        held = {name: getattr(self, name) for name in self._function_args}
        try:
            for name in held:
                setattr(self, name, None)
            config = super().get_config()
        finally:
            for name, value in held.items():
                setattr(self, name, value)
        for name in self._function_args:
            config.pop(name + "_type", None)
        config.update(functions)
        return config

    @classmethod
    def from_config(cls, config):
        config = dict(config)
        for name in cls._function_args:
            config.pop(name + "_type", None)
            if config.get(name) is not None:
                config[name] = _deserialize_function(config[name])
        return cls(**config)


def register_deferred_layers(names) -> None:
    """Register a stand-in for each layer class of :mod:`tfprobr.tfp_layers` not registered yet.

    A stand-in's ``from_config`` imports the real class (and so TensorFlow
    Probability) only when a saved model is loaded; importing the real module
    replaces the stand-ins with the classes themselves.
    """
    for name in names:
        if tf_keras.saving.get_registered_object(f"{PACKAGE}>{name}") is None:
            tf_keras.saving.register_keras_serializable(package=PACKAGE, name=name)(_deferred_layer(name))


def _deferred_layer(name):
    class DeferredLayer:
        @classmethod
        def from_config(cls, config):
            real = getattr(importlib.import_module("tfprobr.tfp_layers"), name)
            return real.from_config(config)

        def get_config(self):  # required for registration; stand-ins are never instantiated
            raise NotImplementedError

    DeferredLayer.__qualname__ = DeferredLayer.__name__ = f"Deferred{name}"
    return DeferredLayer


def _serialize_function(layer, name):
    function = getattr(layer, name)
    if function is None:
        return None
    if not _is_serializable(function):
        raise UnsavableFunctionError(
            f"Layer {layer.name!r} cannot be saved as a whole model: its `{name}` is "
            f"{function!r}, a function Keras cannot write into a model file (a lambda, an "
            "R function, or a Python function or object not registered with Keras). Save the "
            "weights instead, with model.save_weights(path), and to load them rebuild the model "
            "with the same code and call model.load_weights(path). (Alternatively, make the "
            "function a module-level Python function, or a class with get_config(), decorated "
            "with tf_keras.saving.register_keras_serializable().)"
        )
    return tf_keras.saving.serialize_keras_object(function)


def _deserialize_function(serialized):
    # Loading a legacy .h5 file looks classes up by their bare class name;
    # offer the registered class under that name too.
    custom_objects = None
    if isinstance(serialized, dict) and serialized.get("registered_name"):
        registered = tf_keras.saving.get_registered_object(serialized["registered_name"])
        if registered is not None:
            custom_objects = {serialized["class_name"]: registered}
    return tf_keras.saving.deserialize_keras_object(serialized, custom_objects=custom_objects)


def _is_serializable(function) -> bool:
    """Whether Keras can save ``function`` and find it again in a fresh process.

    Keras finds a function or class again only by its registered name (an
    unregistered function is saved without its module), so only registered
    functions and registered classes with ``get_config()`` qualify.
    """
    if isinstance(function, types.FunctionType):
        return _is_registered(function)
    return hasattr(function, "get_config") and _is_registered(type(function))


def _is_registered(target) -> bool:
    registered = tf_keras.saving.get_registered_name(target)
    return tf_keras.saving.get_registered_object(registered) is target


def _register_function_classes() -> None:
    """Register every :class:`ConfigFunction` class (tfprobr's defaults and factories)."""
    pending = [ConfigFunction]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls is not ConfigFunction:
            tf_keras.saving.register_keras_serializable(package=PACKAGE)(cls)


_register_function_classes()
