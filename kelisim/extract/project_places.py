"""Where a project stands when the parse hangs the place elsewhere: a place written before the
verb of building in the same clause ("что в Навоийской области уже запущен комплекс", "а в
городе X компания Y ведет строительство завода", "в индустриальной зоне «X» компания строит"), or
the place a clause of "где" hangs on ("посетил X, где компания Y строит завод")."""
from __future__ import annotations

from ..doc import Doc, Sent
from ..lang import words
from ..nlp.match import fold, word_keys
from .context import is_locative
from .projects import project_words

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
    held = _ceremony_held(doc, toks, trig)
    verb = verb if held is None else held
    if toks[verb].pos != "VERB" or held is None and stage_of(toks[verb]) not in ("in_progress", "completed", "tense"):
        return None
    sites = words(doc.lang, "site_nouns.txt")
    for k in range(verb - 1, -1, -1):
        t = toks[k]
        if fold(t.text) == "где" and k >= 2 and toks[k - 1].text == ",":
            # "посетил Сумгаит, где группа X ведет возведение завода": the place "где" stands for
            e = doc.entity_at(toks[k - 2].start, toks[k - 2].end)
            return e.id if e is not None and e.type in ("LOC", "GPE") else None
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


def site_again(doc: Doc, sent: Sent, trig: int, stage_of) -> str | None:
    """"В зоне также стартовало строительство центра": a site noun (site_nouns.txt) in the
    locative, with no name after it, before the verb of building is the site of that noun the
    article named last ("в Алятской свободной экономической зоне")."""
    toks = sent.tokens
    verb = toks[trig].head if toks[trig].pos == "NOUN" and toks[trig].rel.startswith("nsubj") else trig
    if not 0 <= verb < len(toks) or toks[verb].pos != "VERB" or stage_of(toks[verb]) not in ("in_progress", "completed", "tense"):
        return None
    sites = words(doc.lang, "site_nouns.txt")
    k = next((k for k in range(1, verb) if fold(toks[k - 1].text) in ("в", "во") and toks[k].case == "Loc"
              and word_keys(toks[k].text) & sites and doc.entity_at(toks[k].start, toks[k].end) is None
              and (k + 1 >= len(toks) or doc.entity_at(toks[k + 1].start, toks[k + 1].end) is None
                   and toks[k + 1].text not in ("«", "\"", "“"))), None)
    if k is None or any(t.text in (",", ";") for t in toks[k:verb]):
        return None
    named = [(m.start, e.id) for e in doc.entities if e.type in ("LOC", "ORG") for m in e.mentions
             if m.end <= sent.start and any(word_keys(w) & word_keys(toks[k].text) for w in m.text.split())]
    return max(named)[1] if named else None


def _ceremony_held(doc: Doc, toks: list, trig: int) -> int | None:
    """"В Андижане состоялась церемония закладки камня фабрики": the verb a ceremony (lang/<xx>/
    project_words.tsv "ceremony") of the act is the subject of; where it was held the work is."""
    h = toks[trig].head if toks[trig].pos == "NOUN" and toks[trig].rel == "nmod" else -1
    if not 0 <= h < len(toks) or toks[h].lemma not in project_words(doc.lang, "ceremony") \
            or toks[h].rel != "nsubj" or not 0 <= toks[h].head < len(toks):
        return None
    return toks[h].head


_BUT = {"а", "но", "однако"}


def clauses_apart(sent: Sent, i: int, k: int) -> bool:
    """A ", а" / ", но" or ";" between two tokens: they are in two clauses whatever the parse says."""
    toks = sent.tokens
    return any(toks[x].text == ";" or toks[x].text == "," and x + 1 < len(toks) and fold(toks[x + 1].text) in _BUT
               for x in range(min(i, k), max(i, k)))


def own_clause_verb(sent: Sent, i: int, k: int, stage_of) -> int:
    """The verb of building `k` the parse gives the project noun `i`, unless a ", а" clause lies
    between them and the noun's own clause has a verb of building before it, or a word of a stage
    after it: "X запустило комплекс, а Y планирует построить завод" (a parse may cross the two)."""
    toks = sent.tokens
    if not clauses_apart(sent, i, k):
        return k
    for x in range(i - 1, -1, -1):
        if toks[x].text in (",", ";"):
            break
        if toks[x].pos == "VERB" and stage_of(toks[x]) not in (None, "ongoing", "operation"):
            return x
    for x in range(i + 1, len(toks)):
        # "..., а проект ГАЭС находится на стадии ТЭО": the stage told after it in its own clause
        if toks[x].text in (",", ";", "."):
            break
        if stage_of(toks[x]) not in (None, "ongoing", "operation"):
            return x
    return k


def _clause(sent: Sent, k: int) -> tuple[int, int]:
    """The tokens of the clause around k: between commas, semicolons, dashes and "что" (a dateline's
    outlet before a dash is no subject: "КАЗИНФОРМ – В Темиртау заложили ...")."""
    toks = sent.tokens
    def stop(x: int) -> bool:
        return toks[x].text in (",", ";", ":", "–", "—", "-") or fold(toks[x].text) == "что"
    a = next((x + 1 for x in range(k - 1, -1, -1) if stop(x)), 0)
    b = next((x for x in range(k + 1, len(toks)) if stop(x)), len(toks))
    return a, b


def clause_builder(doc: Doc, sent: Sent, trig: int, owner: str | None, stage_of) -> str | None:
    """A firm named as the subject in the clause of the verb of building (or of the verb over the act
    noun), before it, where the parse gave the project no builder or one from another clause ("X
    запустило комплекс, а компания Y планирует построить завод": Y's)."""
    toks = sent.tokens
    if toks[trig].pos == "NOUN" and toks[trig].rel in ("obj", "obl") and 0 <= toks[trig].head < len(toks) \
            and toks[toks[trig].head].pos == "VERB":
        trig = toks[trig].head      # "..., а ООО «Y» приступило к возведению завода": the verb's clause
    if toks[trig].pos != "VERB" or stage_of(toks[trig]) in (None, "ongoing", "operation", "announced"):
        return owner
    a, b = _clause(sent, trig)
    if owner is not None and any(a <= x < b for x in range(len(toks))
                                 if (e := doc.entity_at(toks[x].start, toks[x].end)) is not None and e.id == owner):
        return owner
    for x in range(a, trig):
        e = doc.entity_at(toks[x].start, toks[x].end)
        if e is None or e.type != "ORG" or e.group:
            continue
        first = toks[x - 1] if x > a and toks[x - 1].text in ("«", "\"", "“") and x - 2 >= a else None
        lead = toks[x - 2] if first is not None else toks[x]
        if lead.pos != "ADP" and lead.case in ("Nom", None) and (x == a or toks[x - 1].pos != "ADP"):
            return e.id
    return owner
