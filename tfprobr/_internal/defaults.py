"""The default functions of the Bayesian layers, each declared once with its R spelling.

R's ``tfprobability`` writes these defaults as R code in every layer's usage
(``kernel_posterior_fn = tfp$layers$util$default_mean_field_normal_fn()``). Here
each default is a small callable object that

* behaves as the R default does (a fresh TFP posterior maker on every use, so
  every layer gets its own; one ``tfd_sample`` draw; ``KL(q, p)`` ignoring the
  third argument),
* is an :class:`~tfprobr._internal.r_defaults.RDefault` carrying that R
  expression as ``r_code``, which the ``.Rd`` generator prints in ``\\usage``, and
* needs no TensorFlow until it is called, so that signatures and docs can be read
  without importing TensorFlow.
"""

from __future__ import annotations

import numpy as np

from tfprobr._internal import registry
from tfprobr._internal.config_function import ConfigFunction, TensorFlowFunction
from tfprobr._internal.names import DISTRIBUTION_METHOD_NAMES
from tfprobr._internal.r_defaults import RDefault

__all__ = [
    "MeanFieldNormalFn",
    "MultivariateNormalFn",
    "SampleFn",
    "KLDivergenceFn",
    "KERNEL_POSTERIOR_FN",
    "BIAS_POSTERIOR_FN",
    "PRIOR_FN",
    "POSTERIOR_TENSOR_FN",
    "DIVERGENCE_FN",
    "DISTRIBUTION_METHODS",
    "SAMPLE_TENSOR_FN",
    "CONVERT_TO_TENSOR_FN",
    "TENSORFLOW_FUNCTIONS",
    "LOC_INITIALIZER",
    "UNTRANSFORMED_SCALE_INITIALIZER",
    "scale_floor",
    "variance_floor",
    "TF_INT32",
    "TF_FLOAT32",
    "LOGNORMAL_QUADRATURE_FN",
    "SOFTMAXNORMAL_QUADRATURE_FN",
]

# TFP's initial mean-field normal posterior (``default_loc_scale_fn`` in
# tensorflow_probability/python/layers/util.py): loc ~ N(0, 0.1) and the
# untransformed scale ~ N(-3, 0.1), so the scale ``scale_floor + softplus(v)`` starts
# near 0.05. The arguments of a random normal initializer, Keras 2's and Keras 3's.
LOC_INITIALIZER = {"mean": 0.0, "stddev": 0.1}
UNTRANSFORMED_SCALE_INITIALIZER = {"mean": -3.0, "stddev": 0.1}


def scale_floor(dtype) -> float:
    """TFP's ``eps`` in the default scale ``eps + softplus(v)``: the machine epsilon of ``dtype``."""
    return float(_finfo(dtype).eps)


def variance_floor(dtype) -> float:
    """The floor of local reparameterization's variance: the smallest normal number of ``dtype``.

    Where an input row is all zeros the variance is exactly 0, and the gradient
    of its square root infinite; floored there, it stays finite (the forward
    value changes by at most ~1e-19).
    """
    return float(_finfo(dtype).tiny)


def _finfo(dtype):
    dtype = getattr(dtype, "as_numpy_dtype", dtype)  # a tf.DType
    try:
        return np.finfo(dtype)
    except (TypeError, ValueError):  # bfloat16 and other ml_dtypes types
        import ml_dtypes

        return ml_dtypes.finfo(dtype)


class MeanFieldNormalFn(ConfigFunction, RDefault):
    """TFP's ``default_mean_field_normal_fn(is_singular)``, made fresh for each layer."""

    def __init__(self, is_singular: bool = False):
        self.is_singular = bool(is_singular)

    def __call__(self, dtype, shape, name, trainable, add_variable_fn):
        import tf_keras
        from tensorflow_probability import layers as tfp_layers

        # TFP's own default shares one unseeded initializer instance between all
        # layers, which tf_keras makes return the same values on every call: two
        # layers of one shape would start with identical means. New instances
        # (TFP's values: loc ~ N(0, 0.1), untransformed scale ~ N(-3, 0.1)) are
        # drawn independently, and reproducibly under set_random_seed().
        make = tfp_layers.util.default_mean_field_normal_fn(
            is_singular=self.is_singular,
            loc_initializer=tf_keras.initializers.RandomNormal(**LOC_INITIALIZER),
            untransformed_scale_initializer=tf_keras.initializers.RandomNormal(
                **UNTRANSFORMED_SCALE_INITIALIZER
            ),
        )
        return make(dtype, shape, name, trainable, add_variable_fn)

    @property
    def r_code(self) -> str:
        argument = "is_singular = TRUE" if self.is_singular else ""
        return f"tfp$layers$util$default_mean_field_normal_fn({argument})"

    def get_config(self) -> dict:
        return {"is_singular": self.is_singular}

    def __repr__(self) -> str:
        return "default_mean_field_normal_fn(is_singular=True)" if self.is_singular else (
            "default_mean_field_normal_fn()"
        )


