"""Loading a crafted model file runs nothing its author chose (issue 16).

Each crafted file is a legitimate saved model whose config was edited: a
function argument of a tfprobr class now names a function outside the set
tfprobr loads in safe mode. The function lives in a module this test writes
to a temporary directory on ``sys.path``; importing it or calling anything in
it writes to a log file. A refused load must raise ``UnsafeLoadError`` naming
the layer, the argument and the function, and leave no log and no imported
module behind. Legitimate models (tfprobr's defaults and helpers, Keras'
built-ins, registered functions, ``custom_objects``) must still load.
"""

import base64
import inspect
import json
import re
import shutil
import sys
import warnings
import zipfile

import h5py
import numpy as np
import pytest
import tf_keras

import tfprobr as tp
from tfprobr._internal.classes import CLASSES_BY_MODULE
from tfprobr import UnsafeLoadError
from tfprobr._internal.names import BAYESIAN_FUNCTION_ARGS

from support import run_python
from support.saved_models import LAYERS, UNSAVABLE, assert_same_posterior, layer_model, other_model

pytestmark = [pytest.mark.filterwarnings("ignore:You are saving your model as an HDF5 file"),
              pytest.mark.filterwarnings("ignore:The `keras.*serialize()` API should only be used")]

CANARY = "tfprobr_canary"
# The canary module: its import and every call are written to a log.
CANARY_SOURCE = '''
def _note(what):
    with open(LOG, "a") as log:
        log.write(what + "\\n")


_note("imported " + __name__)


def record(*args, **kwargs):
    _note("called record")
    value = args[0] if args else None
    return value.sample() if hasattr(value, "sample") else value  # works as a posterior tensor fn


class Recorder:
    def __init__(self, *args, **kwargs):
        _note("called Recorder")

    @classmethod
    def from_config(cls, config):
        return cls()

    def get_config(self):
        return {}

    def __call__(self, *args, **kwargs):
        return record(*args)

    @staticmethod
    def make(*args, **kwargs):
        return record(*args)
'''


def _function(module, name, registered_name="function"):
    return {"module": module, "class_name": "function", "config": name, "registered_name": registered_name}


CANARY_FUNCTION = _function(CANARY, "record")

# Every function argument of every savable class, as a model file holds it.
BAYESIAN_SLOTS = BAYESIAN_FUNCTION_ARGS + ("activation", "activity_regularizer")
SLOTS = {
    **{name: BAYESIAN_SLOTS for name in LAYERS},
    "DistributionLambda": ("make_distribution_fn", "convert_to_tensor_fn", "activity_regularizer"),
    **{name: ("convert_to_tensor_fn",) for name in (
        "IndependentNormal", "IndependentLogistic", "IndependentPoisson", "IndependentBernoulli",
        "MultivariateNormalTriL", "OneHotCategorical", "CategoricalMixtureOfOneHotCategorical",
        "MixtureNormal", "MixtureLogistic")},
    "MixtureSameFamily": ("component_layer", "convert_to_tensor_fn"),
    "KLDivergenceAddLoss": ("test_points_fn",),
    "KLDivergenceRegularizer": ("test_points_fn",),
    "DenseVariational": ("make_posterior_fn", "make_prior_fn", "activation", "activity_regularizer"),
    "VariableLayer": ("activation", "initializer", "regularizer", "constraint"),
    "AutoregressiveTransform": ("made",),
    "AutoregressiveNetwork": ("activation", "kernel_initializer", "bias_initializer", "kernel_regularizer",
                              "bias_regularizer", "kernel_constraint", "bias_constraint"),
}
FUNCTION_LIKE = ("_fn", "activation", "initializer", "regularizer", "constraint", "component_layer")


@pytest.fixture
def canary(tmp_path, monkeypatch):
    """A module on sys.path that logs its import and calls; yields the log's path (absent = nothing ran)."""
    log = tmp_path / "canary.log"
    package = tmp_path / "canary_path" / CANARY
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(f"LOG = {str(log)!r}\n" + CANARY_SOURCE)
    (package / "sub.py").write_text(f"LOG = {str(log)!r}\n" + CANARY_SOURCE)
    monkeypatch.syspath_prepend(str(package.parent))
    yield log
    for name in [name for name in sys.modules if name.split(".")[0] == CANARY]:
        del sys.modules[name]


