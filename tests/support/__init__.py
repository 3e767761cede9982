"""What the tests share that is not a test: helpers, data and scripts.

pytest puts ``tests/`` on ``sys.path`` (``pythonpath`` in pyproject.toml), so a
test imports these as ``from support.r_api import formals``; no test
file imports another test file.

- ``rscript``: :func:`require_rscript`, for the tests that run R.
- ``r_api``: the R API tfprobr mirrors (R's formals and defaults), read from the spec
  copy in ``tests/data/spec``: the one table of it.
- ``upstream``: :func:`assert_upstream_bug`, for tests of upstream bugs tfprobr works around.
- ``saved_models``: one small model per savable class, and the "same posterior" check.
- ``distribute_worker.py``: the training process the distribution tests start.
- ``check_rd.R``: the one Rscript call that checks and renders the Rd tests' pages.
- :func:`run_python`: a fresh Python process on this checkout, e.g. to load a saved model.
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


def run_python(code: str, cwd, *, timeout: float = 180, extra_path=()):
    """Run ``code`` in a fresh Python (this checkout first on its path, TensorFlow quiet).

    Fails the test, with the end of the process' stderr, when it exits with an error;
    returns the finished ``subprocess.CompletedProcess``, its output as text.
    """
    import os
    import subprocess
    import sys

    env = {"PYTHONPATH": os.pathsep.join([str(ROOT), *map(str, extra_path)]),
           "TF_CPP_MIN_LOG_LEVEL": "3", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                            timeout=timeout, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return result
