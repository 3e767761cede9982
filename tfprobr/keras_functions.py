"""The "R keras" family: R keras 2's core functions, for the ``tf_keras`` models tfprobr builds.

R tfprobability's programs always use R keras beside it (``layer_dense()``,
``optimizer_adam()``, ``initializer_*()``, ``k_*()``), and R keras cannot drive
tfprobr's Keras 2 models from its own Python environment. These functions
have exactly R keras 2.15's formals and defaults and build the same
``tf_keras`` objects: the layers compose with ``object`` as tfprobr's layers
do (no ``object``: the layer; a ``Sequential`` model: added and returned; a
tensor: applied), and R values convert as R keras converts them (``units =
10``, ``kernel_size = c(3, 3)``, ``input_shape = 2``).

Each function is a declaration (see :mod:`tfprobr._internal.declare`): its
formals, its docstring, and in its decorator the ``tf_keras`` class it builds
and the converters of its arguments, so that adding another of R keras'
layers, optimizers or initializers is one declaration. The few with logic of
their own (``layer_concatenate()``, weights, saving and loading) are written
out below them.
"""

from __future__ import annotations

import os
import warnings
from functools import partial

import numpy as np

from tfprobr._internal.compose import array_to_tensor, check_not_keras3
from tfprobr._internal.convert import (
    _as_sequence,
    _is_scalar,
    _is_tensor,
    as_callable,
    as_count,
    as_float,
    as_integer,
    as_integer_or_tuple,
    as_match_arg,
    as_nonnegative_integer,
    as_nullable_activation,
    as_nullable_choice,
    as_nullable_integer,
    as_nullable_integer_or_tuple,
    as_nullable_shape,
    as_r_axis,
    as_shape,
    c_order,
    describe,
    is_array_like,
    is_pandas,
)
from tfprobr._internal.declare import keras_function, keras_layer_function
from tfprobr._internal.docs import family_texts, fill, fill_text
from tfprobr._internal.r_defaults import R_NA, REQUIRED, r_integer

__all__ = [
    "callback_early_stopping",
    "get_weights",
    "initializer_constant",
    "initializer_glorot_normal",
    "initializer_glorot_uniform",
    "initializer_ones",
    "initializer_random_normal",
    "initializer_random_uniform",
    "initializer_zeros",
    "k_cast_to_floatx",
    "k_constant",
    "layer_activation",
    "layer_average_pooling_1d",
    "layer_average_pooling_2d",
    "layer_average_pooling_3d",
    "layer_batch_normalization",
    "layer_concatenate",
    "layer_conv_1d",
    "layer_conv_2d",
    "layer_conv_3d",
    "layer_dense",
    "layer_dropout",
    "layer_flatten",
    "layer_global_average_pooling_1d",
    "layer_global_average_pooling_2d",
    "layer_lambda",
    "layer_max_pooling_1d",
    "layer_max_pooling_2d",
    "layer_max_pooling_3d",
    "layer_reshape",
    "load_model_hdf5",
    "load_model_tf",
    "load_model_weights_hdf5",
    "optimizer_adagrad",
    "optimizer_adam",
    "optimizer_nadam",
    "optimizer_rmsprop",
    "optimizer_sgd",
    "save_model_hdf5",
    "save_model_tf",
    "save_model_weights_hdf5",
    "set_weights",
]

__family__ = "keras"

# The texts R keras' functions share: the arguments of their layers and optimizers:
# a docstring line ``    {name}`` is filled with the text at import (see tfprobr._internal.docs).
family_texts(__name__, {
    "keras_object": """\
    object : tf_keras.Sequential, tensor, array or None
        What to compose the layer with, as in R keras. ``None`` (R: missing,
        the default) returns the layer; a ``Sequential`` model gets the layer
        added and is returned; a tensor, a Keras ``Input``, a numpy array or a
        pandas DataFrame gets the layer applied and the output returned.""",
    "keras_input_shape": """\
    input_shape : int, sequence of int or None
        Shape of one example, without the batch dimension, for the first layer
        of a model (``2`` or ``c(28, 28)`` in R; ``NA`` marks an unknown
        size). ``NULL`` (the default) passes nothing.""",
    "keras_layer_args": """\
    batch_input_shape : sequence of int or None
        Shape including the batch dimension, instead of ``input_shape``.
    batch_size : int or None
        Fixed batch size, with ``input_shape``.
    dtype : str or None
        Data type of the layer's computations and weights, e.g. ``"float64"``;
        ``NULL`` keeps Keras' float type.
    {keras_common_args}""",
    "keras_common_args": """\
    name : str or None
        Name of the layer; ``NULL`` lets Keras number it.
    trainable : bool or None
        Whether the layer's weights are updated in training; ``NULL`` keeps
        Keras' default (``TRUE``).
    weights : list of arrays or None
        Initial weights of the layer, in the order ``get_weights()`` returns
        them.""",
    "keras_layer_returns": """\
    tf_keras.layers.Layer, tf_keras.Sequential or tensor
        As R keras returns: the layer (no ``object``), the model with the
        layer added, or the layer's output.""",
    "keras_activation": """\
    activation : str, callable or None
        Activation function applied to the output, by name (``"relu"``,
        ``"tanh"``, ``"softmax"``...) or as a function; ``NULL`` keeps it linear.""",
    "keras_weight_args": """\
    use_bias : bool
        Whether the layer adds a bias vector.
    kernel_initializer : str or initializer
        Initializer of the kernel, by name or made by an ``initializer_*()``
        function.
    bias_initializer : str or initializer
        Initializer of the bias.
    kernel_regularizer : regularizer or None
        Regularizer applied to the kernel.
    bias_regularizer : regularizer or None
        Regularizer applied to the bias.
    activity_regularizer : regularizer or None
        Regularizer applied to the layer's output.
    kernel_constraint : constraint or None
        Constraint applied to the kernel after each update.
    bias_constraint : constraint or None
        Constraint applied to the bias after each update.""",
    "optimizer_args": """\
    weight_decay : float or None
        Weight decay applied to the variables at each step; ``NULL`` for none.
    clipnorm : float or None
        Each variable's gradient is rescaled to at most this norm.
    clipvalue : float or None
        Each gradient is clipped to ``[-clipvalue, clipvalue]``.
    global_clipnorm : float or None
        All gradients together are rescaled to at most this global norm.
    use_ema : bool
        Whether to keep an exponential moving average of the weights (and
        copy it into them every ``ema_overwrite_frequency`` steps).
    ema_momentum : float
        Momentum of that moving average.
    ema_overwrite_frequency : int or None
        Steps between the copies of the moving average into the weights;
        ``NULL`` copies only at the end of training.
    jit_compile : bool
        Whether the update step is compiled with XLA (where a GPU is used).
    name : str
        Name of the optimizer.
    **kwargs : optional
        Further arguments passed to the Keras optimizer class.""",
    "optimizer_returns": """\
    tf_keras.optimizers.Optimizer
        The optimizer, for ``compile(optimizer = ...)``.""",
    "initializer_returns": """\
    tf_keras.initializers.Initializer
        The initializer, e.g. for a layer's ``kernel_initializer``.""",
    "initializer_seed": """\
    seed : int or None
        Seed of the random values, a whole number; ``NULL`` draws them unseeded.""",
    "keras_model_object": """\
    object : tf_keras.Model or tf_keras.layers.Layer
        The model (or layer).""",
    "load_args": """\
    filepath : str
        Path of the file (or SavedModel directory) to load.
    custom_objects : dict or None
        Classes and functions of your own that the file names, by name
        (``list(name = object)`` in R).
    compile : bool
        Whether to compile the model with the optimizer, loss and metrics it
        was saved with.""",
    "keras_data_format": """\
    data_format : str or None
        ``"channels_last"`` or ``"channels_first"``; ``NULL`` uses Keras'
        configured format (``"channels_last"``).""",
    "glorot_2010": """\
    Xavier Glorot and Yoshua Bengio. Understanding the difficulty of training
    deep feedforward neural networks. In *AISTATS*, 2010.""",
})

