"""One project told several times in an article is one event: its furthest stage, its surest modality."""
from __future__ import annotations

from kelisim.doc import Doc, Event, Span
from kelisim.extract.project_merge import merge_same


def _project(start: int, stage: str, modality: str) -> Event:
    return Event(f"p{start}", "project", [Span(start, start + 5, "plant")], modality,
                 attrs={"kind": "plant", "name": "plant", "owner": None, "location": None, "agreement": None,
                        "value": None, "sectors": ["industry"], "stage": stage})


def test_project_merge_keeps_the_furthest_stage_and_an_asserted_telling():
    # "The sides discussed whether to build a plant ... Building the plant is under way."
    doc = Doc("x" * 40)
    merged = merge_same(doc, [_project(0, "announced", "possible"), _project(20, "in_progress", "asserted")])
    assert len(merged) == 1
    assert (merged[0].attrs["stage"], merged[0].modality) == ("in_progress", "asserted")
    assert [e.start for e in merged[0].evidence] == [0, 20]


def test_project_merge_keeps_distinct_owners_apart():
    doc = Doc("x" * 40)
    a, b = _project(0, "announced", "asserted"), _project(20, "announced", "asserted")
    a.attrs["owner"], b.attrs["owner"] = "e1", "e2"
    assert len(merge_same(doc, [a, b])) == 2
