"""Let ``tf_keras.models.load_model()`` find tfprobr's classes after a plain ``import tfprobr``.

Keras looks the layers of a saved model up in its registry of custom objects,
which fills only when :mod:`tfprobr._internal.layer_classes` (and with it TensorFlow
Probability) is imported. ``import tfprobr`` must not import TensorFlow, so it
installs a hook instead: as soon as ``tf_keras`` has been imported (by the user,
or by anything else), tfprobr's function classes are registered, and each
savable layer (or regularizer) class is registered as a light stand-in that imports the real
class when a model is loaded. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import sys

from tfprobr._internal.import_hook import wrap_first_import

__all__ = ["install"]

def install() -> None:
    """Register with Keras now if ``tf_keras`` is loaded, otherwise right after it loads."""
    if "tf_keras" in sys.modules:
        _register()
    else:
        wrap_first_import("tf_keras", _register_after)
    _install_keras3()


def _install_keras3() -> None:
    """The same for Keras 3 (``import keras``): its distribution layers and functions."""
    if "keras" in sys.modules:
        _register_keras3()
    else:
        wrap_first_import("keras", _register_keras3_after)


def _register_keras3_after(execute, module) -> None:
    execute(module)
    _register_keras3()


def _register_keras3() -> None:
    """Register tfprobr's Keras 3 distribution layers and its loss and ``tfd_*`` functions.

    Imports Keras 3's layer machinery only (not TensorFlow), when ``keras`` itself is loaded.
    """
    import keras

    from tfprobr import distribution_methods, helpers
    from tfprobr._internal import keras3_distribution_layer_classes  # noqa: F401 (registers)
    from tfprobr._internal.names import PACKAGE

    for function in [helpers.negloglik] + [getattr(distribution_methods, name)
                                           for name in distribution_methods.__all__]:
        keras.saving.register_keras_serializable(package=PACKAGE)(function)


def _register_after(execute, module) -> None:
    execute(module)
    _register()


def _register() -> None:
    saving = sys.modules.get("tfprobr._internal.saving")
    if saving is not None and not hasattr(saving, "register_deferred_layers"):
        return  # tfprobr._internal.saving itself is importing tf_keras; it registers when it has run
    from tfprobr._internal import saving

    saving.register_deferred_layers()
