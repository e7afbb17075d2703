"""The API lists the followed news sources and their state; the dashboard tells what is new
since the reader's last visit."""
import datetime as dt

from fastapi.testclient import TestClient

from kelisim.store import sources
from kelisim.web.sources_page import VISIT_COOKIE
from tests.api.api_helpers import LOCAL


def test_api_sources_lists_each_source_with_its_state(app, client):
    sources.add_source(app.state.store, "https://mfa.example/rss", every="30m", lang="ru")
    answer = client.get("/api/sources").json()
    assert answer["ok"] is True
    [item] = answer["items"]
    assert (item["url"], item["kind"], item["every_seconds"], item["lang"], item["paused"]) == (
        "https://mfa.example/rss", "feed", 1800, "ru", False)
    assert {"last_poll", "last_error", "n_articles", "etag"} <= set(item)


def test_api_source_gives_articles_per_day_and_404_for_an_unknown_one(app, client):
    source = sources.add_source(app.state.store, "https://mfa.example/rss")
    sources.mark_fetched(app.state.store, [{"url": "https://mfa.example/a/1", "source_id": source.id,
                                            "status": "stored", "article_id": None, "reason": None}])
    answer = client.get(f"/api/sources/{source.id}").json()
    assert answer["url"] == "https://mfa.example/rss" and sum(d["articles"] for d in answer["per_day"]) == 1
    for bad in ("999", str(10 ** 30)):
        missing = client.get(f"/api/sources/{bad}")
        assert missing.status_code == 404 and missing.json()["ok"] is False


def test_dashboard_tells_what_is_new_since_the_last_visit(app):
    with TestClient(app, client=LOCAL) as client:
        first = client.get("/")
        assert "New since your last visit" not in first.text
        assert VISIT_COOKIE in first.cookies
        client.cookies.set(VISIT_COOKIE, (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)).isoformat())
        again = client.get("/")
        assert "New since your last visit" in again.text and "8</b> articles" in again.text
        client.cookies.set(VISIT_COOKIE, "not a date")
        assert "New since your last visit" not in client.get("/").text
