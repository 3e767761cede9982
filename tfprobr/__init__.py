"""tfprobr: R ``tfprobability``'s Bayesian Keras layers, on today's TensorFlow.

The functions keep the R names, formals and defaults
(``layer_dense_local_reparameterization(object, units, ...)``) and compose like
R keras' layers, so they read the same from Python and from R through
reticulate. TensorFlow is imported only when a layer or helper is first used.

Layout: each public family is one module, as in R tfprobability's ``R/``
files (:mod:`~tfprobr.layers`, :mod:`~tfprobr.distribution_layers`,
:mod:`~tfprobr.distributions`, :mod:`~tfprobr.distribution_methods`,
:mod:`~tfprobr.bijectors`, :mod:`~tfprobr.bijector_methods`, :mod:`~tfprobr.initializers`,
:mod:`~tfprobr.helpers`, :mod:`~tfprobr.models`, :mod:`~tfprobr.verbs` (R keras'
verbs on models), :mod:`~tfprobr.predict`,
:mod:`~tfprobr.keras_functions` (R keras' core functions);
all their names are here, in :data:`__all__`), plus :mod:`~tfprobr.errors`
(the exceptions to catch), :mod:`~tfprobr.cli` and :mod:`~tfprobr.demo` (the
``tfprobr`` command and its main job) and :mod:`tfprobr.rd` (the generator of
the R package). Everything else is in :mod:`tfprobr._internal`, which says
what each of its modules does.
"""

import os
import sys

# TFP's layers are Keras 2 layers: make ``tf.keras`` mean Keras 2 for user code
# too. Only before TensorFlow is imported: set later, it makes ``tf.keras`` Keras 2
# without TensorFlow's Keras 2 modules, and TFP then fails to import.
if "tensorflow" not in sys.modules:
    os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")

from tfprobr._internal import quiet, registration  # noqa: E402

# TensorFlow's start-up lines, which users cannot act on, stay out of their terminal.
quiet.install()

from tfprobr import (  # noqa: E402
    bijector_methods,
    bijectors,
    distribution_layers,
    distribution_methods,
    distributions,
    helpers,
    initializers,
    keras_functions,
    layers,
    models,
    predict,
    verbs,
)
from tfprobr.errors import UnsafeLoadError, UnsavableFunctionError  # noqa: E402,F401
from tfprobr.bijector_methods import *  # noqa: E402,F401,F403
from tfprobr.bijectors import *  # noqa: E402,F401,F403
from tfprobr.distribution_layers import *  # noqa: E402,F401,F403
from tfprobr.distribution_methods import *  # noqa: E402,F401,F403
from tfprobr.distributions import *  # noqa: E402,F401,F403
from tfprobr.helpers import *  # noqa: E402,F401,F403
from tfprobr.initializers import *  # noqa: E402,F401,F403
from tfprobr.keras_functions import *  # noqa: E402,F401,F403
from tfprobr.layers import *  # noqa: E402,F401,F403
from tfprobr.models import *  # noqa: E402,F401,F403
from tfprobr.predict import *  # noqa: E402,F401,F403
from tfprobr.verbs import *  # noqa: E402,F401,F403

# Saved models of tfprobr's layers load with tf_keras.models.load_model() once
# tf_keras is imported, without importing TensorFlow here.
registration.install()

__version__ = "0.1.0"

# The modules whose ``__all__`` is tfprobr's public API; each module is one
# documentation family (its ``__family__``), which the .Rd generator reads.
EXPORT_MODULES = (
    layers, distribution_layers, distribution_methods, distributions, helpers, models, verbs, predict,
    bijectors, bijector_methods, initializers, keras_functions,
)
__all__ = [name for module in EXPORT_MODULES for name in module.__all__]
