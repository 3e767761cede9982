"""Python-side helpers for what R code cannot do itself: arithmetic on tensors.

Without the R ``tensorflow`` package, R code cannot compute ``kl / n``, ``-x``
or ``x[, 1]`` on a tensor. These functions do such work in Python. The function
factories (``kl_divergence_fn()``, ``normal_distribution_fn()``) and
``negloglik`` are Python callables, so they also work where R functions cannot:
under a ``tf.distribute`` strategy, whose replica threads must not call R.
"""

from __future__ import annotations

from tfprobr._internal.config_function import ConfigFunction
from tfprobr._internal.convert import (
    as_count, as_count_list, as_distribution, as_float, as_nonnegative_integer, describe,
)
from tfprobr._internal.defaults import KLDivergenceFn  # noqa: F401 (what kl_divergence_fn() returns)
from tfprobr._internal.registry import savable

__all__ = [
    "kl_divergence_fn",
    "negloglik",
    "normal_distribution_fn",
    "set_random_seed",
    "tensor_columns",
    "tensor_scale",
    "tensor_softplus",
    "use_keras3",
]

__family__ = "helpers"


def kl_divergence_fn(weight=1):
    """A divergence function ``function(q, p, ignore) KL(q, p) * weight``, for the layers.

    R code cannot multiply TensorFlow tensors without the R ``tensorflow``
    package, so the usual scaling of the KL term is offered here as a function
    factory. Pass the result as ``kernel_divergence_fn`` (and
    ``bias_divergence_fn``) of a Bayesian layer.

    Parameters
    ----------
    weight : float, optional
        Factor applied to the divergence. For minibatch training use
        ``1 / n``, where ``n`` is the number of training examples: Keras'
        ``compile()`` already adds each layer's ``losses`` to the loss of every
        batch, so the whole KL term is then counted once per epoch, as the
        evidence lower bound requires. Do not add ``model.losses`` again yourself.

    Returns
    -------
    callable
        A function of ``(q, p, ignore)`` returning ``KL(q || p) * weight``; the
        third argument (the posterior sample) is ignored.

    Examples
    --------
    >>> n = 1000
    >>> layer = layer_dense_local_reparameterization(                  # doctest: +SKIP
    ...     units=1, kernel_divergence_fn=kl_divergence_fn(1 / n))

    R Examples
    ----------
    n <- 1000  # training examples
    layer <- layer_dense_local_reparameterization(
      units = 1, kernel_divergence_fn = kl_divergence_fn(1 / n))
    """
    weight = as_float(weight, "weight")
    if weight < 0:
        raise ValueError(f"`weight` must be >= 0, not {weight!r}")
    return KLDivergenceFn(weight)


@savable
def negloglik(y, distribution):
    """Negative log-likelihood of ``y`` under a predicted distribution: a Keras loss.

    A model whose last layer outputs a distribution (a distribution lambda
    layer) is fitted by maximum likelihood with this loss. In R the loss would
    be ``function(y, d) -d$log_prob(y)``, which needs tensor arithmetic; pass
    ``negloglik`` itself instead.

    Parameters
    ----------
    y : tensor
        The observed targets, as Keras passes them to a loss; cast to the
        distribution's data type first, so R doubles work for any distribution.
    distribution : tfp.distributions.Distribution
        The model's output for the batch.

    Returns
    -------
    tf.Tensor
        ``-log_prob(y)``, one value per example (Keras averages them).

    Examples
    --------
    >>> model.compile(optimizer="adam", loss=negloglik)     # doctest: +SKIP

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 1) %>%
      layer_dense_local_reparameterization(units = params_size_independent_normal(1)) %>%
      layer_independent_normal(event_shape = 1)
    model$compile(optimizer = "adam", loss = negloglik)
    """
    from tfprobr._internal.keras3.distributions import distribution_of

    keras3 = distribution_of(distribution, latest=True)  # a Keras 3 distribution layer's output
    if keras3 is not None:
        return -keras3.log_prob(y)
    distribution = as_distribution(distribution, "distribution")
    import tensorflow as tf

    if isinstance(getattr(distribution, "dtype", None), tf.DType):
        y = tf.cast(y, distribution.dtype)  # R doubles, for any distribution
    return -distribution.log_prob(y)


