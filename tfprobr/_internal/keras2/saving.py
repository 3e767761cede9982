"""Saving and loading models built with tfprobr's layers.

A model of tfprobr's layers saved with ``model.save("model.keras")`` (or
``.h5``) loads back with ``tf_keras.models.load_model("model.keras")`` and no
``custom_objects``, in any process that has run ``import tfprobr``: each layer
class, each of tfprobr's function objects and its functions meant to be passed
to Keras (``negloglik``, the ``tfd_*`` methods) are registered with Keras as
``tfprobr>Name`` (see :mod:`tfprobr._internal.registration` for how that happens without
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

Loading. A model file's author chose its config, so in Keras' safe mode
``from_config`` loads every config value saved as a function or object, and
every value of the arguments in :data:`FUNCTION_ARGS` (where TFP would look a
name up, or unpickle it), only from a closed set: objects registered with Keras (tfprobr's own
functions, function objects and classes, the user's, and ``custom_objects``,
which Keras keeps in its registry while it loads a file), except TensorFlow
Probability's own classes; the TensorFlow functions of
:data:`tfprobr._internal.defaults.TENSORFLOW_FUNCTIONS`, also by their method names
(``"mean"``); and Keras' exported activations, initializers, regularizers,
constraints and dtype policies. Anything else raises :class:`UnsafeLoadError`
before it is imported or called. Safe mode is Keras' (``load_model(...,
safe_mode=True)``, the default, for ``.keras`` files); when Keras sets none
(legacy ``.h5`` files, ``from_config`` called directly) tfprobr is safe too,
and with ``safe_mode=False`` it loads whatever Keras loads. A saved
distribution is decoded only if every type spec it names is TFP's (or a
linear operator's), in either mode.

This module imports ``tf_keras`` but not TensorFlow Probability; :mod:`tfprobr._internal.keras2.layers`
and the hook of :mod:`tfprobr._internal.registration` import it.
"""

from __future__ import annotations

import base64
import contextvars
import inspect
import types
import warnings
from typing import NamedTuple

import numpy as np
import tf_keras

from tfprobr._internal import registry
from tfprobr._internal.classes import CLASSES_BY_MODULE, load_class
from tfprobr._internal.names import BAYESIAN_FUNCTION_ARGS, DISTRIBUTION_METHOD_NAMES, PACKAGE
from tfprobr.errors import UnsafeLoadError, UnsavableFunctionError

__all__ = [
    "SerializableLayerMixin",
    "ConstructorConfigMixin",
    "UnsavableFunctionError",
    "UnsafeLoadError",
    "register_deferred_layers",
    "guard_tfp_code_loading",
]

# The constructor arguments of tfprobr's classes that hold functions TFP calls
# itself (Keras' getters handle `activation`, initializers and the like). Loaded
# from a model file, each is a saved function or, for the distribution layers,
# the name of a Distribution method (TFP looks a name up, or unpickles it).
FUNCTION_ARGS = BAYESIAN_FUNCTION_ARGS + (
    "make_distribution_fn",
    "convert_to_tensor_fn",
    "test_points_fn",
    "make_posterior_fn",
    "make_prior_fn",
)


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
        legacy = {name + "_type" for name in cls._function_args}  # TFP's, never used
        return cls(**_deserialize_arguments(cls, {k: v for k, v in config.items() if k not in legacy}))


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
        return cls(**_deserialize_arguments(cls, config))


def register_deferred_layers() -> None:
    """Register a stand-in for each class of :mod:`tfprobr._internal.classes` not registered yet.

    A stand-in's
    ``from_config`` imports the real class (and so TensorFlow Probability)
    only when a saved model is loaded, and hands it the config, whose
    function arguments it checks (see "Loading" in the module docs); the module imported is
    the one the table names, never one a file names. Importing the real module
    replaces the stand-ins with the classes themselves.
    """
    for names in CLASSES_BY_MODULE.values():
        for name in names:
            if tf_keras.saving.get_registered_object(f"{PACKAGE}>{name}") is None:
                tf_keras.saving.register_keras_serializable(package=PACKAGE, name=name)(
                    _deferred_layer(name)
                )


# Keras layer arguments that the layer's own config replaces by batch_input_shape.
_INPUT_SHAPE_ARGS = ("input_shape", "input_dim", "batch_size")
# Marks of tfprobr's own encodings in a config (Keras' serializer has none for these).
_DISTRIBUTION = "__tfprobr_distribution__"
_DTYPE = "__tfprobr_dtype__"
# Keras' exported namespaces whose functions and classes a model file may name (safe mode).
_KERAS_FUNCTION_NAMESPACES = ("activations", "constraints", "initializers", "regularizers")
_KERAS_CLASS_NAMESPACES = _KERAS_FUNCTION_NAMESPACES + ("mixed_precision",)
# The type specs a saved distribution may name: TFP's distributions and
# bijectors, and the linear operators some of them hold.
_DISTRIBUTION_TYPE_SPECS = ("tfp.distributions.", "tfp.bijectors.", "tf.linalg.LinearOperator")


