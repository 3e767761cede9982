"""Build one :class:`~tfprobr.rd.model.RdPage` per exported function, from its signature and docstring.

The functions are ``tfprobr.__all__``, found through ``tfprobr.EXPORT_MODULES``;
each module's ``__family__`` is the family of its functions. Reading a
signature and a docstring needs no TensorFlow.
"""

from __future__ import annotations

import inspect
import textwrap
from types import ModuleType

from docstring_parser import numpydoc

from tfprobr._internal.docs import text_modules
from tfprobr.rd.markup import Bullets, Code, CodeBlock, Paragraph, Text, parse, parse_inline
from tfprobr.rd.model import RdPage
from tfprobr.rd.spelling import r_spelled_blocks, r_spelled_inlines
from tfprobr.rd.usage import r_formals, r_usage

__all__ = ["build_pages", "build_page", "topics"]


def build_pages(package: ModuleType | None = None) -> list[RdPage]:
    """The pages of every exported function of ``package`` (default: tfprobr), sorted by name."""
    found = topics(package)
    names = frozenset(found)
    families: dict[str, list[str]] = {}
    for name, (_, module) in found.items():
        families.setdefault(module.__family__, []).append(name)
    return [
        build_page(name, function, module, names,
                   sorted(other for other in families[module.__family__] if other != name))
        for name, (function, module) in sorted(found.items())
    ]


def topics(package: ModuleType | None = None) -> dict:
    """``{name: (function, module)}`` of the exported functions."""
    if package is None:
        import tfprobr as package
    found = {}
    for module in package.EXPORT_MODULES:
        for name in module.__all__:
            if name in found:
                raise ValueError(f"`{name}` is exported by two modules")
            found[name] = (getattr(module, name), module)
    return found


def build_page(name: str, function, module: ModuleType, link_targets=frozenset(),
               siblings=()) -> RdPage:
    """The page of one function; fails naming the function when its docstring is incomplete."""
    doc = _PARSER.parse(inspect.getdoc(function) or "")
    if not doc.short_description:
        raise ValueError(f"{name}(): the docstring has no summary line")
    link_targets = frozenset(link_targets) - {name}

    def blocks(text):
        return r_spelled_blocks(parse(text, link_targets))

    description = blocks(doc.long_description)
    split = _first_paragraph_end(description)
    title = doc.short_description.strip()
    title = title[:-1] if title.endswith(".") and not title.endswith("..") else title
    sections = {}
    for meta in doc.meta:
        key = meta.args[0]
        if key in ("references", "examples", "r_examples", "notes", "see_also", "warnings", "raises"):
            sections.setdefault(key, []).append(meta)
        elif key not in ("param", "returns"):
            raise ValueError(f"{name}(): docstring section `{key}` has no place on an Rd page")
    return RdPage(
        name=name,
        title=r_spelled_inlines(parse_inline(title, link_targets)),
        usage=r_usage(name, function),
        arguments=_arguments(name, function, doc, blocks),
        value=tuple(block for meta in doc.many_returns for block in blocks(meta.description)),
        description=description[:split] or (Paragraph(parse_inline(title, link_targets)),),
        details=description[split:] + _joined(sections.get("notes"), blocks),
        sections=tuple(
            (title, content) for title, content in (
                ("Warning", _joined(sections.get("warnings"), blocks)),
                ("Errors", _raises(sections.get("raises"), blocks)),
                ("References", _joined(sections.get("references"), blocks)),
            ) if content
        ),
        seealso=_joined(sections.get("see_also"), blocks),
        r_examples=_r_examples(sections.get("r_examples")),
        family=module.__family__,
        siblings=tuple(siblings),
        source=", ".join(_path(source) for source in text_modules(function)),
    )


def _path(module: str) -> str:
    """The file of the module named ``module``, relative to the repository (``tfprobr/layers.py``)."""
    return module.replace(".", "/") + ".py"


def _make_parser() -> numpydoc.NumpydocParser:
    # The Python Examples (``>>>``, run as doctests by tests/python_api/test_doctests.py)
    # stay in the docstrings: help pages speak R, and their examples are the R Examples.
    # numpydoc would split the section into doctest snippets; it is read as plain text.
    sections = {section.title: section for section in numpydoc.DEFAULT_SECTIONS}
    for title in ("Examples", "Example"):
        sections[title] = numpydoc.Section(title, "examples")
    # R code for the page's \\examples, which R CMD check runs: the body of the
    # section is R code as it is (no markup).
    sections["R Examples"] = numpydoc.Section("R Examples", "r_examples")
    return numpydoc.NumpydocParser(list(sections.values()))


_PARSER = _make_parser()


def _arguments(name, function, doc, blocks) -> tuple:
    documented = {param.arg_name.lstrip("*"): param for param in doc.params}
    formals = [formal for formal, _ in r_formals(function, name)]
    parameters = inspect.signature(function).parameters.values()
    python_names = {
        ("..." if p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL) else p.name): p.name for p in parameters
    }
    missing = [formal for formal in formals if python_names[formal] not in documented]
    extra = sorted(set(documented) - set(python_names.values()))
    if missing or extra:
        raise ValueError(
            f"{name}(): the docstring's Parameters must document every argument, and only those "
            f"(undocumented: {missing}, not in the signature: {extra})"
        )
    return tuple((formal, blocks(documented[python_names[formal]].description)) for formal in formals)


def _r_examples(metas) -> str:
    return "\n\n".join(textwrap.dedent(meta.description or "").strip("\n") for meta in metas or ())


def _first_paragraph_end(blocks: tuple) -> int:
    """Where ``\\description`` ends: after the first paragraph, and the code it introduces (``...:``)."""
    if not blocks:
        return 0
    end = 1
    first = blocks[0]
    if isinstance(first, Paragraph) and first.inlines and isinstance(first.inlines[-1], Text) \
            and first.inlines[-1].text.rstrip().endswith(":"):
        while end < len(blocks) and isinstance(blocks[end], CodeBlock):
            end += 1
    return end


def _joined(metas, blocks) -> tuple:
    return tuple(block for meta in metas or () for block in blocks(meta.description))


def _raises(metas, blocks) -> tuple:
    if not metas:
        return ()
    items = []
    for meta in metas:
        text = blocks(meta.description)
        inlines = tuple(node for block in text if isinstance(block, Paragraph) for node in block.inlines)
        items.append((Code(meta.type_name or ""), Text(": "), *inlines))
    return (Bullets(tuple(items)),)
