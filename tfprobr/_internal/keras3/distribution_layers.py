"""tfprobr's distribution layers as native Keras 3 layers (any backend).

A Keras 3 layer cannot output a distribution, so each of these layers outputs
its input, the distribution's parameters, unchanged, and tags it with itself
(:mod:`tfprobr._internal.keras3.distributions` says how). The layer's class and
config say which distribution the parameters make, with the same parameter
layout as the Keras 2 class of the same name; ``layer.distribution(params)``
builds it, and so do ``negloglik``, the ``tfd_*`` methods and
``predict_mc()`` when given the output. This module imports Keras 3 only (not
TensorFlow or TFP).

Saving: each class is registered with Keras 3 as ``tfprobr>Name`` (the table
:data:`tfprobr._internal.classes.KERAS3_CLASSES_BY_MODULE` names them), and its
config is plain data: shapes, counts, flags, ``convert_to_tensor_fn`` as one of
:data:`~tfprobr._internal.names.DISTRIBUTION_METHOD_NAMES`, a mixture's
component as one of these classes' configs. ``from_config`` accepts nothing
else (:class:`~tfprobr.errors.UnsafeLoadError`), so a crafted file can make
these layers and no other object.
"""

from __future__ import annotations

import keras
from keras import ops

from tfprobr._internal.keras3 import distributions as dists
from tfprobr._internal.classes import KERAS3_CLASSES_BY_MODULE
from tfprobr._internal.keras3.saving import registered
from tfprobr._internal.names import DISTRIBUTION_METHOD_NAMES
from tfprobr.errors import UnsafeLoadError, UnsavableFunctionError

__all__ = [
    "DistributionLambda", "IndependentNormal", "IndependentLogistic", "IndependentPoisson",
    "IndependentBernoulli", "MultivariateNormalTriL", "OneHotCategorical",
    "CategoricalMixtureOfOneHotCategorical", "MixtureNormal", "MixtureLogistic",
    "MixtureSameFamily", "KERAS3_CLASSES",
]


class DistributionLayer(keras.layers.Layer):
    """Base: outputs its input (the parameters), tagged; ``distribution(params)`` builds the distribution.

    Subclasses set :attr:`family` in ``__init__`` and list their own
    constructor arguments in :attr:`_config_args`.
    """

    _config_args: tuple = ()
    family: dists.Family

    def __init__(self, convert_to_tensor_fn="sample", validate_args=False, **kwargs):
        super().__init__(**kwargs)
        self.convert_to_tensor_fn = _method_name(convert_to_tensor_fn, self.name)
        self.validate_args = bool(validate_args)

    def build(self, input_shape):
        size = self.family.params_size()
        if size is not None and input_shape[-1] is not None and input_shape[-1] != size:
            raise ValueError(
                f"{type(self).__name__} {self.name!r} needs {size} parameters per example (the "
                f"previous layer's units; see the params_size_* functions), not {input_shape[-1]}"
            )
        super().build(input_shape)

    def call(self, inputs):
        dists.tag(inputs, self)
        return inputs

    def compute_output_shape(self, input_shape):
        return input_shape

    def distribution(self, params) -> dists.ParamsDistribution:
        """The distribution that ``params`` (this layer's output) stand for."""
        return dists.ParamsDistribution(self.family, params, self)

    def get_config(self):
        config = super().get_config()
        config.update({name: _plain(getattr(self, name)) for name in self._config_args})
        config.update(convert_to_tensor_fn=self.convert_to_tensor_fn,
                      validate_args=self.validate_args)
        return config

    @classmethod
    def from_config(cls, config):
        config = dict(config)
        name = config.get("convert_to_tensor_fn", "sample")
        if name not in DISTRIBUTION_METHOD_NAMES:
            raise UnsafeLoadError(
                f"Layer {config.get('name')!r} ({cls.__name__}): `convert_to_tensor_fn` in the "
                f"file is {name!r}; a Keras 3 distribution layer holds one of the names "
                f"{', '.join(map(repr, DISTRIBUTION_METHOD_NAMES))} only"
            )
        return cls(**config)


def _plain(value):
    return list(value) if isinstance(value, tuple) else value


