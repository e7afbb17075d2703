"""Health (the benchmark's baseline: no database work), stats, the network, and the API docs page."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ...store.queries import stats
from ..auth import reader
from ..errors import ApiError
from ..overview import ACTOR_TYPES, counts, network
from .common import store_of

router = APIRouter(tags=["meta"])


@router.get("/health")
def health() -> dict:
    """Whether the server is up (touches no table)."""
    return {"ok": True, "status": "up"}


@router.get("/stats", dependencies=[Depends(reader)])
def get_stats(request: Request, as_of: str | None = Query(None, max_length=10)) -> dict:
    """What the store holds, and the dashboard's counts by type, sector and country pair."""
    store = store_of(request)
    return {"ok": True, **stats(store, as_of=as_of), "dashboard": counts(store)}


@router.get("/network", dependencies=[Depends(reader)])
def get_network(request: Request, limit: int = Query(60, ge=2, le=300),
                country: str | None = Query(None, max_length=2),
                types: str = Query("PER,ORG", max_length=20, description="Actor types, comma-separated: PER, ORG, GPE, LOC.")) -> dict:
    """Actors (the most active) as nodes and the events they share as weighted edges, laid out;
    `group` marks a group named by a common noun ("the sides"), which the network page hides."""
    wanted = tuple(dict.fromkeys(t.strip().upper() for t in types.split(",") if t.strip()))
    if not wanted or any(t not in ACTOR_TYPES for t in wanted):
        raise ApiError(400, f"types is a comma-separated list of {', '.join(ACTOR_TYPES)}, not {types!r}")
    return {"ok": True, **network(store_of(request), limit=limit, country=country, types=wanted)}


@router.get("/docs", include_in_schema=False)
def docs(request: Request) -> HTMLResponse:
    from ...web.pages import render
    return render(request, "apidocs.html", {})
