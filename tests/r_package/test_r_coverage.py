"""Every public function is called from the R tests: found by R's own parser, not by a word search.

One Rscript process parses every R file under ``tests/testthat/`` (and a small
file of known cases) with ``getParseData()``. A function counts where R code
refers to it: a call (``tfd_sample(d)``, ``tfprobr::tfd_sample(d)``, or
``tp$tfd_sample(d)`` through the Python module), or the function passed as a
value (``loss = negloglik``, ``d %>% tfd_mean``, a list of layer functions). A name
only in a string (a ``test_that()`` description), a comment, an argument name or
on the left of an assignment does not count.
"""

import subprocess

import pytest

import tfprobr

from support import ROOT
from support.rscript import require_rscript

R_TESTS = ROOT / "tests" / "testthat"
# The handle R tests give tfprobr's Python module (reticulate::import("tfprobr")).
PYTHON_MODULE = "tp"
# For each symbol: its file, token, text, the object it is taken from with `$`, and what follows it.
TOKENS_R = r"""
for (file in commandArgs(trailingOnly = TRUE)) {
  data <- utils::getParseData(parse(file, keep.source = TRUE))
  data <- data[data$terminal & data$token != "COMMENT", ]
  data <- data[order(data$line1, data$col1), ]
  owner <- ifelse(c("", head(data$text, -1)) == "$", c("", "", head(data$text, -2)), "")
  following <- c(data$text[-1], "")
  keep <- data$token %in% c("SYMBOL_FUNCTION_CALL", "SYMBOL")
  cat(paste(file, data$token, data$text, owner, following, sep = "\t")[keep], sep = "\n")
}
"""
KNOWN_CASES = """\
test_that("only_in_a_description() is not a call", {
  # only_in_a_comment(x)
  x <- list(only_as_argument_name = 1, "only_in_a_string()")
  only_assigned <- 1
  other$only_a_member_of_another_object()
  called(x)
  x %>% piped_without_parentheses
  lapply(x, passed_as_a_value)
  tfprobr::called_with_its_package(x)
  tp$called_through_the_python_module(x)
})
"""


def _referenced(rows):
    """{file: names R code refers to}, from the rows of TOKENS_R."""
    found = {}
    for row in rows:
        file, token, text, owner, following = row.split("\t")
        if owner not in ("", PYTHON_MODULE) or following in ("<-", "="):
            continue
        found.setdefault(file, set()).add(text)
    return found


@pytest.fixture(scope="module")
def referenced(tmp_path_factory):
    require_rscript()
    known = tmp_path_factory.mktemp("r") / "known-cases.R"
    known.write_text(KNOWN_CASES)
    files = [str(path) for path in sorted(R_TESTS.rglob("*.R"))]
    result = subprocess.run(["Rscript", "--vanilla", "-e", TOKENS_R, *files, str(known)],
                            capture_output=True, text=True, check=True)
    found = _referenced(result.stdout.splitlines())
    return found.pop(str(known)), set().union(*found.values())


@pytest.mark.slow
def test_the_parser_counts_calls_and_values_not_strings_comments_or_names(referenced):
    known, _ = referenced
    assert known - {"test_that", "list", "lapply", "x", "other", "tp"} == {
        "called", "piped_without_parentheses", "passed_as_a_value", "called_with_its_package",
        "called_through_the_python_module"}


@pytest.mark.slow
def test_every_public_function_is_called_from_the_r_tests(referenced):
    _, used = referenced
    missing = sorted(set(tfprobr.__all__) - used)
    assert not missing, f"public functions no R test in {R_TESTS.name}/ calls: {missing}"
