"""Sides of a signing that Russian news names by a lower-case noun, not by a name: "правительство
Астраханской области и администрация провинции Гилян подписали соглашение" (a region's authority
stands for the region it names), "хокимият и Hanseong Logistics подписали" (a bare authority for the
place whose head the article named: "Хоким Джизакской области ... принял"), "компания и
администрация парка подписали" (a kind of side for the one of that kind named before), "министерство и
СамГТУ подписали" (the ministry of the minister named before, headed_bodies.py). Gold and
analysts take the place for its authority."""
from __future__ import annotations

from functools import cache

from ..doc import Doc, Entity, Sent
from ..lang import lexicon, words
from ..nlp.match import word_keys
from .agreement_sides import body_of_kind, firm_called
from .context import children, subtree
from .headed_bodies import headed_body

PLACES = ("LOC", "GPE")


@cache
def _local(lang: str) -> dict[str, str]:
    """Lower-case authorities (lang/<xx>/local_bodies.tsv) with the title of their head."""
    try:
        return {r[0]: r[1] for r in lexicon(lang, "local_bodies.tsv")}
    except FileNotFoundError:
        return {}


def _subjects(doc: Doc, sent: Sent, verb: int) -> list[int]:
    """The heads of the verb's subject and of the subjects joined to it by "и"; where the parser gave
    the verb none, the nominative nouns in the run of names, nouns and "и" right before it
    ("хокимият и Hanseong Logistics подписали", the noun taken for a root of its own)."""
    toks = sent.tokens
    first = [c for c in children(sent, verb) if toks[c].rel.startswith("nsubj")]
    if first:
        return sorted(first + [c for f in first for c in children(sent, f) if toks[c].rel == "conj"])
    run, k = [], verb - 1
    while k >= 0 and (toks[k].text in ("и", ",", "«", "»") or toks[k].pos in ("NOUN", "ADJ", "PROPN", "X")):
        if toks[k].pos == "NOUN" and toks[k].case in ("Nom", None):
            run.append(k)
        k -= 1
    return sorted(run)


def _place_named(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"правительство Астраханской области": the place in the authority's own genitive."""
    toks = sent.tokens
    own = [k for c in children(sent, i) if toks[c].rel == "nmod" for k in subtree(sent, c)]
    for k in sorted(own):
        e = doc.entity_at(toks[k].start, toks[k].end)
        if e is not None and e.type in PLACES:
            return e
    return None


def _called_by_noun(doc: Doc, sent: Sent, i: int) -> Entity | None:
    """"администрация индустриального парка": the body named before with that noun ("в индустриальном
    парке «Великий камень»"); a place noun ("акимат области") is left to the head's title."""
    toks = sent.tokens
    places = words(doc.lang, "place_nouns.txt")
    for c in children(sent, i):
        t = toks[c]
        if t.rel == "nmod" and t.pos == "NOUN" and t.text.islower() and not word_keys(t.text) & places \
                and doc.entity_at(t.start, t.end) is None:
            return firm_called(doc, set(word_keys(t.text)), sent.start)
    return None


def _place_headed(doc: Doc, head: str, before: int) -> Entity | None:
    """The place last named right after its head's title before `before` ("Хоким Джизакской области")."""
    found = []
    for e in doc.entities:
        if e.type not in PLACES:
            continue
        for m in e.mentions:
            words = doc.text[max(0, m.start - 30):m.start].split()
            if m.end <= before and words and head in word_keys(words[-1].strip("«»\",.")):
                found.append((m.start, e))
    return max(found, key=lambda x: x[0])[1] if found else None


def body_sides(doc: Doc, sent: Sent, verb: int) -> list[Entity]:
    """The sides the verb's subject names by a lower-case noun, in their order."""
    toks = sent.tokens
    local = _local(doc.lang)
    out: list[Entity] = []
    for i in _subjects(doc, sent, verb):
        t = toks[i]
        body = next((local[k] for k in word_keys(t.text) if k in local), None)
        if t.pos != "NOUN" and body is None or not t.text.islower() or doc.entity_at(t.start, t.end) is not None:
            continue      # (the tagger takes "акимат" for an adjective now and then)
        e = (_place_named(doc, sent, i) or _called_by_noun(doc, sent, i)
             or _place_headed(doc, body, sent.start) or headed_body(doc, sent, i, body)) \
            if body else body_of_kind(doc, t, sent.start)
        if e is not None and e not in out:
            out.append(e)
    return out
