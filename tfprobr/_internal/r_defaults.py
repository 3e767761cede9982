"""Default values that are spelled differently in R: what the ``\\usage`` of a page shows.

A Python default is written in R by :mod:`tfprobr.rd.usage`: plain literals
(``None``, ``True``, numbers, strings, tuples) by rule, every other default by
being an :class:`RDefault`, which carries its R code. The generator refuses any
other object, so no page shows a Python ``repr`` as R code.
"""

from __future__ import annotations

__all__ = ["RDefault", "REQUIRED", "TFPDefault"]


class RDefault:
    """A default value with its R spelling in ``r_code``; ``None`` means no default (R requires it)."""

    r_code: str | None = None


class _Required(RDefault):
    """The default of an argument that R requires (e.g. ``units``): missing, not ``NULL``."""

    def __repr__(self) -> str:
        return "<required>"


REQUIRED = _Required()


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
