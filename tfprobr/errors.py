"""The exceptions tfprobr raises for users to catch, importable without TensorFlow.

Bad arguments raise Python's own ``TypeError`` and ``ValueError``, naming the
argument and the value; these two are tfprobr's own, raised by saving and
loading models (see "Saving and loading" in the README).
"""

from __future__ import annotations

__all__ = ["UnsavableFunctionError", "UnsafeLoadError"]


class UnsavableFunctionError(TypeError, NotImplementedError):
    """A layer holds a function that cannot be written into a model file.

    It is a ``NotImplementedError`` too, which is how Keras' SavedModel export
    recognizes a config it cannot have: it then saves the traced graph without
    the config, so ``model.save(directory)`` still works.
    """


class UnsafeLoadError(ValueError):
    """A model file names a function, class or type that tfprobr does not load in safe mode.

    Raised before anything the file names is imported or called; the message
    names the layer, the argument and what the file gives for it.
    """
