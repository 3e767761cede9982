"""tfprobr's Bayesian estimator layers as native Keras 3 layers.

The nine classes of :data:`tfprobr._internal.classes.KERAS3_CLASSES_BY_MODULE`
take the arguments of their Keras 2 namesakes in
:mod:`tfprobr._internal.keras2.layers` (TFP's), with the same meaning, and hold
the same variables under the same names, in the same order
(``kernel_posterior_loc``, ``kernel_posterior_untransformed_scale``,
``bias_posterior_loc``), so ``get_weights()`` of one sets the other.

Native path. With tfprobr's defaults (a mean-field normal kernel posterior
``MeanFieldNormalFn``, initialised as TFP's; a point-mass bias; one draw per
call, ``tfd_sample``; the standard normal prior; ``kl_divergence_fn(weight)``)
everything is ``keras.ops`` and ``keras.random`` with one
``keras.random.SeedGenerator`` per layer, so the layers run and compile on
every Keras 3 backend: the scale is ``eps + softplus(v)``, the KL term is
computed in closed form, multiplied by the divergence function's weight and
added with ``add_loss``.

TFP path. Any other posterior, prior, divergence or posterior tensor function
is called as TFP's layers call it (``fn(dtype, shape, name, trainable,
add_variable_fn)`` making variables with this layer's ``add_weight``;
``divergence_fn(q, p, sample)``), which needs TensorFlow Probability and so
Keras 3's TensorFlow backend; on another backend it fails with an error
naming the argument.

This module imports ``keras``; TensorFlow Probability only on the TFP path.
"""

from __future__ import annotations

import math

import keras
from keras import ops

from tfprobr._internal.classes import KERAS3_CLASSES_BY_MODULE
from tfprobr._internal.defaults import (
    BIAS_POSTERIOR_FN,
    DIVERGENCE_FN,
    KERNEL_POSTERIOR_FN,
    LOC_INITIALIZER,
    POSTERIOR_TENSOR_FN,
    PRIOR_FN,
    UNTRANSFORMED_SCALE_INITIALIZER,
    KLDivergenceFn,
    MeanFieldNormalFn,
    MultivariateNormalFn,
    SampleFn,
    scale_floor,
    variance_floor,
)
from tfprobr._internal import registry
from tfprobr._internal.keras3 import saving
from tfprobr._internal.names import BAYESIAN_FUNCTION_ARGS

__all__ = ["BayesianLayer", *KERAS3_CLASSES_BY_MODULE[__name__]]

saving.register()  # tfprobr's function objects, before any layer's config is read or written


