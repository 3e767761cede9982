"""Memory growth over N seeded eager calls of a distribution layer, per form of ``convert_to_tensor_fn``.

Once a global seed is set, every eager call of TensorFlow's unseeded stateful
random op gets a new op seed, and TensorFlow keeps a kernel per op seed for the
life of the process. tfprobr's distribution layers draw from its random stream
instead, whether ``convert_to_tensor_fn`` is given as a name (``"sample"``) or
as a function (``tfd_sample``, the default). Each case runs in a fresh process:
``set_random_seed(1)``, a 4 -> 2 Dense layer and ``layer_independent_normal``,
``--warmup`` calls, then the resident-memory growth over ``--calls`` calls.
``TFP's sample`` is TFP's own ``Distribution.sample`` passed as the function,
for comparison.

Usage (from the repository root)::

    PYTHONPATH=. python bench/convert_to_tensor_memory.py [--calls 600] [--warmup 50]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

CASES = {
    '"sample"': '"sample"',
    '"mean"': '"mean"',
    "tfd_sample": "tp.tfd_sample",
    "TFP's sample": "tfp.distributions.Distribution.sample",
}

# One case: prints the RSS growth in MB.
_CASE = """
import gc, os, numpy as np
import tf_keras
import tfprobr as tp
import tensorflow_probability as tfp
tp.set_random_seed(1)
model = tf_keras.Sequential([
    tf_keras.Input((4,)), tf_keras.layers.Dense(2),
    tp.layer_independent_normal(event_shape=1, convert_to_tensor_fn={form}),
])
x = np.ones((8, 4), "float32")

def rss():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

for _ in range({warmup}):
    model(x)
gc.collect()
before = rss()
for _ in range({calls}):
    model(x)
gc.collect()
print(rss() - before)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=600)
    parser.add_argument("--warmup", type=int, default=50)
    args = parser.parse_args()
    env = dict(os.environ, TF_USE_LEGACY_KERAS="1", TF_CPP_MIN_LOG_LEVEL="3")
    print(f"RSS growth over {args.calls} seeded eager calls (after {args.warmup}), one process each")
    print(f"{'convert_to_tensor_fn':24} {'RSS +MB':>8}")
    for label, form in CASES.items():
        code = _CASE.format(form=form, calls=args.calls, warmup=args.warmup)
        result = subprocess.run([sys.executable, "-W", "ignore", "-c", code], env=env,
                                capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(result.stderr[-2000:])
        print(f"{label:24} {float(result.stdout.split()[-1]):8.1f}", flush=True)


if __name__ == "__main__":
    main()
