"""The interface in Russian, in a real browser: no English left on the main pages (names,
titles, quotes and sources are the articles' own and may be in any language), counts with the
right plural forms, 404 pages in Russian, the audit log as "Срок: 2027 → 2031"; and what any
reader sees: no date header as article text, no server paths, a search suggestion that finds
something, an Authorize button in the API docs."""
from __future__ import annotations

import json
import re

import httpx
import pytest
import sqlalchemy as sa

from kelisim.store.search import search
from kelisim.web.i18n import Translator
from tests.web.conftest import Visit
from tests.web.test_web_pages import BOARD, _ids

# The articles' own words (names, titles, evidence, sources, roles, notes): not the interface.
DATA = ("a.actor, a.mention, .event-label, .article-text, blockquote, .source, code, .cc, .snippet, "
        ".commitment-link, a[href^='/articles/'], a[href^='/actors/'], .who, h1, .latin, .role, .aliases, "
        "q, .note, .user, .target, [lang=en], title, script, style, noscript")
ALLOWED = {"API", "English", "kelisim"}        # the product's name, "API", and the link to English
MAIN = ["/", "/articles", "/articles/{seed}", "/actors", "/actors/{actor}", "/events/{event}", "/timeline?a=KZ&b=GB",
        "/network", f"/commitments?{BOARD}", "/commitments/{commitment}", "/search?q=Кошербаев", "/review"]


def _interface_text(page) -> str:
    return page.evaluate("""(data) => {
        const body = document.body.cloneNode(true);
        body.querySelectorAll(data).forEach(e => e.remove());
        body.querySelectorAll('select option:not([selected])').forEach(e => e.remove());
        const attrs = [...document.querySelectorAll('[placeholder], [title], [aria-label]')]
            .filter(e => !e.closest('#text'))
            .map(e => [e.getAttribute('placeholder'), e.getAttribute('title'), e.getAttribute('aria-label')].join(' '));
        return body.innerText + ' ' + attrs.join(' '); }""", DATA)


def _english(text: str) -> list[str]:
    words = set(re.findall(r"[A-Za-z_][A-Za-z_-]+", text)) - ALLOWED
    return sorted(w for w in words if not re.fullmatch(r"[A-Z]{2}", w) and w != "kls_")  # ISO codes, token prefix


@pytest.fixture
def ru(browser, site):
    context = browser.new_context(viewport={"width": 1360, "height": 860}, locale="ru-RU")
    v = Visit(context.new_page(), site)
    v.go("/review")
    v.page.fill("#token-form input[name=token]", site.token)       # the audit log is shown to a reader
    v.page.click("#token-form button[type=submit]")
    yield v
    context.close()


@pytest.mark.parametrize("path", MAIN)
def test_web_russian_pages_have_no_english_left(ru, site, path):
    page = ru.go(path.format(seed=site.seed, **_ids(site)))
    if path == "/network":
        page.wait_for_selector("#graph[data-ready=true]", timeout=15000)
    assert page.locator("html").get_attribute("lang") == "ru"
    assert _english(_interface_text(page)) == []
    ru.clean()


def test_web_russian_counts_use_plural_forms(ru, site):
    page = ru.go("/")
    t = Translator("ru")
    for total in page.locator(".totals a.total").all()[:3]:
        n, word = total.inner_text().split(maxsplit=1)
        assert word in {t(f"count.{k}", n=int(n)) for k in ("articles", "actors", "events")}, (n, word)
    text = page.inner_text("main") + ru.go(f"/actors/{_ids(site)['actor']}").inner_text("main")
    for n, word in re.findall(r"\b(\d+) (событи\w*|стат\w+|упоминани\w*|источник\w*)", text):
        forms = {t(f"count.{k}", n=int(n)) for k in ("events", "articles", "mentions", "sources")}
        assert word in forms, f"{n} {word}"
    assert re.search(r"\b\d+ событи", text)
    board = ru.go(f"/commitments?{BOARD}").inner_text("main")
    assert re.search(r"просрочено на \d+ (день|дня|дней)", board)
    ru.clean()


