"""Both vignettes run for real and render, with their figure."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VIGNETTES = ROOT / "vignettes"


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["RETICULATE_PYTHON"] = sys.executable
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    return env


def test_python_vignette_renders_with_its_figure(tmp_path):
    subprocess.run([sys.executable, str(VIGNETTES / "render.py"),
                    str(VIGNETTES / "heteroscedastic-regression.py"), "--out", str(tmp_path)],
                   env=_env(), check=True, capture_output=True, timeout=120)
    text = (tmp_path / "heteroscedastic-regression.md").read_text()
    assert "![Figure 1](heteroscedastic-regression-figure-1.png)" in text
    assert (tmp_path / "heteroscedastic-regression-figure-1.png").stat().st_size > 10_000
    assert "coverage of the 95% interval on new data:" in text


def test_r_vignette_renders_with_its_figure(tmp_path):
    if shutil.which("Rscript") is None:
        if os.environ.get("CI"):
            pytest.fail("Rscript is not installed, and CI is set: the R vignette must render")
        pytest.skip("R is not installed")
    render = (f'rmarkdown::render("{VIGNETTES / "heteroscedastic-regression.Rmd"}", '
              f'output_dir = "{tmp_path}", intermediates_dir = "{tmp_path}", quiet = TRUE)')
    result = subprocess.run(["Rscript", "-e", render], env=_env(), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    html = (tmp_path / "heteroscedastic-regression.html").read_text()
    assert "data:image/png;base64" in html
    # predict_mc()'s result printed as an R data.frame
    assert re.search(r"#&gt;\s+mean\s+sd\s+q0\.025\s+q0\.975", html)
