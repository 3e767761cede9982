"""Keras models and inputs under R keras' names: Keras 2 by default, Keras 3 on request.

TFP's layers are Keras 2 (``tf_keras``) layers and cannot join a Keras 3 model.
These functions give R and Python users the right kind of model without
importing Keras themselves: a ``tf_keras`` one, or, after ``use_keras3()`` (the
switch ``TFPROBR_KERAS=3``), a Keras 3 one for tfprobr's native Keras 3 layers.
"""

from __future__ import annotations


from tfprobr._internal.compose import check_not_keras3, is_keras3
from tfprobr._internal.convert import as_nullable_integer, as_shape, describe
from tfprobr._internal.keras3 import keras3_requested

__all__ = ["keras_model_sequential", "keras_model", "layer_input"]

__family__ = "models"


def keras_model_sequential(layers=None, name=None, **kwargs):
    """Create a Keras 2 (``tf_keras``) sequential model, or a Keras 3 one after ``use_keras3()``.

    Parameters
    ----------
    layers : list of layers or None
        Layers to add to the model, in order.
    name : str or None
        Name of the model.
    **kwargs : optional
        ``input_shape`` (a number or a vector), with optional ``batch_size``
        and ``dtype``, starts the model with an input layer of that shape, so
        that it is built as soon as layers are added. Other arguments are
        passed to ``tf_keras.Sequential``.

    Returns
    -------
    tf_keras.Sequential or keras.Sequential
        The model; add layers to it with the ``layer_*`` functions. It is a
        Keras 3 model when ``use_keras3()`` is on or ``layers`` are Keras 3
        layers.

    Examples
    --------
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=3)
    >>> model = tp.layer_dense_local_reparameterization(model, units=2)
    >>> model.output_shape
    (None, 2)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 3) %>%
      layer_dense_local_reparameterization(units = 2)
    model$output_shape
    """
    layers = [] if layers is None else list(layers) if isinstance(layers, (list, tuple)) else [layers]
    keras3 = any(is_keras3(layer) for layer in layers) if layers else keras3_requested()
    module = _keras(keras3)
    input_args = {
        "shape": kwargs.pop("input_shape", None),
        "batch_size": kwargs.pop("batch_size", None),
        "dtype": kwargs.pop("dtype", None),
    }
    for position, layer in enumerate(layers):
        _check_keras(layer, f"layers[{position}]", module.layers.Layer, "a Keras layer (e.g. made by "
                     "layer_dense_flipout()) or a layer_input()", keras3)
    if input_args["shape"] is not None:
        layers.insert(
            0,
            module.Input(
                shape=as_shape(input_args["shape"], "input_shape", allow_unknown=True),
                batch_size=as_nullable_integer(input_args["batch_size"], "batch_size"),
                dtype=input_args["dtype"],
            ),
        )
    return module.Sequential(layers=layers, name=name, **kwargs)


def keras_model(inputs, outputs=None, **kwargs):
    """Create a Keras model from input and output tensors (Keras 3 ones give a Keras 3 model).

    Parameters
    ----------
    inputs : tensor or list of tensors
        The model's inputs, made with :func:`layer_input`.
    outputs : tensor or list of tensors
        The outputs, made by applying layers to ``inputs`` (required, though
        R keras' formals give it the default ``NULL``).
    **kwargs : optional
        Further arguments passed to ``tf_keras.Model`` (or ``keras.Model``), such as ``name``.

    Returns
    -------
    tf_keras.Model or keras.Model
        The functional model, of the Keras generation of ``inputs``.

    Examples
    --------
    >>> import tfprobr as tp
    >>> x = tp.layer_input(shape=3)
    >>> y = tp.layer_dense_local_reparameterization(x, units=1)
    >>> tp.keras_model(x, y).output_shape
    (None, 1)

    R Examples
    ----------
    x <- layer_input(shape = 3)
    y <- x %>% layer_dense_local_reparameterization(units = 1)
    model <- keras_model(x, y)
    model$output_shape
    """
    if outputs is None:
        raise TypeError("keras_model() needs `outputs`: the tensors made by applying layers to "
                        "`inputs`")
    first = inputs[0] if isinstance(inputs, (list, tuple)) and inputs else inputs
    keras3 = is_keras3(first)
    for name, tensors in (("inputs", inputs), ("outputs", outputs)):
        for position, tensor in enumerate(tensors if isinstance(tensors, (list, tuple)) else [tensors]):
            label = f"{name}[{position}]" if isinstance(tensors, (list, tuple)) else name
            _check_keras(tensor, label, None, "a Keras tensor (made by layer_input() or by a layer "
                         "applied to one)", keras3)
    return _keras(keras3).Model(inputs=inputs, outputs=outputs, **kwargs)


def layer_input(shape=None, batch_shape=None, name=None, dtype=None, sparse=False, tensor=None,
                ragged=False):
    """Create a Keras 2 (``tf_keras``) input tensor, or a Keras 3 one after ``use_keras3()``.

    Parameters
    ----------
    shape : int, sequence of int or None
        Shape of one example, without the batch dimension: ``3`` or ``c(28, 28)``
        in R. ``NA`` (R) or ``None`` marks a dimension of unknown size.
    batch_shape : sequence of int or None
        Shape including the batch dimension, instead of ``shape``.
    name : str or None
        Name of the input layer.
    dtype : str or None
        Data type of the input, by default Keras' float type (``"float32"``).
    sparse : bool
        Whether the input is a sparse tensor.
    tensor : tensor or None
        An existing tensor to wrap into the input layer.
    ragged : bool
        Whether the input is a ragged tensor.

    Returns
    -------
    KerasTensor
        A symbolic tensor to apply layers to (Keras 3's when ``use_keras3()``
        is on).

    Examples
    --------
    >>> import tfprobr as tp
    >>> x = tp.layer_input(shape=4)
    >>> x.shape
    TensorShape([None, 4])

    R Examples
    ----------
    x <- layer_input(shape = 4)
    x$shape$as_list()  # NULL: any number of rows
    """
    if shape is None and batch_shape is None:
        raise TypeError("layer_input() needs `shape` (or `batch_shape`)")
    return _keras(keras3_requested()).Input(
        shape=None if shape is None else as_shape(shape, "shape", allow_unknown=True),
        name=name,
        dtype=dtype,
        sparse=bool(sparse),
        tensor=tensor,
        ragged=bool(ragged),
        **({} if batch_shape is None else {
            "batch_shape": as_shape(batch_shape, "batch_shape", allow_unknown=True)
        }),
    )


def _keras(keras3: bool):
    """The Keras module of a generation: ``keras`` (Keras 3) or ``tf_keras`` (Keras 2)."""
    if keras3:
        import keras

        return keras
    import tf_keras

    return tf_keras


def _check_keras(value, name, layer_class, what, keras3=False):
    """Raise a ``TypeError`` naming ``name`` unless ``value`` is a Keras tensor (or a ``layer_class``)
    of the generation ``keras3`` says."""
    if layer_class is not None and isinstance(value, layer_class):
        return
    if keras3:
        import keras

        if isinstance(value, keras.KerasTensor):
            return
        raise TypeError(f"`{name}` must be {what} of Keras 3, as the other inputs, not "
                        f"{describe(value)}")
    import tf_keras

    check_not_keras3(value, name)
    try:
        if tf_keras.backend.is_keras_tensor(value):
            return
    except ValueError:  # not a tensor at all
        pass
    raise TypeError(f"`{name}` must be {what}, not {describe(value)}")
