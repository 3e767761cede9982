"""R usage for a Python function: its formals, with each default written as R code.

The R spelling of a default is declared once, next to the Python default it
stands for: an :class:`~tfprobr._internal.r_defaults.RDefault`'s ``r_code``
(tfprobr's default functions, ``KLDivergenceFn``, ``REQUIRED`` whose
``r_code`` is ``None``: no default).
Plain Python literals are converted here (:func:`r_value`). Anything else
fails loudly, so that no page ever shows a Python ``repr`` as R code.
"""

from __future__ import annotations

import inspect
import math
from typing import Any, Callable

from tfprobr._internal.r_defaults import RDefault

__all__ = ["r_formals", "r_usage", "r_value", "NO_DEFAULT"]

# Marks a formal without a default in R (``units``), as opposed to ``NULL``.
NO_DEFAULT = None
_DOTS = "..."
# R keras' layer functions take the composition target as their first formal,
# ``object`` (``inputs`` for the merge layers), without a default (missing
# means NULL); Python needs ``None``.
_TARGETS = ("object", "inputs")


def r_usage(name: str, function: Callable) -> str:
    """The R usage of ``function`` under the R name ``name``, one formal per line."""
    formals = r_formals(function, name)
    if not formals:
        return f"{name}()"
    lines = [
        formal if default is NO_DEFAULT else f"{formal} = {default}"
        for formal, default in formals
    ]
    return f"{name}(\n  " + ",\n  ".join(lines) + "\n)"


def r_formals(function: Callable, name: str | None = None) -> list[tuple[str, str | None]]:
    """``[(R formal, R default or NO_DEFAULT)]`` of ``function``, in order.

    ``**kwargs`` becomes R's ``...``, last; ``*args`` becomes R's ``...`` where
    it stands (R keras' ``layer_concatenate(inputs, ..., axis = -1)``), and
    then a ``**kwargs`` takes the named arguments of that same ``...``.
    """
    name = name or function.__name__
    formals = []
    parameters = list(inspect.signature(function).parameters.values())
    has_args = any(p.kind is p.VAR_POSITIONAL for p in parameters)
    for position, parameter in enumerate(parameters):
        if parameter.kind is parameter.VAR_POSITIONAL or (
            parameter.kind is parameter.VAR_KEYWORD and not has_args
        ):
            formals.append((_DOTS, NO_DEFAULT))
            continue
        if parameter.kind is parameter.VAR_KEYWORD:
            continue
        default = parameter.default
        if default is parameter.empty or (
            position == 0 and parameter.name in _TARGETS and default is None
        ):
            formals.append((parameter.name, NO_DEFAULT))
            continue
        try:
            formals.append((parameter.name, r_default(default)))
        except ValueError as error:
            raise ValueError(f"{name}(), argument `{parameter.name}`: {error}") from None
    return formals


def r_default(value: Any) -> str | None:
    """The R code of a default value; ``NO_DEFAULT`` for an object whose ``r_code`` is None."""
    if isinstance(value, RDefault):
        return value.r_code
    return r_value(value)


def r_value(value: Any) -> str:
    """R code for a Python literal: ``None`` -> ``NULL``, ``True`` -> ``TRUE``, ...

    Whole numbers are written as R users write them (``1``, not ``1L``); an
    empty tuple or list is ``list()``; a tuple or list of scalars is ``c(...)``.
    """
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _r_number(value)
    if isinstance(value, str):
        return _r_string(value)
    if isinstance(value, (tuple, list)):
        if not value:
            return "list()"
        if all(v is not None and isinstance(v, (bool, int, float, str)) for v in value):
            return "c(" + ", ".join(r_value(v) for v in value) + ")"
    raise ValueError(
        f"no R spelling for the default {value!r} ({type(value).__name__}): write the default "
        "as a plain literal (None, a bool, a number, a string or a vector of them), or as an "
        "RDefault (tfprobr._internal.r_defaults) that carries its R spelling"
    )


def _r_number(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Inf" if value > 0 else "-Inf"
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


_R_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _r_string(value: str) -> str:
    out = []
    for char in value:
        if char in _R_STRING_ESCAPES:
            out.append(_R_STRING_ESCAPES[char])
        elif not char.isprintable():
            out.append(f"\\u{{{ord(char):04x}}}" if ord(char) <= 0xFFFF else f"\\U{{{ord(char):08x}}}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
