"""tfprobr's native Keras 3 layers, and the switch that chooses them.

TFP's layers are Keras 2 (``tf_keras``) layers and cannot join a Keras 3 model.
The layer functions build, instead, layers of this package written with
``keras.ops`` and ``keras.random``, which run on any Keras 3 backend:

* :mod:`~tfprobr._internal.keras3.layers`: the nine Bayesian estimator layers
  (imports ``keras``, never TensorFlow Probability at import);
* :mod:`~tfprobr._internal.keras3.saving`: their configs, safe loading, and
  registration with Keras 3 (imports ``keras``).

When a layer function gets a Keras 3 object (a ``keras.Sequential``, a
``keras.Input``) it builds the Keras 3 class; a Keras 2 object gets the Keras 2
class. Without such an object (none, a TensorFlow tensor, an array), the
environment variable :data:`SWITCH` decides: ``TFPROBR_KERAS=3`` gives Keras 3,
unset or ``2`` Keras 2 (the default). It is read on every call, so R
(``Sys.setenv(TFPROBR_KERAS = "3")``) and Python (``os.environ``) set it alike,
at any time. This module imports nothing.
"""

from __future__ import annotations

import os

__all__ = ["SWITCH", "keras3_requested"]

# The environment variable that makes object-less layer functions build Keras 3 layers.
SWITCH = "TFPROBR_KERAS"
_CHOICES = {"": False, "2": False, "3": True}


def keras3_requested() -> bool:
    """Whether :data:`SWITCH` asks for Keras 3 (``"3"``); ``"2"`` or unset mean Keras 2."""
    value = os.environ.get(SWITCH, "").strip()
    if value not in _CHOICES:
        raise ValueError(
            f"The environment variable {SWITCH} must be \"2\" (Keras 2, tf_keras: the default) "
            f"or \"3\" (Keras 3), not {value!r}"
        )
    return _CHOICES[value]
