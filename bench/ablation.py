"""Where a Bayesian layer's train step spends its time: the pieces of the lean path, side by side.

Each case runs one piece 10 times inside a ``tf.function`` (so Python and
call overhead do not count), at the sizes of the peer benchmark's second
layer (512 -> 512, batch 256), and is timed in interleaved rounds, in CPU time
of the process (steadier than wall time on a shared machine). Pairs:

* normal noise for the activations (256 x 512): TensorFlow's
  ``stateless_normal`` vs tfprobr's ``standard_normal`` (the same Box-Muller
  transform in vectorized ops);
* random signs for flipout (256 x 512): one uniform integer per sign (what
  tfprobr did before) vs tfprobr's ``random_signs`` (32 signs per random word);
* the kernel's weight-side work (512 x 512), forward and backward: TFP's default
  scale ``eps + softplus(u)`` and the closed-form KL, by autodiff vs tfprobr's
  one custom gradient; the same with a hand-written softplus and with XLA;
* single ops for scale: ``softplus``, ``exp``, a 256x512 @ 512x512 matmul.

Run from the repository root: ``PYTHONPATH=. python bench/ablation.py [--rounds 9] [--threads 2]``.
"""

import argparse
import os
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402

from timing import interleave, report  # noqa: E402

REPEATS = 10


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    import tensorflow as tf

    tf.config.threading.set_intra_op_parallelism_threads(args.threads)
    tf.config.threading.set_inter_op_parallelism_threads(args.threads)
    from tfprobr._internal import sampling
    from tfprobr._internal.keras2 import kernels

    activations, weights = [256, 512], [512, 512]
    seed = tf.constant([1, 2])
    rng = np.random.default_rng(0)
    loc = tf.Variable(rng.normal(0, 0.1, weights), dtype=tf.float32)
    untransformed = tf.Variable(rng.normal(-3, 0.1, weights), dtype=tf.float32)
    upstream = tf.constant(rng.normal(size=weights), tf.float32)
    x = tf.constant(rng.normal(size=activations), tf.float32)
    eps = np.finfo(np.float32).eps

    def old_signs(shape, seed):
        bits = tf.random.stateless_uniform(shape, seed, minval=0, maxval=2, dtype=tf.int32)
        return tf.cast(2 * bits - 1, tf.float32)

    def autodiff(loc, untransformed):
        scale = eps + tf.nn.softplus(untransformed)
        return scale, kernels.standard_normal_kl(loc, scale)

    def hand_softplus(loc, untransformed):
        scale = eps + tf.nn.relu(untransformed) + tf.math.log1p(tf.exp(-tf.abs(untransformed)))
        return scale, kernels.standard_normal_kl(loc, scale)

    xla = tf.function(kernels.softplus_scale_and_kl, jit_compile=True)

    def weight_side(function):
        def piece(index):
            with tf.GradientTape() as tape:
                scale, kl = function(tf.convert_to_tensor(loc),
                                     tf.convert_to_tensor(untransformed) + 1e-3 * index)
                value = tf.reduce_sum(upstream * scale) + kl
            return tape.gradient(value, [loc, untransformed])[1]
        return piece

    cases = {
        "normal: tf stateless_normal": lambda i: tf.random.stateless_normal(activations, seed + i),
        "normal: tfprobr standard_normal": lambda i: sampling.standard_normal(activations, seed + i),
        "signs: a uniform int per sign": lambda i: old_signs(activations, seed + i),
        "signs: tfprobr random_signs": lambda i: sampling.random_signs(activations, seed + i),
        "scale+KL fwd/bwd: autodiff": weight_side(autodiff),
        "scale+KL fwd/bwd: custom grad": weight_side(kernels.softplus_scale_and_kl),
        "scale+KL fwd/bwd: hand softplus": weight_side(hand_softplus),
        "scale+KL fwd/bwd: custom, XLA": weight_side(xla),
        "softplus 512x512": lambda i: tf.nn.softplus(untransformed + 1e-3 * i),
        "exp 512x512": lambda i: tf.exp(untransformed + 1e-3 * i),
        "matmul 256x512 @ 512x512": lambda i: tf.matmul(x + 1e-3 * i, loc),
    }
    timed = {name: _repeated(piece) for name, piece in cases.items()}
    for case in timed.values():
        case()
        case()
    times = interleave(timed, rounds=args.rounds, calls=3, clock=time.process_time)
    times = {name: [t / REPEATS for t in values] for name, values in times.items()}
    print(f"TensorFlow {tf.__version__}, {args.threads} threads; CPU time per piece")
    report("pieces of a lean-path train step (ratio to TensorFlow's normal draw)", times,
           baseline="normal: tf stateless_normal")


def _repeated(piece):
    import tensorflow as tf

    @tf.function
    def run():
        total = tf.constant(0.0)
        for index in range(REPEATS):
            total += tf.reduce_sum(tf.cast(piece(index), tf.float32))
        return total

    return lambda: run().numpy()


if __name__ == "__main__":
    main()