class _SavedModels(dict):
    """{class name: {"keras": path, "h5": path}}, each class saved when first asked for.

    Saving all 25 classes takes seconds; the quick loop asks for one or two.
    """

    def __init__(self, folder):
        super().__init__()
        self.folder = folder

    def __missing__(self, class_name):
        tf_keras.utils.set_random_seed(1)
        model = (layer_model(class_name) if class_name in LAYERS else other_model(class_name))[0]
        files = {suffix: self.folder / f"{class_name}.{suffix}" for suffix in ("keras", "h5")}
        for path in files.values():
            model.save(path)
        self[class_name] = files
        return files


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """One legitimate saved model per savable class: {class name: {"keras": path, "h5": path}}."""
    return _SavedModels(tmp_path_factory.mktemp("saved"))


def _craft(source, target, edit):
    """Copy a .keras or .h5 model file, with ``edit(config)`` applied to its model config."""
    if source.suffix == ".keras":
        with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as crafted:
            for item in original.infolist():
                data = original.read(item.filename)
                if item.filename == "config.json":
                    config = json.loads(data)
                    edit(config)
                    data = json.dumps(config)
                crafted.writestr(item, data)
    else:
        shutil.copy(source, target)
        with h5py.File(target, "r+") as file:
            config = json.loads(file.attrs["model_config"])
            edit(config)
            file.attrs["model_config"] = json.dumps(config)
    return target


def _config_of(node, class_name):
    """The config of the first object of tfprobr's class ``class_name`` in a model config."""
    key = f"tfprobr>{class_name}"
    if isinstance(node, dict):
        if key in (node.get("registered_name"), node.get("class_name")):
            return node["config"]
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    return next((found for found in (_config_of(child, class_name) for child in children) if found), None)


def _set(class_name, argument, value):
    def edit(config):
        _config_of(config, class_name)[argument] = value
    return edit


def _assert_refused(load, log, argument, shows):
    with pytest.raises(UnsafeLoadError) as error:
        load()
    message = str(error.value)
    assert f"`{argument}`" in message, message
    assert shows in message, message
    assert "Layer '" in message or "Regularizer" in message, message
    assert not log.exists(), log.read_text()          # nothing imported, nothing called
    assert not any(name.split(".")[0] == CANARY for name in sys.modules)
    return message


# --- every class, every function argument, both file formats --------------------------------

def test_every_function_argument_of_every_savable_class_is_crafted():
    from tfprobr._internal.keras2.saving import ConstructorConfigMixin

    assert set(SLOTS) | UNSAVABLE == {name for names in CLASSES_BY_MODULE.values() for name in names}
    for module_name, names in CLASSES_BY_MODULE.items():
        module = __import__(module_name, fromlist=names)
        for name in set(names) - UNSAVABLE:
            cls = getattr(module, name)
            init = super(ConstructorConfigMixin, cls).__init__ if issubclass(
                cls, ConstructorConfigMixin) else cls.__init__
            functions = {p for p in inspect.signature(init).parameters if p.endswith(FUNCTION_LIKE)}
            assert functions <= set(SLOTS[name]), (name, functions - set(SLOTS[name]))


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["keras", "h5"])
@pytest.mark.parametrize("class_name, argument",
                         [(name, argument) for name, arguments in SLOTS.items() for argument in arguments])
def test_a_crafted_function_in_any_argument_is_refused_before_it_is_imported(
        saved, canary, tmp_path, class_name, argument, suffix):
    crafted = _craft(saved[class_name][suffix], tmp_path / f"crafted.{suffix}",
                     _set(class_name, argument, CANARY_FUNCTION))
    _assert_refused(lambda: tf_keras.models.load_model(crafted), canary, argument,
                    f"the function {CANARY}.record")


# --- the kinds of names a crafted file can use ----------------------------------------------

