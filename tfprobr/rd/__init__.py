"""The ``.Rd`` generator: R help pages for tfprobr's functions, from their signatures and docstrings.

``generate()`` gives ``{file name: Rd text}`` for every exported function;
``generate_package()`` gives every generated file of the R package (the pages,
``R/`` wrappers, NAMESPACE, DESCRIPTION, .Rbuildignore);
``write_man()`` / ``man_status()`` keep a directory current. The pages are
rendered by R's own tools (pkgdown, ``R CMD Rd2pdf``). Nothing here imports
TensorFlow.

Modules: :mod:`.markup` (docstring markup -> document model), :mod:`.model`
(Rd pages, rendering), :mod:`.escape` (Rd escaping), :mod:`.usage` (R usage and
defaults), :mod:`.pages` (functions -> pages), :mod:`.writer` (``man/``),
:mod:`.spelling` (Python spellings in R), :mod:`.rpackage` (the R package
files).
"""

from __future__ import annotations

from tfprobr.rd.model import HEADER, RdPage
from tfprobr.rd.pages import build_pages
from tfprobr.rd.rpackage import generate_package
from tfprobr.rd.writer import ManStatus, man_status, write_man

__all__ = ["generate", "generate_package", "build_pages", "write_man", "man_status", "ManStatus",
           "RdPage", "HEADER"]


def generate(package=None) -> dict[str, str]:
    """``{file name: Rd text}`` of every exported function of ``package`` (default: tfprobr)."""
    return {page.filename: page.to_rd() for page in build_pages(package)}
