"""Keep upstream noise that users cannot act on out of their terminal, and nothing else.

Two sources, each filtered where it is raised and matched narrowly:

* TensorFlow's C++ start-up lines. ``import tensorflow`` writes, straight to
  file descriptor 2 and before its logging is configured (so even with
  ``TF_CPP_MIN_LOG_LEVEL=3``), lines about oneDNN, missing CUDA drivers and CPU
  instructions. :func:`install` wraps the first ``import tensorflow`` after
  ``import tfprobr``: its output to descriptor 2 is held back, and every line
  that is not one of :data:`STARTUP_LINES` is written out again. It also sets
  ``TF_CPP_MIN_LOG_LEVEL=3`` (TensorFlow's later C++ log lines, e.g. a failed
  CUDA initialization) unless the user has set it.
* TFP's ``layer.add_variable is deprecated`` warning, twice per layer build:
  :func:`upstream_build_warnings_ignored` is entered around tfprobr's own build
  of TFP's layers.
* In R only: reticulate 1.28 turns a pandas DataFrame (e.g. from
  ``predict_mc()``) into a data.frame with ``Index.format()``, which pandas 2
  deprecates with a ``FutureWarning`` on every conversion. It is raised in
  reticulate's code, so it is ignored, matched on its message, when tfprobr is
  imported from R.

Python warnings and Python log lines of TensorFlow (e.g. retracing) still show.
Nothing here imports TensorFlow.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import warnings

from tfprobr._internal.advice import in_r
from tfprobr._internal.import_hook import wrap_first_import

__all__ = ["install", "upstream_build_warnings_ignored", "STARTUP_LINES"]

# What TensorFlow 2.21's wheel prints at import on a machine without a GPU (each line twice).
STARTUP_LINES = re.compile(
    r"WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR"
    r"|[IW]\d{4} [\d:.]+ +\d+ (?:port\.cc:\d+\] oneDNN custom operations are on"
    r"|cudart_stub\.cc:\d+\] Could not find cuda drivers on your machine"
    r"|cpu_feature_guard\.cc:\d+\] This TensorFlow binary is optimized to use available CPU)"
    r"|To enable the following instructions: .* rebuild TensorFlow with the appropriate compiler"
)


def install() -> None:
    """Quiet TensorFlow's C++ log and start-up lines if it is not imported yet, and (in R) reticulate's pandas warning."""
    if in_r():
        warnings.filterwarnings("ignore", message=r"Index\.format is deprecated", category=FutureWarning)
    if "tensorflow" in sys.modules:
        return
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    wrap_first_import("tensorflow", _quiet_import)


@contextlib.contextmanager
def upstream_build_warnings_ignored():
    """Ignore TFP's deprecation warning about its own ``add_variable`` calls, only that one."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message=r"`layer\.add_variable` is deprecated", category=UserWarning
        )
        yield


def _quiet_import(execute, module) -> None:
    with _startup_lines_held_back():
        execute(module)


@contextlib.contextmanager
def _startup_lines_held_back():
    """Capture file descriptor 2 (C++ writes to it directly); write back all but STARTUP_LINES."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):  # no standard error to capture
        yield
        return
    with tempfile.TemporaryFile() as capture:
        os.dup2(capture.fileno(), 2)
        try:
            yield
        finally:
            try:
                sys.stderr.flush()
            except (OSError, ValueError, AttributeError):
                pass
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            lines = capture.read().decode("utf-8", "replace").splitlines(keepends=True)
            kept = "".join(line for line in lines if not STARTUP_LINES.match(line))
            if kept:
                os.write(2, kept.encode("utf-8"))
