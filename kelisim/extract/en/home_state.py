"""States of persons: one written right after the name ("Vladimir Putin of Russia"), and the home
state of a titled person whose state the article does not write: the state the article is
mostly about (roles.py calls it last)."""
from __future__ import annotations

from collections import Counter

from ...doc import Doc, Entity, Token
from ...nlp.match import fold
from ..gazetteer import gazetteer
from .clause import mention_at


def home_country(doc: Doc) -> None:
    """A titled person with no state named: the state the article is mostly about, counting
    states, places and state adjectives, but not the state of a person holding the same
    office ("President Tokayev received Turkish President Erdogan": not Turkey's)."""
    gaz = gazetteer("en")
    counts: Counter = Counter()
    for e in doc.entities:
        if e.type in ("GPE", "LOC") and e.country:
            counts[e.country] += len(e.mentions)
    for sent in doc.sents:
        for t in sent.tokens:
            c = gaz.cue(t.text)
            if c and mention_at(doc, t) is None:
                counts[c] += 1
    orgs = {e.id for e in doc.entities if e.type == "ORG"}
    for e in doc.entities:
        # an office in a body of no state ("the European Commission's") is not the home state's
        if e.type != "PER" or not e.roles or e.country or any(r.org in orgs for r in e.roles):
            continue
        titles_ = {r.title for r in e.roles}
        taken = {o.country for o in doc.entities if o.type == "PER" and o is not e and o.country
                 and titles_ & {r.title for r in o.roles}}
        # nor that of a person named in the same sentence ("Bektenov met German Chancellor Scholz")
        sents = {id(doc.sent_at(m.start)) for m in e.mentions}
        taken |= {o.country for o in doc.entities if o.type == "PER" and o is not e and o.country
                  and o.id not in guessed(doc)      # a guess of the same kind tells nothing
                  and any(id(doc.sent_at(m.start)) in sents for m in o.mentions)}
        ranked = [(c, n) for c, n in counts.most_common() if c not in taken]
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            e.country = ranked[0][0]
            guessed(doc).add(e.id)


def guessed(doc: Doc) -> set[str]:
    """Ids of the persons whose state home_country guessed: a state the article writes later
    (coref.py: "the UK minister") may correct the guess."""
    return doc.meta.setdefault("en_home_guess", set())


def rehome(doc: Doc) -> None:
    """Guess again, once descriptions have fixed some states: a guess leaves out the states of
    the persons named with the guessed one, and those may have changed."""
    for e in doc.entities:
        if e.id in guessed(doc):
            e.country = None
    guessed(doc).clear()
    home_country(doc)


def state_after(doc: Doc, toks: list[Token], i1: int) -> Entity | None:
    """"Vladimir Putin of Russia and ...": a state right after a name, before a list's end."""
    k = i1
    if k >= len(toks) or fold(toks[k].text) != "of":
        return None
    k += 1
    if k < len(toks) and fold(toks[k].text) == "the":
        k += 1
    hit = mention_at(doc, toks[k]) if k < len(toks) else None
    if hit is None or hit[1].type != "GPE":
        return None
    end = next((n for n in range(k, len(toks)) if toks[n].start >= hit[0].end), len(toks))
    ok = end == len(toks) or toks[end].text in (",", ".", ";") or fold(toks[end].text) == "and" \
        or toks[end].pos in ("VERB", "AUX", "ADV")
    return hit[1] if ok else None