class BayesianLayer(keras.layers.Layer):
    """What the estimator layers share: the weights, the bias, the KL terms, the config.

    A subclass states its estimator (``_apply_kernel``) and its shape (dense or
    convolution: ``_kernel_shape``, ``_kernel_op``, ``_flipout_signs``...).
    """

    def __init__(
        self,
        activation=None,
        activity_regularizer=None,
        trainable=True,
        kernel_posterior_fn=KERNEL_POSTERIOR_FN,
        kernel_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
        kernel_prior_fn=PRIOR_FN,
        kernel_divergence_fn=DIVERGENCE_FN,
        bias_posterior_fn=BIAS_POSTERIOR_FN,
        bias_posterior_tensor_fn=POSTERIOR_TENSOR_FN,
        bias_prior_fn=None,
        bias_divergence_fn=DIVERGENCE_FN,
        seed=None,
        **kwargs,
    ):
        super().__init__(activity_regularizer=activity_regularizer, trainable=trainable, **kwargs)
        self.activation = keras.activations.get(activation)
        self.kernel_posterior_fn = kernel_posterior_fn
        self.kernel_posterior_tensor_fn = kernel_posterior_tensor_fn
        self.kernel_prior_fn = kernel_prior_fn
        self.kernel_divergence_fn = kernel_divergence_fn
        self.bias_posterior_fn = bias_posterior_fn
        self.bias_posterior_tensor_fn = bias_posterior_tensor_fn
        self.bias_prior_fn = bias_prior_fn
        self.bias_divergence_fn = bias_divergence_fn
        self.seed = seed
        self.seed_generator = keras.random.SeedGenerator(seed)

    def build(self, input_shape):
        kernel_shape = self._kernel_shape(input_shape)
        bias_shape = (self._output_channels(),)
        # Made in TFP's order: kernel posterior, kernel prior, bias posterior, bias prior.
        self.kernel_posterior = _weight(self, "kernel_posterior_fn", "kernel_posterior", kernel_shape)
        self.kernel_prior = _weight(self, "kernel_prior_fn", "kernel_prior", kernel_shape)
        self.bias_posterior = _weight(self, "bias_posterior_fn", "bias_posterior", bias_shape)
        self.bias_prior = _weight(self, "bias_prior_fn", "bias_prior", bias_shape)

    def call(self, inputs):
        inputs = ops.convert_to_tensor(inputs, dtype=self.compute_dtype)
        outputs, kernel_draw = self._apply_kernel(inputs)
        bias_draw = None
        if self.bias_posterior is not None:
            bias_draw = self._draw(self.bias_posterior, "bias_posterior_tensor_fn")
            outputs = self._bias_add(outputs, bias_draw)
        if self.activation is not None:
            outputs = self.activation(outputs)
        self._add_divergence("kernel_divergence_fn", self.kernel_posterior, self.kernel_prior,
                             kernel_draw)
        self._add_divergence("bias_divergence_fn", self.bias_posterior, self.bias_prior, bias_draw)
        return outputs

    def _draw(self, weight, tensor_fn_name):
        """One draw of ``weight``'s posterior through the ``tensor_fn_name`` argument."""
        tensor_fn = getattr(self, tensor_fn_name)
        if _is_one_draw(tensor_fn) and isinstance(weight, _NativeNormal):
            return weight.draw(self.seed_generator)
        _require_tensorflow(tensor_fn_name, tensor_fn)
        return tensor_fn(weight.distribution())

    def _draw_normal(self, loc, scale):
        """A draw of ``Normal(loc, scale)`` through ``kernel_posterior_tensor_fn``."""
        tensor_fn = self.kernel_posterior_tensor_fn
        if _is_one_draw(tensor_fn):
            noise = keras.random.normal(ops.shape(scale), dtype=scale.dtype, seed=self.seed_generator)
            return scale * noise if loc is None else loc + scale * noise
        _require_tensorflow("kernel_posterior_tensor_fn", tensor_fn)
        from tensorflow_probability import distributions as tfd

        return tensor_fn(tfd.Normal(ops.zeros_like(scale) if loc is None else loc, scale))

    def _kernel_moments(self, estimator):
        """The kernel posterior's ``(loc, scale)``; it must be a mean-field normal."""
        normal = self.kernel_posterior.normal()
        if normal is None:
            raise TypeError(
                f"{type(self).__name__} ({estimator}) needs a `kernel_posterior_fn` that makes an "
                "Independent Normal distribution (like the default "
                f"default_mean_field_normal_fn()), not {self.kernel_posterior.describe()}"
            )
        return normal

    def _add_divergence(self, argument, posterior, prior, draw):
        divergence_fn = getattr(self, argument)
        if divergence_fn is None or posterior is None or prior is None:
            return
        if (type(divergence_fn) is KLDivergenceFn and isinstance(posterior, _NativeNormal)
                and isinstance(prior, _StandardNormal)):
            divergence = posterior.kl_from_standard_normal()
            if divergence_fn.weight != 1.0:
                divergence = divergence * divergence_fn.weight
        else:
            _require_tensorflow(argument, divergence_fn)
            divergence = divergence_fn(posterior.distribution(), prior.distribution(), draw)
        self.add_loss(divergence)

    def get_config(self):
        config = super().get_config()
        config["activation"] = keras.activations.serialize(self.activation)
        for argument in BAYESIAN_FUNCTION_ARGS:
            config[argument] = saving.serialize_function(self, argument, getattr(self, argument))
        return config

    @classmethod
    def from_config(cls, config):
        return super().from_config(saving.deserialize_function_args(cls, config))


class _Reparameterization:
    """One kernel drawn per call, shared by the whole batch."""

    def _apply_kernel(self, inputs):
        kernel = self._draw(self.kernel_posterior, "kernel_posterior_tensor_fn")
        return self._kernel_op(inputs, kernel), kernel


class _Flipout:
    """``x @ loc + ((x * s_in) @ (scale * eps)) * s_out``: one perturbation, random signs per example."""

    def _apply_kernel(self, inputs):
        loc, scale = self._kernel_moments("flipout")
        perturbation = self._draw_normal(None, scale)
        sign_input, sign_output = self._flipout_signs(inputs)
        outputs = self._kernel_op(inputs, loc)
        return outputs + self._kernel_op(inputs * sign_input, perturbation) * sign_output, None

    def _random_signs(self, shape):
        bits = keras.random.randint(shape, 0, 2, dtype="int32", seed=self.seed_generator)
        return ops.cast(2 * bits - 1, self.compute_dtype)


