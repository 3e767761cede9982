"""Saving and loading models of tfprobr's layers: weights, .keras, .h5, SavedModel.

"Same posterior" is checked twice: every variable is equal after loading, and
predictions drawn under the same random seed are equal.
"""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import tfprobr as tp
from tfprobr.registration import SAVABLE_LAYERS

pytestmark = pytest.mark.filterwarnings("ignore:You are saving your model as an HDF5 file")

N = 32
FUNCTION_ARGS = ("kernel_posterior_fn", "kernel_posterior_tensor_fn", "kernel_prior_fn",
                 "kernel_divergence_fn", "bias_posterior_fn", "bias_posterior_tensor_fn",
                 "bias_prior_fn", "bias_divergence_fn")

# One small model per savable layer class: (input shape, layer function, its required arguments).
LAYERS = {
    "DenseLocalReparameterization": ((3,), tp.layer_dense_local_reparameterization, {"units": 2}),
    "DenseReparameterization": ((3,), tp.layer_dense_reparameterization, {"units": 2}),
    "DenseFlipout": ((3,), tp.layer_dense_flipout, {"units": 2}),
    "Conv1DReparameterization": ((6, 2), tp.layer_conv_1d_reparameterization, {"filters": 2, "kernel_size": 3}),
    "Conv2DReparameterization": ((5, 5, 1), tp.layer_conv_2d_reparameterization, {"filters": 2, "kernel_size": 3}),
    "Conv3DReparameterization": ((4, 4, 4, 1), tp.layer_conv_3d_reparameterization, {"filters": 2, "kernel_size": 2}),
    "Conv1DFlipout": ((6, 2), tp.layer_conv_1d_flipout, {"filters": 2, "kernel_size": 3}),
    "Conv2DFlipout": ((5, 5, 1), tp.layer_conv_2d_flipout, {"filters": 2, "kernel_size": 3}),
    "Conv3DFlipout": ((4, 4, 4, 1), tp.layer_conv_3d_flipout, {"filters": 2, "kernel_size": 2}),
}


def _model(class_name="DenseLocalReparameterization", **kwargs):
    """A trained-looking model: the layer with its defaults, variables moved off their start."""
    shape, layer_function, required = LAYERS[class_name]
    model = tp.keras_model_sequential(input_shape=list(shape))
    model = layer_function(model, **required, **kwargs)
    for variable in model.weights:
        variable.assign_add(np.full(variable.shape, 0.25, variable.dtype.as_numpy_dtype))
    return model, np.random.default_rng(0).normal(size=(N, *shape)).astype("float32")


def _one_draw(distribution):
    return tp.tfd_sample(distribution)


def _unregistered_divergence(q, p, ignore):
    return tp.tfd_kl_divergence(q, p) / N


def _predict(model, x, seed=5):
    import tensorflow as tf

    tf.random.set_seed(seed)
    return np.asarray(model(x))


def _assert_same_posterior(original, loaded, x):
    def names(model):  # without the layer scope, which differs between rebuilt models
        return [w.name.rsplit("/", 1)[-1] for w in model.weights]

    assert names(loaded) == names(original)
    for before, after in zip(original.weights, loaded.weights):
        np.testing.assert_array_equal(after.numpy(), before.numpy(), err_msg=before.name)
    np.testing.assert_array_equal(_predict(loaded, x), _predict(original, x))


def test_savable_layer_list_names_every_savable_class():
    import tfprobr.tfp_layers as classes
    from tfprobr.saving import SerializableLayerMixin

    savable = {name for name, value in vars(classes).items() if isinstance(value, type)
               and issubclass(value, SerializableLayerMixin) and hasattr(value, "call")}
    assert savable == set(SAVABLE_LAYERS) == set(LAYERS)


@pytest.mark.parametrize("suffix", ["ckpt", "weights.h5"])
def test_save_weights_then_load_weights_restores_the_posterior_exactly(seeded, tmp_path, suffix):
    original, x = _model()
    original.save_weights(str(tmp_path / f"model.{suffix}"))
    rebuilt, _ = _model()  # same code, other random start
    rebuilt.load_weights(str(tmp_path / f"model.{suffix}"))
    _assert_same_posterior(original, rebuilt, x)


