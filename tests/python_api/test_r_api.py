"""Every function tfprobr mirrors has R's formals: the one table test against the spec.

For each function of R tfprobability's layer and distribution families, and
each R keras function tfprobr exports, the formals of the generated R wrapper
(names in order, and each default's R expression) equal those in the spec
files (``tests/data/spec``, copied by ``scripts/update-spec``). The exceptions
are listed with their reasons in ``tests/data/r_api_differences.json``; a
listed function must really differ, so the list cannot go stale.
"""

import pytest

import tfprobr
from support.r_api import differences, mirrored_tfprobability, normalized, spec
from tfprobr.rd.usage import r_formals

EXPORTED_KERAS = sorted(name for name in tfprobr.__all__ if name in spec("keras")
                        and name not in spec("tfprobability"))
CASES = [("tfprobability", name) for name in mirrored_tfprobability()] + [
    ("keras", name) for name in EXPORTED_KERAS]


def _ours(name):
    if name not in tfprobr.__all__:
        return None
    return normalized(r_formals(getattr(tfprobr, name), name))


@pytest.mark.parametrize("package, name", CASES, ids=[name for _, name in CASES])
def test_formals_equal_the_spec(package, name):
    ours, theirs = _ours(name), normalized(spec(package)[name])
    listed = differences().get(name)
    if listed is not None:
        assert ours != theirs, f"{name} matches the spec now: remove it from r_api_differences.json"
        return
    assert ours is not None, f"tfprobr does not export {name}(), which R {package} has"
    assert ours == theirs


def test_every_listed_difference_is_a_function_of_the_spec():
    names = {name for _, name in CASES}
    assert sorted(set(differences()) - names) == []


def test_every_listed_difference_has_a_reason():
    assert all(len(reason.split()) >= 3 for reason in differences().values())
