"""How tfprobr's public functions are declared: one decorator per kind of function.

A declaration is a function with R's formals as its signature, a numpydoc
docstring and no body of its own. The decorator adds the behaviour, the same
way for all functions of a kind:

* it binds each call to the signature (``inspect.signature``), so positional and
  keyword calls, R's named arguments and ``...`` (``**kwargs``) all arrive as
  one mapping, and a missing required argument (:data:`REQUIRED`) fails with
  the function's name;
* it fills the shared argument texts into the docstring
  (:func:`tfprobr._internal.docs.fill`), so ``help()``, IDEs, reticulate and
  the ``.Rd`` generator read the finished text and the real signature;
* it converts the arguments that need converting and builds the class named
  once, by its name in :mod:`tfprobr._internal.classes` (tfprobr's layers),
  in ``tfp.distributions``, ``tfp.bijectors`` or ``tfp.layers`` (the ``tfd_*`` and
  ``tfb_*`` constructors, ``initializer_blockwise``) or in ``tf_keras`` (R keras'
  layers, optimizers, initializers...), or calls the distribution or bijector
  method it names (the ``tfd_*`` and ``tfb_*`` methods), or the Keras model's
  method (R keras' verbs, :func:`model_method`, S3 methods in R), or says that TFP no
  longer has the class R wraps (:func:`removed_function`).

Functions with logic of their own (``predict_mc()``, the helpers, the model
constructors, ``tfd_sample()``) are written out as ordinary functions.

This plays the part of R keras' ``create_layer()`` with ``capture_args()``.
"""

from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from tfprobr._internal.classes import check_class_name
from tfprobr._internal.compose import create_layer
from tfprobr._internal.config_function import TensorFlowFunction
from tfprobr._internal.convert import (
    Converter,
    as_bijector,
    as_bijector_input,
    as_distribution,
    as_integer_array,
    as_value_for,
    convert_args,
)
from tfprobr._internal import registry
from tfprobr._internal.docs import fill
from tfprobr._internal.r_defaults import REQUIRED, TFPDefault
from tfprobr._internal.verb_args import check_same_rows

__all__ = [
    "layer_function", "regularizer_function", "params_size_function", "distribution_function",
    "method_function", "bijector_function",
    "bijector_method_function", "initializer_function", "removed_function",
    "keras_layer_function", "keras_function", "model_method", "RMethod", "declared",
]

Converters = Mapping[str, Converter]


def layer_function(class_name: str, converters: Converters = {}, *, doc: str | None = None):
    """Declare a ``layer_*`` function that builds tfprobr's class ``class_name`` and composes it.

    ``converters`` maps arguments to their converters; ``doc`` replaces the
    declaration's docstring (for functions that share one template).
    """
    check_class_name(class_name)

    def build(name: str, arguments: dict):
        return create_layer(class_name, arguments, converters, function=name)

    return declared(build, doc=doc)


def regularizer_function(class_name: str, converters: Converters, *, layer_instead: str):
    """Declare a function that builds the regularizer ``class_name`` (a layer function in R).

    It takes ``object`` as the layer functions do, but a regularizer is not
    composed with anything: ``object`` must be ``NULL``/``None``, and the error
    otherwise points to the layer function ``layer_instead``.
    """
    check_class_name(class_name)

    def build(name: str, arguments: dict):
        target = arguments["object"]
        if target is not None:
            raise TypeError(
                f"{name}() makes a regularizer, not a layer: `object` must be NULL/None, not "
                f"{type(target).__name__}. Pass the result as a distribution layer's "
                f"`activity_regularizer`, or use {layer_instead}()."
            )
        return create_layer(class_name, arguments, converters)

    return declared(build)


def params_size_function(class_name: str, converters: Converters):
    """Declare a ``params_size_*`` function: the ``params_size`` of ``class_name`` as an ``int``.

    The result is a Python ``int`` so that it can be a ``units`` argument; the
    number is TFP's, computed without TensorFlow. The arguments are passed by
    position, in R's order, as R tfprobability does (R's ``event_size`` is
    TFP's ``event_shape``).
    """
    check_class_name(class_name)

    def build(name: str, arguments: dict) -> int:
        from tfprobr._internal.keras3.distributions import params_size

        # Computed without TensorFlow, so that it serves Keras 3 on any backend too.
        return int(params_size(class_name, *convert_args(arguments, converters).values()))

    return declared(build)


