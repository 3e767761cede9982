"""tfprobr's layer classes: TFP's layers, each fixed where TFP is unsafe.

This module imports TensorFlow; the public functions import it on first use.
Every class here subclasses the TFP class it stands for, so ``isinstance``
checks against ``tfp.layers`` keep working, and overrides one method where a fix
is needed. All are savable as whole models (``.keras``): the Bayesian
estimator layers through :class:`tfprobr._internal.keras2.saving.SerializableLayerMixin`, the
others through :class:`tfprobr._internal.keras2.saving.ConstructorConfigMixin`.
"""

from __future__ import annotations

import contextlib

import tensorflow as tf
import tensorflow_probability as tfp
import tf_keras

from tfprobr._internal import sampling
from tfprobr._internal.classes import CLASSES_BY_MODULE
from tfprobr._internal.defaults import KLDivergenceFn, MultivariateNormalFn, SampleFn
from tfprobr._internal.keras2 import kernels
from tfprobr._internal.keras2.saving import ConstructorConfigMixin, SerializableLayerMixin
from tfprobr._internal.quiet import upstream_build_warnings_ignored

tfd = tfp.distributions

__all__ = ["LayerScopedVariables", "PerCallAttributes", "BayesianLayer", *CLASSES_BY_MODULE[__name__]]


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

    The attributes named in ``per_call_attributes`` are plain Python
    attributes instead: they always hold the latest value, and are never
    tracked or saved. They hold results of the last call, not state, so
    nothing else changes. Each becomes a property of the class (kept in the
    instance's ``__dict__``), which ``tf_keras``' ``__setattr__`` leaves
    untracked by its own rule for properties; a ``__setattr__`` override would
    add a Python call to every attribute a layer sets, and made constructing a
    layer ~6% slower. List this mixin before the TFP class.
    """

    per_call_attributes: frozenset = frozenset()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name in cls.per_call_attributes:
            if not hasattr(cls, name):  # e.g. a property of its own
                setattr(cls, name, _per_call_attribute(name))


def _per_call_attribute(name):
    def get(self):
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(name) from None

    def set(self, value):
        self.__dict__[name] = value

    return property(get, set, doc=f"The last call's ``{name}`` (untracked).")


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
    :class:`tfprobr._internal.keras2.saving.SerializableLayerMixin`.

    Sampling. Every draw takes its seed from tfprobr's random stream
    (:mod:`tfprobr._internal.sampling`) and a stateless sampler, so repeated eager calls
    after ``set_random_seed()`` neither leak nor lose reproducibility.

    The lean path. When the kernel posterior is a mean-field normal
    (``Independent(Normal)``, as the default ``default_mean_field_normal_fn()``
    makes) drawn by the default ``tfd_sample``, the estimators compute their
    forward pass straight from its ``loc`` and ``scale`` tensors: the matmuls
    (or convolutions), one softplus (inside ``scale``) and one normal or sign
    draw, without building a distribution per call; with the default prior and
    ``kl_divergence_fn()`` the KL term is computed in closed form from the same
    ``loc`` and ``scale`` (with TFP's default scale, ``eps + softplus(v)``, the
    scale and the KL share one hand-written gradient). Normal draws and flipout's
    random signs come from :func:`tfprobr._internal.sampling.standard_normal` and
    :func:`~tfprobr._internal.sampling.random_signs`, which take about half and a
    third of the time of TensorFlow's own samplers here (bench/ablation.py). The
    variables, the KL terms and the distribution of the outputs are those of
    TFP's code, which every other posterior, prior, divergence or tensor
    function still takes. TFP's per-call attribute ``kernel_posterior_affine``
    is made only when read.
    """

    per_call_attributes = frozenset({
        "kernel_posterior_affine",
        "kernel_posterior_affine_tensor",
        "kernel_posterior_tensor",
        "bias_posterior_tensor",
        "_lean_kernel",
    })

    def build(self, input_shape):
        # TFP's build calls its own deprecated add_variable: a warning users cannot act on.
        with upstream_build_warnings_ignored():
            super().build(input_shape)

    @property
    def kernel_posterior_affine(self):
        """TFP's per-call attribute; on the lean path the distribution is made when first read."""
        value = self.__dict__.get("_kernel_posterior_affine")
        if isinstance(value, _Deferred):
            value = self.__dict__["_kernel_posterior_affine"] = value.make()
        return value

    @kernel_posterior_affine.setter
    def kernel_posterior_affine(self, value):
        self.__dict__["_kernel_posterior_affine"] = value

    def _mean_field_normal(self):
        """The kernel posterior's ``(loc, scale)`` tensors for the lean path, or ``None``.

        Also kept as ``_lean_kernel``, with this call's KL term when it is the
        default one (see :meth:`_default_divergence`) and TFP's default scale made
        it: then ``scale`` and the KL come from one function with one gradient
        (:func:`~tfprobr._internal.keras2.kernels.softplus_scale_and_kl`).
        """
        self._lean_kernel = None
        posterior = self.kernel_posterior
        if not (
            type(posterior) is tfd.Independent
            and type(posterior.distribution) is tfd.Normal
            and _is_one_draw(self.kernel_posterior_tensor_fn)
            and not sampling.stateful_fallback()
        ):
            return None
        loc = tf.convert_to_tensor(posterior.distribution.loc)
        untransformed = _softplus_argument(posterior.distribution.scale)
        divergence = None
        if untransformed is not None and self._default_divergence(self.kernel_divergence_fn):
            scale, divergence = kernels.softplus_scale_and_kl(loc, tf.convert_to_tensor(untransformed))
        else:
            scale = tf.convert_to_tensor(posterior.distribution.scale)
        if loc.shape != scale.shape or not loc.shape.is_fully_defined():
            return None
        self._lean_kernel = (loc, scale, divergence)
        return loc, scale

    def _default_divergence(self, divergence_fn) -> bool:
        """Whether the KL term is tfprobr's ``kl_divergence_fn()`` against the default N(0, 1) prior."""
        return (type(divergence_fn) is KLDivergenceFn
                and isinstance(self.kernel_prior_fn, MultivariateNormalFn))

    def _apply_divergence(self, divergence_fn, posterior, prior, posterior_tensor, name):
        # KL(N(loc, scale) || N(0, 1)) in closed form from this call's loc and
        # scale: TFP's value (its formula, fewer element-wise ops), for the
        # default prior and tfprobr's KL function.
        lean = self.__dict__.get("_lean_kernel") if name == "divergence_kernel" else None
        if lean is None or not self._default_divergence(divergence_fn):
            return super()._apply_divergence(divergence_fn, posterior, prior, posterior_tensor,
                                              name)
        loc, scale, divergence = lean
        if divergence is None:
            divergence = kernels.standard_normal_kl(loc, scale)
        if divergence_fn.weight != 1.0:
            divergence = divergence * divergence_fn.weight
        self.add_loss(tf.identity(divergence, name=name))

    def _uses_stream(self) -> bool:
        """Whether random signs come from tfprobr's stream (not TFP's stateful ops with ``seed``)."""
        return getattr(self, "seed", None) is None and not sampling.stateful_fallback()


class _Reparameterization:
    """The reparameterization estimator: one kernel draw per call, shared by the batch."""

    def _apply_variational_kernel(self, inputs):
        normal = self._mean_field_normal()
        if normal is None:
            return super()._apply_variational_kernel(inputs)  # draws through tfd_sample
        loc, scale = normal
        noise = sampling.standard_normal(loc.shape, sampling.next_seeds()[0], dtype=loc.dtype)
        self.kernel_posterior_tensor = loc + scale * noise
        self.kernel_posterior_affine = None
        self.kernel_posterior_affine_tensor = None
        return self._kernel_op(inputs, self.kernel_posterior_tensor)


class _Flipout:
    """The flipout estimator: ``x @ loc + ((x * s_in) @ (scale * eps)) * s_out`` with random signs.

    TFP draws the signs with stateful ops seeded from the layer's ``seed``;
    with ``seed = NULL`` (the default) they come from tfprobr's stream here.
    """

    def _apply_variational_kernel(self, inputs):
        if not self._uses_stream():
            return super()._apply_variational_kernel(inputs)
        normal = self._mean_field_normal()
        seeds = sampling.next_seeds(3 if normal is not None else 2)
        if normal is None:
            posterior = self.kernel_posterior
            if not (isinstance(posterior, tfd.Independent)
                    and isinstance(posterior.distribution, tfd.Normal)):
                return super()._apply_variational_kernel(inputs)  # TFP's own error
            loc = posterior.distribution.loc
            self.kernel_posterior_affine = tfd.Normal(
                loc=tf.zeros_like(loc), scale=posterior.distribution.scale
            )
            perturbation = self.kernel_posterior_tensor_fn(self.kernel_posterior_affine)
        else:
            loc, scale = normal
            self.kernel_posterior_affine = _Deferred(
                lambda: tfd.Normal(loc=tf.zeros_like(loc), scale=scale)
            )
            perturbation = scale * sampling.standard_normal(scale.shape, seeds[2],
                                                            dtype=scale.dtype)
        self.kernel_posterior_affine_tensor = perturbation
        self.kernel_posterior_tensor = None
        sign_input, sign_output = self._flipout_signs(inputs, seeds[0], seeds[1])
        outputs = self._kernel_op(inputs, loc)
        return outputs + self._kernel_op(inputs * sign_input, perturbation) * sign_output


def _is_one_draw(function) -> bool:
    """Whether a posterior tensor function is one plain draw: tfprobr's default or TFP's own.

    TFP's layers default to ``lambda d: d.sample()``, the only lambdas of
    their modules; a layer class built directly (not through a ``layer_*``
    function) has that one.
    """
    if isinstance(function, SampleFn):
        return True
    return (getattr(function, "__name__", "") == "<lambda>"
            and getattr(function, "__module__", "").startswith("tensorflow_probability.python.layers")
            and function.__code__.co_argcount == 1)


def _softplus_argument(scale):
    """The variable ``v`` when ``scale`` is TFP's default ``eps + softplus(v)``, else ``None``.

    TFP's ``default_loc_scale_fn`` (behind ``default_mean_field_normal_fn()``)
    makes the scale a ``DeferredTensor`` of the untransformed variable with that
    lambda, the only one of its kind.
    """
    transform = getattr(scale, "_transform_fn", None)
    if (type(scale) is tfp.util.DeferredTensor
            and getattr(transform, "__module__", "") == "tensorflow_probability.python.layers.util"
            and transform.__qualname__ == "default_loc_scale_fn.<locals>._fn.<locals>.<lambda>"):
        return scale.pretransformed_input
    return None


class _Deferred:
    """A per-call distribution made only if read (see ``BayesianLayer.kernel_posterior_affine``)."""

    def __init__(self, make):
        self.make = make


class _DenseEstimator:
    """What the dense estimators share: matmul as the kernel op, a point-mass bias read directly."""

    def _kernel_op(self, inputs, kernel):
        return tf.matmul(inputs, kernel)

    def _flipout_signs(self, inputs, seed_input, seed_output):
        input_shape = tf.shape(inputs)
        output_shape = tf.concat([input_shape[:-1], [self.units]], 0)
        return (sampling.random_signs(input_shape, seed_input, inputs.dtype),
                sampling.random_signs(output_shape, seed_output, inputs.dtype))

    def _apply_variational_bias(self, inputs):
        posterior = self.bias_posterior
        if not (
            type(posterior) is tfd.Independent
            and type(posterior.distribution) is tfd.Deterministic
            and _is_one_draw(self.bias_posterior_tensor_fn)
        ):
            return super()._apply_variational_bias(inputs)
        # The default bias posterior is a point mass: its one draw is its loc.
        self.bias_posterior_tensor = tf.convert_to_tensor(posterior.distribution.loc)
        return tf.nn.bias_add(inputs, self.bias_posterior_tensor)


class _ConvEstimator:
    """What the convolution estimators share: TFP's convolution op, one sign per example and channel."""

    def _kernel_op(self, inputs, kernel):
        if self.data_format != "channels_first":
            return self._convolution_op(inputs, kernel)
        # TensorFlow's CPU convolutions take channels last only (unless oneDNN, which depends on
        # the CPU, takes over): convolve with the channels moved last, then move them back.
        to_last = [0, *range(2, self.rank + 2), 1]
        to_first = [0, self.rank + 1, *range(1, self.rank + 1)]
        outputs = tf.nn.convolution(
            tf.transpose(inputs, to_last), kernel, strides=self.strides,
            padding=self.padding.upper(), dilations=self.dilation_rate)
        return tf.transpose(outputs, to_first)

    def _flipout_signs(self, inputs, seed_input, seed_output):
        input_shape = tf.shape(inputs)
        channels_first = self.data_format == "channels_first"
        channels = input_shape[1] if channels_first else input_shape[-1]
        signs = (
            sampling.random_signs(tf.stack([input_shape[0], channels]), seed_input, inputs.dtype),
            sampling.random_signs(tf.stack([input_shape[0], self.filters]), seed_output, inputs.dtype),
        )
        # Broadcast over the spatial axes: (B, C, 1, 1) or (B, 1, 1, C) in 2D.
        spatial = [1] * self.rank
        return tuple(
            tf.reshape(sign, tf.concat([tf.shape(sign)[:1], [-1], spatial], 0) if channels_first
                       else tf.concat([tf.shape(sign)[:1], spatial, [-1]], 0))
            for sign in signs
        )


class DenseLocalReparameterization(BayesianLayer, _DenseEstimator,
                                   tfp.layers.DenseLocalReparameterization):
    """TFP's ``DenseLocalReparameterization`` with a finite gradient for all-zero input rows.

    The local reparameterization draws the layer's pre-activations from
    ``Normal(x @ mu, sqrt(x^2 @ sigma^2))``. When a row of ``x`` is all zeros
    (common after a ReLU) the variance is exactly 0, and the gradient of
    ``sqrt`` at 0 is infinite, so TFP's layer turns the whole loss into NaN.
    Here the variance is floored at the smallest normal number of its dtype
    before the square root: the forward value changes by at most ~1e-19, and the
    gradient stays finite (on the lean path it is computed by
    :func:`~tfprobr._internal.keras2.kernels.local_reparameterization`, the matmuls, floor and noise in one op).
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
        normal = self._mean_field_normal()
        self.kernel_posterior_tensor = None
        if normal is None:
            mean, stddev = kernels.local_moments(inputs, posterior.distribution.loc,
                                          posterior.distribution.scale)
            self.kernel_posterior_affine = tfd.Normal(loc=mean, scale=stddev)
            self.kernel_posterior_affine_tensor = self.kernel_posterior_tensor_fn(
                self.kernel_posterior_affine
            )
            return self.kernel_posterior_affine_tensor
        loc, scale = normal
        rows = tf.reshape(inputs, [-1, loc.shape[0]])  # a batch of any rank, as rows
        noise = sampling.standard_normal(tf.stack([tf.shape(rows)[0], loc.shape[1]]),
                                         sampling.next_seeds()[0], dtype=loc.dtype)
        outputs = tf.reshape(kernels.local_reparameterization(rows, loc, scale, noise),
                             tf.concat([tf.shape(inputs)[:-1], [loc.shape[1]]], 0))
        self.kernel_posterior_affine = _Deferred(
            lambda: tfd.Normal(*kernels.local_moments(inputs, loc, scale)))
        self.kernel_posterior_affine_tensor = outputs
        return outputs


class DenseReparameterization(BayesianLayer, _Reparameterization, _DenseEstimator,
                              tfp.layers.DenseReparameterization):
    """TFP's ``DenseReparameterization`` with tfprobr's shared fixes."""


class DenseFlipout(BayesianLayer, _Flipout, _DenseEstimator, tfp.layers.DenseFlipout):
    """TFP's ``DenseFlipout`` with tfprobr's shared fixes."""


class Conv1DReparameterization(BayesianLayer, _Reparameterization, _ConvEstimator,
                               tfp.layers.Convolution1DReparameterization):
    """TFP's ``Convolution1DReparameterization`` with tfprobr's shared fixes."""


class Conv2DReparameterization(BayesianLayer, _Reparameterization, _ConvEstimator,
                               tfp.layers.Convolution2DReparameterization):
    """TFP's ``Convolution2DReparameterization`` with tfprobr's shared fixes."""


class Conv3DReparameterization(BayesianLayer, _Reparameterization, _ConvEstimator,
                               tfp.layers.Convolution3DReparameterization):
    """TFP's ``Convolution3DReparameterization`` with tfprobr's shared fixes."""


class Conv1DFlipout(BayesianLayer, _Flipout, _ConvEstimator,
                    tfp.layers.Convolution1DFlipout):
    """TFP's ``Convolution1DFlipout`` with tfprobr's shared fixes."""


class Conv2DFlipout(BayesianLayer, _Flipout, _ConvEstimator,
                    tfp.layers.Convolution2DFlipout):
    """TFP's ``Convolution2DFlipout`` with tfprobr's shared fixes."""


class Conv3DFlipout(BayesianLayer, _Flipout, _ConvEstimator,
                    tfp.layers.Convolution3DFlipout):
    """TFP's ``Convolution3DFlipout`` with tfprobr's shared fixes."""


class DenseVariational(LayerScopedVariables, ConstructorConfigMixin, tfp.layers.DenseVariational):
    """TFP's ``DenseVariational`` (``dense_variational_v2``), as tfprobr builds it."""


class VariableLayer(LayerScopedVariables, ConstructorConfigMixin, tfp.layers.VariableLayer):
    """TFP's ``VariableLayer``, as tfprobr builds it."""


class AutoregressiveNetwork(LayerScopedVariables, ConstructorConfigMixin, tfp.bijectors.AutoregressiveNetwork):
    """TFP's ``AutoregressiveNetwork`` (a MADE network, a Keras layer), its inner layers uniquely named.

    TFP's ``build`` makes the network's masked ``Dense`` layers by calling them
    on Keras inputs, inside whatever graph the network is first called in (a
    functional model's, a traced function's), where Keras numbers layer names
    afresh: every network's variables were ``dense/kernel``, ``dense_1/kernel``...
    A model with two networks then failed to save as ``.h5`` (``name already
    exists``, among the optimizer's weights). Here TFP builds in Keras' own graph
    of symbolic tensors, whose numbering all networks share (``dense_2/kernel``
    in the second).

    TFP gives those layers its masked initializer and constraint as plain
    functions, and Keras warned about each on every save (``The
    keras.initializers.serialize() API should only be used for objects of
    type ...``). They are wrapped as a Keras initializer and constraint of the
    same effect; their configs are never loaded (the network is rebuilt from
    its own arguments).
    """

    def build(self, input_shape):
        from tf_keras.src import backend

        with backend.get_graph().as_default():
            super().build(input_shape)
        for layer in self._network.layers:
            if _is_masked(getattr(layer, "kernel_initializer", None), "initializer"):
                layer.kernel_initializer = _MaskedInitializer(layer.kernel_initializer)
            if _is_masked(getattr(layer, "kernel_constraint", None), "constraint"):
                layer.kernel_constraint = _MaskedConstraint(layer.kernel_constraint)


def _is_masked(function, kind) -> bool:
    """Whether ``function`` is TFP's masked initializer or constraint (``kind``) of a MADE network."""
    return (getattr(function, "__module__", "").startswith("tensorflow_probability.")
            and getattr(function, "__qualname__", "") == f"_make_masked_{kind}.<locals>.masked_{kind}")


class _MaskedInitializer(tf_keras.initializers.Initializer):
    """TFP's masked initializer function, as a Keras initializer (see :class:`AutoregressiveNetwork`)."""

    def __init__(self, function):
        self.function = function

    def __call__(self, shape, dtype=None, **kwargs):
        return self.function(shape, dtype)


class _MaskedConstraint(tf_keras.constraints.Constraint):
    """TFP's masked constraint function, as a Keras constraint (see :class:`AutoregressiveNetwork`)."""

    def __init__(self, function):
        self.function = function

    def __call__(self, weight):
        return self.function(weight)
