"""Tokens: writes need one, reads are open on localhost unless configured otherwise; the CLI
makes, lists and revokes them, storing only a hash."""
from __future__ import annotations

import sqlalchemy as sa
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.api.api_helpers import LOCAL
from kelisim.api.auth import create_token, revoke_token
from kelisim.cli import app as cli
from kelisim.store import open_store
from kelisim.store.review import api_tokens

ELSEWHERE = ("10.1.2.3", 40000)


def _first_event(client) -> int:
    return client.get("/api/events?limit=1").json()["items"][0]["id"]


def test_api_writes_need_a_token(client):
    r = client.post(f"/api/events/{_first_event(client)}/confirm")
    assert r.status_code == 401 and "kelisim token create" in r.json()["error"]


def test_api_unknown_or_revoked_token_is_403(app, client, token, auth):
    event = _first_event(client)
    assert client.post(f"/api/events/{event}/confirm", headers={"Authorization": "Bearer kls_wrong"}).status_code == 403
    assert client.post(f"/api/events/{event}/confirm", headers=auth).status_code == 200
    revoke_token(app.state.store, "alice")
    assert client.post(f"/api/events/{event}/confirm", headers=auth).status_code == 403


def test_api_reads_are_open_on_localhost_and_need_a_token_elsewhere(app, token):
    with TestClient(app, client=ELSEWHERE) as remote:
        r = remote.get("/api/events")
        assert r.status_code == 401 and r.json()["ok"] is False
        assert remote.get("/api/events", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        assert remote.get("/api/health").status_code == 200
    with TestClient(app, client=LOCAL) as local:
        assert local.get("/api/events").status_code == 200


def test_api_reads_can_be_closed_to_localhost_too(make_app):
    app = make_app(reads="token")
    token = create_token(app.state.store, "bob")
    with TestClient(app, client=LOCAL) as local:
        assert local.get("/api/events").status_code == 401
        assert local.get("/", headers={"accept": "text/html"}).status_code == 401
        assert local.get("/api/events", cookies={"kelisim_token": token}).status_code == 200
        assert local.get("/review").status_code == 200       # where a token is entered


def test_api_reads_can_be_opened_to_everyone(make_app):
    with TestClient(make_app(reads="open"), client=ELSEWHERE) as remote:
        assert remote.get("/api/events").status_code == 200


def test_token_cli_creates_lists_and_revokes_keeping_only_a_hash(filled):
    run = lambda *a: CliRunner().invoke(cli, [*a, "--db", filled])  # noqa: E731
    made = run("token", "create", "carol")
    assert made.exit_code == 0, made.output
    token = made.stdout.strip()
    assert token.startswith("kls_")
    with open_store(filled) as store, store.connect() as conn:
        stored = conn.execute(sa.select(api_tokens.c.hash)).scalars().all()
    assert token not in stored and len(stored) == 1
    assert run("token", "create", "carol").exit_code == 2          # one live token per name
    assert "carol" in run("token", "list").stdout
    assert run("token", "revoke", "carol").exit_code == 0
    assert "revoked" in run("token", "list").stdout
    assert run("token", "revoke", "carol").exit_code == 2