def distribution_function(tfp_class: str, converters: Converters = {}, *,
                          removed: Mapping[str, str] = {}):
    """Declare a ``tfd_*`` constructor of ``tfp.distributions.<tfp_class>``.

    Arguments left ``None`` (R's ``NULL``) are passed as they are, for TFP to
    choose; a ``ValueError`` of TFP (parameters whose shapes do not broadcast)
    is raised again with the shapes given. ``{tfp_class}`` in the docstring
    (the ``Returns`` type) is filled with ``tfp_class``.

    ``removed`` maps R formals that TFP no longer takes to the advice of the
    error raised when one is given a value other than its default (see
    :func:`declared`); left at their defaults, they are not passed.
    """

    def build(name: str, arguments: dict):
        values = _match_tensor_float_type(_convert_present(arguments, converters))
        try:
            return _tfp_class(tfp_class)(**values)
        except ValueError as error:
            raise ValueError(f"{name}(): the arguments do not fit together "
                             f"({_shapes(values)}): {str(error).splitlines()[0]}") from None

    return declared(build, fields={"tfp_class": tfp_class}, removed=removed)


def bijector_function(tfp_class: str, converters: Converters, *, omit_null: tuple = ()):
    """Declare a ``tfb_*`` constructor of ``tfp.bijectors.<tfp_class>``, as :func:`distribution_function` does.

    ``tfp_class`` may also name one of the functions ``tfp.bijectors`` has
    (``masked_dense``, the default templates); ``...`` is passed on to it.
    The arguments in ``omit_null`` are not passed when ``None``: R's ``NULL``
    default stands for TFP's own default there, which is not ``None`` (TFP
    fails on ``None``).
    """
    return declared(_tfp_builder("bijectors", tfp_class, converters, omit_null),
                    fields={"tfp_class": tfp_class})


def initializer_function(tfp_class: str, converters: Converters):
    """Declare an ``initializer_*`` function that builds ``tfp.layers.<tfp_class>`` (a Keras initializer)."""
    return declared(_tfp_builder("layers", tfp_class, converters),
                    fields={"tfp_class": tfp_class})


def removed_function(tfp_class: str, converters: Converters = {}, *,
                     successor: str | None = None, advice: str | None = None,
                     doc: str | None = None):
    """Declare a function whose TFP class TFP 0.25 no longer has: every call is a clear error.

    ``tfp_class`` is the class' path below ``tfp`` (``"bijectors.Affine"``,
    ``"distributions.Wishart"``). The function keeps R tfprobability's formals,
    so that a call binds (and a misspelt argument fails) as in R, and converts
    the arguments in ``converters`` as a constructor would (a bad value fails
    as it did); then it raises a ``NotImplementedError`` that names the class
    that is gone and what to use instead: ``successor``, R code ("Use
    <successor> instead."), or ``advice``, a sentence; with neither, that TFP
    has no successor. In the docstring, ``{tfp_class}`` is filled with the
    class' name and ``{successor}`` with ``successor`` or the advice; ``doc``
    replaces the declaration's docstring (functions that share one template).
    """
    if successor is not None and advice is not None:
        raise ValueError(f"{tfp_class}: give `successor` (R code) or `advice` (a sentence), not both")
    if successor is not None:
        advice = f"Use {successor} instead."
    advice = advice or "There is no successor in TFP."

    def build(name: str, arguments: dict):
        _convert_present(arguments, converters)
        raise NotImplementedError(
            f"{name}(): TensorFlow Probability 0.25 no longer has tfp.{tfp_class}, which R "
            f"tfprobability's {name}() builds. {advice}"
        )

    return declared(build, doc=doc, fields={"tfp_class": tfp_class.rsplit(".", 1)[-1],
                                            "successor": successor or advice})


