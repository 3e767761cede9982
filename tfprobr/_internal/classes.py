"""tfprobr's Keras classes, named once: the table that layer construction and saving read.

Public functions name the class they build (``"DenseFlipout"``); this table
says which module defines it. Both class modules import TensorFlow, this one
does not: a function imports its class only when it is called, and
:mod:`tfprobr._internal.registration` registers every class here with Keras
without loading it. Each class module's ``__all__`` lists its classes from
this table, and an unknown name fails when the public module is imported.
"""

from __future__ import annotations

import importlib

__all__ = ["CLASSES_BY_MODULE", "check_class_name", "load_class"]

CLASSES_BY_MODULE = {
    "tfprobr._internal.layer_classes": (
        "DenseLocalReparameterization",
        "DenseReparameterization",
        "DenseFlipout",
        "Conv1DReparameterization",
        "Conv2DReparameterization",
        "Conv3DReparameterization",
        "Conv1DFlipout",
        "Conv2DFlipout",
        "Conv3DFlipout",
        "DenseVariational",
        "VariableLayer",
        "AutoregressiveNetwork",
    ),
    "tfprobr._internal.distribution_layer_classes": (
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
        "KLDivergenceAddLoss",
        "KLDivergenceRegularizer",
        "VariationalGaussianProcess",
    ),
}
_MODULE_OF = {name: module for module, names in CLASSES_BY_MODULE.items() for name in names}


def check_class_name(name: str) -> str:
    """``name`` if it is in the table; a ``LookupError`` otherwise."""
    if name not in _MODULE_OF:
        raise LookupError(f"{name!r} is not one of tfprobr's classes (tfprobr/_internal/classes.py)")
    return name


def load_class(name: str) -> type:
    """The class ``name``, importing its module (and so TensorFlow) if needed."""
    return getattr(importlib.import_module(_MODULE_OF[check_class_name(name)]), name)
