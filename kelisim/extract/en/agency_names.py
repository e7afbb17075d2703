"""English organisation names without a head word: a state's adjective before an agency's word
("Kazakh Invest", lang/en/agency_heads.txt) and a hyphenated name of capitalised parts
("Samruk-Kazyna", "Coca-Cola") standing alone, not a person's, a place's or a date's."""
from __future__ import annotations

import re

from ...doc import Doc, Span, Token
from ...lang import words
from ...nlp.english import tokenize, vocabulary
from ...nlp.langid import stopwords
from ...nlp.match import fold
from ..gazetteer import gazetteer
from .lexicons import (PARTICLES, calendar_words, given_names, honorifics, in_titles, is_cap, looks_like_surname,
                       written_span)


def agency_names(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    out = []
    gaz = gazetteer("en")
    for k, t in enumerate(toks):
        if taken[k]:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        state = gaz.cue(t.text) if is_cap(t) else None
        if state and nxt is not None and not taken[k + 1] and nxt.text in words("en", "agency_heads.txt"):
            taken[k] = taken[k + 1] = True      # "Kazakh Invest": the state's agency
            out.append(_org(doc, toks[k:k + 2], state))
        elif _hyphenated_name(toks, k) and not _surname_elsewhere(doc, t.text):
            taken[k] = True
            out.append(_org(doc, [t], None))
    return out


def _surname_elsewhere(doc: Doc, word: str) -> bool:
    """"Joseph Borg-Camilleri ... According to Borg-Camilleri": a hyphenated word written after a
    capitalised word that is no common word ("Fund Samruk-Kazyna" stays a fund) elsewhere in the
    article is a person's surname said again."""
    return any(fold(m.group(1)) not in vocabulary()
               for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(word) + r"\b", doc.text))


def _org(doc: Doc, toks: list[Token], country: str | None) -> Span:
    return written_span(doc, toks[0].start, toks[-1].end, type="ORG", source="company", country=country)


def _hyphenated_name(toks: list[Token], k: int) -> bool:
    """"Samruk-Kazyna will invest": capitalised parts joined by a hyphen, none a given name, a
    particle, a state's adjective, a month or a common word, with no capitalised word or title
    next to it ("Kassym-Jomart Tokayev", "President Jean-Luc", "Kazakh-Chinese")."""
    t = toks[k]
    parts = t.text.split("-")
    if len(parts) < 2 or not all(len(p) >= 2 and p[0].isupper() and p[1:].islower() for p in parts):
        return False
    common = vocabulary() | stopwords().get("en", frozenset()) | calendar_words() | PARTICLES
    if any(fold(p) in common or fold(p) in given_names() or gazetteer("en").cue(p) or looks_like_surname(p)
           or gazetteer("en").find(tokenize(p)) for p in parts):
        return False      # "Jean-Luc", "Kazakh-Chinese", "China-Kazakhstan", "Mid-March"
    if k + 1 < len(toks) and is_cap(toks[k + 1]):
        return False
    prev = toks[k - 1] if k else None
    return prev is None or not (is_cap(prev) or in_titles(prev) or honorifics().match_at([prev], 0))