PAYLOADS = {
    "builtins.print": (_function("builtins", "print"), "the function builtins.print"),
    "os.getcwd": (_function("os", "getcwd"), "the function os.getcwd"),
    "nested module": (_function(f"{CANARY}.sub", "record"), f"{CANARY}.sub.record"),
    "dotted name": (_function(CANARY, "Recorder.make"), f"{CANARY}.Recorder.make"),
    "registered name of another function": (
        _function(CANARY, "record", registered_name="tfprobr>negloglik"), f"{CANARY}.record"),
    "Keras internals": (_function("tf_keras.src.utils.generic_utils", "func_load"), "func_load"),
    "tfprobr internals": (_function("tfprobr.helpers", "_tf"), "tfprobr.helpers._tf"),
    "unregistered tfprobr name": (_function(CANARY, "tfprobr>record"), "registered as 'tfprobr>record'"),
    "class": ({"module": "subprocess", "class_name": "Popen", "config": {"args": ["true"]},
               "registered_name": None}, "the class subprocess.Popen"),
    "class of the canary": ({"module": CANARY, "class_name": "Recorder", "config": {}}, "Recorder"),
    "class under an unregistered tfprobr name": (
        {"module": CANARY, "class_name": "Recorder", "config": {}, "registered_name": "tfprobr>Recorder"},
        "registered as 'tfprobr>Recorder'"),
    "registered class instead of a function": (
        _function("builtins", "tfprobr>KLDivergenceFn"), "a class where a function is expected"),
    "TensorFlow function outside the defaults": (
        {"module": "tfprobr._internal.defaults", "class_name": "TensorFlowFunction",
         "config": {"module": CANARY, "path": "record", "r_code": "x"},
         "registered_name": "tfprobr>TensorFlowFunction"}, f"TensorFlow function {CANARY}.record"),
}


@pytest.mark.parametrize("suffix", ["keras", "h5"])
@pytest.mark.parametrize("payload", list(PAYLOADS))
def test_every_kind_of_crafted_name_is_refused(saved, canary, tmp_path, capsys, payload, suffix):
    value, shows = PAYLOADS[payload]
    crafted = _craft(saved["DenseLocalReparameterization"][suffix], tmp_path / f"crafted.{suffix}",
                     _set("DenseLocalReparameterization", "kernel_posterior_tensor_fn", value))
    message = _assert_refused(lambda: tf_keras.models.load_model(crafted), canary,
                              "kernel_posterior_tensor_fn", shows)
    assert re.search(r"Layer 'dense_local_reparameterization(_\d+)?' \(DenseLocalReparameterization\)",
                     message), message
    assert "register_keras_serializable" in message and "custom_objects" in message
    assert capsys.readouterr().out == ""                  # print was not called either


def _pickled_canary():
    """What TFP's DistributionLambda unpickles: protocol 0 for ``tfprobr_canary.record``."""
    return base64.b64encode(f"c{CANARY}\nrecord\n.".encode()).decode("ascii")


@pytest.mark.parametrize("suffix", ["keras", "h5"])
@pytest.mark.parametrize("class_name, argument, value, shows", [
    ("DistributionLambda", "make_distribution_fn", _pickled_canary(), "a function slot holds only"),
    ("IndependentNormal", "convert_to_tensor_fn", "_deserialize_function", "'_deserialize_function'"),
    ("IndependentNormal", "convert_to_tensor_fn", "pickle", "'sample', 'mean'"),
    ("DenseFlipout", "kernel_divergence_fn", "record", "a function slot holds only"),
    ("MixtureSameFamily", "component_layer",
     {"class_name": "DistributionLambda", "registered_name": "DistributionLambda",
      "config": {"make_distribution_fn": _pickled_canary()}}, "TensorFlow Probability's own classes"),
], ids=["pickled_make_distribution_fn", "tfp_module_global", "module_name", "name_in_bayesian_slot",
        "tfp_registered_class"])
def test_names_tfp_would_look_up_or_unpickle_are_refused(
        saved, canary, tmp_path, class_name, argument, value, shows, suffix):
    crafted = _craft(saved[class_name][suffix], tmp_path / f"crafted.{suffix}",
                     _set(class_name, argument, value))
    _assert_refused(lambda: tf_keras.models.load_model(crafted), canary, argument, shows)


def _replace_type_spec(class_name, make_proto):
    def edit(config):
        saved_b = _config_of(config, class_name)["distribution_b"]["config"]
        saved_b["type_spec"] = base64.b64encode(make_proto(saved_b).SerializeToString()).decode("ascii")
    return edit


def _other_type_spec(saved_b):
    """The saved prior's type spec, with its outer class renamed to a registered non-TFP one."""
    from tensorflow.core.protobuf import struct_pb2

    proto = struct_pb2.StructuredValue.FromString(base64.b64decode(saved_b["type_spec"]))
    proto.type_spec_value.type_spec_class_name = "tf.StructuredTensor.Spec"
    return proto


