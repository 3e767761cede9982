"""predict_mc: shapes, columns, agreement with separate forward passes, batches, datasets, progress, errors."""

import os

import numpy as np
import pandas as pd
import pytest

import tfprobr as tp
from tfprobr.predict import _PASSES

from support import slow_except

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
    """The predictive distributions of separate forward passes of ``normal_model``.

    1,000 of them: with 200, the mixture-quantile test's 15 four-sigma comparisons
    failed for about one seed in ten.
    """
    return [normal_model(X).tensor_distribution for _ in range(1000)]


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


@pytest.mark.slow
def test_value_mean_and_sd_agree_with_separate_forward_passes(value_model):
    separate = np.stack([value_model(X).numpy()[:, 0] for _ in range(200)])
    pred = tp.predict_mc(value_model, X, n_samples=2000)
    _assert_agree(pred, separate.mean(axis=0), separate.std(axis=0), len(separate), 2000)


@pytest.mark.slow
def test_distribution_mean_and_sd_agree_with_draws_from_separate_passes(normal_model,
                                                                      separate_passes):
    # One draw from each separate pass is one draw from the predictive distribution.
    separate = np.stack([d.sample().numpy()[:, 0] for d in separate_passes])
    pred = tp.predict_mc(normal_model, X, n_samples=2000)
    _assert_agree(pred, separate.mean(axis=0), separate.std(axis=0), len(separate), 2000)


@pytest.mark.slow
def test_distribution_sd_holds_both_kinds_of_uncertainty(normal_model, separate_passes):
    dists = separate_passes
    means = np.stack([d.mean().numpy()[:, 0] for d in dists])
    aleatoric = np.stack([d.variance().numpy()[:, 0] for d in dists]).mean(axis=0)
    epistemic = means.var(axis=0)
    assert (epistemic > 0.05 * aleatoric).all()  # both matter in this model
    pred = tp.predict_mc(normal_model, X, n_samples=2000)
    total = aleatoric + epistemic
    # The variance of a variance estimate is about 2 var^2 / n for normal-ish data (both estimates).
    assert np.all(np.abs(pred["sd"] ** 2 - total) < 4 * total * np.sqrt(2 / len(dists) + 2 / 2000))
    assert (pred["sd"] ** 2 > aleatoric).all()


@pytest.mark.slow
def test_distribution_quantiles_are_the_mixtures(normal_model, separate_passes):
    pred = tp.predict_mc(normal_model, X, n_samples=2000, quantiles=[0.025, 0.5, 0.975])
    dists = [d.distribution for d in separate_passes]
    for p in (0.025, 0.5, 0.975):
        q = pred[f"q{p:g}"].to_numpy().reshape(-1, 1).astype("float32")
        # The mixture CDF at q, estimated from separate passes, and its standard error.
        cdfs = np.stack([d.cdf(q).numpy()[:, 0] for d in dists])
        se = cdfs.std(axis=0) * np.sqrt(1 / len(dists) + 1 / 2000)
        assert np.all(np.abs(cdfs.mean(axis=0) - p) < 4 * se + 1e-4), p


@pytest.mark.slow
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

    model = tp.keras_model_sequential(input_shape=1)
    model.add(tfp.layers.DenseReparameterization(1))
    assert (tp.predict_mc(model, X, n_samples=20)["sd"] > 0).all()


def test_repeated_calls_batches_and_datasets_reuse_one_trace(value_model):
    import tensorflow as tf

    tp.predict_mc(value_model, X, n_samples=10)
    (passes,) = _PASSES[value_model][1].values()
    traces = passes.experimental_get_tracing_count()
    tp.predict_mc(value_model, X, n_samples=30)
    tp.predict_mc(value_model, X + 1, n_samples=10)
    tp.predict_mc(value_model, X[:3], n_samples=10)
    tp.predict_mc(value_model, X, n_samples=10, batch_size=2)  # 2, 2, then a short batch of 1
    tp.predict_mc(value_model, tf.data.Dataset.from_tensor_slices(X).batch(3), n_samples=10)
    assert list(_PASSES[value_model][1].values()) == [passes]
    assert passes.experimental_get_tracing_count() == traces == 1