class _Dense:
    """Dense shape: a ``(input_dim, units)`` kernel applied with matmul, on inputs of any rank >= 2."""

    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.input_spec = keras.layers.InputSpec(min_ndim=2)

    def _kernel_shape(self, input_shape):
        input_dim = input_shape[-1]
        if input_dim is None:
            raise ValueError(f"The last dimension of the inputs to {type(self).__name__} must be "
                             f"known, not None (input shape {tuple(input_shape)})")
        self.input_spec = keras.layers.InputSpec(min_ndim=2, axes={-1: input_dim})
        return (input_dim, self.units)

    def _output_channels(self):
        return self.units

    def _kernel_op(self, inputs, kernel):
        return ops.matmul(inputs, kernel)

    def _bias_add(self, outputs, bias):
        return outputs + bias

    def _flipout_signs(self, inputs):
        shape = ops.shape(inputs)
        return self._random_signs(shape), self._random_signs((*shape[:-1], self.units))

    def compute_output_shape(self, input_shape):
        return (*input_shape[:-1], self.units)

    def get_config(self):
        return {**super().get_config(), "units": self.units}


class _Convolution:
    """Convolution shape: a ``kernel_size + (channels, filters)`` kernel applied with ``ops.conv``."""

    rank = None  # set by each class

    def __init__(self, filters, kernel_size, strides=1, padding="valid",
                 data_format="channels_last", dilation_rate=1, **kwargs):
        super().__init__(**kwargs)
        self.filters = filters
        self.kernel_size = _tuple(kernel_size, self.rank, "kernel_size")
        self.strides = _tuple(strides, self.rank, "strides")
        self.padding = padding.lower()
        self.data_format = data_format
        self.dilation_rate = _tuple(dilation_rate, self.rank, "dilation_rate")
        self.input_spec = keras.layers.InputSpec(ndim=self.rank + 2)

    def _channel_axis(self):
        return 1 if self.data_format == "channels_first" else -1

    def _kernel_shape(self, input_shape):
        channels = input_shape[self._channel_axis()]
        if channels is None:
            raise ValueError(f"The channel dimension of the inputs to {type(self).__name__} must "
                             f"be known, not None (input shape {tuple(input_shape)})")
        self.input_spec = keras.layers.InputSpec(ndim=self.rank + 2,
                                                 axes={self._channel_axis(): channels})
        return (*self.kernel_size, channels, self.filters)

    def _output_channels(self):
        return self.filters

    def _kernel_op(self, inputs, kernel):
        return ops.conv(inputs, kernel, strides=self.strides, padding=self.padding,
                        data_format=self.data_format, dilation_rate=self.dilation_rate)

    def _bias_add(self, outputs, bias):
        if self.data_format == "channels_first":
            bias = ops.reshape(bias, (self.filters,) + (1,) * self.rank)
        return outputs + bias

    def _flipout_signs(self, inputs):
        # One sign per example and channel, the same at every position (TFP's).
        batch = ops.shape(inputs)[0]
        channels = inputs.shape[self._channel_axis()]
        spatial = (1,) * self.rank
        first = self.data_format == "channels_first"
        signs = []
        for size in (channels, self.filters):
            sign = self._random_signs((batch, size))
            signs.append(ops.reshape(sign, (-1, size, *spatial) if first else (-1, *spatial, size)))
        return tuple(signs)

    def compute_output_shape(self, input_shape):
        first = self.data_format == "channels_first"
        space = input_shape[2:] if first else input_shape[1:-1]
        new_space = tuple(
            _conv_length(size, self.kernel_size[i], self.strides[i], self.dilation_rate[i],
                         self.padding)
            for i, size in enumerate(space)
        )
        if first:
            return (input_shape[0], self.filters, *new_space)
        return (input_shape[0], *new_space, self.filters)

    def get_config(self):
        return {**super().get_config(), "filters": self.filters,
                "kernel_size": self.kernel_size, "strides": self.strides,
                "padding": self.padding, "data_format": self.data_format,
                "dilation_rate": self.dilation_rate}


class _FlipoutSeed:
    """Flipout's ``seed`` (TFP's): the start of the layer's random signs and draws, saved in its config."""

    def get_config(self):
        return {**super().get_config(), "seed": self.seed}


