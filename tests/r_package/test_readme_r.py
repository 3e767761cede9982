"""The README's R code runs as printed, on its own, with the R package installed."""

import os
import re
import subprocess
import sys

import pytest

from support import ROOT
from support.rscript import require_rscript


def _r_block_after(heading: str) -> str:
    text = (ROOT / "README.md").read_text()
    section = text.split(heading, 1)[1]
    return re.search(r"```r\n(.*?)```", section, re.DOTALL).group(1)


@pytest.mark.slow
def test_the_r_verbs_example_runs_on_its_own(tmp_path):
    require_rscript()
    library = tmp_path / "lib"
    library.mkdir()
    subprocess.run(["R", "CMD", "INSTALL", "--no-docs", "--no-test-load", "-l", str(library), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    script = tmp_path / "verbs.R"
    script.write_text(_r_block_after("### R verbs"))
    env = dict(os.environ, R_LIBS=str(library), RETICULATE_PYTHON=sys.executable,
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
               TF_CPP_MIN_LOG_LEVEL="3")
    result = subprocess.run(["Rscript", "--vanilla", str(script)], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Final epoch (plot to see history):" in result.stdout
    assert re.search(r"mean\s+sd\s+q0\.025\s+q0\.975", result.stdout)
