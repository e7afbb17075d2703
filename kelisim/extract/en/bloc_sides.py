"""Sides a region's adjective names: "The EU and the five Central Asian states sealed a memorandum"
(the members of the region, data/blocs.tsv rows of kind adj, each a side)."""
from __future__ import annotations

from ...doc import Doc, Entity, Span, Token
from ...nlp.match import fold
from ..gazetteer import gazetteer
from .clause import entity_at

STATE_NOUNS = {"states", "countries", "nations", "republics"}


def bloc_states(doc: Doc, toks: list[Token]) -> list[Entity]:
    """The states of "the (five) Central Asian states/countries" among the tokens."""
    gaz = gazetteer("en")
    words = [fold(t.text) for t in toks]
    for phrase, members in gaz.bloc_adjectives.items():
        n = len(phrase)
        for k in range(len(words) - n):
            if tuple(words[k:k + n]) == phrase and words[k + n] in STATE_NOUNS:
                return [e for e in (_state(doc, code, toks[k], toks[k + n]) for code in members) if e is not None]
    return []


def co_sides(doc: Doc, toks: list[Token]) -> list[Entity]:
    """The states and organisations joined to the region's states by "and" in the subject."""
    out: list[Entity] = []
    for k, t in enumerate(toks):
        e = entity_at(doc, t)
        if e is not None and e.type in ("GPE", "ORG") and not e.group and e not in out \
                and (k + 1 < len(toks) and fold(toks[k + 1].text) == "and" or k > 0 and fold(toks[k - 1].text) == "and"):
            out.append(e)
    return out


def _state(doc: Doc, code: str, first: Token, last: Token) -> Entity | None:
    """The member's entity; one the article does not name is made from the region's words."""
    found = next((e for e in doc.entities if e.type == "GPE" and e.country == code and not e.group), None)
    name = gazetteer("en").canonical.get(code)
    if found is not None or name is None:
        return found
    ids = {e.id for e in doc.entities}
    n = len(doc.entities) + 1
    while f"e{n}" in ids:
        n += 1
    text = doc.text[first.start:last.end]
    made = Entity(id=f"e{n}", type="GPE", name=name, country=code, key=code,
                  mentions=[Span(first.start, last.end, text, type="GPE", normal=name, source="adjective", country=code)])
    doc.entities.append(made)
    return made


def office_states(doc: Doc, e: Entity) -> list[Entity]:
    """"the foreign ministers of Latvia and Chile signed": a group of offices ("ministers",
    "presidents") names its holders by their states; each signs for his. Other groups ("Latvian
    companies") keep their own name."""
    from .counterparts import office_heads
    from ...nlp.english import singular
    words = fold(e.name).split()
    if not e.group or "of" not in words or singular(words[words.index("of") - 1]) not in office_heads():
        return []
    inside = [(m.start, g) for g in doc.entities if g.type == "GPE" and not g.group and g.country
              for m in g.mentions if any(x.start <= m.start and m.end <= x.end for x in e.mentions)]
    out: list[Entity] = []
    for _, g in sorted(inside, key=lambda x: x[0]):
        if g not in out:
            out.append(g)
    return out if len(out) >= 2 else []
