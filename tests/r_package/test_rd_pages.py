"""Pages built from signatures and docstrings: sections, families, markup, no TensorFlow."""

import pathlib
import re
import subprocess
import sys
import types

import pytest

import tfprobr as tp
from tfprobr.rd import generate
from tfprobr.rd.markup import Bullets, Code, CodeBlock, Emph, Link, Paragraph, Strong, Text, Url, parse
from tfprobr.rd.model import HEADER, render_blocks
from tfprobr.rd.escape import r_example
from tfprobr.rd.pages import build_page, build_pages
from tfprobr.rd.spelling import r_spelling

SECTION_ORDER = ["\\name", "\\alias", "\\title", "\\usage", "\\arguments", "\\value",
                 "\\description", "\\details", "\\section{References}",
                 "\\examples", "\\seealso", "\\concept"]


@pytest.fixture(scope="module")
def pages():
    return generate()


def test_one_page_per_export(pages):
    assert sorted(pages) == sorted(f"{name}.Rd" for name in tp.__all__)


def test_sections_come_in_roxygen_order(pages):
    text = pages["layer_dense_local_reparameterization.Rd"]
    assert text.startswith(HEADER + "\n% Please edit documentation in tfprobr/layers.py, "
                           "tfprobr/_internal/docs.py\n")
    present = [section for section in SECTION_ORDER if "\n" + section in text]
    assert set(SECTION_ORDER) - set(present) <= {"\\seealso"}  # absent while the family has one page
    positions = [text.index("\n" + section) for section in present]
    assert positions == sorted(positions)


class _Source:
    """A file's lines, to find where a docstring line is written (a template line's ``{field}`` matches anything)."""

    def __init__(self, path):
        self.text = path.read_text()
        # A docstring's first line follows its opening quotes, a text's last line precedes its closing ones.
        lines = {part.strip() for line in self.text.splitlines() for part in line.split('"""')}
        self.lines = lines
        self.templates = [
            re.compile(".*".join(re.escape(part) for part in re.split(r"\{\w+\}", line)) + "$")
            for line in lines if re.search(r"\{\w+\}", line) and not re.fullmatch(r"\{\w+\}", line)
        ]

    def has(self, line):
        return (line in self.lines or line in self.text
                or any(template.match(line) for template in self.templates))


def test_each_header_names_the_files_the_page_text_is_written_in(pages):
    root = pathlib.Path(tp.__file__).parent.parent
    sources = {}
    for name, text in pages.items():
        header = text.splitlines()[1]
        assert header.startswith("% Please edit documentation in "), name
        files = header.removeprefix("% Please edit documentation in ").split(", ")
        for file in files:
            if file not in sources:
                sources[file] = _Source(root / file)
        lines = {line.strip() for line in getattr(tp, name[:-len(".Rd")]).__doc__.splitlines()
                 if line.strip()}
        nowhere = sorted(line for line in lines if not any(sources[f].has(line) for f in files))
        assert not nowhere, f"{name}: the header names {files}, none of which has {nowhere[:3]}"
        for file in files:
            others = [other for other in files if other != file]
            own = [line for line in lines if sources[file].has(line)
                   and not any(sources[other].has(line) for other in others)]
            assert own, f"{name}: the header names {file}, which adds none of the page's text"


def test_arguments_follow_the_formals_with_dots_last(pages):
    text = pages["layer_dense_local_reparameterization.Rd"]
    items = re.findall(r"^\\item\{([^}]*)\}", text, re.MULTILINE)
    assert items[:3] == ["object", "units", "activation"] and items[-1] == "..."
    assert len(items) == 14


def test_family_lists_the_sorted_siblings_without_the_page_itself():
    def documented(summary):
        def function(x=None):
            pass
        function.__doc__ = f"{summary}.\n\nParameters\n----------\nx : int\n    An x.\n"
        return function

    module = types.ModuleType("tfprobr.fake")
    module.__family__ = "layers"
    module.__all__ = ["layer_b", "layer_c", "layer_a"]
    for name in module.__all__:
        setattr(module, name, documented(name))
    package = types.SimpleNamespace(EXPORT_MODULES=(module,))
    page = {page.name: page for page in build_pages(package)}["layer_b"].to_rd()
    assert ("\\seealso{\nOther layers: \n\\code{\\link{layer_a}()},\n\\code{\\link{layer_c}()}\n}\n"
            "\\concept{layers}\n") in page


def test_description_is_the_first_paragraph_and_details_the_rest(pages):
    text = pages["layer_dense_local_reparameterization.Rd"]
    description = text.split("\\description{\n")[1].split("\n}\n")[0]
    assert description.startswith("The Bayesian analogue of a dense layer")
    assert "\\preformatted{kernel, bias ~ posterior" in description  # introduced by "...:"
    assert "\\details{\nRather than sampling the kernel" in text


def test_references_come_from_the_numpydoc_section(pages):
    text = pages["layer_dense_local_reparameterization.Rd"]
    assert "\\section{References}{\nDiederik P. Kingma" in text
    assert "\\url{https://arxiv.org/abs/1506.02557}" in text


def test_percent_is_escaped_in_usage_and_code(pages):
    text = pages["layer_dense_local_reparameterization.Rd"]
    assert "function(d) d \\%>\\% tfd_sample()," in text
    assert "\\code{inputs \\%*\\% kernel}" in text
    assert not re.search(r"(?<!\\)%(?!( Generated| Please))", text)


def test_python_examples_stay_in_the_docstring_and_the_page_has_r_examples_only(pages):
    assert ">>> " in tp.tfd_sample.__doc__
    for filename, text in pages.items():
        assert ">>>" not in text and "sourceCode python" not in text, filename
        assert "\\section{Examples}" not in text and text.count("\n\\examples{") == 1, filename


