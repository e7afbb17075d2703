"""A commitment's page shows its chain of reports, each stage with its evidence, and flags for
review a stage that goes back in time and a commitment that may be the same as another
(in process, no browser: the page's HTML from the app)."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from kelisim.api import Settings, create_app
from kelisim.store import open_store
from kelisim.store.commitments import list_commitments
from kelisim.store.ingest import ingest_records
from kelisim.store.schema import commitments
from tests.api.api_helpers import LOCAL
from tests.store.store_records import KIA, KOSTANAY, UZBEKISTAN, project

ALMATY = ("Алматы", "GPE", "KZ")


@pytest.fixture
def site(tmp_path):
    db = str(tmp_path / "review.db")
    with open_store(db) as store:
        ingest_records(store, [
            project("k1", "2024-01-10", name="автомобильный завод KIA в Костанае", owner=KIA, place=KOSTANAY),
            project("k2", "2024-06-10", name="автомобильный завод KIA в Костанае", owner=KIA, place=KOSTANAY,
                    stage="completed"),
            project("k3", "2024-09-10", name="автомобильный завод KIA в Костанае", owner=KIA, place=KOSTANAY),
            project("k4", "2024-10-01", name="автомобильный завод KIA в Алматы", owner=KIA, place=ALMATY),
        ])
        with store.connect() as conn:
            ids = conn.execute(sa.select(commitments.c.id).order_by(commitments.c.id)).scalars().all()
    app = create_app(db, Settings())
    with TestClient(app, client=LOCAL) as client:
        yield client, ids
    app.state.store.close()


def test_web_commitment_page_shows_the_chain_and_flags_a_backward_stage(site):
    client, (kostanay, almaty) = site
    html = client.get(f"/commitments/{kostanay}?lang=en").text
    assert html.count('class="report') == 3
    assert "For review" in html and "stage goes back" in html
    assert f'href="/commitments/{almaty}"' in html       # the other plant may be this one
    assert 'class="report backward"' in html


def test_web_commitment_page_without_flags_has_no_review_box(site):
    client, (_, almaty) = site
    html = client.get(f"/commitments/{almaty}?lang=ru").text
    assert "stage goes back" not in html and "стадия назад" not in html


def test_store_commitments_list_their_backward_stages(tmp_path):
    with open_store(str(tmp_path / "s.db")) as store:
        ingest_records(store, [
            project("k1", "2024-01-10", name="завод KIA", owner=KIA, place=KOSTANAY, stage="completed"),
            project("k2", "2024-03-10", name="завод KIA", owner=KIA, place=KOSTANAY),
        ])
        [c] = list_commitments(store, as_of="2025-01-01")
    assert [(s["stage"], s["after"]) for s in c["backward_stages"]] == [("announced", "completed")]


@pytest.mark.parametrize("lang, shown", [("en", "Uzbekistan"), ("ru", "Узбекистан")])
def test_web_commitment_page_names_a_state_in_the_readers_language(tmp_path, lang, shown):
    db = str(tmp_path / "state.db")
    with open_store(db) as store:
        ingest_records(store, [project("u1", "2021-06-10", name="гидроэлектростанции на Зарафшане",
                                       kind="infrastructure", owner=UZBEKISTAN)])
        [c] = list_commitments(store, as_of="2022-01-01")
    app = create_app(db, Settings())
    with TestClient(app, client=LOCAL) as client:
        html = client.get(f"/commitments/{c['id']}?lang={lang}").text
    app.state.store.close()
    assert f">{shown}<" in html


def test_web_board_flags_a_backward_stage_and_a_likely_duplicate_on_the_tickets(site):
    client, (kostanay, almaty) = site
    html = client.get("/commitments?lang=en").text
    def ticket_top(cid: int) -> str:       # a ticket's badges come before its link
        link = html.index(f'href="/commitments/{cid}"')
        return html[html.rindex("<article", 0, link):link]
    tickets = {cid: ticket_top(cid) for cid in (kostanay, almaty)}
    assert "stage goes back" in tickets[kostanay] and "stage goes back" not in tickets[almaty]
    assert all("may be a duplicate" in top for top in tickets.values())     # one owner, one kind, one name


def test_web_board_without_flags_shows_none(tmp_path):
    db = str(tmp_path / "calm.db")
    with open_store(db) as store:
        ingest_records(store, [project("c1", "2024-01-10", name="завод KIA", owner=KIA, place=KOSTANAY)])
    app = create_app(db, Settings())
    with TestClient(app, client=LOCAL) as client:
        html = client.get("/commitments?lang=ru").text
    app.state.store.close()
    assert "flag-review" not in html and "завод KIA" in html
