"""Who builds a project, told in a relative clause right after its name: "комплекса в Y, который
компания возводит совместно с Z", "клиники, которую должна была реализовать компания X", "школ,
которые Россия строит"."""
from __future__ import annotations

from ..doc import Doc, Sent
from ..lang import words
from ..nlp.match import lookup, word_keys
from .projects import project_words, stage_words
from .project_firm_refs import firm_named_before


def relative_builder(doc: Doc, sent: Sent, end: int) -> str | None:
    """"комплекса в Y, который компания возводит совместно с Z": the subject of a relative clause
    right after the project's name, whatever the parser hung the clause on."""
    from .project_nouns import relative_at
    toks = sent.tokens
    which = relative_at(sent, end - 1)     # over the name's quotes, place, capacity and cost
    if which is None:
        return None
    backs = project_words(doc.lang, "back", "project_owners.tsv")
    acts = (None, "ongoing", "operation")
    # "центра, финансирование которого обеспечивает фонд X": the act's noun before the relative
    # makes the clause's verb a light one ("обеспечивает", "ведет"), its subject the doer
    act_noun = toks[which - 1].pos == "NOUN" and lookup(stage_words(doc.lang), toks[which - 1].text, doc.lang) not in acts
    group = _verb_group(doc, sent, which + 1)
    for k, t in enumerate(toks[which + 1:which + 8], which + 1):
        e = doc.entity_at(t.start, t.end)
        if k == which + 1 and t.pos == "VERB" and (act_noun or lookup(stage_words(doc.lang), t.text, doc.lang) not in acts):
            continue      # "..., который возводит компания X": the clause's verb of building, then its subject
        if k in group:
            continue      # "..., который в 2022 году должна была реализовать компания X"
        if t.pos in ("VERB", "AUX") or t.text == ",":
            return None
        if t.case == "Nom" and word_keys(t.text) & backs and k + 2 < len(toks) and toks[k + 1].text in "«\"":
            e = doc.entity_at(toks[k + 2].start, toks[k + 2].end)     # "компания «X»": the firm named
        elif t.case == "Nom" and word_keys(t.text) & backs and k + 1 < len(toks):
            e = doc.entity_at(toks[k + 1].start, toks[k + 1].end)     # "компания Sunir" unquoted
        if e is not None and e.type == "ORG" and not e.group:
            return e.id
        if e is not None and e.type == "GPE" and any(lookup(stage_words(doc.lang), toks[j].text, doc.lang) not in acts
                                                     for j in (which + 1, k + 1) if j < len(toks) and j != k):
            return e.id       # "школ, которые Россия строит": a state that builds, not one that pays
        if t.case == "Nom" and word_keys(t.text) & backs:
            return firm_named_before(doc, sent.start, backs)
    return None


def _verb_group(doc: Doc, sent: Sent, start: int) -> set[int]:
    """A relative clause's verbs of duty or intent before an infinitive of building or carrying out
    (lang/<xx>/carrying_out.txt), after a time phrase: "в 2022 году должна была реализовать"."""
    toks = sent.tokens
    doing = words(doc.lang, "carrying_out.txt")
    k = start
    while k < len(toks) and toks[k].pos in ("ADP", "NUM", "NOUN", "ADJ") and not toks[k].feats.get("Variant") \
            and doc.entity_at(toks[k].start, toks[k].end) is None and toks[k].text != ",":
        k += 1        # "в 2022 году"
    for j in range(k, min(len(toks), k + 4)):
        if toks[j].pos not in ("VERB", "AUX", "ADJ"):
            return set()
        if toks[j].feats.get("VerbForm") == "Inf" and (word_keys(toks[j].text) & doing or lookup(
                stage_words(doc.lang), toks[j].text, doc.lang) not in (None, "ongoing", "operation")):
            return set(range(start, j + 1)) if j > k else set()
    return set()
