"""What ``tf.config.experimental.enable_op_determinism()`` costs for tfprobr's layers.

Fits the same local-reparameterization MLP (256 -> 512 -> 512 -> 1, 20,000 rows, batch
256) one epoch at a time, switching op determinism on and off between rounds (the
switch is read when ops run, so one process serves both), and prints the median
seconds per epoch of each and the median per-round ratio.

Run from the repository root: ``PYTHONPATH=. python bench/determinism.py [--rounds 7]``.
"""

import argparse
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")

import statistics  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402

warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    import tf_keras
    from tensorflow.python.framework import config  # disable_op_determinism is not public

    import tfprobr as tp

    tp.set_random_seed(0)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(20_000, 256)).astype("float32")
    y = x[:, :8].sum(axis=1, keepdims=True).astype("float32")
    model = tf_keras.Sequential([tf_keras.Input(shape=(256,))])
    for index, units in enumerate((512, 512, 1)):
        model.add(tp.layer_dense_local_reparameterization(
            units=units, activation="relu" if index < 2 else None,
            kernel_divergence_fn=tp.kl_divergence_fn(1 / 20_000)))
    model.compile(optimizer="adam", loss="mse")
    model.fit(x, y, batch_size=256, epochs=1, verbose=0)
    times = {"off": [], "on": []}
    for index in range(args.rounds):
        for mode in ("off", "on") if index % 2 == 0 else ("on", "off"):
            (config.enable_op_determinism if mode == "on" else config.disable_op_determinism)()
            start = time.perf_counter()
            model.fit(x, y, batch_size=256, epochs=1, verbose=0)
            times[mode].append(time.perf_counter() - start)
    ratio = statistics.median(a / b for a, b in zip(times["on"], times["off"]))
    print(f"seconds per epoch, op determinism off: {statistics.median(times['off']):.3f}, "
          f"on: {statistics.median(times['on']):.3f}; on / off (median of {args.rounds} "
          f"per-round ratios): {ratio:.3f}x")


if __name__ == "__main__":
    main()
