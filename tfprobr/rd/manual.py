"""The reference manual: browsable HTML from the page model, and a PDF through ``R CMD Rd2pdf``.

The HTML is rendered here from the same :class:`~tfprobr.rd.model.RdPage`
objects as the ``.Rd`` files, so it needs neither R nor TensorFlow:
``index.html`` lists the topics grouped by family (like pkgdown's reference
index) and each topic has its own page, with links between them. The PDF is
R's own rendering of the ``.Rd`` files and needs R and LaTeX.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tfprobr.rd.markup import Bullets, Code, CodeBlock, Emph, Link, Paragraph, Strong, Text, Url, plain_text
from tfprobr.rd.model import RdPage

__all__ = ["build_manual", "build_html", "build_pdf", "can_build_pdf", "Manual"]

PACKAGE = "tfprobr"


@dataclass
class Manual:
    index: Path
    pdf: Path | None


def build_manual(out: str | os.PathLike, pages: list[RdPage] | None = None,
                 pdf: bool | None = None) -> Manual:
    """Build the HTML manual into ``out`` and, when ``pdf`` (default: if R and LaTeX are here), the PDF."""
    if pages is None:
        from tfprobr.rd.pages import build_pages

        pages = build_pages()
    out = Path(out)
    index = build_html(pages, out)
    if pdf is None:
        pdf = can_build_pdf()
    return Manual(index=index, pdf=build_pdf(pages, out / f"{PACKAGE}.pdf") if pdf else None)


def build_html(pages: list[RdPage], out: str | os.PathLike) -> Path:
    """Write ``index.html``, one ``NAME.html`` per topic and ``manual.css`` into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    topics = {page.name for page in pages}
    (out / "manual.css").write_text(_CSS, encoding="utf-8")
    for page in pages:
        (out / f"{page.name}.html").write_text(_topic_html(page, topics), encoding="utf-8")
    index = out / "index.html"
    index.write_text(_index_html(pages, topics), encoding="utf-8")
    return index


def can_build_pdf() -> bool:
    """Whether R and pdfLaTeX are installed."""
    return bool(shutil.which("R") and shutil.which("pdflatex"))


