"""The lean mean-field path's kernels: TensorFlow ops with a gradient of their own.

:class:`tfprobr._internal.keras2.layers.BayesianLayer` takes this path when a
layer has TFP's default mean-field normal posterior and standard normal prior
(see there); each function here computes what TFP's general path does, with a
``tf.custom_gradient`` that reuses the forward pass, checked against autodiff
in ``tests/python_api/test_lean_path.py`` and timed in ``bench/ablation.py``.
This module imports TensorFlow.
"""

from __future__ import annotations

import tensorflow as tf

from tfprobr._internal.defaults import scale_floor, variance_floor

__all__ = ["standard_normal_kl", "softplus_scale_and_kl", "softplus", "local_moments",
           "local_reparameterization"]


def standard_normal_kl(loc, scale):
    """KL(N(loc, scale) || N(0, 1)), summed over all elements."""
    size = tf.cast(tf.size(loc), loc.dtype)
    return (tf.nn.l2_loss(loc) + tf.nn.l2_loss(scale) - tf.reduce_sum(tf.math.log(scale))
            - 0.5 * size)


@tf.custom_gradient
def softplus_scale_and_kl(loc, untransformed):
    """TFP's default scale ``eps + softplus(untransformed)`` and ``standard_normal_kl(loc, scale)``.

    Their gradient in one function: the backward pass reuses the forward's
    ``scale`` and takes 6 element-wise ops over the kernel's shape (softplus'
    own gradient op included). With :func:`softplus` it took 0.78x the time of
    TensorFlow's autodiff through the same formulas with TensorFlow's softplus
    (bench/ablation.py).
    """
    eps = scale_floor(untransformed.dtype)
    scale = eps + softplus(untransformed)
    divergence = standard_normal_kl(loc, scale)

    def gradient(d_scale, d_divergence):
        d_scale = d_scale + d_divergence * (scale - 1.0 / scale)
        return (d_divergence * loc,
                tf.raw_ops.SoftplusGrad(gradients=d_scale, features=untransformed))

    return (scale, divergence), gradient


def softplus(x):
    """``softplus(x)`` as ``relu(x) + log1p(exp(-|x|))``, for forward passes with their own gradient.

    TensorFlow's ``softplus`` kernel took ~1.25x as long on a 512 x 512 kernel
    here (it evaluates ``exp`` twice); this form is as accurate (float32 relative
    error 3.2e-7 against float64 over [-87, 87]; the kernel's: 4.6e-7).
    """
    return tf.nn.relu(x) + tf.math.log1p(tf.exp(-tf.abs(x)))


def local_moments(inputs, loc, scale):
    """The pre-activations' ``Normal(x @ loc, sqrt(x^2 @ scale^2))`` parameters, the variance floored."""
    variance = tf.matmul(tf.square(inputs), tf.square(scale))
    return tf.matmul(inputs, loc), _floored_sqrt(variance)


def _floored_sqrt(variance):
    # A finite gradient where an input row is all zeros (see variance_floor).
    return tf.sqrt(tf.maximum(variance, variance_floor(variance.dtype)))


@tf.custom_gradient
def local_reparameterization(inputs, loc, scale, noise):
    """``x @ loc + sqrt(x^2 @ scale^2) * noise`` for 2-D ``x``, the variance floored, with one gradient.

    The backward pass takes the four matmuls autodiff would and 5 element-wise
    ops (autodiff: 10, the floor's compare and select among them). Where the
    floor holds, the row's squared inputs are all zero (or underflow), so the
    gradient terms through the floor are multiplied by those inputs: zero for a
    zero row, as autodiff through the floor gives, and finite otherwise.
    """
    squared_inputs, variance_kernel = tf.square(inputs), tf.square(scale)
    stddev = _floored_sqrt(tf.matmul(squared_inputs, variance_kernel))

    def gradient(upstream):
        # d stddev / d variance = 1 / (2 stddev); its 1/2 cancels the 2 of d(x^2) and of d(scale^2).
        weighted = upstream * noise / stddev
        d_inputs = (tf.matmul(upstream, loc, transpose_b=True)
                    + inputs * tf.matmul(weighted, variance_kernel, transpose_b=True))
        d_loc = tf.matmul(inputs, upstream, transpose_a=True)
        d_scale = scale * tf.matmul(squared_inputs, weighted, transpose_a=True)
        return d_inputs, d_loc, d_scale, None

    return tf.matmul(inputs, loc) + stddev * noise, gradient
