"""What the API gives a reader to show: the Latin form of a name as its bearer's press writes
it, and the network's groups and actor types."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from kelisim.api import create_app
from kelisim.api.overview import is_group
from kelisim.store import open_store
from kelisim.store.ingest import ingest_records
from kelisim.store.latin_names import is_latin
from tests.api.api_helpers import LOCAL
from tests.store.store_records import meeting_en, meeting_ru


def _romanised(record: dict) -> dict:
    # as the extractor writes a Russian article's person: romanised letter by letter
    for ent in record["entities"]:
        if ent["name"] == "Дэвид Кэмерон":
            ent["name_latin"] = "Devid Kemeron"
    return record


@pytest.fixture
def named(db):
    with open_store(db) as store:
        ingest_records(store, [_romanised(meeting_ru()), meeting_en()])
    app = create_app(db)
    with TestClient(app, client=LOCAL) as client:
        yield client
    app.state.store.close()


def test_api_latin_name_from_english_news_is_kept_not_romanised(named):
    found = named.get("/api/actors", params={"q": "Кэмерон"}).json()["items"]
    assert [a["name_latin"] for a in found] == ["David Cameron"]
    one = named.get(f"/api/actors/{found[0]['id']}").json()
    assert one["name_latin"] == "David Cameron" and "Devid Kemeron" not in one["name_latin"]


@pytest.mark.parametrize("name, latin", [
    ("David Cameron", True), ("Heriot-Watt University", True), ("Maria Lindqvist", True),
    ("Дэвид Кэмерон", False), ("Қасым-Жомарт Тоқаев", False), ("Coventry University Казахстан", False), ("", False),
])
def test_api_is_latin_script(name, latin):
    assert is_latin(name) is latin


@pytest.mark.parametrize("name, group", [
    ("стороны", True), ("лидеры", True), ("the sides", True), ("the parties", True),
    ("британские депутаты", True), ("участники встречи", True), ("тараптар", True),
    ("Палата общин", False), ("European Commission", False), ("МИД РК", False), ("Дэвид Кэмерон", False),
    ("«Самрук-Казына»", False),
])
def test_api_network_group_is_a_name_in_lower_case(name, group):
    assert is_group(name) is group


def test_api_network_marks_groups_and_takes_types(client):
    g = client.get("/api/network", params={"types": "PER,ORG,GPE"}).json()
    assert {n["type"] for n in g["nodes"]} >= {"PER", "GPE"}
    assert all(n["group"] is is_group(n["name"]) for n in g["nodes"])
    people = client.get("/api/network", params={"types": "PER"}).json()
    assert {n["type"] for n in people["nodes"]} == {"PER"}
    r = client.get("/api/network", params={"types": "PER,XYZ"})
    assert r.status_code == 400 and "PER, ORG, GPE, LOC" in r.json()["error"]
