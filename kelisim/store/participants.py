"""Comparing who took part in two reports of an event, by resolved actor.

- A state stands for its own people and bodies: "Britain" meets "David Cameron".
- A side named as a group stands for its state: "казахстанская сторона", "the Kazakh side"
  and "Қазақстан тарапы" count as Kazakhstan. A group with no state ("стороны", "the sides",
  "лидеры") names no one the other report could share, so it does not count at all.
- Two person actors whose full names have one surname (by its sound) and one given name's
  initial are one person here (unify), whatever country each was given: an actor split by a
  wrong country read from one article, or by a patronymic one report adds ("Касым-Жомарт
  Кемелевич Токаев"), must not split the meeting too. So is a person known only by a bare
  surname ("Эрдоган", given a wrong country) and the one person of that surname the other
  report names. Within a few days' window, two people of one name at two meetings of the same
  others are too rare to guard against.
"""
from __future__ import annotations

from .actors import ActorIndex
from .names import initial, name_key, name_like, sound, surname_key
from .states import code_in, state_key

Who = int | str        # an actor id, or a state's key (states.state_key) for a state with no actor yet


def comparable(index: ActorIndex, ids) -> set[Who]:
    """The participants as compared: groups replaced by their state, or left out."""
    out: set[Who] = set()
    for a in ids:
        info = index.info.get(a)
        if info is not None and info.is_group:
            if info.country:
                out.add(index.states.get(info.country, state_key(info.country)))
            continue
        out.add(a)
    return out


def unify(index: ActorIndex, mine: set[Who], theirs: set[Who]) -> set[Who]:
    """`theirs` with each person that is one of `mine` by name (see the module's note) replaced
    by that one, so that sets compare by person rather than by actor."""
    out: set[Who] = set()
    for y in theirs:
        if y in mine or not isinstance(y, int):
            out.add(y)
            continue
        twins = [x for x in mine if isinstance(x, int) and _one_person(index, x, y)]
        out.add(twins[0] if len(twins) == 1 else y)
    return out


def _names_of(index: ActorIndex, who: int) -> tuple[set[tuple[str, str]], set[str]]:
    """(initial, surname's sound) of the person's full names, and the sounds of its bare
    surnames; both empty for anyone but a person."""
    info = index.info.get(who)
    if info is None or info.type != "PER":
        return set(), set()
    full, bare = set(), set()
    for n in info.names | {info.name}:
        if not name_like(n):
            continue
        first = initial(name_key(n))
        if first:
            full.add((first, sound(surname_key(n))))
        elif surname_key(n):
            bare.add(sound(surname_key(n)))
    return full, bare


def _one_person(index: ActorIndex, a: int, b: int) -> bool:
    """One full name (surname and initial), or, where one of them is known by a bare surname
    only, one surname."""
    (full_a, bare_a), (full_b, bare_b) = _names_of(index, a), _names_of(index, b)
    if full_a & full_b:
        return True
    if full_a and full_b:
        return False
    return bool((bare_a | {s for _, s in full_a}) & (bare_b | {s for _, s in full_b}))


def _country_and_state(index: ActorIndex, who: Who) -> tuple[str | None, bool]:
    if isinstance(who, str):
        return code_in([who]), True
    info = index.info.get(who)
    return (info.country, info.type == "GPE") if info else (None, False)


def overlap(index: ActorIndex, a: set[Who], b: set[Who]) -> int:
    """Participants in common, counting a state as the same as one of its people or bodies."""
    same = a & b
    score, used = len(same), set()
    for x in a - same:
        cx, sx = _country_and_state(index, x)
        if not cx:
            continue
        for y in b - same - used:
            cy, sy = _country_and_state(index, y)
            if cx == cy and (sx or sy):
                score += 1
                used.add(y)
                break
    return score


def persons(index: ActorIndex, ids: set[Who]) -> set[int]:
    return {a for a in ids if isinstance(a, int) and (info := index.info.get(a)) and info.type == "PER"}


def bodies(index: ActorIndex, ids: set[Who]) -> set[int]:
    """Organisations among the participants (not persons, not states or places)."""
    return {a for a in ids if isinstance(a, int) and (info := index.info.get(a)) and info.type == "ORG"}


def same_people(index: ActorIndex, a: set[Who], b: set[Who]) -> bool:
    """Whether two reports name the same persons, one of them perhaps fewer, and nothing that
    sets them apart: no two different bodies, and no country in the shorter list that the longer
    one lacks (a call reported as "Путин и Рахмон" and as "Путин, СНГ, Россия" is one call;
    Cameron with Kazakhstan's minister and Cameron with Tajikistan's president are two talks)."""
    pa, pb = persons(index, a), persons(index, b)
    if not pa or not pb or not (pa <= pb or pb <= pa):
        return False
    ba, bb = bodies(index, a), bodies(index, b)
    if ba and bb and not ba & bb:
        return False
    fewer, more = (a, b) if len(pa) <= len(pb) else (b, a)
    theirs = [_country_and_state(index, x)[0] for x in more - fewer]
    if None in theirs:
        return True         # someone of unknown country may be the one the shorter list names
    known = {_country_and_state(index, x)[0] for x in more} - {None}
    return {_country_and_state(index, x)[0] for x in fewer} - {None} <= known


def borrow_parties(reports) -> None:
    """An agreement a report gives no parties takes the participants of the meeting its article
    reports (the one of its date, where there are several): those who met signed it."""
    meetings = [r for r in reports if r.type == "meeting" and r.modality != "negated" and r.actors]
    for rep in reports:
        if rep.type != "agreement" or rep.actors:
            continue
        same_day = [m for m in meetings if m.date == rep.date] or meetings
        if len(same_day) == 1:
            rep.borrowed = set(same_day[0].actors)
