"""Article text is untrusted: script and onerror payloads in an article's text, title, quote,
source and entity names are shown as text on every page and never run."""
from __future__ import annotations

import pytest

from tests.web.web_payloads import ONERROR, SCRIPT

PAYLOAD_PAGES = ["/articles/xss-0000000001", "/", "/articles", "/actors", "/timeline", "/network",
                 "/search?q=Кошербаев", "/actors/{actor}", "/events/{event}"]


def _where(site) -> dict:
    with site.app.state.store.connect() as conn:
        actor = conn.exec_driver_sql("SELECT id FROM actors WHERE name LIKE 'Группа%'").scalar()
        event = conn.exec_driver_sql("SELECT event_id FROM event_sources WHERE article_id = 'xss-0000000001'").scalar()
    return {"actor": actor, "event": event}


@pytest.mark.parametrize("path", PAYLOAD_PAGES)
def test_web_script_payloads_do_not_run(visit, site, path):
    page = visit.go(path.format(**_where(site)))
    page.wait_for_timeout(150)          # time for an onerror to fire, were the <img> real
    assert page.evaluate("window.__xss") is None
    assert page.locator("script:not([src])").count() == 0
    assert page.locator("img[src=x]").count() == 0
    visit.clean()                       # no alert() dialog opened


def test_web_payloads_are_shown_as_text(visit, site):
    page = visit.go("/articles/xss-0000000001")
    text = page.inner_text("#text")
    assert SCRIPT in text and ONERROR in text
    assert SCRIPT in page.inner_text("h1")
    assert page.locator("#text mark.ev").count() >= 1          # highlighted, still as text
    assert ONERROR in page.locator("#text a.mention").last.inner_text()
    html = page.content()
    assert "&lt;script&gt;window.__xss" in html
    visit.clean()
