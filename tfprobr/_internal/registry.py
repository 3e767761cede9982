"""The one registry of what a saved model may name: tfprobr's functions and function objects.

A model file holds a function argument by its registered name (``tfprobr>negloglik``,
``tfprobr>KLDivergenceFn``). What may appear there is declared where it is defined:

* every :class:`~tfprobr._internal.config_function.ConfigFunction` subclass (the
  layers' defaults, ``kl_divergence_fn()``'s objects...) enters as it is defined;
* the functions users pass to Keras (``negloglik``, a loss; the ``tfd_*`` methods,
  e.g. ``tfd_mean`` as a ``convert_to_tensor_fn``) carry :func:`savable`, or are
  declared with a decorator of :mod:`tfprobr._internal.declare` that applies it.

Saving (:mod:`tfprobr._internal.keras2.saving`, :mod:`tfprobr._internal.keras3.saving`)
registers them with Keras through :func:`each`, now and as later ones are declared,
so the order in which modules load does not matter; the defaults find
``tfd_sample`` and ``tfd_kl_divergence`` here with :func:`function`, so that the
internals never import the public modules built on them. Nothing here imports
TensorFlow.
"""

from __future__ import annotations

from typing import Callable

__all__ = ["savable", "each", "function", "registered", "describe_serialized"]

_REGISTERED: dict[str, object] = {}  # name -> function or class, in the order declared
_LISTENERS: list[Callable] = []


def savable(target):
    """Decorator: enter the function or class ``target`` (by its ``__name__``) in the registry."""
    _REGISTERED[target.__name__] = target
    for listener in list(_LISTENERS):
        listener(target)
    return target


def each(listener: Callable) -> None:
    """Call ``listener(target)`` on everything registered, now and whenever one is added later.

    A listener already given is not added twice (saving may register again).
    """
    if listener in _LISTENERS:
        return
    _LISTENERS.append(listener)
    for target in list(_REGISTERED.values()):
        listener(target)


def function(name: str):
    """The registered function ``name`` (e.g. ``"tfd_sample"``)."""
    try:
        return _REGISTERED[name]
    except KeyError:
        raise LookupError(
            f"{name!r} is not registered yet: it is declared in a public module of tfprobr, "
            "which `import tfprobr` imports"
        ) from None


def registered() -> tuple:
    """Everything registered, in the order declared."""
    return tuple(_REGISTERED.values())


def describe_serialized(serialized: dict) -> str:
    """What a function or class that Keras (2 or 3) wrote into a model file names, in words."""
    module = serialized.get("module")
    if serialized.get("class_name") == "function":
        name = serialized.get("config")
        if isinstance(name, str) and ">" in name:
            return f"the function registered as {name!r}"
        return f"the function {module}.{name}"
    registered = serialized.get("registered_name")
    return f"the class {module}.{serialized.get('class_name')}" + (
        f" (registered as {registered!r})" if registered else ""
    )
