"""Default values that are spelled differently in R: what the ``\\usage`` of a page shows.

A Python default is written in R by :mod:`tfprobr.rd.usage`: plain literals
(``None``, ``True``, numbers, strings, tuples) by rule, every other default by
being an :class:`RDefault`, which carries its R code. The generator refuses any
other object, so no page shows a Python ``repr`` as R code.
"""

from __future__ import annotations

__all__ = ["RDefault", "REQUIRED", "TFPDefault", "RInteger", "RIntegers", "RList", "r_integer", "R_NA"]


class RDefault:
    """A default value with its R spelling in ``r_code``; ``None`` means no default (R requires it)."""

    r_code: str | None = None


class RInteger(int, RDefault):
    """A whole-number default that R writes as an integer literal: ``RInteger(1)`` is ``1L``."""

    @property
    def r_code(self) -> str:
        return f"{int(self)}L"


class RList(tuple, RDefault):
    """A tuple default with its R spelling, e.g. ``RList([(0, 1)], "list(c(0, 1))")``."""

    def __new__(cls, items, r_code: str):
        value = super().__new__(cls, items)
        value.r_code = r_code
        return value


class _Required(RDefault):
    """The default of an argument that R requires (e.g. ``units``): missing, not ``NULL``."""

    def __repr__(self) -> str:
        return "<required>"


REQUIRED = _Required()


class RInteger(int, RDefault):
    """A whole number that R writes as an integer literal: ``r_integer(1)`` is ``1`` in Python, ``1L`` in R."""

    @property
    def r_code(self) -> str:
        return f"{int(self)}L"

    def __repr__(self) -> str:
        return self.r_code


class RIntegers(tuple, RDefault):
    """A tuple of whole numbers that R writes as ``c(1L, 1L)``."""

    @property
    def r_code(self) -> str:
        return "c(" + ", ".join(f"{int(value)}L" for value in self) + ")"

    def __repr__(self) -> str:
        return self.r_code


def r_integer(*values: int):
    """``r_integer(1)`` -> R's ``1L``; ``r_integer(1, 1)`` -> R's ``c(1L, 1L)``; Python ints and tuples."""
    return RInteger(values[0]) if len(values) == 1 else RIntegers(values)


class _RNA(RDefault):
    """R's logical ``NA`` as a default (R keras' ``get_weights(trainable = NA)``: no filter)."""

    r_code = "NA"

    def __repr__(self) -> str:
        return "NA"


R_NA = _RNA()


class TFPDefault(RDefault):
    """An R default expression that TFP's own default computes the same way.

    R tfprobability writes some defaults as expressions of other arguments
    (``name = paste0("Independent", distribution$name)``) or as R literals
    (``initial_step = 0L``) whose value TFP's own default has. The page shows
    ``r_code``; the function leaves the argument out, so TFP's default applies
    (see :func:`tfprobr._internal.declare.declared`).
    """

    def __init__(self, r_code: str):
        self.r_code = r_code

    def __repr__(self) -> str:
        return f"<TFP's default: {self.r_code}>"
