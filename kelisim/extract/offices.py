"""Counterparts named by office alone ("посол Японии"): meetings.py makes a group entity for
one when it meets someone, after coreference has run; the descriptions that coreference could
not link to a person ("японский дипломат сообщил", "подчеркнул посол") are kept here and
claimed by that entity when it is made."""
from __future__ import annotations

from ..doc import Doc, Entity, Span, Token
from ..nlp.match import fold, word_keys

PENDING = "unlinked_descriptions"


def canonical_titles(person: Entity, lang: str = "ru") -> set[str]:
    """A person's offices as written and as the title lexicon names them."""
    from .roles import title_canonical
    out = {fold(r.title) for r in person.roles if r.title}
    out |= {fold(c) for r in person.roles if r.title and (c := title_canonical(lang, r.title))}
    return out


def holds(person: Entity, offices: set[str] | tuple[str, ...], lang: str = "ru") -> bool:
    """"заместитель министра иностранных дел" holds the office "заместитель министра"."""
    return any(t == o or t.startswith(o + " ") for t in canonical_titles(person, lang) for o in offices)


def named_holder(doc: Doc, state: str, office: str) -> bool:
    """Does the article name a person of `state` who holds `office` ("Turkish Ambassador Kemal
    Aydin" for "the Turkish ambassador")? Then the office alone needs no entity of its own."""
    return any(e.type == "PER" and e.country == state and holds(e, {office}, doc.lang) for e in doc.entities)


def remember_unlinked(doc: Doc, span_toks: list[Token], country: str | None, offices: set[str]) -> None:
    """A singular description coreference found no person for."""
    head = next((t for t in span_toks if t.pos == "NOUN"), None)
    if head is not None:
        doc.meta.setdefault(PENDING, []).append(
            [span_toks[0].start, span_toks[-1].end, country, sorted(word_keys(head.text)), sorted(offices)])


def claim_descriptions(doc: Doc, ent: Entity) -> None:
    """Link to an office-named group the later descriptions that fit it: the description's noun is
    in the group's name ("посол" - "посол Японии"), or an office it allows is ("дипломат":
    "посол|консул|..."), and the state agrees where the description names one."""
    if not ent.mentions:
        return
    since = min(m.end for m in ent.mentions)
    words = {fold(w) for w in ent.name.split()}
    named = {k for w in ent.name.split() for k in word_keys(w)}
    keep = []
    for item in doc.meta.get(PENDING, []):
        a, b, country, keys, offices = item
        fits = a >= since and (not country or country == ent.country) and (
            set(keys) & named or any(set(o.split()) <= words for o in offices))
        if fits:
            ent.mentions.append(Span(a, b, doc.text[a:b], source="description"))
        else:
            keep.append(item)
    doc.meta[PENDING] = keep
