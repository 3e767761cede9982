"""R usage of tfprobr's functions: formals in order, defaults written as R code."""

import pytest

import tfprobr as tp
from tfprobr._internal.r_defaults import REQUIRED
from tfprobr._internal.defaults import BIAS_POSTERIOR_FN, DIVERGENCE_FN, POSTERIOR_TENSOR_FN
from tfprobr.helpers import KLDivergenceFn
from tfprobr.rd.usage import NO_DEFAULT, r_default, r_formals, r_usage, r_value

from support.r_api import formals


def test_layer_usage_is_the_r_usage_one_formal_per_line():
    name = "layer_dense_local_reparameterization"
    lines = [formal if default is None else f"{formal} = {default}" for formal, default in formals(name)]
    assert r_usage(name, tp.layer_dense_local_reparameterization) == (
        f"{name}(\n" + ",\n".join(f"  {line}" for line in lines) + "\n)")


@pytest.mark.parametrize("value, code", [
    (None, "NULL"), (True, "TRUE"), (False, "FALSE"), (1, "1"), (-3, "-3"), (0.5, "0.5"),
    (1.0, "1"), (1e-05, "1e-05"), (float("inf"), "Inf"), (float("-inf"), "-Inf"),
    (float("nan"), "NaN"), ("valid", '"valid"'), ('say "hi"\\', '"say \\"hi\\"\\\\"'),
    ("a\nb", '"a\\nb"'), ((), "list()"), ([], "list()"), ((1, 2), "c(1, 2)"),
    ((0.5, 2.0), "c(0.5, 2)"), (("a", "b"), 'c("a", "b")'),
])
def test_python_literals_become_r_code(value, code):
    assert r_value(value) == code


R_DEFAULTS = dict(formals("layer_dense_flipout"))


@pytest.mark.parametrize("default, code", [
    (BIAS_POSTERIOR_FN, R_DEFAULTS["bias_posterior_fn"]),
    (POSTERIOR_TENSOR_FN, R_DEFAULTS["kernel_posterior_tensor_fn"]),
    (DIVERGENCE_FN, R_DEFAULTS["kernel_divergence_fn"]),
    (KLDivergenceFn(0.5), "kl_divergence_fn(weight = 0.5)"),  # tfprobr's own
])
def test_default_objects_give_their_own_r_code(default, code):
    assert r_default(default) == code


def test_required_and_object_have_no_default_and_kwargs_are_dots_last():
    def f(object=None, units=REQUIRED, x=None, *, y=True, **kwargs):
        pass

    assert r_formals(f) == [("object", NO_DEFAULT), ("units", NO_DEFAULT), ("x", "NULL"),
                            ("y", "TRUE"), ("...", NO_DEFAULT)]


def test_object_not_first_keeps_its_null_default():
    def f(x, object=None):
        pass

    assert r_formals(f) == [("x", NO_DEFAULT), ("object", "NULL")]


def test_function_without_formals_has_empty_usage():
    def f():
        pass

    assert r_usage("f", f) == "f()"


@pytest.mark.parametrize("default", [object(), {"a": 1}, ((1, 2),), (None,), print])
def test_unknown_default_fails_naming_function_and_argument(default):
    def f(x=default):
        pass

    with pytest.raises(ValueError, match=r"my_fun\(\), argument `x`: no R spelling"):
        r_usage("my_fun", f)
