"""tfprobr's layer classes: TFP's layers, each fixed where TFP is unsafe.

This module imports TensorFlow; the public functions import it on first use.
Every class here subclasses the TFP class it stands for, so ``isinstance``
checks against ``tfp.layers`` keep working, and overrides one method where a fix
is needed. All are savable as whole models (``.keras``): the Bayesian
estimator layers through :class:`tfprobr.saving.SerializableLayerMixin`, the
others through :class:`tfprobr.saving.ConstructorConfigMixin`.
"""

from __future__ import annotations

import contextlib

import numpy as np
import tensorflow as tf
import tensorflow_probability as tfp

from tfprobr.quiet import upstream_build_warnings_ignored
from tfprobr.saving import ConstructorConfigMixin, SerializableLayerMixin

tfd = tfp.distributions

__all__ = [
    "LayerScopedVariables",
    "PerCallAttributes",
    "BayesianLayer",
    "DenseLocalReparameterization",
    "DenseReparameterization",
    "DenseFlipout",
    "Conv1DReparameterization",
    "Conv2DReparameterization",
    "Conv3DReparameterization",
    "Conv1DFlipout",
    "Conv2DFlipout",
    "Conv3DFlipout",
    "DenseVariational",
    "VariableLayer",
    "AutoregressiveNetwork",
]


class PerCallAttributes:
    """Mixin for ``tf_keras`` layers: attributes reassigned on every call stay out of Keras' tracking.

    ``tf_keras``' ``Layer.__setattr__`` tracks every ``tf.Module`` assigned to
    an attribute: it appends it to ``_self_tracked_trackables`` (what
    ``weights``, ``submodules`` and saving walk) and makes it a checkpoint
    dependency. ``Layer.__delattr__`` removes a replaced value from that list
    only when it is a layer or has weights, and a distribution is neither. A
    layer that assigns a new distribution on each call (TFP's flipout and local
    reparameterization layers do) therefore keeps every one it ever made, with
    its tensors, when called eagerly: memory grows by the size of the batch's
    outputs per call, and every later weight lookup walks the longer list.
    (Inside a traced function the assignment happens once per trace.)

    The attributes named in ``per_call_attributes`` are set as plain Python
    attributes instead: they always hold the latest value, and are never
    tracked or saved. They hold results of the last call, not state, so
    nothing else changes. List this mixin before the TFP class.
    """

    per_call_attributes: frozenset = frozenset()

    def __setattr__(self, name, value):
        if name in self.per_call_attributes:
            # What tf_keras itself does for attributes it does not track.
            object.__setattr__(self, name, value)
        else:
            super().__setattr__(name, value)


class LayerScopedVariables:
    """Mixin for ``tf_keras`` layers: every variable is named under the layer's name, wherever it is made.

    ``tf_keras`` names a variable after the name scope it is created in, and
    only a layer's ``__call__`` enters the layer's own scope
    (``dense_flipout/kernel_posterior_loc``). Variables made elsewhere get bare
    names, the same in every layer of a class: loading a ``.keras`` file builds
    each registered layer through ``build_from_config()``, outside that scope (a
    plain ``Dense`` escapes this only because Keras rebuilds its config without
    the build step and builds it by calling it), and TFP's ``VariableLayer``
    makes its variable in ``__init__``. Two variables of one name in a compiled
    model make ``model.save("m.h5")`` fail (``name already exists``, in the
    optimizer's weights). List this mixin before the TFP class.
    """

    def build_from_config(self, config):
        with self._own_name_scope():
            super().build_from_config(config)

    def add_weight(self, *args, **kwargs):
        with self._own_name_scope():
            return super().add_weight(*args, **kwargs)

    def _own_name_scope(self):
        # Inside __call__ (or an outer build_from_config) the scope already ends with the layer's name.
        if tf.get_current_name_scope().rpartition("/")[2] == self.name:
            return contextlib.nullcontext()
        return tf.name_scope(self._name_scope())


