"""The R API tfprobr mirrors, read from the spec files in ``tests/data/spec``: the one table.

The spec lists, for every function R tfprobability 0.15.2 and R keras 2.15
export, its formals in order with their default expressions as written in the
R source. ``scripts/update-spec`` copies a new version of it in. Tests that need
R's formals read them here, never from a copy of their own;
``tests/python_api/test_r_api.py`` checks every exported function against them.

:func:`differences` reads ``tests/data/r_api_differences.json``: the functions
whose formals may differ from the spec (or that tfprobr does not have yet),
each with its reason.
"""

from __future__ import annotations

import functools
import json
import re

from support import ROOT

SPEC = ROOT / "tests" / "data" / "spec"
DIFFERENCES = ROOT / "tests" / "data" / "r_api_differences.json"
PACKAGES = ("tfprobability", "keras")
# R tfprobability's families that tfprobr mirrors whole (not its mcmc_*, sts_*, vi_*, glm_*).
TFPROBABILITY_PREFIXES = ("tfd_", "tfb_", "layer_", "params_size_", "initializer_")


@functools.cache
def spec(package: str) -> dict[str, list[tuple[str, str | None]]]:
    """``{function: [(formal, R default or None)]}`` of ``package`` ("tfprobability" or "keras")."""
    data = json.loads((SPEC / f"r-{package}-formals.json").read_text())
    return {
        name: [(formal["name"], formal["default"]) for formal in entry["formals"]]
        for name, entry in data["functions"].items()
    }


def package_of(name: str) -> str | None:
    """The R package whose spec has ``name`` (R tfprobability first), or None."""
    return next((package for package in PACKAGES if name in spec(package)), None)


def formals(name: str) -> list[tuple[str, str | None]]:
    """R's formals of ``name``, from the spec of the package that has it."""
    return spec(package_of(name))[name]


def formal_names(name: str) -> list[str]:
    """R's formal names of ``name``, in R order (``...`` included)."""
    return [formal for formal, _ in formals(name)]


def layers_with(formal: str) -> list[str]:
    """R tfprobability's ``layer_*`` functions that have ``formal``.

    ``layers_with("kernel_posterior_fn")``: the layers that draw their kernel with a
    gradient estimator; ``layers_with("filters")``: the convolutions.
    """
    return sorted(name for name, formals_ in spec("tfprobability").items()
                  if name.startswith("layer_") and formal in dict(formals_))


def mirrored_tfprobability() -> list[str]:
    """The R tfprobability functions tfprobr must have: its layer and distribution families."""
    return sorted(name for name in spec("tfprobability") if name.startswith(TFPROBABILITY_PREFIXES))


def keras_exported(exported) -> list[str]:
    """The names of ``exported`` that are R keras' functions (and not R tfprobability's)."""
    return sorted(name for name in exported if package_of(name) == "keras")


def differences() -> dict[str, str]:
    """``{function: reason}`` of the allowed differences from the spec."""
    return json.loads(DIFFERENCES.read_text())


def normalized(formals_):
    """Formals with whitespace removed from the default expressions (layout is not API)."""
    return [(name, None if default is None else re.sub(r"\s+", "", default))
            for name, default in formals_]