def _dataset_type_spec(saved_b):
    from tensorflow.core.protobuf import struct_pb2

    proto = struct_pb2.StructuredValue.FromString(base64.b64decode(saved_b["type_spec"]))
    proto.type_spec_value.type_spec_class = struct_pb2.TypeSpecProto.DATA_DATASET_SPEC
    return proto


def _bijector_type_spec(saved_b):
    import tensorflow as tf
    import tensorflow_probability as tfp

    with warnings.catch_warnings():  # "loading will require that this type be registered"
        warnings.simplefilter("ignore", UserWarning)
        return tf.__internal__.saved_model.encode_structure(tfp.bijectors.Exp()._type_spec)


@pytest.mark.parametrize("suffix", ["keras", "h5"])
@pytest.mark.parametrize("class_name", ["KLDivergenceAddLoss", "KLDivergenceRegularizer"])
@pytest.mark.parametrize("make_proto, shows", [
    (_other_type_spec, "'tf.StructuredTensor.Spec'"),
    (_dataset_type_spec, "'DATA_DATASET_SPEC'"),
    (_bijector_type_spec, "a distribution was expected"),
], ids=["registered_non_tfp", "dataset", "tfp_bijector"])
def test_a_saved_prior_decodes_only_tfp_distributions(saved, canary, tmp_path, class_name, make_proto,
                                                      shows, suffix):
    crafted = _craft(saved[class_name][suffix], tmp_path / f"crafted.{suffix}",
                     _replace_type_spec(class_name, make_proto))
    _assert_refused(lambda: tf_keras.models.load_model(crafted), canary, "distribution_b", shows)


# --- from_config, the deferred stand-ins, safe_mode=False -----------------------------------

def _layer_config(saved, class_name="DenseLocalReparameterization"):
    with zipfile.ZipFile(saved[class_name]["keras"]) as file:
        return _config_of(json.loads(file.read("config.json")), class_name)


def test_from_config_called_directly_is_safe_too(saved, canary):
    from tfprobr._internal.keras2.layers import DenseLocalReparameterization

    config = {**_layer_config(saved), "kernel_posterior_tensor_fn": CANARY_FUNCTION}
    _assert_refused(lambda: DenseLocalReparameterization.from_config(config), canary,
                    "kernel_posterior_tensor_fn", f"{CANARY}.record")


def test_safe_mode_false_follows_keras_and_loads_what_keras_loads(saved, canary, tmp_path):
    """Keras' opt-in: with safe_mode=False a trusted .keras file may name any function.

    Also shows that the canary records an import, so its absence above means something."""
    crafted = _craft(saved["DenseLocalReparameterization"]["keras"], tmp_path / "crafted.keras",
                     _set("DenseLocalReparameterization", "kernel_posterior_tensor_fn", CANARY_FUNCTION))
    loaded = tf_keras.models.load_model(crafted, safe_mode=False)
    assert loaded.layers[0].kernel_posterior_tensor_fn is sys.modules[CANARY].record
    assert "called record" in canary.read_text()          # it ran when the layer was built


def test_h5_files_stay_safe_with_safe_mode_false_which_keras_ignores_for_them(saved, canary, tmp_path):
    crafted = _craft(saved["DenseLocalReparameterization"]["h5"], tmp_path / "crafted.h5",
                     _set("DenseLocalReparameterization", "kernel_posterior_tensor_fn", CANARY_FUNCTION))
    _assert_refused(lambda: tf_keras.models.load_model(crafted, safe_mode=False), canary,
                    "kernel_posterior_tensor_fn", f"{CANARY}.record")


@pytest.mark.slow
def test_crafted_files_are_refused_in_a_fresh_process_by_the_deferred_classes(saved, canary, tmp_path):
    for suffix in ("keras", "h5"):
        _craft(saved["IndependentNormal"][suffix], tmp_path / f"crafted.{suffix}",
               _set("IndependentNormal", "convert_to_tensor_fn", CANARY_FUNCTION))
    code = (
        "import sys, tfprobr\n"
        "import tf_keras\n"
        "from tfprobr._internal.classes import CLASSES_BY_MODULE\n"
        "assert 'tensorflow_probability' not in sys.modules\n"
        "assert tf_keras.saving.get_registered_object('tfprobr>IndependentNormal').__name__ == "
        "'DeferredIndependentNormal'\n"
        "for name in ('crafted.keras', 'crafted.h5'):\n"
        "    try:\n"
        "        tf_keras.models.load_model(name)\n"
        "    except tfprobr.UnsafeLoadError as error:\n"
        "        assert '`convert_to_tensor_fn`' in str(error), error\n"
        "    else:\n"
        "        raise AssertionError('loaded ' + name)\n"
        f"assert {CANARY!r} not in sys.modules\n"
    )
    run_python(code, tmp_path, extra_path=[sys.path[0]])
    assert not canary.exists()


