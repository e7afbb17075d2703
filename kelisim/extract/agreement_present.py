"""Who signs when a sentence names a group or no one: the bodies whose heads take part in the
signing ("с участием"), the states a group of office holders names, the states whose leaders watch
it ("в присутствии"), those named "со стороны" each state, and the talks the article tells next when
the lead adopts a document "по итогам встречи" before telling who met. Used by settle_parties
(agreement_sides.py)."""
from __future__ import annotations

import re

from ..doc import Doc, Entity, Event
from ..lang import words
from ..nlp.match import word_keys
from .context import meeting_nouns, mentions_in, unique


def taking_part(doc: Doc, v: Event) -> list[Entity]:
    """"церемония подписания меморандума с участием руководителей X, Y и Z": the bodies (two or
    more) whose heads take part in the signing sign."""
    a, b = v.evidence[0].start, v.evidence[0].end
    at = doc.text.find("с участием", a, b)
    found = unique([e for _, e in mentions_in(doc, at + 10, b, ("ORG", "PER"))]) if at >= 0 else []
    return found if len(found) > 1 else []


def states_of_group(doc: Doc, e: Entity) -> list[str]:
    """"Министры обороны X и Y подписали": a group of no one state whose name holds a state, and
    the state joined right after it, sign as those states; else the group itself (its id)."""
    if e.type != "ORG" or not e.group or e.country:
        return [e.id]
    out = []
    for m in e.mentions:
        after = re.match(r"\s*(?:и|and|,)\s+", doc.text[m.end:m.end + 8])
        joined = m.end + after.end() if after else -1
        out += [g.id for g in doc.entities if g.type == "GPE" for n in g.mentions
                if m.start <= n.start and n.end <= m.end or n.start == joined]
    return unique(out) if len(set(out)) >= 2 else [e.id]


def in_presence(doc: Doc, v: Event) -> list[Entity]:
    """"В присутствии президентов X и Y подписаны ...": a document whose sentence names no signer is
    the states' whose leaders (or who) watch its signing (lang/<xx>/agreement_sides.tsv: presence),
    two or more."""
    a, b = v.evidence[0].start, v.evidence[0].end
    low = doc.text[a:b].lower()
    at = min((low.find(w) for w in words(doc.lang, "agreement_sides.tsv", "presence") if low.find(w) >= 0), default=-1)
    if at < 0:
        return []
    states = {e.country: e for e in doc.entities if e.type == "GPE" and e.country}
    found = unique([states.get(e.country, e) for _, e in mentions_in(doc, a + at, b, ("GPE", "PER"))
                    if e.country])
    return found if len(found) >= 2 else []


def on_behalf(doc: Doc, v: Event) -> list[Entity]:
    """"Подписано соглашение. Со стороны X документ подписал министр ..., со стороны Y - ...": the
    states named after "со стороны" (lang/<xx>/agreement_sides.tsv: behalf) in the signing's
    sentence or the next of its paragraph, two or more, sign."""
    a, b = v.evidence[0].start, v.evidence[0].end
    nxt = next((s for s in doc.sents if s.start >= b), None)
    if nxt is not None and "\n" not in doc.text[b:nxt.start]:
        b = nxt.end
    low, found = doc.text[a:b].lower(), []
    for w in words(doc.lang, "agreement_sides.tsv", "behalf"):
        for hit in re.finditer(re.escape(w) + r"\s+", low):
            found += [e for m, e in mentions_in(doc, a + hit.end(), b, ("GPE",)) if m.start == a + hit.end()]
    found = unique(found)
    return found if len(found) >= 2 else []


def talks_told_next(doc: Doc, v: Event) -> list[Entity]:
    """"Министры ... по итогам встречи приняли совместное заявление" in the lead, and "Во встрече
    приняли участие X, Y и Z" after it: a document that only a group of office holders adopts, in a
    sentence that refers back to talks the article has not told before, is signed by the sides of
    the first talks told after it, each as its state where the article names the state."""
    a, b = v.evidence[0].start, v.evidence[0].end
    sent = doc.sent_at(a)
    meetings = [m for m in doc.events if m.type == "meeting" and m.modality == "asserted"]
    if sent is None or any(m.evidence[0].start < b for m in meetings) or not any(
            word_keys(t.text) & meeting_nouns(doc.lang) for t in sent.tokens):
        return []
    later = [m for m in meetings if m.evidence[0].start >= b]
    if not later:
        return []
    first = min(later, key=lambda m: m.evidence[0].start)
    states = {e.country: e for e in doc.entities if e.type == "GPE" and e.country}
    ents = {e.id: e for e in doc.entities}
    return unique([states.get(ents[p].country, ents[p]) for p in first.attrs["participants"] if p in ents])
