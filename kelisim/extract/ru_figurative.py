"""A way in a figure of speech: "проект откроет дорогу новым инвестициям" opens a way for something,
builds no road. The noun of lang/ru/figurative_ways.txt with a dative noun and no preposition beside
it (on the verb it is the object of, or on the noun itself) names no project."""
from __future__ import annotations

from ..doc import Sent
from ..lang import folded
from ..nlp.match import fold
from ..nlp.tree import children


def _bare_dative(sent: Sent, i: int, skip: int) -> bool:
    toks = sent.tokens
    return any(c != skip and toks[c].pos == "NOUN" and toks[c].case == "Dat"
               and not any(toks[k].rel == "case" for k in children(sent, c)) for c in children(sent, i))


def figurative_way(lang: str, sent: Sent, head: int) -> bool:
    """Is the noun at `head` a way told for what a bare dative names ("дорогу инвестициям")?"""
    toks = sent.tokens
    t = toks[head]
    if fold(t.lemma or t.text) not in folded(lang, "figurative_ways.txt"):
        return False
    verb = t.head if t.rel == "obj" and 0 <= t.head < len(toks) and toks[t.head].pos == "VERB" else None
    return _bare_dative(sent, head, -1) or verb is not None and _bare_dative(sent, verb, head)
