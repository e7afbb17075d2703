"""One project's owner or place written differently by two reports: company names compared
without legal forms and a leading state, places without the noun of their kind; of two projects
that fit, the one with the very owner and kind takes the report."""
from __future__ import annotations

import pytest
from store_records import project

from kelisim.store.body_keys import company_key, place_key, same_place_core
from kelisim.store.ingest import ingest_records
from kelisim.store.queries import list_events


@pytest.mark.parametrize("a, b, same", [
    ("Korea Hanbit Steel Co., Ltd", "Hanbit Steel Co., Ltd.", True),      # a leading state dropped
    ("Hanbit Steel LLC", "Hanbit Steel", True),
    ("ТОО «Береке Агро»", "«Береке Агро» ЖШС", True),                     # a legal form before or after
    ("Turkish Delta Cement JSC", "Delta Cement", True),
    ("Hanbit Steel", "Hanbit Cement", False),
    ("ТОО «Альфа Строй»", "ТОО «Бета Групп»", False),
])
def test_body_keys_company_names_without_legal_forms_and_states(a, b, same):
    assert (company_key(a) == company_key(b)) is same


@pytest.mark.parametrize("name", ["ТОО", "Co., Ltd", "Chinese Investment LLC", "China"])
def test_body_keys_a_legal_form_or_a_state_alone_names_no_company(name):
    assert company_key(name) is None


@pytest.mark.parametrize("a, b, same", [
    ("Туркестанская область", "Turkestan Region", True),
    ("Түркістан облысы", "Turkestan region", True),
    ("город Актобе", "Aktobe", True),
    ("Байзакский район", "Байзак ауданы", True),
    ("Павлодарская область", "Pavlodar", True),
    ("Актобе", "Атырау", False),
    ("Астана", "Астраханская область", False),
    ("Туркестанская область", "Turkmenistan", False),
])
def test_body_keys_places_without_the_noun_of_their_kind(a, b, same):
    assert same_place_core(place_key(a), place_key(b)) is same


def test_project_match_one_company_with_and_without_its_legal_form_and_state(store):
    ingest_records(store, [
        project("p1", "2019-03-01", name="стекольный завод в Туркестанской области",
                owner=("Hanbit Glass Co., Ltd.", "ORG", None), place=("Туркестанская область", "GPE", "KZ"),
                stage="in_progress"),
        project("p2", "2019-03-01", name="совместное предприятие Hanbit Sairam Glass", kind="other",
                owner=("Hanbit Sairam Glass Company", "ORG", None), stage="completed"),
        project("p3", "2020-09-15", name="завод", owner=("Korea Hanbit Glass Co., Ltd", "ORG", "KR"),
                stage="completed"),
    ])
    by_source = sorted(e["n_sources"] for e in list_events(store, type="project"))
    assert by_source == [1, 2]      # the plant's opening joins the plant, not the joint venture


def test_project_match_one_region_in_two_scripts(store):
    ingest_records(store, [
        project("p1", "2025-05-12", name="цементный завод", owner=("Delta Cement", "ORG", None),
                place=("Turkestan Region", "GPE", "KZ")),
        project("p2", "2025-05-12", name="цемент зауыты", place=("Түркістан облысы", "GPE", "KZ")),
    ])
    [event] = list_events(store, type="project")
    assert event["n_sources"] == 2


def test_project_match_two_regions_are_two_plants(store):
    ingest_records(store, [
        project("p1", "2025-05-12", name="цементный завод", place=("Turkestan Region", "GPE", "KZ")),
        project("p2", "2025-05-12", name="цементный завод", place=("Актюбинская область", "GPE", "KZ")),
    ])
    assert len(list_events(store, type="project")) == 2


def test_project_match_a_name_that_says_more_than_its_kind_becomes_the_label(store):
    from kelisim.store.commitments import list_commitments
    owner = ("Delta Cement LLP", "ORG", None)
    ingest_records(store, [
        project("p1", "2025-05-12", name="завод", owner=owner, stage="completed"),
        project("p2", "2025-06-01", name="цементный завод в Туркестанской области", owner=owner, stage="completed"),
    ])
    [event] = list_events(store, type="project")
    [c] = list_commitments(store, as_of="2026-01-01")
    assert event["attrs"]["name"] == c["label"] == "цементный завод в Туркестанской области"
