"""The declaration mechanism: decorators bind calls to the declared signature and name one class."""

import inspect
import re

import pytest

import tfprobr as tp
from tfprobr._internal import docs
from tfprobr._internal.declare import layer_function, params_size_function, removed_function
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


def _families_filled_with(module: str, text: str) -> set:
    """The family modules whose exported functions' docstrings carry ``text`` of ``module``."""
    return {getattr(tp, name).__module__ for name in tp.__all__
            if docs.texts_filled(getattr(tp, name)).get(text) == module}


@pytest.mark.parametrize("text", sorted(docs.SHARED))
def test_every_shared_text_is_filled_into_two_or_more_families(text):
    families = _families_filled_with(docs.__name__, text)
    assert len(families) >= 2, (
        f"the shared text {text!r} is filled only into {sorted(families)}: one family's text "
        f"belongs beside that family (family_texts()), none's nowhere")


@pytest.mark.parametrize("module", [module.__name__ for module in tp.EXPORT_MODULES])
def test_every_family_text_is_filled_into_some_docstring_of_its_family(module):
    unused = [text for text in docs.texts_of(module) if not _families_filled_with(module, text)]
    assert not unused, f"{module}: texts no exported docstring carries: {unused}"


def test_a_docstring_naming_a_text_that_does_not_exist_fails_at_declaration():
    def layer_example(object=None):
        pass

    # (As a module-level function's docstring is indented.)
    layer_example.__doc__ = ("Example.\n\n    Parameters\n    ----------\n    {object}\n"
                             "    {no_such_text}\n")
    with pytest.raises(ValueError, match=r"layer_example: the docstring names the texts "
                                         r"\['no_such_text'\]"):
        docs.fill(layer_example)


def test_a_family_text_may_not_take_the_name_of_a_shared_one():
    with pytest.raises(ValueError, match=r"\['object'\] already name shared texts"):
        docs.family_texts("tests.example", {"object": "    object : anything"})


def test_a_removed_function_checks_its_arguments_then_names_the_class_and_its_successor():
    from tfprobr._internal.convert import as_count

    @removed_function("bijectors.Example", {"size": as_count}, successor="tfb_other(size)")
    def tfb_example(size=1):
        """Example, gone from TFP: ``tfp.bijectors.{tfp_class}``, now ``{successor}``."""

    assert tfb_example.__doc__ == ("Example, gone from TFP: ``tfp.bijectors.Example``, now "
                                   "``tfb_other(size)``.")
    with pytest.raises(TypeError, match="`size`"):
        tfb_example(size="a")
    with pytest.raises(NotImplementedError, match=re.escape(
            "tfb_example(): TensorFlow Probability 0.25 no longer has tfp.bijectors.Example, which "
            "R tfprobability's tfb_example() builds. Use tfb_other(size) instead.")):
        tfb_example(size=2)


def test_a_removed_function_without_a_successor_says_so():
    @removed_function("distributions.Example")
    def tfd_example():
        """Example."""

    with pytest.raises(NotImplementedError, match=r"builds\. There is no successor in TFP\.$"):
        tfd_example()
    with pytest.raises(ValueError, match="not both"):
        removed_function("distributions.Example", successor="tfd_a()", advice="Use tfd_a().")
