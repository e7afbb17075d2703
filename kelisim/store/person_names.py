"""A person's name in the nominative for keying actors: a report that leaves a name inflected
("Касым-Жомартом Токаевым") must find the actor of "Касым-Жомарт Токаев".

Only Cyrillic names whose surname the dictionary reads as a man's name in one oblique case, and
never as a nominative, are changed: "Путина" may be a woman's surname in the nominative and is
left as it is. The case of the surname is applied to the given names too (the ending rules of
nlp.normalize: "Жомартом" -> "Жомарт")."""
from __future__ import annotations

import re
from functools import lru_cache

from . import limits

_CYRILLIC_WORD = re.compile(r"^[А-ЯЁа-яё-]+$")
_NAME_TAGS = {"Name", "Surn", "Patr"}


@lru_cache(maxsize=limits.NAMES)     # bounded: new names come for ever
def nominative(name: str) -> str:
    words = name.split()
    if not words or not all(_CYRILLIC_WORD.match(w) and w[:1].isupper() for w in words):
        return name
    case = _oblique_case(words[-1].split("-")[-1])
    if case is None:
        return name
    from ..nlp.normalize import person_part
    return " ".join(person_part(w, case, "Masc") for w in words)


def _oblique_case(word: str) -> str | None:
    from ..nlp.normalize import OC_CASE, parse
    cases = set()
    # uncached: `nominative`'s cache is in front, and a surname met anew would only fill parse's
    for p in parse.__wrapped__(word):
        if not (_NAME_TAGS & p.tag.grammemes) or "sing" not in p.tag:
            continue
        if p.tag.case == "nomn":
            return None
        if "masc" in p.tag:
            cases.add(p.tag.case)
    return OC_CASE.get(next(iter(cases))) if len(cases) == 1 else None
