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


def test_negloglik_is_minus_the_log_prob(tfd):
    d = tfd.Normal(loc=[[0.0], [1.0]], scale=1.0)
    y = np.array([[0.5], [0.5]], "float32")
    np.testing.assert_allclose(tp.negloglik(y, d).numpy(), -d.log_prob(y).numpy())


def test_normal_distribution_fn_takes_loc_and_softplus_scale_from_the_columns():
    x = np.array([[1.0, 0.0], [-2.0, 3.0]], "float32")
    d = tp.normal_distribution_fn(min_scale=0.01)(x)
    np.testing.assert_allclose(d.loc.numpy(), [[1.0], [-2.0]])
    np.testing.assert_allclose(d.scale.numpy(), 0.01 + np.log1p(np.exp([[0.0], [3.0]])), rtol=1e-6)


def test_normal_distribution_fn_with_fixed_scale_uses_every_column_as_loc():
    d = tp.normal_distribution_fn(event_size=2.0, scale=0.5)(np.zeros((3, 2), "float32"))
    assert tuple(d.batch_shape) == (3, 2)
    assert np.all(d.scale.numpy() == 0.5)


def test_normal_distribution_fn_names_the_column_count_it_needs():
    with pytest.raises(ValueError, match="needs 4 input columns .* not 3"):
        tp.normal_distribution_fn(event_size=2)(np.zeros((1, 3), "float32"))


@pytest.mark.parametrize("args, name", [({"event_size": 1.5}, "event_size"), ({"scale": 0}, "scale"),
                                        ({"min_scale": -1}, "min_scale"),
                                        ({"scale_factor": "a"}, "scale_factor")])
def test_normal_distribution_fn_rejects_bad_arguments_by_name(args, name):
    with pytest.raises((TypeError, ValueError), match=f"`{name}`"):
        tp.normal_distribution_fn(**args)


def test_normal_distribution_fn_has_a_config_that_rebuilds_it():
    fn = tp.normal_distribution_fn(event_size=2, min_scale=1e-4, scale_factor=0.05)
    rebuilt = type(fn).from_config(fn.get_config())
    # The same distribution, not only the same config (ConfigFunction.__eq__ compares configs).
    x = np.array([[0.5, -1.0, -40.0, 3.0]], "float32")
    for method in (tp.tfd_mean, tp.tfd_stddev):
        np.testing.assert_array_equal(method(rebuilt(x)).numpy(), method(fn(x)).numpy())
    np.testing.assert_allclose(tp.tfd_stddev(fn(x)).numpy(), [[1e-4 + np.log1p(np.exp(-2.0)),
                                                               1e-4 + np.log1p(np.exp(0.15))]], rtol=1e-5)


@pytest.mark.slow
def test_normal_distribution_lambda_fits_a_heteroscedastic_regression(seeded):
    x = seeded.uniform(-1, 1, size=(256, 1)).astype("float32")
    y = (x + seeded.normal(size=(256, 1)) * np.where(x > 0, 1.0, 0.1)).astype("float32")
    model = tp.keras_model_sequential(input_shape=1)
    model = tp.layer_dense_local_reparameterization(model, units=2,
                                                    kernel_divergence_fn=tp.kl_divergence_fn(1 / 256))
    model = tp.layer_distribution_lambda(model, tp.normal_distribution_fn())
    model.compile(optimizer=__import__("tf_keras").optimizers.Adam(0.05), loss=tp.negloglik)
    model.fit(x, y, epochs=60, batch_size=64, verbose=0)
    sd = np.mean([model(np.array([[-0.8], [0.8]], "float32")).stddev().numpy() for _ in range(20)],
                 axis=0).ravel()
    assert sd[1] / sd[0] > 3  # the noise is 10 times larger for x > 0


def test_tensor_columns_uses_r_indices_and_keeps_dimensions():
    x = np.arange(6, dtype="float32").reshape(2, 3)
    np.testing.assert_array_equal(tp.tensor_columns(x, 2.0).numpy(), [[1.0], [4.0]])
    np.testing.assert_array_equal(tp.tensor_columns(x, [3.0, 1.0]).numpy(), [[2.0, 0.0], [5.0, 3.0]])


@pytest.mark.parametrize("columns", [0, 4, 1.5])
def test_tensor_columns_rejects_columns_outside_x(columns):
    with pytest.raises(ValueError, match="`columns"):
        tp.tensor_columns(np.zeros((2, 3), "float32"), columns)


def test_tensor_scale_and_softplus_keep_the_dtype_of_x():
    x = np.array([0.0, 2.0])
    assert tp.tensor_scale(x, 0.5, 1).numpy().tolist() == [1.0, 2.0]
    out = tp.tensor_softplus(x, scale=2, shift=1e-3)
    assert out.dtype.name == "float64"
    np.testing.assert_allclose(out.numpy(), 1e-3 + np.log1p(np.exp(2 * x)))


@pytest.mark.slow
def test_layers_work_when_tf_keras_was_imported_before_tfprobr():
    """Setting TF_USE_LEGACY_KERAS after TensorFlow's import would break TFP's import."""
    code = ("import os, tf_keras, tfprobr; "
            "print('TF_USE_LEGACY_KERAS' in os.environ, "
            "type(tfprobr.layer_dense_local_reparameterization(units=2)).__name__)")
    env = {k: v for k, v in __import__("os").environ.items() if k != "TF_USE_LEGACY_KERAS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True).stdout.split()
    assert out == ["False", "DenseLocalReparameterization"]