def _tfp_builder(namespace: str, tfp_class: str, converters: Converters, omit_null: tuple = ()):
    """``build`` of the TFP constructors: ``tfp.<namespace>.<tfp_class>(**converted arguments)``.

    A default that stands for a TensorFlow object (``tf$float32``,
    ``tf$nn$relu``) is that object; converters skip ``None``; the arguments in
    ``omit_null`` are left out when ``None``; ``...`` is passed on.
    """

    def build(name: str, arguments: dict):
        import tensorflow_probability as tfp

        extra = arguments.pop("kwargs", {})
        arguments = {argument: value.resolve() if isinstance(value, TensorFlowFunction) else value
                     for argument, value in arguments.items()
                     if not (argument in omit_null and value is None)}
        values = convert_args({**arguments, **extra}, {
            argument: converter for argument, converter in converters.items()
            if arguments.get(argument) is not None
        })
        try:
            return getattr(getattr(tfp, namespace), tfp_class)(**values)
        except ValueError as error:
            raise ValueError(f"{name}(): the arguments do not fit together "
                             f"({_shapes(values)}): {str(error).splitlines()[0]}") from None

    return build


def method_function(method: str):
    """Declare a ``tfd_*`` method: ``distribution.<method>(...)`` with the other arguments.

    ``distribution`` (and ``other``, for two-distribution methods) must be
    distributions; a ``value`` becomes a tensor of the distribution's data type
    (an R double meets a ``float32`` distribution); ``...`` goes to the method.
    A saved model may name the function (:mod:`tfprobr._internal.registry`).
    """

    def build(name: str, arguments: dict):
        distribution = as_distribution(arguments.pop("distribution"), "distribution")
        extra = arguments.pop("kwargs", {})
        if "value" in arguments and not hasattr(distribution, "family"):
            # (A Keras 3 distribution, on JAX or torch, converts values itself.)
            arguments["value"] = as_value_for(distribution, arguments["value"])
        if "other" in arguments:
            arguments["other"] = as_distribution(arguments["other"], "other")
        return getattr(distribution, method)(**arguments, **extra)

    declare = declared(build)
    return lambda declaration: registry.savable(declare(declaration))


def bijector_method_function(method: str):
    """Declare a ``tfb_*`` method: ``bijector.<method>(...)`` with the other arguments.

    ``bijector`` must be a bijector; ``x`` or ``y`` becomes a tensor of the
    bijector's data type (``float32`` when the bijector has none, as R
    tfprobability casts); ``event_ndims`` is a whole number (or a vector of
    them, for bijectors on structures).
    """

    def build(name: str, arguments: dict):
        bijector = as_bijector(arguments.pop("bijector"), "bijector")
        for argument in ("x", "y"):
            if argument in arguments:
                arguments[argument] = as_bijector_input(bijector, arguments[argument], argument)
        if "event_ndims" in arguments:
            arguments["event_ndims"] = as_integer_array(arguments["event_ndims"], "event_ndims")
        return getattr(bijector, method)(**arguments)

    return declared(build)


def keras_layer_function(keras_class: str, converters: Converters = {}, *,
                         rename: Mapping[str, str] = {}, doc: str | None = None):
    """Declare one of R keras' ``layer_*`` functions: ``tf_keras.layers.<keras_class>``, composed.

    The layer is built and composed with ``object`` exactly as tfprobr's own
    layers are (:func:`tfprobr._internal.compose.create_layer`: R keras'
    ``input_shape``, ``batch_size``, ``name``, ``trainable``... are dropped when
    ``NULL`` and converted otherwise). ``rename`` maps R argument names to
    Keras' (R keras' ``layer_lambda(f = )`` is Keras' ``function``); ``doc``
    replaces the declaration's docstring (functions that share one template).
    ``{keras_class}`` in the docstring is filled with the class' full name.
    """

    def build(name: str, arguments: dict):
        return create_layer(_keras_attribute(f"layers.{keras_class}"), arguments, converters,
                            rename=rename)

    return declared(build, doc=doc, fields={"keras_class": f"tf_keras.layers.{keras_class}"})


