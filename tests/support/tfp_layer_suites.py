"""Run TFP's own layer test suites with TFP's classes, or with tfprobr's in their place.

tfprobr's layer classes subclass TFP's and must pass TFP's own tests wherever
TFP's classes pass them, the TF1 graph-mode variants (``..._graph``) included.
This script runs TFP's dense, convolution and distribution-layer test files,
taken from a git directory of TensorFlow Probability's repository at the tag of
the installed TFP (``v0.25.0``), into a temporary folder (nothing of TFP's is
kept in this repository), with pytest, once per choice of classes::

    python tests/support/tfp_layer_suites.py --tfp-git PATH/TO/probability.git
    python tests/support/tfp_layer_suites.py --tfp-git ... --classes tfprobr --suite dense

With ``--classes tfprobr`` the test modules' references to TFP's layer modules
(``dense_variational``, ``conv_variational``, ``distribution_layer``,
``variable_input``) are replaced, after collection, by views of those modules
in which every TFP class that tfprobr subclasses is tfprobr's class. TFP's own
modules are not changed, so TFP's code keeps meaning its own classes. It prints
the passed/failed/skipped counts per suite and the failed tests' ids.

TFP's ``test_util`` imports scipy, which tfprobr does not depend on: put it on
``--extra-path`` (e.g. ``pip install --no-deps --target DIR scipy``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SUITES = {
    "dense": "dense_variational_test.py",
    "conv": "conv_variational_test.py",
    "distribution": "distribution_layer_test.py",
}
_UPSTREAM_DIR = "tensorflow_probability/python/layers"

# Written next to TFP's test files when tfprobr's classes stand in for TFP's.
_CONFTEST = '''
import importlib
import types

_LAYER_MODULES = ("dense_variational", "conv_variational", "distribution_layer", "variable_input")


def _tfprobr_views():
    from tfprobr._internal.classes import CLASSES_BY_MODULE, load_class

    views = {}
    for short in _LAYER_MODULES:
        module = importlib.import_module("tensorflow_probability.python.layers." + short)
        view = types.ModuleType(module.__name__)
        view.__dict__.update(vars(module))
        views[short] = view
    for names in CLASSES_BY_MODULE.values():
        for name in names:
            ours = load_class(name)
            theirs = next(base for base in ours.__mro__[1:]
                          if base.__module__.startswith("tensorflow_probability."))
            short = theirs.__module__.rpartition(".")[2]
            if short in views and getattr(views[short], theirs.__name__, None) is theirs:
                setattr(views[short], theirs.__name__, ours)
    return views


def pytest_collection_modifyitems(session, config, items):
    views = _tfprobr_views()
    for module in {item.module for item in items if getattr(item, "module", None)}:
        for short, view in views.items():
            if short in vars(module):
                setattr(module, short, view)
'''


def tfp_version() -> str:
    from importlib.metadata import version

    return version("tensorflow-probability")


def extract(tfp_git: Path, into: Path, tag: str) -> None:
    for name in SUITES.values():
        text = subprocess.run(
            ["git", "--git-dir", str(tfp_git), "show", f"{tag}:{_UPSTREAM_DIR}/{name}"],
            check=True, capture_output=True, text=True,
        ).stdout
        (into / name).write_text(text)


def run_suite(folder: Path, suite: str, classes: str, extra_path, pytest_args) -> dict:
    (folder / "conftest.py").write_text(_CONFTEST if classes == "tfprobr" else "")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, TF_USE_LEGACY_KERAS="1", TF_CPP_MIN_LOG_LEVEL="3",
               PYTHONPATH=os.pathsep.join([str(root), *map(str, extra_path)]))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider",
         "-W", "ignore", SUITES[suite], *pytest_args],
        cwd=folder, env=env, capture_output=True, text=True,
    )
    tail = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    counts = {kind: int(number) for number, kind in re.findall(r"(\d+) (passed|failed|skipped|error)", tail)}
    failed = re.findall(r"^(?:FAILED|ERROR) (\S+)", result.stdout, re.MULTILINE)
    if not counts:
        sys.stderr.write(result.stdout[-3000:] + result.stderr[-3000:])
    return {"counts": counts, "failed": failed}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tfp-git", type=Path, required=True,
                        help="git directory of TensorFlow Probability's repository")
    parser.add_argument("--tag", default=None, help="default: v<installed TFP version>")
    parser.add_argument("--classes", choices=("tfp", "tfprobr", "both"), default="both")
    parser.add_argument("--suite", choices=(*SUITES, "all"), default="all")
    parser.add_argument("--extra-path", action="append", default=[],
                        help="a folder put on PYTHONPATH (e.g. one holding scipy)")
    parser.add_argument("pytest_args", nargs="*", help="passed to pytest (after --)")
    args = parser.parse_args(argv)
    suites = list(SUITES) if args.suite == "all" else [args.suite]
    classes = ("tfp", "tfprobr") if args.classes == "both" else (args.classes,)
    tag = args.tag or f"v{tfp_version()}"
    worse = False
    with tempfile.TemporaryDirectory(prefix="tfp-layer-suites-") as folder:
        folder = Path(folder)
        extract(args.tfp_git, folder, tag)
        results = {}
        for suite in suites:
            for kind in classes:
                results[suite, kind] = run_suite(folder, suite, kind, args.extra_path,
                                                 args.pytest_args)
                counts = results[suite, kind]["counts"]
                print(f"{suite:12} {kind:8} " + ", ".join(f"{n} {k}" for k, n in counts.items()),
                      flush=True)
                for test in results[suite, kind]["failed"]:
                    print(f"    failed: {test}")
            if len(classes) == 2:
                ours = set(results[suite, "tfprobr"]["failed"])
                theirs = set(results[suite, "tfp"]["failed"])
                only_ours = sorted(ours - theirs)
                if only_ours or not results[suite, "tfprobr"]["counts"]:
                    worse = True
                    print(f"    {suite}: fails with tfprobr's classes only: {only_ours}")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
