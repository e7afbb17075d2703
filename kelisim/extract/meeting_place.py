"""Where a meeting was held, read the same way in every language.

A sentence sets its meeting in a place it marks as where: by a word of the "place" role of
lang/<xx>/frame_roles.tsv before the name, past an article ("в Астане", "in Tashkent", "at the
Akorda"), by the case that role asks for ("Астанада"), or by a place noun so marked beside the
name ("в городе Актобе", "Шымкент қаласында": the language's morphology, context.is_locative).
A place the same word sends one to is no meeting place (its case is the destination role's:
"прибывшие в Казахстан"), unless the meeting is a visit ("Астанаға сапар"). Neither is a side of
the meeting, a place inside quoted words, one in a relative clause after the meeting ("X received
Y, who said ... in Astana": meeting_words.tsv relative), the subject of the talks ("the war in
Ukraine": meeting_context.tsv topic), one that owns what follows ("in Kazakhstan's mining sector":
meeting_words.tsv possessive) or a region ("in Central Asia"). A place that qualifies a
side ("Ресейдегі елшісі": meeting_words.tsv attributive) counts only when no other is named; a
city comes before its own state, and a state is narrowed to the dateline's city in it.
"""
from __future__ import annotations

import re

from functools import cache

from ..doc import Doc, Entity, Sent, Span
from ..nlp.frames import find_quotes, role_map
from ..nlp.match import fold
from .context import mentions_in, token_index
from .meeting_sides import finer_place
from .meetings import context_matcher, context_words, meeting_words

REGIONS = ("bloc",)      # the gazetteer's kinds of a LOC that is an area, not a city or venue
SPOKEN = 30                   # a quoted passage longer than this is someone's words, not a name


