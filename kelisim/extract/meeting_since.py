"""Talks held over a stretch of time since a date ("переговоры, которые стороны ведут с 2023 года",
"консультации ведутся с прошлого года") or at a stage ("переговоры находятся на ранней стадии")
are a process, not a meeting that took place."""
from __future__ import annotations

from ..doc import Sent
from ..nlp.match import fold
from .context import children

_STAGE = {"стадия", "стадии", "стадию", "этап", "этапе", "этапа", "фаза", "фазе", "фазу"}
_TIME = {"год", "года", "месяц", "месяца", "весна", "весны", "лето", "лета", "осень", "осени", "зима", "зимы"}


def since_when(sent: Sent, verb: int) -> bool:
    """Does the verb carrying the talks have "с <year | time>" among its dependents?"""
    toks = sent.tokens
    if not 0 <= verb < len(toks) or toks[verb].pos != "VERB":
        return False
    for c in children(sent, verb):
        if toks[c].rel == "obl" and fold(toks[c].text) in _STAGE and any(
                fold(toks[g].text) == "на" and toks[g].rel == "case" for g in children(sent, c)):
            return True       # "переговоры находятся на завершающей стадии"
        if toks[c].rel != "obl" or not any(fold(toks[g].text) == "с" and toks[g].rel == "case" for g in children(sent, c)):
            continue
        if fold(toks[c].text) in _TIME or toks[c].text.isdigit() and len(toks[c].text) == 4:
            return True
    return False
