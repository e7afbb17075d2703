"""The API lists the followed news sources and their state."""
from kelisim.store import sources


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
