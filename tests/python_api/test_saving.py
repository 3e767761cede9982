"""Saving and loading models of tfprobr's layers: weights, .keras, .h5, SavedModel.

"Same posterior" is checked twice: every variable is equal after loading, and
predictions drawn under the same random seed are equal (for a distribution
output: its sample, its mean, and the losses the model adds).
"""

import re
import warnings

import numpy as np
import pytest
import tf_keras

import tfprobr as tp
from tfprobr._internal.keras2 import layers as tfp_layers
from tfprobr._internal.classes import CLASSES_BY_MODULE

from support import run_python, slow_except
from support.saved_models import (LAYERS, OTHER_LAYERS, UNSAVABLE, N, assert_same_posterior,
                                  layer_model, moved_off_start, other_model, posterior_maker)

pytestmark = pytest.mark.filterwarnings("ignore:You are saving your model as an HDF5 file")

FUNCTION_ARGS = ("kernel_posterior_fn", "kernel_posterior_tensor_fn", "kernel_prior_fn",
                 "kernel_divergence_fn", "bias_posterior_fn", "bias_posterior_tensor_fn",
                 "bias_prior_fn", "bias_divergence_fn")


def _one_draw(distribution):
    return tp.tfd_sample(distribution)


def _unregistered_divergence(q, p, ignore):
    return tp.tfd_kl_divergence(q, p) / N


def test_savable_class_lists_name_every_class_of_their_modules():
    import importlib

    for module_name, names in CLASSES_BY_MODULE.items():
        module = importlib.import_module(module_name)
        # Every Keras class the module defines, whatever its __all__ (which reads the table).
        public = {name for name, value in vars(module).items()
                  if isinstance(value, type) and value.__module__ == module_name
                  and issubclass(value, (tf_keras.layers.Layer, tf_keras.regularizers.Regularizer))}
        assert set(names) == public, module_name
        for name in names:
            assert tf_keras.saving.get_registered_object(f"tfprobr>{name}") is getattr(module, name)
    assert set(LAYERS) <= set(CLASSES_BY_MODULE["tfprobr._internal.keras2.layers"])


