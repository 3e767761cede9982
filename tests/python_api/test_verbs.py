"""R keras' verbs (tfprobr.verbs): R values checked in Python before the model is touched.

The values are given as reticulate delivers R's: vectors as lists, matrices in
Fortran order, data frames as pandas, named vectors as pandas Series and a
logical NA as NaN (the R methods send those two, call_python(exact = TRUE)).
"""

import math

import numpy as np
import pandas as pd
import pytest

import tfprobr as tp
from tfprobr._internal import verb_args
from tfprobr._internal.names import R_NA_INTEGER


def test_the_verbs_are_declared_with_r_keras_formals_and_their_r_methods():
    from tfprobr.rd.usage import r_formals

    assert [formal for formal, _ in r_formals(tp.fit_model)] == [
        "object", "x", "y", "batch_size", "epochs", "verbose", "callbacks", "view_metrics",
        "validation_split", "validation_data", "shuffle", "class_weight", "sample_weight",
        "initial_epoch", "steps_per_epoch", "validation_steps", "..."]
    assert r_formals(tp.predict_model)[:2] == [("object", None), ("x", None)]
    assert tp.fit_model.r_method.name == "fit.tf_keras.src.engine.training.Model"
    assert tp.compile_model.r_method.package == "generics" and tp.compile_model.r_method.exports_generic
    assert tp.evaluate_model.r_method.package is None and tp.evaluate_model.r_method.exports_generic
    assert not tp.predict_model.r_method.exports_generic  # stats is attached in R


@pytest.mark.parametrize("values, message", [
    ({"x": np.zeros((100, 2)), "y": [0.0] * 90},
     "`x` and `y` must have the same number of rows (one per example), but `x` has 100, `y` has 90"),
    ({"x": np.zeros((4, 2)), "y": pd.DataFrame({"y": [1.0] * 4}), "sample_weight": [1.0] * 3},
     "`x`, `y` and `sample_weight` must have the same number of rows (one per example), but "
     "`x` has 4, `y` has 4, `sample_weight` has 3"),
    ({"x": [np.zeros((4, 1)), np.zeros((3, 1))]},
     "`x[[1]]` and `x[[2]]` must have the same number of rows"),
    ({"x": {"a": np.zeros((4, 1)), "b": [1.0, 2.0]}}, "`x$a` and `x$b` must have"),
])
def test_rows_that_differ_are_named_with_their_counts(values, message):
    with pytest.raises(ValueError) as error:
        verb_args.check_same_rows(values)
    assert message in str(error.value)


def test_python_objects_and_missing_values_are_not_counted():
    verb_args.check_same_rows({"x": np.zeros((4, 2)), "y": None, "sample_weight": object()})


def test_inputs_become_c_ordered_float_arrays_and_vectors_one_column():
    matrix = np.asfortranarray(np.arange(6.0).reshape(3, 2))
    converted = verb_args.as_keras_input(matrix, "x")
    assert converted.flags.c_contiguous and converted.dtype == np.float32
    np.testing.assert_array_equal(converted, matrix)
    assert verb_args.as_keras_input([1.0, 2.0, 3.0], "x").shape == (3, 1)
    assert verb_args.as_keras_input(5.0, "x").shape == (1, 1)
    assert verb_args.as_keras_target([1, 2], "y").dtype == np.int32  # class labels stay integers
    assert verb_args.as_keras_input([1, 2], "x").dtype == np.float32
    frame = pd.DataFrame({"a": np.array([1, 2], np.int32), "b": [0.5, 1.0], "c": [True, False]})
    np.testing.assert_array_equal(verb_args.as_keras_input(frame, "x"), [[1, 0.5, 1], [2, 1, 0]])
    parts = verb_args.as_keras_input({"a": [1.0, 2.0], "b": np.zeros((2, 3))}, "x")
    assert parts["a"].shape == (2, 1) and parts["b"].shape == (2, 3)


@pytest.mark.parametrize("value, message", [
    (pd.DataFrame({"a": [1.0], "b": ["t"]}), "`x` must have numeric columns only, not column `b` of class character"),
    (pd.DataFrame({"a": pd.Categorical(["u"])}), "not column `a` of class factor"),
    (["a", "b"], "`x` must be numeric (a vector, matrix, array or data frame)"),
    (np.asfortranarray([[1.0, 2.0], [3.0, math.nan]]), "`x` must not contain NA; the first is at position 4"),
    (np.array([[1.0, math.nan], [3.0, 4.0]], order="F"), "`x` must not contain NA; the first is at position 3"),
    ([1, R_NA_INTEGER], "`x` must not contain NA; the first is at position 2"),
    (pd.DataFrame({"a": np.array([1, R_NA_INTEGER], np.int32)}), "the first is at position 2"),
])
def test_bad_inputs_name_the_argument_and_the_place(value, message):
    with pytest.raises((TypeError, ValueError)) as error:
        verb_args.as_keras_input(value, "x")
    assert message in str(error.value)


