"""Docstring markup (numpydoc's reStructuredText subset) parsed into a small document model.

A docstring section becomes a tuple of blocks (:class:`Paragraph`,
:class:`CodeBlock`, :class:`Bullets`) holding inline nodes (:class:`Text`,
:class:`Code`, :class:`Link`, ...). The model is rendered to Rd by
:mod:`tfprobr.rd.model`.

Recognised: paragraphs; ``* `` / ``- `` bullet lists; ``.. code-block:: r``
(or ``none``, ``python``) and ``::`` literal blocks; ``>>>`` doctest blocks;
````code```` and ```code```; ``:func:`name``` and ```name()``` naming a
documented function (a link); ``*emphasis*``, ``**strong**``; bare URLs and
```text <url>`_``.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Iterable, Union

__all__ = [
    "parse", "parse_inline", "Paragraph", "CodeBlock", "Bullets",
    "Text", "Code", "Link", "Emph", "Strong", "Url",
]


@dataclass(frozen=True)
class _Words:
    """Words of one kind: the three kinds below differ in their class alone."""

    text: str


class Text(_Words):
    """Plain text."""


class Emph(_Words):
    """``*emphasis*``."""


class Strong(_Words):
    """``**strong**`` text."""


@dataclass(frozen=True)
class Code:
    code: str


@dataclass(frozen=True)
class Link:
    """A link to another documented function, shown as ``name()``."""

    name: str


@dataclass(frozen=True)
class Url:
    url: str
    label: str | None = None


Inline = Union[Text, Code, Link, Emph, Strong, Url]


@dataclass(frozen=True)
class Paragraph:
    inlines: tuple


@dataclass(frozen=True)
class CodeBlock:
    """Preformatted code; ``language`` is ``"r"``, ``"python"`` or ``"none"``."""

    language: str
    code: str


@dataclass(frozen=True)
class Bullets:
    items: tuple  # one tuple of inlines per item


Block = Union[Paragraph, CodeBlock, Bullets]


def parse(text: str | None, topics: Iterable[str] = ()) -> tuple[Block, ...]:
    """Parse docstring text into blocks; ``topics`` are the names that become links."""
    topics = frozenset(topics)
    lines = textwrap.dedent(text or "").expandtabs(4).strip("\n").splitlines()
    blocks: list = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        directive = _DIRECTIVE.match(line)
        if directive:
            body, index = _indented_block(lines, index + 1, _indent(line))
            blocks.append(CodeBlock(_language(directive.group(1)), body))
        elif line.lstrip().startswith(">>>"):
            end = _paragraph_end(lines, index)
            doctest = textwrap.dedent("\n".join(lines[index:end]))
            blocks.append(CodeBlock("python", _DOCTEST_DIRECTIVE.sub("", doctest)))
            index = end
        elif _BULLET.match(line):
            items, index = _bullets(lines, index)
            blocks.append(Bullets(tuple(parse_inline(item, topics) for item in items)))
        else:
            end = _paragraph_end(lines, index)
            paragraph = " ".join(part.strip() for part in lines[index:end])
            index = end
            if paragraph.endswith("::"):
                # reST: "text::" introduces a literal block and reads as "text:".
                paragraph = paragraph[:-2].rstrip()
                paragraph = paragraph + ":" if paragraph else ""
                body, index = _indented_block(lines, index, _indent(lines[end - 1]))
                if paragraph:
                    blocks.append(Paragraph(parse_inline(paragraph, topics)))
                if body:
                    blocks.append(CodeBlock("none", body))
            else:
                blocks.append(Paragraph(parse_inline(paragraph, topics)))
    return tuple(blocks)


def parse_inline(text: str, topics: Iterable[str] = ()) -> tuple:
    """Parse one paragraph's inline markup into a tuple of inline nodes."""
    topics = frozenset(topics)
    nodes: list = []
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            nodes.append(Text(text[position:match.start()]))
        nodes.append(_inline_node(match, topics))
        position = match.end()
    if position < len(text):
        nodes.append(Text(text[position:]))
    return tuple(nodes)


_DIRECTIVE = re.compile(r"^\s*\.\.\s+(?:code-block|code|sourcecode)::\s*(\S*)\s*$")
# "# doctest: +SKIP" and friends: instructions to doctest, noise to a reader.
_DOCTEST_DIRECTIVE = re.compile(r"[ \t]*#\s*doctest:[^\n]*", re.MULTILINE)
_OPTION = re.compile(r"^\s*:[\w-]+:")  # a directive option, e.g. ":linenos:"
_BULLET = re.compile(r"^(\s*)[*+-]\s+\S")
_INLINE = re.compile(
    r"""``(?P<literal>.+?)``(?!`)
      | `(?P<label>[^`<]*?)\s*<(?P<target>[^`>]+)>`__?
      | :[a-z]+(?::[a-z]+)?:`~?(?P<role>[^`]+)`
      | `(?P<interpreted>[^`]+)`
      | (?<![^\s(\["'])\*\*(?P<strong>[^*\s](?:[^*]*?[^*\s])?)\*\*(?![\w*])
      | (?<![^\s(\["'])\*(?P<emph>[^*\s](?:[^*]*?[^*\s])?)\*(?![\w*])
      | (?P<url>https?://[^\s<>"`]*[^\s<>"`.,;:!?)\]}'])
    """,
    re.VERBOSE,
)
_FUNCTION_NAME = re.compile(r"^(?:tfprobr\.)?([A-Za-z_][A-Za-z0-9_]*)(?:\(\))?$")
_LANGUAGES = {"r": "r", "python": "python", "py": "python", "pycon": "python"}


def _inline_node(match: re.Match, topics: frozenset) -> Inline:
    groups = match.groupdict()
    if groups["target"] is not None:
        return Url(groups["target"].strip(), groups["label"].strip() or None)
    if groups["url"] is not None:
        return Url(groups["url"])
    if groups["strong"] is not None:
        return Strong(groups["strong"])
    if groups["emph"] is not None:
        return Emph(groups["emph"])
    code = next(groups[key] for key in ("literal", "role", "interpreted") if groups[key] is not None)
    name = _FUNCTION_NAME.match(code.strip())
    if name and name.group(1) in topics and (groups["role"] is not None or code.strip().endswith("()")
                                             or code.strip().startswith("tfprobr.")):
        return Link(name.group(1))
    return Code(code)


def _language(name: str) -> str:
    return _LANGUAGES.get(name.lower(), "none")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _paragraph_end(lines: list, index: int) -> int:
    while index < len(lines) and lines[index].strip():
        index += 1
    return index


def _indented_block(lines: list, index: int, base: int) -> tuple[str, int]:
    """The block indented deeper than ``base`` from ``index`` on (skipping directive options)."""
    body = []
    while index < len(lines) and (not lines[index].strip() or _indent(lines[index]) > base):
        body.append(lines[index])
        index += 1
    while body and (not body[0].strip() or _OPTION.match(body[0])):
        body.pop(0)
    return textwrap.dedent("\n".join(body)).strip("\n"), index


def _bullets(lines: list, index: int) -> tuple[list[str], int]:
    """Bullet items from ``index`` on: each item's text, its lines joined."""
    base = _indent(lines[index])
    items: list[list[str]] = []
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            following = index + 1
            if following < len(lines) and _BULLET.match(lines[following]) and _indent(lines[following]) == base:
                index = following
                continue
            break
        if _BULLET.match(line) and _indent(line) == base:
            items.append([line.strip()[1:].strip()])
        elif _indent(line) > base:
            items[-1].append(line.strip())
        else:
            break
        index += 1
    return [" ".join(item) for item in items], index
