"""Counterparts named by office alone ("посол Японии"): meetings.py makes a group entity for
one when it meets someone, after coreference has run; the descriptions that coreference could
not link to a person ("японский дипломат сообщил", "подчеркнул посол") are kept here and
claimed by that entity when it is made."""
from __future__ import annotations

from ..doc import Doc, Entity, Role, Span, Token
from ..nlp.match import fold, word_keys

PENDING = "unlinked_descriptions"
FORWARD = "named_after_office"


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


def remember_unlinked(doc: Doc, span_toks: list[Token], country: str | None, offices: set[str],
                      title: str = "") -> None:
    """A singular description coreference found no person for: the person named next, when it
    names its state (named_next), else kept for an office holder made later."""
    if country and named_next(doc, span_toks[0].start, span_toks[-1].end, country, offices, title):
        return
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


def named_next(doc: Doc, a: int, b: int, country: str, offices: set[str], title: str) -> Entity | None:
    """"Министр иностранных дел Казахстана провел переговоры с главой МИД Азербайджана. Мурат
    Нуртлеу и Джейхун Байрамов обсудили ...", "Позднее гостя принял Президент Казахстана.
    Касым-Жомарт Токаев ...": an office and its state named before anyone holds it is the first
    person named after it, in its paragraph or the next, who has no state and no office of his
    own yet and whom no such office took before (so two offices take two persons in turn)."""
    from .coref import refer
    taken = doc.meta.setdefault(FORWARD, set())
    paras = [(p, q) for p, q in doc.paragraphs() if q >= a][:2]
    later = sorted((e for e in doc.entities if e.type == "PER" and e.id not in taken and e.mentions
                    and b <= e.first <= (paras[-1][1] if paras else b)), key=lambda e: e.first)
    person = later[0] if later else None
    if person is None or person.country or person.roles:
        return None
    taken.add(person.id)
    refer(doc, person, a, b, title)
    person.country = country
    if len(offices) == 1 and "|" not in next(iter(offices)):
        person.roles.append(Role(next(iter(offices))))
    return person
