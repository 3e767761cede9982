"""tfprobr's Keras 2 (``tf_keras``) classes: TFP's layers with tfprobr's fixes, and their saving.

The default generation: TFP's layers are Keras 2 layers, and these subclass them
(so ``isinstance`` checks against ``tfp.layers`` keep working). It mirrors
:mod:`tfprobr._internal.keras3`, the native Keras 3 generation:

* :mod:`~tfprobr._internal.keras2.layers`: the Bayesian estimator layers and the
  other layer classes, with the lean mean-field path (imports TensorFlow and TFP);
* :mod:`~tfprobr._internal.keras2.kernels`: the lean path's TensorFlow ops with a
  gradient of their own;
* :mod:`~tfprobr._internal.keras2.distribution_layers`: TFP's distribution layers
  (their output is a TFP distribution);
* :mod:`~tfprobr._internal.keras2.saving`: their configs, safe loading, and
  registration with ``tf_keras`` (imports ``tf_keras``).

What both generations share stays in :mod:`tfprobr._internal`: the class table
(``classes``), the defaults, sampling, the registry of savable functions, the
converters and the composition of a layer with ``object``. Model files name the
classes by their registered names (``tfprobr>DenseFlipout``), never by these
modules, so files saved when the classes lived directly in ``tfprobr._internal``
load the same. This module imports nothing.
"""
