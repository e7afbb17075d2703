"""The news sources `kelisim watch` follows, with their state: last poll, errors, counts and the
articles stored per day."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from ...errors import InputError
from ...store import sources
from ..auth import reader
from ..errors import ApiError
from .common import store_of

router = APIRouter(tags=["sources"], dependencies=[Depends(reader)])


@router.get("/sources")
def list_sources(request: Request) -> dict:
    """Every followed source with its settings and state."""
    return {"ok": True, "items": [s.as_json() for s in sources.list_sources(store_of(request))]}


@router.get("/sources/{source_id}")
def get_source(request: Request, source_id: int) -> dict:
    """One source, with the articles stored from it on each of the last 14 days."""
    store = store_of(request)
    try:
        if not 0 < source_id < 2 ** 63:          # no database holds such an id
            raise InputError(str(source_id), "no such source")
        source = sources.get_source(store, source_id)
    except InputError:
        raise ApiError(404, f"no source {source_id}; GET /api/sources lists them") from None
    return {"ok": True, **source.as_json(),
            "per_day": [{"date": d, "articles": n} for d, n in sources.articles_per_day(store, source.id)]}