@pytest.mark.parametrize("converter, value, message", [
    (verb_args.as_verbose, 3.0, '`verbose` must be one of "auto", 0, 1 or 2, not 3.0'),
    (verb_args.as_verbose, True, "`verbose` must be one of"),
    (verb_args.as_nullable_flag, math.nan, "`run_eagerly` must be TRUE, FALSE or NULL, not NA"),
    (verb_args.as_shuffle, math.nan, '`shuffle` must be TRUE, FALSE or "batch", not NA'),
    (verb_args.as_validation_split, 2.0, "`validation_split` must be a fraction in [0, 1), not 2"),
    (verb_args.as_nullable_count, 0.0, "`batch_size` must be a positive whole number"),
    (verb_args.as_callbacks, [lambda: None], "`callbacks[[1]]` must be a Keras callback"),
    (verb_args.as_validation_data, np.zeros((3, 2)),
     "`validation_data` must be list(x, y) or list(x, y, sample_weight), not"),
    (verb_args.as_validation_data, [np.zeros((3, 1)), [1.0, 2.0]],
     "`validation_data[[1]]` and `validation_data[[2]]` must have the same number of rows"),
    (verb_args.as_class_weight, [1.0, 5.0], "`class_weight` must be numbers named by class index"),
    (verb_args.as_class_weight, pd.Series([1.0], index=["a"]), "named by class index"),
    (verb_args.as_sample_weight, [1.0, math.nan], "`sample_weight` must not contain NA"),
])
def test_bad_values_name_the_argument_and_the_value(converter, value, message):
    names = {verb_args.as_nullable_flag: "run_eagerly", verb_args.as_nullable_count: "batch_size"}
    with pytest.raises((TypeError, ValueError)) as error:
        converter(value, names.get(converter, converter.__name__.removeprefix("as_")))
    assert message in str(error.value)


def test_named_vectors_become_dicts_by_name():
    assert verb_args.as_keras_list(pd.Series(["mae", "mse"], index=["b", "a"]), "loss") == {
        "b": "mae", "a": "mse"}
    assert verb_args.as_keras_list(["mae", "mse"], "metrics") == ["mae", "mse"]
    assert verb_args.as_class_weight(pd.Series([1.0, 5.0], index=["0", "1"]), "class_weight") == {
        0: 1.0, 1: 5.0}


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(1)
    x = np.asfortranarray(rng.normal(size=(64, 2)))
    return x, list(x @ [1.0, -1.0])


def _model():
    return tp.layer_dense_local_reparameterization(tp.keras_model_sequential(input_shape=2), units=1)


@pytest.mark.slow
def test_fit_evaluate_and_predict_take_r_values(data):
    x, y = data
    model = _model()
    assert tp.compile_model(model, optimizer="adam", loss="mse", metrics=["mae"]) is model
    history = tp.fit_model(model, x, y, epochs=2.0, batch_size=16.0, validation_split=0.25,
                           verbose=0.0, view_metrics=True)
    assert history.params["epochs"] == 2 and history.params["steps"] == 3
    assert sorted(history.history) == ["loss", "mae", "val_loss", "val_mae"]
    result = tp.evaluate_model(model, pd.DataFrame(x), y, verbose=0.0)
    assert sorted(result) == ["loss", "mae"]
    assert tp.predict_model(model, x, verbose=0.0).shape == (64, 1)


@pytest.mark.slow
def test_a_bad_value_changes_nothing(data):
    x, y = data
    model = _model()
    tp.compile_model(model, optimizer="adam", loss="mse")
    before = [w.copy() for w in model.get_weights()]
    with pytest.raises(ValueError, match="`epochs` must be a whole number, not 2.5"):
        tp.fit_model(model, x, y, epochs=2.5, verbose=0.0)
    with pytest.raises(ValueError, match="`y` must not contain NA; the first is at position 5"):
        tp.fit_model(model, x, y[:4] + [math.nan] + y[5:], verbose=0.0)
    with pytest.raises(TypeError, match="`object` must be a Keras model"):
        tp.fit_model("model", x, y)
    for old, new in zip(before, model.get_weights()):
        np.testing.assert_array_equal(old, new)
