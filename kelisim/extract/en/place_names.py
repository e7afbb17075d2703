"""Places the gazetteer misses, named by a word of place after them: "the Aral district", "the
Tole Bi special economic zone", "Saryarka industrial zone". News places a plant or a meeting
there; the place's own words are its name."""
from __future__ import annotations

from ...doc import Doc, Span, Token
from ...nlp.match import PhraseMatcher, fold
from .lexicons import given_names, in_titles, is_cap, written_span

PLACE_NOUNS = ("district", "region", "province", "oblast", "county", "special economic zone",
               "free economic zone", "economic zone", "industrial zone", "industrial park", "technopark", "river")
MAX_RUN = 3

_matcher = PhraseMatcher("en").add_all((p, p) for p in PLACE_NOUNS)


def named_places(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    out = []
    for m in _matcher.finditer(toks):
        if any(taken[m.start:m.end]) or not all(t.text.islower() or is_cap(t) for t in toks[m.start:m.end]):
            continue
        k = m.start
        while k > 0 and m.start - k < MAX_RUN and not taken[k - 1] and is_cap(toks[k - 1]) \
                and not in_titles(toks[k - 1]) and toks[k - 1].pos == "PROPN":
            k -= 1
        if k == m.start or fold(toks[k].text) in given_names() or k > 0 and toks[k - 1].text in ("'s", "’s"):
            continue      # "the region", "Kazakhstan's region": no name of its own
        for n in range(k, m.end):
            taken[n] = True
        out.append(written_span(doc, toks[k].start, toks[m.end - 1].end, type="LOC", source="place_noun"))
    return out