@pytest.mark.parametrize("class_name", list(LAYERS))
def test_keras_file_loads_without_custom_objects_with_the_same_posterior(seeded, tmp_path, class_name):
    import tf_keras

    original, x = _model(class_name, kernel_divergence_fn=tp.kl_divergence_fn(1 / N))
    original.save(tmp_path / "model.keras")
    loaded = tf_keras.models.load_model(tmp_path / "model.keras")
    layer, loaded_layer = original.layers[0], loaded.layers[0]
    assert type(loaded_layer) is type(layer)
    for name in FUNCTION_ARGS:
        assert getattr(loaded_layer, name) == getattr(layer, name), name
    _assert_same_posterior(original, loaded, x)


def test_h5_model_file_round_trips(seeded, tmp_path):
    import tf_keras

    original, x = _model()
    original.save(tmp_path / "model.h5")
    _assert_same_posterior(original, tf_keras.models.load_model(tmp_path / "model.h5"), x)


def test_saved_files_load_in_a_fresh_process_after_import_tfprobr(seeded, tmp_path):
    original, x = _model(kernel_divergence_fn=tp.kl_divergence_fn(0.5))
    for name in ("model.keras", "model.h5"):
        original.save(tmp_path / name)
    code = (
        "import sys, numpy as np, tfprobr\n"
        "assert 'tensorflow' not in sys.modules\n"
        "import tf_keras\n"
        "for name in ('model.keras', 'model.h5'):\n"
        "    model = tf_keras.models.load_model(name)\n"
        "    assert model.layers[0].kernel_divergence_fn == tfprobr.kl_divergence_fn(0.5)\n"
        "    np.savez(name + '.npz', *[w.numpy() for w in model.weights])\n"
    )
    root = str(Path(tp.__file__).resolve().parent.parent)
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120, env={"PYTHONPATH": root, "TF_CPP_MIN_LOG_LEVEL": "3",
                                              "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-3000:]
    for name in ("model.keras", "model.h5"):
        saved = np.load(tmp_path / f"{name}.npz")
        for index, variable in enumerate(original.weights):
            np.testing.assert_array_equal(saved[f"arr_{index}"], variable.numpy())


@pytest.mark.parametrize("function", [lambda q, p, _: tp.tfd_kl_divergence(q, p) / N,
                                      _unregistered_divergence], ids=["lambda", "unregistered"])
def test_unsavable_function_fails_at_save_time_pointing_to_save_weights(tmp_path, function):
    from tfprobr.saving import UnsavableFunctionError

    model, _ = _model(kernel_divergence_fn=function)
    with pytest.raises(UnsavableFunctionError, match=r"kernel_divergence_fn.*save_weights.*load_weights"):
        model.save(tmp_path / "model.keras")
    with pytest.raises(TypeError, match="save_weights"):
        model.save(tmp_path / "model.h5")
    assert not (tmp_path / "model.keras").exists()


def test_saved_model_directory_round_trips(seeded, tmp_path):
    import tf_keras

    original, x = _model()
    original.save(tmp_path / "saved_model")
    loaded = tf_keras.models.load_model(tmp_path / "saved_model")
    assert type(loaded.layers[0]) is type(original.layers[0])
    _assert_same_posterior(original, loaded, x)


def test_saved_model_export_serves_and_works_with_unsavable_functions(seeded, tmp_path):
    import tensorflow as tf

    model, x = _model(kernel_divergence_fn=lambda q, p, _: tp.tfd_kl_divergence(q, p) / N)
    tf.saved_model.save(model, str(tmp_path / "export"))
    served = tf.saved_model.load(str(tmp_path / "export")).signatures["serving_default"]
    (output,) = served(tf.constant(x)).values()
    assert output.shape == (N, 2) and np.all(np.isfinite(output.numpy()))


def test_registered_user_function_saves_and_loads(seeded, tmp_path):
    import tf_keras

    tf_keras.saving.register_keras_serializable(package="tfprobr_tests")(_one_draw)
    model, x = _model(kernel_posterior_tensor_fn=_one_draw)
    model.save(tmp_path / "model.keras")
    loaded = tf_keras.models.load_model(tmp_path / "model.keras")
    assert loaded.layers[0].kernel_posterior_tensor_fn is _one_draw
    _assert_same_posterior(model, loaded, x)
