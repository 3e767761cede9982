"""Train a tiny tfprobr model under a tf.distribute strategy; started by test_distribute.py.

Usage: ``python distribute_worker.py mirrored OUT_DIR`` (two logical CPUs in one
process) or ``python distribute_worker.py multiworker OUT_DIR`` (one worker of a
cluster described by the ``TF_CONFIG`` its parent sets). It writes the losses
and, for every replica it holds, the values of every variable to
``OUT_DIR/<name>.npz``, so that the test can compare replicas across processes.
"""

import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")

import numpy as np  # noqa: E402

N, FEATURES, GLOBAL_BATCH, STEPS = 64, 3, 16, 40


def main(mode, out_dir):
    import tensorflow as tf

    if mode == "mirrored":
        # Two logical CPU devices; this must run before TensorFlow's first op.
        cpu = tf.config.list_physical_devices("CPU")[0]
        tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
        strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
        name = "mirrored"
    else:
        strategy = tf.distribute.MultiWorkerMirroredStrategy()
        name = "worker{}".format(json.loads(os.environ["TF_CONFIG"])["task"]["index"])

    import tf_keras

    import tfprobr as tp

    tf_keras.utils.set_random_seed(7)  # same seed on every worker: same initial variables
    with strategy.scope():
        kl = tp.kl_divergence_fn(1 / N)
        model = tp.keras_model_sequential(input_shape=FEATURES)
        model = tp.layer_dense_local_reparameterization(model, units=4, activation="relu",
                                                        kernel_divergence_fn=kl)
        model = tp.layer_dense_local_reparameterization(model, units=1, kernel_divergence_fn=kl)
        model.compile(optimizer=tf_keras.optimizers.Adam(0.05), loss="mse")

    rng = np.random.default_rng(0)
    x = rng.normal(size=(N, FEATURES)).astype("float32")
    y = (x @ np.array([[1.0], [-2.0], [0.5]], "float32")).astype("float32")
    options = tf.data.Options()
    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
    data = tf.data.Dataset.from_tensor_slices((x, y)).repeat().batch(GLOBAL_BATCH).with_options(options)
    mse_before = _posterior_mean_mse(model, x, y)
    history = model.fit(data, epochs=2, steps_per_epoch=STEPS // 2, verbose=0)

    arrays = {"losses": np.array(history.history["loss"]),
              "mse": np.array([mse_before, _posterior_mean_mse(model, x, y)]),
              "replicas": np.array(strategy.num_replicas_in_sync),
              "steps": np.array(int(model.optimizer.iterations.numpy()))}
    for variable in model.trainable_variables:
        for replica, value in enumerate(_replica_values(variable)):
            arrays[f"{variable.name}@{replica}"] = value.numpy()
    np.savez(os.path.join(out_dir, name + ".npz"), **arrays)


def _posterior_mean_mse(model, x, y):
    """Mean squared error of the network with every weight at its posterior mean (no sampling noise)."""
    hidden = x
    for layer in model.layers:
        kernel = layer.kernel_posterior.distribution.loc
        bias = layer.bias_posterior.mode() if layer.bias_posterior is not None else 0.0
        hidden = layer.activation(hidden @ kernel.numpy() + np.asarray(bias))
    return float(np.mean((np.asarray(hidden) - y) ** 2))


def _replica_values(variable):
    """The per-device copies of a distributed variable (one value if not mirrored)."""
    values = getattr(variable, "values", None)
    return list(values) if values is not None else [variable]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
