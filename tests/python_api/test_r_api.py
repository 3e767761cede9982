"""Every function tfprobr exports has R's formals: the one table test against the spec.

For each name in the ``__all__`` of every family module (``tfprobr.EXPORT_MODULES``)
that R tfprobability or R keras has, the formals of the generated R wrapper
(names in order, and each default's R expression) equal those in the spec files
(``tests/data/spec``, copied by ``scripts/update-spec``). This is the one test of
a function's formals. The exceptions are listed with their reasons in
``tests/data/r_api_differences.json``; a listed function must really differ (so
the list cannot go stale) and still start with R's formals in R's order. The
exported names the spec does not have are tfprobr's own, listed below, so that
a new export is a conscious decision.
"""

import importlib
import pkgutil

import pytest

import tfprobr
from support.r_api import differences, mirrored_tfprobability, normalized, package_of, spec
from tfprobr.rd.usage import r_formals

EXPORTED = [name for module in tfprobr.EXPORT_MODULES for name in module.__all__]
CASES = [(package_of(name), name) for name in sorted(EXPORTED) if package_of(name)]
# tfprobr's own functions, which neither R tfprobability nor R keras has.
NOT_IN_THE_SPEC = {
    "kl_divergence_fn", "negloglik", "normal_distribution_fn", "predict_mc", "set_random_seed",
    "tensor_columns", "tensor_scale", "tensor_softplus", "use_keras3",
}
# Public modules with an ``__all__`` that are no family of R functions.
NOT_FAMILIES = {"tfprobr.errors": "the exceptions users catch", "tfprobr.rd": "the generator"}


def _ours(name):
    return normalized(r_formals(getattr(tfprobr, name), name))


@pytest.mark.parametrize("package, name", CASES, ids=[name for _, name in CASES])
def test_formals_equal_the_spec(package, name):
    ours, theirs = _ours(name), normalized(spec(package)[name])
    if name in differences():
        assert ours != theirs, f"{name} matches the spec now: remove it from r_api_differences.json"
        assert [formal for formal, _ in ours[:len(theirs)]] == [formal for formal, _ in theirs]
        return
    assert ours == theirs


def test_the_exported_names_the_spec_lacks_are_tfprobrs_own():
    assert {name for name in EXPORTED if package_of(name) is None} == NOT_IN_THE_SPEC


def test_every_function_of_the_mirrored_families_is_exported():
    assert sorted(set(mirrored_tfprobability()) - set(EXPORTED)) == []


def test_every_public_module_with_names_is_a_checked_family():
    public = [f"tfprobr.{module.name}" for module in pkgutil.iter_modules(tfprobr.__path__)
              if not module.name.startswith("_")]
    with_names = {name for name in public if hasattr(importlib.import_module(name), "__all__")}
    assert with_names - {module.__name__ for module in tfprobr.EXPORT_MODULES} == set(NOT_FAMILIES)
    assert sorted(tfprobr.__all__) == sorted(EXPORTED)


def test_every_listed_difference_is_a_function_of_the_spec():
    names = {name for _, name in CASES}
    assert sorted(set(differences()) - names) == []


def test_every_listed_difference_has_a_reason():
    assert all(len(reason.split()) >= 3 for reason in differences().values())
