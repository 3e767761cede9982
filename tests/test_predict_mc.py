"""predict_mc: shapes, columns, agreement with separate forward passes, errors."""

import numpy as np
import pandas as pd
import pytest

import tfprobr as tp
from tfprobr.compose import compose_layer
from tfprobr.predict import _compiled_passes

X = np.array([[-2.0], [-1.0], [-0.5], [1.0], [2.0]])


def _noisy(model):
    """Give every local-reparameterization kernel a posterior sd of about 0.7."""
    for layer in model.layers:
        weights = layer.get_weights()
        if len(weights) == 3:  # loc, untransformed scale, bias
            layer.set_weights([weights[0] + 0.5, np.zeros_like(weights[1]), weights[2]])
    return model


@pytest.fixture
def value_model(seeded):
    """A model whose output is a tensor: one local-reparameterization layer."""
    model = tp.keras_model_sequential(input_shape=1)
    return _noisy(tp.layer_dense_local_reparameterization(model, units=1))


@pytest.fixture(scope="module")
def normal_model():
    """A model whose output is a normal distribution (loc and scale from the layer)."""
    import tf_keras

    tf_keras.utils.set_random_seed(1234)
    model = tp.keras_model_sequential(input_shape=1)
    model = tp.layer_dense_local_reparameterization(model, units=2)
    return tp.layer_independent_normal(_noisy(model), event_shape=1)


@pytest.fixture(scope="module")
def separate_passes(normal_model):
    """The predictive distributions of 200 separate forward passes of ``normal_model``."""
    return [normal_model(X).tensor_distribution for _ in range(200)]


def test_one_output_gives_one_row_per_input_row_with_named_columns(value_model):
    pred = tp.predict_mc(value_model, X, n_samples=20)
    assert isinstance(pred, pd.DataFrame)
    assert list(pred.columns) == ["mean", "sd", "q0.025", "q0.975"]
    assert pred.shape == (5, 4)
    assert (pred["sd"] > 0).all()


def test_several_outputs_are_long_with_row_and_output_counted_from_one(seeded):
    model = tp.layer_dense_local_reparameterization(tp.keras_model_sequential(input_shape=1), units=3)
    pred = tp.predict_mc(model, X, n_samples=10, quantiles=[0.1, 0.5, 0.9])
    assert list(pred.columns) == ["row", "output", "mean", "sd", "q0.1", "q0.5", "q0.9"]
    assert pred.shape == (15, 7)
    assert pred["row"].tolist() == [r for r in range(1, 6) for _ in range(3)]
    assert pred["output"].tolist() == [1, 2, 3] * 5


def test_a_data_frame_keeps_its_index(value_model):
    frame = pd.DataFrame({"x": X[:, 0]}, index=list("abcde"))
    assert list(tp.predict_mc(value_model, frame, n_samples=5).index) == list("abcde")


def test_a_numeric_vector_is_one_column(value_model):
    assert tp.predict_mc(value_model, [-1.0, 0.5, 2.0], n_samples=5).shape[0] == 3
    assert tp.predict_mc(value_model, 1.5, n_samples=5).shape[0] == 1


def test_a_single_quantile_and_none(value_model):
    assert list(tp.predict_mc(value_model, X, 5, quantiles=0.5).columns) == ["mean", "sd", "q0.5"]
    assert list(tp.predict_mc(value_model, X, 5, quantiles=None).columns) == ["mean", "sd"]


def test_one_pass_has_zero_sd(value_model):
    pred = tp.predict_mc(value_model, X, n_samples=1)
    assert (pred["sd"] == 0).all() and np.allclose(pred["q0.025"], pred["mean"])


def test_value_mean_and_sd_agree_with_separate_forward_passes(value_model):
    separate = np.stack([value_model(X).numpy()[:, 0] for _ in range(200)])
    pred = tp.predict_mc(value_model, X, n_samples=2000)
    _assert_agree(pred, separate.mean(axis=0), separate.std(axis=0), len(separate), 2000)


def test_distribution_mean_and_sd_agree_with_draws_from_separate_passes(normal_model,
                                                                      separate_passes):
    # One draw from each separate pass is one draw from the predictive distribution.
    separate = np.stack([d.sample().numpy()[:, 0] for d in separate_passes])
    pred = tp.predict_mc(normal_model, X, n_samples=2000)
    _assert_agree(pred, separate.mean(axis=0), separate.std(axis=0), len(separate), 2000)