def _method_name(value, layer_name) -> str:
    """``convert_to_tensor_fn`` as the name of a Distribution method (what the config saves)."""
    if isinstance(value, str) and value in DISTRIBUTION_METHOD_NAMES:
        return value
    # tfprobr's tfd_* methods, TFP's Distribution methods and tfprobr's defaults for them.
    name = getattr(value, "__name__", None) or getattr(value, "path", "").rsplit(".", 1)[-1]
    name = name.removeprefix("tfd_") if isinstance(name, str) else None
    if name in DISTRIBUTION_METHOD_NAMES:
        return name
    raise TypeError(
        f"Layer {layer_name!r}: on Keras 3, `convert_to_tensor_fn` must be one of the "
        f"distribution methods {', '.join(DISTRIBUTION_METHOD_NAMES)} (as a name, or "
        f"tfd_sample, tfd_mean, ... ), not {value!r}"
    )


class _EventShapeLayer(DistributionLayer):
    _config_args = ("event_shape",)
    _family_class: type

    def __init__(self, event_shape=(), convert_to_tensor_fn="sample", validate_args=False,
                 **kwargs):
        super().__init__(convert_to_tensor_fn, validate_args, **kwargs)
        self.event_shape = _shape(event_shape)
        self.family = self._family_class(self.event_shape)


def _shape(value) -> tuple:
    if isinstance(value, int):
        return (value,)
    return tuple(int(size) for size in value)


class IndependentNormal(_EventShapeLayer):
    """Independent normals from ``2 * prod(event_shape)`` parameters (means, then softplus scales)."""

    _family_class = dists.IndependentNormalFamily


class IndependentLogistic(_EventShapeLayer):
    """Independent logistics from ``2 * prod(event_shape)`` parameters."""

    _family_class = dists.IndependentLogisticFamily


class IndependentPoisson(_EventShapeLayer):
    """Independent Poissons from ``prod(event_shape)`` log rates."""

    _family_class = dists.IndependentPoissonFamily


class IndependentBernoulli(_EventShapeLayer):
    """Independent Bernoullis from ``prod(event_shape)`` logits."""

    _family_class = dists.IndependentBernoulliFamily

    def __init__(self, event_shape=(), convert_to_tensor_fn="sample", sample_dtype=None,
                 validate_args=False, **kwargs):
        super().__init__(event_shape, convert_to_tensor_fn, validate_args, **kwargs)
        self.sample_dtype = sample_dtype

    _config_args = ("event_shape", "sample_dtype")


class OneHotCategorical(DistributionLayer):
    """A one-hot categorical over ``event_size`` categories from ``event_size`` logits."""

    _config_args = ("event_size", "sample_dtype")

    def __init__(self, event_size, convert_to_tensor_fn="sample", sample_dtype=None,
                 validate_args=False, **kwargs):
        super().__init__(convert_to_tensor_fn, validate_args, **kwargs)
        self.event_size = int(event_size)
        self.sample_dtype = sample_dtype
        self.family = dists.OneHotCategoricalFamily(self.event_size)


class MultivariateNormalTriL(DistributionLayer):
    """A ``d``-variate normal from ``d + d (d + 1) / 2`` parameters (means, then a scale triangle)."""

    _config_args = ("event_size",)

    def __init__(self, event_size, convert_to_tensor_fn="sample", validate_args=False, **kwargs):
        super().__init__(convert_to_tensor_fn, validate_args, **kwargs)
        self.event_size = int(event_size)
        self.family = dists.MultivariateNormalTriLFamily(self.event_size)


class CategoricalMixtureOfOneHotCategorical(DistributionLayer):
    """A mixture of ``num_components`` one-hot categoricals from ``k (1 + d)`` parameters."""

    _config_args = ("event_size", "num_components", "sample_dtype")

    def __init__(self, event_size, num_components, convert_to_tensor_fn="sample",
                 sample_dtype=None, validate_args=False, **kwargs):
        super().__init__(convert_to_tensor_fn, validate_args, **kwargs)
        self.event_size = int(event_size)
        self.num_components = int(num_components)
        self.sample_dtype = sample_dtype

        def tfp_new(params):
            import tensorflow_probability as tfp

            return tfp.layers.CategoricalMixtureOfOneHotCategorical.new(
                params, self.event_size, self.num_components)

        self.family = dists.MixtureFamily(self.num_components,
                                          dists.OneHotCategoricalFamily(self.event_size), tfp_new)