def test_the_functions_users_pass_to_keras_are_registered_where_they_are_declared():
    from tfprobr._internal import registry
    from tfprobr._internal.config_function import ConfigFunction

    names = ["negloglik", *tp.distribution_methods.__all__]
    for name in names:
        assert registry.function(name) is getattr(tp, name)
        assert tf_keras.saving.get_registered_object(f"tfprobr>{name}") is getattr(tp, name)
    pending = list(ConfigFunction.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        assert tf_keras.saving.get_registered_object(f"tfprobr>{cls.__name__}") is cls


def test_a_function_object_declared_after_saving_loaded_is_registered_too():
    from tfprobr._internal.keras2 import saving  # noqa: F401 (registration with tf_keras has run)
    from tfprobr._internal.config_function import ConfigFunction

    class LateDeclaredScaleFn(ConfigFunction):
        def __call__(self, x):
            return x

    assert tf_keras.saving.get_registered_object("tfprobr>LateDeclaredScaleFn") is LateDeclaredScaleFn


def test_kl_divergence_fn_objects_are_one_class_for_helpers_and_the_defaults():
    from tfprobr._internal import defaults

    assert tp.helpers.KLDivergenceFn is defaults.KLDivergenceFn
    assert type(tp.kl_divergence_fn(0.5)) is type(defaults.DIVERGENCE_FN)


# Where files saved before the Keras 2 classes moved into tfprobr._internal.keras2 (and
# KLDivergenceFn into tfprobr._internal.defaults) say the classes are: Keras records each
# class's module beside its registered name ("tfprobr>DenseFlipout").
OLD_MODULES = {
    '"module": "tfprobr._internal.keras2.layers"': '"module": "tfprobr._internal.layer_classes"',
    '"module": "tfprobr._internal.keras2.distribution_layers"':
        '"module": "tfprobr._internal.distribution_layer_classes"',
    '"module": "tfprobr._internal.defaults", "class_name": "KLDivergenceFn"':
        '"module": "tfprobr.helpers", "class_name": "KLDivergenceFn"',
}


def test_a_keras_file_naming_the_classes_by_their_old_modules_loads(tmp_path):
    import json
    import zipfile

    model, x = layer_model("DenseFlipout", kernel_divergence_fn=tp.kl_divergence_fn(0.5))
    original = tp.layer_independent_normal(model, event_shape=1, convert_to_tensor_fn=tp.tfd_mean)
    original.save(tmp_path / "new.keras")
    with zipfile.ZipFile(tmp_path / "new.keras") as new, \
            zipfile.ZipFile(tmp_path / "old.keras", "w") as old:
        for item in new.infolist():
            data = new.read(item.filename)
            if item.filename == "config.json":
                text = json.dumps(json.loads(data))
                for now, before in OLD_MODULES.items():
                    assert now in text
                    text = text.replace(now, before)
                data = text.encode()
            old.writestr(item, data)
    loaded = tf_keras.models.load_model(tmp_path / "old.keras")
    assert type(loaded.layers[0]) is tfp_layers.DenseFlipout
    assert loaded.layers[0].kernel_divergence_fn == tp.kl_divergence_fn(0.5)
    assert loaded.layers[1]._convert_to_tensor_fn is tp.tfd_mean
    assert_same_posterior(original, loaded, x)


@pytest.mark.parametrize("suffix", ["ckpt", "weights.h5"])
def test_save_weights_then_load_weights_restores_the_posterior_exactly(seeded, tmp_path, suffix):
    original, x = layer_model()
    original.save_weights(str(tmp_path / f"model.{suffix}"))
    rebuilt, _ = layer_model()  # same code, other random start
    rebuilt.load_weights(str(tmp_path / f"model.{suffix}"))
    assert_same_posterior(original, rebuilt, x)


@pytest.mark.parametrize("class_name", slow_except(list(LAYERS), "DenseLocalReparameterization"))
def test_keras_file_loads_without_custom_objects_with_the_same_posterior(seeded, tmp_path, class_name):
    import tf_keras

    original, x = layer_model(class_name, kernel_divergence_fn=tp.kl_divergence_fn(1 / N))
    original.save(tmp_path / "model.keras")
    loaded = tf_keras.models.load_model(tmp_path / "model.keras")
    layer, loaded_layer = original.layers[0], loaded.layers[0]
    assert type(loaded_layer) is type(layer)
    for name in FUNCTION_ARGS:
        assert getattr(loaded_layer, name) == getattr(layer, name), name
    assert_same_posterior(original, loaded, x)


def test_h5_model_file_round_trips(seeded, tmp_path):
    import tf_keras

    original, x = layer_model()
    original.save(tmp_path / "model.h5")
    assert_same_posterior(original, tf_keras.models.load_model(tmp_path / "model.h5"), x)


@pytest.mark.slow
def test_saved_files_load_in_a_fresh_process_after_import_tfprobr(seeded, tmp_path):
    original, x = layer_model(kernel_divergence_fn=tp.kl_divergence_fn(0.5))
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
    run_python(code, tmp_path, timeout=120)
    for name in ("model.keras", "model.h5"):
        saved = np.load(tmp_path / f"{name}.npz")
        for index, variable in enumerate(original.weights):
            np.testing.assert_array_equal(saved[f"arr_{index}"], variable.numpy())


@pytest.mark.parametrize("function", [lambda q, p, _: tp.tfd_kl_divergence(q, p) / N,
                                      _unregistered_divergence], ids=["lambda", "unregistered"])
def test_unsavable_function_fails_at_save_time_pointing_to_save_weights(tmp_path, function):
    from tfprobr import UnsavableFunctionError

    model, _ = layer_model(kernel_divergence_fn=function)
    with pytest.raises(UnsavableFunctionError, match=r"kernel_divergence_fn.*save_weights.*load_weights"):
        model.save(tmp_path / "model.keras")
    with pytest.raises(TypeError, match="save_weights"):
        model.save(tmp_path / "model.h5")
    assert not (tmp_path / "model.keras").exists()


@pytest.mark.slow
def test_saved_model_directory_round_trips(seeded, tmp_path):
    import tf_keras

    original, x = layer_model()
    original.save(tmp_path / "saved_model")
    loaded = tf_keras.models.load_model(tmp_path / "saved_model")
    assert type(loaded.layers[0]) is type(original.layers[0])
    assert_same_posterior(original, loaded, x)


@pytest.mark.slow
def test_saved_model_export_serves_and_works_with_unsavable_functions(seeded, tmp_path):
    import tensorflow as tf

    model, x = layer_model(kernel_divergence_fn=lambda q, p, _: tp.tfd_kl_divergence(q, p) / N)
    tf.saved_model.save(model, str(tmp_path / "export"))
    served = tf.saved_model.load(str(tmp_path / "export")).signatures["serving_default"]
    (output,) = served(tf.constant(x)).values()
    assert output.shape == (N, 2) and np.all(np.isfinite(output.numpy()))


def test_registered_user_function_saves_and_loads(seeded, tmp_path):
    import tf_keras

    tf_keras.saving.register_keras_serializable(package="tfprobr_tests")(_one_draw)
    model, x = layer_model(kernel_posterior_tensor_fn=_one_draw)
    model.save(tmp_path / "model.keras")
    loaded = tf_keras.models.load_model(tmp_path / "model.keras")
    assert loaded.layers[0].kernel_posterior_tensor_fn is _one_draw
    assert_same_posterior(model, loaded, x)


# The model of the demo and the vignettes, small: a regression with a learned noise level.
def _demo_model():
    model = tp.keras_model_sequential(input_shape=1)
    model = tp.layer_dense_local_reparameterization(
        model, units=4, activation="tanh", kernel_divergence_fn=tp.kl_divergence_fn(1 / N))
    model = tp.layer_dense_local_reparameterization(
        model, units=tp.params_size_independent_normal(1), kernel_divergence_fn=tp.kl_divergence_fn(1 / N))
    model = tp.layer_independent_normal(model, event_shape=1)
    model.compile(optimizer="adam", loss=tp.negloglik)
    x = np.linspace(-1, 1, N, dtype="float32").reshape(-1, 1)
    model.fit(x, 2 * x, epochs=2, batch_size=8, verbose=0)
    return model, x


@pytest.mark.slow
@pytest.mark.parametrize("name", ["model.keras", "model.h5", "saved_model"])
def test_demo_model_round_trips_compiled_with_negloglik(seeded, tmp_path, name):
    original, x = _demo_model()
    original.save(tmp_path / name)
    loaded = tf_keras.models.load_model(tmp_path / name)
    assert_same_posterior(original, loaded, x)
    if name != "saved_model":  # SavedModel keeps the traced loss, not the function
        assert loaded.loss is tp.negloglik
    loaded.fit(x, 2 * x, epochs=1, batch_size=8, verbose=0)  # and training goes on


def test_every_savable_class_has_a_round_trip_test():
    tested = set(LAYERS) | set(OTHER_LAYERS) | UNSAVABLE
    assert tested == {name for names in CLASSES_BY_MODULE.values() for name in names}


@pytest.mark.parametrize("suffix", ["keras", "h5"])
@pytest.mark.parametrize("class_name", slow_except(list(OTHER_LAYERS), "IndependentNormal"))
def test_other_layers_round_trip_through_model_files(seeded, tmp_path, class_name, suffix):
    original, x = other_model(class_name)
    original.save(tmp_path / f"model.{suffix}")
    loaded = tf_keras.models.load_model(tmp_path / f"model.{suffix}")
    assert_same_posterior(original, loaded, x)


def test_tensorflow_function_defaults_are_saved_by_name_and_resolved_when_loaded(seeded, tmp_path):
    import tensorflow as tf

    original, x = other_model("KLDivergenceRegularizer")
    config = original.layers[-1].get_config()
    assert config["convert_to_tensor_fn"]["config"]["r_code"] == "tfp$distributions$Distribution$sample"
    original.save(tmp_path / "model.keras")
    loaded = tf_keras.models.load_model(tmp_path / "model.keras").layers[-1]
    assert loaded._convert_to_tensor_fn is tp.tfd_sample  # one draw, seeded from the stream
    assert loaded.activity_regularizer.test_points_fn is tf.convert_to_tensor


def _unsavable_kl_model():
    import tensorflow as tf

    prior = tp.tfd_normal(loc=tf.Variable([0.0]), scale=1.0)
    return tp.layer_kl_divergence_add_loss(
        tp.layer_independent_normal(tp.keras_model_sequential(input_shape=2), event_shape=1),
        distribution_b=prior)


@pytest.mark.parametrize("build, argument", [
    (lambda: tp.layer_distribution_lambda(tp.keras_model_sequential(input_shape=1),
                                          lambda t: tp.tfd_normal(t, 1.0)), "make_distribution_fn"),
    (lambda: tp.layer_dense_variational(tp.keras_model_sequential(input_shape=1), units=1,
                                        make_posterior_fn=lambda k, b, d: posterior_maker(k, b, d),
                                        make_prior_fn=posterior_maker), "make_posterior_fn"),
    (_unsavable_kl_model, "distribution_b"),
], ids=["distribution_lambda", "dense_variational", "kl_prior_with_variables"])
def test_unsavable_arguments_of_other_layers_fail_at_save_time(tmp_path, build, argument):
    from tfprobr import UnsavableFunctionError

    model = build()
    with pytest.raises(UnsavableFunctionError, match=rf"`{argument}`.*save_weights.*load_weights"):
        model.save(tmp_path / "model.keras")
    assert not (tmp_path / "model.keras").exists()


@pytest.mark.slow
def test_demo_and_distribution_layers_load_in_a_fresh_process_with_the_same_predictions(seeded, tmp_path):
    models = {"demo": _demo_model()}
    for class_name in ("MixtureSameFamily", "KLDivergenceRegularizer", "VariableLayer", "AutoregressiveNetwork"):
        models[class_name] = other_model(class_name)
    for name, (model, x) in models.items():
        model.save(tmp_path / f"{name}.keras")
        np.save(tmp_path / f"{name}.x.npy", x)
    code = (
        "import sys, numpy as np, tfprobr\n"
        "assert 'tensorflow' not in sys.modules\n"
        "import tf_keras, tensorflow as tf\n"
        f"for name in {list(models)!r}:\n"
        "    model = tf_keras.models.load_model(name + '.keras')\n"
        "    tf.random.set_seed(5)\n"
        "    output = model(np.load(name + '.x.npy'))\n"
        "    mean = np.asarray(tfprobr.tfd_mean(output)) if hasattr(output, 'log_prob') else 0\n"
        "    np.savez(name + '.npz', tf.convert_to_tensor(output).numpy(), mean, *[w.numpy() for w in model.weights])\n"
        "assert tf_keras.models.load_model('demo.keras').loss is tfprobr.negloglik\n"
    )
    run_python(code, tmp_path)
    import tensorflow as tf

    for name, (model, x) in models.items():
        saved = np.load(tmp_path / f"{name}.npz")
        tf.random.set_seed(5)
        output = model(x)
        np.testing.assert_array_equal(saved["arr_0"], tf.convert_to_tensor(output).numpy(), err_msg=name)
        if hasattr(output, "log_prob"):
            np.testing.assert_array_equal(saved["arr_1"], np.asarray(tp.tfd_mean(output)), err_msg=name)
        for index, variable in enumerate(model.weights):
            np.testing.assert_array_equal(saved[f"arr_{index + 2}"], variable.numpy(), err_msg=name)


# Loaded models save again (issue 13): a round trip twice, for every class with variables.
SCOPED_CLASSES = list(CLASSES_BY_MODULE["tfprobr._internal.keras2.layers"])


def _compiled_twice(class_name):
    """The class's layer twice in one compiled model, its optimizer built.

    Two layers of one class and the optimizer's copies of their variables are
    what made a loaded model fail to save as .h5 (``name already exists``).
    """
    if class_name in LAYERS:
        shape, layer_function, required = LAYERS[class_name]
        model = tp.keras_model_sequential(input_shape=list(shape))
        for _ in range(2):
            model = layer_function(model, **required)
    else:
        size, add_layers = OTHER_LAYERS[class_name]
        shape = (size,)
        model = add_layers(tp.keras_model_sequential(input_shape=size))
        # One autoregressive network here (two stacked need a reshape between them):
        # test_two_autoregressive_networks_save_again_in_their_format_quietly has two.
        if class_name != "AutoregressiveNetwork":
            model = add_layers(model)
    model(np.zeros((1, *shape), "float32"))  # builds the posterior of DenseVariational
    model, x = moved_off_start(model, shape)
    model.compile(optimizer="adam", loss="mse")
    model.optimizer.build(model.trainable_variables)
    return model, x


def _assert_layer_scoped_names(model, original):
    """Every variable is named under its layer (so names are unique), as in ``original``."""
    def without_counters(name):  # nested layers are renamed by Keras' process-wide counters
        return re.sub(r"_\d+(?=/)", "", name)

    names = [w.name for w in model.weights]
    assert [without_counters(n) for n in names] == [without_counters(w.name) for w in original.weights]
    # TFP builds an autoregressive network's Dense layers in a graph of their own, where
    # they are named "dense", "dense_1"... in every network; that breaks no saving format.
    scoped = [layer for layer in model.layers if not isinstance(layer, tfp_layers.AutoregressiveNetwork)]
    for layer in scoped:
        assert all(w.name.startswith(layer.name + "/") for w in layer.weights), names
    scoped_names = [w.name for layer in scoped for w in layer.weights]
    assert len(set(scoped_names)) == len(scoped_names), names


def _save_and_load(model, path, class_name):
    if path.name.endswith(".keras") or path.suffix == ".h5" and "weights" not in path.name:
        model.save(path)
        return tf_keras.models.load_model(path)
    model.save_weights(str(path))
    rebuilt, _ = _compiled_twice(class_name)  # same code, other random start
    rebuilt.load_weights(str(path))
    return rebuilt


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["keras", "h5", "weights.h5", "ckpt"])
@pytest.mark.parametrize("class_name", SCOPED_CLASSES)
def test_loaded_model_saves_again_with_its_names_and_posterior(seeded, tmp_path, class_name, fmt):
    original, x = _compiled_twice(class_name)
    assert original.layers[0].weights and isinstance(original.layers[0], getattr(tfp_layers, class_name))
    _assert_layer_scoped_names(original, original)
    model = _save_and_load(original, tmp_path / "first.keras", class_name)
    for round_trip in (1, 2):
        _assert_layer_scoped_names(model, original)
        assert_same_posterior(original, model, x)
        model = _save_and_load(model, tmp_path / f"round{round_trip}.{fmt}", class_name)
    _assert_layer_scoped_names(model, original)
    assert_same_posterior(original, model, x)