# --- what still loads -----------------------------------------------------------------------

def _my_draw(distribution):
    return tp.tfd_mean(distribution)


@pytest.mark.slow
def test_tfprobr_helpers_keras_builtins_and_method_names_load_in_safe_mode(seeded, tmp_path):
    model = tp.keras_model_sequential(input_shape=2)
    model = tp.layer_dense_local_reparameterization(
        model, units=2, activation=tf_keras.activations.tanh, kernel_posterior_tensor_fn=tp.tfd_mean,
        kernel_divergence_fn=tp.kl_divergence_fn(1 / 32), bias_posterior_tensor_fn=tp.tfd_mode)
    model = tp.layer_distribution_lambda(model, tp.normal_distribution_fn(),
                                         convert_to_tensor_fn=tp.tfd_stddev)
    model = tp.layer_independent_normal(tp.layer_dense_local_reparameterization(model, units=2),
                                        event_shape=1, convert_to_tensor_fn="mean")
    model.compile(optimizer="adam", loss=tp.negloglik)
    made = tp.layer_autoregressive(params=2, event_shape=3, hidden_units=[4],
                                   activation=tf_keras.activations.relu,
                                   kernel_initializer=tf_keras.initializers.GlorotNormal(),
                                   kernel_regularizer=tf_keras.regularizers.L2(0.1),
                                   kernel_constraint=tf_keras.constraints.NonNeg())
    variable = tp.layer_variable(shape=2, initializer=tf_keras.initializers.Constant(0.5),
                                 regularizer=tf_keras.regularizers.L1(0.1))
    x = np.ones((4, 2), "float32")
    for suffix in ("keras", "h5"):
        model.save(tmp_path / f"model.{suffix}")
        loaded = tf_keras.models.load_model(tmp_path / f"model.{suffix}")
        first, lam, last = loaded.layers[0], loaded.layers[1], loaded.layers[-1]
        assert first.activation is tf_keras.activations.tanh
        assert first.kernel_posterior_tensor_fn is tp.tfd_mean and first.bias_posterior_tensor_fn is tp.tfd_mode
        assert first.kernel_divergence_fn == tp.kl_divergence_fn(1 / 32)
        assert lam._make_distribution_fn == tp.normal_distribution_fn()
        assert loaded.loss is tp.negloglik
        assert last._convert_to_tensor_fn.__name__ == "mean"
        assert_same_posterior(model, loaded, x)
    for layer in (made, variable):  # Keras' initializers, regularizers, constraints, activations
        config = tf_keras.saving.serialize_keras_object(layer)
        rebuilt = tf_keras.saving.deserialize_keras_object(json.loads(json.dumps(config)))
        assert rebuilt.get_config() == layer.get_config()


def test_a_registered_function_and_custom_objects_load_in_safe_mode(seeded, saved, tmp_path):
    registered = tf_keras.saving.register_keras_serializable(package="tfprobr_safe_tests")(_one_draw)
    model, x = layer_model(kernel_posterior_tensor_fn=registered)
    model.save(tmp_path / "registered.keras")
    assert tf_keras.models.load_model(tmp_path / "registered.keras").layers[0].kernel_posterior_tensor_fn \
        is registered
    # A name registered nowhere, supplied by the user as custom_objects:
    slot = _set("DenseLocalReparameterization", "kernel_posterior_tensor_fn",
                _function("my_module", "my_draw"))
    for suffix in ("keras", "h5"):
        crafted = _craft(saved["DenseLocalReparameterization"][suffix], tmp_path / f"custom.{suffix}", slot)
        loaded = tf_keras.models.load_model(crafted, custom_objects={"my_draw": _my_draw})
        assert loaded.layers[0].kernel_posterior_tensor_fn is _my_draw
        with tf_keras.saving.custom_object_scope({"my_draw": _my_draw}):
            assert tf_keras.models.load_model(crafted).layers[0].kernel_posterior_tensor_fn is _my_draw
    from tfprobr._internal.keras2.layers import DenseLocalReparameterization

    config = {**_layer_config(saved), "kernel_posterior_tensor_fn": _function("my_module", "my_draw")}
    with tf_keras.saving.custom_object_scope({"my_draw": _my_draw}):
        assert DenseLocalReparameterization.from_config(config).kernel_posterior_tensor_fn is _my_draw


