"""R keras' core functions (family "keras"): the tf_keras objects they build, R values.

Their formals, R keras 2.15's, are checked in test_r_api.py. Each declaration builds the ``tf_keras`` class R keras builds, with R keras'
defaults; layers compose like tfprobr's own; arguments convert as R keras
converts them (R doubles where Keras wants integers, R's 1-based axis of
``layer_batch_normalization()``); and a small R keras-style program trains,
saves and loads.
"""

import json
import os

import numpy as np
import pytest
import tf_keras

import tfprobr as tp
from tfprobr import keras_functions

from support import ROOT
from support.r_api import keras_exported, spec

# Each function, the tf_keras class it builds (called without arguments where R allows).
BUILDS = {
    "layer_flatten": tf_keras.layers.Flatten,
    "layer_max_pooling_1d": tf_keras.layers.MaxPooling1D,
    "layer_max_pooling_2d": tf_keras.layers.MaxPooling2D,
    "layer_max_pooling_3d": tf_keras.layers.MaxPooling3D,
    "layer_average_pooling_1d": tf_keras.layers.AveragePooling1D,
    "layer_average_pooling_2d": tf_keras.layers.AveragePooling2D,
    "layer_average_pooling_3d": tf_keras.layers.AveragePooling3D,
    "layer_global_average_pooling_1d": tf_keras.layers.GlobalAveragePooling1D,
    "layer_global_average_pooling_2d": tf_keras.layers.GlobalAveragePooling2D,
    "layer_batch_normalization": tf_keras.layers.BatchNormalization,
    "layer_concatenate": tf_keras.layers.Concatenate,
    "optimizer_adam": tf_keras.optimizers.Adam,
    "optimizer_sgd": tf_keras.optimizers.SGD,
    "optimizer_rmsprop": tf_keras.optimizers.RMSprop,
    "optimizer_adagrad": tf_keras.optimizers.Adagrad,
    "optimizer_nadam": tf_keras.optimizers.Nadam,
    "initializer_constant": tf_keras.initializers.Constant,
    "initializer_zeros": tf_keras.initializers.Zeros,
    "initializer_ones": tf_keras.initializers.Ones,
    "initializer_glorot_uniform": tf_keras.initializers.GlorotUniform,
    "initializer_glorot_normal": tf_keras.initializers.GlorotNormal,
    "initializer_random_normal": tf_keras.initializers.RandomNormal,
    "initializer_random_uniform": tf_keras.initializers.RandomUniform,
    "callback_early_stopping": tf_keras.callbacks.EarlyStopping,
}
# And those with a required argument, with a value for it.
BUILDS_WITH = {
    "layer_dense": ({"units": 3.0}, tf_keras.layers.Dense),
    "layer_dropout": ({"rate": 0.5}, tf_keras.layers.Dropout),
    "layer_reshape": ({"target_shape": [2.0, 3.0]}, tf_keras.layers.Reshape),
    "layer_activation": ({"activation": "relu"}, tf_keras.layers.Activation),
    "layer_lambda": ({"f": abs}, tf_keras.layers.Lambda),
    "layer_conv_1d": ({"filters": 2.0, "kernel_size": 3.0}, tf_keras.layers.Conv1D),
    "layer_conv_2d": ({"filters": 2.0, "kernel_size": 3.0}, tf_keras.layers.Conv2D),
    "layer_conv_3d": ({"filters": 2.0, "kernel_size": 3.0}, tf_keras.layers.Conv3D),
}


@pytest.mark.parametrize("name", sorted(BUILDS))
def test_each_function_builds_its_tf_keras_class(name):
    assert type(getattr(tp, name)()) is BUILDS[name]


@pytest.mark.parametrize("name", sorted(BUILDS_WITH))
def test_each_layer_with_a_required_argument_builds_its_tf_keras_class(name):
    arguments, cls = BUILDS_WITH[name]
    assert type(getattr(tp, name)(**arguments)) is cls


def test_a_required_argument_left_out_fails_naming_it():
    with pytest.raises(TypeError, match=r"layer_dense\(\) is missing the required argument `units`"):
        tp.layer_dense()


