"""The ``>>>`` Examples of the public functions' docstrings run, and show what they print.

They stay in the Python docstrings (``help()``, reticulate's ``py_help()``); the R help
pages show the R Examples only (tests/r_package/test_rd_pages.py).
"""

import doctest

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


def test_most_public_functions_have_python_examples():
    assert len(EXAMPLES) >= 0.9 * len(tp.__all__)
    assert {"layer_dense_local_reparameterization", "predict_mc", "tfd_sample"} <= set(EXAMPLES)


@pytest.mark.parametrize("name", slow_except(
    sorted(EXAMPLES), "tfd_sample", "params_size_independent_normal", "kl_divergence_fn"))
def test_python_examples_run_as_doctests(name):
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report = []
    result = runner.run(EXAMPLES[name], out=report.append)
    assert result.failed == 0, "".join(report)
