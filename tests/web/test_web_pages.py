"""The web pages in a real browser: every page opens without a script error and is
screenshotted; an analyst clicks from an article to an actor to a commitment, lights up
evidence, reviews an event, and reads the interface in Russian."""
from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from kelisim.store.schema import actors, commitments

BOARD = "as_of=2028-01-15&stale_days=730"     # the seed's roadmap "до 2027 года" is overdue then


def _ids(site) -> dict:
    with site.app.state.store.connect() as conn:
        actor = conn.execute(sa.select(actors.c.id).where(actors.c.name == "Ермек Кошербаев")).scalar()
        commitment = conn.execute(sa.select(commitments.c.id).where(commitments.c.subtype == "roadmap").order_by(
            commitments.c.id)).scalar()
        event = conn.execute(sa.text("SELECT event_id FROM event_sources WHERE article_id = :a ORDER BY id LIMIT 1"),
                             {"a": site.seed}).scalar()
    return {"actor": actor, "commitment": commitment, "event": event}


PAGES = [
    ("dashboard", "/", "Latest events"),
    ("articles", "/articles", "Articles"),
    ("article", "/articles/{seed}", "От диалога"),
    ("actors", "/actors", "Actors"),
    ("actor", "/actors/{actor}", "Ермек Кошербаев"),
    ("event", "/events/{event}", "Reported by"),
    ("timeline", "/timeline?a=KZ&b=GB", "KZ – GB"),
    ("network", "/network", "Network of actors"),
    ("commitments", f"/commitments?{BOARD}", "overdue by"),
    ("commitment", "/commitments/{commitment}", "Reports over time"),
    ("search", "/search?q=критические+минералы", "От диалога"),
    ("review", "/review", "Audit log"),
]


@pytest.mark.parametrize("name, path, shows", PAGES, ids=[p[0] for p in PAGES])
def test_web_every_page_opens(visit, site, name, path, shows):
    page = visit.go(path.format(seed=site.seed, **_ids(site)))
    assert shows in page.inner_text("main")
    assert page.locator("header.top nav a").count() >= 8
    visit.shot(name)
    visit.clean()


def test_web_api_docs_page_renders_swagger(visit):
    page = visit.go("/api/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert "/api/events" in page.inner_text("#swagger-ui")
    visit.clean()


def test_web_click_article_to_actor_to_commitment(visit, site):
    page = visit.go(f"/articles/{site.seed}")
    page.locator("#text a.mention", has_text="Heriot-Watt University").first.click()
    page.wait_for_url(re.compile(r"/actors/\d+$"))
    assert "Heriot-Watt University" in page.inner_text("h1")
    page.locator("a.commitment-link", has_text="кампус").first.click()
    page.wait_for_url(re.compile(r"/commitments/\d+$"))
    assert "Heriot-Watt University" in page.inner_text("h1") and "Reports over time" in page.inner_text("main")
    assert "Актобе" in page.inner_text("main")
    visit.clean()


def test_web_article_page_highlights_evidence(visit, site):
    page = visit.go(f"/articles/{site.seed}")
    marks = page.locator("#text mark.ev")
    assert marks.count() > 5
    fact = page.locator("li.fact.type-agreement").first
    fact.hover()
    lit = page.locator("#text mark.ev.on")
    assert lit.count() >= 1 and "Дорожная карта" in " ".join(lit.all_inner_texts())
    page.mouse.move(0, 0)
    assert page.locator("#text mark.ev.on").count() == 0
    visit.clean()


def test_web_review_confirm_from_the_event_page(visit, site):
    page = visit.go("/review")
    page.fill("#token-form input[name=token]", site.token)
    page.click("#token-form button[type=submit]")
    assert "A token is set" in page.inner_text("#token-state")
    event = _ids(site)["event"]
    page = visit.go(f"/events/{event}")
    with page.expect_navigation():
        page.click("form[data-api$='/confirm'] button")
    assert "confirmed by alice" in page.inner_text("header.page-head")
    page = visit.go("/review")
    assert "confirmed" in page.inner_text("table.audit")          # the action in words, not its code
    with page.expect_navigation():      # leave the event as it was for the other tests
        visit.go(f"/events/{event}").click("form[data-api$='/reopen'] button")
    visit.clean()


def test_web_review_without_a_token_says_so(visit, site):
    page = visit.go(f"/events/{_ids(site)['event']}")
    page.click("form[data-api$='/confirm'] button")
    assert "No token set" in page.locator("form[data-api$='/confirm'] output.msg").inner_text()
    visit.clean()


def test_web_interface_in_russian(visit, site, browser):
    page = visit.go("/?lang=ru")
    assert "Последние события" in page.inner_text("main")
    page = visit.go("/timeline")                       # remembered in a cookie
    assert page.inner_text("h1").startswith("Хроника")
    assert "English" in page.inner_text("header .lang")
    visit.clean()
    russian = browser.new_context(locale="ru-RU")      # Accept-Language: ru-RU
    try:
        page = russian.new_page()
        page.goto(site.url + "/commitments")
        assert "Доска обязательств" in page.inner_text("h1")
    finally:
        russian.close()