def keras_function(path: str, converters: Converters = {}, *,
                   not_in_keras: Mapping[str, Any] = {}):
    """Declare one of R keras' functions that calls ``tf_keras.<path>`` with its arguments.

    For R keras' optimizers, initializers, callbacks and backend functions:
    ``path`` is e.g. ``"optimizers.Adam"`` or ``"backend.constant"``; ``...``
    (``kwargs``) is passed on. ``not_in_keras`` names formals of R keras' that
    ``tf_keras`` does not take, with the one value that may be given for each
    (e.g. ``optimizer_sgd(amsgrad = FALSE)``): it is not passed; another value
    is an error. ``{keras_path}`` in the docstring is filled with ``tf_keras.<path>``.
    """

    def build(name: str, arguments: dict):
        extra = arguments.pop("kwargs", None) or {}
        for argument, accepted in not_in_keras.items():
            value = arguments.pop(argument)
            if value is not accepted and value != accepted:
                raise ValueError(f"{name}(): `{argument}` can only be {accepted!r} with tf_keras' "
                                 f"{path.rsplit('.', 1)[-1]}, not {value!r}")
        overlap = set(arguments) & set(extra)
        if overlap:
            raise TypeError(f"{name}(): argument `{sorted(overlap)[0]}` given twice")
        values = convert_args({**arguments, **extra}, converters)
        return _keras_attribute(path)(**values)

    return declared(build, fields={"keras_path": f"tf_keras.{path}"})


# Packages R attaches itself: their generics need no re-export.
_ATTACHED = ("base", "stats", "graphics", "utils", "methods")


@dataclass(frozen=True)
class RMethod:
    """How the R package defines a :func:`model_method`: the S3 method ``<generic>.<r_class>``.

    ``package`` holds the generic (``None``: the R package defines it, with
    ``object`` first); the R package re-exports a generic of a package R does not
    attach. ``r_value`` is R code for the method's value, ``value`` standing for
    what the Python function returned (``None``: that value itself).
    """

    generic: str
    r_class: str
    package: str | None = None
    r_value: str | None = None

    @property
    def name(self) -> str:
        """The R method's name, ``generic.class``."""
        return f"{self.generic}.{self.r_class}"

    @property
    def exports_generic(self) -> bool:
        """Whether the R package exports the generic (its own, or re-exported)."""
        return self.package not in _ATTACHED


def model_method(method: str, converters: Converters, *, generic: str, r_class: str,
                 r_value: str | None = None, same_rows: tuple = (), ignored: tuple = (),
                 fixed: Mapping[str, Any] = {}):
    """Declare one of R keras' verbs: ``object.<method>(...)`` of a Keras model, from R values.

    Every argument is converted (``converters``; the R values of ``same_rows``
    must agree in their rows first) before the model is touched, so a bad value
    changes nothing; arguments left ``None`` are not passed (Keras' defaults
    apply); ``ignored`` are accepted for R keras' code and dropped; ``fixed``
    are passed always; ``...`` (``kwargs``) goes to the method. In R the
    function is the S3 method of ``generic`` (``"pkg::name"``, or a bare name
    for a generic of the R package's own) for ``r_class``: see :class:`RMethod`.
    """
    package, _, generic_name = generic.rpartition("::")
    r_method = RMethod(generic_name, r_class, package or None, r_value)

    def build(name: str, arguments: dict):
        model = arguments.pop("object")
        if not callable(getattr(model, method, None)):
            raise TypeError(f"{name}(): `object` must be a Keras model, not {type(model).__name__}")
        extra = arguments.pop("kwargs", {})
        for argument in ignored:
            arguments.pop(argument)
        check_same_rows({argument: arguments[argument] for argument in same_rows})
        values = convert_args(arguments, converters)
        values = {argument: value for argument, value in values.items() if value is not None}
        result = getattr(model, method)(**values, **fixed, **extra)
        return model if result is None else result  # compile(): the model, as in R keras

    def decorate(declaration: Callable) -> Callable:
        public = declared(build)(declaration)
        public.r_method = r_method
        return public

    return decorate


