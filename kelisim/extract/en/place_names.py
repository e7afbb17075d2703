"""Places the gazetteer misses, named by a word of place after them: "the Aral district", "the
Tole Bi special economic zone", "Saryarka industrial zone", or by the project set there ("a new
passenger station in Aghdam"). News places a plant or a meeting there; the place's own words are
its name; so is the one word that names a project by its town ("the 445 MW Bilasuvar solar power
plant")."""
from __future__ import annotations

from functools import cache

from ...doc import Doc, Span, Token
from ...lang import lexicon
from ...nlp.match import PhraseMatcher, fold
from .lexicons import given_names, in_titles, is_cap, taken_span, written_span

PLACE_NOUNS = ("district", "region", "province", "oblast", "county", "village", "settlement", "town", "city", "special economic zone",
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
        out.append(taken_span(doc, toks, taken, k, m.end, type="LOC", source="place_noun"))
    return out + project_sites(doc, toks, taken) + named_sites(doc, toks, taken)


@cache
def _project_heads() -> frozenset[str]:
    return frozenset(fold(r[0].split()[-1]) for r in lexicon("en", "projects.tsv"))


def project_sites(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    """"a new passenger station in Aghdam", "a freight terminal in Zangilan": one capitalised word
    no list knows, after "in" or "near" after a project noun (lang/en/projects.tsv), is the project's place."""
    from ...nlp.english import vocabulary
    out = []
    heads = _project_heads()
    for i in range(1, len(toks) - 1):
        t = toks[i + 1]
        if fold(toks[i].text) not in ("in", "near") or not {fold(toks[i - 1].text), fold(toks[i - 1].text)[:-1]} & heads \
                or taken[i + 1] or not is_cap(t) or t.pos != "PROPN" or not t.text.isalpha() or len(t.text) < 4:
            continue
        if i + 2 < len(toks) and (is_cap(toks[i + 2]) or toks[i + 2].text in ("-", "–")):
            continue      # a longer name: the tagger's
        if fold(t.text) in given_names() or fold(t.text) in vocabulary() or in_titles(t):
            continue
        taken[i + 1] = True
        out.append(written_span(doc, t.start, t.end, type="LOC", source="project_site"))
    return out


UNITS = ("mw", "gw", "kw", "megawatt", "gigawatt", "kilowatt")


def opens_name(prev: Token) -> bool:
    """"the", "a" or a capacity ("445 MW", "300-megawatt") before a town that names a project."""
    return fold(prev.text) in ("the", "a", "an") or prev.pos == "NUM" or fold(prev.text).endswith(UNITS)


def named_sites(doc: Doc, toks: list[Token], taken: list[bool]) -> list[Span]:
    """"the 445 MW Bilasuvar solar power plant", "the Sadakhlo border crossing point": one
    capitalised word no list knows, after "the" or a capacity and right before a project noun in
    lower case (lang/en/projects.tsv), is the town the project is named by, and so its place."""
    from ...nlp.english import vocabulary
    from ..gazetteer import gazetteer
    from ..projects import project_nouns
    from .lexicons import looks_like_surname
    out = []
    for i in range(1, len(toks) - 1):
        t, prev = toks[i], toks[i - 1]
        if taken[i] or not is_cap(t) or not t.text.isalpha() or len(t.text) < 4 or not toks[i + 1].text.islower() \
                or not opens_name(prev):
            continue
        noun = project_nouns("en").match_at(toks, i + 1)
        if noun is None or not all(x.text.islower() for x in toks[i + 1:noun.end]):
            continue
        word = fold(t.text)
        if word in given_names() or word in vocabulary() or in_titles(t) or looks_like_surname(t.text) \
                or gazetteer("en").cues_in(t.text) or gazetteer("en").names.match_at(toks, i):
            continue      # "the new solar plant", "the Chinese plant": words, not a town
        taken[i] = True
        out.append(written_span(doc, t.start, t.end, type="LOC", source="project_name"))
    return out