def _deferred_layer(name):
    class DeferredLayer:
        @classmethod
        def from_config(cls, config):
            return load_class(name).from_config(config)

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


def _deserialize_arguments(cls, config):
    """The constructor arguments of ``cls`` from its config, each loaded as the safe mode allows."""
    name = config.get("name")
    owner = f"Layer {name!r} ({cls.__name__})" if isinstance(name, str) else cls.__name__
    return {argument: _deserialize_value(value, _Slot(owner, argument))
            for argument, value in config.items()}


class _Slot(NamedTuple):
    """Where a value is loaded: its owner (the layer, in words) and its argument; for errors."""

    owner: str
    argument: str


def _deserialize_value(value, slot):
    if isinstance(value, dict) and "class_name" in value:
        if value["class_name"] == _DTYPE:
            import tensorflow as tf

            return tf.as_dtype(value["config"])
        if value["class_name"] == _DISTRIBUTION:
            return _deserialize_distribution(value["config"], slot)
        return _deserialize_object(value, slot)
    if slot.argument in FUNCTION_ARGS and value is not None and _in_safe_mode():
        # TFP looks a name up among the globals of its module, or unpickles it
        # (`make_distribution_fn`): only the Distribution methods tfprobr names load.
        if not (isinstance(value, str) and value in DISTRIBUTION_METHOD_NAMES):
            raise _unsafe(slot, repr(value), "a function slot holds only a saved function, or one "
                          f"of the names {', '.join(map(repr, DISTRIBUTION_METHOD_NAMES))}",
                          hint=False)
    if slot.argument in FUNCTION_ARGS and isinstance(value, str) and value in DISTRIBUTION_METHOD_NAMES:
        # What the layer functions make of the name (e.g. "sample" draws from tfprobr's stream).
        from tfprobr._internal.defaults import DISTRIBUTION_METHODS

        return DISTRIBUTION_METHODS[value].resolve()
    return value


def _deserialize_object(serialized, slot):
    """A function or Keras object of a config: see "Loading" in the module docs.

    In safe mode it must be in the closed set (:func:`_loadable`), which is
    checked before anything the file names is imported or called.
    """
    target, reason = _loadable(serialized)
    if target is not None:
        deserialized = target if serialized["class_name"] == "function" else (
            target.from_config(serialized.get("config") or {})
        )
    elif _in_safe_mode():
        raise _unsafe(slot, registry.describe_serialized(serialized), reason)
    else:  # safe_mode=False: whatever Keras itself loads
        deserialized = tf_keras.saving.deserialize_keras_object(serialized)
    from tfprobr._internal.defaults import TensorFlowFunction

    if isinstance(deserialized, TensorFlowFunction):
        # A default standing for a TensorFlow function becomes that function
        # again, as when the layer was first built.
        return _tensorflow_function(deserialized, slot).resolve()
    return deserialized


def _loadable(serialized):
    """``(target, "")`` when ``serialized`` names a function or class in the closed set, else ``(None, reason)``.

    The closed set: objects registered with Keras (tfprobr's own, the user's,
    and ``custom_objects``, which Keras puts in its registry while it loads a
    file), except TensorFlow Probability's own classes; and Keras' exported
    activations, initializers, regularizers and constraints. Looks only into
    Keras' registry and exported API: never imports what the file names.
    """
    class_name, module = serialized.get("class_name"), serialized.get("module")
    is_function = class_name == "function"
    names = [serialized.get("config")] if is_function else [serialized.get("registered_name"), class_name]
    found = next((target for target in map(_registered, names) if target is not None), None)
    if found is None:
        found = _keras_builtin(module, names[-1], is_function)
    if found is None:
        return None, (
            "it is none of what tfprobr loads in safe mode: its own functions, the TensorFlow "
            "functions its defaults name, Keras' built-in activations, initializers, "
            "regularizers and constraints, and objects registered with Keras or passed as "
            "custom_objects"
        )
    if (getattr(found, "__module__", None) or "").startswith("tensorflow_probability"):
        return None, (
            "TensorFlow Probability's own classes can unpickle functions from their configs; "
            "tfprobr's layer functions build tfprobr's classes, which do not"
        )
    if is_function and isinstance(found, type):
        return None, "it names a class where a function is expected"
    if not is_function and not (isinstance(found, type) and hasattr(found, "from_config")):
        return None, "it names a function where a class with from_config() is expected"
    return found, ""