def test_adding_a_layer_retraces(value_model):
    tp.predict_mc(value_model, X, n_samples=5)
    tp.layer_dense_local_reparameterization(value_model, units=2)
    assert tp.predict_mc(value_model, X, n_samples=5).shape == (10, 6)


@pytest.mark.parametrize("n_samples, error", [(0, ValueError), (1, ValueError), (2.5, ValueError),
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


# Batches: same results, bounded work per call
# ---------------------------------------------


@pytest.fixture(scope="module")
def deterministic_models():
    """Models without weight uncertainty: a tensor output (3 outputs) and a normal output."""
    import tf_keras

    tf_keras.utils.set_random_seed(7)
    values = tf_keras.Sequential([tf_keras.layers.Input((1,)), tf_keras.layers.Dense(3)])
    normal = tp.keras_model_sequential(input_shape=1)
    normal.add(tf_keras.layers.Dense(2))
    return {"values": values, "normal": tp.layer_independent_normal(normal, event_shape=1)}


@pytest.mark.parametrize("kind", slow_except(["values", "normal"], "values"))
@pytest.mark.parametrize("batch_size", slow_except([1, 2, 4], 4))
def test_batches_give_exactly_the_unbatched_result_without_weight_uncertainty(
        deterministic_models, kind, batch_size):
    model = deterministic_models[kind]
    whole = tp.predict_mc(model, X, n_samples=10, quantiles=[0.1, 0.5, 0.975])
    batched = tp.predict_mc(model, X, n_samples=10, quantiles=[0.1, 0.5, 0.975],
                            batch_size=batch_size)
    if kind == "values":
        pd.testing.assert_frame_equal(batched, whole, check_exact=True)
    else:
        # TensorFlow's elementwise kernels (the softplus of the scale) round the last bit
        # differently by tensor shape: the model itself, called on 3 rows or on 5, does.
        pd.testing.assert_frame_equal(batched, whole, check_exact=False, rtol=1e-6, atol=0)


@pytest.mark.slow
def test_batches_agree_in_distribution_with_one_batch(normal_model):
    whole = tp.predict_mc(normal_model, X, n_samples=2000, quantiles=[0.1, 0.9])
    batched = tp.predict_mc(normal_model, X, n_samples=2000, quantiles=[0.1, 0.9], batch_size=2)
    # Both are estimates from 2000 passes each, so their difference has twice one's variance.
    _assert_agree(batched, whole["mean"], whole["sd"], 2000, 2000)
    for column in ("q0.1", "q0.9"):  # the quantiles of the mixture move like the mean
        assert np.all(np.abs(batched[column] - whole[column]) < 4 * whole["sd"] * np.sqrt(2 / 2000))
    # Not one shared draw: the rows of different batches are not copies of one another.
    assert not np.allclose(batched["mean"], whole["mean"], rtol=0, atol=1e-6)


@pytest.mark.parametrize("n_samples, batches", [(100, 3), (200, 5)])
def test_the_default_batch_holds_a_million_row_passes(value_model, capsys, n_samples, batches):
    # 25,000 rows: 10,000 rows per batch at 100 passes, 5,000 at 200 (the bar counts them).
    x = np.linspace(-1, 1, 25_000).reshape(-1, 1)
    tp.predict_mc(value_model, x, n_samples=n_samples, quantiles=None, verbose=1)
    assert f"{batches}/{batches} [" in capsys.readouterr().out


@pytest.mark.slow
def test_repeated_batched_calls_do_not_grow_memory(value_model):
    import gc

    x = np.random.default_rng(3).normal(size=(20_000, 1))
    for _ in range(5):
        tp.predict_mc(value_model, x, n_samples=20, batch_size=1000, verbose=0)
    gc.collect()
    before = _rss_bytes()
    for _ in range(30):  # the passes alone are 1.6 MB per call: 48 MB if they were kept
        tp.predict_mc(value_model, x, n_samples=20, batch_size=1000, verbose=0)
    gc.collect()
    assert _rss_bytes() - before < 15 * 2**20


# Datasets
# --------


@pytest.mark.parametrize("make", [
    lambda tf: tf.data.Dataset.from_tensor_slices(X),  # unbatched: batched by batch_size
    lambda tf: tf.data.Dataset.from_tensor_slices(X).batch(2),
    lambda tf: tf.data.Dataset.from_tensor_slices((X, X * 2)).batch(3),  # (x, y): y ignored
    lambda tf: tf.data.Dataset.from_tensor_slices((X[:, 0], X[:, 0])).batch(4),  # a vector: a column
], ids=["unbatched", "batched", "x-y-tuples", "vectors"])
def test_a_dataset_gives_the_arrays_result(deterministic_models, make):
    import tensorflow as tf

    model = deterministic_models["normal"]
    expected = tp.predict_mc(model, X, n_samples=5)
    pd.testing.assert_frame_equal(tp.predict_mc(model, make(tf), n_samples=5), expected)


def test_an_unbatched_dataset_is_batched_by_batch_size(value_model, capsys):
    import tensorflow as tf

    tp.predict_mc(value_model, tf.data.Dataset.from_tensor_slices(X), batch_size=2, verbose=1)
    assert "3/3 [" in capsys.readouterr().out  # 2 + 2 + 1 rows, not one row at a time


def test_a_batched_dataset_refuses_a_batch_size(value_model):
    import tensorflow as tf

    with pytest.raises(ValueError, match="`batch_size` must be None .* not 2"):
        tp.predict_mc(value_model, tf.data.Dataset.from_tensor_slices(X).batch(2), batch_size=2)


@pytest.mark.parametrize("make, error, message", [
    (lambda tf: tf.data.Dataset.from_tensor_slices(X).batch(2).repeat(), ValueError, "infinite"),
    (lambda tf: tf.data.Dataset.from_tensor_slices(np.ones((4, 3))).batch(2), ValueError,
     r"`x` must have 1 columns, .* not 3 \(its batches have shape \(None, 3\)\)"),
    (lambda tf: tf.data.Dataset.from_tensor_slices({"a": X}), TypeError, "`x` must be a tf.data.Dataset of numeric"),
    (lambda tf: tf.data.Dataset.from_tensor_slices(["a", "b"]), TypeError, "tf.data.Dataset of numeric"),
    (lambda tf: tf.data.Dataset.from_tensor_slices(X).batch(2).filter(lambda x: False), ValueError,
     "`x` must have at least one row"),
])
def test_a_bad_dataset_is_named(value_model, make, error, message):
    import tensorflow as tf

    with pytest.raises(error, match=message):
        tp.predict_mc(value_model, make(tf))


def test_nan_in_a_dataset_names_the_row(value_model):
    import tensorflow as tf

    x = X.copy()
    x[3, 0] = np.nan
    with pytest.raises(ValueError, match=r"`x` \(a tf.data.Dataset\) must hold finite .* at row 4"):
        tp.predict_mc(value_model, tf.data.Dataset.from_tensor_slices(x).batch(2))


# Progress
# --------


@pytest.mark.parametrize("verbose, batch_size, shown", slow_except([
    (0, 1, False), ("auto", None, False), ("auto", 2, True), (1, None, True), (1.0, 2, True),
    (2, 2, True)], (0, 1, False), ("auto", 2, True)))
def test_progress_shows_as_verbose_says(value_model, capsys, verbose, batch_size, shown):
    tp.predict_mc(value_model, X, n_samples=5, batch_size=batch_size, verbose=verbose)
    out = capsys.readouterr().out
    assert ("batch" in out) == shown, out
    if shown and verbose != 2:
        batches = 3 if batch_size == 2 else 1
        assert f"{batches}/{batches} [" in out


def test_r_doubles_are_accepted_for_batch_size_and_verbose(value_model, capsys):
    assert tp.predict_mc(value_model, X, n_samples=5.0, batch_size=2.0, verbose=0.0).shape == (5, 4)
    assert capsys.readouterr().out == ""


# Bad inputs: clear errors before any pass is traced
# ---------------------------------------------------


@pytest.fixture
def wide_model(seeded):
    return tp.layer_dense_local_reparameterization(tp.keras_model_sequential(input_shape=8), units=1)


@pytest.mark.parametrize("x, message", [
    (np.ones((5, 3)), r"`x` must have 8 columns, the model's input width, not 3 \(`x` has shape \(5, 3\)\)"),
    (np.ones((5, 8, 1)), r"`x` must have rows of shape \(8,\), .* not \(8, 1\)"),
    (np.ones(8), r"not 1 .*A vector is taken as one column; for one row, use a one-row matrix"),
])
def test_wrong_shape_for_the_model_is_named_before_tracing(wide_model, x, message):
    with pytest.raises(ValueError, match=message):
        tp.predict_mc(wide_model, x)
    assert wide_model not in _PASSES


def test_wrong_trailing_shape_of_a_multidimensional_input(seeded):
    import tf_keras

    model = tp.keras_model_sequential(input_shape=[2, 3])
    model.add(tf_keras.layers.Flatten())
    model = tp.layer_dense_local_reparameterization(model, units=1)
    assert tp.predict_mc(model, np.ones((4, 2, 3)), n_samples=3).shape == (4, 4)
    with pytest.raises(ValueError, match=r"`x` must have rows of shape \(2, 3\), .* not \(3, 2\)"):
        tp.predict_mc(model, np.ones((4, 3, 2)))


@pytest.mark.parametrize("value, shown", [(np.nan, "nan"), (np.inf, "inf"), (-np.inf, "-inf")])
def test_nan_or_inf_in_x_is_named_with_its_position(wide_model, value, shown):
    x = np.ones((5, 8))
    x[2, 6] = value
    x[4, 0] = value
    with pytest.raises(ValueError, match=rf"`x` must hold finite numbers only, but 2 value\(s\) are "
                                         rf"NaN or Inf \(the first, {shown}, at row 3, column 7"):
        tp.predict_mc(wide_model, x)
    assert wide_model not in _PASSES


def test_nan_in_a_data_frame_or_tensor_is_named(value_model):
    import tensorflow as tf

    with pytest.raises(ValueError, match="`x` must hold finite numbers only"):
        tp.predict_mc(value_model, pd.DataFrame({"x": [1.0, None]}))
    with pytest.raises(ValueError, match="`x` must hold finite numbers only"):
        tp.predict_mc(value_model, tf.constant([[1.0], [np.inf]]))


@pytest.mark.parametrize("x, message", [
    (np.array([["1.5"], ["2"]]), "`x` must hold numbers only, not an array of <U"),
    (["1.5", "2"], "`x` must be a numeric array"),
    (pd.DataFrame({"a": [1.0, 2.0], "b": ["x", "y"]}), "`x` must hold numbers only, not column 'b'"),
    ({"x": 1}, "`x` must be a numeric array, data frame, tensor, vector or tf.data.Dataset, not"),
    (None, "`x` must be a numeric array"),
])
def test_non_numeric_x_is_named_with_the_value(value_model, x, message):
    with pytest.raises(TypeError, match=message):
        tp.predict_mc(value_model, x)


def test_a_string_tensor_is_named(value_model):
    import tensorflow as tf

    with pytest.raises(TypeError, match="`x` must be numeric, not a tensor of string"):
        tp.predict_mc(value_model, tf.constant([["a"]]))


def test_an_r_integer_na_in_x_is_named(value_model):
    x = np.array([[1], [np.iinfo(np.int32).min]], dtype=np.int32)  # R: matrix(c(1L, NA))
    with pytest.raises(ValueError, match="`x` must hold numbers only, not NA"):
        tp.predict_mc(value_model, x)


@pytest.mark.parametrize("x", [np.ones((0, 1)), [], pd.DataFrame({"x": []}, dtype=float)])
def test_empty_x_is_named(value_model, x):
    with pytest.raises(ValueError, match="`x` must have at least one row"):
        tp.predict_mc(value_model, x)


@pytest.mark.parametrize("batch_size, error", [(0, ValueError), (-5, ValueError), (2.5, ValueError),
                                               (float("nan"), ValueError), ("10", TypeError),
                                               (True, TypeError), ([2, 3], TypeError)])
def test_bad_batch_size_is_named(value_model, batch_size, error):
    with pytest.raises(error, match="`batch_size`"):
        tp.predict_mc(value_model, X, batch_size=batch_size)
    assert value_model not in _PASSES


@pytest.mark.parametrize("verbose", [3, -1, 1.5, "yes", True, None, float("nan"), [1]])
def test_bad_verbose_is_named_with_the_allowed_values(value_model, verbose):
    with pytest.raises(ValueError, match='`verbose` must be one of "auto", 0, 1 or 2, not'):
        tp.predict_mc(value_model, X, verbose=verbose)


@pytest.mark.slow
def test_quantiles_of_vector_events_are_named_and_none_gives_mean_and_sd(seeded):
    import tf_keras

    model = tp.keras_model_sequential(input_shape=1)
    model.add(tf_keras.layers.Dense(tp.params_size_multivariate_normal_tri_l(2)))
    model = tp.layer_multivariate_normal_tri_l(model, event_size=2)
    with pytest.raises(ValueError, match="`quantiles` need .* scalar events; MultivariateNormalTriL"):
        tp.predict_mc(model, X, n_samples=5)
    assert list(tp.predict_mc(model, X, n_samples=5, quantiles=None).columns) == [
        "row", "output", "mean", "sd"]


def test_quantiles_of_a_distribution_without_quantile_are_named(seeded):
    import tf_keras

    model = tp.keras_model_sequential(input_shape=1)
    model.add(tf_keras.layers.Dense(1))
    model = tp.layer_independent_poisson(model, event_shape=1)
    with pytest.raises(ValueError, match=r"`quantiles` need the output distribution's cdf\(\) and quantile\(\)"):
        tp.predict_mc(model, X, n_samples=5)
    assert list(tp.predict_mc(model, X, n_samples=5, quantiles=None).columns) == ["mean", "sd"]


def test_a_model_with_two_inputs_is_named():
    import tf_keras

    a, b = tf_keras.Input((1,)), tf_keras.Input((1,))
    model = tf_keras.Model([a, b], tf_keras.layers.Concatenate()([a, b]))
    with pytest.raises(TypeError, match="`model` must have one input, not 2"):
        tp.predict_mc(model, X)


def _rss_bytes():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _assert_agree(pred, mean, sd, n_separate, n_mc):
    """Means within 4 standard errors, standard deviations within 4 (normal-theory) ones."""
    assert np.all(np.abs(pred["mean"] - mean) < 4 * sd * np.sqrt(1 / n_separate + 1 / n_mc))
    assert np.all(np.abs(pred["sd"] / sd - 1) < 4 * np.sqrt(1 / (2 * n_separate) + 1 / (2 * n_mc)))


def test_a_model_with_nothing_random_warns_once_that_every_pass_is_the_same(seeded):
    import warnings

    import tf_keras

    model = tf_keras.Sequential([tf_keras.layers.Input((1,)), tf_keras.layers.Dense(1)])
    with pytest.warns(UserWarning, match=r"all 10 passes gave the same output.*no Bayesian "
                                         r"layer.*`sd` is 0\)\. Shown once per model"):
        pred = tp.predict_mc(model, X, n_samples=10)
    assert (pred["sd"] == 0).all()
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"predict_mc\(\): all")
        tp.predict_mc(model, X, n_samples=10)  # once per model
        tp.predict_mc(model, X, n_samples=10, batch_size=2)


def test_a_distribution_output_with_nothing_random_warns_too(seeded):
    import tf_keras

    model = tp.keras_model_sequential(input_shape=1)
    model.add(tf_keras.layers.Dense(2))
    model = tp.layer_independent_normal(model, event_shape=1)
    with pytest.warns(UserWarning, match=r"only the spread of the output distribution itself"):
        tp.predict_mc(model, X, n_samples=5, quantiles=None)


def test_a_model_with_a_bayesian_layer_does_not_warn(value_model):
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"predict_mc\(\): all")
        tp.predict_mc(value_model, X, n_samples=10)


def test_the_advice_for_a_vector_is_python_code_in_python(seeded):
    model = tp.layer_dense_local_reparameterization(tp.keras_model_sequential(input_shape=2),
                                                    units=1)
    with pytest.raises(ValueError, match=r"a one-row matrix \(x\.reshape\(1, -1\)\)"):
        tp.predict_mc(model, np.array([1.0, 2.0]))