_PADDING = partial(as_nullable_choice, choices=("valid", "same"))
_DATA_FORMAT = partial(as_nullable_choice, choices=("channels_last", "channels_first"))


def _conv_converters(rank):
    sizes = partial(as_integer_or_tuple, length=rank)
    return {"filters": as_count, "kernel_size": sizes, "strides": sizes, "dilation_rate": sizes,
            "groups": as_count, "padding": partial(as_nullable_choice, choices=("valid", "same", "causal"))
            if rank == 1 else _PADDING, "data_format": _DATA_FORMAT,
            "activation": as_nullable_activation}


def _pooling_converters(rank):
    return {"pool_size": partial(as_integer_or_tuple, length=rank),
            "strides": partial(as_nullable_integer_or_tuple, length=rank),
            "padding": _PADDING, "data_format": _DATA_FORMAT}


def _as_target_shape(value, name):
    """Reshape's target: whole numbers, one of them ``-1`` or ``NA`` (the size that fits)."""
    elements = [None if element == -1 else element for element in _as_sequence(value, name)]
    return tuple(-1 if dim is None else dim for dim in as_shape(elements, name, allow_unknown=True))


def _as_output_shape(value, name):
    """Lambda's output shape: ``NULL`` (inferred), a function of the input shape, or a shape."""
    if value is None or callable(value):
        return None if value is None else as_callable(value, name)
    return as_shape(value, name, allow_unknown=True)


def _as_rate(value, name):
    rate = as_float(value, name)
    if not 0 <= rate < 1:
        raise ValueError(f"`{name}` must be a fraction in [0, 1), not {value!r}")
    return rate


def _as_numbers(value, name):
    """A number, vector, matrix or array of numbers (or a tensor), for Keras' backend."""
    if _is_tensor(value):
        return value
    array = np.asarray(value.to_numpy() if is_pandas(value) else value)
    if array.dtype.kind not in "biuf":
        raise TypeError(f"`{name}` must be numeric (a number, vector, matrix or array), not "
                        f"{describe(value)}")
    return c_order(array)


_OPTIMIZER = {"ema_overwrite_frequency": as_nullable_integer}
_SEED = {"seed": as_nullable_integer}


# Layers
# ------

@keras_layer_function("Dense", {"units": as_count, "activation": as_nullable_activation})
def layer_dense(object=None, units=REQUIRED, activation=None, use_bias=True,
                kernel_initializer="glorot_uniform", bias_initializer="zeros",
                kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                kernel_constraint=None, bias_constraint=None, input_shape=None,
                batch_input_shape=None, batch_size=None, dtype=None, name=None, trainable=None,
                weights=None):
    """Densely-connected layer: ``output = activation(input %*% kernel + bias)``.

    R keras' ``layer_dense()``, building ``{keras_class}``. The kernel and bias
    are ordinary weights (point estimates); for a Bayesian layer use
    ``layer_dense_flipout()`` or its siblings.

    Parameters
    ----------
    {keras_object}
    units : int
        Number of outputs, a positive whole number (an R double such as ``8``).
    {keras_activation}
    {keras_weight_args}
    {keras_input_shape}
    {keras_layer_args}

    Returns
    -------
    {keras_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> model = tp.layer_dense(tp.keras_model_sequential(), units=8, activation="relu", input_shape=2)
    >>> model.output_shape
    (None, 8)

    R Examples
    ----------
    model <- keras_model_sequential() %>%
      layer_dense(units = 8, activation = "relu", input_shape = 2) %>%
      layer_dense_flipout(units = 1)
    model$output_shape
    """


@keras_layer_function("Flatten", {"data_format": _DATA_FORMAT})
def layer_flatten(object=None, data_format=None, input_shape=None, dtype=None, name=None,
                  trainable=None, weights=None):
    """Flatten each example into a vector, keeping the batch dimension.

    R keras' ``layer_flatten()``, building ``{keras_class}``: an input of shape
    ``(batch, 28, 28)`` becomes ``(batch, 784)``.

    Parameters
    ----------
    {keras_object}
    data_format : str or None
        ``"channels_last"`` or ``"channels_first"``: the order of the
        dimensions, kept in the flattened order; ``NULL`` uses Keras'
        configured format (``"channels_last"``).
    {keras_input_shape}
    dtype : str or None
        Data type of the layer, e.g. ``"float64"``.
    {keras_common_args}

    Returns
    -------
    {keras_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.layer_flatten(tp.keras_model_sequential(input_shape=[4, 3])).output_shape
    (None, 12)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = c(4, 3)) %>% layer_flatten()
    model$output_shape
    """


@keras_layer_function("Dropout", {"rate": _as_rate, "noise_shape": as_nullable_shape, **_SEED})
def layer_dropout(object=None, rate=REQUIRED, noise_shape=None, seed=None, input_shape=None,
                  batch_input_shape=None, batch_size=None, name=None, trainable=None,
                  weights=None):
    """Dropout: in training, set a fraction ``rate`` of the inputs to 0 and scale the rest up.

    R keras' ``layer_dropout()``, building ``{keras_class}``. Outside training
    (``predict()``, ``evaluate()``) the layer passes its input unchanged.

    Parameters
    ----------
    {keras_object}
    rate : float
        Fraction of the inputs to drop, in ``[0, 1)``.
    noise_shape : int, sequence of int or None
        Shape of the dropout mask, to share one mask along some dimensions;
        ``NULL``: one draw per input value.
    seed : int or None
        Seed of the dropout masks.
    {keras_input_shape}
    batch_input_shape : sequence of int or None
        Shape including the batch dimension, instead of ``input_shape``.
    batch_size : int or None
        Fixed batch size, with ``input_shape``.
    {keras_common_args}

    Returns
    -------
    {keras_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.layer_dropout(rate=0.5).rate
    0.5

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 4) %>%
      layer_dense(units = 16, activation = "relu") %>%
      layer_dropout(rate = 0.2)
    """


@keras_layer_function("Reshape", {"target_shape": _as_target_shape})
def layer_reshape(object=None, target_shape=REQUIRED, input_shape=None, batch_input_shape=None,
                  batch_size=None, dtype=None, name=None, trainable=None, weights=None):
    """Reshape each example to ``target_shape``, keeping the batch dimension.

    R keras' ``layer_reshape()``, building ``{keras_class}``.

    Parameters
    ----------
    {keras_object}
    target_shape : int or sequence of int
        The new shape of one example; one element may be ``-1`` (or ``NA`` in
        R), the size that makes the number of values fit.
    {keras_input_shape}
    {keras_layer_args}

    Returns
    -------
    {keras_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.layer_reshape(tp.keras_model_sequential(input_shape=6), target_shape=[2, 3]).output_shape
    (None, 2, 3)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 6) %>% layer_reshape(target_shape = c(2, 3))
    model$output_shape
    """


