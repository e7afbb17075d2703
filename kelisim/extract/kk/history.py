"""Meetings a Kazakh article recalls, not reports: the pluperfect ("бұрын кездескен болатын",
"Бакуде кездескен еді": had met) and a past participle that ends its sentence with an earlier
time named ("2019 жылы кездесіп өткен", "Бұған дейін ... кездескен."). The news tells its own
meeting in the simple past ("кездесті"); these are background to it."""
from __future__ import annotations

import re

from ...doc import Doc, Sent
from ...nlp.kazakh import fold
from ..history import news_year
from .lexicon import matcher
from .verbs import Verb, verb_at

PAST_COPULAS = {"еді", "екен", "болатын", "болған"}
YEAR = re.compile(r"(1[89]\d\d|20\d\d)(?:-\w+)?")


def _finite(sent: Sent, v: Verb) -> int | None:
    """The index of the word that carries the verb's tense: the verb, or the auxiliary after its
    converb ("кездесіп өткен")."""
    toks = sent.tokens
    if v.tense == "converb" and v.end < len(toks) and (aux := verb_at(toks, v.end, "auxiliaries.tsv")):
        return v.end if aux.tense == "participle" else None
    return v.end - 1 if v.tense == "participle" else None


def recalled(doc: Doc, sent: Sent, v: Verb) -> bool:
    """Is the meeting verb v told as one that had happened before the news?"""
    k = _finite(sent, v)
    if k is None:
        return False
    toks = sent.tokens
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and fold(nxt.text) in PAST_COPULAS:
        return True       # "кездескен болатын", "кездескен еді": the pluperfect
    if nxt is not None and nxt.text not in ".!?;":
        return False      # "кездескен кезде": a participle of a clause, not the sentence's verb
    if any(m.value[0] == "earlier" for m in matcher("meeting_context.tsv").finditer(toks[:v.start])):
        return True       # "Бұған дейін олар ... кездескен."
    year = news_year(doc)
    return year is not None and any((m := YEAR.fullmatch(t.text)) and int(m.group(1)) < year for t in toks[:v.start])
