"""A person the article names only as one remembered: the hero of a monument a guest lays a
wreath at ("к памятнику Д.Сухэ-Батору"), the name a theatre bears ("театр имени X"). He acts in
nothing the article reports, so he is no person of its record; a title coreference hung on him
("Президент ... посетил") goes with him. The memorial nouns are data (lang/<xx>/memorials.txt)."""
from __future__ import annotations

from ..doc import Doc, Entity
from ..lang import lexicon
from ..nlp.match import fold


def _memorials(lang: str) -> frozenset[str]:
    try:
        return frozenset(fold(r[0]) for r in lexicon(lang, "memorials.txt"))
    except FileNotFoundError:
        return frozenset()


def only_named_where(e: Entity, where) -> bool:
    """Is every mention that spells the person's name (not a title coreference hung on him) one
    where `where(mention)` holds, and is there one?"""
    stems = [fold(w)[:4] for w in e.name.replace(".", " ").split() if len(w) > 3]
    named = [m for m in e.mentions if any(s in fold(m.text) for s in stems)]
    return bool(named) and all(where(m) for m in named)


def commemorated(doc: Doc, e: Entity) -> bool:
    """Is every mention of the person's name right after a memorial noun?"""
    memorials = _memorials(doc.lang)
    return e.type == "PER" and bool(memorials) and only_named_where(e, lambda m: _after_memorial(doc, m.start, memorials))


def _after_memorial(doc: Doc, start: int, memorials: frozenset[str]) -> bool:
    before = doc.text[max(0, start - 30):start].split()
    return bool(before) and fold(before[-1]) in memorials
