"""A firm the article describes right after its name: "a loan to Agromir Foods, a Samarkand-based
food company, for ...". Capitalised words set off by a comma and "a"/"an" + a firm noun that
closes the description (lang/en/firm_described.txt) are the firm's name, whatever its words."""
from __future__ import annotations

from ...doc import Doc, Span, Token
from ...lang import words
from ...nlp.match import fold
from ..gazetteer import gazetteer
from .lexicons import given_names, in_titles, is_cap, written_span

SKIP_POS = ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV")
DESCRIPTION = 6       # words at most between "a" and the firm noun


def _described(toks: list[Token], c: int) -> bool:
    """Does ", a ... company," start at the comma c and end on a firm noun?"""
    if c + 2 >= len(toks) or fold(toks[c + 1].text) not in ("a", "an"):
        return False
    for n in range(c + 2, min(len(toks), c + 3 + DESCRIPTION)):
        t = toks[n]
        if fold(t.text) in words("en", "firm_described.txt") and t.text.islower():
            return n + 1 == len(toks) or toks[n + 1].text in (",", ".", ";", ")")
        if t.text in (",", ";", ".") or t.pos in ("VERB", "AUX") and not t.text.endswith("ed"):
            return False
    return False


def described_firms(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    out = []
    for c, t in enumerate(toks):
        if t.text != "," or c == 0 or taken[c - 1] or not is_cap(toks[c - 1]) or not _described(toks, c):
            continue
        k = c
        while k > 0 and not taken[k - 1] and is_cap(toks[k - 1]) and not in_titles(toks[k - 1]) \
                and toks[k - 1].pos not in SKIP_POS:
            k -= 1
        if k == c or fold(toks[k].text) in given_names() or any(gazetteer("en").cue(x.text) for x in toks[k:c]):
            continue      # "Ivan Petrov, a company director"; "Kazakhstan, a ...": no firm's name
        for x in range(k, c):
            taken[x] = True
        out.append(written_span(doc, toks[k].start, toks[c - 1].end, type="ORG", source="company"))
    return out
