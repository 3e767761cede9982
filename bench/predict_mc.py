"""Benchmark: predict_mc's compiled passes against a loop of separate predict() calls.

One model (two local-reparameterization layers and a normal output, 1,000 rows),
100 stochastic passes each way, measured interleaved over several rounds on the
same model and data. Prints the median times and their ratio (goal: >= 20x).

Usage: python bench/predict_mc.py [--rounds 5] [--rows 1000] [--passes 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402

import tfprobr as tp  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=100)
    args = parser.parse_args()

    model = _model()
    x = np.random.default_rng(1).uniform(-3, 3, size=(args.rows, 1)).astype("float32")
    # Warm up both paths (tracing, predict's function) before timing.
    tp.predict_mc(model, x, n_samples=args.passes)
    model.predict(x, verbose=0)

    compiled, loop = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        tp.predict_mc(model, x, n_samples=args.passes)
        compiled.append(time.perf_counter() - start)
        start = time.perf_counter()
        # Each predict() of a distribution-output model returns one sample per row.
        np.stack([model.predict(x, verbose=0) for _ in range(args.passes)])
        loop.append(time.perf_counter() - start)

    fast, slow = statistics.median(compiled), statistics.median(loop)
    print(f"{args.passes} passes over {args.rows} rows, median of {args.rounds} interleaved rounds")
    print(f"  predict_mc():             {fast:8.3f} s")
    print(f"  {args.passes} x model.predict(): {slow:8.3f} s")
    print(f"  ratio: {slow / fast:.1f}x")


def _model():
    import tf_keras

    tf_keras.utils.set_random_seed(1)
    kl = tp.kl_divergence_fn(1 / 1000)
    model = tp.keras_model_sequential(input_shape=1)
    model = tp.layer_dense_local_reparameterization(model, units=32, activation="tanh",
                                                    kernel_divergence_fn=kl)
    model = tp.layer_dense_local_reparameterization(model, units=2, kernel_divergence_fn=kl)
    return tp.layer_independent_normal(model, event_shape=1)


if __name__ == "__main__":
    main()