class BayesianLayer(LayerScopedVariables, PerCallAttributes, SerializableLayerMixin):
    """Shared machinery of tfprobr's Bayesian estimator layers (a mixin, listed first).

    The one home for fixes that concern all of TFP's estimator layers
    (``DenseReparameterization``, ``DenseFlipout``, the convolutions...), so
    that each subclass below only states the TFP class it stands for. The
    attributes TFP's ``_apply_variational_kernel`` and
    ``_apply_variational_bias`` assign on every call are per-call results (see
    :class:`PerCallAttributes`); ``kernel_posterior`` and the other
    distributions made in ``build`` stay tracked as before. Saving
    (``get_config``/``from_config``, registration with Keras) comes from
    :class:`tfprobr.saving.SerializableLayerMixin`.
    """

    per_call_attributes = frozenset({
        "kernel_posterior_affine",
        "kernel_posterior_affine_tensor",
        "kernel_posterior_tensor",
        "bias_posterior_tensor",
    })

    def build(self, input_shape):
        # TFP's build calls its own deprecated add_variable: a warning users cannot act on.
        with upstream_build_warnings_ignored():
            super().build(input_shape)


class DenseLocalReparameterization(BayesianLayer, tfp.layers.DenseLocalReparameterization):
    """TFP's ``DenseLocalReparameterization`` with a finite gradient for all-zero input rows.

    The local reparameterization draws the layer's pre-activations from
    ``Normal(x @ mu, sqrt(x^2 @ sigma^2))``. When a row of ``x`` is all zeros
    (common after a ReLU) the variance is exactly 0, and the gradient of
    ``sqrt`` at 0 is infinite, so TFP's layer turns the whole loss into NaN.
    Here the variance is floored at the smallest normal number of its dtype
    before the square root: the forward value changes by at most ~1e-19, and no
    gradient flows through the floor.
    """

    def _apply_variational_kernel(self, inputs):
        posterior = self.kernel_posterior
        if not (
            isinstance(posterior, tfd.Independent) and isinstance(posterior.distribution, tfd.Normal)
        ):
            raise TypeError(
                "layer_dense_local_reparameterization() needs a `kernel_posterior_fn` that "
                "makes an Independent Normal distribution (like the default "
                f"default_mean_field_normal_fn()), not {posterior.name!r}"
            )
        mean = tf.matmul(inputs, posterior.distribution.loc)
        variance = tf.matmul(tf.square(inputs), tf.square(posterior.distribution.scale))
        floor = np.finfo(variance.dtype.as_numpy_dtype).tiny
        self.kernel_posterior_affine = tfd.Normal(
            loc=mean, scale=tf.sqrt(tf.maximum(variance, floor))
        )
        self.kernel_posterior_affine_tensor = self.kernel_posterior_tensor_fn(
            self.kernel_posterior_affine
        )
        self.kernel_posterior_tensor = None
        return self.kernel_posterior_affine_tensor


class DenseReparameterization(BayesianLayer, tfp.layers.DenseReparameterization):
    """TFP's ``DenseReparameterization`` with tfprobr's shared fixes."""


class DenseFlipout(BayesianLayer, tfp.layers.DenseFlipout):
    """TFP's ``DenseFlipout`` with tfprobr's shared fixes."""


class Conv1DReparameterization(BayesianLayer, tfp.layers.Convolution1DReparameterization):
    """TFP's ``Convolution1DReparameterization`` with tfprobr's shared fixes."""


class Conv2DReparameterization(BayesianLayer, tfp.layers.Convolution2DReparameterization):
    """TFP's ``Convolution2DReparameterization`` with tfprobr's shared fixes."""


class Conv3DReparameterization(BayesianLayer, tfp.layers.Convolution3DReparameterization):
    """TFP's ``Convolution3DReparameterization`` with tfprobr's shared fixes."""


class Conv1DFlipout(BayesianLayer, tfp.layers.Convolution1DFlipout):
    """TFP's ``Convolution1DFlipout`` with tfprobr's shared fixes."""


class Conv2DFlipout(BayesianLayer, tfp.layers.Convolution2DFlipout):
    """TFP's ``Convolution2DFlipout`` with tfprobr's shared fixes."""


class Conv3DFlipout(BayesianLayer, tfp.layers.Convolution3DFlipout):
    """TFP's ``Convolution3DFlipout`` with tfprobr's shared fixes."""


class DenseVariational(LayerScopedVariables, ConstructorConfigMixin, tfp.layers.DenseVariational):
    """TFP's ``DenseVariational`` (``dense_variational_v2``), as tfprobr builds it."""


class VariableLayer(LayerScopedVariables, ConstructorConfigMixin, tfp.layers.VariableLayer):
    """TFP's ``VariableLayer``, as tfprobr builds it."""


class AutoregressiveNetwork(LayerScopedVariables, ConstructorConfigMixin, tfp.bijectors.AutoregressiveNetwork):
    """TFP's ``AutoregressiveNetwork`` (a MADE network, a Keras layer), as tfprobr builds it."""
