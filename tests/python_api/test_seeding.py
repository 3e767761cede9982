"""set_random_seed(): the same seed gives the same fit and predictions in fresh processes."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import tfprobr as tp

# A fresh process: seed, build a model of all three dense estimators, fit it, and
# print its weights after the fit and a predict_mc() summary, both as hex floats.
WORKER = """
import sys, numpy as np, tfprobr as tp
tp.set_random_seed(float(sys.argv[1]))          # an R double, as R passes it
x = np.random.normal(size=(64, 3)).astype("float32")
y = x @ np.array([[1.0], [-2.0], [0.5]], "float32")
model = tp.keras_model_sequential(input_shape=3)
model = tp.layer_dense_local_reparameterization(model, units=8, activation="relu")
model = tp.layer_dense_flipout(model, units=8, activation="tanh")
model = tp.layer_dense_reparameterization(model, units=1)
model.compile(optimizer="adam", loss="mse")
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
weights = np.concatenate([w.ravel() for w in model.get_weights()])
pred = tp.predict_mc(model, x[:5], n_samples=20).to_numpy().ravel()
print("weights", " ".join(float(v).hex() for v in weights))
print("predict_mc", " ".join(float(v).hex() for v in pred))
# A distribution layer's draws with convert_to_tensor_fn by name, called eagerly.
head = tp.layer_independent_normal(event_shape=1, convert_to_tensor_fn="sample")
import tensorflow as tf
draws = np.concatenate([tf.convert_to_tensor(head(x[:4, :2])).numpy().ravel() for _ in range(3)])
print("named_sample", " ".join(float(v).hex() for v in draws))
"""


def _fresh_process(seed):
    root = str(Path(tp.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]),
           "TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONWARNINGS": "ignore"}
    out = subprocess.run([sys.executable, "-c", WORKER, str(seed)], capture_output=True,
                         text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    return dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)


@pytest.mark.slow
def test_two_fresh_processes_with_one_seed_fit_and_predict_identically():
    first, second, other = _fresh_process(7), _fresh_process(7), _fresh_process(8)
    assert first["weights"] == second["weights"]
    assert first["predict_mc"] == second["predict_mc"]
    assert first["named_sample"] == second["named_sample"]
    assert other["weights"] != first["weights"]
    assert other["predict_mc"] != first["predict_mc"]


def test_the_seed_restarts_the_layers_draws():
    x = np.ones((4, 3), "float32")
    tp.set_random_seed(3)
    layer = tp.layer_dense_flipout(units=2)
    layer(x)
    weights = layer.get_weights()
    tp.set_random_seed(3)
    draws = [layer(x).numpy() for _ in range(2)]
    tp.set_random_seed(3)
    again = [layer(x).numpy() for _ in range(2)]
    np.testing.assert_array_equal(draws, again)
    assert not np.array_equal(draws[0], draws[1])
    tp.set_random_seed(4)
    assert not np.array_equal(layer(x).numpy(), draws[0])
    np.testing.assert_array_equal(layer.get_weights()[0], weights[0])  # weights untouched


def test_the_seed_restarts_tfd_sample():
    d = tp.tfd_normal(loc=0, scale=1)
    tp.set_random_seed(11)
    first = tp.tfd_sample(d, 5).numpy()
    tp.set_random_seed(11)
    np.testing.assert_array_equal(tp.tfd_sample(d, 5).numpy(), first)
    assert not np.array_equal(tp.tfd_sample(d, 5).numpy(), first)


def test_the_default_posterior_draw_and_tfd_sample_are_the_same_seeded_draw():
    from tfprobr._internal.defaults import POSTERIOR_TENSOR_FN

    d = tp.tfd_normal(loc=[0.0, 1.0], scale=1)
    tp.set_random_seed(12)
    first = tp.tfd_sample(d).numpy()
    tp.set_random_seed(12)
    np.testing.assert_array_equal(POSTERIOR_TENSOR_FN(d).numpy(), first)


def test_the_stream_adds_no_variable_to_layers_or_saved_weights(tmp_path):
    tp.set_random_seed(5)
    model = tp.keras_model_sequential(input_shape=2)
    model = tp.layer_dense_reparameterization(model, units=2)
    model(np.ones((1, 2), "float32"))
    assert len(model.variables) == 3  # loc, untransformed scale, bias loc: as before
    assert not [v.name for v in model.variables if "StateVar" in v.name]
    model.save_weights(tmp_path / "w.h5")
    import h5py

    with h5py.File(tmp_path / "w.h5") as saved:
        stored = []
        saved.visit(stored.append)
    assert not [name for name in stored if "StateVar" in name or "random_generator" in name]


@pytest.mark.parametrize("seed", [-1, 2.5, 2**32, "1", None, True])
def test_a_bad_seed_is_an_error_naming_it(seed):
    with pytest.raises((TypeError, ValueError), match="`seed`"):
        tp.set_random_seed(seed)


MIRRORED = """
import numpy as np, tensorflow as tf
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
import tfprobr as tp
tp.set_random_seed(1)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
with strategy.scope():  # the stream is first used inside the scope
    model = tp.keras_model_sequential(input_shape=3)
    model = tp.layer_dense_local_reparameterization(model, units=4)
    model = tp.layer_dense_flipout(model, units=4)
x = tf.ones((8, 3))
outputs = strategy.run(tf.function(lambda: model(x)))
first, second = (value.numpy() for value in strategy.experimental_local_results(outputs))
print("replicas differ", not np.allclose(first, second))
model(x)  # and outside the strategy
"""


@pytest.mark.slow
def test_replicas_of_a_mirrored_strategy_draw_different_noise():
    root = str(Path(tp.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]),
           "TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONWARNINGS": "ignore"}
    out = subprocess.run([sys.executable, "-c", MIRRORED], capture_output=True, text=True,
                         env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "replicas differ True" in out.stdout
