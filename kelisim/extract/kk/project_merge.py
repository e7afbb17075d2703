"""Kazakh projects told several times are one: by builder, or by kind and noun when no builder
is named, unless two places, "тағы бір" (one more), or a plant to be built and one launched in a
later paragraph keep them apart."""
from __future__ import annotations

from ...doc import Doc, Event
from ...lang import folded
from ...nlp.kazakh import fold, stem_keys
from ..context import paragraph_of
from ..project_merge import absorb


def _same_noun(a: Event, b: Event) -> bool:
    """Two tellings with no owner in common are one project when they name it with one noun ("зауыт
    салынады ... зауыт құрылысы"); "жаңа цех іске қосылды ... кешеннің құрылысын бастау жоспарлануда"
    are two."""
    heads = [stem_keys(str(v.attrs.get("name") or "").split()[-1]) if str(v.attrs.get("name") or "").split()
             else frozenset() for v in (a, b)]
    if any(h & folded("kk", "project_generic.txt") for h in heads):
        return True       # "Кәсіпорын" (the enterprise) is the plant told before
    return not heads[0] or not heads[1] or bool(heads[0] & heads[1])


def _apart(doc: Doc, a: Event, b: Event) -> bool:
    """One to be built, then one told as launched in a later paragraph, are two plants (a
    launched one told first is what a later "бұл зауыт" means)."""
    first, then = sorted((a, b), key=lambda v: v.evidence[0].start)
    return (first.attrs["stage"], then.attrs["stage"]) == ("announced", "completed") and \
        paragraph_of(doc, first.evidence[-1].start) < paragraph_of(doc, then.evidence[0].start)


def collective(doc: Doc, e) -> bool:
    """"өзбек инвесторлары", "тараптар": a group of actors, not a named builder."""
    groups = {(s.start, s.end) for s in doc.spans if s.data.get("kind") == "group"}
    return e is not None and (e.group or any((m.start, m.end) in groups for m in e.mentions))


def _echo(doc: Doc, out: list[Event], v: Event) -> Event | None:
    """"... жылыжай кешені пайдалануға берілді. Кешенді X компаниясы салды": a project named by a
    bare noun in the same paragraph is the one told just before whose words hold that noun."""
    name = str(v.attrs.get("name") or "").split()
    if len(name) != 1 or not (key := stem_keys(name[0])):
        return None
    o = out[-1] if out else None
    if o is None or paragraph_of(doc, o.evidence[-1].start) != paragraph_of(doc, v.evidence[0].start) \
            or o.evidence[0].start > v.evidence[0].start:
        return None
    return o if any(stem_keys(w) & key for e in o.evidence for w in e.text.split()) else None


GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")


def _part_of(out: list[Event], v: Event) -> Event | None:
    """"... атом электр станциясын салады. ... станцияның бірінші энергоблогы іске қосылады": a part
    named after the noun of a project told before, in the genitive, with no builder of its own, is
    that project told again."""
    name = str(v.attrs.get("name") or "").split()
    if v.attrs["owner"] or len(name) < 2 or not fold(name[0]).endswith(GENITIVE):
        return None
    key = stem_keys(name[0])
    return next((o for o in reversed(out) if str(o.attrs.get("name") or "").split()
                 and stem_keys(str(o.attrs["name"]).split()[-1]) & key), None)


def merge_projects(doc: Doc, events: list[Event]) -> list[Event]:
    """One project told several times is one event, at its furthest stage, named by its noun."""
    out: list[Event] = []
    for v in events:
        # one builder's plants in two named places ("Қостанайда ... Рудныйда екінші зауыты") are two;
        # "тағы бір зауыт" is one more
        twin = next((o for o in out if not (o.attrs["location"] and v.attrs["location"]
                                            and o.attrs["location"] != v.attrs["location"])
                     and (o.attrs["owner"] and o.attrs["owner"] == v.attrs["owner"]
                          or o.attrs["kind"] == v.attrs["kind"] and not (o.attrs["owner"] and v.attrs["owner"])
                          and _same_noun(o, v) and not _apart(doc, o, v))), None) if not v.attrs.get("another") else None
        twin = twin or _echo(doc, out, v) or _part_of(out, v)
        if twin is None:
            out.append(v)
            continue
        absorb(twin, v, ("owner", "location", "value"))
    for v in out:
        v.evidence.sort(key=lambda s: s.start)
    return out
