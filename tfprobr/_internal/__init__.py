"""tfprobr's internals: how the public functions are declared, converted, built and saved.

Nothing here is public API (the leading underscore says so, as in click): names
may change without notice. Users import from :mod:`tfprobr`. Dependencies point
one way: these modules never import the public families built on them (only
:mod:`tfprobr.errors`, a leaf; ``tests/python_api/test_import_direction.py``
checks it). In the order a call passes through them:

* :mod:`~tfprobr._internal.declare`: the decorators every public building
  function is declared with (bind the call, fill the docs, build the class);
* :mod:`~tfprobr._internal.docs`: the docstring filler and the texts several
  families share (each family's own texts are in its module);
* :mod:`~tfprobr._internal.r_defaults`: ``REQUIRED`` and ``RDefault``, defaults
  with an R spelling; :mod:`~tfprobr._internal.defaults`: the layers' default
  functions; :mod:`~tfprobr._internal.config_function`: the base of tfprobr's
  savable function objects;
* :mod:`~tfprobr._internal.convert`: R values to what TFP and Keras expect;
  :mod:`~tfprobr._internal.verb_args`: the same for the verbs' data, weights and callbacks;
  :mod:`~tfprobr._internal.r_callbacks`: R functions guarded against
  TensorFlow's threads;
* :mod:`~tfprobr._internal.compose`: build a layer and compose it with ``object``;
* :mod:`~tfprobr._internal.classes`: the table of tfprobr's Keras classes by
  name, for both generations of classes:

  - :mod:`~tfprobr._internal.keras2` (Keras 2, ``tf_keras``, the default):
    ``layers`` and ``distribution_layers``, TFP's classes with fixes; ``kernels``,
    the lean path's ops with a gradient of their own; ``saving``, their configs
    and safe loading (these import TensorFlow or ``tf_keras``);
  - :mod:`~tfprobr._internal.keras3` (native Keras 3, any backend): ``layers``,
    ``distribution_layers`` and ``distributions`` in ``keras.ops``; ``saving``;
    ``predict``;

  every other module here serves both;
* :mod:`~tfprobr._internal.sampling`: the random stream the layers draw seeds from,
  and the one seeded draw of ``tfd_sample()`` and the default posterior;
* :mod:`~tfprobr._internal.registry`: what a saved model may name, entered where
  it is declared (tfprobr's function objects, ``negloglik``, the ``tfd_*`` methods);
  :mod:`~tfprobr._internal.registration`: registration with Keras 2 and Keras 3
  without importing TensorFlow;
* :mod:`~tfprobr._internal.quiet` and :mod:`~tfprobr._internal.import_hook`:
  upstream noise held back, code run at TensorFlow's or tf_keras' first import;
* :mod:`~tfprobr._internal.passes`: ``predict_mc()``'s batches and summaries, for
  Keras 2 and Keras 3 models alike;
* :mod:`~tfprobr._internal.names`: names several modules must agree on;
  :mod:`~tfprobr._internal.advice`: code advice in messages, in R when called from R.
"""