def declared(build: Callable[[str, dict], Any], *, doc: str | None = None,
             fields: Mapping[str, str] = {}, removed: Mapping[str, str] = {}) -> Callable:
    """The decorator behind the others: bind, check, fill the docs, then ``build(name, arguments)``.

    ``fields`` are filled into the docstring besides ``{function}``, the function's name.
    An argument left at a :class:`~tfprobr._internal.r_defaults.TFPDefault` (an R
    expression that TFP's own default computes) does not reach ``build``, so
    TFP's default applies. ``removed`` maps formals that R has but TFP no longer takes to
    advice: such a formal given a value other than its default is a
    ``TypeError`` naming it, the value and the advice; otherwise it is dropped.
    """

    def decorate(declaration: Callable) -> Callable:
        signature = inspect.signature(declaration)
        name = declaration.__name__
        if doc is not None:
            declaration.__doc__ = doc
        fill(declaration, function=name, **fields)

        @functools.wraps(declaration)
        def public(*args, **kwargs):
            try:
                bound = signature.bind(*args, **kwargs)
            except TypeError as error:
                raise TypeError(f"{name}(): {error}") from None
            bound.apply_defaults()
            arguments = dict(bound.arguments)
            missing = [argument for argument, value in arguments.items() if value is REQUIRED]
            if missing:
                raise TypeError(f"{name}() is missing the required argument `{missing[0]}`")
            for argument, advice in removed.items():
                value = arguments.pop(argument)
                if not _is_default(value, signature.parameters[argument].default):
                    raise TypeError(
                        f"{name}(): `{argument}` is no longer an argument of TensorFlow "
                        f"Probability 0.25 (given {value!r}); {advice}")
            arguments = {argument: value for argument, value in arguments.items()
                         if not isinstance(value, TFPDefault)}
            return build(name, arguments)

        # Followed by inspect.signature() anyway, but reticulate's help and completion read
        # inspect.getfullargspec(), which follows only __signature__, not __wrapped__.
        public.__signature__ = signature
        return public

    return decorate


def _keras_attribute(path: str):
    """``tf_keras.<path>`` (e.g. ``"layers.Dense"``), importing ``tf_keras`` on first use."""
    import tf_keras

    target = tf_keras
    for part in path.split("."):
        target = getattr(target, part)
    return target


def _is_default(value: Any, default: Any) -> bool:
    """Whether ``value`` is the formal's default (R's ``TRUE`` arrives as ``True``, equal to it)."""
    plain = (type(None), bool, int, float, str)
    return value is default or (isinstance(value, plain) and isinstance(default, plain)
                                and type(value) is type(default) and value == default)


def _convert_present(arguments: dict, converters: Converters) -> dict:
    """``arguments`` converted, except those left ``None`` (R's ``NULL``), which TFP takes as they are."""
    return convert_args(arguments, {
        argument: converter for argument, converter in converters.items()
        if arguments.get(argument) is not None
    })


def _match_tensor_float_type(values: dict) -> dict:
    """R arrays (``float32`` by default) in the float type of the tensors given with them.

    When the tensors among the arguments share one float type other than
    ``float32`` (e.g. R's ``tf$nn$l2_normalize()`` of an R matrix, a
    ``float64`` tensor), the numeric arrays converted from R take that type,
    so that the parameters fit together as they did in R tfprobability.
    """
    import numpy as np

    types = {value.dtype for value in values.values()
             if getattr(value, "dtype", None) is not None and not isinstance(value, np.ndarray)
             and getattr(value.dtype, "is_floating", False)}
    if len(types) != 1 or next(iter(types)).name == "float32":
        return values
    target = next(iter(types)).as_numpy_dtype
    return {argument: value.astype(target) if isinstance(value, np.ndarray)
            and value.dtype == np.float32 else value for argument, value in values.items()}


def _tfp_class(path: str) -> type:
    """``tfp.distributions.<path>``; ``path`` may name a sub-module (``"module.Class"``)."""
    import tensorflow_probability as tfp

    target = tfp.distributions
    for attribute in path.split("."):
        target = getattr(target, attribute)
    return target


def _shapes(values: dict) -> str:
    """``name`` shape per array-valued argument, e.g. "`loc` (2, 3), `scale` (3, 2)"."""
    return ", ".join(f"`{name}` {tuple(value.shape)}" for name, value in values.items()
                     if getattr(value, "shape", None) is not None) or "no arrays"
