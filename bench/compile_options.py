"""Which ``compile()`` options speed up ``fit`` for tfprobr's layers: seconds per epoch.

For a small model (8 -> 32 -> 32 -> 1, 10,000 rows, batch 32: many cheap steps) and
a large one (256 -> 512 -> 512 -> 1, 20,000 rows, batch 256: fewer, matmul-heavy
steps), and for local reparameterization, flipout and plain ``Dense``, one epoch
of ``model.fit`` is timed with

* the defaults,
* ``steps_per_execution=32`` (32 train steps per call into the compiled function,
  so Keras' per-step Python work runs once per 32 steps),
* ``jit_compile=True`` (the train step compiled with XLA),
* both,

in interleaved rounds; printed per case: the median seconds per epoch and the
median per-round ratio to the same layer with the defaults.

Run from the repository root: ``PYTHONPATH=. python bench/compile_options.py [--rounds 5]``.
"""

import argparse
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")

import statistics  # noqa: E402
import warnings  # noqa: E402

warnings.filterwarnings("ignore")

import numpy as np  # noqa: E402

from timing import interleave  # noqa: E402

SIZES = {
    "small": {"inputs": 8, "hidden": (32, 32), "rows": 10_000, "batch": 32},
    "large": {"inputs": 256, "hidden": (512, 512), "rows": 20_000, "batch": 256},
}
OPTIONS = {
    "defaults": {},
    "steps_per_execution=32": {"steps_per_execution": 32},
    "jit_compile=True": {"jit_compile": True},
    "both": {"jit_compile": True, "steps_per_execution": 32},
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", default="small,large")
    args = parser.parse_args()
    import tensorflow as tf
    import tf_keras

    import tfprobr as tp

    tf.get_logger().setLevel("ERROR")
    print(f"TensorFlow {tf.__version__}, {os.cpu_count()} CPUs")
    layers = {
        "local reparameterization": tp.layer_dense_local_reparameterization,
        "flipout": tp.layer_dense_flipout,
        "Dense": None,
    }
    for size in args.sizes.split(","):
        spec = SIZES[size]
        tp.set_random_seed(0)
        rng = np.random.default_rng(0)
        x = rng.normal(size=(spec["rows"], spec["inputs"])).astype("float32")
        y = (x[:, :4].sum(axis=1, keepdims=True) + rng.normal(size=(spec["rows"], 1))).astype(
            "float32")
        cases = {}
        for layer_name, layer in layers.items():
            for option_name, options in OPTIONS.items():
                model = _model(tf_keras, tp, layer, spec)
                model.compile(optimizer="adam", loss="mse", **options)
                cases[(layer_name, option_name)] = _epoch(model, x, y, spec["batch"])
        for case in cases.values():
            case()  # trace, compile, warm up
        times = interleave({f"{a} / {b}": f for (a, b), f in cases.items()}, rounds=args.rounds)
        print(f"\n{size}: {spec['inputs']}-{'-'.join(map(str, spec['hidden']))}-1, "
              f"{spec['rows']} rows, batch {spec['batch']} ({args.rounds} interleaved rounds)")
        print(f"  {'layer / options':<52} {'s/epoch':>8} {'vs defaults':>12}")
        for name, values in times.items():
            base = times[name.split(" / ")[0] + " / defaults"]
            ratio = statistics.median(a / b for a, b in zip(values, base))
            print(f"  {name:<52} {statistics.median(values):8.3f} {ratio:11.3f}x")


def _model(tf_keras, tp, layer, spec):
    model = tf_keras.Sequential([tf_keras.Input(shape=(spec["inputs"],))])
    for index, units in enumerate((*spec["hidden"], 1)):
        activation = "relu" if index < len(spec["hidden"]) else None
        if layer is None:
            model.add(tf_keras.layers.Dense(units, activation=activation))
        else:
            model.add(layer(units=units, activation=activation,
                            kernel_divergence_fn=tp.kl_divergence_fn(1 / spec["rows"])))
    return model


def _epoch(model, x, y, batch):
    return lambda: model.fit(x, y, batch_size=batch, epochs=1, verbose=0)


if __name__ == "__main__":
    main()
