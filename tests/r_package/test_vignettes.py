"""The Python vignette runs for real and renders, with its figure.

The R vignette is a package vignette: R CMD build builds it, and the R tests
(tests/testthat/test-package.R) check the built page.
"""

import os
import re
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


LIST_ITEM = re.compile(r"^\s*(\d{1,9}[.)]|[-*+])(\s|$)")


def _prose_lines(path):
    """The Markdown lines of ``path`` outside code (the Python vignette: its ``# `` comments)."""
    lines, fenced = [], False
    for line in path.read_text().splitlines():
        if path.suffix == ".py":
            if not line.startswith("#"):
                lines.append("")
                continue
            line = line[2:]
        if line.lstrip().startswith("```"):
            fenced = not fenced
            line = ""
        lines.append("" if fenced else line)
    return lines


@pytest.mark.parametrize("name", ["heteroscedastic-regression.Rmd", "heteroscedastic-regression.py",
                                  "../README.md"])
def test_no_wrapped_line_starts_like_a_numbered_list_item(name):
    # "(batch\n4096) 0.88x" wrapped so that a line began "4096)": pandoc made it a list item.
    lines = _prose_lines(VIGNETTES / name)
    for before, line in zip(lines, lines[1:]):
        if re.match(r"^\s*\d{1,9}[.)](\s|$)", line) and before.strip():
            assert LIST_ITEM.match(before), f"{name}: a line continues as a list item: {line!r}"


def test_the_readme_says_the_two_commands_that_install_the_r_vignette():
    import tfprobr

    section = (ROOT / "README.md").read_text().split("## For R users")[1].split("\n## ")[0]
    commands = re.findall(r"^R CMD .*?(?=\s+#|$)", section, re.MULTILINE)
    assert commands[-2:] == ["R CMD build .", f"R CMD INSTALL tfprobr_{tfprobr.__version__}.tar.gz"]
    assert 'vignette("heteroscedastic-regression", package = "tfprobr")' in section