def normal_distribution_fn(event_size=1, scale=None, min_scale=1e-3, scale_factor=1):
    """A ``make_distribution_fn`` for a distribution lambda: a normal from the layer's input columns.

    The usual last layer of a regression with uncertainty is a distribution
    lambda whose function turns the previous layer's output ``x`` into a
    normal distribution. In R that function is tensor arithmetic,
    ``function(x) tfd_normal(x[, 1, drop = FALSE], 1e-3 + tf$math$softplus(x[, 2, drop = FALSE]))``,
    which needs the R ``tensorflow`` package; this factory makes it in Python:

    * the location is the first ``event_size`` columns of ``x``;
    * with ``scale = NULL`` (heteroscedastic) the scale is
      ``min_scale + softplus(scale_factor * x)`` of the next ``event_size``
      columns, so the layer before it needs ``2 * event_size`` units;
    * with a number as ``scale`` the scale is that constant, and the layer
      before needs ``event_size`` units.

    Parameters
    ----------
    event_size : int
        Number of normal outputs per example (an R double such as ``1`` is
        accepted).
    scale : float or None
        A fixed standard deviation, or ``None`` (R's ``NULL``, the default) to
        learn it from the input columns.
    min_scale : float
        Smallest standard deviation when the scale is learned; keeps the
        likelihood finite.
    scale_factor : float
        Factor applied to the scale columns before the softplus; values below
        1 make the scale change more slowly during training.

    Returns
    -------
    callable
        A function of a tensor ``x`` returning a ``tfp.distributions.Normal``
        with batch shape ``(rows of x, event_size)``.

    Examples
    --------
    >>> import tfprobr as tp
    >>> make = tp.normal_distribution_fn()
    >>> d = make([[0.0, 1.0], [2.0, -1.0]])
    >>> d.batch_shape
    TensorShape([2, 1])

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 1) %>%
      layer_dense_local_reparameterization(units = 2) %>%
      layer_distribution_lambda(normal_distribution_fn())
    model$compile(optimizer = "adam", loss = negloglik)
    make <- normal_distribution_fn()
    make(matrix(c(0, 2, 1, -1), 2)) %>% tfd_stddev() %>% as.array()
    """
    event_size = as_count(event_size, "event_size")
    if scale is not None:
        scale = as_float(scale, "scale")
        if scale <= 0:
            raise ValueError(f"`scale` must be > 0 or NULL/None, not {scale!r}")
    min_scale = as_float(min_scale, "min_scale")
    if min_scale < 0:
        raise ValueError(f"`min_scale` must be >= 0, not {min_scale!r}")
    return NormalDistributionFn(event_size, scale, min_scale, as_float(scale_factor, "scale_factor"))


def tensor_columns(x, columns):
    """Columns of a tensor by R's 1-based index, keeping the dimensions: R's ``x[, columns, drop = FALSE]``.

    Selects along the last axis, so it works for a batch of any rank.

    Parameters
    ----------
    x : tensor or array
        The tensor to slice, e.g. the input of a distribution lambda.
    columns : int or sequence of int
        1-based column numbers, as in R: ``1``, ``c(1, 3)`` or ``2:3``.

    Returns
    -------
    tf.Tensor
        ``x`` with only those columns, in that order; the last axis has one
        entry per element of ``columns``.

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tensor_columns([[1.0, 2.0, 3.0]], [3, 1]).numpy()
    array([[3., 1.]], dtype=float32)

    R Examples
    ----------
    as.array(tensor_columns(matrix(1:6, 2), c(3, 1)))
    # Inside a distribution lambda: the first column as the location
    layer <- layer_distribution_lambda(
      make_distribution_fn = function(x) tfd_normal(tensor_columns(x, 1), 1))
    """
    import tensorflow as tf
    x = _numeric_tensor(x)
    indices = as_count_list(columns, "columns")
    size = x.shape[-1] if x.shape.rank else None
    if size is not None and max(indices, default=0) > size:
        raise ValueError(f"`columns` must be between 1 and {size} (the columns of `x`), not {columns!r}")
    return tf.gather(x, [index - 1 for index in indices], axis=-1)


