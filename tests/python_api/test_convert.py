import math

import numpy as np
import pytest

from tfprobr._internal.convert import (
    as_callable,
    as_count,
    as_count_list,
    as_integer,
    as_integer_or_tuple,
    as_nullable_callable,
    as_nullable_count_list,
    as_nullable_float,
    as_nullable_integer,
    as_shape,
    as_string_or_count_list,
    convert_args,
)


@pytest.mark.parametrize("value, expected", [(10.0, 10), (10, 10), (np.float64(3.0), 3),
                                              (np.int32(7), 7), (np.array([4.0]), 4)])
def test_whole_numbers_become_ints(value, expected):
    result = as_count(value, "units")
    assert result == expected and type(result) is int


@pytest.mark.parametrize("value, error, words", [
    (2.5, ValueError, "2.5"),
    (float("nan"), ValueError, "NA/NaN"),
    (math.inf, ValueError, "inf"),
    (True, TypeError, "True"),          # R's NA (logical) arrives as True
    (np.bool_(False), TypeError, "False"),
    (-2147483648, ValueError, "NA"),    # R's NA_integer_
    ("10", TypeError, "'10'"),
    ([1.0, 2.0], TypeError, "[1.0, 2.0]"),
    (None, TypeError, "None"),
])
def test_bad_integers_are_rejected_naming_argument_and_value(value, error, words):
    with pytest.raises(error) as caught:
        as_integer(value, "units")
    assert "`units`" in str(caught.value) and words in str(caught.value)


@pytest.mark.parametrize("value", [0, 0.0, -3.0])
def test_counts_must_be_positive(value):
    with pytest.raises(ValueError, match=r"`filters` must be a positive whole number, not -?[03]"):
        as_count(value, "filters")


def test_null_stays_none_for_nullable_converters():
    assert as_nullable_integer(None, "seed") is None
    assert as_nullable_count_list(None, "hidden_units") is None
    assert as_nullable_callable(None, "bias_prior_fn") is None


@pytest.mark.parametrize("value, expected", [
    (10.0, (10,)), ([2.0, 3.0], (2, 3)), ((4, 5), (4, 5)), ([], ()), ((), ()),
    (np.array([2.0, 2.0]), (2, 2)), (np.array(5.0), (5,)),
])
def test_shapes_become_tuples_of_ints(value, expected):
    assert as_shape(value, "event_shape") == expected


def test_shape_names_the_bad_element():
    with pytest.raises(ValueError, match=r"`shape\[1\]` must be a whole number, not 2.5"):
        as_shape([3.0, 2.5], "shape")
    with pytest.raises(TypeError, match="`shape`"):
        as_shape("3", "shape")


def test_unknown_dimensions_only_when_allowed():
    assert as_shape([None, 3.0], "input_shape", allow_unknown=True) == (None, 3)
    assert as_shape([float("nan"), 3.0], "input_shape", allow_unknown=True) == (None, 3)
    with pytest.raises(ValueError, match="NaN"):
        as_shape([float("nan"), 3.0], "input_shape")


def test_sizes_per_dimension():
    assert as_integer_or_tuple(3.0, "kernel_size") == 3
    assert as_integer_or_tuple([3.0, 3.0], "kernel_size") == (3, 3)
    with pytest.raises(ValueError, match=r"`kernel_size\[0\]` must be a positive whole number"):
        as_integer_or_tuple([0.0, 3.0], "kernel_size")


def test_sizes_with_a_length_take_one_number_or_one_per_dimension():
    assert as_integer_or_tuple([2.0, 3.0], "strides", length=2) == (2, 3)
    assert as_integer_or_tuple(np.array([4.0]), "strides", length=3) == 4
    with pytest.raises(ValueError, match=r"`strides` must be one number or a vector of 3.*\[1.0, 2.0\]"):
        as_integer_or_tuple([1.0, 2.0], "strides", length=3)


def test_input_order_is_a_keyword_or_a_vector_of_positions():
    assert as_string_or_count_list("random", "input_order") == "random"
    assert as_string_or_count_list([2.0, 1.0], "input_order") == [2, 1]
    with pytest.raises(ValueError, match=r"`input_order\[0\]`"):
        as_string_or_count_list([0.0, 1.0], "input_order")


def test_nullable_floats():
    assert as_nullable_float(None, "kl_weight") is None
    assert as_nullable_float(1, "kl_weight") == 1.0
    with pytest.raises(TypeError, match="`kl_weight`"):
        as_nullable_float("a", "kl_weight")


def test_count_lists_accept_a_scalar_or_a_vector():
    assert as_count_list(10.0, "hidden_units") == [10]
    assert as_count_list([10.0, 20.0], "hidden_units") == [10, 20]


def test_callables_are_checked():
    assert as_callable(len, "kernel_posterior_fn") is len
    with pytest.raises(TypeError, match="`kernel_posterior_fn` must be a function, not 3"):
        as_callable(3, "kernel_posterior_fn")


def test_convert_args_applies_only_listed_converters():
    args = {"units": 3.0, "name": "dense"}
    assert convert_args(args, {"units": as_count, "missing": as_count}) == {"units": 3, "name": "dense"}
    assert args["units"] == 3.0  # the input is not changed
