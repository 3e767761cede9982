"""Every public function is exercised from R at least once."""

import re

import tfprobr

from support import ROOT

R_TESTS = ROOT / "tests" / "testthat"


def test_every_public_function_is_called_from_the_r_tests():
    text = "\n".join(path.read_text() for path in sorted(R_TESTS.rglob("*.R")))
    # Called or passed by name (`layer_independent_normal(...)`, `loss = negloglik`), or
    # through the Python module (`tp$name`).
    used = set(re.findall(r"(?<![\w.$])(\w+)(?![\w.])", text)) | set(
        re.findall(r"\b(?:tp|tfprobr)\$(\w+)", text))
    missing = sorted(set(tfprobr.__all__) - used)
    assert not missing, f"public functions no R test in {R_TESTS.name}/ calls: {missing}"
