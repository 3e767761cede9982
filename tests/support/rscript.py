"""The tests that run R need ``Rscript``."""

import os
import shutil

import pytest


def require_rscript() -> str:
    """The path of ``Rscript``; skips the test without R, and fails it when ``CI`` is set."""
    rscript = shutil.which("Rscript")
    if rscript is None:
        if os.environ.get("CI"):
            pytest.fail("Rscript is not installed, and CI is set")
        pytest.skip("R is not installed")
    return rscript
