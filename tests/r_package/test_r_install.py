"""install_tfprobr() (R/install.R) makes a virtualenv with reticulate and installs the Python package.

Offline: the package is installed from a wheel built here, without its
dependencies and without the package index. install_tfprobr() chooses the Python
itself: the first that, run from R, imports ssl (this test's own Python may not).
"""

import shutil
import subprocess
import sys
import pytest

from support import ROOT
from support.rscript import require_rscript


@pytest.mark.slow
def test_install_tfprobr_installs_the_python_package_into_a_new_virtualenv(tmp_path):
    require_rscript()
    # Built from a copy: an in-tree build would leave build/ and *.egg-info in the checkout.
    source = tmp_path / "source"
    shutil.copytree(ROOT / "tfprobr", source / "tfprobr",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--no-index", "-q", "-w", str(wheels), str(source)], check=True,
                   capture_output=True)
    (wheel,) = wheels.glob("tfprobr-*.whl")
    env = tmp_path / "env"
    code = (f'source("{ROOT / "R" / "install.R"}"); '
            f'python <- install_tfprobr(envname = "{env}", path = "{wheel}", '
            'packages = FALSE, '
            'pip_options = c("--no-deps", "--no-index")); cat("PYTHON", python, "\\n")')
    result = subprocess.run(["Rscript", "--vanilla", "-e", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert f"PYTHON {env}/bin/python" in result.stdout
    assert f"RETICULATE_PYTHON={env}/bin/python" in result.stderr
    version = subprocess.run([str(env / "bin" / "python"), "-c",
                              "import importlib.metadata as m; print(m.version('tfprobr'))"],
                             capture_output=True, text=True, check=True)
    import tfprobr

    assert version.stdout.strip() == tfprobr.__version__
