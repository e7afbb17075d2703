"""Errors answer {"ok": false, "error": ..., "status": ...} and say what to do; bodies are
limited in size; every answer carries the Content-Security-Policy."""
from __future__ import annotations

import pytest


def assert_error(r, status: int, says: str) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["ok"] is False and body["status"] == status and says in body["error"]


def test_api_unknown_event_is_404(client):
    assert_error(client.get("/api/events/999999"), 404, "there is no event 999999")


def test_api_unknown_path_is_404_json(client):
    assert_error(client.get("/api/nowhere"), 404, "/api/docs lists the endpoints")


@pytest.mark.parametrize("url, says", [
    ("/api/events?since=yesterday", "YYYY-MM-DD"),
    ("/api/events?pair=KZ", "two ISO codes"),
    ("/api/events?pair=KZ-KZ", "two different states"),
    ("/api/events?country=Kazakhstan", "country"),
    ("/api/commitments?status=late", "status is one of"),
    ("/api/events?cursor=notacursor", "cursor"),
])
def test_api_bad_filter_is_400_saying_what_is_wanted(client, url, says):
    r = client.get(url)
    assert r.status_code in (400, 422), r.text
    assert_error(r, r.status_code, says)


def test_api_wrong_parameter_type_is_422_naming_it(client):
    assert_error(client.get("/api/events?limit=many"), 422, "limit")
    assert_error(client.get("/api/events?limit=100000"), 422, "limit")


def test_api_body_over_the_limit_is_413(make_app, auth):
    from fastapi.testclient import TestClient

    from tests.api.api_helpers import LOCAL
    app = make_app(max_body_bytes=2000)
    with TestClient(app, client=LOCAL) as client:
        big = {"text": "Казахстан " * 1000}
        assert_error(client.post("/api/articles", json=big, headers=auth), 413, "larger than 2000 bytes")

        def chunks():       # no Content-Length: counted as it arrives
            yield b'{"text": "'
            for _ in range(50):
                yield b"x" * 100
            yield b'"}'
        r = client.post("/api/articles", content=chunks(), headers={**auth, "content-type": "application/json"})
        assert_error(r, 413, "larger than")


def test_api_every_answer_has_security_headers(client):
    for r in (client.get("/api/health"), client.get("/api/events/0"), client.get("/")):
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"


def test_web_error_page_for_a_browser(client):
    r = client.get("/articles/nope", headers={"accept": "text/html"})
    assert r.status_code == 404 and "there is no article nope" in r.text and "<html" in r.text


@pytest.mark.parametrize("body, line, column", [
    ('{"text": "Астана",}', 1, 19),
    ('{\n  "text": "Астана"\n  "title": "x"\n}', 3, 3),
    ('{"text": ', 1, 10),
])
def test_api_malformed_json_is_400_with_line_and_column(client, auth, body, line, column):
    r = client.post("/api/articles", content=body.encode(), headers={**auth, "content-type": "application/json"})
    assert_error(r, 400, f"line {line}, column {column}")
    assert "JSON" in r.json()["error"]


HUGE = [str(2 ** 63), str(10 ** 30), str(-(2 ** 63) - 1)]


@pytest.mark.parametrize("huge", HUGE)
@pytest.mark.parametrize("method, url", [
    ("GET", "/api/events/{}"), ("GET", "/api/actors/{}"), ("GET", "/api/actors/{}/events"),
    ("GET", "/api/commitments/{}"), ("POST", "/api/events/{}/confirm"), ("POST", "/api/events/{}/reject"),
    ("POST", "/api/events/{}/reopen"), ("PATCH", "/api/events/{}"), ("PUT", "/api/commitments/{}/stage"),
    ("POST", "/api/actors/{}/split"), ("GET", "/events/{}"), ("GET", "/actors/{}"), ("GET", "/commitments/{}"),
])
def test_api_an_id_beyond_any_row_is_404_not_500(client, auth, method, url, huge):
    body = {"PATCH": {"fields": {"date": "2026-01-01"}}, "PUT": {"stage": "completed"}}.get(method)
    if url.endswith("/split"):
        body = {"names": ["x"]}
    r = client.request(method, url.format(huge), json=body, headers=auth)
    assert_error(r, 404, "there is no ")
    assert huge in r.json()["error"]


def test_api_docs_declare_the_bearer_scheme_for_authorize(client):
    spec = client.get("/api/openapi.json").json()
    schemes = spec["components"]["securitySchemes"]
    assert any(s["type"] == "http" and s["scheme"] == "bearer" for s in schemes.values()), schemes
    name = next(k for k, s in schemes.items() if s.get("scheme") == "bearer")
    assert {name: []} in spec["paths"]["/api/articles"]["post"]["security"]
    assert {name: []} in spec["paths"]["/api/events/{event_id}/confirm"]["post"]["security"]
    assert "security" not in spec["paths"]["/api/health"]["get"]
