"""Review: confirm, reject, correct, set a stage, merge actors; each change in the audit log with
the token's name, and corrections that hold after a rebuild and after a re-extraction."""
from __future__ import annotations

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.api.api_helpers import LOCAL

from kelisim.store.ingest import rebuild
from kelisim.store.review import reanchor
from kelisim.store.schema import articles


def _event(client, **filters) -> dict:
    query = "&".join(f"{k}={v}" for k, v in filters.items())
    return client.get(f"/api/events?{query}").json()["items"][0]


def _roadmap(client) -> dict:
    return _event(client, type="agreement", sector="critical_minerals", country="GB")


def test_api_confirm_event_is_logged_with_the_token_name(client, auth):
    ev = _event(client, type="meeting", pair="KZ-GB")
    r = client.post(f"/api/events/{ev['id']}/confirm", json={"note": "checked both outlets"}, headers=auth)
    assert r.status_code == 200 and r.json()["review"]["status"] == "confirmed"
    shown = client.get(f"/api/events/{ev['id']}").json()["review"]
    assert shown["status"] == "confirmed" and shown["by"] == "alice"
    log = client.get("/api/audit").json()["items"][0]
    assert (log["who"], log["action"], log["target"]) == ("alice", "event.confirm", f"event {ev['id']}")
    assert log["detail"]["note"] == "checked both outlets" and log["at"]


def test_api_rejected_event_leaves_lists_board_and_counts(client, auth):
    ev = _roadmap(client)
    before = client.get("/api/stats").json()["dashboard"]["by_type"]["agreement"]
    assert client.post(f"/api/events/{ev['id']}/reject", headers=auth).status_code == 200
    assert ev["id"] not in [e["id"] for e in client.get("/api/events?limit=500").json()["items"]]
    assert ev["id"] in [e["id"] for e in client.get("/api/events?limit=500&include_rejected=true").json()["items"]]
    assert "roadmap" not in {c["subtype"] for c in client.get("/api/commitments").json()["items"]}
    assert client.get("/api/stats").json()["dashboard"]["by_type"]["agreement"] == before - 1
    client.post(f"/api/events/{ev['id']}/reopen", headers=auth)
    assert "roadmap" in {c["subtype"] for c in client.get("/api/commitments").json()["items"]}


def test_api_correct_fields_of_an_event(client, auth):
    ev = _roadmap(client)
    r = client.patch(f"/api/events/{ev['id']}", json={"fields": {"deadline": "2030", "title": "Дорожная карта по РЗМ"}},
                     headers=auth)
    assert r.status_code == 200, r.text
    shown = client.get(f"/api/events/{ev['id']}").json()
    assert shown["attrs"]["deadline"] == "2030" and shown["attrs"]["title"] == "Дорожная карта по РЗМ"
    assert shown["review"]["fields"] == ["deadline", "title"]
    c = client.get("/api/commitments?sector=critical_minerals&as_of=2028-01-15&stale_days=1000").json()["items"][0]
    assert c["status"] == "open" and c["deadline"] == "2030" and c["label"] == "Дорожная карта по РЗМ"


def test_api_correction_of_a_wrong_field_says_which_fields_there_are(client, auth):
    ev = _event(client, type="meeting")
    r = client.patch(f"/api/events/{ev['id']}", json={"fields": {"title": "x"}}, headers=auth)
    assert r.status_code == 400 and "date, modality, mode" in r.json()["error"]
    r = client.patch(f"/api/events/{ev['id']}", json={"fields": {"date": "27.02.2026"}}, headers=auth)
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["error"]


