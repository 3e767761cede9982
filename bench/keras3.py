"""tfprobr's Keras 3 layers: seconds per training epoch against tf_keras (TensorFlow) and bayesian-torch (JAX).

The MLP of ``bench/peer.py`` (256 -> 512 -> 512 -> 1, ReLU, 20,000 rows, batch
256, Adam 1e-3, mean squared error plus KL / n) is trained, one epoch per
request, by four workers:

* ``tf_keras``: tfprobr's Keras 2 layers (TFP's), the project's environment;
* ``keras3-tf``: tfprobr's Keras 3 layers on the TensorFlow backend, same environment;
* ``keras3-jax``: tfprobr's Keras 3 layers on JAX, compiled (``jit_compile=True``),
  in the environment of ``scripts/setup-backends`` (numpy >= 2);
* ``torch``: bayesian-torch's ``LinearReparameterization``/``LinearFlipout`` and
  ``torch.nn.Linear``, same environment as JAX (``bench/peer.py``'s loop).

Every worker gets the same threads (``--threads``, default all CPUs; JAX's
CPU client through ``XLA_FLAGS``, the others through their own settings).
Rounds alternate the order of the cases, so all see the same machine load;
printed are the median seconds per epoch and the per-round ratios: Keras 3 on
TensorFlow over tf_keras, and Keras 3 on JAX over bayesian-torch (local
reparameterization against bayesian-torch's reparameterization layer, its
counterpart in cost and use, as in ``bench/peer.py``). Goal of issue 24: local
reparameterization and flipout on JAX at most 0.8x bayesian-torch.

Run from the repository root, after ``scripts/setup-backends``::

    PYTHONPATH=. .venv/bin/python bench/keras3.py [--rounds 5] [--threads 2]
        [--backends-python .venv-backends/bin/python]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import peer  # noqa: E402  (bench/peer.py: the data, the MLP, the torch cases, the protocol)

ROWS, INPUTS, HIDDEN, BATCH = peer.ROWS, peer.INPUTS, peer.HIDDEN, peer.BATCH
ESTIMATORS = {"lrt": "local reparameterization", "flipout": "flipout",
              "reparameterization": "reparameterization", "dense": "Dense"}
# (name, worker, case)
CASES = ([(f"tf_keras {label}", "tf_keras", case) for case, label in ESTIMATORS.items()]
         + [(f"Keras 3 TF {label}", "keras3-tf", case) for case, label in ESTIMATORS.items()]
         + [(f"Keras 3 JAX {label}", "keras3-jax", case) for case, label in ESTIMATORS.items()]
         + [("bayesian-torch reparameterization", "torch", "reparameterization"),
            ("bayesian-torch flipout", "torch", "flipout"),
            ("torch.nn.Linear", "torch", "dense")])
PAIRS = (
    [(f"Keras 3 TF {label}", f"tf_keras {label}") for label in ESTIMATORS.values()]
    + [("Keras 3 JAX local reparameterization", "bayesian-torch reparameterization"),
       ("Keras 3 JAX flipout", "bayesian-torch flipout"),
       ("Keras 3 JAX reparameterization", "bayesian-torch reparameterization"),
       ("Keras 3 JAX Dense", "torch.nn.Linear")]
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--backends-python", default=".venv-backends/bin/python",
                        help="the Python of scripts/setup-backends' environment (JAX, torch)")
    parser.add_argument("--workers", default="tf_keras,keras3-tf,keras3-jax,torch",
                        help="comma-separated subset of the workers")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return _serve(args)
    chosen = args.workers.split(",")
    cases = [case for case in CASES if case[1] in chosen]
    pairs = [pair for pair in PAIRS if all(any(c[0] == name for c in cases) for name in pair)]
    workers = {name: _start_worker(name, args) for name in chosen}
    try:
        versions = {name: peer.ask(worker, "versions") for name, worker in workers.items()}
        print(f"{ROWS} rows, MLP {INPUTS}-{'-'.join(map(str, HIDDEN))}-1, batch {BATCH}, "
              f"{args.threads} threads per worker; "
              + "; ".join(f"{name}: {version}" for name, version in versions.items()))
        times = {name: [] for name, _, _ in cases}
        for index in range(args.rounds):
            for name, worker, case in (cases if index % 2 == 0 else cases[::-1]):
                times[name].append(peer.ask(workers[worker], case)[0])
    finally:
        for worker in workers.values():
            worker.stdin.close()
            worker.wait()
    print(f"\nseconds per epoch ({args.rounds} alternating rounds)")
    for name, values in times.items():
        print(f"  {name:<40} median {statistics.median(values):7.3f} s   min {min(values):7.3f} s")
    print("\nratios (per round; median of per-round ratios)")
    for ours, theirs in pairs:
        ratios = [a / b for a, b in zip(times[ours], times[theirs])]
        print(f"  {ours + ' / ' + theirs:<78} median {statistics.median(ratios):6.3f}x   "
              f"rounds: {' '.join(f'{r:.2f}' for r in ratios)}")


def _start_worker(name, args):
    python = args.backends_python if name in ("keras3-jax", "torch") else sys.executable
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONWARNINGS": "ignore",
           "OMP_NUM_THREADS": str(args.threads), "OMP_WAIT_POLICY": "PASSIVE",
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                          os.environ.get("PYTHONPATH", "")])}
    if name == "keras3-tf":
        env["KERAS_BACKEND"] = "tensorflow"
    if name == "keras3-jax":
        env["KERAS_BACKEND"] = "jax"
        env["XLA_FLAGS"] = (f"--xla_cpu_multi_thread_eigen={'true' if args.threads > 1 else 'false'} "
                            f"intra_op_parallelism_threads={args.threads}")
    command = [python, __file__, "--worker", name, "--threads", str(args.threads)]
    return peer.start_worker(command, env)


def _serve(args):
    if args.worker == "tf_keras":
        args.tf_intra_op_threads, args.fused_adam, args.jit = args.threads, False, False
        args.steps_per_execution = 1
        framework = peer.TensorFlowCases(args)
    elif args.worker == "torch":
        args.fused_adam = False
        framework = peer.TorchCases(args)
    else:
        framework = Keras3Cases(args)
    peer.serve(framework)


class Keras3Cases:
    """The MLP of tfprobr's Keras 3 layers (and keras Dense), compiled as its backend does best."""

    def __init__(self, args):
        import keras

        if keras.backend.backend() == "tensorflow":
            import tensorflow as tf

            tf.config.threading.set_intra_op_parallelism_threads(args.threads)
            tf.config.threading.set_inter_op_parallelism_threads(args.threads)
        import tfprobr as tp

        keras.utils.set_random_seed(0)
        self.x, self.y = peer._data()
        functions = {"lrt": tp.layer_dense_local_reparameterization,
                     "flipout": tp.layer_dense_flipout,
                     "reparameterization": tp.layer_dense_reparameterization}
        jit = keras.backend.backend() == "jax"
        self.models = {}
        for case in ESTIMATORS:
            model = keras.Sequential([keras.Input((INPUTS,))])
            for index, units in enumerate((*HIDDEN, 1)):
                activation = "relu" if index < len(HIDDEN) else None
                if case == "dense":
                    model.add(keras.layers.Dense(units, activation=activation))
                else:
                    model = functions[case](model, units=units, activation=activation,
                                            kernel_divergence_fn=tp.kl_divergence_fn(1 / ROWS))
            model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse", jit_compile=jit)
            self.models[case] = model
            self.epoch(case)  # trace, compile and warm up
        self.versions = f"Keras {keras.__version__} ({keras.backend.backend()}, jit_compile={jit})"

    def epoch(self, case):
        self.models[case].fit(self.x, self.y, batch_size=BATCH, epochs=1, verbose=0)


if __name__ == "__main__":
    main()
