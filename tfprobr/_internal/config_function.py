"""The base of tfprobr's function objects: a callable described completely by its config.

tfprobr's default functions (:mod:`tfprobr._internal.defaults`) and its function factories
(:func:`tfprobr.kl_divergence_fn`) are small objects rather than closures, so
that a model holding them can be saved and loaded: Keras serializes an object
as its class name plus ``get_config()``, and rebuilds it with
``from_config()``. Equality and hashing follow the config too. This module does
not import TensorFlow; :mod:`tfprobr._internal.saving` registers the classes with Keras.
"""

from __future__ import annotations

__all__ = ["ConfigFunction"]


class ConfigFunction:
    """A callable object whose constructor arguments are its ``get_config()``."""

    def get_config(self) -> dict:
        return {}

    @classmethod
    def from_config(cls, config: dict):
        return cls(**config)

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and other.get_config() == self.get_config()

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(sorted(self.get_config().items()))))
