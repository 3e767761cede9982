"""Code advice in tfprobr's messages, spelled for the caller: R inside R, Python elsewhere.

An error or warning that tells the user what to write gives one snippet, in the
language of the code that called tfprobr: ``spelled(python="quantiles=None",
r="quantiles = NULL")``. tfprobr runs inside R when reticulate's own Python
package, ``rpytools``, is loaded: reticulate imports it as it starts Python, and
nothing else does. Reading it at the time of the message means a message raised
from R is in R, whichever way the call came (the R package's wrappers,
``reticulate::import("tfprobr")``, an R callback).
"""

from __future__ import annotations

import sys

__all__ = ["in_r", "spelled"]


def in_r() -> bool:
    """Whether this Python runs inside R (reticulate)."""
    return "rpytools" in sys.modules


def spelled(python: str, r: str) -> str:
    """``r`` when running inside R, else ``python``: the same advice in the caller's language."""
    return r if in_r() else python
