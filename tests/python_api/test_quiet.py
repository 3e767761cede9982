"""Quiet by default: no upstream noise users cannot act on; their own warnings still show."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import tfprobr as tp
import tensorflow_probability as tfp
from tfprobr._internal.quiet import STARTUP_LINES

ROOT = str(Path(tp.__file__).resolve().parent.parent)
# Lines TensorFlow and TFP print on this stack when nothing filters them.
NOISE = ("absl::InitializeLog", "oneDNN custom operations", "Could not find cuda drivers",
         "This TensorFlow binary is optimized", "To enable the following instructions",
         "cuInit", "add_variable` is deprecated")

FIT = """
import warnings
import numpy as np
import tfprobr as tp
import tensorflow_probability as tfp

def posterior(*args):
    warnings.warn("a warning of the user's posterior function")
    return tfp.layers.util.default_mean_field_normal_fn()(*args)

x = np.linspace(-1, 1, 32, dtype="float32").reshape(-1, 1)
model = tp.keras_model_sequential(input_shape=1)
model = tp.layer_dense_flipout(model, units=4, activation="tanh")
model = tp.layer_dense_reparameterization(model, units=1, kernel_posterior_fn=posterior)
model.compile(optimizer="adam", loss="mse")
model.fit(x, 2 * x, epochs=2, verbose=0)
tp.predict_mc(model, x, n_samples=10)
warnings.warn("a real user warning")
print("done")
"""


def _run(args, tmp_path, **env):
    environment = {key: value for key, value in os.environ.items() if key != "TF_CPP_MIN_LOG_LEVEL"}
    environment.update(PYTHONPATH=ROOT, **env)
    result = subprocess.run([sys.executable, *args], cwd=tmp_path, capture_output=True, text=True,
                            timeout=300, env=environment)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


@pytest.mark.slow
def test_a_fit_shows_the_users_warnings_and_no_upstream_noise(tmp_path):
    result = _run(["-c", FIT], tmp_path)
    assert "done" in result.stdout
    assert [line for line in result.stderr.splitlines() if any(n in line for n in NOISE)] == []
    assert "a real user warning" in result.stderr
    assert "a warning of the user's posterior function" in result.stderr


@pytest.mark.slow
def test_the_demo_writes_nothing_to_stderr(tmp_path):
    result = _run(["-m", "tfprobr", "demo", "--epochs", "2", "--out", "out"], tmp_path)
    assert "held-out coverage" in result.stdout
    assert result.stderr == ""


@pytest.mark.slow
def test_tensorflow_log_level_chosen_by_the_user_is_kept(tmp_path):
    code = "import os, tfprobr, tensorflow; print(os.environ['TF_CPP_MIN_LOG_LEVEL'])"
    assert _run(["-c", code], tmp_path, TF_CPP_MIN_LOG_LEVEL="1").stdout.strip() == "1"


def test_startup_filter_matches_only_the_known_lines():
    known = [
        "WARNING: All log messages before absl::InitializeLog() is called are written to STDERR",
        "I0000 00:00:1796174225.879350   14368 port.cc:153] oneDNN custom operations are on. You may",
        "I0000 00:00:1796174225.880056   14368 cudart_stub.cc:31] Could not find cuda drivers on your machine",
    ]
    others = [
        "E0000 00:00:1796174230.053029   14368 cuda_platform.cc:52] failed call to cuInit: INTERNAL",
        "W0000 00:00:1796174230.053029   14368 op_kernel.cc:1830] OP_REQUIRES failed",
        "Traceback (most recent call last):",
    ]
    assert all(STARTUP_LINES.match(line) for line in known)
    assert not any(STARTUP_LINES.match(line) for line in others)