def tensor_scale(x, scale=1, shift=0):
    """``shift + scale * x`` on a tensor, for R code that cannot do tensor arithmetic.

    Parameters
    ----------
    x : tensor or array
        The tensor to transform.
    scale : float
        Factor multiplied with ``x``.
    shift : float
        Value added after scaling.

    Returns
    -------
    tf.Tensor
        A tensor of the shape and dtype of ``x``.

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tensor_scale([1.0, 2.0], scale=10, shift=1).numpy()
    array([11., 21.], dtype=float32)

    R Examples
    ----------
    as.array(tensor_scale(c(1, 2), scale = 10, shift = 1))  # instead of x * 10 + 1
    """
    import tensorflow as tf
    x = _numeric_tensor(x)
    return tf.cast(as_float(shift, "shift"), x.dtype) + tf.cast(as_float(scale, "scale"), x.dtype) * x


def tensor_softplus(x, scale=1, shift=0):
    """``shift + softplus(scale * x)`` on a tensor: a positive value such as a standard deviation.

    ``softplus(z) = log(1 + exp(z))`` is positive and smooth, so
    ``tensor_softplus(x, shift = 1e-3)`` turns any column into a valid scale
    of a distribution.

    Parameters
    ----------
    x : tensor or array
        The tensor to transform.
    scale : float
        Factor applied to ``x`` inside the softplus.
    shift : float
        Value added to the result, the smallest value it can take.

    Returns
    -------
    tf.Tensor
        A tensor of the shape and dtype of ``x``, greater than ``shift``.

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.tensor_softplus([0.0], shift=1.0)[0])  # 1 + log(2)
    1.693...

    R Examples
    ----------
    as.array(tensor_softplus(c(0, 1), scale = 0.05, shift = 1e-3))
    """
    import tensorflow as tf
    x = _numeric_tensor(x)
    return tf.cast(as_float(shift, "shift"), x.dtype) + tf.math.softplus(
        tf.cast(as_float(scale, "scale"), x.dtype) * x
    )


def set_random_seed(seed):
    """Seed every random number generator a tfprobr model uses, for reproducible runs.

    Seeds Python's ``random``, numpy's global generator and TensorFlow (all
    three through ``tf_keras.utils.set_random_seed()``), Keras 3 when it is
    loaded or chosen (``keras.utils.set_random_seed()``; tfprobr's Keras 3
    layers draw their initial weights and seed generators from Python's
    ``random``), and restarts tfprobr's own random stream, from which the
    Bayesian layers, ``tfd_sample()`` and ``predict_mc()`` take their seeds. Call it first, before building a
    model: then the initial weights, the order of ``fit``'s shuffled batches,
    every weight draw and therefore the fitted weights and the ``predict_mc()``
    output are the same in every fresh process that runs the same code on the
    same machine. The layers keep their memory flat with a seed (their draws
    need no new TensorFlow op seed per call).

    What is not reproducible this way: results on another CPU type, another
    TensorFlow build or a GPU (kernels differ in their floating-point
    rounding), and runs whose threads add numbers in a varying order (some
    multi-threaded reductions, a ``tf.distribute`` strategy, whose replicas
    also draw from the stream in the order they get to it). For bitwise
    determinism there too, call
    ``tensorflow$config$experimental$enable_op_determinism()`` as well; it
    makes some operations slower or refuse to run (on this project's 2-core
    CPU it cost 1% per epoch of a local-reparameterization MLP:
    ``bench/determinism.py``).

    Parameters
    ----------
    seed : int
        A whole number from 0 to 4294967295 (R: ``1`` or ``1L``).

    Returns
    -------
    None
        Called for its effect.

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.set_random_seed(42)

    R Examples
    ----------
    set_random_seed(42)  # in R, also set.seed(42)
    layer <- layer_dense_flipout(units = 2)
    x <- matrix(1, 2, 3)
    first <- layer(x)$numpy()
    set_random_seed(42)
    all.equal(layer(x)$numpy(), first)  # TRUE: the same draws
    """
    seed = as_nonnegative_integer(seed, "seed")
    if seed > _MAX_SEED:
        raise ValueError(f"`seed` must be a whole number from 0 to {_MAX_SEED}, not {seed!r}")
    import sys

    import tf_keras

    from tfprobr._internal import sampling
    from tfprobr._internal.keras3 import keras3_requested

    tf_keras.utils.set_random_seed(seed)
    if "keras" in sys.modules or keras3_requested():
        import keras

        keras.utils.set_random_seed(seed)
    sampling.reset(seed)