@pytest.mark.slow
def test_saved_models_load_when_tfprobr_saving_is_the_first_to_import_tf_keras(seeded, tmp_path):
    """The registration hook runs inside tfprobr._internal.keras2.saving's own `import tf_keras` then, and must wait."""
    original, x = layer_model("DenseFlipout")
    original.save(tmp_path / "model.keras")
    code = (
        "import sys, tfprobr as tp\n"
        "tp.layer_independent_normal(event_shape=1, convert_to_tensor_fn='mean')\n"
        "assert sys.modules['tfprobr._internal.keras2.saving'] is not None\n"
        "import tf_keras\n"
        "print(type(tf_keras.models.load_model('model.keras').layers[0]).__name__)\n"
    )
    result = run_python(code, tmp_path)
    assert result.stdout.strip() == "DenseFlipout"


# Two autoregressive networks (issue 26): TFP named their inner Dense layers alike, and Keras
# warned about their masked initializer and constraint on every save.
def _two_autoregressive_networks(kind):
    if kind == "sequential":
        model = tp.keras_model_sequential(input_shape=3)
        model = tp.layer_autoregressive(model, params=1, hidden_units=[4])
        model.add(tf_keras.layers.Reshape((3,)))
        model = tp.layer_autoregressive(model, params=2, hidden_units=[4])
    else:
        inputs = tp.layer_input(shape=3)
        outputs = tf_keras.layers.Concatenate()([tp.layer_autoregressive(inputs, params=2, hidden_units=[4])
                                                 for _ in range(2)])
        model = tp.keras_model(inputs, outputs)
    model, x = moved_off_start(model, (3,))
    model.compile(optimizer="adam", loss="mse")
    model.optimizer.build(model.trainable_variables)
    return model, x


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["keras", "h5"])
@pytest.mark.parametrize("kind", ["sequential", "functional"])
def test_two_autoregressive_networks_save_again_in_their_format_quietly(seeded, tmp_path, capsys, kind, fmt):
    original, x = _two_autoregressive_networks(kind)
    names = [w.name for w in original.weights]
    assert len(set(names)) == len(names), names
    model = original
    for round_trip in range(3):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            model.save(tmp_path / f"round{round_trip}.{fmt}")
        # Only what the user chose: Keras' note that .h5 is a legacy format.
        assert [str(w.message) for w in caught if "HDF5" not in str(w.message)] == []
        assert len(caught) == (fmt == "h5")
        model = tf_keras.models.load_model(tmp_path / f"round{round_trip}.{fmt}")
        assert_same_posterior(original, model, x)
    assert capsys.readouterr().out == ""
