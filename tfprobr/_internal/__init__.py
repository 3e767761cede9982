"""tfprobr's internals: how the public functions are declared, converted, built and saved.

Nothing here is public API (the leading underscore says so, as in click): names
may change without notice. Users import from :mod:`tfprobr`. In the order a
call passes through them:

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
* :mod:`~tfprobr._internal.compose`: build a layer and compose it with ``object``;
* :mod:`~tfprobr._internal.classes`: the table of tfprobr's Keras classes by
  name; :mod:`~tfprobr._internal.layer_classes` and
  :mod:`~tfprobr._internal.distribution_layer_classes`: the classes, TFP's
  with fixes (these two import TensorFlow);
* :mod:`~tfprobr._internal.sampling`: the random stream the layers draw seeds from;
* :mod:`~tfprobr._internal.saving` and :mod:`~tfprobr._internal.registration`:
  whole-model saving, safe loading, registration with Keras without TensorFlow;
* :mod:`~tfprobr._internal.quiet` and :mod:`~tfprobr._internal.import_hook`:
  upstream noise held back, code run at TensorFlow's or tf_keras' first import;
* :mod:`~tfprobr._internal.names`: names several modules must agree on;
  :mod:`~tfprobr._internal.advice`: code advice in messages, in R when called from R.
"""
