"""Shared docstring texts: one filler for the placeholders the public modules use.

Argument texts repeated across functions (the Bayesian block, ``object``,
``...``) are written once and filled into each docstring when its module is
imported, so ``help()``, reticulate's ``py_help()`` and the ``.Rd`` generator all
see complete docstrings.
"""

from __future__ import annotations

from typing import Callable, Mapping


def fill_docstring(target: Callable, blocks: Mapping[str, str], /, **fields: str) -> Callable:
    """Fill ``target``'s docstring and return ``target``.

    A line that is only ``    {name}`` (a numpydoc section's indentation) is
    replaced by ``blocks[name]``, which carries its own indentation; then every
    other ``{name}`` is replaced by ``fields[name]``.
    """
    doc = target.__doc__
    for name, text in blocks.items():
        doc = doc.replace("    {" + name + "}", text)
    for name, text in fields.items():
        doc = doc.replace("{" + name + "}", text)
    target.__doc__ = doc
    return target


def docstring_filler(blocks: Mapping[str, str]) -> Callable:
    """A decorator (usable with keyword fields, see :func:`fill_docstring`) for one module's blocks."""

    def fill(target: Callable, /, **fields: str) -> Callable:
        return fill_docstring(target, blocks, **fields)

    return fill
