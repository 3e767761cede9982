"""Names and values that several modules must agree on, each written once here."""

from __future__ import annotations

__all__ = ["PACKAGE", "R_NA_INTEGER", "BAYESIAN_FUNCTION_ARGS", "DISTRIBUTION_METHOD_NAMES",
           "TFP_LAYERS_PACKAGE"]

# The package's name: the Python package, the R package, and the prefix of the
# names tfprobr registers with Keras ("tfprobr>DenseFlipout").
PACKAGE = "tfprobr"

# How R's integer NA (NA_integer_) arrives in Python through reticulate.
R_NA_INTEGER = -2**31

# The function arguments of the dense and convolutional Bayesian layers (TFP's, and tfprobr's
# Keras 3 ones), in R's order: the arguments both generations' saving writes and loads as functions.
BAYESIAN_FUNCTION_ARGS = (
    "kernel_posterior_fn",
    "kernel_posterior_tensor_fn",
    "kernel_prior_fn",
    "kernel_divergence_fn",
    "bias_posterior_fn",
    "bias_posterior_tensor_fn",
    "bias_prior_fn",
    "bias_divergence_fn",
)

# The Distribution methods a distribution layer's convert_to_tensor_fn may name
# (TFP looks the name up) and that a saved model may hold.
DISTRIBUTION_METHOD_NAMES = ("sample", "mean", "mode", "stddev", "variance")

# TensorFlow Probability's package of layer modules: importing any one of them
# runs its __init__, which imports them all (tfprobr guards their code loaders then).
TFP_LAYERS_PACKAGE = "tensorflow_probability.python.layers"