@pytest.mark.parametrize("source, expected", [
    ("A ``code`` span.", (Paragraph((Text("A "), Code("code"), Text(" span."))),)),
    ("See :func:`tfd_sample` and ``tfd_sample()`` and `tfprobr.tfd_sample`.",
     (Paragraph((Text("See "), Link("tfd_sample"), Text(" and "), Link("tfd_sample"),
                 Text(" and "), Link("tfd_sample"), Text("."))),)),
    ("Not a link: ``other()`` or ``tfd_sample(d)``.",
     (Paragraph((Text("Not a link: "), Code("other()"), Text(" or "), Code("tfd_sample(d)"),
                 Text("."))),)),
    ("Go to https://example.org/a_b. Or `the site <https://x.org>`_.",
     (Paragraph((Text("Go to "), Url("https://example.org/a_b"), Text(". Or "),
                 Url("https://x.org", "the site"), Text("."))),)),
    ("*Some* **bold**; 2 * 3 * 4 and a %*% b.",
     (Paragraph((Emph("Some"), Text(" "), Strong("bold"), Text("; 2 * 3 * 4 and a %*% b."))),)),
    ("Items:\n\n* one\n  more\n* two\n\nAfter.",
     (Paragraph((Text("Items:"),)), Bullets(((Text("one more"),), (Text("two"),))),
      Paragraph((Text("After."),)))),
    ("In R:\n\n.. code-block:: r\n\n    x <- 1\n      y\n\nDone.",
     (Paragraph((Text("In R:"),)), CodeBlock("r", "x <- 1\n  y"), Paragraph((Text("Done."),)))),
    ("Literal::\n\n    a ~ b\n", (Paragraph((Text("Literal:"),)), CodeBlock("none", "a ~ b"))),
    (">>> f(1)  # doctest: +SKIP\n2", (CodeBlock("python", ">>> f(1)\n2"),)),
])
def test_docstring_markup_is_parsed(source, expected):
    assert parse(source, {"tfd_sample"}) == expected


@pytest.mark.parametrize("blocks, rd", [
    ((Paragraph((Link("tfd_sample"), Text(" 50% {x}"))),), "\\code{\\link{tfd_sample}()} 50\\% \\{x\\}"),
    ((Paragraph((Code('"{"'), Code("it's"))),), '\\code{"{"}\\verb{it\'s}'),
    ((Paragraph((Url("https://x.org/a%20b"),)),), "\\url{https://x.org/a\\%20b}"),
    ((Bullets(((Text("a"),), (Text("b"),))),), "\\itemize{\n\\item a\n\\item b\n}"),
    ((CodeBlock("none", "a {b}\\"),), "\\preformatted{a \\{b\\}\\\\\n}"),
    ((CodeBlock("r", "x"),),
     '\\if{html}{\\out{<div class="sourceCode r">}}\\preformatted{x\n}\\if{html}{\\out{</div>}}'),
])
def test_markup_becomes_rd(blocks, rd):
    assert render_blocks(blocks) == rd


def test_undocumented_argument_fails_naming_the_function():
    def f(x, y=1):
        """Summary.

        Parameters
        ----------
        x : int
            An x.
        """

    module = types.SimpleNamespace(__family__="helpers", __name__="tfprobr.fake")
    with pytest.raises(ValueError, match=r"f\(\): .*undocumented: \['y'\]"):
        build_page("f", f, module)


def test_generating_the_pages_does_not_import_tensorflow():
    code = ("import sys, tfprobr.rd as rd; pages = rd.generate(); "
            "assert pages; print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('tensorflow', 'tf_keras', 'tensorflow_probability', 'keras')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_every_page_has_r_examples_that_run_only_where_python_is(pages):
    for filename, text in pages.items():
        assert "\n\\examples{\n\\dontshow{if (tfprobr:::python_available()) " in text, filename
        assert text.count("# examplesIf}") == 2, filename
    text = pages["layer_dense_local_reparameterization.Rd"]
    assert "keras_model_sequential(input_shape = 1) \\%>\\%\n  layer_dense_local_reparameterization(" in text


def test_pages_speak_r_and_python_examples_stay_python(pages):
    for filename, text in pages.items():
        prose = re.sub(r"\\preformatted\{(.|\n)*?\n\}", "", text)
        assert not re.search(r"\\code\{[^}]*\b(None|True|False)\b", prose), filename
    assert "\\code{NULL} (the default) returns the layer" in pages["layer_dense_flipout.Rd"]
    assert ">>> model = tp.keras_model_sequential(input_shape=3)" in tp.layer_dense_flipout.__doc__


@pytest.mark.parametrize("code, r", [
    ("None", "NULL"), ("bias_prior_fn = None", "bias_prior_fn = NULL"), ("True", "TRUE"),
    ("training=False", "training=FALSE"), ("(2, 3)", "c(2, 3)"), ("(10,)", "c(10)"),
    ('{"a": 1, "b c": None}', "list(a = 1, `b c` = NULL)"), ('"None"', '"None"'),
    ("[0, 1]", "[0, 1]"), ("(batch, steps)", "(batch, steps)"), ("x.None", "x.None"),
])
def test_inline_code_is_spelled_as_in_r(code, r):
    assert r_spelling(code) == r


def test_r_examples_escape_comments_and_strings_for_rd():
    code = 'x <- "50% {" # it\'s a {brace} 100%\ny <- 1 %>% f()'
    assert r_example(code) == 'x <- "50\\% {" # it\'s a \\{brace\\} 100\\%\ny <- 1 \\%>\\% f()'
    with pytest.raises(ValueError):
        r_example('x <- "open')
