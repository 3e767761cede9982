import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
# torch's OpenMP threads spin-wait by default: on a shared machine, Keras 3 on torch took
# 216 ms instead of 3.6 ms per call of a small model (read when torch loads).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402
import pytest  # noqa: E402


@pytest.fixture
def seeded():
    """Seed Python, numpy and TensorFlow; return a numpy Generator."""
    import tf_keras

    tf_keras.utils.set_random_seed(1234)
    return np.random.default_rng(1234)