@keras_layer_function("Activation", {"activation": as_nullable_activation})
def layer_activation(object=None, activation=REQUIRED, input_shape=None, batch_input_shape=None,
                     batch_size=None, dtype=None, name=None, trainable=None, weights=None):
    """Apply an activation function to the input.

    R keras' ``layer_activation()``, building ``{keras_class}``.

    Parameters
    ----------
    {keras_object}
    activation : str or callable
        The activation, by name (``"relu"``, ``"softplus"``...) or as a function.
    {keras_input_shape}
    {keras_layer_args}

    Returns
    -------
    {keras_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.layer_activation(activation="relu")(tp.k_constant([-1.0, 2.0]))[0])
    0.0

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense(units = 4) %>%
      layer_activation(activation = "tanh")
    """


@keras_layer_function("Lambda", {"f": as_callable, "output_shape": _as_output_shape},
                      rename={"f": "function"})
def layer_lambda(object=None, f=REQUIRED, output_shape=None, mask=None, arguments=None,
                 input_shape=None, batch_input_shape=None, batch_size=None, dtype=None, name=None,
                 trainable=None, weights=None):
    """Wrap a function of tensors as a layer.

    R keras' ``layer_lambda()``, building ``{keras_class}`` with ``f`` as its
    function. A model with a Lambda layer of an R function, or of a Python
    ``lambda``, cannot be saved as a whole (save its weights instead); tfprobr's
    helpers, such as ``tensor_softplus``, are Python functions.

    Parameters
    ----------
    {keras_object}
    f : callable
        The function, called with the layer's input tensor (and the named
        values of ``arguments``).
    output_shape : int, sequence of int, callable or None
        Shape of the output of one example; ``NULL`` lets Keras infer it.
    mask : tensor, callable or None
        Output mask, or a function computing it.
    arguments : dict or None
        Further named arguments of ``f`` (``list(...)`` in R).
    {keras_input_shape}
    {keras_layer_args}

    Returns
    -------
    {keras_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> layer = tp.layer_lambda(f=lambda x: 2 * x)
    >>> float(layer(tp.k_constant([1.5]))[0])
    3.0

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 2) %>%
      layer_lambda(f = tensor_columns, arguments = list(columns = 1))
    model$output_shape
    """


@keras_layer_function("BatchNormalization", {
    "axis": as_r_axis, "virtual_batch_size": as_nullable_integer,
})
def layer_batch_normalization(object=None, axis=r_integer(-1), momentum=0.99, epsilon=0.001,
                              center=True, scale=True, beta_initializer="zeros",
                              gamma_initializer="ones", moving_mean_initializer="zeros",
                              moving_variance_initializer="ones", beta_regularizer=None,
                              gamma_regularizer=None, beta_constraint=None, gamma_constraint=None,
                              synchronized=False, **kwargs):
    """Batch normalization: standardize the inputs, then scale and shift them by learned factors.

    R keras' ``layer_batch_normalization()``, building ``{keras_class}``. In
    training each batch is standardized with its own mean and variance, and
    moving averages of these are kept; outside training the moving averages
    are used.

    Parameters
    ----------
    {keras_object}
    axis : int or sequence of int
        The features axis, counted from 1 as in R keras (negative: from the
        end; the default ``-1`` is the last axis).
    momentum : float
        Momentum of the moving averages.
    epsilon : float
        Small number added to the variance, so that no division is by zero.
    center : bool
        Whether to add a learned offset ``beta``.
    scale : bool
        Whether to multiply by a learned factor ``gamma``.
    beta_initializer : str or initializer
        Initializer of ``beta``.
    gamma_initializer : str or initializer
        Initializer of ``gamma``.
    moving_mean_initializer : str or initializer
        Initializer of the moving mean.
    moving_variance_initializer : str or initializer
        Initializer of the moving variance.
    beta_regularizer : regularizer or None
        Regularizer of ``beta``.
    gamma_regularizer : regularizer or None
        Regularizer of ``gamma``.
    beta_constraint : constraint or None
        Constraint of ``beta``.
    gamma_constraint : constraint or None
        Constraint of ``gamma``.
    synchronized : bool
        Whether, under a distribution strategy, the statistics are computed
        over the whole global batch.
    **kwargs : optional
        Further layer arguments: ``input_shape``, ``batch_size``, ``name``,
        ``trainable``, ``virtual_batch_size``, ...

    Returns
    -------
    {keras_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.layer_batch_normalization(axis=1).axis   # R keras counts from 1
    0

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense(units = 8) %>%
      layer_batch_normalization() %>%
      layer_activation(activation = "relu")
    """


_CONV_DOC = """{rank}D convolution layer{what}.

    R keras' ``layer_conv_{rank}d()``, building ``{keras_class}``: a kernel of
    ``filters`` channels slides over the input's {dims}. Inputs have shape
    ``{shape}`` (channels last). For a Bayesian convolution use
    ``layer_conv_{rank}d_flipout()`` or ``layer_conv_{rank}d_reparameterization()``.

    Parameters
    ----------
    {keras_object}
    filters : int
        Number of output channels, a positive whole number.
    kernel_size : int or sequence of int
        Size of the kernel: one number for every dimension, or {rank} numbers.
    strides : int or sequence of int
        Step of the kernel, per dimension.
    padding : str
        ``"valid"`` (no padding{causal}) or ``"same"`` (pad so that, with
        stride 1, the output has the input's size).
    {keras_data_format}
    dilation_rate : int or sequence of int
        Dilation of the kernel, per dimension.
    groups : int
        Number of groups the channels are split into, each convolved
        separately.
    {keras_activation}
    {keras_weight_args}
    {keras_input_shape}
    {keras_layer_args}

    Returns
    -------
    {keras_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=[{input}])
    >>> tp.{function}(model, filters=4, kernel_size=3).output_shape
    {output}

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = c({input})) %>%
      {function}(filters = 4, kernel_size = 3, activation = "relu")
    model$output_shape
    """

_CONV_FACTS = {
    1: (" (temporal convolution)", "steps", "(batch, steps, channels)", "10, 1", "(None, 8, 4)",
        "; ``\"causal\"``: the output at t sees only inputs up to t"),
    2: (" (spatial convolution over images)", "rows and columns", "(batch, rows, cols, channels)",
        "8, 8, 1", "(None, 6, 6, 4)", ""),
    3: (" (convolution over volumes)", "three spatial dimensions",
        "(batch, depth, rows, cols, channels)", "5, 5, 5, 1", "(None, 3, 3, 3, 4)", ""),
}


def _conv_doc(rank):
    what, dims, shape, example_input, output, causal = _CONV_FACTS[rank]
    return fill_text(_CONV_DOC, rank=str(rank), what=what, dims=dims, shape=shape,
                     input=example_input, output=output, causal=causal)


@keras_layer_function("Conv1D", _conv_converters(1), doc=_conv_doc(1))
def layer_conv_1d(object=None, filters=REQUIRED, kernel_size=REQUIRED, strides=r_integer(1),
                  padding="valid", data_format="channels_last", dilation_rate=r_integer(1),
                  groups=r_integer(1), activation=None, use_bias=True,
                  kernel_initializer="glorot_uniform", bias_initializer="zeros",
                  kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                  kernel_constraint=None, bias_constraint=None, input_shape=None,
                  batch_input_shape=None, batch_size=None, dtype=None, name=None, trainable=None,
                  weights=None):
    pass


