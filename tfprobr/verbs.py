"""R keras' verbs for tfprobr's models: ``compile()``, ``fit()``, ``evaluate()``, ``predict()``.

In R these are the S3 methods of R keras' generics for the class of tf_keras'
models (``fit.tf_keras.src.engine.training.Model``...), generated from the
declarations here: with R keras loaded too, each package drives its own
models. The Python names say what they act on (``fit_model``), since
``compile`` is a Python builtin and :mod:`tfprobr.predict` a module; from
Python they take the same values (numpy arrays, pandas data frames, lists).

Every argument is checked before the model is touched (see
:mod:`tfprobr._internal.verb_args`), so a bad value is an error naming the
argument, and leaves the model as it was. The training history ``fit()``
returns in R is R's (``R/training-history.R``).
"""

from __future__ import annotations

from tfprobr._internal.convert import as_count, as_nonnegative_integer
from tfprobr._internal.declare import model_method
from tfprobr._internal.r_defaults import REQUIRED
from tfprobr._internal.verb_args import (
    as_callbacks,
    as_class_weight,
    as_keras_input,
    as_keras_list,
    as_keras_target,
    as_nullable_count,
    as_nullable_flag,
    as_sample_weight,
    as_shuffle,
    as_validation_data,
    as_validation_split,
    as_verbose,
)

__all__ = ["compile_model", "fit_model", "evaluate_model", "predict_model"]

__family__ = "verbs"

# The class R's reticulate gives every tf_keras model; R keras' methods dispatch on keras' own.
MODEL_CLASS = "tf_keras.src.engine.training.Model"

_DATA = {
    "x": as_keras_input, "y": as_keras_target, "batch_size": as_nullable_count,
    "verbose": as_verbose, "sample_weight": as_sample_weight, "callbacks": as_callbacks,
}


@model_method("compile", {
    "loss": as_keras_list, "metrics": as_keras_list, "loss_weights": as_keras_list,
    "weighted_metrics": as_keras_list, "run_eagerly": as_nullable_flag,
    "steps_per_execution": as_nullable_count,
}, generic="generics::compile", r_class=MODEL_CLASS, r_value="invisible(object)")
def compile_model(object=REQUIRED, optimizer=None, loss=None, metrics=None, loss_weights=None,
                  weighted_metrics=None, run_eagerly=None, steps_per_execution=None, **kwargs):
    """Configure a model for training.

    ``compile()`` sets the optimizer, the loss and the metrics of a model, as R
    keras' ``compile()`` does, for the Keras 2 models that tfprobr builds. The
    Bayesian layers' KL terms (``model$losses``) are added to the loss by Keras:
    do not add them to ``loss`` yourself.

    ``compile()`` and :func:`fit` are the generics of the generics package,
    re-exported by tfprobr, as R keras uses them. tfprobr's methods dispatch on
    the class ``tf_keras.src.engine.training.Model`` only, so with R keras
    loaded too each package drives its own models.

    Values are checked before the model is changed: a bad value is an error
    that names the argument.

    Parameters
    ----------
    object : tf_keras.Model
        A Keras 2 (``tf_keras``) model, e.g. made with :func:`keras_model_sequential`
        and the ``layer_*`` functions.
    optimizer : str, optimizer or None
        The optimizer: a name such as ``"adam"`` or an optimizer object (e.g.
        ``optimizer_adam(learning_rate = 0.01)``). ``NULL``: Keras' default,
        ``"rmsprop"``.
    loss : str, callable, list, dict or None
        The loss: a name such as ``"mse"``, a Python loss function (e.g.
        :func:`negloglik`), or, for a model with several outputs, a vector or
        list with one loss per output (named by output).
    metrics : str, list, dict or None
        Metrics to report during training and evaluation: a character vector
        such as ``c("mae", "mse")`` or a list of names and metric objects.
    loss_weights : list, dict or None
        For several outputs: a vector or list of weights of the outputs' losses.
    weighted_metrics : str, list, dict or None
        Metrics weighted by ``sample_weight`` or ``class_weight`` in :func:`fit`.
    run_eagerly : bool or None
        ``TRUE`` to run the model eagerly (slower; useful for debugging),
        ``FALSE`` or ``NULL`` for Keras' default.
    steps_per_execution : int or None
        Number of batches per compiled call (a whole number; ``NULL``: 1).
    **kwargs : optional
        Further arguments of Keras' ``Model.compile()``, e.g. ``jit_compile = TRUE``.

    Returns
    -------
    tf_keras.Model
        ``object``, invisibly. The model is changed in place, as in R keras.

    Examples
    --------
    >>> import numpy as np
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=2)
    >>> model = tp.layer_dense_local_reparameterization(model, units=1)
    >>> tp.compile_model(model, optimizer="adam", loss="mse", metrics="mae") is model
    True
    >>> tp.compile_model(model, run_eagerly="yes")
    Traceback (most recent call last):
    ...
    TypeError: `run_eagerly` must be TRUE, FALSE or NULL, not 'yes' (of type str)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 2) %>%
      layer_dense_local_reparameterization(units = 1)
    compile(model, optimizer = "adam", loss = "mse", metrics = "mae")
    """