class _MixtureOf(DistributionLayer):
    _config_args = ("num_components", "event_shape")
    _component_family: type
    _tfp_class: str

    def __init__(self, num_components, event_shape=(), convert_to_tensor_fn="sample",
                 validate_args=False, **kwargs):
        super().__init__(convert_to_tensor_fn, validate_args, **kwargs)
        self.num_components = int(num_components)
        self.event_shape = _shape(event_shape)

        def tfp_new(params):
            import tensorflow_probability as tfp

            return getattr(tfp.layers, self._tfp_class).new(
                params, self.num_components, self.event_shape)

        self.family = dists.MixtureFamily(self.num_components,
                                          self._component_family(self.event_shape), tfp_new)


class MixtureNormal(_MixtureOf):
    """A mixture of ``num_components`` independent normals."""

    _component_family = dists.IndependentNormalFamily
    _tfp_class = "MixtureNormal"


class MixtureLogistic(_MixtureOf):
    """A mixture of ``num_components`` independent logistics."""

    _component_family = dists.IndependentLogisticFamily
    _tfp_class = "MixtureLogistic"


class MixtureSameFamily(DistributionLayer):
    """A mixture of ``num_components`` distributions made by ``component_layer``, one of these layers."""

    _config_args = ("num_components",)

    def __init__(self, num_components, component_layer, convert_to_tensor_fn="sample",
                 validate_args=False, **kwargs):
        super().__init__(convert_to_tensor_fn, validate_args, **kwargs)
        if not isinstance(component_layer, DistributionLayer) or isinstance(
                component_layer, (MixtureSameFamily, DistributionLambda)):
            raise TypeError(
                f"Layer {self.name!r}: on Keras 3, `component_layer` must be one of tfprobr's "
                "distribution layers with a fixed parameter layout (e.g. "
                f"layer_independent_normal(event_shape = 1)), not {component_layer!r}"
            )
        self.num_components = int(num_components)
        self.component_layer = component_layer
        self.family = dists.MixtureFamily(self.num_components, component_layer.family)

    def get_config(self):
        config = super().get_config()
        config["component_layer"] = {"class_name": type(self.component_layer).__name__,
                                     "config": self.component_layer.get_config()}
        return config

    @classmethod
    def from_config(cls, config):
        config = dict(config)
        component = config.get("component_layer")
        component_class = KERAS3_CLASSES.get(component.get("class_name")) if isinstance(
            component, dict) else None
        if component_class is None or component_class in (MixtureSameFamily, DistributionLambda):
            raise UnsafeLoadError(
                f"Layer {config.get('name')!r} (MixtureSameFamily): `component_layer` in the file "
                f"must be one of tfprobr's distribution layers, not {component!r:.200}"
            )
        config["component_layer"] = component_class.from_config(component["config"])
        return super().from_config(config)


class DistributionLambda(DistributionLayer):
    """``make_distribution_fn``'s distribution of the parameters: TensorFlow backend only.

    The function builds a TFP distribution, which needs TensorFlow tensors.
    Such a model trains and predicts on the TensorFlow backend; saving it as a
    whole model is refused (save its weights), as its function is code.
    """

    def __init__(self, make_distribution_fn, convert_to_tensor_fn="sample", **kwargs):
        super().__init__(convert_to_tensor_fn, **kwargs)
        if keras.backend.backend() != "tensorflow":
            raise TypeError(
                f"layer_distribution_lambda() on Keras 3 needs the TensorFlow backend (its "
                f"`make_distribution_fn` builds a TensorFlow Probability distribution), not "
                f"{keras.backend.backend()!r}. Use one of the distribution layers with a fixed "
                "layout instead (layer_independent_normal(), layer_mixture_normal(), ...)."
            )
        self.make_distribution_fn = make_distribution_fn
        self.family = dists.LambdaFamily(make_distribution_fn)

    def get_config(self):
        raise UnsavableFunctionError(
            f"Layer {self.name!r} (a Keras 3 distribution lambda) cannot be saved as a whole "
            "model: its `make_distribution_fn` is code. Save the weights with "
            "model.save_weights(path) and rebuild the model with the same code to load them."
        )


KERAS3_CLASSES = {name: globals()[name] for name in KERAS3_CLASSES_BY_MODULE[__name__]}
for _cls in KERAS3_CLASSES.values():
    registered(_cls)
