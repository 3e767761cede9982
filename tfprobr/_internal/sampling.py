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

import tensorflow as tf
from tensorflow.python.eager import context
from tensorflow.python.ops import resource_variable_ops
from tensorflow.python.saved_model import save_context

__all__ = ["next_seeds", "reset", "stateful_fallback"]

_PHILOX = 1  # tf.random.Algorithm.PHILOX: the state is [counter (2 words), key]
_state = None  # the stream's state: an int64 variable of shape [3], made on first use
# What TensorFlow's context held when the stream was last seeded: each
# tf.random.set_seed() call (even with the same seed) makes a new op-seed
# generator ``_rng``, so that its following draws repeat; the stream does too.
_seeded_at = None
_creating = threading.Lock()  # a strategy's replica threads may make the first draw together


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


def reset(seed: int) -> None:
    """Restart the stream from ``seed`` (in place, also for functions already traced)."""
    global _seeded_at
    state = _state if _state is not None else _stream()
    with tf.init_scope():
        state.assign(tf.random.create_rng_state(seed, "philox"))
    _seeded_at = _global_seed_call()


def stateful_fallback() -> bool:
    """Whether to sample with TensorFlow's stateful ops instead of the stream.

    While ``tf.saved_model.save`` traces a model for export, a function may not
    capture a variable the exported object does not track, and the stream's
    state belongs to no layer; the exported model samples as TFP's layers do.
    """
    return save_context.in_save_context()


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
