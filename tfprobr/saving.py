"""Saving and loading models built with tfprobr's layers.

A model of tfprobr's layers saved with ``model.save("model.keras")`` (or
``.h5``) loads back with ``tf_keras.models.load_model("model.keras")`` and no
``custom_objects``, in any process that has run ``import tfprobr``: each layer
class, each of tfprobr's function objects and its functions meant to be passed
to Keras (``negloglik``, the ``tfd_*`` methods) are registered with Keras as
``tfprobr>Name`` (see :mod:`tfprobr.registration` for how that happens without
``import tfprobr`` importing TensorFlow).

TFP's own layers save a function by its ``__name__`` (or pickle it, or have no
config at all) and so cannot load tfprobr's function objects. Two mixins
replace their ``get_config``/``from_config``:

* :class:`SerializableLayerMixin`, for the Bayesian estimator layers, keeps
  TFP's config and puts Keras' serialization of the function arguments in it;
* :class:`ConstructorConfigMixin`, for every other class, makes the config
  the arguments the constructor was called with.

Either way a function (or value) that cannot be saved (a lambda, a closure,
an R function, a distribution holding variables) fails at save time with an
error that says what to do instead.

This module imports ``tf_keras`` but not TensorFlow Probability; :mod:`tfprobr.tfp_layers`
and the hook of :mod:`tfprobr.registration` import it.
"""

from __future__ import annotations

import base64
import importlib
import inspect
import types
import warnings

import numpy as np
import tf_keras

from tfprobr.callables import ConfigFunction
from tfprobr.registration import SAVABLE_CLASSES

__all__ = [
    "SerializableLayerMixin",
    "ConstructorConfigMixin",
    "UnsavableFunctionError",
    "register_deferred_layers",
    "PACKAGE",
]

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


