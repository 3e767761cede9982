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
  once, by its name in :mod:`tfprobr._internal.classes` (tfprobr's layers) or
  in ``tfp.distributions`` (the ``tfd_*`` constructors), or calls the
  distribution method it names (the ``tfd_*`` methods).

Functions with logic of their own (``predict_mc()``, the helpers, the model
constructors, ``tfd_sample()``) are written out as ordinary functions.

This plays the part of R keras' ``create_layer()`` with ``capture_args()``.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any, Callable, Mapping

from tfprobr._internal.classes import check_class_name, load_class
from tfprobr._internal.compose import create_layer
from tfprobr._internal.convert import Converter, as_distribution, as_value_for, convert_args
from tfprobr._internal.docs import fill
from tfprobr._internal.r_defaults import REQUIRED, TFPDefault

__all__ = [
    "layer_function", "regularizer_function", "params_size_function", "distribution_function",
    "retired_distribution_function", "method_function", "declared",
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

    The result is a Python ``int`` so that it can be a ``units`` argument. The
    arguments are passed by position, in R's order, as R tfprobability does
    (R's ``event_size`` is TFP's ``event_shape``).
    """
    check_class_name(class_name)

    def build(name: str, arguments: dict) -> int:
        values = convert_args(arguments, converters)
        return int(load_class(class_name).params_size(*values.values()))

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


def retired_distribution_function(tfp_class: str, converters: Converters = {}, *,
                                  successor: str | None = None):
    """Declare a ``tfd_*`` constructor of a class that TFP 0.25 no longer has.

    The function keeps R tfprobability's formals and checks its arguments as
    any constructor does, then raises a ``NotImplementedError`` that names the
    class that is gone and, when there is one, ``successor`` (a sentence of
    advice). ``{tfp_class}`` and ``{successor}`` are filled in the docstring.
    """
    advice = f" {successor}" if successor else " There is no successor in TFP."

    def build(name: str, arguments: dict):
        _convert_present(arguments, converters)
        raise NotImplementedError(
            f"{name}(): TensorFlow Probability 0.25 no longer has tfp.distributions."
            f"{tfp_class}, which R tfprobability's {name}() builds.{advice}"
        )

    return declared(build, fields={"tfp_class": tfp_class, "successor": advice.strip()})


def method_function(method: str):
    """Declare a ``tfd_*`` method: ``distribution.<method>(...)`` with the other arguments.

    ``distribution`` (and ``other``, for two-distribution methods) must be
    distributions; a ``value`` becomes a tensor of the distribution's data type
    (an R double meets a ``float32`` distribution); ``...`` goes to the method.
    """

    def build(name: str, arguments: dict):
        distribution = as_distribution(arguments.pop("distribution"), "distribution")
        extra = arguments.pop("kwargs", {})
        if "value" in arguments:
            arguments["value"] = as_value_for(distribution, arguments["value"])
        if "other" in arguments:
            arguments["other"] = as_distribution(arguments["other"], "other")
        return getattr(distribution, method)(**arguments, **extra)

    return declared(build)


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