@keras_layer_function("Conv2D", _conv_converters(2), doc=_conv_doc(2))
def layer_conv_2d(object=None, filters=REQUIRED, kernel_size=REQUIRED, strides=r_integer(1, 1),
                  padding="valid", data_format=None, dilation_rate=r_integer(1, 1),
                  groups=r_integer(1), activation=None, use_bias=True,
                  kernel_initializer="glorot_uniform", bias_initializer="zeros",
                  kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                  kernel_constraint=None, bias_constraint=None, input_shape=None,
                  batch_input_shape=None, batch_size=None, dtype=None, name=None, trainable=None,
                  weights=None):
    pass


@keras_layer_function("Conv3D", _conv_converters(3), doc=_conv_doc(3))
def layer_conv_3d(object=None, filters=REQUIRED, kernel_size=REQUIRED,
                  strides=r_integer(1, 1, 1), padding="valid", data_format=None,
                  dilation_rate=r_integer(1, 1, 1), groups=r_integer(1), activation=None,
                  use_bias=True, kernel_initializer="glorot_uniform", bias_initializer="zeros",
                  kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                  kernel_constraint=None, bias_constraint=None, input_shape=None,
                  batch_input_shape=None, batch_size=None, dtype=None, name=None, trainable=None,
                  weights=None):
    pass


_POOLING_DOC = """{kind_title} pooling for {rank}D inputs: the {kind} of each window of ``pool_size`` values.

    R keras' ``layer_{kind_name}_pooling_{rank}d()``, building ``{keras_class}``.
    Inputs have shape ``{shape}`` (channels last).

    Parameters
    ----------
    {keras_object}
    pool_size : int or sequence of int
        Size of the windows: one number for every dimension, or {rank} numbers.
    strides : int, sequence of int or None
        Step between windows; ``NULL``: ``pool_size`` (windows do not overlap).
    padding : str
        ``"valid"`` (windows lie inside the input) or ``"same"`` (the input is
        padded so that, with stride 1, the output has its size).
    {keras_data_format}
    batch_size : int or None
        Fixed batch size.
    {keras_common_args}

    Returns
    -------
    {keras_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.{function}(tp.keras_model_sequential(input_shape=[{input}])).output_shape
    {output}

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = c({input})) %>%
      {function}()
    model$output_shape
    """

_POOLING_FACTS = {
    1: ("(batch, steps, channels)", "8, 2", "(None, 4, 2)"),
    2: ("(batch, rows, cols, channels)", "8, 8, 2", "(None, 4, 4, 2)"),
    3: ("(batch, depth, rows, cols, channels)", "4, 4, 4, 2", "(None, 2, 2, 2, 2)"),
}


def _pooling_doc(kind, rank):
    shape, example_input, output = _POOLING_FACTS[rank]
    title, kind_name = {"max": ("Max", "max"), "average": ("Average", "average")}[kind]
    return fill_text(_POOLING_DOC, kind_title=title, kind=kind if kind == "max" else "mean",
                     kind_name=kind_name, rank=str(rank), shape=shape, input=example_input,
                     output=output)


@keras_layer_function("MaxPooling1D", _pooling_converters(1), doc=_pooling_doc("max", 1))
def layer_max_pooling_1d(object=None, pool_size=r_integer(2), strides=None, padding="valid",
                         data_format="channels_last", batch_size=None, name=None, trainable=None,
                         weights=None):
    pass


@keras_layer_function("MaxPooling2D", _pooling_converters(2), doc=_pooling_doc("max", 2))
def layer_max_pooling_2d(object=None, pool_size=r_integer(2, 2), strides=None, padding="valid",
                         data_format=None, batch_size=None, name=None, trainable=None,
                         weights=None):
    pass


@keras_layer_function("MaxPooling3D", _pooling_converters(3), doc=_pooling_doc("max", 3))
def layer_max_pooling_3d(object=None, pool_size=r_integer(2, 2, 2), strides=None,
                         padding="valid", data_format=None, batch_size=None, name=None,
                         trainable=None, weights=None):
    pass


@keras_layer_function("AveragePooling1D", _pooling_converters(1), doc=_pooling_doc("average", 1))
def layer_average_pooling_1d(object=None, pool_size=r_integer(2), strides=None, padding="valid",
                             data_format="channels_last", batch_size=None, name=None,
                             trainable=None, weights=None):
    pass


@keras_layer_function("AveragePooling2D", _pooling_converters(2), doc=_pooling_doc("average", 2))
def layer_average_pooling_2d(object=None, pool_size=r_integer(2, 2), strides=None,
                             padding="valid", data_format=None, batch_size=None, name=None,
                             trainable=None, weights=None):
    pass


@keras_layer_function("AveragePooling3D", _pooling_converters(3), doc=_pooling_doc("average", 3))
def layer_average_pooling_3d(object=None, pool_size=r_integer(2, 2, 2), strides=None,
                             padding="valid", data_format=None, batch_size=None, name=None,
                             trainable=None, weights=None):
    pass


_GLOBAL_POOLING_DOC = """Global average pooling for {rank}D inputs: the mean over the {dims}, per channel.

    R keras' ``layer_global_average_pooling_{rank}d()``, building
    ``{keras_class}``: an input of shape ``{shape}`` becomes ``(batch,
    channels)`` (channels last).

    Parameters
    ----------
    {keras_object}
    {keras_data_format}
    keepdims : bool
        Whether to keep the averaged dimensions, with size 1.
    **kwargs : optional
        Further layer arguments: ``input_shape``, ``batch_size``, ``name``,
        ``trainable``, ...

    Returns
    -------
    {keras_layer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.{function}(tp.keras_model_sequential(input_shape=[{input}])).output_shape
    (None, 2)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = c({input})) %>%
      {function}()
    model$output_shape
    """


def _global_pooling_doc(rank):
    dims, shape, example_input = {
        1: ("steps", "(batch, steps, channels)", "8, 2"),
        2: ("rows and columns", "(batch, rows, cols, channels)", "8, 8, 2"),
    }[rank]
    return fill_text(_GLOBAL_POOLING_DOC, rank=str(rank), dims=dims, shape=shape,
                     input=example_input)


@keras_layer_function("GlobalAveragePooling1D", {"data_format": _DATA_FORMAT},
                      doc=_global_pooling_doc(1))
def layer_global_average_pooling_1d(object=None, data_format="channels_last", keepdims=False,
                                    **kwargs):
    pass


@keras_layer_function("GlobalAveragePooling2D", {"data_format": _DATA_FORMAT},
                      doc=_global_pooling_doc(2))
def layer_global_average_pooling_2d(object=None, data_format=None, keepdims=False, **kwargs):
    pass


