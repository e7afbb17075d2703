"""Counterparts named by office alone ("посол Японии"): meetings.py makes a group entity for
one when it meets someone, after coreference has run; the descriptions that coreference could
not link to a person ("японский дипломат сообщил", "подчеркнул посол") are kept here and
claimed by that entity when it is made."""
from __future__ import annotations

from ..doc import Doc, Entity, Span, Token
from ..nlp.match import fold, word_keys

PENDING = "unlinked_descriptions"


def canonical_titles(person: Entity) -> set[str]:
    """A person's offices as written and as the title lexicon names them."""
    from .roles import title_canonical
    out = {fold(r.title) for r in person.roles}
    out |= {fold(c) for r in person.roles if (c := title_canonical("ru", r.title))}
    return out


def holds(person: Entity, offices: set[str]) -> bool:
    """"заместитель министра иностранных дел" holds the office "заместитель министра"."""
    return any(t == o or t.startswith(o + " ") for t in canonical_titles(person) for o in offices)


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
