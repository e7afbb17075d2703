"""Cursor pagination: a list answers `{"ok": true, "items": [...], "next": CURSOR | null}`, and
`?cursor=CURSOR` asks for the page after. A cursor is the last row's sort key, base64url-encoded
JSON: opaque to clients, stable while rows are added (unlike an offset)."""
from __future__ import annotations

import base64
import json

from fastapi import Query

from .errors import ApiError

MAX_LIMIT = 500


def encode(key) -> str | None:
    if key is None:
        return None
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def decode(cursor: str | None):
    if not cursor:
        return None
    try:
        return json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "that cursor is not one this server gave; start again without ?cursor") from None


class Page:
    """Dependency: ?limit (1-500, default 50) and ?cursor."""

    def __init__(self, limit: int = Query(50, ge=1, le=MAX_LIMIT, description="Items per page."),
                 cursor: str | None = Query(None, max_length=512, description="From the `next` of the page before.")):
        self.limit = limit
        self.key = decode(cursor)


def page(items: list, next_key, **extra) -> dict:
    return {"ok": True, "items": items, "next": encode(next_key), **extra}
