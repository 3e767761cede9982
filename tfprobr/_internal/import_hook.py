"""Run tfprobr's code around the first import of another module, without importing it.

``import tfprobr`` must not import TensorFlow (or ``tf_keras``), yet some of its
work belongs to the moment they are imported: registering saved-model classes
with Keras (:mod:`tfprobr._internal.registration`), holding back TensorFlow's start-up
lines (:mod:`tfprobr._internal.quiet`). A one-use finder on ``sys.meta_path`` finds the
module like the other finders do and wraps the execution of its code.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
from typing import Callable

__all__ = ["wrap_first_import"]


def wrap_first_import(fullname: str, wrap: Callable) -> None:
    """When ``fullname`` is first imported, execute its code as ``wrap(execute, module)``.

    ``wrap`` must call ``execute(module)``. A second call for the same module
    before its import adds nothing.
    """
    if not any(isinstance(finder, _WrapImport) and finder.fullname == fullname
               for finder in sys.meta_path):
        sys.meta_path.insert(0, _WrapImport(fullname, wrap))


class _WrapImport(importlib.abc.MetaPathFinder):
    def __init__(self, fullname: str, wrap: Callable):
        self.fullname = fullname
        self.wrap = wrap

    def find_spec(self, fullname, path=None, target=None):
        if fullname != self.fullname:
            return None
        sys.meta_path.remove(self)  # one use; also keeps the lookup below from recursing
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            execute = spec.loader.exec_module
            spec.loader.exec_module = lambda module: self.wrap(execute, module)
        return spec
