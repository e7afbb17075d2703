"""Reading through the API: articles, events, actors, commitments, timeline, search, exports;
every filter, and cursors that walk a listing once."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from tests.api.api_helpers import ids, walk


def test_api_health_is_up(client):
    assert client.get("/api/health").json() == {"ok": True, "status": "up"}


def test_api_openapi_describes_every_router(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/events", "/api/actors", "/api/commitments", "/api/timeline", "/api/search",
                 "/api/exports/{format}", "/api/events/{event_id}/confirm", "/api/audit"):
        assert path in paths


def test_api_docs_page_uses_the_vendored_swagger_ui(client):
    page = client.get("/api/docs").text
    assert "/static/swagger-ui-bundle.js" in page and "<script>" not in page
    assert client.get("/static/swagger-ui-bundle.js").status_code == 200


def test_api_articles_are_newest_first_without_text(client):
    items = client.get("/api/articles").json()["items"]
    assert len(items) == 8
    assert [a["date"] for a in items] == sorted((a["date"] for a in items), reverse=True)
    assert all("text" not in a for a in items)


@pytest.mark.parametrize("url", ["/api/articles", "/api/events", "/api/actors", "/api/commitments?as_of=2026-12-31",
                                 "/api/timeline"])
def test_api_cursor_walks_every_item_once(client, url):
    everything = client.get(url + ("&" if "?" in url else "?") + "limit=500").json()["items"]
    walked = walk(client, url, limit=3)
    assert [x["id"] for x in walked] == [x["id"] for x in everything]
    assert len({x["id"] for x in walked}) == len(walked) > 3


def test_api_article_has_text_record_events_and_mentions(client):
    a = client.get("/api/articles/ru-seed-0001").json()
    assert a["ok"] and a["title"] == "От диалога – к конкретным проектам"
    assert a["record"]["id"] == "ru-seed-0001"
    assert {e["type"] for e in a["events"]} == {"meeting", "agreement", "project"}
    for ev in a["events"]:
        for span in ev["evidence"]:
            assert a["text"][span["start"]:span["end"]] == span["text"]
    assert any(m["text"] == "Ермек Кошербаев" for m in a["mentions"])


def test_api_events_filter_by_type(client):
    assert {e["type"] for e in client.get("/api/events?type=meeting").json()["items"]} == {"meeting"}
    both = client.get("/api/events?type=agreement,project").json()["items"]
    assert {e["type"] for e in both} == {"agreement", "project"}


def test_api_events_filter_by_pair(client):
    items = client.get("/api/events?pair=KZ-GB&type=meeting").json()["items"]
    assert len(items) == 2     # Nurtleu-Cameron (two reports, one event) and Kosherbayev-Hoyle
    for ev in items:
        assert {"KZ", "GB"} <= {p["country"] for p in ev["participants"]}
    assert ids(client.get("/api/events?pair=GB,KZ&type=meeting").json()) == [e["id"] for e in items]


def test_api_events_filter_by_country(client):
    items = client.get("/api/events?country=UZ").json()["items"]
    assert len(items) == 1 and items[0]["n_sources"] == 2     # the phone call, two outlets


def test_api_events_filter_by_actor_in_any_script(client):
    cyrillic = ids(client.get("/api/events?actor=Кэмерон").json())
    latin = ids(client.get("/api/events?actor=Cameron").json())
    assert cyrillic == latin and cyrillic


def test_api_events_filter_by_sector(client):
    items = client.get("/api/events?sector=critical_minerals").json()["items"]
    assert items and all("critical_minerals" in (e["attrs"].get("sectors") or []) or
                         any(s["article_id"] in ("ru-seed-0001", "en-meeting-0001") for s in e["sources"])
                         for e in items)
    assert "Дорожная карта" in " ".join(e["label"] for e in items)


def test_api_events_filter_by_date_range(client):
    items = client.get("/api/events?since=2025-12-30&until=2025-12-31").json()["items"]
    assert items and all("2025-12-30" <= e["date"] <= "2025-12-31" for e in items)


def test_api_events_filter_by_stage_and_min_sources(client):
    done = client.get("/api/events?stage=completed").json()["items"]
    assert [e["attrs"]["kind"] for e in done] == ["campus"]
    several = client.get("/api/events?min_sources=2").json()["items"]
    assert len(several) == 3 and all(e["n_sources"] >= 2 for e in several)


def test_api_event_has_sources_with_evidence(client):
    first = client.get("/api/events?type=meeting&pair=KZ-GB&limit=1").json()["items"][0]
    ev = client.get(f"/api/events/{first['id']}").json()
    assert ev["id"] == first["id"] and ev["sources"][0]["evidence"]


def test_api_actors_most_mentioned_first(client):
    items = client.get("/api/actors?limit=500").json()["items"]
    assert [a["n_mentions"] for a in items] == sorted((a["n_mentions"] for a in items), reverse=True)
    people = client.get("/api/actors?type=PER&country=GB").json()["items"]
    assert {a["name"] for a in people} >= {"Дэвид Кэмерон", "Линдси Хойл"}
    assert [a["name"] for a in client.get("/api/actors?q=Tokayev").json()["items"]] == ["Касым-Жомарт Токаев"]


def test_api_actor_has_roles_counterparts_and_commitments(client):
    nurtleu = client.get("/api/actors?q=Nurtleu").json()["items"][0]
    a = client.get(f"/api/actors/{nurtleu['id']}").json()
    assert a["roles"][0]["title"] == "министр иностранных дел"
    assert "Дэвид Кэмерон" in {c["name"] for c in a["counterparts"]}
    events = client.get(f"/api/actors/{nurtleu['id']}/events").json()["items"]
    assert {e["type"] for e in events} >= {"meeting", "statement"}


def test_api_commitments_overdue_as_of(client):
    items = client.get("/api/commitments?status=overdue&as_of=2028-01-01").json()["items"]
    assert [c["subtype"] for c in items] == ["roadmap"]
    assert items[0]["days_left"] < 0 and items[0]["deadline"] == "2027"


def test_api_commitments_filter_by_stage_country_and_sector(client):
    assert [c["stage"] for c in client.get("/api/commitments?stage=completed").json()["items"]] == ["completed"]
    assert {c["subtype"] for c in client.get("/api/commitments?country=GB").json()["items"]} == {"agreement", "roadmap", "campus"}
    assert [c["kind"] for c in client.get("/api/commitments?sector=education").json()["items"]] == ["project", "project"]


def test_api_commitments_board_has_a_column_per_stage(client):
    columns = client.get("/api/commitments/board?as_of=2026-12-31").json()["columns"]
    assert [c["stage"] for c in columns] == ["announced", "agreed", "in_progress", "completed", "cancelled"]
    assert sum(c["n"] for c in columns) == 4


def test_api_commitment_has_every_report(client):
    done = client.get("/api/commitments?stage=completed").json()["items"][0]
    c = client.get(f"/api/commitments/{done['id']}").json()
    assert [s["stage"] for s in c["stages"]] == ["announced", "completed"]
    assert c["event"]["id"] == done["event_id"]


def test_api_timeline_is_oldest_first(client):
    items = client.get("/api/timeline?pair=KZ-GB").json()["items"]
    assert [e["date"] for e in items] == sorted(e["date"] for e in items)
    assert items[0]["date"] == "2024-04-24"


def test_api_search_finds_every_form_of_a_word(client):
    answer = client.get("/api/search?q=критических минералов").json()
    assert [r["article_id"] for r in answer["items"]] == ["ru-seed-0001"]


def test_api_network_has_actors_and_shared_events(client):
    g = client.get("/api/network").json()
    names = {n["id"]: n["name"] for n in g["nodes"]}
    pairs = {frozenset((names[e["a"]], names[e["b"]])) for e in g["edges"]}
    assert frozenset(("Мурат Нуртлеу", "Дэвид Кэмерон")) in pairs
    assert all(0 <= n["x"] <= g["width"] and 0 <= n["y"] <= g["height"] for n in g["nodes"])


def test_api_stats_counts_by_type_sector_and_pair(client):
    s = client.get("/api/stats").json()
    assert s["articles"] == 8
    assert s["dashboard"]["by_type"]["meeting"] == 4
    assert {"pair": "GB-KZ", "a": "GB", "b": "KZ", "n": 4} in s["dashboard"]["by_pair"]


def test_api_exports_jsonl_and_zipped_csv(client):
    lines = client.get("/api/exports/jsonl").text.splitlines()
    assert len(lines) == 8 and all("text" in json.loads(line) for line in lines)
    csv = client.get("/api/exports/csv")
    assert csv.headers["content-type"] == "application/zip"
    assert "events.csv" in zipfile.ZipFile(io.BytesIO(csv.content)).namelist()
    assert client.get("/api/exports/xlsx").status_code == 404


def test_api_commitments_as_of_a_past_day_replay_their_history(client):
    items = client.get("/api/commitments?as_of=2024-07-01").json()["items"]
    assert [(c["kind"], c["stage"], c["status"]) for c in items] == [("project", "announced", "open"),
                                                                     ("agreement", "agreed", "open")]
    walked = walk(client, "/api/commitments?as_of=2026-03-01", limit=1)
    assert len(walked) == 4 and len({c["id"] for c in walked}) == 4
