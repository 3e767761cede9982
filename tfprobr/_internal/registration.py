"""Let ``tf_keras.models.load_model()`` find tfprobr's classes after a plain ``import tfprobr``.

Keras looks the layers of a saved model up in its registry of custom objects,
which fills only when :mod:`tfprobr._internal.keras2.layers` (and with it TensorFlow
Probability) is imported. ``import tfprobr`` must not import TensorFlow, so it
installs a hook instead: as soon as ``tf_keras`` has been imported (by the user,
or by anything else), tfprobr's function classes are registered, and each
savable layer (or regularizer) class is registered as a light stand-in that imports the real
class when a model is loaded; the same with Keras 3's own registry once ``keras``
is imported (:func:`tfprobr._internal.keras3.saving.register`). Likewise, as soon
as TensorFlow Probability's layers are imported, their own code loaders are made
safe (:func:`tfprobr._internal.keras2.saving.guard_tfp_code_loading`). Nothing here
imports TensorFlow.
"""

from __future__ import annotations

import sys

from tfprobr._internal.import_hook import wrap_first_import
from tfprobr._internal.names import TFP_LAYERS_PACKAGE

__all__ = ["install"]

def install() -> None:
    """Register with Keras now if ``tf_keras`` (``keras``) is loaded, otherwise right after it loads.

    The same for the guard of TFP's layers, with TFP's ``layers`` package.
    """
    if "tf_keras" in sys.modules:
        _register()
    else:
        wrap_first_import("tf_keras", _register_after)
    if "keras" in sys.modules:
        _register_keras3()
    else:
        wrap_first_import("keras", _register_keras3_after)
    if TFP_LAYERS_PACKAGE in sys.modules:
        _guard_tfp(sys.modules[TFP_LAYERS_PACKAGE])
    else:
        wrap_first_import(TFP_LAYERS_PACKAGE, _guard_tfp_after)


def _register_keras3_after(execute, module) -> None:
    execute(module)
    _register_keras3()


def _register_keras3() -> None:
    """Keras 3's registry: tfprobr's function objects, stand-ins for its Keras 3 layer classes."""
    from tfprobr._internal.keras3 import saving

    saving.register()


def _register_after(execute, module) -> None:
    execute(module)
    _register()


def _guard_tfp_after(execute, module) -> None:
    execute(module)
    _guard_tfp(module)


def _guard_tfp(package) -> None:
    from tfprobr._internal.keras2 import saving

    saving.guard_tfp_code_loading(package)


def _register() -> None:
    saving = sys.modules.get("tfprobr._internal.keras2.saving")
    if saving is not None and not hasattr(saving, "register_deferred_layers"):
        return  # tfprobr._internal.keras2.saving itself is importing tf_keras; it registers when it has run
    from tfprobr._internal.keras2 import saving

    saving.register_deferred_layers()
