"""POST /api/articles: text in, extracted by kelisim's pipeline (the real models) and stored;
the same text again is not stored twice."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.api_helpers import LOCAL
from kelisim.api import Settings, create_app
from kelisim.api.auth import create_token

pytestmark = pytest.mark.slow

TEXT = ("BRUSSELS. Kazakh Foreign Minister Yermek Kosherbayev held talks with the European Commission's "
        "Executive Vice-President Maria Lindqvist in Brussels on Tuesday.\n\n"
        "The sides signed a roadmap on critical raw materials until 2028.")


@pytest.fixture
def posting(db, extractor):
    app = create_app(db, Settings(extractor=extractor))
    token = create_token(app.state.store, "alice")
    with TestClient(app, client=LOCAL) as client:
        yield client, {"Authorization": f"Bearer {token}"}
    app.state.store.close()


def test_api_post_article_extracts_and_stores_it(posting):
    client, auth = posting
    r = client.post("/api/articles", json={"text": TEXT, "title": "Kazakhstan and the EU sign a roadmap",
                                           "date": "2026-04-08", "source": "https://example.org/1"}, headers=auth)
    assert r.status_code == 201, r.text
    answer = r.json()
    assert answer["status"] == "stored" and answer["url"] == f"/articles/{answer['id']}"
    assert {e["type"] for e in answer["record"]["events"]} >= {"meeting", "agreement"}
    stored = client.get(f"/api/articles/{answer['id']}").json()
    assert stored["text"] == TEXT and stored["date"] == "2026-04-08" and stored["events"]
    assert client.get("/api/audit").json()["items"][0]["action"] == "article.create"


def test_api_post_same_text_twice_is_known(posting):
    client, auth = posting
    first = client.post("/api/articles", json={"text": TEXT}, headers=auth).json()
    again = client.post("/api/articles", json={"text": TEXT.replace("\n", "\r\n")}, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "known" and again.json()["id"] == first["id"]
    assert len(client.get("/api/articles").json()["items"]) == 1


def test_api_post_article_needs_a_token_and_text(posting):
    client, auth = posting
    assert client.post("/api/articles", json={"text": TEXT}).status_code == 401
    r = client.post("/api/articles", json={"title": "no text"}, headers=auth)
    assert r.status_code == 422 and "text" in r.json()["error"]
    r = client.post("/api/articles", json={"text": TEXT, "date": "8 April"}, headers=auth)
    assert r.status_code == 422 and "date" in r.json()["error"]