class MultivariateNormalFn(ConfigFunction, RDefault):
    """TFP's ``default_multivariate_normal_fn``: a fixed standard normal prior."""

    r_code = "tfp$layers$util$default_multivariate_normal_fn"

    def __call__(self, dtype, shape, name, trainable, add_variable_fn):
        from tensorflow_probability import layers as tfp_layers

        return tfp_layers.util.default_multivariate_normal_fn(
            dtype, shape, name, trainable, add_variable_fn
        )

    def __repr__(self) -> str:
        return "default_multivariate_normal_fn"


class SampleFn(ConfigFunction, RDefault):
    """One draw from the posterior: ``function(d) d %>% tfd_sample()``."""

    r_code = "function(d) d %>% tfd_sample()"

    def __call__(self, distribution):
        from tfprobr._internal import sampling  # imports TensorFlow, loaded already with a distribution

        return sampling.sample(distribution)

    def __repr__(self) -> str:
        return "tfd_sample"


class KLDivergenceFn(ConfigFunction, RDefault):
    """``KL(q || p) * weight``, with the third argument (the posterior sample) ignored.

    The default divergence function and what :func:`tfprobr.kl_divergence_fn`
    returns (``tfprobr.helpers.KLDivergenceFn`` is this class).
    """

    def __init__(self, weight: float = 1.0):
        self.weight = float(weight)

    def __call__(self, q, p, ignore=None):
        divergence = registry.function("tfd_kl_divergence")(q, p)
        return divergence if self.weight == 1.0 else divergence * self.weight

    @property
    def r_code(self) -> str:
        """The R expression a user would write for this function."""
        if self.weight == 1.0:
            return "function(q, p, ignore) tfd_kl_divergence(q, p)"
        return f"kl_divergence_fn(weight = {self.weight!r})"

    def get_config(self) -> dict:
        return {"weight": self.weight}

    def __repr__(self) -> str:
        return f"kl_divergence_fn(weight={self.weight!r})"


KERNEL_POSTERIOR_FN = MeanFieldNormalFn()
BIAS_POSTERIOR_FN = MeanFieldNormalFn(is_singular=True)
PRIOR_FN = MultivariateNormalFn()
POSTERIOR_TENSOR_FN = SampleFn()
DIVERGENCE_FN = KLDivergenceFn(1.0)


# The Distribution methods a distribution layer's ``convert_to_tensor_fn`` may
# name (``"mean"``), as the defaults that stand for them: a name and the function
# build the same layer, and ``"sample"``, like the function, draws from
# tfprobr's stream (see :class:`TensorFlowFunction`).
DISTRIBUTION_METHODS = {
    name: TensorFlowFunction("tensorflow_probability", f"distributions.Distribution.{name}",
                             f"tfp$distributions$Distribution${name}")
    for name in DISTRIBUTION_METHOD_NAMES
}
# ``convert_to_tensor_fn`` of the distribution layers: one sample per call.
SAMPLE_TENSOR_FN = DISTRIBUTION_METHODS["sample"]
# ``test_points_fn`` of the KL layers: the distribution's tensor value.
CONVERT_TO_TENSOR_FN = TensorFlowFunction("tensorflow", "convert_to_tensor", "tf$convert_to_tensor")
# The TensorFlow functions a saved layer may hold, saved as these objects: the
# defaults above and the other ``Distribution`` methods TFP's layers accept
# (by name too, e.g. ``convert_to_tensor_fn = "mean"``). A model file loads
# only these (see "Loading" in :mod:`tfprobr._internal.keras2.saving`).
TENSORFLOW_FUNCTIONS = (SAMPLE_TENSOR_FN, CONVERT_TO_TENSOR_FN) + tuple(
    function for name, function in DISTRIBUTION_METHODS.items() if name != "sample"
)


# The ``tfd_*`` constructors' defaults that R writes as TensorFlow objects: data
# types (``dtype = tf$int32``) and TFP functions, resolved when a call uses them.
TF_INT32 = TensorFlowFunction("tensorflow", "int32", "tf$int32")
TF_FLOAT32 = TensorFlowFunction("tensorflow", "float32", "tf$float32")
LOGNORMAL_QUADRATURE_FN = TensorFlowFunction(
    "tensorflow_probability", "distributions.quadrature_scheme_lognormal_quantiles",
    "tfp$distributions$quadrature_scheme_lognormal_quantiles")
# Gone from TFP with VectorDiffeomixture; only the usage of tfd_vector_diffeomixture() shows it.
SOFTMAXNORMAL_QUADRATURE_FN = TensorFlowFunction(
    "tensorflow_probability", "distributions.quadrature_scheme_softmaxnormal_quantiles",
    "tfp$distributions$quadrature_scheme_softmaxnormal_quantiles")