def test_web_english_counts_use_plural_forms(visit, site):
    text = visit.go("/").inner_text("main") + visit.go(f"/actors/{_ids(site)['actor']}").inner_text("main")
    assert not re.search(r"(?<![\d.])1 (events|articles|mentions|sources|actors)\b", text)
    assert not re.search(r"(?<![\d.])([02-9]|\d\d+) (event|article|mention|source)\b", text)
    visit.clean()


@pytest.mark.parametrize("path, says", [
    ("/nowhere", "По адресу /nowhere ничего нет."),
    ("/events/999999", "По адресу /events/999999 ничего нет."),
    ("/actors/99999999999999999999999", "ничего нет"),
])
def test_web_russian_404_page(ru, site, path, says):
    response = ru.page.goto(site.url + path)
    assert response.status == 404
    message = ru.page.inner_text(".error")
    assert says in message and "there is" not in message and "Вернуться к обзору" in message


def _agreement(site) -> tuple[int, str | None]:
    """An agreement other than the seed's roadmap (whose deadline the board tests read)."""
    roadmap = _ids(site)["commitment"]
    with site.app.state.store.connect() as conn:
        row = conn.execute(sa.text("SELECT e.id, e.attrs FROM events e JOIN commitments c ON c.event_id = e.id "
                                   "WHERE e.type = 'agreement' AND c.id != :c ORDER BY e.id"), {"c": roadmap}).first()
    attrs = row.attrs if isinstance(row.attrs, dict) else json.loads(row.attrs or "{}")
    return row.id, attrs.get("deadline")


def test_web_audit_log_reads_field_from_to(ru, site):
    event_id, deadline = _agreement(site)
    api = httpx.Client(base_url=site.url, headers={"Authorization": f"Bearer {site.token}"})
    try:
        r = api.patch(f"/api/events/{event_id}", json={"fields": {"deadline": "2031"}, "note": "уточнено"})
        assert r.status_code == 200, r.text
        page = ru.go("/review")
        log = page.inner_text("table.audit")
        assert f"Срок: {deadline or '—'} → 2031" in log and "исправлено" in log and f"событие {event_id}" in log
        assert not re.search(r"[{}\[\]']|None|attrs", log), log       # no Python reprs
        ru.shot("review_ru")
        english = ru.go("/review?lang=en").inner_text("table.audit")
        assert f"Deadline: {deadline or '—'} → 2031" in english and "corrected" in english
    finally:
        api.patch(f"/api/events/{event_id}", json={"fields": {"deadline": deadline}})
        api.close()
    ru.clean()


def test_web_article_text_has_no_date_header_and_sources_no_paths(visit, site):
    page = visit.go(f"/articles/{site.seed}")
    text = page.inner_text("#text")
    assert not re.match(r"\s*date \d{4}", text) and "date 2026-" not in text
    assert text.lstrip().startswith("Центральная Азия")
    for path in (f"/articles/{site.seed}", "/articles", f"/events/{_ids(site)['event']}", "/search?q=Кошербаев"):
        shown = visit.go(path).inner_text("main")
        assert "examples/" not in shown and "/work/" not in shown
        assert "000_ru_kz-uk-london.txt" in shown
    visit.clean()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_web_search_placeholder_finds_something(visit, site, lang):
    page = visit.go(f"/search?lang={lang}")
    suggestions = [s.strip(" …") for s in page.get_attribute("input[name=q]", "placeholder").split(",")]
    assert len(suggestions) >= 2
    for q in suggestions:
        assert search(site.app.state.store, q, limit=5), f"{q!r} finds nothing"
    page.fill("input[name=q]", suggestions[0])
    with page.expect_navigation():
        page.press("input[name=q]", "Enter")
    assert page.locator("ol.results li.card").count() >= 1
    visit.clean()


def test_web_api_docs_have_an_authorize_button(visit):
    page = visit.go("/api/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    button = page.locator(".swagger-ui button.authorize").first
    assert button.is_visible()
    button.click()
    assert "bearer" in page.inner_text(".swagger-ui .modal-ux").lower()
    visit.shot("api_docs_authorize")
    visit.clean()