def _one_draw(distribution):
    return tp.tfd_sample(distribution)


def test_a_keras_dtype_policy_in_a_config_loads(saved):
    from tfprobr._internal.keras2.distribution_layers import IndependentNormal

    policy = tf_keras.saving.serialize_keras_object(tf_keras.mixed_precision.Policy("float64"))
    config = {**_layer_config(saved, "IndependentNormal"), "dtype": policy}
    assert IndependentNormal.from_config(config).dtype == "float64"


# --- TensorFlow Probability's own classes, once tfprobr is imported (issue 26) ---------------

def _tfp_distribution_lambda_h5(path):
    """A legacy .h5 model of TFP's own DistributionLambda, its pickled function replaced by the canary's."""
    import tensorflow_probability as tfp

    model = tf_keras.Sequential([
        tf_keras.Input((2,)),
        tfp.layers.DistributionLambda(lambda t: tfp.distributions.Normal(t[..., :1], 1.0)),
    ])
    model.save(path.with_suffix(".original.h5"))
    return _craft(path.with_suffix(".original.h5"), path, lambda config: config["config"]["layers"][-1]["config"].update(
        make_distribution_fn=_pickled_canary()))


def test_tfp_distribution_lambda_does_not_unpickle_a_model_files_function(canary, tmp_path):
    import tensorflow_probability as tfp

    crafted = _tfp_distribution_lambda_h5(tmp_path / "tfp.h5")
    for load in (lambda: tf_keras.models.load_model(crafted),
                 lambda: tf_keras.models.load_model(
                     crafted, custom_objects={"DistributionLambda": tfp.layers.DistributionLambda})):
        message = _assert_refused(load, canary, "make_distribution_fn", "pickled Python code")
        assert "(DistributionLambda)" in message and "enable_unsafe_deserialization" in message


def test_tfp_distribution_lambda_unpickles_once_the_user_turns_safe_mode_off(canary, tmp_path):
    """Keras' switch for unsafe deserialization; also shows the canary runs when unpickled."""
    from tf_keras.src.saving import serialization_lib

    crafted = _tfp_distribution_lambda_h5(tmp_path / "tfp.h5")
    previous = serialization_lib.in_safe_mode()
    tf_keras.__internal__.enable_unsafe_deserialization()
    try:
        with pytest.raises(Exception):  # the canary's `record` is no distribution maker
            tf_keras.models.load_model(crafted)
    finally:
        serialization_lib.SAFE_MODE.safe_mode = previous
    assert "imported tfprobr_canary" in canary.read_text()


@pytest.mark.slow
def test_tfp_layers_are_guarded_whatever_the_import_order_and_not_without_tfprobr(canary, tmp_path):
    _tfp_distribution_lambda_h5(tmp_path / "tfp.h5")
    code = (
        "import sys\n"
        "imports = sys.argv[1].split(',')\n"
        "for name in imports:\n"
        "    __import__(name)\n"
        "import tf_keras\n"
        "try:\n"
        "    tf_keras.models.load_model('tfp.h5')\n"
        "except Exception as error:\n"
        "    print(type(error).__name__)\n"
    )
    outcomes = {}
    tfp_layers = "tensorflow_probability.python.layers"  # TFP registers DistributionLambda there
    for imports in (f"{tfp_layers},tfprobr", f"tfprobr,{tfp_layers}", tfp_layers):
        result = run_python(f"import sys; sys.argv = ['x', {imports!r}]\n" + code, tmp_path,
                            extra_path=[sys.path[0], canary.parent / "canary_path"])
        outcomes[imports] = (result.stdout.strip().splitlines() or [""])[-1], canary.exists()
        canary.unlink(missing_ok=True)
    assert outcomes[f"{tfp_layers},tfprobr"] == ("UnsafeLoadError", False), outcomes
    assert outcomes[f"tfprobr,{tfp_layers}"] == ("UnsafeLoadError", False), outcomes
    assert outcomes[tfp_layers][1] is True, outcomes  # TFP's own behaviour: it unpickled
