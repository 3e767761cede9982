"""Benchmark: predict_mc's time and peak memory against rows, and its speed-up over predict() calls.

1. Memory and time against rows (10^4, 10^5, 10^6 by default), 100 passes, each size
   in a fresh subprocess: a small model (8 -> 32 -> 1, local reparameterization;
   with ``--output normal``, 8 -> 32 -> 2 and a normal output, whose quantiles take
   the mixture bisection). The baseline is the process's resident memory after
   building the model, making ``x`` (float64, as R matrices arrive) and running a
   tiny ``predict_mc``; the peak is the resident high-water mark (``VmHWM``, reset
   before the call) minus that baseline: predict_mc's working memory plus its
   result (goal: within 600 MB at 10^6 rows).
2. Speed-up: 100 passes over 1,000 rows by ``predict_mc`` against a loop of 100
   ``model.predict()`` calls, interleaved over several rounds (goal: >= 50x).

Usage: python bench/predict_mc.py [--rows 1e4 1e5 1e6] [--passes 100] [--batch-size N]
       [--output value|normal] [--rounds 5] [--skip-speedup] [--skip-memory]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=float, nargs="+", default=[1e4, 1e5, 1e6])
    parser.add_argument("--passes", type=int, default=100)
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--output", choices=["value", "normal"], default="value")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-speedup", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)  # rows, in a subprocess
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(_measure(args.child, args.passes, args.batch_size, args.output)))
        return
    if not args.skip_memory:
        _memory_table(args)
    if not args.skip_speedup:
        _speedup(args.passes, args.rounds)


def _memory_table(args) -> None:
    print(f"predict_mc, {args.passes} passes, model 8 -> 32 -> {1 if args.output == 'value' else 2}"
          f" ({args.output} output), batch_size = {args.batch_size or 'default'}; "
          "one fresh process per size")
    print(f"  {'rows':>9} {'time s':>8} {'rows/s':>10} {'peak above baseline MB':>23} "
          f"{'baseline MB':>12} {'x MB':>6}")
    for rows in args.rows:
        command = [sys.executable, __file__, "--child", str(int(rows)), "--passes", str(args.passes),
                   "--output", args.output]
        if args.batch_size:
            command += ["--batch-size", str(args.batch_size)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"  {int(rows):>9} {result['seconds']:>8.2f} {rows / result['seconds']:>10.0f} "
              f"{result['peak_mb']:>23.0f} {result['baseline_mb']:>12.0f} {result['x_mb']:>6.0f}")


def _measure(rows: int, passes: int, batch_size: int | None, output: str) -> dict:
    import tfprobr as tp

    model = _model(8, output)
    x = np.random.default_rng(1).normal(size=(rows, 8))
    tp.predict_mc(model, x[:10], n_samples=passes, verbose=0)  # trace, first use
    gc.collect()
    baseline = _status_kb("VmRSS")
    _reset_peak()
    start = time.perf_counter()
    tp.predict_mc(model, x, n_samples=passes, batch_size=batch_size, verbose=0)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": (_status_kb("VmHWM") - baseline) / 1024,
            "baseline_mb": baseline / 1024, "x_mb": x.nbytes / 2**20}


def _speedup(passes: int, rounds: int, rows: int = 1000) -> None:
    import tfprobr as tp

    model = _model(1, "normal")
    x = np.random.default_rng(1).uniform(-3, 3, size=(rows, 1)).astype("float32")
    # Warm up both paths (tracing, predict's function) before timing.
    tp.predict_mc(model, x, n_samples=passes, verbose=0)
    model.predict(x, verbose=0)
    compiled, loop = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        tp.predict_mc(model, x, n_samples=passes, verbose=0)
        compiled.append(time.perf_counter() - start)
        start = time.perf_counter()
        # Each predict() of a distribution-output model returns one sample per row.
        np.stack([model.predict(x, verbose=0) for _ in range(passes)])
        loop.append(time.perf_counter() - start)
    fast, slow = statistics.median(compiled), statistics.median(loop)
    print(f"\n{passes} passes over {rows} rows (model 1 -> 32 -> 2, normal output), "
          f"median of {rounds} interleaved rounds")
    print(f"  predict_mc():             {fast:8.3f} s")
    print(f"  {passes} x model.predict(): {slow:8.3f} s")
    print(f"  ratio: {slow / fast:.1f}x")


def _model(inputs: int, output: str):
    import tf_keras

    import tfprobr as tp

    tf_keras.utils.set_random_seed(1)
    kl = tp.kl_divergence_fn(1 / 1000)
    model = tp.keras_model_sequential(input_shape=inputs)
    model = tp.layer_dense_local_reparameterization(model, units=32, activation="tanh",
                                                    kernel_divergence_fn=kl)
    model = tp.layer_dense_local_reparameterization(model, units=1 if output == "value" else 2,
                                                    kernel_divergence_fn=kl)
    return model if output == "value" else tp.layer_independent_normal(model, event_shape=1)


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> None:
    # Writing 5 to clear_refs resets VmHWM to the current RSS (Linux >= 4.0).
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")


if __name__ == "__main__":
    main()