def test_api_corrections_survive_a_rebuild(make_app, app, client, auth):
    ev = _event(client, type="meeting", country="UZ")
    client.patch(f"/api/events/{ev['id']}", json={"fields": {"date": "2025-12-29", "mode": "video"}}, headers=auth)
    client.post(f"/api/events/{ev['id']}/confirm", headers=auth)
    assert _event(client, type="meeting", since="2025-12-29", until="2025-12-29", country="UZ")["id"] == ev["id"]
    rebuild(app.state.store)        # `kelisim ingest --rebuild` (from the CLI): every event derived again
    again = _event(client, type="meeting", country="UZ")
    assert (again["date"], again["mode"], again["review"]["status"]) == ("2025-12-29", "video", "confirmed")
    with TestClient(make_app(), client=LOCAL) as restarted:     # the tables get the corrections again
        assert _event(restarted, type="meeting", since="2025-12-29", until="2025-12-29", country="UZ")["id"] == again["id"]


def test_api_corrections_survive_a_re_extraction(app, client, auth):
    """The article's record comes back with its events numbered differently: the correction
    finds its report again by type and evidence."""
    ev = _roadmap(client)
    client.patch(f"/api/events/{ev['id']}", json={"fields": {"deadline": "2031"}}, headers=auth)
    store = app.state.store
    with store.write() as conn:
        record = conn.execute(sa.select(articles.c.record).where(articles.c.id == "ru-seed-0001")).scalar()
        renumbered = {"v1": "v7", "v2": "v8", "v3": "v9"}
        record["events"] = [{**e, "id": renumbered[e["id"]]} for e in reversed(record["events"])]
        conn.execute(articles.update().where(articles.c.id == "ru-seed-0001").values(record=record))
    rebuild(store)          # finds the report again and applies the correction by itself
    with store.write() as conn:
        assert reanchor(conn) == 0
    assert _roadmap(client)["attrs"]["deadline"] == "2031"


def test_api_commitment_stage_set_by_an_analyst(client, auth):
    c = client.get("/api/commitments?status=overdue&as_of=2028-01-01").json()["items"][0]
    r = client.put(f"/api/commitments/{c['id']}/stage", json={"stage": "completed", "note": "delivered"}, headers=auth)
    assert r.status_code == 200, r.text
    after = client.get(f"/api/commitments/{c['id']}?as_of=2028-01-01").json()
    assert (after["stage"], after["status"], after["review"]["by"]) == ("completed", "completed", "alice")
    assert client.get("/api/audit").json()["items"][0]["action"] == "commitment.stage"
    bad = client.put(f"/api/commitments/{c['id']}/stage", json={"stage": "done"}, headers=auth)
    assert bad.status_code == 400 and "announced, agreed" in bad.json()["error"]


def test_api_merge_actors_rebuilds_and_is_logged(client, auth):
    r = client.post("/api/actors/merge", json={"keep": "Астана", "other": "Актобе"}, headers=auth)
    assert r.status_code == 200, r.text
    merged = client.get(f"/api/actors/{r.json()['actor_id']}").json()
    assert merged["name"] == "Астана" and "Актобе" in merged["aliases"]
    log = client.get("/api/audit").json()["items"][0]
    assert (log["who"], log["action"]) == ("alice", "actor.merge")


def test_api_split_actor_is_logged(client, auth):
    kaznu = client.get("/api/actors?q=КазНУ").json()["items"][0]
    r = client.post(f"/api/actors/{kaznu['id']}/split", json={"names": ["КазНУ им. аль-Фараби"]}, headers=auth)
    assert r.status_code == 200, r.text
    assert client.get("/api/audit").json()["items"][0]["action"] == "actor.split"


def test_api_audit_log_is_paged(client, auth):
    ev = _event(client)
    for _ in range(3):
        client.post(f"/api/events/{ev['id']}/confirm", headers=auth)
        client.post(f"/api/events/{ev['id']}/reopen", headers=auth)
    first = client.get("/api/audit?limit=4").json()
    second = client.get(f"/api/audit?limit=4&cursor={first['next']}").json()
    assert len(first["items"]) == 4 and len(second["items"]) == 3     # and the token's creation
    assert first["items"][-1]["id"] > second["items"][0]["id"]
