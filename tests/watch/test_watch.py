"""`kelisim watch` against a news site served by the test: every article stored once across
polls and restarts, unchanged feeds not fetched again, bad pages skipped with a line while the
source keeps its state."""
import asyncio

import pytest
import sqlalchemy as sa

from kelisim.store import sources
from kelisim.store.schema import articles
from kelisim.watch import Politeness, Watcher
from pages import pages

FAST = Politeness(delay=0.0, backoff=0.05, retries=1)


def rss(links):
    items = "".join(f"<item><title>t{i}</title><link>{link}</link></item>" for i, link in enumerate(links))
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'


def stored(store):
    with store.connect() as conn:
        return conn.execute(sa.select(articles.c.source, articles.c.title, articles.c.text)).all()


def watch(store, extractor, lines=None, **kw):
    watcher = Watcher(store, politeness=FAST, extractor=extractor, on_line=None if lines is None else lines.append)
    return asyncio.run(watcher.run(once=True, **kw))


@pytest.fixture
def news_site(site):
    for i, (page, _, _) in enumerate(pages()):
        site.add(f"/news/{i}", page)
    site.add("/rss", rss([f"{site.url}/news/{i}" for i in range(3)]), etag='"feed-1"',
             content_type="application/rss+xml")
    return site


@pytest.mark.slow
def test_watch_stores_each_article_of_a_feed_once_with_its_main_text(news_site, store, extractor):
    source = sources.add_source(store, news_site.url + "/rss", kind="feed")
    report = watch(store, extractor)
    assert (report.polls, report.found, report.stored) == (1, 3, 3)
    rows = stored(store)
    assert sorted(r.source for r in rows) == [f"{news_site.url}/news/{i}" for i in range(3)]
    for (_, title, body), row in zip(pages(), sorted(rows, key=lambda r: r.source)):
        assert row.title == title
        assert all(p in row.text for p in body)
        assert "cookie" not in row.text and "Читайте также" not in row.text and "Комментарии" not in row.text
    state = sources.get_source(store, source.id)
    assert (state.n_articles, state.etag, state.last_error) == (3, '"feed-1"', None)


@pytest.mark.slow
def test_watch_polls_again_with_a_conditional_get_and_fetches_nothing_twice(news_site, store, extractor):
    source = sources.add_source(store, news_site.url + "/rss", kind="feed")
    watch(store, extractor)
    sources.set_paused(store, source.id, False)            # due again now
    report = watch(store, extractor)
    assert report.not_modified == 1 and news_site.not_modified == 1
    assert all(news_site.hits[f"/news/{i}"] == 1 for i in range(3))
    assert len(stored(store)) == 3


@pytest.mark.slow
def test_watch_a_changed_page_is_not_fetched_again(news_site, store, extractor):
    sources.add_source(store, news_site.url + "/rss", kind="feed")
    watch(store, extractor)
    news_site.routes["/news/0"].body = news_site.routes["/news/0"].body.replace("Астане".encode(), "Алматы".encode())
    news_site.routes["/rss"].etag = '"feed-2"'             # the feed changed, the same links
    sources.set_paused(store, 1, False)
    watch(store, extractor)
    assert news_site.hits["/news/0"] == 1 and len(stored(store)) == 3


@pytest.mark.slow
def test_watch_skips_bad_pages_with_a_line_and_tries_failures_again(site, store, extractor):
    page, _, _ = pages()[0]
    site.add("/ok", page)
    site.add("/empty", "<html><body><script>x()</script></body></html>")
    site.add("/flaky", page.replace("Норвегии", "Дании"), statuses=[503, 503])  # both tries of the first poll
    site.add("/rss", rss([f"{site.url}/{p}" for p in ("ok", "empty", "gone", "flaky")]))
    sources.add_source(store, site.url + "/rss")
    lines = []
    report = watch(store, extractor, lines)
    assert report.stored == 1
    assert any("/empty: skipped (no article text" in line for line in lines)
    assert any("/gone: skipped (HTTP 404)" in line for line in lines)
    assert any("/flaky: skipped (HTTP 503); tried again at the next poll" in line for line in lines)
    assert sources.unseen(store, [f"{site.url}/{p}" for p in ("ok", "empty", "gone", "flaky")]) == [f"{site.url}/flaky"]
    sources.set_paused(store, 1, False)
    report = watch(store, extractor)                       # the server answers now
    assert report.stored == 1 and len(stored(store)) == 2


def test_watch_a_source_that_fails_keeps_its_state_and_says_why(site, store):
    site.add("/rss", statuses=[500] * 10)
    source = sources.add_source(store, site.url + "/rss")
    lines = []
    report = watch(store, None, lines)
    state = sources.get_source(store, source.id)
    assert report.errors == 1 and state.n_errors == 1 and state.last_error == "HTTP 500"
    assert state.next_poll > state.last_poll
    assert lines == [f"{site.url}/rss: HTTP 500; the source keeps its state and is polled again later"]


def test_watch_refuses_an_entity_expansion_feed(site, store):
    site.add("/rss", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><item>'
             '<title>&a;</title><link>/x</link></item></channel></rss>')
    source = sources.add_source(store, site.url + "/rss")
    watch(store, None)
    assert "declares XML entities" in sources.get_source(store, source.id).last_error
    assert "/x" not in site.hits


@pytest.mark.slow
def test_watch_finds_articles_on_a_press_page_and_in_a_sitemap(site, store, extractor):
    for i, (page, _, _) in enumerate(pages()):
        site.add(f"/press/2026/item-{i}", page)
    site.add("/press/", '<html><body><nav><a href="/">Home</a></nav><main>'
             '<a href="/press/2026/item-0">One</a><a href="/tag/x">tag</a></main></body></html>')
    site.add("/sitemap.xml", '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f'<sitemap><loc>{site.url}/sitemap-1.xml</loc></sitemap></sitemapindex>')
    site.add("/sitemap-1.xml", '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + "".join(f"<url><loc>{site.url}/press/2026/item-{i}</loc></url>" for i in range(3)) + "</urlset>")
    sources.add_source(store, site.url + "/press/", kind="page")
    sources.add_source(store, site.url + "/sitemap.xml", kind="sitemap")
    report = watch(store, extractor)
    assert report.stored == 3 and len(stored(store)) == 3
    assert site.hits["/press/2026/item-0"] == 1
    assert "/tag/x" not in site.hits
