"""The base of tfprobr's function objects: a callable described completely by its config.

tfprobr's default functions (:mod:`tfprobr._internal.defaults`) and its function factories
(:func:`tfprobr.kl_divergence_fn`) are small objects rather than closures, so
that a model holding them can be saved and loaded: Keras serializes an object
as its class name plus ``get_config()``, and rebuilds it with
``from_config()``. Equality and hashing follow the config too. A
:class:`TensorFlowFunction` names a TensorFlow or TFP function the same way, for
defaults such as ``tf$convert_to_tensor``. This module does not import
TensorFlow; :mod:`tfprobr._internal.keras2.saving` registers the classes with Keras.
"""

from __future__ import annotations

import importlib

from tfprobr._internal.r_defaults import RDefault
from tfprobr._internal import registry

__all__ = ["ConfigFunction", "TensorFlowFunction", "DistributionProperty"]


class ConfigFunction:
    """A callable object whose constructor arguments are its ``get_config()``.

    Each subclass enters the registry of what a saved model may name
    (:mod:`tfprobr._internal.registry`) as it is defined.
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.savable(cls)

    def get_config(self) -> dict:
        return {}

    @classmethod
    def from_config(cls, config: dict):
        return cls(**config)

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and other.get_config() == self.get_config()

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(sorted(self.get_config().items()))))


class TensorFlowFunction(ConfigFunction, RDefault):
    """A TensorFlow or TFP function used as an R default, looked up only when first used.

    ``resolve()`` returns the function itself; converters hand that to TFP, so
    layers built with the default are exactly what TFP builds. Calling the
    object calls the function. A saved layer names the function by this
    object (see :data:`tfprobr._internal.defaults.TENSORFLOW_FUNCTIONS`), and loading resolves it again.

    One exception: ``Distribution.sample`` resolves to :func:`tfprobr.tfd_sample`,
    the same one draw, seeded from tfprobr's random stream. TFP's unseeded
    ``sample()`` gets a new op seed, and TensorFlow keeps a new kernel, on every
    eager call once a global seed is set: a distribution layer's output grew
    memory by ~0.04 MB per call.
    """

    def __init__(self, module: str, path: str, r_code: str):
        self.module = module
        self.path = path
        self.r_code = r_code

    def resolve(self):
        if (self.module, self.path) == _STREAM_SAMPLE:
            return registry.function("tfd_sample")
        target = importlib.import_module(self.module)
        for attribute in self.path.split("."):
            target = getattr(target, attribute)
        return target

    def __call__(self, *args, **kwargs):
        return self.resolve()(*args, **kwargs)

    def get_config(self) -> dict:
        return {"module": self.module, "path": self.path, "r_code": self.r_code}

    def __repr__(self) -> str:
        return f"{self.module}.{self.path}"


# TFP's ``Distribution.sample``, which resolves to tfprobr's seeded ``tfd_sample``.
_STREAM_SAMPLE = ("tensorflow_probability", "distributions.Distribution.sample")


class DistributionProperty(ConfigFunction):
    """A property of a TFP distribution class as a function: ``Bernoulli.logits`` -> ``d.logits``.

    TFP accepts a property, such as ``tfp.distributions.Bernoulli.logits``, as
    a distribution layer's ``convert_to_tensor_fn`` (it calls its getter).
    This object does the same and is saved by the names of the class in
    ``tfp.distributions`` and of the property: loading looks up nothing but a
    property of a TFP distribution class.
    """

    def __init__(self, distribution: str, property: str):
        self.distribution = distribution
        self.property = property

    @classmethod
    def of(cls, value: property):
        """The object for the property ``value``, or ``None`` if it is no property of a TFP distribution class."""
        owner, _, name = getattr(value.fget, "__qualname__", "").rpartition(".")
        found = cls(owner, name)
        try:
            return found if found.resolve() is value else None
        except (AttributeError, TypeError):
            return None

    def resolve(self) -> property:
        import tensorflow_probability as tfp

        owner = getattr(tfp.distributions, self.distribution, None)
        if not (isinstance(owner, type) and issubclass(owner, tfp.distributions.Distribution)):
            raise TypeError(f"{self.distribution!r} is not a distribution class of tfp.distributions")
        target = getattr(owner, self.property, None)
        if not isinstance(target, property):
            raise AttributeError(f"{self.distribution}.{self.property} is not a property")
        return target

    def __call__(self, distribution):
        return self.resolve().fget(distribution)

    def get_config(self) -> dict:
        return {"distribution": self.distribution, "property": self.property}

    def __repr__(self) -> str:
        return f"tfp.distributions.{self.distribution}.{self.property}"
