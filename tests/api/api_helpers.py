"""Helpers for the API tests (a module of its own, not conftest: tests import from it)."""
from __future__ import annotations

LOCAL = ("127.0.0.1", 50000)     # a client on this machine: a local reader


def ids(answer: dict) -> list:
    return [item["id"] for item in answer["items"]]


def walk(client, url: str, limit: int = 2) -> list[dict]:
    """Every item of a listing, following `next` a page at a time."""
    items, cursor = [], None
    for _ in range(1000):
        sep = "&" if "?" in url else "?"
        page = client.get(f"{url}{sep}limit={limit}" + (f"&cursor={cursor}" if cursor else "")).json()
        assert page["ok"] is True and len(page["items"]) <= limit
        items += page["items"]
        cursor = page["next"]
        if cursor is None:
            return items
    raise AssertionError("the cursor never ended")