@model_method("fit", {
    **_DATA, "epochs": as_count, "validation_split": as_validation_split,
    "validation_data": as_validation_data, "shuffle": as_shuffle, "class_weight": as_class_weight,
    "initial_epoch": as_nonnegative_integer, "steps_per_epoch": as_nullable_count,
    "validation_steps": as_nullable_count,
}, generic="generics::fit", r_class=MODEL_CLASS, same_rows=("x", "y", "sample_weight"),
    ignored=("view_metrics",), r_value="invisible(new_training_history(value))")
def fit_model(object=REQUIRED, x=None, y=None, batch_size=None, epochs=10, verbose="auto",
              callbacks=None, view_metrics=False, validation_split=0, validation_data=None,
              shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0,
              steps_per_epoch=None, validation_steps=None, **kwargs):
    """Train a model.

    ``fit()`` trains a compiled model for a number of epochs, as R keras'
    ``fit()`` does, for the Keras 2 models that tfprobr builds. It takes R
    values as R keras does: ``epochs = 100`` (a double), matrices, data frames
    and vectors.

    All values are checked before training starts: a bad value (``epochs = 2.5``,
    ``validation_split = 2``, a text column in ``x``, an ``NA``) is an error
    that names the argument, and leaves the model unchanged.

    Parameters
    ----------
    object : tf_keras.Model
        A compiled Keras 2 (``tf_keras``) model (see :func:`compile`).
    x : array, data frame, list or None
        The inputs, one row per example: a numeric matrix or array, a data
        frame of numeric columns, a numeric vector (taken as one column), a
        list of these for a model with several inputs, or a Python object Keras
        takes (a numpy array, a tensor, a ``tf.data`` dataset).
    y : array, data frame, list or None
        The targets, in the same forms as ``x``. Numbers become Keras' float
        type, except integer vectors and matrices, which stay integers (class
        labels).
    batch_size : int or None
        Number of examples per gradient step (a whole number; ``NULL``: 32).
    epochs : int
        Number of passes over the data (a whole number, e.g. ``100``).
    verbose : "auto", 0, 1 or 2
        ``"auto"``, ``0`` (silent), ``1`` (progress bar) or ``2`` (one line per
        epoch).
    callbacks : list or None
        A list of Keras callbacks (Python objects, e.g.
        ``callback_early_stopping(patience = 5)``).
    view_metrics : bool
        Accepted for code written for R keras and ignored: tfprobr has no
        metrics viewer; ``plot()`` the history instead.
    validation_split : float
        Fraction of the data, in [0, 1), held out (the last rows) to report
        validation metrics on.
    validation_data : list or None
        Data to report validation metrics on: ``list(x, y)`` or
        ``list(x, y, sample_weight)``, in the forms of ``x`` and ``y``.
    shuffle : bool or "batch"
        ``TRUE`` to shuffle the training data before each epoch, ``FALSE``, or
        ``"batch"``.
    class_weight : named vector or None
        Weights of the classes in the loss: numbers named by class index, e.g.
        ``c(`0` = 1, `1` = 5)``.
    sample_weight : vector or None
        A numeric vector: one weight per example.
    initial_epoch : int
        The epoch to start counting from (a whole number), to resume training.
    steps_per_epoch : int or None
        Number of batches per epoch (a whole number), for data without a known
        size such as repeated datasets.
    validation_steps : int or None
        Number of batches per validation (a whole number), for validation data
        without a known size.
    **kwargs : optional
        Further arguments of Keras' ``Model.fit()``.

    Returns
    -------
    tfprobr_training_history
        A training history (class ``tfprobr_training_history``), invisibly:
        ``$params`` (a list: ``epochs``, ``steps``, ``verbose``) and
        ``$metrics`` (a named list with one numeric vector per metric, e.g.
        ``loss``, ``val_loss``, one value per epoch; ``NA`` for the epochs after
        an early stop). See ``?tfprobr_training_history`` for its ``print()``,
        ``as.data.frame()`` and ``plot()`` methods. (From Python: Keras'
        ``History``.)

    Examples
    --------
    >>> import numpy as np
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=2)
    >>> model = tp.layer_dense_local_reparameterization(model, units=1)
    >>> x = np.random.default_rng(1).normal(size=(64, 2))
    >>> y = x @ [1.0, -1.0]
    >>> _ = tp.compile_model(model, optimizer="adam", loss="mse")
    >>> history = tp.fit_model(model, x, y, epochs=2, validation_split=0.25, verbose=0)
    >>> sorted(history.history)
    ['loss', 'val_loss']
    >>> tp.fit_model(model, x, y[:60], epochs=2)
    Traceback (most recent call last):
    ...
    ValueError: `x` and `y` must have the same number of rows (one per example), but `x` has 64, `y` has 60

    R Examples
    ----------
    set.seed(1)
    x <- matrix(rnorm(128), ncol = 2)
    y <- x %*% c(1, -1) + rnorm(64, sd = 0.1)
    model <- keras_model_sequential(input_shape = 2) %>%
      layer_dense_local_reparameterization(units = 1)
    compile(model, optimizer = "adam", loss = "mse")
    history <- fit(model, x, y, epochs = 5, validation_split = 0.25, verbose = 0)
    history
    as.data.frame(history)
    """


