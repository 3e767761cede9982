"""How R functions are detected and kept away from TensorFlow's threads (tfprobr._internal.r_callbacks).

An R function can only be made by reticulate, so the end-to-end cases
(a real R function under a MirroredStrategy) are in tests/testthat/; here are the
parts that need no R: non-R callables pass untouched, and the thread guard.
"""

import functools
import inspect
import threading

import pytest

import tfprobr as tp
from tfprobr._internal.convert import convert_args
from tfprobr._internal.r_callbacks import RFunction, guard_r_function, is_r_function


@pytest.mark.parametrize("value", [len, lambda x: x, tp.kl_divergence_fn(0.5),
                                   functools.partial(max, 1), "relu", None, 3.0])
def test_python_values_are_not_r_functions_and_pass_unchanged(value):
    assert not is_r_function(value)
    assert guard_r_function(value, "x") is value


def test_guarded_function_runs_on_the_main_thread_and_refuses_others():
    guarded = RFunction(lambda x: x + 1, "kernel_divergence_fn")
    assert guarded(1) == 2
    errors = []

    def call():
        try:
            guarded(1)
        except RuntimeError as error:
            errors.append(str(error))

    thread = threading.Thread(target=call)
    thread.start()
    thread.join()
    assert len(errors) == 1
    assert "`kernel_divergence_fn` is an R function" in errors[0]
    assert "kl_divergence_fn" in errors[0]


def _fake_r_function(x):
    return x + 1


# What reticulate hands to Python for an R function: a function of its rpytools.call module.
_fake_r_function.__module__ = "rpytools.call"


def test_a_guarded_function_is_not_guarded_twice():
    assert is_r_function(_fake_r_function)
    guarded = convert_args({"f": _fake_r_function}, {})["f"]
    assert isinstance(guarded, RFunction) and guarded.function is _fake_r_function
    assert not is_r_function(guarded)
    assert convert_args({"f": guarded}, {})["f"] is guarded
    assert guard_r_function(guarded, "f") is guarded
    assert guarded(1) == 2


def test_a_guarded_function_shows_the_wrapped_functions_arguments():
    # A joint distribution counts a maker's arguments; `self` of __call__ must not count.
    guarded = RFunction(lambda *args, **kwargs: tp.tfd_normal(args[0], 1.0), "model[1]")
    assert str(inspect.signature(guarded)) == "(*args, **kwargs)"
    d = tp.tfd_joint_distribution_sequential([tp.tfd_normal(0.0, 1.0), guarded])
    assert len(tp.tfd_sample(d)) == 2
