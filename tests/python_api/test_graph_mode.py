"""TF1 graph mode: tfprobr's layers work inside ``tf.Graph().as_default()`` and with eager execution disabled.

tfprobr's random stream is an eager variable, which a TF1 graph cannot capture
(``Attempting to capture an EagerTensor without building a function``); with
eager execution disabled it was a graph variable nothing initialized
(``Resource .../tfprobr_random_stream/... does not exist``). In TF1 graphs the
layers sample with TFP's stateful ops, as TFP's own layers do, seeded by the
graph's seed (which ``set_random_seed()`` sets).
"""

import numpy as np
import pytest
import tensorflow as tf

import tfprobr as tp

from support import run_python

X = np.linspace(-1, 1, 12, dtype="float32").reshape(4, 3)
ESTIMATORS = [tp.layer_dense_flipout, tp.layer_dense_reparameterization,
              tp.layer_dense_local_reparameterization]


def _draws_in_a_graph(layer_function, seed):
    """Two draws of one layer's output, made and run in a TF1 graph of their own."""
    with tf.Graph().as_default() as graph:
        if seed is not None:
            tp.set_random_seed(seed)  # Python's, numpy's and this graph's seed
        layer = layer_function(units=2)
        output = layer(tf.constant(X))
        assert not graph.get_collection("variables") or all(
            "tfprobr_random_stream" not in v.name for v in graph.get_collection("variables"))
        with tf.compat.v1.Session(graph=graph) as session:
            session.run(tf.compat.v1.global_variables_initializer())
            return [session.run(output) for _ in range(2)]


@pytest.mark.parametrize("layer_function", ESTIMATORS, ids=lambda f: f.__name__)
def test_a_layer_runs_inside_a_tf_graph_seeded_and_unseeded(layer_function):
    for seed in (None, 3):
        first, second = _draws_in_a_graph(layer_function, seed)
        assert first.shape == (4, 2) and np.isfinite(first).all()
        assert not np.array_equal(first, second)      # each run draws anew
    # set_random_seed() makes a graph's draws reproducible, as for TFP's layers.
    np.testing.assert_array_equal(_draws_in_a_graph(layer_function, 3)[0],
                                  _draws_in_a_graph(layer_function, 3)[0])


def test_a_distribution_layer_samples_inside_a_tf_graph():
    with tf.Graph().as_default() as graph:
        output = tp.layer_independent_normal(event_shape=1)(tf.constant(X[:, :2]))
        with tf.compat.v1.Session(graph=graph) as session:
            assert session.run(tf.convert_to_tensor(output)).shape == (4, 1)


def test_eager_layers_still_draw_from_the_stream_after_a_graph_was_used():
    _draws_in_a_graph(tp.layer_dense_flipout, None)
    tp.set_random_seed(5)
    layer = tp.layer_dense_flipout(units=2)
    layer(X)
    tp.set_random_seed(5)
    first = layer(X).numpy()
    tp.set_random_seed(5)
    np.testing.assert_array_equal(layer(X).numpy(), first)


# Disabling eager execution is for the whole process: a fresh one per run.
DISABLED_EAGER = """
import sys
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
import tfprobr as tp
if sys.argv[1] == "seeded":
    tp.set_random_seed(11)
x = np.linspace(-1, 1, 48, dtype="float32").reshape(16, 3)
y = x @ np.array([[1.0], [-2.0], [0.5]], "float32")
model = tp.keras_model_sequential(input_shape=3)
model = tp.layer_dense_flipout(model, units=1)
model.compile(optimizer="adam", loss="mse")
history = model.fit(x, y, epochs=3, batch_size=8, verbose=0)
assert not tf.executing_eagerly()
losses = history.history["loss"]
assert len(losses) == 3 and np.isfinite(losses).all(), losses
print("losses", " ".join(float(v).hex() for v in losses))
"""


@pytest.mark.slow
def test_fit_of_a_flipout_model_with_eager_execution_disabled(tmp_path):
    script = tmp_path / "disabled_eager.py"
    script.write_text(DISABLED_EAGER)

    def run(mode):
        result = run_python(f"import sys; sys.argv = ['fit', {mode!r}]; "
                            f"exec(open({str(script)!r}).read())", tmp_path)
        return result.stdout.split("losses ", 1)[1].strip()

    unseeded = run("unseeded")
    seeded = [run("seeded") for _ in range(2)]
    assert seeded[0] == seeded[1] != unseeded         # seeded: the same fit in two processes

