"""Agreements and projects followed from promise to delivery."""
from __future__ import annotations

import copy
import datetime as dt

import pytest

from kelisim.errors import StoreError
from kelisim.store.commitments import current_stage, deadline_date, list_commitments
from kelisim.store.ingest import ingest_records


def by_label(store, word, **kw):
    return [c for c in list_commitments(store, **kw) if word in (c["label"] or "")]


def test_commitment_announced_and_opened_branch_is_one_commitment_with_two_stages(store, records):
    ingest_records(store, [records["branch_announced"], records["branch_opened"]])
    [branch] = [c for c in list_commitments(store) if c["kind"] == "project"]
    assert [s["stage"] for s in branch["stages"]] == ["announced", "completed"]
    assert branch["stage"] == branch["status"] == "completed"
    assert [s["date"] for s in branch["stages"]] == ["2024-06-10", "2024-11-27"]
    assert all(s["evidence"] for s in branch["stages"])


def test_commitment_as_of_before_the_opening_is_still_announced(store, records):
    ingest_records(store, [records["branch_announced"], records["branch_opened"]])
    [branch] = list_commitments(store, as_of="2024-07-01")
    assert branch["stage"] == "announced" and branch["status"] == "open"
    assert list_commitments(store, as_of="2024-01-01") == []


def test_commitment_roadmap_past_deadline_is_overdue(store, records):
    ingest_records(store, [records["roadmap"]])
    [roadmap] = by_label(store, "Дорожная карта", as_of="2028-01-01")
    assert roadmap["deadline"] == "2027" and roadmap["status"] == "overdue"
    assert by_label(store, "Дорожная карта", as_of="2027-12-31", stale_days=1000)[0]["status"] == "open"
    assert [c["label"][:14] for c in list_commitments(store, status="overdue", as_of="2028-01-01")] == ["Дорожная карта"]


def test_commitment_without_news_for_a_year_is_stale(store, records):
    ingest_records(store, [records["roadmap"]])
    [campus] = by_label(store, "Heriot-Watt", as_of="2027-03-01")
    assert campus["status"] == "stale"
    assert by_label(store, "Heriot-Watt", as_of="2027-03-01", stale_days=400)[0]["status"] == "open"


def test_commitment_overdue_wins_over_stale(store, records):
    ingest_records(store, [records["roadmap"]])
    [roadmap] = by_label(store, "Дорожная карта", as_of="2030-01-01")
    assert roadmap["status"] == "overdue"


def test_commitment_filters_by_actor_sector_and_status(store, records):
    ingest_records(store, records.values())
    omsk = list_commitments(store, actor="КазНУ им. аль-Фараби")
    assert len(omsk) == 1 and omsk[0]["location"] == "Омск"
    assert {c["subtype"] for c in list_commitments(store, sector="critical_minerals")} == {"roadmap"}
    assert all(c["status"] == "completed" for c in list_commitments(store, status="completed"))
    assert {c["kind"] for c in list_commitments(store, actor="GB")} == {"agreement", "project"}


def test_commitment_planned_signing_is_no_commitment(store, records):
    rec = copy.deepcopy(records["roadmap"])
    rec["events"] = [dict(rec["events"][1], modality="planned")]
    ingest_records(store, [rec])
    assert list_commitments(store) == []


def test_commitment_unknown_status_is_an_error(store):
    with pytest.raises(StoreError, match="use one of"):
        list_commitments(store, status="late")


@pytest.mark.parametrize("deadline, last_day", [
    ("2027", dt.date(2027, 12, 31)), ("2027-02", dt.date(2027, 2, 28)), ("2027-05-10", dt.date(2027, 5, 10)),
    (None, None), ("soon", None),
])
def test_commitment_deadline_is_the_last_day_it_allows(deadline, last_day):
    assert deadline_date(deadline) == last_day


@pytest.mark.parametrize("stages, expected", [
    ([("announced", "2024-01-01"), ("completed", "2024-06-01")], "completed"),
    ([("completed", "2024-06-01"), ("agreed", "2025-01-01")], "completed"),     # a late re-report
    ([("agreed", "2024-01-01"), ("cancelled", "2024-06-01")], "cancelled"),
    ([("cancelled", "2024-01-01"), ("in_progress", "2024-06-01")], "in_progress"),
])
def test_commitment_current_stage(stages, expected):
    assert current_stage([(s, dt.date.fromisoformat(d)) for s, d in stages]) == expected
