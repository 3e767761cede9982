"""tfprobr against its peer, bayesian-torch: seconds per training epoch of the same Bayesian MLP.

The same model (256 -> 512 -> 512 -> 1, ReLU, 20,000 rows, batch 256, Adam 1e-3,
mean squared error plus KL / n) is trained with

* tfprobr: local reparameterization, flipout, reparameterization, and plain
  ``tf_keras`` ``Dense`` as the reference (``model.fit``, one epoch per call);
* bayesian-torch: ``LinearReparameterization``, ``LinearFlipout``, and plain
  ``torch.nn.Linear`` (the usual loop over shuffled minibatches).

Each framework runs in its own worker process with the same thread settings
(``--threads``, default: all CPUs, for intra- and inter-op pools alike;
``OMP_WAIT_POLICY=PASSIVE``, see ``--help``). The
parent asks the workers for one epoch of each case in turn, round by round
in alternating order, so both frameworks see the same machine load; it prints
the median seconds per epoch and, per round, the ratios of matching cases
(local reparameterization is compared with bayesian-torch's reparameterization
layer, its counterpart in cost and use) and their medians. The same follows
for the CPU time of each epoch (the worker process's, summed over its
threads): on a machine shared with other jobs it swings less than wall time,
since waiting for a core does not count.

Needs the optional extra: ``pip install -e .[bench]`` (torch and bayesian-torch).
Run from the repository root::

    PYTHONPATH=. python bench/peer.py [--rounds 9] [--threads 2] [--jit]
        [--tf-intra-op-threads 1] [--steps-per-execution 32] [--fused-adam]

The last three are the fast options the README discusses: TensorFlow's
intra-op pool at one thread (torch keeps ``--threads``), several train steps
per call into TensorFlow, and each framework's one-kernel Adam.

To measure a change of tfprobr itself, ``--against-source DIR`` adds a third
worker that runs the tfprobr cases with the source in ``DIR`` (for example
``git worktree add /tmp/before HEAD~3``), and prints this source's times
relative to it, round by round like the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROWS, INPUTS, HIDDEN, BATCH = 20_000, 256, (512, 512), 256

# (name, worker, case inside the worker)
CASES = [
    ("tfprobr local reparameterization", "tf", "lrt"),
    ("tfprobr flipout", "tf", "flipout"),
    ("tfprobr reparameterization", "tf", "reparameterization"),
    ("tf_keras Dense", "tf", "dense"),
    ("bayesian-torch reparameterization", "torch", "reparameterization"),
    ("bayesian-torch flipout", "torch", "flipout"),
    ("torch.nn.Linear", "torch", "dense"),
]
# The ratios reported: (tfprobr case, bayesian-torch case); goal <= 0.8 for the first two.
PAIRS = [
    ("tfprobr local reparameterization", "bayesian-torch reparameterization"),
    ("tfprobr flipout", "bayesian-torch flipout"),
    ("tfprobr reparameterization", "bayesian-torch reparameterization"),
    ("tf_keras Dense", "torch.nn.Linear"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--jit", action="store_true",
                        help="compile the tfprobr models with jit_compile=True (XLA)")
    parser.add_argument("--tf-intra-op-threads", type=int, metavar="N",
                        help="TensorFlow's intra-op pool only (default: --threads); 1 runs each op "
                             "on one core and the independent ops side by side (the README's fast "
                             "path on few cores)")
    parser.add_argument("--steps-per-execution", type=int, default=1)
    parser.add_argument("--fused-adam", action="store_true",
                        help="both frameworks' one-kernel Adam: tf_keras.optimizers.legacy.Adam "
                             "and torch.optim.Adam(fused=True)")
    parser.add_argument("--omp-wait-policy", default="PASSIVE",
                        help="OMP_WAIT_POLICY of the workers (torch's OpenMP threads spin-wait "
                             "by default, which on a loaded machine made its steps ~17x slower)")
    parser.add_argument("--against-source", metavar="DIR",
                        help="also time the tfprobr cases with the tfprobr source in DIR (e.g. a "
                             "`git worktree` of an earlier commit) in a third worker, and print "
                             "this source's times relative to it")
    parser.add_argument("--worker", choices=["tf", "torch"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.tf_intra_op_threads = args.tf_intra_op_threads or args.threads
    if args.worker:
        return _serve(args)

    cases, pairs = list(CASES), list(PAIRS)
    workers = {name: _start_worker(name, args) for name in ("tf", "torch")}
    if args.against_source:
        workers["tf-other"] = _start_worker("tf", args, source=args.against_source)
        for name, worker, case in CASES:
            if worker == "tf":
                cases.append((name + " [other source]", "tf-other", case))
                pairs.append((name, name + " [other source]"))
    try:
        versions = {name: ask(worker, "versions") for name, worker in workers.items()}
        print(f"{ROWS} rows, MLP {INPUTS}-{'-'.join(map(str, HIDDEN))}-1, batch {BATCH}, "
              f"{args.threads} threads per worker (OMP_WAIT_POLICY={args.omp_wait_policy}; "
              f"TensorFlow's intra-op pool: {args.tf_intra_op_threads}); "
              f"{versions['tf']}; {versions['torch']}; "
              f"tfprobr compile: jit_compile={args.jit}, "
              f"steps_per_execution={args.steps_per_execution}; "
              f"Adam: {'one kernel (fused)' if args.fused_adam else 'the defaults'}")
        times = {name: [] for name, _, _ in cases}
        cpu_times = {name: [] for name, _, _ in cases}
        for index in range(args.rounds):
            order = cases if index % 2 == 0 else cases[::-1]
            for name, worker, case in order:
                wall, cpu = ask(workers[worker], case)
                times[name].append(wall)
                cpu_times[name].append(cpu)
    finally:
        for worker in workers.values():
            worker.stdin.close()
            worker.wait()
    _report(times, args.rounds, "seconds per epoch", cases, pairs)
    _report(cpu_times, args.rounds, "CPU seconds per epoch (the worker's threads, all cores)",
            cases, pairs)


def _report(times, rounds, what, cases, pairs):
    print(f"\n{what} ({rounds} alternating rounds)")
    for name, values in times.items():
        print(f"  {name:<36} median {statistics.median(values):7.3f} s   "
              f"min {min(values):7.3f} s")
    print("\nratios of matching cases (per round; median of per-round ratios)")
    for ours, theirs in pairs:
        ratios = [a / b for a, b in zip(times[ours], times[theirs])]
        print(f"  {ours + ' / ' + theirs:<72} median {statistics.median(ratios):6.3f}x   "
              f"rounds: {' '.join(f'{r:.2f}' for r in ratios)}")
    print("\nratios to the plain layer of the same framework (median of per-round ratios)")
    for name, worker, case in cases:
        base = {"tf": "tf_keras Dense", "torch": "torch.nn.Linear",
                "tf-other": "tf_keras Dense [other source]"}[worker]
        ratios = [a / b for a, b in zip(times[name], times[base])]
        print(f"  {name:<36} {statistics.median(ratios):6.3f}x")


def _start_worker(name, args, source=None):
    command = [sys.executable, __file__, "--worker", name, "--threads", str(args.threads),
               "--tf-intra-op-threads", str(args.tf_intra_op_threads),
               "--steps-per-execution", str(args.steps_per_execution),
               "--omp-wait-policy", args.omp_wait_policy]
    if args.jit:
        command.append("--jit")
    if args.fused_adam:
        command.append("--fused-adam")
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONWARNINGS": "ignore",
           "OMP_NUM_THREADS": str(args.threads), "OMP_WAIT_POLICY": args.omp_wait_policy}
    if source:
        env["PYTHONPATH"] = os.pathsep.join([source, env.get("PYTHONPATH", "")])
    return start_worker(command, env)


# The protocol between a bench and its workers (bench/keras3.py uses it too): one JSON
# request a line on stdin, one JSON answer a line on stdout.

def start_worker(command, env):
    """Start a worker process and wait until it has built and warmed up its cases."""
    worker = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env=env)
    assert json.loads(worker.stdout.readline()) == "ready"
    return worker


def ask(worker, request):
    worker.stdin.write(json.dumps(request) + "\n")
    worker.stdin.flush()
    return json.loads(worker.stdout.readline())


def serve(framework):
    """Answer "versions" with the framework's versions, a case with [wall, cpu] seconds of one epoch."""
    print(json.dumps("ready"), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if request == "versions":
            answer = framework.versions
        else:
            start, start_cpu = time.perf_counter(), time.process_time()
            framework.epoch(request)
            answer = [time.perf_counter() - start, time.process_time() - start_cpu]
        print(json.dumps(answer), flush=True)


def _serve(args):
    """Worker: build and warm up every case, then answer one request per line."""
    serve(TensorFlowCases(args) if args.worker == "tf" else TorchCases(args))


def _data():
    import numpy as np

    rng = np.random.default_rng(0)
    x = rng.normal(size=(ROWS, INPUTS)).astype("float32")
    y = (x[:, :8].sum(axis=1, keepdims=True) + rng.normal(size=(ROWS, 1))).astype("float32")
    return x, y


class TensorFlowCases:
    def __init__(self, args):
        import tensorflow as tf

        tf.config.threading.set_intra_op_parallelism_threads(args.tf_intra_op_threads)
        tf.config.threading.set_inter_op_parallelism_threads(args.threads)
        import tf_keras

        import tfprobr as tp

        tp.set_random_seed(0)
        self.x, self.y = _data()
        layers = {
            "lrt": tp.layer_dense_local_reparameterization,
            "flipout": tp.layer_dense_flipout,
            "reparameterization": tp.layer_dense_reparameterization,
        }
        self.models = {}
        for case in ("lrt", "flipout", "reparameterization", "dense"):
            model = tf_keras.Sequential([tf_keras.Input(shape=(INPUTS,))])
            for index, units in enumerate((*HIDDEN, 1)):
                activation = "relu" if index < len(HIDDEN) else None
                if case == "dense":
                    model.add(tf_keras.layers.Dense(units, activation=activation))
                else:
                    model.add(layers[case](units=units, activation=activation,
                                           kernel_divergence_fn=tp.kl_divergence_fn(1 / ROWS)))
            adam = tf_keras.optimizers.legacy.Adam if args.fused_adam else tf_keras.optimizers.Adam
            model.compile(optimizer=adam(1e-3), loss="mse",
                          jit_compile=args.jit, steps_per_execution=args.steps_per_execution)
            self.models[case] = model
            self.epoch(case)  # trace and warm up
        import tensorflow_probability as tfp

        self.versions = f"TensorFlow {tf.__version__}, TFP {tfp.__version__}"

    def epoch(self, case):
        self.models[case].fit(self.x, self.y, batch_size=BATCH, epochs=1, verbose=0)


class TorchCases:
    def __init__(self, args):
        import torch
        from bayesian_torch.layers import LinearFlipout, LinearReparameterization

        torch.set_num_threads(args.threads)
        torch.set_num_interop_threads(args.threads)
        torch.manual_seed(0)
        self.torch = torch
        x, y = _data()
        self.x, self.y = torch.from_numpy(x), torch.from_numpy(y)
        layers = {"reparameterization": LinearReparameterization, "flipout": LinearFlipout,
                  "dense": torch.nn.Linear}
        self.models, self.optimizers = {}, {}
        for case, layer in layers.items():
            sizes = (INPUTS, *HIDDEN, 1)
            model = _TorchMLP([layer(a, b) for a, b in zip(sizes[:-1], sizes[1:])],
                              bayesian=case != "dense")
            self.models[case] = model
            self.optimizers[case] = torch.optim.Adam(model.parameters(), lr=1e-3,
                                                     fused=args.fused_adam or None)
            self.epoch(case)
        import bayesian_torch

        self.versions = (f"torch {torch.__version__}, bayesian-torch "
                         f"{getattr(bayesian_torch, '__version__', _dist_version('bayesian-torch'))}")

    def epoch(self, case):
        torch = self.torch
        model, optimizer = self.models[case], self.optimizers[case]
        order = torch.randperm(ROWS)
        for start in range(0, ROWS, BATCH):
            rows = order[start:start + BATCH]
            output, kl = model(self.x[rows])
            loss = torch.nn.functional.mse_loss(output, self.y[rows]) + kl / ROWS
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


def _TorchMLP(layers, bayesian):
    import torch

    class MLP(torch.nn.Module):
        """ReLU between layers; bayesian-torch layers return (output, KL) and the KLs add up."""

        def __init__(self):
            super().__init__()
            self.layers = torch.nn.ModuleList(layers)

        def forward(self, x):
            kl = torch.zeros(())
            for index, layer in enumerate(self.layers):
                if bayesian:
                    x, layer_kl = layer(x)
                    kl = kl + layer_kl
                else:
                    x = layer(x)
                if index < len(self.layers) - 1:
                    x = torch.relu(x)
            return x, kl

    return MLP()


def _dist_version(name):
    from importlib.metadata import version

    return version(name)


if __name__ == "__main__":
    main()