def test_r_keras_defaults_reach_keras():
    dense = tp.layer_dense(units=2)
    assert dense.use_bias and isinstance(dense.kernel_initializer, tf_keras.initializers.GlorotUniform)
    assert dense.trainable  # trainable = NULL: Keras' default
    conv = tp.layer_conv_2d(filters=1, kernel_size=3)
    assert conv.strides == (1, 1) and conv.dilation_rate == (1, 1) and conv.padding == "valid"
    assert tp.layer_max_pooling_2d().pool_size == (2, 2)
    adam = tp.optimizer_adam()
    assert np.isclose(float(adam.learning_rate), 0.001) and adam.name == "Adam"
    assert tp.optimizer_rmsprop().ema_overwrite_frequency == 100
    assert np.isclose(float(tp.optimizer_sgd().learning_rate), 0.01)
    stop = tp.callback_early_stopping()  # mode = c("auto", "min", "max"): "auto"
    assert stop.monitor == "val_loss" and stop.patience == 0 and stop.monitor_op is np.less


def test_r_doubles_become_the_integers_keras_needs():
    conv = tp.layer_conv_2d(filters=4.0, kernel_size=[3.0, 3.0], strides=2.0)
    assert (conv.filters, conv.kernel_size, conv.strides) == (4, (3, 3), (2, 2))
    assert type(conv.filters) is int
    assert tp.layer_dense(units=8.0).units == 8
    assert tp.layer_max_pooling_1d(pool_size=3.0, strides=1.0).pool_size == (3,)
    assert tp.callback_early_stopping(patience=3.0, verbose=1.0).patience == 3
    assert tp.optimizer_adam(ema_overwrite_frequency=10.0).ema_overwrite_frequency == 10
    assert tp.initializer_glorot_uniform(seed=1.0).seed == 1
    assert tp.k_constant(1, shape=[2.0, 3.0]).shape == (2, 3)
    model = tp.layer_dense(tp.keras_model_sequential(), units=1, input_shape=2.0, batch_size=4.0)
    assert model.input_shape == (4, 2)


@pytest.mark.parametrize("call, message", [
    (lambda: tp.layer_dense(units=2.5), r"`units` must be a whole number, not 2.5"),
    (lambda: tp.layer_conv_1d(filters=1, kernel_size=[3, 3]), r"`kernel_size` must be one number or a vector of 1"),
    (lambda: tp.layer_dropout(rate=1.5), r"`rate` must be a fraction in \[0, 1\)"),
    (lambda: tp.layer_max_pooling_2d(padding="full"), r'`padding` must be one of "valid", "same"'),
    (lambda: tp.callback_early_stopping(mode="up"), r'`mode` must be one of "auto", "min", "max"'),
    (lambda: tp.optimizer_sgd(amsgrad=True), r"`amsgrad` can only be False with tf_keras' SGD"),
    (lambda: tp.layer_batch_normalization(axis=0), r"`axis` counts from 1"),
])
def test_bad_values_fail_naming_the_argument(call, message):
    with pytest.raises((TypeError, ValueError), match=message):
        call()


def test_batch_normalization_axis_counts_from_one_as_in_r_keras():
    assert tp.layer_batch_normalization(axis=1).axis == 0
    assert tp.layer_batch_normalization(axis=2.0).axis == 1
    assert tp.layer_batch_normalization().axis == -1
    assert tp.layer_batch_normalization(axis=[2.0, 3.0]).axis == [1, 2]


def test_a_layer_composes_with_nothing_a_sequential_model_and_a_tensor():
    layer = tp.layer_dense(units=3)
    assert isinstance(layer, tf_keras.layers.Dense)
    model = tp.keras_model_sequential(input_shape=2)
    assert tp.layer_dense(model, units=3) is model
    assert model.output_shape == (None, 3)
    x = tp.layer_input(shape=2)
    assert tuple(tp.layer_dense(x, units=5).shape) == (None, 5)
    assert tp.layer_flatten(np.ones((2, 3, 4))).shape == (2, 12)  # an R array: applied


def test_a_layer_that_does_not_fit_leaves_the_model_as_it_was():
    model = tp.keras_model_sequential(input_shape=6)
    with pytest.raises(ValueError, match="`object`"):
        tp.layer_reshape(model, target_shape=[4, 4])
    assert len(model.layers) == 0


def test_reshape_takes_na_or_minus_one_for_the_size_that_fits():
    model = tp.keras_model_sequential(input_shape=6)
    assert tp.layer_reshape(model, target_shape=[float("nan"), 3.0]).output_shape == (None, 2, 3)
    assert tp.layer_reshape(target_shape=[-1.0, 2.0]).target_shape == (-1, 2)