def layer_concatenate(inputs=None, *args, axis=-1, **kwargs):
    """Concatenate tensors along an axis.

    R keras' ``layer_concatenate()``, with ``tf_keras.layers.Concatenate``:
    given ``inputs``, a list of tensors of the same shape except along
    ``axis``, it returns their concatenation; without ``inputs``, the layer.
    Unnamed further arguments are more inputs (``layer_concatenate(a, b)``);
    as in R keras, a number right after a list of inputs is the axis
    (``layer_concatenate(list(a, b), 1)``, R keras' older order).

    Parameters
    ----------
    inputs : list of tensors, tensor or None
        The tensors to concatenate (R: a ``list()``; missing: return the layer).
    axis : int
        The axis to concatenate along, counted from 0 as in Keras (``-1``,
        the default, is the last axis).
    **kwargs : optional
        Unnamed: more tensors to concatenate (Python: further positional
        arguments); named: further layer arguments, such as ``name``.

    Returns
    -------
    tensor or tf_keras.layers.Concatenate
        The concatenated tensor, or the layer when no inputs are given.

    Examples
    --------
    >>> import tfprobr as tp
    >>> a, b = tp.layer_input(shape=2), tp.layer_input(shape=3)
    >>> tp.layer_concatenate([a, b]).shape
    TensorShape([None, 5])

    R Examples
    ----------
    a <- layer_input(shape = 2)
    b <- layer_input(shape = 3)
    both <- layer_concatenate(list(a, b))
    model <- keras_model(list(a, b), both %>% layer_dense(units = 1))
    model$output_shape
    """
    more = list(args)
    if isinstance(inputs, (list, tuple)) and more and axis == -1 and _is_scalar(more[0]) \
            and not isinstance(more[0], str):
        axis = more.pop(0)  # R keras' older order: layer_concatenate(list(a, b), axis)
    axis = as_integer(axis, "axis")
    kwargs = {key: value for key, value in kwargs.items()
              if not (key in ("name", "trainable", "dtype") and value is None)}
    import tf_keras

    layer = tf_keras.layers.Concatenate(axis=axis, **kwargs)
    if inputs is None and not more:
        return layer
    tensors = (list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]) + more
    if len(tensors) < 2:
        raise ValueError(f"layer_concatenate() needs at least 2 inputs, not {len(tensors)}: "
                         "give `inputs` as a list of tensors")
    for position, tensor in enumerate(tensors):
        check_not_keras3(tensor, f"inputs[{position}]")
    tensors = [array_to_tensor(tensor, f"inputs[{position}]") if is_array_like(tensor) else tensor
               for position, tensor in enumerate(tensors)]
    try:
        return layer(tensors)
    except ValueError as error:
        shapes = ", ".join(str(tuple(getattr(t, "shape", ()))) for t in tensors)
        raise ValueError(f"layer_concatenate(): the inputs (shapes {shapes}) cannot be "
                         f"concatenated along axis {axis}: {str(error).splitlines()[0]}") from None


# Optimizers
# ----------

@keras_function("optimizers.Adam", _OPTIMIZER)
def optimizer_adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False,
                   weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None,
                   use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None,
                   jit_compile=True, name="Adam", **kwargs):
    """Adam: stochastic gradient descent with adaptive, per-weight step sizes.

    R keras' ``optimizer_adam()``, building ``{keras_path}``. Steps follow
    running averages of the gradients (first moment) scaled by running
    averages of their squares (second moment).

    Parameters
    ----------
    learning_rate : float or schedule
        Step size, or a learning-rate schedule.
    beta_1 : float
        Decay of the running average of the gradients.
    beta_2 : float
        Decay of the running average of the squared gradients.
    epsilon : float
        Small number added to the denominator for numerical stability.
    amsgrad : bool
        Whether to use the AMSGrad variant (the maximum of past squared
        gradients).
    {optimizer_args}

    Returns
    -------
    {optimizer_returns}

    References
    ----------
    Diederik P. Kingma and Jimmy Ba. Adam: A method for stochastic
    optimization. In *International Conference on Learning Representations*,
    2015. https://arxiv.org/abs/1412.6980

    Examples
    --------
    >>> import tfprobr as tp
    >>> round(float(tp.optimizer_adam(learning_rate=0.01).learning_rate), 6)
    0.01

    R Examples
    ----------
    model <- keras_model_sequential() %>%
      layer_dense(units = 8, activation = "relu", input_shape = 2) %>%
      layer_dense_flipout(units = 1)
    model %>% compile(optimizer = optimizer_adam(learning_rate = 0.01), loss = "mse")
    """


@keras_function("optimizers.SGD", _OPTIMIZER, not_in_keras={"amsgrad": False})
def optimizer_sgd(learning_rate=0.01, momentum=0, nesterov=False, amsgrad=False,
                  weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None,
                  use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None,
                  jit_compile=True, name="SGD", **kwargs):
    """Stochastic gradient descent, with optional (Nesterov) momentum.

    R keras' ``optimizer_sgd()``, building ``{keras_path}``.

    Parameters
    ----------
    learning_rate : float or schedule
        Step size, or a learning-rate schedule.
    momentum : float
        Fraction of the previous step added to each step (0: plain gradient
        descent).
    nesterov : bool
        Whether to use Nesterov momentum.
    amsgrad : bool
        In R keras' formals, but not an option of Keras' SGD: only ``FALSE``.
    {optimizer_args}

    Returns
    -------
    {optimizer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.optimizer_sgd(momentum=0.9).momentum)
    0.9

    R Examples
    ----------
    opt <- optimizer_sgd(learning_rate = 0.05, momentum = 0.9)
    """


@keras_function("optimizers.RMSprop", _OPTIMIZER)
def optimizer_rmsprop(learning_rate=0.001, rho=0.9, momentum=0, epsilon=1e-07, centered=False,
                      weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None,
                      use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=r_integer(100),
                      jit_compile=True, name="RMSprop", **kwargs):
    """RMSprop: gradient steps divided by a running root mean square of the gradients.

    R keras' ``optimizer_rmsprop()``, building ``{keras_path}``.

    Parameters
    ----------
    learning_rate : float or schedule
        Step size, or a learning-rate schedule.
    rho : float
        Decay of the running average of the squared gradients.
    momentum : float
        Momentum of the steps.
    epsilon : float
        Small number added to the denominator for numerical stability.
    centered : bool
        Whether to divide by an estimate of the gradients' variance instead
        (subtracting their squared running mean).
    {optimizer_args}

    Returns
    -------
    {optimizer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.optimizer_rmsprop(rho=0.8).rho)
    0.8

    R Examples
    ----------
    opt <- optimizer_rmsprop(learning_rate = 0.01)
    """


@keras_function("optimizers.Adagrad", _OPTIMIZER)
def optimizer_adagrad(learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-07,
                      weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None,
                      use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None,
                      jit_compile=True, name="Adagrad", **kwargs):
    """Adagrad: per-weight step sizes that shrink with the sum of the squared past gradients.

    R keras' ``optimizer_adagrad()``, building ``{keras_path}``.

    Parameters
    ----------
    learning_rate : float or schedule
        Step size, or a learning-rate schedule.
    initial_accumulator_value : float
        Starting value of the sums of squared gradients.
    epsilon : float
        Small number added to the denominator for numerical stability.
    {optimizer_args}

    Returns
    -------
    {optimizer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> float(tp.optimizer_adagrad().initial_accumulator_value)
    0.1

    R Examples
    ----------
    opt <- optimizer_adagrad(learning_rate = 0.01)
    """


@keras_function("optimizers.Nadam", _OPTIMIZER)
def optimizer_nadam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07,
                    weight_decay=None, clipnorm=None, clipvalue=None, global_clipnorm=None,
                    use_ema=False, ema_momentum=0.99, ema_overwrite_frequency=None,
                    jit_compile=True, name="Nadam", **kwargs):
    """Nadam: Adam with Nesterov momentum.

    R keras' ``optimizer_nadam()``, building ``{keras_path}``.

    Parameters
    ----------
    learning_rate : float or schedule
        Step size, or a learning-rate schedule.
    beta_1 : float
        Decay of the running average of the gradients.
    beta_2 : float
        Decay of the running average of the squared gradients.
    epsilon : float
        Small number added to the denominator for numerical stability.
    {optimizer_args}

    Returns
    -------
    {optimizer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.optimizer_nadam().name
    'Nadam'

    R Examples
    ----------
    opt <- optimizer_nadam(learning_rate = 0.002)
    """


# Initializers
# ------------

