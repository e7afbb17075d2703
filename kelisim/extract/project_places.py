"""Where a project stands when the parse hangs the place elsewhere: a place written before the
verb of building in the same clause ("что в Навоийской области уже запущен комплекс", "а в
городе X компания Y ведет строительство завода", "в индустриальной зоне «X» компания строит")."""
from __future__ import annotations

from ..doc import Doc, Sent
from ..lang import words
from ..nlp.match import fold, word_keys
from .context import is_locative

# words that open the clause the verb stands in
_OPENERS = {"что", "а", "но", "однако", "где", "когда", "и"}


def place_before(doc: Doc, sent: Sent, trig: int, stage_of) -> str | None:
    """The place (or named site) in the locative between the clause's start and the verb of
    building: the verb itself, or the verb a noun of building is the object of ("ведет
    строительство"). `stage_of(token)` is the language's stage word; an act of agreeing or
    planning ("договорились о строительстве") says nothing of where the clause's place is."""
    toks = sent.tokens
    verb = trig
    if toks[trig].pos == "NOUN" and 0 <= toks[trig].head < len(toks) and toks[trig].rel in ("obj", "nsubj", "nsubj:pass"):
        verb = toks[trig].head
    if toks[verb].pos != "VERB" or stage_of(toks[verb]) not in ("in_progress", "completed", "tense"):
        return None
    sites = words(doc.lang, "site_nouns.txt")
    for k in range(verb - 1, -1, -1):
        t = toks[k]
        if t.text in (",", ";", ":") or fold(t.text) in _OPENERS or t.pos == "VERB" and t.rel != "aux:pass":
            return None
        e = doc.entity_at(t.start, t.end)
        if e is None:
            continue
        first = min(m.start for m in e.mentions if m.start <= t.start < m.end)
        if e.type in ("LOC", "GPE") and is_locative(sent, first):
            return e.id
        before = [x for x in toks[max(0, k - 3):k] if x.text not in ("«", "\"", "“")]
        if e.type == "ORG" and before and before[-1].case == "Loc" and word_keys(before[-1].text) & sites:
            return e.id       # "в индустриальной зоне «X»": the site named
    return None
