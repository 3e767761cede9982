"""The Python vignette runs for real and renders, with its figure.

The R vignette is a package vignette: R CMD build builds it, and the R tests
(tests/testthat/test-package.R) check the built page.
"""

import os
import subprocess
import sys

import pytest

from support import ROOT

VIGNETTES = ROOT / "vignettes"


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["RETICULATE_PYTHON"] = sys.executable
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    return env


@pytest.mark.slow
def test_python_vignette_renders_with_its_figure(tmp_path):
    subprocess.run([sys.executable, str(VIGNETTES / "render.py"),
                    str(VIGNETTES / "heteroscedastic-regression.py"), "--out", str(tmp_path)],
                   env=_env(), check=True, capture_output=True, timeout=120)
    text = (tmp_path / "heteroscedastic-regression.md").read_text()
    assert "![Figure 1](heteroscedastic-regression-figure-1.png)" in text
    assert (tmp_path / "heteroscedastic-regression-figure-1.png").stat().st_size > 10_000
    assert "coverage of the 95% interval on new data:" in text