def use_keras3(enable=True):
    """Make the layer functions build native Keras 3 layers when no model is given.

    The Bayesian estimator layers (``layer_dense_flipout()``,
    ``layer_dense_local_reparameterization()``, ``layer_dense_reparameterization()``
    and the six ``layer_conv_*d_*()``) exist for both Keras generations. Given
    a model or an input, they build the generation of that object: a Keras 3
    model (``keras$Sequential()``, ``keras$Input()`` from
    ``reticulate::import("keras")``) gets a native Keras 3 layer, a Keras 2
    (``tf_keras``) one, as made by ``keras_model_sequential()``, a Keras 2 layer.
    Without such an object (no ``object``, a TensorFlow tensor, an R array),
    this switch decides; Keras 2 is the default.

    The switch is the environment variable ``TFPROBR_KERAS`` of the Python
    process: ``"3"`` for Keras 3, ``"2"`` or unset for Keras 2. This function
    sets it; setting the variable before Python starts (in a shell, or
    ``Sys.setenv(TFPROBR_KERAS = "3")`` in R before the first tfprobr call)
    works too, but R's ``Sys.setenv()`` after that is not seen by Python.

    Parameters
    ----------
    enable : bool
        ``TRUE`` for Keras 3, ``FALSE`` for Keras 2.

    Returns
    -------
    bool
        Whether Keras 3 was chosen before the call, so that it can be restored.

    Examples
    --------
    >>> import tfprobr as tp
    >>> previous = tp.use_keras3()
    >>> type(tp.layer_dense_flipout(units=2)).__module__
    'tfprobr._internal.keras3.layers'
    >>> _ = tp.use_keras3(previous)

    R Examples
    ----------
    previous <- use_keras3()
    layer <- layer_dense_flipout(units = 2)  # a Keras 3 layer
    layer(matrix(1, 4, 3))
    use_keras3(previous)
    """
    import os

    import numpy as np

    from tfprobr._internal.keras3 import SWITCH, keras3_requested

    if not isinstance(enable, (bool, np.bool_)):
        raise TypeError(f"`enable` must be TRUE or FALSE, not {describe(enable)}")
    try:
        previous = keras3_requested()
    except ValueError:  # a value it does not know: replaced now
        previous = False
    os.environ[SWITCH] = "3" if enable else "2"
    return previous


# numpy's global generator takes seeds below 2^32.
_MAX_SEED = 2**32 - 1


class NormalDistributionFn(ConfigFunction):
    """What :func:`normal_distribution_fn` returns: ``x`` -> a normal from ``x``'s columns."""

    def __init__(self, event_size: int, scale: float | None, min_scale: float, scale_factor: float):
        self.event_size = event_size
        self.scale = scale
        self.min_scale = min_scale
        self.scale_factor = scale_factor

    def __call__(self, x):
        import tensorflow as tf
        import tensorflow_probability as tfp

        tfd = tfp.distributions
        x = tf.convert_to_tensor(x)
        k = self.event_size
        needed = k if self.scale is not None else 2 * k
        if x.shape.rank is not None and x.shape[-1] is not None and x.shape[-1] != needed:
            raise ValueError(
                f"normal_distribution_fn(event_size = {k}"
                f"{'' if self.scale is None else ', scale = ' + repr(self.scale)}) needs "
                f"{needed} input columns (units of the layer before), not {x.shape[-1]}"
            )
        loc = x[..., :k]
        if self.scale is not None:
            return tfd.Normal(loc=loc, scale=tf.cast(self.scale, x.dtype))
        scale = self.min_scale + tf.math.softplus(self.scale_factor * x[..., k:])
        return tfd.Normal(loc=loc, scale=scale)

    def get_config(self) -> dict:
        return {"event_size": self.event_size, "scale": self.scale,
                "min_scale": self.min_scale, "scale_factor": self.scale_factor}

    def __repr__(self) -> str:
        args = ", ".join(f"{key}={value!r}" for key, value in self.get_config().items())
        return f"normal_distribution_fn({args})"


def _numeric_tensor(x):
    """``x`` (a tensor, number, R vector or matrix) as a numeric tensor, or a TypeError naming ``x``."""
    import tensorflow as tf
    try:
        tensor = tf.convert_to_tensor(x)
    except (TypeError, ValueError):
        tensor = None
    if tensor is None or not (tensor.dtype.is_floating or tensor.dtype.is_integer):
        raise TypeError(f"`x` must be a numeric tensor, vector or matrix, not {describe(x)}")
    return tensor