def test_distribution_sd_holds_both_kinds_of_uncertainty(normal_model, separate_passes):
    dists = separate_passes
    means = np.stack([d.mean().numpy()[:, 0] for d in dists])
    aleatoric = np.stack([d.variance().numpy()[:, 0] for d in dists]).mean(axis=0)
    epistemic = means.var(axis=0)
    assert (epistemic > 0.05 * aleatoric).all()  # both matter in this model
    pred = tp.predict_mc(normal_model, X, n_samples=2000)
    total = aleatoric + epistemic
    # The variance of a variance estimate is about 2 var^2 / n for normal-ish data.
    assert np.all(np.abs(pred["sd"] ** 2 - total) < 4 * total * np.sqrt(2 / 200))
    assert (pred["sd"] ** 2 > aleatoric).all()


def test_distribution_quantiles_are_the_mixtures(normal_model, separate_passes):
    pred = tp.predict_mc(normal_model, X, n_samples=2000, quantiles=[0.025, 0.5, 0.975])
    dists = [d.distribution for d in separate_passes]
    for p in (0.025, 0.5, 0.975):
        q = pred[f"q{p:g}"].to_numpy().reshape(-1, 1).astype("float32")
        # The mixture CDF at q, estimated from separate passes, and its standard error.
        cdfs = np.stack([d.cdf(q).numpy()[:, 0] for d in dists])
        se = cdfs.std(axis=0) * np.sqrt(1 / 200 + 1 / 2000)
        assert np.all(np.abs(cdfs.mean(axis=0) - p) < 4 * se + 1e-4), p


def test_quantiles_without_weight_uncertainty_are_the_normals(seeded):
    import tf_keras

    model = tp.keras_model_sequential(input_shape=1)
    model.add(tf_keras.layers.Dense(2))
    model = tp.layer_independent_normal(model, event_shape=1)
    pred = tp.predict_mc(model, X, n_samples=10)
    z = 1.959963984540054  # the standard normal's 0.975 quantile
    assert np.allclose(pred["q0.975"], pred["mean"] + z * pred["sd"], rtol=1e-4, atol=1e-5)
    assert np.allclose(pred["q0.025"], pred["mean"] - z * pred["sd"], rtol=1e-4, atol=1e-5)


def test_each_pass_draws_new_weights_for_a_shared_kernel_layer(seeded):
    import tensorflow_probability as tfp

    model = compose_layer(tp.keras_model_sequential(input_shape=1),
                          tfp.layers.DenseReparameterization(1))
    assert (tp.predict_mc(model, X, n_samples=20)["sd"] > 0).all()


def test_repeated_calls_reuse_one_trace(value_model):
    tp.predict_mc(value_model, X, n_samples=10)
    passes = _compiled_passes(value_model)
    traces = passes.experimental_get_tracing_count()
    tp.predict_mc(value_model, X, n_samples=30)
    tp.predict_mc(value_model, X + 1, n_samples=10)
    assert _compiled_passes(value_model) is passes
    assert passes.experimental_get_tracing_count() == traces


def test_adding_a_layer_retraces(value_model):
    tp.predict_mc(value_model, X, n_samples=5)
    tp.layer_dense_local_reparameterization(value_model, units=2)
    assert tp.predict_mc(value_model, X, n_samples=5).shape == (10, 6)


@pytest.mark.parametrize("n_samples, error", [(0, ValueError), (2.5, ValueError),
                                              ("10", TypeError), (True, TypeError)])
def test_bad_n_samples_is_named(value_model, n_samples, error):
    with pytest.raises(error, match="`n_samples`"):
        tp.predict_mc(value_model, X, n_samples=n_samples)


@pytest.mark.parametrize("quantiles, error, name", [
    (0.0, ValueError, "`quantiles`"), (1, ValueError, "`quantiles`"),
    ([0.1, 1.5], ValueError, r"`quantiles\[1\]`"), ("a", TypeError, "`quantiles`"),
    ([0.5, 0.5], ValueError, "`quantiles`"), (float("nan"), ValueError, "`quantiles`")])
def test_bad_quantiles_are_named(value_model, quantiles, error, name):
    with pytest.raises(error, match=name):
        tp.predict_mc(value_model, X, quantiles=quantiles)


def test_non_numeric_x_is_named(value_model):
    with pytest.raises(TypeError, match="`x`"):
        tp.predict_mc(value_model, pd.DataFrame({"x": ["a", "b"]}))
    with pytest.raises(TypeError, match="`x`"):
        tp.predict_mc(value_model, {"x": 1})


def test_a_model_that_is_not_keras_is_named():
    with pytest.raises(TypeError, match="`model`"):
        tp.predict_mc(lambda x: x, X)


def _assert_agree(pred, mean, sd, n_separate, n_mc):
    """Means within 4 standard errors, standard deviations within 4 (normal-theory) ones."""
    assert np.all(np.abs(pred["mean"] - mean) < 4 * sd * np.sqrt(1 / n_separate + 1 / n_mc))
    assert np.all(np.abs(pred["sd"] / sd - 1) < 4 * np.sqrt(1 / (2 * n_separate) + 1 / (2 * n_mc)))
