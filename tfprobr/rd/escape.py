"""Escaping for Rd, in one place.

Rd has three kinds of text (R's "Parsing Rd files"), and each needs its own
escaping of the four special characters ``\\``, ``%``, ``{`` and ``}``:

* LaTeX-like text (prose) and verbatim text (``\\preformatted``, ``\\verb``,
  ``\\url``): all four are escaped with a backslash.
* R-like text (``\\usage``, ``\\code``): ``\\`` and ``%`` are escaped
  everywhere, braces only outside R string literals, because inside a string
  the Rd parser keeps ``\\{`` as two characters.

Everything the generator writes into a page passes through one of these
functions, so no other module needs to know Rd's escaping rules.
"""

from __future__ import annotations

__all__ = ["text", "verbatim", "r_code", "r_example", "is_r_lexable"]

_ALL_FOUR = str.maketrans({"\\": "\\\\", "%": "\\%", "{": "\\{", "}": "\\}"})
_IN_STRING = str.maketrans({"\\": "\\\\", "%": "\\%"})
_QUOTES = "\"'`"


def text(value: str) -> str:
    """Escape prose for Rd's LaTeX-like text."""
    return value.translate(_ALL_FOUR)


def verbatim(value: str) -> str:
    """Escape text for Rd's verbatim contexts (``\\preformatted``, ``\\verb``, ``\\url``)."""
    return value.translate(_ALL_FOUR)


def r_code(value: str) -> str:
    """Escape R code for Rd's R-like text (``\\usage``, ``\\code``).

    ``value`` must be lexable R (see :func:`is_r_lexable`): the string
    literals it opens must also close, or the Rd parser would read past them.
    """
    if not is_r_lexable(value):
        raise ValueError(f"not R code with closed string literals: {value!r}")
    return "".join(
        part.translate(_IN_STRING if in_string else _ALL_FOUR)
        for part, in_string in _r_pieces(value)
    )


def r_example(value: str) -> str:
    """Escape R code for ``\\examples``, where the Rd parser also knows R comments.

    As :func:`r_code`, and ``#`` comments are allowed: their text is escaped like
    prose (quotes in a comment open no string, for R nor for the Rd parser).
    """
    out = []
    for part, kind in _r_tokens(value):
        if kind == "open":
            raise ValueError(f"not R code with closed string literals: {value!r}")
        out.append(part.translate(_IN_STRING if kind == "string" else _ALL_FOUR))
    return "".join(out)


def is_r_lexable(value: str) -> bool:
    """Whether ``value`` can be written as Rd R-like text: its strings close, no comment.

    An R comment (``#``) is refused too: R would read quotes inside it as
    text while the Rd parser would open a string on them.
    """
    pieces = list(_r_pieces(value))
    if pieces and pieces[-1][1] == "open":
        return False
    return not any("#" in part for part, in_string in pieces if not in_string)


def _r_pieces(value: str):
    """Split R code into (piece, in_string) runs, following R's string lexing.

    The last piece is marked ``"open"`` when a string literal does not close.
    """
    start = 0
    index = 0
    while index < len(value):
        char = value[index]
        if char not in _QUOTES:
            index += 1
            continue
        if index > start:
            yield value[start:index], False
        end = index + 1
        while end < len(value) and value[end] != char:
            end += 2 if value[end] == "\\" else 1
        if end >= len(value):
            yield value[index:], "open"
            return
        yield value[index:end + 1], True
        index = start = end + 1
    if index > start:
        yield value[start:index], False


def _r_tokens(value: str):
    """Split R code into (piece, kind) runs, kind ``"code"``, ``"string"``, ``"comment"`` or ``"open"``."""
    start = index = 0
    while index < len(value):
        char = value[index]
        if char == "#":
            end = value.find("\n", index)
            end = len(value) if end < 0 else end
        elif char in _QUOTES:
            end = index + 1
            while end < len(value) and value[end] != char:
                end += 2 if value[end] == "\\" else 1
            if end >= len(value):
                if index > start:
                    yield value[start:index], "code"
                yield value[index:], "open"
                return
            end += 1
        else:
            index += 1
            continue
        if index > start:
            yield value[start:index], "code"
        yield value[index:end], "comment" if char == "#" else "string"
        index = start = end
    if index > start:
        yield value[start:index], "code"
