"""Firms named after a legal form written first: "JSC National Electric Grid of Uzbekistan (NEGU)",
"LLC Samarkand Solar" (lang/en/legal_forms_first.txt). The form alone is no firm, and a name cut
after it ("JSC") loses the builder a release names."""
from __future__ import annotations

from ...doc import Doc, Span, Token
from ...lang import words
from ...nlp.match import fold
from .lexicons import is_cap, taken_span

MAX_NAME = 8


def form_first_names(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    """Spans of a legal form and the capitalised words after it, over "of" and a place ("of
    Uzbekistan"), up to MAX_NAME words; a quoted name is companies._quoted_after_form's."""
    out = []
    forms = words("en", "legal_forms_first.txt")
    k = 0
    while k < len(toks) - 1:
        if fold(toks[k].text).rstrip(".") not in forms or not toks[k].text.isupper() \
                or not is_cap(toks[k + 1]) or taken[k + 1]:
            k += 1
            continue
        j = k + 1
        while j < len(toks) and j - k <= MAX_NAME and (is_cap(toks[j]) and (not taken[j] or fold(toks[j - 1].text) == "of")
                                                       or fold(toks[j].text) == "of" and j + 1 < len(toks) and is_cap(toks[j + 1])):
            j += 1
        if j - k >= 2:
            out.append(taken_span(doc, toks, taken, k, j, type="ORG", source="company"))
        k = j
    return out
