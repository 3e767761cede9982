"""The docstring machinery: the filler, and the few texts several families share.

A public function's docstring names a text by a line that is only
``    {name}`` (indented as a numpydoc section's entries). :func:`fill` replaces
such lines with the text of that name, which carries its own indentation: the
texts of the function's own family module, registered there with
:func:`family_texts` (each family keeps its texts beside its functions, as TFP
keeps its ``doc_args`` in the module that uses them), or else the texts here in
:data:`SHARED`, which two or more families use. Then every other ``{field}`` is
replaced by the value given (``{function}`` is the function's name). A text may
name another text the same way.

The declaration decorators (:mod:`tfprobr._internal.declare`) fill each
docstring once, at import, so ``help()``, reticulate's ``py_help()`` and the
``.Rd`` generator all read complete docstrings. The filler records which module
each filled text came from (:func:`text_modules`), so that a generated page
names every file its text is written in. Texts never contain section headers:
a docstring writes ``Returns`` / ``-------`` itself, then the text.
"""

from __future__ import annotations

import re
from typing import Callable, Mapping

__all__ = ["SHARED", "family_texts", "fill", "fill_text", "texts_of", "texts_filled", "text_modules"]

# A line that names a text (or a nested one, inside a text).
_TEXT_LINE = re.compile(r"^    \{(\w+)\}$", re.MULTILINE)

# The texts of each family module, by the module's name (filled by family_texts()).
_FAMILIES: dict[str, dict[str, str]] = {}
# The module of each text filled into a docstring, by the function's qualified name.
_FILLED: dict[str, dict[str, str]] = {}


def family_texts(module: str, texts: Mapping[str, str]) -> Mapping[str, str]:
    """Register ``texts`` as the texts the docstrings of the module ``module`` (its ``__name__``) name.

    Call it near the top of the family module, before its declarations. A name
    may not also be a shared text: one name, one text.
    """
    clash = sorted(set(texts) & set(SHARED))
    if clash:
        raise ValueError(f"{module}: {clash} already name shared texts of {__name__}")
    _FAMILIES.setdefault(module, {}).update(texts)
    return texts


def fill(target: Callable, /, **fields: str) -> Callable:
    """Fill ``target``'s docstring in place (see the module docs) and return ``target``.

    The texts are looked up in ``target``'s module, then among the shared
    ones; a text line naming neither (nor a field) is an error naming the
    function, so a misspelt or moved text fails at import, not in the help page.
    """
    name = f"{target.__module__}.{target.__qualname__}"
    doc, used = _fill_texts(target.__doc__ or "", target.__module__)
    unknown = sorted(set(_TEXT_LINE.findall(doc)) - set(fields))
    if unknown:
        raise ValueError(f"{name}: the docstring names the texts {unknown}, which neither "
                         f"{target.__module__} nor {__name__} has")
    target.__doc__ = fill_text(doc, **fields)
    _FILLED[name] = used
    return target


def fill_text(doc: str, /, **fields: str) -> str:
    """``doc`` with its ``{field}`` placeholders filled (a docstring template's own fields).

    The texts are filled later, by :func:`fill` at the declaration, so that
    the filler knows the function's module.
    """
    for name, text in fields.items():
        doc = doc.replace("{" + name + "}", text)
    return doc


def texts_of(module: str) -> Mapping[str, str]:
    """The texts the family module ``module`` registered with :func:`family_texts` (none: empty)."""
    return dict(_FAMILIES.get(module, {}))


def texts_filled(function: Callable) -> Mapping[str, str]:
    """``{text name: module it is written in}`` of the texts :func:`fill` put into ``function``'s doc."""
    return dict(_FILLED.get(f"{function.__module__}.{function.__qualname__}", {}))


def text_modules(function: Callable) -> tuple[str, ...]:
    """The modules ``function``'s docstring is written in: its own, then those of its texts."""
    own = function.__module__
    return (own, *sorted(set(texts_filled(function).values()) - {own}))


def _fill_texts(doc: str, module: str) -> tuple[str, dict[str, str]]:
    """``doc`` with its text lines filled (nested ones too), and ``{text name: module}`` of those."""
    own = _FAMILIES.get(module, {})
    used: dict[str, str] = {}

    def text(match: re.Match) -> str:
        name = match.group(1)
        if name in own:
            used[name] = module
            return own[name]
        if name in SHARED:
            used[name] = __name__
            return SHARED[name]
        return match.group(0)

    while True:
        filled = _TEXT_LINE.sub(text, doc)
        if filled == doc:
            return doc, used
        doc = filled


# The texts two or more families use: the composition target and ``...`` of the
# layer functions (layers, distribution layers), what a layer returns that outputs
# a distribution (distribution layers, the variational Gaussian process layer), and
# ``validate_args`` (distributions, distribution layers).
SHARED = {
    "object": """\
    object : tf_keras.Sequential, tensor, array or None
        What to compose the new layer with. ``None`` (the default) returns the
        layer; a ``Sequential`` model gets the layer added and is returned; a
        tensor, a Keras ``Input``, a numpy array or a pandas DataFrame gets the
        layer applied and the output returned.""",
    "kwargs": """\
    **kwargs : optional
        Further keyword arguments passed to the wrapped TFP layer class, such as
        ``name``, ``input_shape`` (a number or a vector, e.g. ``c(4)`` in R) or
        ``dtype``.""",
    "distribution_layer_returns": """\
    object
        The layer when ``object`` is ``None``, the model with the layer added
        when ``object`` is a ``Sequential`` model, otherwise the distribution
        the layer outputs for ``object`` (it also behaves as a tensor, through
        ``convert_to_tensor_fn``). Keras 3: given a Keras 3 model or input, or
        none after ``use_keras3()``, a native Keras 3 layer whose output is the
        distribution's parameters (Keras 3 layers output tensors only);
        ``negloglik``, the ``tfd_*`` methods and ``predict_mc()`` take that
        output and build the distribution (the KL layers and the variational
        Gaussian process layer are Keras 2 only).""",
    "validate_args": """\
    validate_args : bool
        Whether to check the distribution's parameters for validity at some
        cost in speed. When ``FALSE`` (the default), invalid parameters may
        silently give wrong results.""",
}
