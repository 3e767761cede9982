"""What the tests share that is not a test: helpers, data and scripts.

pytest puts ``tests/`` on ``sys.path`` (``pythonpath`` in pyproject.toml), so a
test imports these as ``from support.r_formals import r_formals``; no test
file imports another test file.

- ``rscript``: :func:`require_rscript`, for the tests that run R.
- ``r_formals``: the R formals and defaults tfprobr mirrors, as data.
- ``upstream``: :func:`assert_upstream_bug`, for tests of upstream bugs tfprobr works around.
- ``saved_models``: one small model per savable class, and the "same posterior" check.
- ``distribute_worker.py``: the training process the distribution tests start.
- ``check_rd.R``: the one Rscript call that checks and renders the Rd tests' pages.
"""

from pathlib import Path

# The repository root: tests/support/__init__.py is two levels below it.
ROOT = Path(__file__).resolve().parents[2]


def slow_except(values, *fast):
    """``values`` for ``pytest.mark.parametrize``, each marked slow but ``fast``.

    For a test run over many classes or settings whose cases together take
    seconds: the quick loop (``pytest -m "not slow"``) keeps the representatives
    in ``fast``, the full run all of them. A tuple is the values of several
    argument names, as ``parametrize`` takes them.
    """
    import pytest

    def slow(value):
        return pytest.param(*value if isinstance(value, tuple) else (value,), marks=pytest.mark.slow)

    return [value if value in fast else slow(value) for value in values]
