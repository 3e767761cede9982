"""The ``>>>`` Examples of the public functions' docstrings run, and show what they print.

They stay in the Python docstrings (``help()``, reticulate's ``py_help()``); the R help
pages show the R Examples only (tests/r_package/test_rd_pages.py).
"""

import doctest
import re
from pathlib import Path

import pytest

import tfprobr as tp

from support import slow_except

FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _examples():
    found = {}
    finder = doctest.DocTestFinder(exclude_empty=True)
    for module in tp.EXPORT_MODULES:
        for name in module.__all__:
            for test in finder.find(getattr(module, name), name, globs={}):
                if test.examples:
                    found[name] = test
    return found


EXAMPLES = _examples()


# The constructor families (tfd_*, tfb_*, R keras' functions) show R Examples only: one call
# each, which their own tests make from Python. The other families show Python use too.
CONSTRUCTOR_FAMILIES = ("distributions", "bijectors", "keras")


def test_every_function_outside_the_constructor_families_has_python_examples():
    missing = [name for module in tp.EXPORT_MODULES if module.__family__ not in CONSTRUCTOR_FAMILIES
               for name in module.__all__ if name not in EXAMPLES]
    assert missing == ["layer_variational_gaussian_process"]


@pytest.mark.parametrize("name", slow_except(
    sorted(EXAMPLES), "tfd_sample", "params_size_independent_normal", "kl_divergence_fn"))
def test_python_examples_run_as_doctests(name):
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report = []
    result = runner.run(EXAMPLES[name], out=report.append)
    assert result.failed == 0, "".join(report)


def test_no_example_written_in_the_package_escapes_the_doctests():
    # Every ``>>>`` line in tfprobr's source (in a docstring, a shared text or a docstring
    # template, whose ``{fields}`` match anything) is the first line of an example run above.
    run = {(">>> " + example.source.splitlines()[0]).strip()
           for test in EXAMPLES.values() for example in test.examples}
    escaped = []
    for path in sorted(Path(tp.__file__).parent.rglob("*.py")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            line = line.strip()
            if not line.startswith(">>>"):
                continue
            template = re.compile(".*".join(map(re.escape, re.split(r"\{\w+\}", line))) + "$")
            if line not in run and not any(template.match(first) for first in run):
                escaped.append(f"{path.name}:{number}: {line}")
    assert not escaped, f"examples no doctest runs: {escaped}"