@model_method("evaluate", _DATA, generic="evaluate", r_class=MODEL_CLASS,
              same_rows=("x", "y", "sample_weight"), fixed={"return_dict": True},
              r_value="unlist(value)")
def evaluate_model(object=REQUIRED, x=None, y=None, batch_size=None, verbose="auto",
                   sample_weight=None, steps=None, callbacks=None, **kwargs):
    """Evaluate a model: loss and metrics on data.

    ``evaluate()`` computes a compiled model's loss and metrics on data, as R
    keras' ``evaluate()`` does, for the Keras 2 models that tfprobr builds.
    Bayesian layers draw new weights on every call, so the values vary from
    call to call.

    ``evaluate()`` is a generic of tfprobr with the model as its first
    argument, ``object``, as in R keras (through R tensorflow); the generic of
    the generics package takes ``x`` first, which would dispatch
    ``evaluate(model, x = x_test)`` on the data.

    Parameters
    ----------
    object : tf_keras.Model
        A compiled Keras 2 (``tf_keras``) model (see :func:`compile`).
    x : array, data frame, list or None
        The inputs, in the forms :func:`fit` takes: numeric matrices, arrays,
        data frames or vectors (a vector is one column), or Python objects.
    y : array, data frame, list or None
        The targets, in the same forms.
    batch_size : int or None
        Number of examples per batch (a whole number; ``NULL``: 32).
    verbose : "auto", 0, 1 or 2
        ``"auto"``, ``0`` (silent), ``1`` (progress bar) or ``2``.
    sample_weight : vector or None
        A numeric vector: one weight per example.
    steps : int or None
        Number of batches to evaluate (a whole number), for data without a
        known size.
    callbacks : list or None
        A list of Keras callbacks (Python objects).
    **kwargs : optional
        For the generic, arguments of the methods; for the method, further
        arguments of Keras' ``Model.evaluate()``.

    Returns
    -------
    numeric
        A named numeric vector: the loss (``loss``) and each metric given to
        :func:`compile`. (From Python: a dict.)

    See Also
    --------
    :func:`predict_mc` for predictions with uncertainty.

    Examples
    --------
    >>> import numpy as np
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=2)
    >>> model = tp.layer_dense_local_reparameterization(model, units=1)
    >>> x = np.random.default_rng(1).normal(size=(64, 2))
    >>> y = x @ [1.0, -1.0]
    >>> _ = tp.compile_model(model, optimizer="adam", loss="mse", metrics="mae")
    >>> sorted(tp.evaluate_model(model, x, y, verbose=0))
    ['loss', 'mae']

    R Examples
    ----------
    x <- matrix(rnorm(128), ncol = 2)
    y <- x %*% c(1, -1)
    model <- keras_model_sequential(input_shape = 2) %>%
      layer_dense_local_reparameterization(units = 1)
    compile(model, optimizer = "adam", loss = "mse", metrics = "mae")
    evaluate(model, x, y, verbose = 0)
    """


