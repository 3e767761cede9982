"""Every page passes R's tools::checkRd(), and escaping keeps any text intact (one R process).

The pages checked: all of tfprobr's, a page using every kind of docstring
markup, and pages built from text that hypothesis generates (each text placed
as prose, inline code, a code block and an R string default). All are checked
and rendered by ONE Rscript call (tests/support/check_rd.R), because R processes
are costly.
"""

import os
import re
import subprocess
import types
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tfprobr.rd import generate
from tfprobr.rd.markup import Code, CodeBlock, Paragraph, Text
from tfprobr.rd.model import RdPage
from tfprobr.rd.pages import build_page
from tfprobr.rd.usage import r_value

from support import ROOT
from support.rscript import require_rscript

# Every test reads what the one Rscript call rendered.
pytestmark = pytest.mark.slow

CHECK_SCRIPT = ROOT / "tests" / "support" / "check_rd.R"
MARKERS = ("zqxprose", "zqxcode", "zqxblock")


def _markup_showcase(x=None, y="50% {of} \\ \"it\"", z=(1, 2.5), **kwargs):
    """Every kind of markup: ``code``, `code`, :func:`tfd_sample` and 100% {braces}.

    A paragraph with *emphasis*, **strong** text, a link
    `to R <https://www.r-project.org/>`_, a URL https://example.org/a%20b_c, and
    R code such as ``x %>% f("}")`` and Python code such as ``print("it's")``.

    * A bullet with ``tfd_sample()``,
      continued.
    * Another with \\backslash and {brace.

    .. code-block:: r

        x <- c(1, 2) %>% sum() # a comment with 'a quote
        if (x) { y }

    A literal block::

        a ~ b, 100% { unbalanced

    Parameters
    ----------
    x : object
        An ``x`` that is ``NULL`` by default.
    y : str
        A string with %, {, } and \\.
    z : tuple
        A vector.
    **kwargs
        Passed on.

    Returns
    -------
    None
        Nothing at all.

    Notes
    -----
    A note.

    References
    ----------
    A. Author. *A paper*. 2020. https://doi.org/10.1000/xyz%7B

    Examples
    --------
    >>> _markup_showcase(1)  # doctest: +SKIP
    """


@st.composite
def texts(draw):
    specials = st.sampled_from(list("\\%{}\"'`#*:<>@$~^&|_-()[],.;!?=+/ ") + ["\\\\", "{}", "%%"])
    words = st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=8)
    return draw(st.lists(st.one_of(words, specials), max_size=25).map("".join))


def _escape_page(index, text):
    one_line = " ".join(text.split())
    return RdPage(
        name=f"escape{index}",
        title=(Text("Escaping"),),
        usage=f"escape{index}(\n  x = {r_value(text)}\n)",
        arguments=(("x", (Paragraph((Text("An x."),)),)),),
        value=(),
        description=(
            Paragraph((Text(f"{MARKERS[0]} {one_line} {MARKERS[0]}"),)),
            Paragraph((Text(f"{MARKERS[1]} "), Code(one_line), Text(f" {MARKERS[1]}"))),
            CodeBlock("r", f"{MARKERS[2]}\n{text}\n{MARKERS[2]}"),
        ),
        source="tests/r_package/test_rd_r.py",
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """``{page name: (Rd text, checkRd messages, rendered text)}`` from one R process."""
    require_rscript()
    directory = tmp_path_factory.mktemp("rd")
    pages = dict(generate())
    module = types.SimpleNamespace(__family__="testing", __name__="tests.test_rd_r")
    showcase = build_page("markup_showcase", _markup_showcase, module, {"tfd_sample"})
    pages[showcase.filename] = showcase.to_rd()
    escapes = []

    @settings(max_examples=120, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(texts())
    def collect(text):
        escapes.append(text)

    collect()
    for index, text in enumerate(escapes):
        pages[f"escape{index}.Rd"] = _escape_page(index, text).to_rd()
    for filename, text in pages.items():
        (directory / filename).write_text(text, encoding="utf-8")
    subprocess.run(["Rscript", "--vanilla", str(CHECK_SCRIPT), str(directory)], check=True,
                   env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
                   capture_output=True)
    results = {
        filename[:-3]: (text,
                        (directory / f"{filename[:-3]}.check").read_text(encoding="utf-8").strip(),
                        (directory / f"{filename[:-3]}.txt").read_text(encoding="utf-8"))
        for filename, text in pages.items()
    }
    results["_escapes"] = escapes
    return results


def test_every_tfprobr_page_passes_checkrd(rendered):
    names = [filename[:-3] for filename in generate()]
    assert names
    assert {name: rendered[name][1] for name in names if rendered[name][1]} == {}


def test_the_markup_showcase_passes_checkrd_and_keeps_its_words(rendered):
    _, messages, text = rendered["markup_showcase"]
    assert messages == ""
    for phrase in ["100% {braces}", 'x %>% f("}")', "\\backslash and {brace", "if (x) { y }",
                   "a ~ b, 100% { unbalanced", 'y = "50% {of} \\\\ \\"it\\""', "z = c(1, 2.5)",
                   "https://example.org/a%20b_c", "https://doi.org/10.1000/xyz%7B", "tfd_sample()"]:
        assert phrase in text, phrase


def test_any_text_passes_checkrd_and_keeps_its_words(rendered):
    failures = {}
    for index, source in enumerate(rendered["_escapes"]):
        rd, messages, text = rendered[f"escape{index}"]
        words = re.findall(r"\w+", source)
        found = {
            marker: re.findall(r"\w+", _between(text, marker)) for marker in MARKERS
        }
        usage = f"x = {r_value(source)}"
        if messages or any(found[marker] != words for marker in MARKERS) or usage not in text:
            failures[repr(source)] = (messages, found, rd)
    assert failures == {}


def _between(text, marker):
    parts = text.split(marker)
    return parts[1] if len(parts) == 3 else f"<marker {marker} not found twice>"
