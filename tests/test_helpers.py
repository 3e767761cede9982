"""tfd_sample, tfd_kl_divergence, kl_divergence_fn, and the light import."""

import subprocess
import sys

import numpy as np
import pytest

import tfprobr as tp


@pytest.fixture
def tfd():
    import tensorflow_probability as tfp

    return tfp.distributions


def test_kl_of_two_unit_normals_one_apart_is_one_half(tfd):
    assert float(tp.tfd_kl_divergence(tfd.Normal(0.0, 1.0), tfd.Normal(1.0, 1.0))) == (
        pytest.approx(0.5))


@pytest.mark.parametrize("sample_shape, expected", [
    ((), (2,)), ([], (2,)), (10.0, (10, 2)), ([2.0, 3.0], (2, 3, 2))])
def test_sample_shape_is_converted_like_a_shape(tfd, sample_shape, expected):
    d = tfd.Normal(loc=[0.0, 1.0], scale=1.0)
    assert tuple(tp.tfd_sample(d, sample_shape).shape) == expected


def test_bad_sample_shape_names_the_argument(tfd):
    with pytest.raises(ValueError, match="`sample_shape`"):
        tp.tfd_sample(tfd.Normal(0.0, 1.0), 2.5)


def test_sample_passes_a_seed_on(tfd):
    d = tfd.Normal(0.0, 1.0)
    a = tp.tfd_sample(d, 3, seed=(1, 2)).numpy()
    assert np.array_equal(a, tp.tfd_sample(d, 3, seed=(1, 2)).numpy())


def test_kl_divergence_fn_scales_and_ignores_the_sample(tfd):
    q, p = tfd.Normal(0.0, 1.0), tfd.Normal(1.0, 1.0)
    assert float(tp.kl_divergence_fn(0.01)(q, p, "ignored")) == pytest.approx(0.005)
    assert float(tp.kl_divergence_fn()(q, p, None)) == pytest.approx(0.5)


@pytest.mark.parametrize("weight, error", [(-1, ValueError), ("a", TypeError),
                                           (float("nan"), ValueError), (True, TypeError)])
def test_kl_divergence_fn_rejects_bad_weights(weight, error):
    with pytest.raises(error, match="`weight`"):
        tp.kl_divergence_fn(weight)


def test_scaled_kl_reaches_the_layer_losses(seeded):
    x = np.ones((4, 3), "float32")
    full = tp.layer_dense_local_reparameterization(units=2)
    full(x)
    scaled = tp.layer_dense_local_reparameterization(units=2,
                                                     kernel_divergence_fn=tp.kl_divergence_fn(0.1))
    scaled.build(x.shape)
    scaled.set_weights(full.get_weights())
    scaled(x)
    assert float(scaled.losses[0]) == pytest.approx(0.1 * float(full.losses[0]), rel=1e-5)


def test_import_does_not_import_tensorflow():
    code = "import sys, os, tfprobr; print('tensorflow' in sys.modules, os.environ['TF_USE_LEGACY_KERAS'])"
    env = {k: v for k, v in __import__("os").environ.items() if k != "TF_USE_LEGACY_KERAS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True).stdout.split()
    assert out == ["False", "1"]