def _registered(name):
    """What Keras' registry holds under ``name`` (user ``custom_objects`` too, while a file loads)."""
    return tf_keras.saving.get_registered_object(name) if isinstance(name, str) else None


def _keras_builtin(module, name, is_function):
    """Keras' exported activation, initializer, regularizer, constraint (or dtype policy) ``name``, or None."""
    if not (isinstance(module, str) and isinstance(name, str)):
        return None
    namespaces = _KERAS_FUNCTION_NAMESPACES if is_function else _KERAS_CLASS_NAMESPACES
    module = module.removeprefix("tf_")
    if module != "builtins":  # Keras saves its own functions with the module "builtins"
        if module.removeprefix("keras.") not in namespaces:
            return None
        namespaces = (module.removeprefix("keras."),)
    if is_function and name in ("get", "serialize", "deserialize"):
        return None
    from tensorflow.python.util import tf_export  # Keras' registry of its exported names

    for namespace in namespaces:
        target = tf_export.get_symbol_from_name(f"keras.{namespace}.{name}")
        if target is not None:
            return target
    return None


def _tensorflow_function(function, slot):
    """The default of :data:`tfprobr._internal.defaults.TENSORFLOW_FUNCTIONS` that ``function`` names."""
    from tfprobr._internal.defaults import TENSORFLOW_FUNCTIONS

    for default in TENSORFLOW_FUNCTIONS:
        if (default.module, default.path) == (function.module, function.path):
            return default
    if _in_safe_mode():
        allowed = ", ".join(map(repr, TENSORFLOW_FUNCTIONS))
        raise _unsafe(slot, f"the TensorFlow function {function.module}.{function.path}",
                      f"tfprobr loads only the TensorFlow functions its defaults name: {allowed}")
    return function


def _unsafe(slot, what, reason, hint=True):
    return UnsafeLoadError(
        f"{slot.owner}: refused to load `{slot.argument}`, which the model file gives as {what}: "
        f"{reason}."
        + (" If it is a function or class of your own, decorate it with "
           "@tf_keras.saving.register_keras_serializable() before loading (or pass "
           "custom_objects={name: object} to load_model()); only if you trust the file, load "
           "it with load_model(path, safe_mode=False) (.keras files)." if hint else "")
    )


# --- TensorFlow Probability's own classes ----------------------------------------------------
#
# TFP's layer classes are registered with Keras by TFP itself (DistributionLambda
# and six of its subclasses, by their bare names), and some build themselves
# from code their config carries: DistributionLambda unpickles a string
# `make_distribution_fn` (TFP's `distribution_layer._deserialize_function`), and
# the dense and convolutional variational layers unmarshal a function argument
# saved as a "lambda" (`util._func_load`, called from their `from_config`). Once
# tfprobr is imported, both refuse in safe mode, as tfprobr's own classes do.

# The TFP classes whose from_config can reach the code loaders: module, class.
_TFP_CODE_LOADING_CLASSES = (
    ("distribution_layer", "DistributionLambda"),
    ("dense_variational", "_DenseVariational"),
    ("conv_variational", "_ConvVariational"),
)
# Which TFP layer is loading, for the errors: (owner in words, its config).
_tfp_loading = contextvars.ContextVar("tfprobr_tfp_loading", default=None)


def guard_tfp_code_loading(package) -> None:
    """Make TFP's layer classes refuse to load code from a config in safe mode (see above).

    ``package`` is TFP's ``layers`` package, imported; its code loaders are
    replaced by guarded ones, and the ``from_config`` of the classes that call
    them remember which layer is loading. Done once per process.
    """
    if getattr(package, "_tfprobr_guarded", False):
        return
    modules = {name: getattr(package, name) for name in ("distribution_layer", "util",
                                                         "dense_variational", "conv_variational")}
    modules["distribution_layer"]._deserialize_function = _refused_in_safe_mode(
        modules["distribution_layer"]._deserialize_function, "pickled Python code (TFP unpickles it)")
    modules["util"]._func_load = _refused_in_safe_mode(
        modules["util"]._func_load, "marshalled Python bytecode (TFP unmarshals it)")
    for module, name in _TFP_CODE_LOADING_CLASSES:
        cls = getattr(modules[module], name)
        cls.from_config = classmethod(_remembering_the_layer(cls.from_config.__func__))
    package._tfprobr_guarded = True


def _remembering_the_layer(from_config):
    def guarded_from_config(cls, config):
        name = config.get("name") if isinstance(config, dict) else None
        owner = f"Layer {name!r} ({cls.__name__})" if isinstance(name, str) else cls.__name__
        token = _tfp_loading.set((owner, config))
        try:
            return from_config(cls, config)
        finally:
            _tfp_loading.reset(token)

    guarded_from_config.__wrapped__ = from_config
    return guarded_from_config