def build_pdf(pages: list[RdPage], target: str | os.PathLike) -> Path:
    """Render the pages to a PDF manual with ``R CMD Rd2pdf`` (needs R and LaTeX)."""
    if not can_build_pdf():
        raise RuntimeError("the PDF manual needs R and pdfLaTeX (Debian: r-base-core, "
                           "texlive-latex-base, texlive-fonts-recommended)")
    target = Path(target).resolve()
    with tempfile.TemporaryDirectory() as work:
        man = Path(work, "man")
        man.mkdir()
        for page in pages:
            (man / page.filename).write_text(page.to_rd(), encoding="utf-8")
        # The default font set needs inconsolata, which Debian's small TeX
        # packages lack; "times,hyper" needs only what they have.
        env = {**os.environ, "R_RD4PDF": "times,hyper"}
        result = subprocess.run(
            ["R", "CMD", "Rd2pdf", "--no-preview", "--force", "--batch", "--encoding=UTF-8",
             f"--title={PACKAGE} reference manual", f"--output={target}", str(man)],
            cwd=work, env=env, capture_output=True, text=True,
        )
    if result.returncode != 0 or not target.exists():
        raise RuntimeError(f"R CMD Rd2pdf failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return target


def _index_html(pages: list[RdPage], topics: set[str]) -> str:
    families: dict[str, list[RdPage]] = {}
    for page in pages:
        families.setdefault(page.family or "other", []).append(page)
    parts = [f"<h1>{PACKAGE} reference</h1>"]
    for family in sorted(families, key=_family_rank):
        parts.append(f'<h2 id="{_e(family)}">{_e(_family_title(family))}</h2>\n<dl class="topics">')
        for page in sorted(families[family], key=lambda page: page.name):
            parts.append(f'<dt><a href="{_e(page.name)}.html"><code>{_e(page.name)}()</code></a></dt>'
                         f"<dd>{_inlines(page.title, topics)}</dd>")
        parts.append("</dl>")
    return _document(f"{PACKAGE} reference", "\n".join(parts))


def _topic_html(page: RdPage, topics: set[str]) -> str:
    parts = [
        f'<p class="nav"><a href="index.html">{PACKAGE} reference</a> &rsaquo; {_e(page.name)}</p>',
        f"<h1>{_inlines(page.title, topics)}</h1>",
        _section("Description", _blocks(page.description, topics)),
        _section("Usage", f'<pre class="usage"><code>{_e(page.usage)}</code></pre>'),
    ]
    if page.arguments:
        rows = "\n".join(
            f'<tr><th><code>{_e(name)}</code></th><td>{_blocks(blocks, topics)}</td></tr>'
            for name, blocks in page.arguments
        )
        parts.append(_section("Arguments", f'<table class="arguments">\n{rows}\n</table>'))
    if page.value:
        parts.append(_section("Value", _blocks(page.value, topics)))
    if page.details:
        parts.append(_section("Details", _blocks(page.details, topics)))
    for title, blocks in page.sections:
        parts.append(_section(title, _blocks(blocks, topics)))
    seealso = [_blocks(page.seealso, topics)] if page.seealso else []
    if page.siblings:
        links = ", ".join(_inlines((Link(name),), topics) for name in page.siblings)
        seealso.append(f"<p>Other {_e(page.family)}: {links}</p>")
    if seealso:
        parts.append(_section("See also", "\n".join(seealso)))
    return _document(f"{page.name}: {plain_text(page.title)}", "\n".join(parts))


def _family_rank(family: str) -> tuple:
    """The package's own order of families (its ``EXPORT_MODULES``), then any others by name."""
    import tfprobr

    order = [module.__family__ for module in tfprobr.EXPORT_MODULES]
    return (order.index(family), "") if family in order else (len(order), family)


def _family_title(family: str) -> str:
    return family.replace("_", " ").capitalize()


def _section(title: str, body: str) -> str:
    return f"<h2>{_e(title)}</h2>\n{body}"


def _blocks(blocks, topics) -> str:
    return "\n".join(_block(block, topics) for block in blocks)


def _block(block, topics) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{_inlines(block.inlines, topics)}</p>"
    if isinstance(block, Bullets):
        items = "".join(f"<li>{_inlines(item, topics)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    if isinstance(block, CodeBlock):
        return f'<pre class="sourceCode {_e(block.language)}"><code>{_e(block.code)}</code></pre>'
    raise TypeError(f"not a block: {block!r}")


def _inlines(inlines, topics) -> str:
    return "".join(_inline(node, topics) for node in inlines)


def _inline(node, topics) -> str:
    if isinstance(node, Text):
        return _e(node.text)
    if isinstance(node, Link):
        code = f"<code>{_e(node.name)}()</code>"
        return f'<a href="{_e(node.name)}.html">{code}</a>' if node.name in topics else code
    if isinstance(node, Code):
        return f"<code>{_e(node.code)}</code>"
    if isinstance(node, Emph):
        return f"<em>{_e(node.text)}</em>"
    if isinstance(node, Strong):
        return f"<strong>{_e(node.text)}</strong>"
    if isinstance(node, Url):
        return f'<a href="{_e(node.url)}">{_e(node.label or node.url)}</a>'
    raise TypeError(f"not an inline node: {node!r}")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _document(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{_e(title)}</title>\n<link rel="stylesheet" href="manual.css">\n</head>\n'
        f'<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n'
    )


_CSS = """\
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
       color: #222; background: #fff; margin: 0; }
main { max-width: 56rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
h1 { font-size: 1.7rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
a { color: #0b5cad; text-decoration: none; }
a:hover { text-decoration: underline; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
pre { background: #f6f8fa; border: 1px solid #e3e6ea; border-radius: 4px; padding: 0.7rem 1rem;
      overflow-x: auto; }
pre.sourceCode.r { border-left: 4px solid #276dc3; }
pre.sourceCode.python { border-left: 4px solid #ffd43b; }
table.arguments { border-collapse: collapse; width: 100%; }
table.arguments th { text-align: left; vertical-align: top; padding: 0.4rem 1rem 0.4rem 0;
                     white-space: nowrap; font-weight: normal; }
table.arguments td { padding: 0.4rem 0; border-bottom: 1px solid #eee; }
table.arguments td p { margin: 0 0 0.4rem; }
dl.topics { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.5rem; }
dl.topics dd { margin: 0; }
p.nav { font-size: 0.9rem; color: #666; }
"""