def test_lambda_calls_f_with_its_arguments():
    layer = tp.layer_lambda(f=tp.tensor_columns, arguments={"columns": 2})
    out = layer(tp.k_constant([[1.0, 2.0, 3.0]]))
    assert out.numpy().tolist() == [[2.0]]


def test_concatenate_takes_a_list_more_tensors_or_nothing():
    a, b = tp.layer_input(shape=2), tp.layer_input(shape=3)
    assert tuple(tp.layer_concatenate([a, b]).shape) == (None, 5)
    assert tuple(tp.layer_concatenate(a, b).shape) == (None, 5)  # R: layer_concatenate(a, b)
    assert tuple(tp.layer_concatenate([a, a], axis=1.0).shape) == (None, 4)
    ones = np.ones((2, 1, 3))
    assert tuple(tp.layer_concatenate([ones, ones], 1.0).shape) == (2, 2, 3)  # R keras' older order
    layer = tp.layer_concatenate(axis=1, name="joined")
    assert isinstance(layer, tf_keras.layers.Concatenate) and layer.name == "joined"


def test_activation_and_backend_functions():
    out = tp.layer_activation(activation="relu")(tp.k_constant([-1.0, 2.0]))
    assert out.numpy().tolist() == [0.0, 2.0]
    assert tp.k_cast_to_floatx([1.0, 2.0]).dtype == np.float32
    constant = tp.k_constant(np.array([[1.0, 2.0], [3.0, 4.0]], order="F"))
    assert constant.dtype.name == "float32" and constant.numpy().tolist() == [[1.0, 2.0], [3.0, 4.0]]


def test_initializers_fill_the_weights_they_say():
    assert tp.initializer_constant(0.5)(shape=(2,)).numpy().tolist() == [0.5, 0.5]
    assert tp.initializer_zeros()(shape=(2,)).numpy().tolist() == [0.0, 0.0]
    assert tp.initializer_ones()(shape=(2,)).numpy().tolist() == [1.0, 1.0]
    uniform = tp.initializer_random_uniform(-0.1, 0.1, seed=1)(shape=(1000,)).numpy()
    assert uniform.min() >= -0.1 and uniform.max() <= 0.1
    normal = tp.initializer_random_normal(mean=3, stddev=0.1, seed=1)(shape=(1000,)).numpy()
    assert abs(normal.mean() - 3) < 0.05
    same = [tp.initializer_glorot_normal(seed=7)(shape=(3, 3)).numpy() for _ in range(2)]
    np.testing.assert_array_equal(*same)


@pytest.mark.slow
def test_a_small_r_keras_program_trains():
    tf_keras.utils.set_random_seed(1)
    model = tp.keras_model_sequential()
    model = tp.layer_dense(model, units=8, activation="relu", input_shape=2)
    model = tp.layer_dense(model, units=1)
    model.compile(optimizer=tp.optimizer_adam(learning_rate=0.05), loss="mse")
    x = np.random.default_rng(1).normal(size=(128, 2)).astype("float32")
    y = x @ np.array([[1.0], [-1.0]], "float32")
    history = model.fit(x, y, epochs=30, verbose=0,
                        callbacks=[tp.callback_early_stopping(monitor="loss", patience=5)])
    losses = history.history["loss"]
    assert losses[-1] < losses[0] / 4


def test_get_weights_all_trainable_or_not():
    model = tp.keras_model_sequential(input_shape=3)
    model = tp.layer_dense(model, units=2)
    model = tp.layer_batch_normalization(model)
    shapes = [w.shape for w in tp.get_weights(model)]
    assert shapes == [(3, 2), (2,), (2,), (2,), (2,), (2,)]
    assert len(tp.get_weights(model, trainable=True)) == 4  # kernel, bias, gamma, beta
    assert len(tp.get_weights(model, trainable=False)) == 2  # the moving mean and variance
    with pytest.raises(TypeError, match="`trainable` must be NA, TRUE or FALSE"):
        tp.get_weights(model, trainable="yes")


def test_set_weights_takes_r_values_and_checks_shapes():
    model = tp.keras_model_sequential(input_shape=2)
    model = tp.layer_dense(model, units=1)
    # An R matrix (Fortran order) for the kernel, an R number (a length-1 vector) for the bias.
    assert tp.set_weights(model, [np.asfortranarray([[1.0], [2.0]]), 0.5]) is model
    assert model.predict(np.array([[1.0, 1.0]]), verbose=0).tolist() == [[3.5]]
    with pytest.raises(ValueError, match=r"`weights\[0\]` has shape \(3,\)"):
        tp.set_weights(model, [[1.0, 2.0, 3.0], 0.5])
    with pytest.raises(ValueError, match="`weights` must hold 2 arrays"):
        tp.set_weights(model, [0.5])


