"""tfprobr's random-number stream: seeds for stateless sampling (imports TensorFlow).

Why not TensorFlow's stateful random ops: once a global seed is set
(``set_random_seed()``), every unseeded random op run eagerly gets a fresh op
seed, and TensorFlow keeps one kernel per op seed for the life of the process;
an R loop of eager model calls then grows memory by megabytes per call.
tfprobr's layers and ``tfd_sample()`` instead draw a seed tensor from one
Philox state and pass it to stateless samplers (TFP's ``seed=`` takes such
a shape-[2] tensor). The state is one variable that advances on every draw,
eagerly and inside traced functions alike, so memory stays flat and draws
stay reproducible. (Not a ``tf.random.Generator``: one first made inside a
strategy's scope is tied to that strategy and fails outside its replicas.)

The state belongs to this module, not to any layer: no layer gains a
variable, so weights, checkpoints and saved configs are what they were.
``reset(seed)`` reseeds it in place (traced functions that captured it see
the new state); ``set_random_seed()`` calls it. A stream made after a global
seed was set, or used after ``tf.random.set_seed()`` was called again, is
seeded from that global seed, so ``tf_keras.utils.set_random_seed()`` alone
is reproducible too.
"""

from __future__ import annotations

import random
import threading

import numpy as np
import tensorflow as tf
from tensorflow.python.eager import context
from tensorflow.python.ops import resource_variable_ops
from tensorflow.python.saved_model import save_context

__all__ = ["sample", "next_seeds", "reset", "stateful_fallback", "standard_normal", "random_signs"]

_PHILOX = 1  # tf.random.Algorithm.PHILOX: the state is [counter (2 words), key]
_state = None  # the stream's state: an int64 variable of shape [3], made on first use
# What TensorFlow's context held when the stream was last seeded: each
# tf.random.set_seed() call (even with the same seed) makes a new op-seed
# generator ``_rng``, so that its following draws repeat; the stream does too.
_seeded_at = None
_creating = threading.Lock()  # a strategy's replica threads may make the first draw together


def sample(distribution, sample_shape=(), **kwargs):
    """One draw of ``sample_shape`` from the TFP ``distribution``, seeded from the stream.

    The one seeded draw behind ``tfd_sample()`` and the layers' default
    posterior tensor function. A ``seed`` in ``kwargs`` is used as given;
    without one the draw takes the stream's next seed (TensorFlow's stateful
    op where :func:`stateful_fallback` says so).
    """
    if kwargs.get("seed") is None and not stateful_fallback():
        # A seed from the stream: no new op seed (and kernel) per eager call.
        kwargs["seed"] = next_seeds()[0]
    return distribution.sample(sample_shape, **kwargs)


def next_seeds(count: int = 1):
    """``count`` fresh stateless seeds, an int32 tensor of shape ``[count, 2]``.

    Reading and advancing the state is one atomic op, so concurrent callers
    (a strategy's replicas) never read the same state. Under a
    ``tf.distribute`` strategy each replica's seeds also depend on its replica
    id, so replicas never share noise, even across worker processes seeded
    alike.
    """
    state = tf.raw_ops.RngReadAndSkip(resource=_stream().handle, alg=_PHILOX,
                                      delta=tf.constant(1, tf.uint64))
    seeds = tf.random.stateless_uniform([count, 2], tf.stack([state[0], state[2]]),
                                        minval=None, maxval=None, dtype=tf.int32)
    if tf.distribute.has_strategy() and not tf.distribute.in_cross_replica_context():
        replica = tf.distribute.get_replica_context().replica_id_in_sync_group
        seeds = tf.bitwise.bitwise_xor(seeds, tf.stack([tf.cast(replica, tf.int32), 0]))
    return seeds


