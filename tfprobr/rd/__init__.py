"""The ``.Rd`` generator: R help pages for tfprobr's functions, from their signatures and docstrings.

``generate()`` gives ``{file name: Rd text}`` for every exported function;
``write_man()`` / ``man_status()`` keep a ``man/`` directory current;
``tfprobr.rd.manual`` builds an HTML (and PDF) reference manual. Nothing here
imports TensorFlow.

Modules: :mod:`.markup` (docstring markup -> document model), :mod:`.model`
(Rd pages, rendering), :mod:`.escape` (Rd escaping), :mod:`.usage` (R usage and
defaults), :mod:`.pages` (functions -> pages), :mod:`.writer` (``man/``),
:mod:`.manual` (reference manual).
"""

from __future__ import annotations

from tfprobr.rd.model import HEADER, RdPage
from tfprobr.rd.pages import build_pages
from tfprobr.rd.writer import ManStatus, man_status, write_man

__all__ = ["generate", "build_pages", "write_man", "man_status", "ManStatus", "RdPage", "HEADER"]


def generate(package=None) -> dict[str, str]:
    """``{file name: Rd text}`` of every exported function of ``package`` (default: tfprobr)."""
    return {page.filename: page.to_rd() for page in build_pages(package)}