@keras_function("initializers.Constant", {"value": _as_numbers})
def initializer_constant(value=0):
    """Initializer that fills the weights with one value.

    R keras' ``initializer_constant()``, building ``{keras_path}``.

    Parameters
    ----------
    value : float or array-like
        The value every weight gets (a number; or an array of the weight's shape).

    Returns
    -------
    {initializer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.initializer_constant(0.5)(shape=(2,)).numpy().tolist()
    [0.5, 0.5]

    R Examples
    ----------
    layer <- layer_dense(units = 2, bias_initializer = initializer_constant(0.1))
    """


@keras_function("initializers.Zeros")
def initializer_zeros():
    """Initializer that fills the weights with zeros.

    R keras' ``initializer_zeros()``, building ``{keras_path}``.

    Returns
    -------
    {initializer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.initializer_zeros()(shape=(2,)).numpy().tolist()
    [0.0, 0.0]

    R Examples
    ----------
    layer <- layer_dense(units = 2, kernel_initializer = initializer_zeros())
    """


@keras_function("initializers.Ones")
def initializer_ones():
    """Initializer that fills the weights with ones.

    R keras' ``initializer_ones()``, building ``{keras_path}``.

    Returns
    -------
    {initializer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.initializer_ones()(shape=(2,)).numpy().tolist()
    [1.0, 1.0]

    R Examples
    ----------
    layer <- layer_dense(units = 2, kernel_initializer = initializer_ones())
    """


@keras_function("initializers.GlorotUniform", _SEED)
def initializer_glorot_uniform(seed=None):
    """Glorot (Xavier) uniform initializer: uniform in ``[-l, l]``, ``l = sqrt(6 / (fan_in + fan_out))``.

    R keras' ``initializer_glorot_uniform()``, building ``{keras_path}``, the
    default kernel initializer of Keras' dense and convolution layers.

    Parameters
    ----------
    {initializer_seed}

    Returns
    -------
    {initializer_returns}

    References
    ----------
    {glorot_2010}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.initializer_glorot_uniform(seed=1)(shape=(2, 2)).shape
    TensorShape([2, 2])

    R Examples
    ----------
    layer <- layer_dense(units = 2, kernel_initializer = initializer_glorot_uniform(seed = 1))
    """


@keras_function("initializers.GlorotNormal", _SEED)
def initializer_glorot_normal(seed=None):
    """Glorot (Xavier) normal initializer: truncated normal with sd ``sqrt(2 / (fan_in + fan_out))``.

    R keras' ``initializer_glorot_normal()``, building ``{keras_path}``.

    Parameters
    ----------
    {initializer_seed}

    Returns
    -------
    {initializer_returns}

    References
    ----------
    {glorot_2010}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.initializer_glorot_normal(seed=1)(shape=(2, 2)).shape
    TensorShape([2, 2])

    R Examples
    ----------
    layer <- layer_dense(units = 2, kernel_initializer = initializer_glorot_normal(seed = 1))
    """


@keras_function("initializers.RandomNormal", _SEED)
def initializer_random_normal(mean=0, stddev=0.05, seed=None):
    """Initializer that draws the weights from a normal distribution.

    R keras' ``initializer_random_normal()``, building ``{keras_path}``.

    Parameters
    ----------
    mean : float
        Mean of the values.
    stddev : float
        Standard deviation of the values.
    {initializer_seed}

    Returns
    -------
    {initializer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.initializer_random_normal(stddev=0.1, seed=1).stddev
    0.1

    R Examples
    ----------
    layer <- layer_dense(units = 2, kernel_initializer = initializer_random_normal(stddev = 0.1))
    """


@keras_function("initializers.RandomUniform", _SEED)
def initializer_random_uniform(minval=-0.05, maxval=0.05, seed=None):
    """Initializer that draws the weights uniformly from ``[minval, maxval]``.

    R keras' ``initializer_random_uniform()``, building ``{keras_path}``.

    Parameters
    ----------
    minval : float
        Lower bound of the values.
    maxval : float
        Upper bound of the values.
    {initializer_seed}

    Returns
    -------
    {initializer_returns}

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.initializer_random_uniform(-1, 1).maxval
    1

    R Examples
    ----------
    layer <- layer_dense(units = 2, kernel_initializer = initializer_random_uniform(-0.1, 0.1))
    """


# Callbacks
# ---------

@keras_function("callbacks.EarlyStopping", {
    "min_delta": as_float, "patience": as_nonnegative_integer, "verbose": as_nonnegative_integer,
    "mode": partial(as_match_arg, choices=("auto", "min", "max")),
})
def callback_early_stopping(monitor="val_loss", min_delta=0, patience=0, verbose=0,
                            mode=("auto", "min", "max"), baseline=None,
                            restore_best_weights=False):
    """Stop training when a monitored metric has stopped improving.

    R keras' ``callback_early_stopping()``, building ``{keras_path}``; pass it
    in ``fit(callbacks = list(...))``.

    Parameters
    ----------
    monitor : str
        The metric to watch, e.g. ``"val_loss"`` or ``"loss"``.
    min_delta : float
        The least change that counts as an improvement.
    patience : int
        Number of epochs without improvement after which training stops.
    verbose : int
        ``1`` prints a line when the callback stops training; ``0`` is quiet.
    mode : str
        ``"min"`` (the metric should fall), ``"max"`` (rise) or ``"auto"``
        (from its name); the default, R's vector of the three, means ``"auto"``.
    baseline : float or None
        A value the metric must beat within ``patience`` epochs.
    restore_best_weights : bool
        Whether to restore the weights of the best epoch when training stops.

    Returns
    -------
    tf_keras.callbacks.EarlyStopping
        The callback.

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.callback_early_stopping(monitor="loss", patience=3).patience
    3

    R Examples
    ----------
    stop_early <- callback_early_stopping(monitor = "loss", patience = 5)
    """


# Backend
# -------

@keras_function("backend.cast_to_floatx", {"x": _as_numbers})
def k_cast_to_floatx(x):
    """Cast an array to Keras' float type (``"float32"`` unless configured otherwise).

    R keras' ``k_cast_to_floatx()``, calling ``{keras_path}``.

    Parameters
    ----------
    x : array-like
        Numbers (an R vector, matrix or array).

    Returns
    -------
    numpy.ndarray
        The values as an array of Keras' float type (an R array in R).

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.k_cast_to_floatx([1, 2]).dtype
    dtype('float32')

    R Examples
    ----------
    k_cast_to_floatx(c(1, 2, 3))
    """


@keras_function("backend.constant", {"value": _as_numbers, "shape": as_nullable_shape})
def k_constant(value, dtype=None, shape=None, name=None):
    """A constant tensor.

    R keras' ``k_constant()``, calling ``{keras_path}``.

    Parameters
    ----------
    value : number or array-like
        The value: a number (filled into ``shape``), a vector, matrix or array.
    dtype : str or None
        Data type; ``NULL``: Keras' float type (``"float32"``).
    shape : int, sequence of int or None
        Shape of the tensor.
    name : str or None
        Name of the tensor.

    Returns
    -------
    tf.Tensor
        The tensor.

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.k_constant(1, shape=[2, 3]).shape
    TensorShape([2, 3])

    R Examples
    ----------
    x <- k_constant(c(1, 2, 3))
    x$dtype
    """


# Weights, saving and loading
# ---------------------------

