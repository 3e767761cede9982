"""Inline code in R's spelling: the pages are read by R users, the docstrings stay Pythonic.

``None``, ``True`` and ``False`` become ``NULL``, ``TRUE`` and ``FALSE``; a
Python tuple literal (a shape such as ``(2, 3)``) becomes ``c(2, 3)`` and a
dict literal ``list(name = value)``. List literals are left alone: in the
docstrings ``[0, 1]`` is an interval, not a vector. String literals are never
changed.
"""

from __future__ import annotations

import ast
import re

from tfprobr.rd.escape import _r_pieces
from tfprobr.rd.markup import Bullets, Code, Paragraph
from tfprobr.rd.usage import r_value

__all__ = ["r_spelling", "r_spelled_blocks", "r_spelled_inlines"]

_WORDS = {"None": "NULL", "True": "TRUE", "False": "FALSE"}
_WORD = re.compile(r"(?<![\w.$])(None|True|False)(?![\w.])")


def r_spelling(code: str) -> str:
    """``code`` as R code: literals converted, Python's constants renamed outside strings."""
    try:
        value = ast.literal_eval(code.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        value = None
    else:
        try:
            if isinstance(value, tuple):
                return r_value(value)
            if isinstance(value, dict) and all(isinstance(key, str) for key in value):
                return "list(" + ", ".join(
                    f"{_r_name(key)} = {r_value(item)}" for key, item in value.items()) + ")"
        except ValueError:
            pass
    if not any(word in code for word in _WORDS):
        return code
    return "".join(
        part if in_string else _WORD.sub(lambda match: _WORDS[match.group(1)], part)
        for part, in_string in _r_pieces(code)
    )


def r_spelled_blocks(blocks: tuple) -> tuple:
    """The blocks with every inline code node in R's spelling (code blocks keep their language)."""
    out = []
    for block in blocks:
        if isinstance(block, Paragraph):
            block = Paragraph(r_spelled_inlines(block.inlines))
        elif isinstance(block, Bullets):
            block = Bullets(tuple(r_spelled_inlines(item) for item in block.items))
        out.append(block)
    return tuple(out)


def r_spelled_inlines(inlines: tuple) -> tuple:
    return tuple(Code(r_spelling(node.code)) if isinstance(node, Code) else node for node in inlines)


def _r_name(name: str) -> str:
    """A list element name: as it is when syntactic, else in backticks."""
    if name and (name[0].isalpha() or name[0] == ".") and all(c.isalnum() or c in "._" for c in name):
        return name
    return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`"