class _NoSeed:
    """Reparameterization layers take no ``seed``, as TFP's."""

    def __init__(self, *args, **kwargs):
        if "seed" in kwargs:
            raise TypeError(f"{type(self).__name__} takes no `seed` (only the flipout layers do)")
        super().__init__(*args, **kwargs)


@saving.registered
class DenseLocalReparameterization(_NoSeed, _Dense, BayesianLayer):
    """Dense layer with the local reparameterization estimator, the variance floored.

    The pre-activations are drawn from ``Normal(x @ loc, sqrt(x^2 @ scale^2))``,
    one independent draw per example and unit. The variance is floored at the
    smallest normal number of its dtype before the square root (as the Keras
    2 class does), so an all-zero input row (after a ReLU) keeps a finite
    gradient.
    """

    def _apply_kernel(self, inputs):
        loc, scale = self._kernel_moments("local reparameterization")
        mean = ops.matmul(inputs, loc)
        variance = ops.matmul(ops.square(inputs), ops.square(scale))
        stddev = ops.sqrt(ops.maximum(variance, variance_floor(self.compute_dtype)))
        return self._draw_normal(mean, stddev), None


@saving.registered
class DenseReparameterization(_NoSeed, _Reparameterization, _Dense, BayesianLayer):
    """Dense layer with the reparameterization estimator: one kernel draw per call."""


@saving.registered
class DenseFlipout(_FlipoutSeed, _Flipout, _Dense, BayesianLayer):
    """Dense layer with the flipout estimator."""


@saving.registered
class Conv1DReparameterization(_NoSeed, _Reparameterization, _Convolution, BayesianLayer):
    """1D convolution with the reparameterization estimator."""

    rank = 1


@saving.registered
class Conv2DReparameterization(_NoSeed, _Reparameterization, _Convolution, BayesianLayer):
    """2D convolution with the reparameterization estimator."""

    rank = 2


@saving.registered
class Conv3DReparameterization(_NoSeed, _Reparameterization, _Convolution, BayesianLayer):
    """3D convolution with the reparameterization estimator."""

    rank = 3


@saving.registered
class Conv1DFlipout(_FlipoutSeed, _Flipout, _Convolution, BayesianLayer):
    """1D convolution with the flipout estimator."""

    rank = 1


@saving.registered
class Conv2DFlipout(_FlipoutSeed, _Flipout, _Convolution, BayesianLayer):
    """2D convolution with the flipout estimator."""

    rank = 2


@saving.registered
class Conv3DFlipout(_FlipoutSeed, _Flipout, _Convolution, BayesianLayer):
    """3D convolution with the flipout estimator."""

    rank = 3


# The weights: what a posterior or prior function made, for the estimators to read.

class _NativeNormal:
    """tfprobr's default posterior as Keras 3 variables: mean-field normal, or a point mass.

    ``{name}_loc`` ~ N(0, 0.1) and, unless singular, ``{name}_untransformed_scale``
    ~ N(-3, 0.1) (TFP's initial values), the scale ``eps + softplus(v)``. Each
    variable gets its own initializer, seeded from Python's generator (which
    ``set_random_seed()`` seeds), so same-shaped layers start apart.
    """

    def __init__(self, layer, name, shape, singular):
        self.layer, self.name, self.shape = layer, name, shape
        self.loc = layer.add_weight(
            name=f"{name}_loc", shape=shape,
            initializer=keras.initializers.RandomNormal(**LOC_INITIALIZER))
        self.untransformed_scale = None if singular else layer.add_weight(
            name=f"{name}_untransformed_scale", shape=shape,
            initializer=keras.initializers.RandomNormal(**UNTRANSFORMED_SCALE_INITIALIZER))

    def scale(self):
        untransformed = ops.convert_to_tensor(self.untransformed_scale)
        return scale_floor(self.layer.variable_dtype) + ops.softplus(untransformed)

    def normal(self):
        if self.untransformed_scale is None:
            return None
        return ops.convert_to_tensor(self.loc), self.scale()

    def draw(self, seed_generator):
        loc = ops.convert_to_tensor(self.loc)
        if self.untransformed_scale is None:
            return loc  # a point mass: its one draw is its loc
        scale = self.scale()
        return loc + scale * keras.random.normal(self.shape, dtype=scale.dtype, seed=seed_generator)

    def kl_from_standard_normal(self):
        """KL(this || N(0, 1)) in closed form, summed over the weights (TFP's value)."""
        loc = ops.convert_to_tensor(self.loc)
        if self.untransformed_scale is None:
            # A point mass: -log N(loc; 0, 1), as TFP's KL(Deterministic || Normal).
            return ops.sum(0.5 * ops.square(loc)) + 0.5 * math.log(2 * math.pi) * math.prod(self.shape)
        scale = self.scale()
        return (0.5 * ops.sum(ops.square(loc)) + 0.5 * ops.sum(ops.square(scale))
                - ops.sum(ops.log(scale)) - 0.5 * math.prod(self.shape))

    def distribution(self):
        """TFP's distribution of the same parameters (the TFP path only)."""
        from tensorflow_probability import distributions as tfd

        loc = ops.convert_to_tensor(self.loc)
        base = (tfd.Deterministic(loc) if self.untransformed_scale is None
                else tfd.Normal(loc, self.scale()))
        return tfd.Independent(base, reinterpreted_batch_ndims=len(self.shape))

    def describe(self):
        return "a point mass (default_mean_field_normal_fn(is_singular = TRUE))"


