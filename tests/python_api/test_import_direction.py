"""Dependencies point one way: the public families are built on ``tfprobr/_internal/``, never the reverse.

Read from the source with ``ast`` (no import runs), so an import hidden inside a
function counts as much as one at the top of a module. The one public module the
internals may import is ``tfprobr.errors``, the exceptions users catch, which is
a leaf: it imports nothing of tfprobr.
"""

import ast

import pytest
from support import ROOT

PACKAGE = ROOT / "tfprobr"
# What lies below the public families: the internals, the Rd generator, and the leaf of exceptions.
BELOW = ("tfprobr._internal", "tfprobr.rd")
LEAF = "tfprobr.errors"


def _module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path, text=None):
    """Each module the file ``path`` (or ``text`` read as that file) imports, as ``(line, module)``,
    at any depth of the code."""
    tree = ast.parse(path.read_text() if text is None else text, filename=str(path))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            if base == "tfprobr":  # `from tfprobr import helpers` imports the module tfprobr.helpers
                for alias in node.names:
                    yield node.lineno, f"{base}.{alias.name}"
            else:
                yield node.lineno, base
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", None)) in ("import_module", "__import__")):
            yield node.lineno, node.args[0].value


def _is_public(module):
    if module != "tfprobr" and not module.startswith("tfprobr."):
        return False
    return not any(module == below or module.startswith(below + ".") for below in BELOW + (LEAF,))


INTERNAL_FILES = sorted((PACKAGE / "_internal").rglob("*.py"))


def test_the_internal_modules_are_found():
    names = {path.relative_to(PACKAGE).as_posix() for path in INTERNAL_FILES}
    assert {"_internal/keras2/saving.py", "_internal/defaults.py", "_internal/keras3/layers.py"} <= names


@pytest.mark.parametrize("path", INTERNAL_FILES, ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_no_internal_module_imports_a_public_family(path):
    upward = [f"line {line}: {module}" for line, module in _imported(path) if _is_public(module)]
    assert not upward, (f"{path.relative_to(ROOT)} imports public modules built on it "
                        f"(move what it needs into tfprobr/_internal/): {upward}")


def test_the_exceptions_module_imports_nothing_of_tfprobr():
    path = PACKAGE / "errors.py"
    found = [module for _, module in _imported(path) if module.split(".")[0] == "tfprobr"]
    assert not found


def test_the_check_sees_every_spelling_of_an_import():
    at = PACKAGE / "_internal" / "example.py"
    spellings = {
        "from tfprobr.helpers import KLDivergenceFn": True,
        "def f():\n    from tfprobr import distribution_methods": True,
        "import tfprobr.predict": True,
        "import tfprobr": True,
        "from .. import layers": True,
        "from ..distribution_methods import tfd_sample": True,
        "import importlib\nimportlib.import_module('tfprobr.models')": True,
        "from tfprobr.errors import UnsafeLoadError": False,
        "from tfprobr import errors": False,
        "from tfprobr._internal.sampling import next_seeds": False,
        "from . import names": False,
        "from .keras3 import saving": False,
    }
    for code, upward in spellings.items():
        found = [module for _, module in _imported(at, code) if _is_public(module)]
        assert bool(found) == upward, (code, found)
