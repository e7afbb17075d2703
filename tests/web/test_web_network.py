"""The network page in a real browser: the graph from /api/network drawn by Cytoscape.js, with
generic groups hidden until asked for, filters by country and type acting at once, an actor's
links lit when pointed at, and a click that opens the actor."""
from __future__ import annotations

import re

import pytest

from kelisim.api.overview import network


def _graph(site) -> dict:
    return network(site.app.state.store, limit=60, types=("PER", "ORG", "GPE"))


def _shown(page) -> set[int]:
    return {int(x) for x in (page.get_attribute("#graph", "data-shown") or "").split()}


def _open(visit, path="/network"):
    page = visit.go(path)
    page.wait_for_selector("#graph[data-ready=true]", timeout=15000)
    return page


def test_web_network_is_drawn_with_groups_hidden(visit, site):
    g = _graph(site)
    groups = {n["id"] for n in g["nodes"] if n["group"]}
    people_and_bodies = {n["id"] for n in g["nodes"] if n["type"] in ("PER", "ORG") and not n["group"]}
    assert groups, "the examples name groups such as 'стороны' and 'the sides'"
    page = _open(visit)
    assert page.locator("#graph canvas").count() >= 1
    shown = _shown(page)
    assert shown == people_and_bodies and not shown & groups
    state = page.inner_text("#graph-state")
    assert f"Actors shown: {len(shown)}" in state and f"groups hidden: {len(groups)}" in state
    assert int(re.search(r"links: (\d+)", state).group(1)) >= 3
    visit.shot("network")
    page.check("input[name=groups]")
    assert groups <= _shown(page)
    assert "groups=true" in page.url
    visit.clean()


def test_web_network_filters_by_country_and_type(visit, site):
    g = _graph(site)
    by_id = {n["id"]: n for n in g["nodes"]}
    page = _open(visit)
    everyone = _shown(page)
    page.select_option("select[name=country]", "GB")
    shown = _shown(page)
    british = {i for i in shown if by_id[i]["country"] == "GB"}
    assert british and shown < everyone
    linked = {e["a"] for e in g["edges"] if e["b"] in british} | {e["b"] for e in g["edges"] if e["a"] in british}
    assert shown <= british | linked                 # the state's actors and who they meet
    page.select_option("select[name=country]", "")
    page.uncheck("input[name=types][value=PER]")
    assert _shown(page) and all(by_id[i]["type"] == "ORG" for i in _shown(page))
    page.check("input[name=types][value=GPE]")
    assert any(by_id[i]["type"] == "GPE" for i in _shown(page))
    visit.clean()


def _screen_point(page, actor_id: int) -> dict:
    return page.evaluate("""(id) => {
        const box = document.getElementById('graph'), node = box.cy.getElementById('a' + id);
        const p = node.renderedPosition(), r = box.getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y}; }""", actor_id)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_web_network_hover_lights_an_actors_links_and_a_click_opens_it(visit, site, lang):
    g = _graph(site)
    page = _open(visit, f"/network?lang={lang}")
    busiest = max((n for n in g["nodes"] if n["id"] in _shown(page)), key=lambda n: n["n"])
    at = _screen_point(page, busiest["id"])
    page.mouse.move(at["x"], at["y"])
    page.wait_for_function("document.getElementById('graph').dataset.lit === 'a' + %d" % busiest["id"])
    faded = page.evaluate("document.getElementById('graph').cy.elements('.faded').length")
    lit = page.evaluate("document.getElementById('graph').cy.elements('.lit').length")
    assert faded > 0 and lit >= 3                   # the actor, a neighbour and their link
    if lang == "ru":
        assert "Показано участников" in page.inner_text("#graph-state")
        visit.shot("network_hover_ru")
    with page.expect_navigation():
        page.mouse.click(at["x"], at["y"])
    assert page.url.endswith(f"/actors/{busiest['id']}")
    visit.clean()


def test_web_network_zoom_buttons(visit):
    page = _open(visit)
    before = page.evaluate("document.getElementById('graph').cy.zoom()")
    page.click("button[data-zoom=in]")
    after = page.evaluate("document.getElementById('graph').cy.zoom()")
    assert after == pytest.approx(before * 1.3, rel=0.01)
    visit.clean()