def get_weights(object, trainable=R_NA):
    """The weights of a model or layer, as arrays.

    R keras' ``get_weights()``. The arrays come in the order the layers
    created them (for a dense layer: kernel, then bias).

    Parameters
    ----------
    object : tf_keras.Model or tf_keras.layers.Layer
        The model or layer.
    trainable : bool or NA
        ``NA`` (the default; ``None`` in Python): all weights; ``TRUE``: the
        trainable ones; ``FALSE``: the others. (An ``NA`` given explicitly
        from R arrives in Python as ``TRUE``, which reticulate does to every
        logical ``NA``: leave the argument out for all weights.)

    Returns
    -------
    list of numpy.ndarray
        The weights (R arrays in R).

    Examples
    --------
    >>> import tfprobr as tp
    >>> layer = tp.layer_dense(units=2, input_shape=3)
    >>> model = tp.keras_model_sequential([layer])
    >>> [w.shape for w in tp.get_weights(model)]
    [(3, 2), (2,)]

    R Examples
    ----------
    model <- keras_model_sequential() %>% layer_dense(units = 2, input_shape = 3)
    weights <- get_weights(model)
    str(weights)
    """
    _check_weighted(object, "object")
    if trainable is R_NA or trainable is None:
        return object.get_weights()
    if not isinstance(trainable, (bool, np.bool_)):
        raise TypeError(f"`trainable` must be NA, TRUE or FALSE, not {describe(trainable)}")
    variables = object.trainable_weights if trainable else object.non_trainable_weights
    return [np.asarray(variable.numpy()) for variable in variables]


def set_weights(object, weights):
    """Set the weights of a model or layer from arrays.

    R keras' ``set_weights()``: ``weights`` as ``get_weights()`` returns them,
    in the same order and shapes. R values work as they arrive: an R vector
    for a bias, and a single number for a weight of one value.

    Parameters
    ----------
    object : tf_keras.Model or tf_keras.layers.Layer
        The model or layer.
    weights : list of arrays
        One array per weight.

    Returns
    -------
    tf_keras.Model or tf_keras.layers.Layer
        ``object``, with its weights set (invisibly in R keras).

    Examples
    --------
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential([tp.layer_dense(units=1, input_shape=2)])
    >>> model = tp.set_weights(model, [[[1.0], [2.0]], [0.5]])
    >>> tp.get_weights(model)[1].tolist()
    [0.5]

    R Examples
    ----------
    model <- keras_model_sequential() %>% layer_dense(units = 1, input_shape = 2)
    set_weights(model, list(matrix(c(1, 2), 2, 1), 0.5))
    get_weights(model)
    """
    _check_weighted(object, "object")
    variables = object.weights
    weights = list(weights) if isinstance(weights, (list, tuple)) else [weights]
    if len(weights) != len(variables):
        raise ValueError(f"`weights` must hold {len(variables)} arrays, one per weight of "
                         f"{object.name!r}, not {len(weights)}")
    arrays = []
    for position, (value, variable) in enumerate(zip(weights, variables)):
        shape = tuple(variable.shape)
        try:
            array = np.asarray(value, dtype=variable.dtype.as_numpy_dtype)
        except (TypeError, ValueError):
            raise TypeError(f"`weights[{position}]` must be numeric, not {describe(value)}") from None
        if array.size != int(np.prod(shape)) or (array.shape != shape and array.ndim > 1):
            raise ValueError(f"`weights[{position}]` has shape {array.shape}, but "
                             f"{variable.name} has shape {shape}")
        arrays.append(array.reshape(shape))
    object.set_weights(arrays)
    return object


def save_model_hdf5(object, filepath, overwrite=True, include_optimizer=True):
    """Save a whole model (architecture, weights, optimizer) to an HDF5 file.

    R keras' ``save_model_hdf5()``. Models of tfprobr's layers save as
    ``tf_keras`` models do; a function that Keras cannot write into a file (an
    R function, a Python ``lambda``) fails with tfprobr's error that says what
    to do instead. Load with ``load_model_hdf5()``.

    Parameters
    ----------
    {keras_model_object}
    filepath : str
        Path of the file, e.g. ``"model.h5"``.
    overwrite : bool
        Whether to replace an existing file; ``FALSE`` with an existing file
        is an error.
    include_optimizer : bool
        Whether to save the optimizer's state too.

    Returns
    -------
    bool
        ``TRUE`` (invisibly in R keras).

    Examples
    --------
    >>> import os, tempfile, tfprobr as tp
    >>> model = tp.keras_model_sequential([tp.layer_dense(units=1, input_shape=2)])
    >>> path = os.path.join(tempfile.mkdtemp(), "model.h5")
    >>> tp.save_model_hdf5(model, path)
    True

    R Examples
    ----------
    model <- keras_model_sequential() %>% layer_dense(units = 1, input_shape = 2)
    path <- tempfile(fileext = ".h5")
    save_model_hdf5(model, path)
    same <- load_model_hdf5(path)
    """
    path = _writable(filepath, overwrite)
    _check_model(object)
    with warnings.catch_warnings():  # "HDF5 ... is considered legacy": asked for by name here
        warnings.filterwarnings("ignore", message=".*HDF5 file.*legacy", category=UserWarning)
        object.save(path, overwrite=True, include_optimizer=bool(include_optimizer),
                    save_format="h5")
    return True


def load_model_hdf5(filepath, custom_objects=None, compile=True):
    """Load a whole model saved by ``save_model_hdf5()`` (or any ``tf_keras`` model file).

    R keras' ``load_model_hdf5()``, loading with tfprobr's safe-loading rules:
    the file may name only tfprobr's own classes and functions, Keras' built-in
    ones, and objects registered with Keras or given in ``custom_objects``;
    a Lambda layer holding Python bytecode is refused, as Keras' safe mode
    refuses it in ``.keras`` files. A model you trust beyond that loads with
    ``tf_keras.models.load_model(path, safe_mode = FALSE)`` (``.keras`` files).

    Parameters
    ----------
    {load_args}

    Returns
    -------
    tf_keras.Model
        The model.

    Examples
    --------
    >>> import os, tempfile, tfprobr as tp
    >>> model = tp.keras_model_sequential([tp.layer_dense(units=1, input_shape=2)])
    >>> path = os.path.join(tempfile.mkdtemp(), "model.h5")
    >>> _ = tp.save_model_hdf5(model, path)
    >>> tp.load_model_hdf5(path).output_shape
    (None, 1)

    R Examples
    ----------
    model <- keras_model_sequential() %>% layer_dense(units = 1, input_shape = 2)
    path <- tempfile(fileext = ".h5")
    save_model_hdf5(model, path)
    same <- load_model_hdf5(path)
    """
    return _load_model(filepath, custom_objects, compile)


