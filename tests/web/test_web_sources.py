"""The Sources page shows each followed source's state, errors and articles per day; the
dashboard's "new since your last visit" is tested with the API app (tests/api/test_api_sources.py)."""
from __future__ import annotations

from kelisim.store import sources


def test_web_sources_page_shows_state_errors_and_articles_per_day(visit, site):
    store = site.app.state.store
    ok = sources.add_source(store, "https://mfa.example.kz/rss", every="15m", lang="ru")
    sources.mark_fetched(store, [{"url": f"https://mfa.example.kz/news/{i}", "source_id": ok.id, "status": "stored",
                                  "article_id": None, "reason": None} for i in range(3)])
    bad = sources.add_source(store, "https://gov.example.uz/press/", kind="page", every="1h")
    sources.record_poll(store, bad, status=503, error="HTTP 503")
    try:
        page = visit.go("/sources")
        assert page.locator("tr.source").count() == 2
        assert page.locator("tr.source.error").inner_text().count("HTTP 503") >= 1
        assert page.locator("tr.source.ok svg.spark rect").count() == 1
        visit.shot("sources")
        ru = visit.go("/sources?lang=ru")
        assert "Источники новостей" in ru.content() and "каждые 15 мин" in ru.content()
        visit.clean()
    finally:
        visit.go("/sources?lang=en")
        sources.remove_source(store, ok.id)
        sources.remove_source(store, bad.id)