def _trained_model():
    tf_keras.utils.set_random_seed(2)
    model = tp.keras_model_sequential(input_shape=2)
    model = tp.layer_dense(model, units=4, activation="relu")
    model = tp.layer_dense(model, units=1)
    model.compile(optimizer=tp.optimizer_adam(), loss="mse")
    model.fit(np.ones((8, 2)), np.ones((8, 1)), epochs=1, verbose=0)
    return model


@pytest.mark.slow
@pytest.mark.parametrize("save, load, filename", [
    (tp.save_model_hdf5, tp.load_model_hdf5, "model.h5"),
    (tp.save_model_tf, tp.load_model_tf, "model.keras"),
    (tp.save_model_tf, tp.load_model_tf, "saved_model"),
])
def test_a_model_saves_and_loads_with_its_weights(tmp_path, save, load, filename):
    model = _trained_model()
    path = str(tmp_path / filename)
    assert save(model, path) is True
    loaded = load(path)
    for ours, theirs in zip(tp.get_weights(model), tp.get_weights(loaded)):
        np.testing.assert_array_equal(ours, theirs)
    assert loaded.optimizer is not None  # compile = TRUE


def test_weights_save_and_load_into_a_model_of_the_same_code(tmp_path):
    model = _trained_model()
    path = str(tmp_path / "weights.h5")
    assert tp.save_model_weights_hdf5(model, path) is True
    fresh = tp.keras_model_sequential(input_shape=2)
    fresh = tp.layer_dense(fresh, units=4, activation="relu")
    fresh = tp.layer_dense(fresh, units=1)
    assert tp.load_model_weights_hdf5(fresh, path) is fresh
    for ours, theirs in zip(tp.get_weights(model), tp.get_weights(fresh)):
        np.testing.assert_array_equal(ours, theirs)


def test_overwrite_false_refuses_an_existing_file(tmp_path):
    model = _trained_model()
    path = tmp_path / "model.h5"
    path.write_text("keep me")
    with pytest.raises(FileExistsError, match="pass overwrite = TRUE"):
        tp.save_model_hdf5(model, str(path), overwrite=False)
    with pytest.raises(FileExistsError):
        tp.save_model_weights_hdf5(model, str(path), overwrite=False)
    assert path.read_text() == "keep me"


def _double(x):
    return 2 * x


def test_loading_an_hdf5_file_is_safe(tmp_path):
    """A Lambda layer saved as Python bytecode (a lambda) is refused: Keras loads it unchecked from .h5."""
    model = tp.keras_model_sequential(input_shape=1)
    model = tp.layer_lambda(model, f=lambda x: x + 1)
    path = str(tmp_path / "lambda.h5")
    tp.save_model_hdf5(model, path)
    assert tf_keras.models.load_model(path, compile=False) is not None  # Keras alone runs the bytecode
    with pytest.raises(ValueError, match="Lambda layer with a Python `lambda`"):
        tp.load_model_hdf5(path)


def test_a_saved_tfprobr_model_of_r_keras_layers_loads(tmp_path):
    tf_keras.utils.set_random_seed(3)
    model = tp.keras_model_sequential(input_shape=2)
    model = tp.layer_dense(model, units=4, activation="relu")
    model = tp.layer_dense_flipout(model, units=1)
    model.compile(optimizer=tp.optimizer_adam(learning_rate=0.01), loss="mse")
    path = os.path.join(tmp_path, "bayes.keras")
    tp.save_model_tf(model, path)
    loaded = tp.load_model_tf(path)
    assert [type(layer).__name__ for layer in loaded.layers] == ["Dense", "DenseFlipout"]


def test_the_r_tests_fixture_holds_the_spec_of_every_exported_r_keras_function():
    """tests/testthat/fixtures/r-keras-formals.json: the spec's entries the R tests compare formals with.

    (The R package's tarball has no tests/data.) ``scripts/update-spec`` writes it
    with the spec's entries of the names below.
    """
    fixture = json.loads((ROOT / "tests" / "testthat" / "fixtures" / "r-keras-formals.json").read_text())
    exported = keras_exported(tp.__all__)
    assert set(keras_functions.__all__) <= set(exported)
    assert fixture["functions"] == {
        name: [{"name": formal, "default": default} for formal, default in spec("keras")[name]]
        for name in exported}