class _StandardNormal:
    """The default prior, N(0, 1) for every weight: no variables."""

    def __init__(self, layer, name, shape):
        self.layer, self.name, self.shape = layer, name, shape

    def distribution(self):
        import tensorflow as tf

        return PRIOR_FN(tf.as_dtype(self.layer.variable_dtype), list(self.shape), self.name,
                        self.layer.trainable, None)


class _TFPWeight:
    """A distribution a posterior or prior function of TFP's kind made, with this layer's variables."""

    def __init__(self, layer, argument, function, name, shape):
        _require_tensorflow(argument, function)
        import tensorflow as tf

        def add_variable(name, shape, initializer=None, regularizer=None, constraint=None,
                         dtype=None, trainable=True, **ignored):
            return layer.add_weight(name=name, shape=tuple(shape), initializer=initializer,
                                    regularizer=regularizer, constraint=constraint,
                                    dtype=dtype, trainable=trainable)

        try:
            self.value = function(tf.as_dtype(layer.variable_dtype), list(shape), name,
                                  layer.trainable, add_variable)
        except Exception as error:
            raise TypeError(
                f"`{argument}` ({function!r}) failed to build its distribution on Keras 3 "
                f"variables: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
            ) from error

    def normal(self):
        from tensorflow_probability import distributions as tfd

        value = self.value
        if isinstance(value, tfd.Independent) and isinstance(value.distribution, tfd.Normal):
            return (ops.convert_to_tensor(value.distribution.loc),
                    ops.convert_to_tensor(value.distribution.scale))
        return None

    def distribution(self):
        return self.value

    def describe(self):
        return repr(getattr(self.value, "name", self.value))


def _weight(layer, argument, name, shape):
    """What ``layer``'s function ``argument`` makes for the weight ``name``: native if it can be."""
    function = getattr(layer, argument)
    if function is None:
        return None
    if type(function) is MeanFieldNormalFn:
        return _NativeNormal(layer, name, shape, function.is_singular)
    if type(function) is MultivariateNormalFn:
        return _StandardNormal(layer, name, shape)
    return _TFPWeight(layer, argument, function, name, shape)


def _is_one_draw(function) -> bool:
    """Whether a posterior tensor function is one plain draw (tfprobr's default, ``tfd_sample``)."""
    return isinstance(function, SampleFn) or function is registry.function("tfd_sample")


def _require_tensorflow(argument, function) -> None:
    backend = keras.backend.backend()
    if backend != "tensorflow":
        raise ValueError(
            f"`{argument}` is {function!r}, which needs TensorFlow Probability: on Keras 3 it "
            f"works on the TensorFlow backend only, and this session's backend is {backend!r}. "
            "On other backends the layers take tfprobr's defaults (a mean-field normal "
            "posterior, tfd_sample, the standard normal prior) and kl_divergence_fn(weight)."
        )


def _tuple(value, rank, name):
    values = (value,) * rank if isinstance(value, int) else tuple(value)
    if len(values) != rank:
        raise ValueError(f"`{name}` must be a number or {rank} numbers, not {value!r}")
    return values


def _conv_length(size, kernel, stride, dilation, padding):
    if size is None:
        return None
    if padding == "same":
        return -(-size // stride)
    return (size - dilation * (kernel - 1) - 1) // stride + 1
