"""tfprobr's Keras classes, named once: the tables that layer construction and saving read.

Public functions name the class they build (``"DenseFlipout"``); a table
says which module defines it: :data:`CLASSES_BY_MODULE` for the Keras 2
(``tf_keras``) classes, :data:`KERAS3_CLASSES_BY_MODULE` for the native Keras 3
classes of the same names (a class missing there has no Keras 3 version). Both class modules import TensorFlow, this one
does not: a function imports its class only when it is called, and
:mod:`tfprobr._internal.registration` registers every class here with Keras
without loading it. Each class module's ``__all__`` lists its classes from
this table, and an unknown name fails when the public module is imported.
"""

from __future__ import annotations

import importlib

__all__ = ["CLASSES_BY_MODULE", "KERAS3_CLASSES_BY_MODULE", "check_class_name", "has_keras3_class",
           "load_class"]

# The classes both generations have: the nine Bayesian estimator layers and most distribution layers.
_ESTIMATORS = (
    "DenseLocalReparameterization",
    "DenseReparameterization",
    "DenseFlipout",
    "Conv1DReparameterization",
    "Conv2DReparameterization",
    "Conv3DReparameterization",
    "Conv1DFlipout",
    "Conv2DFlipout",
    "Conv3DFlipout",
)
_DISTRIBUTION_LAYERS = (
    "DistributionLambda",
    "IndependentNormal",
    "IndependentLogistic",
    "IndependentPoisson",
    "IndependentBernoulli",
    "MultivariateNormalTriL",
    "OneHotCategorical",
    "CategoricalMixtureOfOneHotCategorical",
    "MixtureNormal",
    "MixtureLogistic",
    "MixtureSameFamily",
)
CLASSES_BY_MODULE = {
    "tfprobr._internal.keras2.layers": _ESTIMATORS + (
        "DenseVariational",
        "VariableLayer",
        "AutoregressiveNetwork",
    ),
    "tfprobr._internal.keras2.distribution_layers": _DISTRIBUTION_LAYERS + (
        "AutoregressiveTransform",
        "KLDivergenceAddLoss",
        "KLDivergenceRegularizer",
        "VariationalGaussianProcess",
    ),
}
KERAS3_CLASSES_BY_MODULE = {
    "tfprobr._internal.keras3.layers": _ESTIMATORS,
    "tfprobr._internal.keras3.distribution_layers": _DISTRIBUTION_LAYERS,
}
_MODULE_OF = {name: module for module, names in CLASSES_BY_MODULE.items() for name in names}
_KERAS3_MODULE_OF = {name: module for module, names in KERAS3_CLASSES_BY_MODULE.items()
                     for name in names}


def check_class_name(name: str) -> str:
    """``name`` if it is in the table; a ``LookupError`` otherwise."""
    if name not in _MODULE_OF and name not in _KERAS3_MODULE_OF:
        raise LookupError(f"{name!r} is not one of tfprobr's classes (tfprobr/_internal/classes.py)")
    return name


def has_keras3_class(name: str) -> bool:
    """Whether the class ``name`` has a native Keras 3 version."""
    return name in _KERAS3_MODULE_OF


def load_class(name: str, keras3: bool = False) -> type:
    """The class ``name`` (its Keras 3 version if ``keras3``), importing its module if needed."""
    modules = _KERAS3_MODULE_OF if keras3 else _MODULE_OF
    return getattr(importlib.import_module(modules[check_class_name(name)]), name)