@cache
def _marks(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The place role's words before a name, and its cases where no word marks it; the cases in
    which those words send one somewhere instead (the destination role: "в Казахстан")."""
    roles = role_map(lang)
    preps = frozenset(p for _, ps, _ in roles.get("place", ()) for p in ps)
    cases = frozenset(c for _, ps, cs in roles.get("place", ()) if not ps and cs for c in cs)
    away = frozenset(c for _, ps, cs in roles.get("destination", ()) if ps & preps and cs for c in cs)
    return preps, cases, away


def _goes_to(doc: Doc, before: str, case: str | None) -> bool:
    """Is a name with this word before it and this case in the destination role ("to China",
    "в Казахстан", "Астанаға")?"""
    return any((before in ps if ps else True) and (cs is None or (case or "none") in cs)
               for _, ps, cs in role_map(doc.lang).get("destination", ()))


def _case(doc: Doc, sent: Sent, m: Span) -> str | None:
    """The case of a mention: its first word's where a preposition governs it, the last word's
    where endings mark it (Kazakh, read by its own morphology)."""
    if doc.lang == "kk":
        from .kk.context import case_of
        return case_of(sent, m)
    k = token_index(sent.tokens, m.start)
    return sent.tokens[k].case if k is not None else None


def _noun_phrase(doc: Doc, sent: Sent, m: Span) -> bool:
    """"в городе Актобе", "Павлодар қаласының маңында": a place noun in the place role beside the name."""
    if doc.lang == "kk":
        from .kk.context import is_locative
        return is_locative(sent, m)
    if doc.lang == "ru":
        from .context import is_locative
        return is_locative(sent, m.start)
    return False


def _word_before(doc: Doc, sent: Sent, m: Span) -> int | None:
    """The word before the mention, past an article ("at the Akorda")."""
    toks = sent.tokens
    k = token_index(toks, m.start, 0)
    if k > 1 and fold(toks[k - 1].text) in meeting_words(doc.lang, "article"):
        k -= 1
    return k - 1 if k > 0 else None


def in_place_role(doc: Doc, sent: Sent, m: Span, visit: bool = False) -> bool:
    """Does the sentence mark the mention as where something happens (or, for a visit, where one goes)?"""
    preps, cases, away = _marks(doc.lang)
    case = _case(doc, sent, m)
    j = _word_before(doc, sent, m)
    before = fold(sent.tokens[j].text) if j is not None else ""
    if visit and _goes_to(doc, before, case):
        return True
    if preps and (before in preps or _noun_phrase(doc, sent, m)):
        return case not in away
    return bool(cases) and (case in cases or _noun_phrase(doc, sent, m))


def quoted(doc: Doc, offset: int) -> bool:
    """Is the offset inside quoted words (a passage longer than a quoted name)?"""
    if "spoken_quotes" not in doc.meta:
        doc.meta["spoken_quotes"] = [(a, b) for p, q in doc.paragraphs() for a, b in find_quotes(doc.text, p, q)
                                     if b - a > SPOKEN]
    return any(a <= offset < b for a, b in doc.meta["spoken_quotes"])


def _clause_end(doc: Doc, sent: Sent) -> int:
    """Where a relative clause after a comma starts ("..., who said"): its places are not the meeting's."""
    toks, rel = sent.tokens, meeting_words(doc.lang, "relative")
    return next((toks[k].start for k in range(1, len(toks) - 1)
                 if toks[k].text == "," and fold(toks[k + 1].text) in rel), sent.end)


def _topic(doc: Doc, sent: Sent, m: Span) -> bool:
    """"discussed the war in Ukraine": the place of a subject of the talks."""
    if "topic" not in context_words(doc.lang):
        return False
    j = _word_before(doc, sent, m)
    return j is not None and j > 0 and context_matcher(doc.lang, "topic").match_at(sent.tokens, j - 1) is not None


def _owns(doc: Doc, sent: Sent, m: Span) -> bool:
    """"investing in Kazakhstan's mining sector": a place in the possessive owns what follows, no venue."""
    k = token_index(sent.tokens, m.end)
    return k is not None and fold(sent.tokens[k].text) in meeting_words(doc.lang, "possessive")


def qualifies(doc: Doc, m: Span) -> bool:
    """"Ресейдегі елшісі": a place in a form that qualifies a person (meeting_words.tsv attributive);
    "Павлодарда салынып жатқан кешен": a place before a participle of building qualifies the
    project it tells of, not the meeting (meeting_words.tsv building)."""
    endings = tuple(meeting_words(doc.lang, "attributive"))
    if endings and fold(m.text).endswith(endings):
        return True
    nxt = re.match(r"\s*(\w+)", doc.text[m.end:m.end + 40])
    return nxt is not None and fold(nxt.group(1)) in meeting_words(doc.lang, "building")


def most_specific(places: list[Entity]) -> list[Entity]:
    """"Жапонияда жүрген ... Токиода кездесті": a city before its own state, which it narrows."""
    cities = {e.country for e in places if e.type == "LOC" and e.country}
    return [e for e in places if not (e.type == "GPE" and e.country in cities)] or places


def sentence_place(doc: Doc, sent: Sent, participants: list[Entity], visit: bool = False,
                   until: int | None = None) -> str | None:
    """The id of the place where the sentence's meeting of `participants` was held (see the module
    docstring), looked for before `until` when given; None when the sentence names none."""
    kinds = {(s.start, s.end): s.data.get("kind") for s in doc.spans}
    found: list[tuple[Span, Entity]] = []
    for m, e in mentions_in(doc, sent.start, min(until or sent.end, _clause_end(doc, sent)), ("LOC", "GPE")):
        if e in participants or quoted(doc, m.start) or not in_place_role(doc, sent, m, visit) \
                or _topic(doc, sent, m) or _owns(doc, sent, m) \
                or e.type == "LOC" and kinds.get((m.start, m.end)) in REGIONS:
            continue
        found.append((m, e))
    plain = [e for m, e in found if not qualifies(doc, m)]
    best = (most_specific(plain) or [e for _, e in found] or [None])[0]
    return finer_place(doc, best) if best is not None else None
