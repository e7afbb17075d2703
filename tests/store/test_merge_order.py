"""What the store makes of reports does not depend on the order the articles come in: a project
named by its owner in one report and by its place in another becomes one when a third names
both, and one person split into two actors (a wrong country, a patronymic) still meets as one."""
from __future__ import annotations

import itertools

import pytest
from store_records import entity, project, record, span

from kelisim.store.commitments import list_commitments
from kelisim.store.ingest import ingest_records
from kelisim.store.queries import list_events

OWNER = ("Altyn Steel", "ORG", None)
PLACE = ("Павлодарская область", "GPE", "KZ")


def _steel_reports() -> list[dict]:
    return [
        project("s1", "2025-02-10", name="металлургический завод", owner=OWNER, place=PLACE),
        project("s2", "2025-02-10", name="металлургический завод", place=("Pavlodar Region", "GPE", "KZ")),
        project("s3", "2025-06-20", name="металлургический завод", owner=("Altyn Steel LLP", "ORG", None),
                stage="in_progress"),
    ]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_event_fold_a_report_with_owner_and_place_joins_the_two_halves(store, order):
    reports = _steel_reports()
    ingest_records(store, [reports[i] for i in order])
    [event] = list_events(store, type="project")
    assert event["n_sources"] == 3
    [c] = list_commitments(store, as_of="2026-01-01")
    assert c["stage"] == "in_progress" and len(c["stages"]) == 3


def test_event_fold_never_joins_two_projects_of_one_article(store):
    text = "Altyn Steel построит завод, а в Павлодарской области откроют ещё один завод. Сообщение a1."
    ents = [entity(text, "e1", "ORG", "Altyn Steel"), entity(text, "e2", "GPE", "Павлодарская область",
                                                            said="Павлодарской области", country="KZ")]
    evs = [{"id": "v1", "type": "project", "kind": "plant", "name": "завод", "owner": "e1", "stage": "announced",
            "modality": "asserted", "evidence": [span(text, "Altyn Steel построит завод")]},
           {"id": "v2", "type": "project", "kind": "plant", "name": "завод", "location": "e2", "stage": "announced",
            "modality": "asserted", "evidence": [span(text, "откроют ещё один завод")]}]
    ingest_records(store, [record("a1", "src/a1", "ru", "2025-02-10", "t", text, ents, evs),
                           project("a2", "2025-03-01", name="металлургический завод", owner=OWNER, place=PLACE)])
    assert sorted(e["n_sources"] for e in list_events(store, type="project")) == [1, 2]


def _talks(id: str, host: tuple[str, str | None]) -> dict:
    people = [host, ("Рустам Азимов", "UZ")]
    text = " и ".join(n for n, _ in people) + f" провели переговоры. Сообщение {id}."
    ents = [entity(text, f"e{i}", "PER", n, country=c) for i, (n, c) in enumerate(people, start=1)]
    return record(id, f"src/{id}", "ru", "2025-05-14", "t", text, ents, [
        {"id": "v1", "type": "meeting", "participants": ["e1", "e2"], "mode": "in_person", "modality": "asserted",
         "evidence": [span(text, "провели переговоры")]}])


@pytest.mark.parametrize("first, second, one", [
    (("Арман Жумабеков", "US"), ("Арман Жумабеков", "KZ"), True),                # a wrong country
    (("Арман Жумабеков", "KZ"), ("Арман Серикович Жумабеков", None), True),      # a patronymic
    (("Арман Жумабеков", "US"), ("Арман Серикович Жумабеков", "KZ"), True),      # both: two actors
    (("Арман Жумабеков", "KZ"), ("Болат Жумабеков", "KZ"), False),               # another given name
])
def test_participants_one_full_name_is_one_person_at_a_meeting(store, first, second, one):
    ingest_records(store, [_talks("t1", first), _talks("t2", second)])
    assert len(list_events(store, type="meeting")) == (1 if one else 2)


@pytest.mark.parametrize("second, one", [
    (("Жумабеков", "TR"), True),          # a bare surname with a wrong country: the one Zhumabekov
    (("Жусупов", "KZ"), False),           # another surname
])
def test_participants_a_bare_surname_is_the_one_person_of_that_surname(store, second, one):
    ingest_records(store, [_talks("t1", ("Арман Жумабеков", "KZ")), _talks("t2", second)])
    assert len(list_events(store, type="meeting")) == (1 if one else 2)
