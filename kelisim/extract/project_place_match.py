"""Whether two tellings of a project stand in one place: a state holds every place in it, two towns
or regions of two states are two places, and a district the gazetteer does not know may lie in the
region the same builder was said to build in (project_merge.py compares with these)."""
from __future__ import annotations

from ..doc import Doc, Event


def a_state(doc: Doc, *ids: str) -> bool:
    """A state named as the place holds every other place in it ("ГЭС в Кыргызстане")."""
    return any((e := doc.entity(i)) is not None and e.type == "GPE" for i in ids)


def holds(doc: Doc, a: str, b: str) -> bool:
    """Is one place a state and the other in it ("завод в Узбекистане", "в Андижанской области")?"""
    ea, eb = doc.entity(a), doc.entity(b)
    return ea is not None and eb is not None and any(
        x.type == "GPE" and x.country and y.country == x.country and y.type != "GPE" for x, y in ((ea, eb), (eb, ea)))


def unknown_part(doc: Doc, ow: str, vw: str, ol: str, vl: str) -> bool:
    """"ACWA Power builds a wind farm in Karakalpakstan ... in Kungrad district": one builder, and one
    of the two places a district the gazetteer does not know (no state), may be a part of the other."""
    ea, eb = doc.entity(ol), doc.entity(vl)
    return ow == vw and ea is not None and eb is not None and (ea.country is None) != (eb.country is None)


def places_agree(doc: Doc, a: str | None, b: str | None) -> bool:
    """Two projects in towns or regions of two different states ("a plant in Tashkent ... a plant in
    Almaty") are two, whoever builds them. A state named as the place is not compared: it is often
    the one that pays ("a school built with China's grant" in Tajikistan)."""
    ea, eb = doc.entity(a), doc.entity(b)
    if ea is None or eb is None or a == b or "GPE" in (ea.type, eb.type):
        return True
    return not (ea.country and eb.country and ea.country != eb.country)


def narrower_place(doc: Doc, twin: Event, v: Event) -> None:
    """"завод в Узбекистане" then "завод в Андижанской области Узбекистана": the region of that
    state is where the project is."""
    a, b = doc.entity(twin.attrs["location"]), doc.entity(v.attrs["location"])
    if a is not None and b is not None and a.type == "GPE" and b.type != "GPE" and a.country and a.country == b.country:
        twin.attrs["location"] = v.attrs["location"]
