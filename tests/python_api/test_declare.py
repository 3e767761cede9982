"""The declaration mechanism: decorators bind calls to the declared signature and name one class."""

import inspect
import re
from pathlib import Path

import pytest

import tfprobr as tp
from tfprobr._internal import docs
from tfprobr._internal.declare import layer_function, params_size_function
from tfprobr._internal.r_defaults import REQUIRED


def test_a_class_name_missing_from_the_table_fails_at_declaration():
    with pytest.raises(LookupError, match="'DenseFlipOut' is not one of tfprobr's classes"):
        layer_function("DenseFlipOut", {})
    with pytest.raises(LookupError, match="'Normal'"):
        params_size_function("Normal", {})


def test_public_functions_show_their_declared_signature():
    parameters = inspect.signature(tp.layer_dense_flipout).parameters
    assert list(parameters)[:3] == ["object", "units", "activation"]
    assert parameters["units"].default is REQUIRED
    assert list(inspect.signature(tp.tfd_log_prob).parameters) == ["distribution", "value", "kwargs"]
    # reticulate's help and completion in R read getfullargspec(), which ignores __wrapped__.
    assert inspect.getfullargspec(tp.layer_dense_flipout).args[:2] == ["object", "units"]
    assert inspect.getfullargspec(tp.tfd_normal).args[:2] == ["loc", "scale"]


def test_a_declared_function_binds_positional_and_keyword_calls_alike():
    by_position = tp.layer_dense_flipout(None, 3, "relu")
    by_name = tp.layer_dense_flipout(units=3, activation="relu")
    assert (by_position.units, by_position.activation) == (by_name.units, by_name.activation)
    assert tp.params_size_mixture_normal(3, 2) == tp.params_size_mixture_normal(
        event_shape=2, num_components=3) == 15


def test_a_call_that_does_not_fit_the_signature_names_the_function():
    with pytest.raises(TypeError, match=r"^params_size_mixture_normal\(\): too many"):
        tp.params_size_mixture_normal(3, 2, 1)
    with pytest.raises(TypeError, match=r"^tfd_mean\(\): missing a required argument: 'distribution'"):
        tp.tfd_mean()


@pytest.mark.parametrize("name", tp.__all__)
def test_every_docstring_is_filled(name):
    doc = getattr(tp, name).__doc__
    left = re.findall(r"^\s*\{\w+\}\s*$|\{function\}", doc, flags=re.M)
    assert not left, f"{name}: unfilled placeholders {left}"


def test_every_shared_text_is_used_by_some_docstring():
    package = Path(tp.__file__).parent
    sources = "".join(path.read_text() for path in package.rglob("*.py")
                      if path.name != "docs.py")
    sources += docs._CONV_DOC
    unused = [name for name in docs.BLOCKS if "{" + name + "}" not in sources]
    assert not unused, f"shared texts no docstring names: {unused}"