class _Registered:
    """Registers every subclass that is a Keras layer or regularizer as ``tfprobr>ClassName``."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Not intermediate mixins.
        if issubclass(cls, (tf_keras.layers.Layer, tf_keras.regularizers.Regularizer)):
            tf_keras.saving.register_keras_serializable(package=PACKAGE)(cls)


class SerializableLayerMixin(_Registered):
    """``get_config``/``from_config`` for layers whose arguments include functions.

    Put it first among the bases of a layer class. Every subclass is registered
    with Keras as ``tfprobr>ClassName``. ``_function_args`` names the
    constructor arguments that are functions (stored as attributes of the same
    name).
    """

    _function_args = BAYESIAN_FUNCTION_ARGS

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
                config[name] = _deserialize_object(config[name])
        return cls(**config)


class ConstructorConfigMixin(_Registered):
    """``get_config``: the arguments the constructor was called with; ``from_config`` calls it again.

    For TFP classes whose own config cannot be loaded back (a pickled or
    missing ``make_distribution_fn``, functions saved by name, initializers
    saved as strings where objects are expected). Put it before the TFP class
    among the bases; every subclass is registered with Keras as
    ``tfprobr>ClassName``. The arguments are kept untracked, as given; in the
    config, functions and Keras objects are saved with Keras' serializer, a
    fixed distribution (e.g. a KL prior) as its tensors and type spec, and
    anything else that is not plain data fails at save time.
    """

    def __init__(self, *args, **kwargs):
        signature = inspect.signature(super().__init__)
        arguments = signature.bind(*args, **kwargs).arguments
        super().__init__(*args, **kwargs)
        # Plain attribute: Keras would track the layers and distributions in it.
        object.__setattr__(self, "_constructor_arguments", arguments)

    def get_config(self):
        arguments = dict(self._constructor_arguments)
        extra = {}
        for name, parameter in inspect.signature(super().__init__).parameters.items():
            if parameter.kind is inspect.Parameter.VAR_KEYWORD:
                extra = arguments.pop(name, {})
        config = {}
        if isinstance(self, tf_keras.layers.Layer):
            # Name, trainable, dtype policy and batch input shape, from the
            # layer itself; the shape arguments they replace are dropped.
            config = tf_keras.layers.Layer.get_config(self)
            extra = {key: value for key, value in extra.items()
                     if key not in config and key not in _INPUT_SHAPE_ARGS}
        for name, value in {**extra, **arguments}.items():
            config[name] = _serialize_value(self, name, value)
        return config

    @classmethod
    def from_config(cls, config):
        return cls(**{name: _deserialize_value(value) for name, value in config.items()})


def register_deferred_layers(classes) -> None:
    """Register a stand-in for each savable class not registered yet.

    ``classes`` maps a module to the names of its classes. A stand-in's
    ``from_config`` imports the real class (and so TensorFlow Probability)
    only when a saved model is loaded; importing the real module replaces the
    stand-ins with the classes themselves.
    """
    for module, names in classes.items():
        for name in names:
            if tf_keras.saving.get_registered_object(f"{PACKAGE}>{name}") is None:
                tf_keras.saving.register_keras_serializable(package=PACKAGE, name=name)(
                    _deferred_layer(module, name)
                )


# Keras layer arguments that the layer's own config replaces by batch_input_shape.
_INPUT_SHAPE_ARGS = ("input_shape", "input_dim", "batch_size")
# Marks of tfprobr's own encodings in a config (Keras' serializer has none for these).
_DISTRIBUTION = "__tfprobr_distribution__"
_DTYPE = "__tfprobr_dtype__"


def _deferred_layer(module, name):
    class DeferredLayer:
        @classmethod
        def from_config(cls, config):
            real = getattr(importlib.import_module(module), name)
            return real.from_config(config)

        def get_config(self):  # required for registration; stand-ins are never instantiated
            raise NotImplementedError

    DeferredLayer.__qualname__ = DeferredLayer.__name__ = f"Deferred{name}"
    return DeferredLayer


def _serialize_function(layer, name):
    return _serialize_callable(layer, name, getattr(layer, name))


def _serialize_callable(owner, name, function):
    if function is None:
        return None
    function = _named_default(function)
    if not _is_serializable(function):
        raise _unsavable(owner, name, function)
    return tf_keras.saving.serialize_keras_object(function)


def _unsavable(owner, name, value):
    what = f"Layer {owner.name!r}" if isinstance(owner, tf_keras.layers.Layer) else (
        type(owner).__name__
    )
    return UnsavableFunctionError(
        f"{what} cannot be saved as a whole model: its `{name}` is {value!r}, which Keras "
        "cannot write into a model file (a lambda, an R function, a Python function or "
        "object not registered with Keras, or a distribution holding variables). Save the "
        "weights instead, with model.save_weights(path), and to load them rebuild the model "
        "with the same code and call model.load_weights(path). (Alternatively, make the "
        "function a module-level Python function, or a class with get_config(), decorated "
        "with tf_keras.saving.register_keras_serializable().)"
    )


def _serialize_value(owner, name, value):
    """One constructor argument in a config (see :class:`ConstructorConfigMixin`)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [_serialize_value(owner, name, element) for element in value]
    if isinstance(value, (np.ndarray, np.generic)):
        return value.tolist()
    import tensorflow as tf

    if isinstance(value, tf.TensorShape):
        return value.as_list()
    if isinstance(value, tf.DType):
        return {"class_name": _DTYPE, "config": value.name}
    if hasattr(value, "log_prob") and hasattr(value, "_type_spec"):
        if value.variables:
            raise _unsavable(owner, name, value)
        return _serialize_distribution(value)
    return _serialize_callable(owner, name, value)


def _deserialize_value(value):
    if not (isinstance(value, dict) and "class_name" in value):
        return value
    if value["class_name"] == _DTYPE:
        import tensorflow as tf

        return tf.as_dtype(value["config"])
    if value["class_name"] == _DISTRIBUTION:
        return _deserialize_distribution(value["config"])
    return _deserialize_object(value)