def _refused_in_safe_mode(load_code, what):
    def guarded(code, *args, **kwargs):
        if _in_safe_mode():
            owner, config = _tfp_loading.get() or ("A TensorFlow Probability layer", {})
            argument = next((key for key, value in config.items()
                             if value is code and not key.endswith("_type")), None)
            if argument is None:
                argument = "make_distribution_fn" if "pickled" in what else "a function argument"
            raise UnsafeLoadError(
                f"{owner}: refused to load `{argument}`, which the model file gives as {what}: "
                "TensorFlow Probability's own layer classes run code stored in a model file, "
                "which its author chose. Only if you trust the file: load a .keras file with "
                "load_model(path, safe_mode=False); for an .h5 file (Keras has no safe_mode for "
                "those) call tf_keras.__internal__.enable_unsafe_deserialization() first (R: "
                "tf_keras$`__internal__`$enable_unsafe_deserialization()). tfprobr's layer "
                "functions build tfprobr's classes, whose files hold no code."
            )
        return load_code(code, *args, **kwargs)

    guarded.__wrapped__ = load_code
    return guarded


def _in_safe_mode() -> bool:
    # Keras sets this while it loads a .keras file (load_model's safe_mode). It
    # is None when from_config is called directly and while a legacy .h5 file
    # loads (Keras has no safe mode for those): tfprobr is safe then too.
    from tf_keras.src.saving import serialization_lib

    return serialization_lib.in_safe_mode() is not False


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


def _deserialize_distribution(config, slot):
    """A distribution saved by :func:`_serialize_distribution`: only TFP's distribution types are decoded."""
    import tensorflow as tf
    import tensorflow_probability as tfp  # registers the type specs it decodes
    from tensorflow.core.protobuf import struct_pb2

    proto = struct_pb2.StructuredValue.FromString(base64.b64decode(config["type_spec"]))
    # Decoding instantiates every type spec the file names, and packing the
    # tensors into the outer one builds its value type: check the names first.
    for name in _type_spec_names(proto):
        if not name.startswith(_DISTRIBUTION_TYPE_SPECS):
            raise _unsafe(slot, f"a value of the type spec {name!r}", "tfprobr decodes only "
                          "TensorFlow Probability distributions (type specs named "
                          f"{', '.join(p + '*' for p in _DISTRIBUTION_TYPE_SPECS)})", hint=False)
    spec = tf.__internal__.saved_model.decode_proto(proto)
    if not (isinstance(spec, tf.TypeSpec) and issubclass(spec.value_type, tfp.distributions.Distribution)):
        raise _unsafe(slot, f"a value of the type spec {spec!r}", "a distribution was expected",
                      hint=False)
    tensors = [tf.constant(t["value"], dtype=t["dtype"]) for t in config["tensors"]]
    return tf.nest.pack_sequence_as(spec, tensors, expand_composites=True)


def _type_spec_names(proto):
    """The registered names of the type specs in a ``StructuredValue`` (other kinds by their enum name)."""
    from tensorflow.core.protobuf import struct_pb2

    kind = proto.WhichOneof("kind")
    if kind == "type_spec_value":
        spec = proto.type_spec_value
        registered = spec.type_spec_class == struct_pb2.TypeSpecProto.REGISTERED_TYPE_SPEC
        yield spec.type_spec_class_name if registered else (
            struct_pb2.TypeSpecProto.TypeSpecClass.Name(spec.type_spec_class)
        )
        yield from _type_spec_names(spec.type_state)
    elif kind in ("list_value", "tuple_value"):
        for value in getattr(proto, kind).values:
            yield from _type_spec_names(value)
    elif kind == "dict_value":
        for value in proto.dict_value.fields.values():
            yield from _type_spec_names(value)
    elif kind == "named_tuple_value":
        for pair in proto.named_tuple_value.values:
            yield from _type_spec_names(pair.value)


def _named_default(function):
    """The default of :mod:`tfprobr._internal.defaults` that resolved to ``function``, or ``function``."""
    from tfprobr._internal.defaults import TENSORFLOW_FUNCTIONS

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


def _register_function(target) -> None:
    """Register one of tfprobr's savable functions or function objects (:mod:`tfprobr._internal.registry`)."""
    tf_keras.saving.register_keras_serializable(package=PACKAGE)(target)


# Every :class:`ConfigFunction` class (tfprobr's defaults and factories) and the
# functions users pass to Keras (``negloglik``, a loss; the ``tfd_*`` methods, e.g.
# ``tfd_mean`` as a ``convert_to_tensor_fn``): those declared so far, and any declared later.
registry.each(_register_function)
# When this module is the first to import tf_keras, the hook of tfprobr._internal.registration ran
# before register_deferred_layers existed (and so did nothing): register here.
register_deferred_layers()
