"""Benchmarks 1 and 2: what tfprobr's layers cost per train step and per construction.

1. A train step of a model built with tfprobr's functions against the identical
   model built by hand from ``tfp.layers`` (goal <= 1.02x), and the
   construction of one layer either way (goal <= 1.10x).
2. A train step of a local-reparameterization layer against a plain ``Dense``
   layer, on the MLP of 1 and at a matmul-bound size. The estimator needs two matmuls (mean and
   variance) where ``Dense`` needs one, so about 2x is the floor.

Every case is timed in interleaved rounds; the script prints medians and ratios.
Run from the repository root: ``PYTHONPATH=. python bench/train_step.py [--intra-op-threads N]``
(TensorFlow's intra-op pool; default: all CPUs).
"""

import argparse
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")

import warnings  # noqa: E402

warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import tensorflow_probability as tfp  # noqa: E402
import tf_keras  # noqa: E402

import tfprobr as tp  # noqa: E402
from timing import interleave, report  # noqa: E402

N = 10_000  # training-set size used to scale the KL term


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--intra-op-threads", type=int, default=0,
                        help="TensorFlow's intra-op pool (0: TensorFlow's default, all CPUs)")
    args = parser.parse_args()
    tf.config.threading.set_intra_op_parallelism_threads(args.intra_op_threads)
    tf.get_logger().setLevel("ERROR")  # each case is its own tf.function: no retracing warnings
    tf_keras.utils.set_random_seed(0)
    print(f"TensorFlow {tf.__version__}, TFP {tfp.__version__}, "
          f"{os.cpu_count()} CPUs, intra-op threads {tf.config.threading.get_intra_op_parallelism_threads() or 'default'}")

    # 1a. train step: MLP 256 -> 512 -> 512 -> 1, batch 256.
    x, y = _data(256, 256, 1)
    cases = {
        "tfp.layers by hand": _train_step(_mlp(_tfp_layer, 256, [512, 512, 1]), x, y),
        "tfprobr": _train_step(_mlp(_tfprobr_layer, 256, [512, 512, 1]), x, y),
    }
    report("1a. train step, MLP 256-512-512-1 (local reparameterization), batch 256",
           interleave(_warm(cases), rounds=15, calls=20), baseline="tfp.layers by hand")

    # 1b. construction of one layer with the default arguments; then construction + build.
    cases = {
        "tfp.layers by hand": lambda: tfp.layers.DenseLocalReparameterization(512),
        "tfprobr": lambda: tp.layer_dense_local_reparameterization(units=512),
    }
    report("1b. layer construction, default arguments", interleave(_warm(cases), rounds=15, calls=200),
           baseline="tfp.layers by hand", unit="us")
    shape = tf.TensorShape([None, 256])
    cases = {
        "tfp.layers by hand": lambda: tfp.layers.DenseLocalReparameterization(512).build(shape),
        "tfprobr": lambda: tp.layer_dense_local_reparameterization(units=512).build(shape),
    }
    report("1c. layer construction + build (variables created), 256 -> 512",
           interleave(_warm(cases), rounds=15, calls=20), baseline="tfp.layers by hand", unit="us")

    # 2a. the small MLP again: local reparameterization against plain Dense.
    x, y = _data(256, 256, 1)
    cases = {
        "tf_keras Dense": _train_step(_mlp(_dense_layer, 256, [512, 512, 1]), x, y),
        "tfprobr local reparameterization": _train_step(_mlp(_tfprobr_layer, 256, [512, 512, 1]),
                                                        x, y),
        "tfp.layers local reparam. (TFP)": _train_step(_mlp(_tfp_layer, 256, [512, 512, 1]), x, y),
    }
    report("2a. train step, MLP 256-512-512-1, batch 256",
           interleave(_warm(cases), rounds=15, calls=20), baseline="tf_keras Dense")

    # 2b. matmul-bound train step: one layer 1024 -> 1024, batch 4096.
    x, y = _data(4096, 1024, 1024)
    cases = {
        "tf_keras Dense": _train_step(_mlp(_dense_layer, 1024, [1024]), x, y),
        "tfprobr local reparameterization": _train_step(_mlp(_tfprobr_layer, 1024, [1024]), x, y),
        "tfp.layers local reparam. (TFP)": _train_step(_mlp(_tfp_layer, 1024, [1024]), x, y),
        "tf_keras Dense, XLA": _train_step(_mlp(_dense_layer, 1024, [1024]), x, y, jit=True),
        "tfprobr local reparam., XLA": _train_step(_mlp(_tfprobr_layer, 1024, [1024]), x, y, jit=True),
    }
    report("2b. train step, one layer 1024 -> 1024, batch 4096 (matmul-bound)",
           interleave(_warm(cases, 2), rounds=7, calls=3), baseline="tf_keras Dense")


def _tfprobr_layer(units, activation):
    return tp.layer_dense_local_reparameterization(
        units=units, activation=activation, kernel_divergence_fn=tp.kl_divergence_fn(1 / N))


def _tfp_layer(units, activation):
    """The same layer written directly against TFP, as a user would without tfprobr."""
    return tfp.layers.DenseLocalReparameterization(
        units, activation=activation,
        kernel_divergence_fn=lambda q, p, _: tfp.distributions.kl_divergence(q, p) / N)


def _dense_layer(units, activation):
    return tf_keras.layers.Dense(units, activation=activation)


def _mlp(make_layer, inputs, units):
    model = tf_keras.Sequential([tf_keras.Input(shape=(inputs,))])
    for index, width in enumerate(units):
        model.add(make_layer(width, "relu" if index < len(units) - 1 else None))
    return model


def _train_step(model, x, y, jit=False):
    """One optimizer step (forward, loss with the layers' KL terms, gradients, update) in a graph.

    ``jit=True`` compiles it with XLA, as ``compile(jit_compile=True)`` does for ``fit``.
    """
    optimizer = tf_keras.optimizers.Adam(1e-3)
    loss_fn = tf_keras.losses.MeanSquaredError()

    @tf.function(jit_compile=jit)
    def step():
        with tf.GradientTape() as tape:
            loss = loss_fn(y, model(x, training=True)) + sum(model.losses)
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss

    return lambda: step().numpy()


def _data(rows, inputs, outputs):
    rng = np.random.default_rng(0)
    return (tf.constant(rng.normal(size=(rows, inputs)), tf.float32),
            tf.constant(rng.normal(size=(rows, outputs)), tf.float32))


def _warm(cases, calls=5):
    for case in cases.values():
        for _ in range(calls):
            case()
    return cases


if __name__ == "__main__":
    main()