def _serialize_distribution(distribution):
    """A fixed TFP distribution: its type spec (TensorFlow's own encoding) and its tensors."""
    import tensorflow as tf

    with warnings.catch_warnings():  # "loading will require that this type be registered"
        warnings.simplefilter("ignore", UserWarning)
        spec = tf.__internal__.saved_model.encode_structure(distribution._type_spec)
    tensors = tf.nest.flatten(distribution, expand_composites=True)
    return {"class_name": _DISTRIBUTION, "config": {
        "type_spec": base64.b64encode(spec.SerializeToString()).decode("ascii"),
        "tensors": [{"value": np.asarray(t).tolist(), "dtype": t.dtype.name} for t in tensors],
    }}


def _deserialize_distribution(config):
    import tensorflow as tf
    import tensorflow_probability  # noqa: F401  (registers the type specs it decodes)
    from tensorflow.core.protobuf import struct_pb2

    proto = struct_pb2.StructuredValue.FromString(base64.b64decode(config["type_spec"]))
    spec = tf.__internal__.saved_model.decode_proto(proto)
    tensors = [tf.constant(t["value"], dtype=t["dtype"]) for t in config["tensors"]]
    return tf.nest.pack_sequence_as(spec, tensors, expand_composites=True)


def _deserialize_object(serialized):
    # Loading a legacy .h5 file looks functions up by a name Keras does not
    # register, and classes by their bare class name (finding TFP's class of
    # that name for a nested layer): tfprobr's classes and registered functions
    # are taken from the registry here.
    registered = None
    if isinstance(serialized, dict) and serialized.get("class_name") == "function":
        registered = tf_keras.saving.get_registered_object(serialized.get("config"))
        if registered is not None:
            return registered
    if isinstance(serialized, dict) and serialized.get("registered_name"):
        registered = tf_keras.saving.get_registered_object(serialized["registered_name"])
    if isinstance(registered, type) and serialized["registered_name"].startswith(f"{PACKAGE}>"):
        deserialized = registered.from_config(serialized["config"])
    else:
        deserialized = tf_keras.saving.deserialize_keras_object(
            serialized, custom_objects=registered and {serialized["class_name"]: registered}
        )
    # A default standing for a TensorFlow function becomes that function again,
    # as when the layer was first built.
    resolve = getattr(deserialized, "resolve", None)
    return resolve() if callable(resolve) else deserialized


def _named_default(function):
    """The default of :mod:`tfprobr.defaults` that resolved to ``function``, or ``function``."""
    from tfprobr.defaults import TENSORFLOW_FUNCTIONS

    for default in TENSORFLOW_FUNCTIONS:
        if function is default.resolve():
            return default
    return function


def _is_serializable(function) -> bool:
    """Whether Keras can save ``function`` and find it again in a fresh process.

    Keras finds a function or class again by its registered name (an
    unregistered function is saved without its module), or, for Keras' own
    functions and classes (activations, initializers...), by its module. So
    only these and registered classes with ``get_config()`` qualify.
    """
    if isinstance(function, types.FunctionType):
        return _is_registered(function) or _is_keras_own(function)
    return hasattr(function, "get_config") and (
        _is_registered(type(function)) or _is_keras_own(type(function))
    )


def _is_keras_own(target) -> bool:
    return target.__module__.split(".")[0] == "tf_keras"


def _is_registered(target) -> bool:
    registered = tf_keras.saving.get_registered_name(target)
    return tf_keras.saving.get_registered_object(registered) is target


def _register_functions() -> None:
    """Register every :class:`ConfigFunction` class (tfprobr's defaults and factories), and
    the functions users pass to Keras: ``negloglik`` (a loss) and the ``tfd_*`` methods
    (e.g. ``tfd_mean`` as a ``convert_to_tensor_fn``)."""
    from tfprobr import distribution_methods, helpers

    pending = [ConfigFunction]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls is not ConfigFunction:
            tf_keras.saving.register_keras_serializable(package=PACKAGE)(cls)
    functions = [helpers.negloglik] + [getattr(distribution_methods, name) for name in distribution_methods.__all__]
    for function in functions:
        tf_keras.saving.register_keras_serializable(package=PACKAGE)(function)


_register_functions()
# When this module is the first to import tf_keras, the hook of tfprobr.registration ran
# before register_deferred_layers existed (and so did nothing): register here.
register_deferred_layers(SAVABLE_CLASSES)