def standard_normal(shape, seed, dtype=tf.float32):
    """Standard normal draws of ``shape`` from a stateless ``seed``: Box-Muller on one uniform draw.

    The same transform as TensorFlow's ``stateless_normal`` (each pair of
    uniforms ``u, v`` gives ``r cos(t)`` and ``r sin(t)`` with
    ``r = sqrt(-2 log(1 - u))``, ``t = 2 pi v``), so the same N(0, 1) with the same
    float resolution, but written with TensorFlow's element-wise ops, which are
    vectorized: TensorFlow's own kernel took about twice as long on this
    project's CPUs (bench/ablation.py). 16-bit dtypes are drawn in float32 and cast
    (their own resolution would cut the tails at 3.9 standard deviations).
    """
    work = tf.float64 if dtype == tf.float64 else tf.float32
    shape = tf.convert_to_tensor(shape, tf.int32)
    size = tf.reduce_prod(shape)
    uniform = tf.random.stateless_uniform(tf.stack([2, (size + 1) // 2]), seed, dtype=work)
    radius = tf.sqrt(-2.0 * tf.math.log1p(-uniform[0]))
    angle = (2.0 * np.pi) * uniform[1]
    normal = tf.concat([radius * tf.cos(angle), radius * tf.sin(angle)], 0)
    if _is_even(size):
        normal = tf.reshape(normal, shape)
    else:
        normal = tf.reshape(normal[:size], shape)
    return tf.cast(normal, dtype)


def random_signs(shape, seed, dtype=tf.float32):
    """-1 or +1 with equal probability, independently, of ``shape`` from a stateless ``seed``.

    Each random 32-bit word gives 32 signs (one bit each, moved into a float32's
    sign bit), so the generator runs for 1/32 of the elements.
    """
    shape = tf.convert_to_tensor(shape, tf.int32)
    size = tf.reduce_prod(shape)
    words = tf.random.stateless_uniform(tf.stack([(size + 31) // 32, 1]), seed, minval=None,
                                        maxval=None, dtype=tf.int32)
    bits = tf.bitwise.left_shift(words, tf.range(32, dtype=tf.int32))  # each bit to the top
    signs = tf.bitcast(
        tf.bitwise.bitwise_or(tf.bitwise.bitwise_and(bits, _SIGN_BIT), _ONE_FLOAT32), tf.float32
    )
    signs = tf.reshape(tf.reshape(signs, [-1])[:size], shape)
    return tf.cast(signs, dtype)


_SIGN_BIT = np.int32(-(2 ** 31))  # 0x80000000
_ONE_FLOAT32 = np.int32(0x3F800000)  # the bits of 1.0f


def _is_even(size) -> bool:
    """Whether a (possibly symbolic) element count is known to be even."""
    value = tf.get_static_value(size)
    return value is not None and value % 2 == 0


def reset(seed: int) -> None:
    """Restart the stream from ``seed`` (in place, also for functions already traced).

    In TF1 graph mode nothing is done: the stream is not used there (see
    :func:`stateful_fallback`), and the graph's own seed (which
    ``tf_keras.utils.set_random_seed()`` sets) makes the draws reproducible.
    """
    global _seeded_at
    if _in_tf1_graph():
        return
    state = _state if _state is not None else _stream()
    with tf.init_scope():
        state.assign(tf.random.create_rng_state(seed, "philox"))
    _seeded_at = _global_seed_call()


def stateful_fallback() -> bool:
    """Whether to sample with TensorFlow's stateful ops instead of the stream.

    While ``tf.saved_model.save`` traces a model for export, a function may not
    capture a variable the exported object does not track, and the stream's
    state belongs to no layer; the exported model samples as TFP's layers do.
    The same in TF1 graph mode (:func:`_in_tf1_graph`): the stream's state is
    an eager variable, which a TF1 graph cannot capture, and a TF1 graph's
    stateful ops are made once per graph, not once per call, so they neither
    leak nor lose the graph's seed.
    """
    return save_context.in_save_context() or _in_tf1_graph()


def _in_tf1_graph() -> bool:
    """Whether ops go into a TF1 graph: inside ``tf.Graph().as_default()``, or with eager execution disabled.

    A ``tf.function`` traced from eager code is not one: ``tf.init_scope()``
    lifts out of it to the eager context, where the stream lives.
    """
    if context.executing_eagerly():
        return False
    with tf.init_scope():
        return not context.executing_eagerly()


def _stream():
    global _state, _seeded_at
    global_seed = context.global_seed()
    if _state is None:
        with _creating:
            if _state is None:
                _state = _new_state(global_seed)
                _seeded_at = _global_seed_call()
    elif global_seed is not None and _global_seed_call() is not _seeded_at:
        reset(global_seed)  # e.g. tf.random.set_seed() or tf_keras.utils.set_random_seed()
    return _state


def _new_state(global_seed):
    start = random.SystemRandom().getrandbits(63) if global_seed is None else global_seed
    # Made eagerly, on the CPU, and as a plain variable even inside a strategy's
    # scope (a ResourceVariable bypasses the strategy's variable creator):
    # replicas all advance this one state.
    with tf.init_scope(), tf.device("/CPU:0"):
        return resource_variable_ops.ResourceVariable(
            tf.random.create_rng_state(start, "philox"), trainable=False,
            name="tfprobr_random_stream",
        )


def _global_seed_call():
    """An object that changes with every ``tf.random.set_seed()`` call (or the seed itself)."""
    eager = context.context()
    return getattr(eager, "_rng", None) or context.global_seed()