@model_method("predict", {key: _DATA[key] for key in ("x", "batch_size", "verbose", "callbacks")}
              | {"steps": as_nullable_count},
              generic="stats::predict", r_class=MODEL_CLASS, same_rows=("x",))
def predict_model(object=REQUIRED, x=REQUIRED, batch_size=None, verbose="auto", steps=None,
                  callbacks=None, **kwargs):
    """Predict with a model: one forward pass.

    ``predict()`` (the generic of stats) runs a model once over ``x``, as R
    keras' ``predict()`` does, for the Keras 2 models that tfprobr builds.

    Each forward pass of a Bayesian model draws new weights, so one
    ``predict()`` is one random draw. For the predictive mean, standard
    deviation and quantiles use :func:`predict_mc`, which runs many passes in
    one compiled call.

    Parameters
    ----------
    object : tf_keras.Model
        A Keras 2 (``tf_keras``) model.
    x : array, data frame, list
        The inputs, in the forms :func:`fit` takes: a numeric matrix, array,
        data frame or vector (a vector is one column), a list of these for
        several inputs, or a Python object.
    batch_size : int or None
        Number of examples per batch (a whole number; ``NULL``: 32).
    verbose : "auto", 0, 1 or 2
        ``"auto"``, ``0`` (silent), ``1`` (progress bar) or ``2``.
    steps : int or None
        Number of batches to predict (a whole number), for data without a
        known size.
    callbacks : list or None
        A list of Keras callbacks (Python objects).
    **kwargs : optional
        Further arguments of Keras' ``Model.predict()``.

    Returns
    -------
    array
        An R matrix (or array) with one row per row of ``x``; a list of them
        for a model with several outputs. For a model that ends in a
        distribution layer, one draw from each row's distribution.

    Examples
    --------
    >>> import numpy as np
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=2)
    >>> model = tp.layer_dense_local_reparameterization(model, units=1)
    >>> x = np.random.default_rng(1).normal(size=(64, 2))
    >>> y = x @ [1.0, -1.0]
    >>> tp.predict_model(model, x, verbose=0).shape
    (64, 1)

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = 2) %>%
      layer_dense_local_reparameterization(units = 1)
    predict(model, matrix(rnorm(10), ncol = 2), verbose = 0)
    """