def save_model_tf(object, filepath, overwrite=True, include_optimizer=True, signatures=None,
                  options=None):
    """Save a whole model in TensorFlow's SavedModel format, or in Keras' ``.keras`` format.

    R keras' ``save_model_tf()``. A ``filepath`` ending in ``.keras`` writes
    Keras' own zip format (recommended for ``tf_keras`` models: it loads
    back in Keras' safe mode; ``signatures`` and ``options`` do not apply to
    it, and it always includes the optimizer); any other path becomes a
    SavedModel directory, as in R keras. Load
    either with ``load_model_tf()``.

    Parameters
    ----------
    {keras_model_object}
    filepath : str
        Path of the ``.keras`` file or of the SavedModel directory.
    overwrite : bool
        Whether to replace an existing file or directory; ``FALSE`` with an
        existing one is an error.
    include_optimizer : bool
        Whether to save the optimizer's state too.
    signatures : callable, dict or None
        SavedModel only: the functions to export as signatures.
    options : tf.saved_model.SaveOptions or None
        SavedModel only: options of TensorFlow's saving.

    Returns
    -------
    bool
        ``TRUE`` (invisibly in R keras).

    Examples
    --------
    >>> import os, tempfile, tfprobr as tp
    >>> model = tp.keras_model_sequential([tp.layer_dense(units=1, input_shape=2)])
    >>> tp.save_model_tf(model, os.path.join(tempfile.mkdtemp(), "model.keras"))
    True

    R Examples
    ----------
    model <- keras_model_sequential() %>% layer_dense(units = 1, input_shape = 2)
    path <- tempfile(fileext = ".keras")
    save_model_tf(model, path)
    same <- load_model_tf(path)
    """
    path = _writable(filepath, overwrite)
    _check_model(object)
    if path.endswith(".keras"):
        if signatures is not None or options is not None or not include_optimizer:
            raise ValueError("save_model_tf(): `signatures`, `options` and include_optimizer = "
                             "FALSE apply to SavedModel directories, not to a .keras file")
        object.save(path, overwrite=True)
    else:
        object.save(path, overwrite=True, include_optimizer=bool(include_optimizer),
                    save_format="tf", signatures=signatures, options=options)
    return True


def load_model_tf(filepath, custom_objects=None, compile=True):
    """Load a whole model saved by ``save_model_tf()``: a ``.keras`` file or a SavedModel directory.

    R keras' ``load_model_tf()``, loading with tfprobr's safe-loading rules
    (see ``load_model_hdf5()``): a ``.keras`` file loads in Keras' safe mode.

    Parameters
    ----------
    {load_args}

    Returns
    -------
    tf_keras.Model
        The model.

    Examples
    --------
    >>> import os, tempfile, tfprobr as tp
    >>> model = tp.keras_model_sequential([tp.layer_dense(units=1, input_shape=2)])
    >>> path = os.path.join(tempfile.mkdtemp(), "model.keras")
    >>> _ = tp.save_model_tf(model, path)
    >>> tp.load_model_tf(path).output_shape
    (None, 1)

    R Examples
    ----------
    model <- keras_model_sequential() %>% layer_dense(units = 1, input_shape = 2)
    path <- tempfile(fileext = ".keras")
    save_model_tf(model, path)
    same <- load_model_tf(path)
    """
    return _load_model(filepath, custom_objects, compile)


def save_model_weights_hdf5(object, filepath, overwrite=True):
    """Save the weights of a model to an HDF5 file.

    R keras' ``save_model_weights_hdf5()``. Every tfprobr layer's weights
    (a Bayesian layer's posterior) save and load exactly, whatever functions
    the model holds; load them into a model built by the same code with
    ``load_model_weights_hdf5()``.

    Parameters
    ----------
    {keras_model_object}
    filepath : str
        Path of the file, e.g. ``"weights.h5"``.
    overwrite : bool
        Whether to replace an existing file; ``FALSE`` with an existing file
        is an error.

    Returns
    -------
    bool
        ``TRUE`` (invisibly in R keras).

    Examples
    --------
    >>> import os, tempfile, tfprobr as tp
    >>> model = tp.keras_model_sequential([tp.layer_dense(units=1, input_shape=2)])
    >>> tp.save_model_weights_hdf5(model, os.path.join(tempfile.mkdtemp(), "w.h5"))
    True

    R Examples
    ----------
    model <- keras_model_sequential() %>% layer_dense(units = 1, input_shape = 2)
    path <- tempfile(fileext = ".h5")
    save_model_weights_hdf5(model, path)
    model <- load_model_weights_hdf5(model, path)
    """
    path = _writable(filepath, overwrite)
    _check_weighted(object, "object")
    object.save_weights(path, overwrite=True, save_format="h5")
    return True


def load_model_weights_hdf5(object, filepath, by_name=False, skip_mismatch=False, reshape=False):
    """Load weights saved by ``save_model_weights_hdf5()`` into a model.

    R keras' ``load_model_weights_hdf5()``.

    Parameters
    ----------
    {keras_model_object}
    filepath : str
        Path of the file.
    by_name : bool
        Whether to match the weights to layers by the layers' names (for a
        model of another architecture) instead of by order.
    skip_mismatch : bool
        With ``by_name``: skip layers whose weights do not match in number or
        shape, with a warning, instead of failing.
    reshape : bool
        Ignored with TensorFlow, as in R keras (a warning says so when
        ``TRUE``).

    Returns
    -------
    tf_keras.Model
        ``object``, with the weights loaded (invisibly in R keras).

    Examples
    --------
    >>> import os, tempfile, tfprobr as tp
    >>> model = tp.keras_model_sequential([tp.layer_dense(units=1, input_shape=2)])
    >>> path = os.path.join(tempfile.mkdtemp(), "w.h5")
    >>> _ = tp.save_model_weights_hdf5(model, path)
    >>> tp.load_model_weights_hdf5(model, path) is model
    True

    R Examples
    ----------
    model <- keras_model_sequential() %>% layer_dense(units = 1, input_shape = 2)
    path <- tempfile(fileext = ".h5")
    save_model_weights_hdf5(model, path)
    model <- load_model_weights_hdf5(model, path)
    """
    _check_weighted(object, "object")
    path = _readable(filepath)
    if reshape:
        warnings.warn("load_model_weights_hdf5(): `reshape` is ignored with TensorFlow, as in R "
                      "keras", stacklevel=2)
    object.load_weights(path, by_name=bool(by_name), skip_mismatch=bool(skip_mismatch))
    return object


def _load_model(filepath, custom_objects, compile):
    import tf_keras
    from tf_keras.src.saving import serialization_lib

    path = _readable(filepath)
    if custom_objects is not None and not isinstance(custom_objects, dict):
        raise TypeError("`custom_objects` must be a named list (R) or dict of classes and "
                        f"functions, not {describe(custom_objects)}")
    # Keras has a safe mode for .keras files only: hold it on for .h5 files and
    # SavedModel directories too (tfprobr's classes and Keras' Lambda layer read it).
    with serialization_lib.SafeModeScope(True):
        return tf_keras.models.load_model(path, custom_objects=custom_objects,
                                          compile=bool(compile))


def _writable(filepath, overwrite):
    path = _path(filepath)
    if not overwrite and os.path.exists(path):
        raise FileExistsError(f"`filepath` {path!r} exists already; pass overwrite = TRUE to "
                              "replace it")
    return path


def _readable(filepath):
    path = _path(filepath)
    if not os.path.exists(path):
        raise FileNotFoundError(f"`filepath` {path!r} does not exist")
    return path


def _path(filepath):
    if not isinstance(filepath, (str, os.PathLike)):
        raise TypeError(f"`filepath` must be a path (a string), not {describe(filepath)}")
    return os.path.abspath(os.path.expanduser(os.fspath(filepath)))


def _check_model(value):
    import tf_keras

    check_not_keras3(value, "object")
    if not isinstance(value, tf_keras.Model):
        raise TypeError(f"`object` must be a Keras 2 (tf_keras) model, not {describe(value)}")


def _check_weighted(value, name):
    import tf_keras

    check_not_keras3(value, name)
    if not isinstance(value, tf_keras.layers.Layer):  # models are layers too
        raise TypeError(f"`{name}` must be a Keras 2 (tf_keras) model or layer, not "
                        f"{describe(value)}")


for _function in (get_weights, set_weights, save_model_hdf5, load_model_hdf5, save_model_tf,
                  load_model_tf, save_model_weights_hdf5, load_model_weights_hdf5):
    fill(_function, function=_function.__name__)
del _function
