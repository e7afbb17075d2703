"""Actors: people, bodies and places across articles and scripts."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from ...store.web_actors import get_actor, page_actors
from ...store.web_queries import page_events
from ..auth import reader
from ..errors import RowId
from ..paging import Page, page
from .common import store_of

router = APIRouter(tags=["actors"], dependencies=[Depends(reader)])


@router.get("/actors")
def list_actors(request: Request, p: Page = Depends(),
                type: str | None = Query(None, max_length=3, description="PER, ORG, GPE or LOC."),
                country: str | None = Query(None, max_length=2),
                q: str | None = Query(None, max_length=200, description="A name in any script, or part of one.")) -> dict:
    """Actors, the most mentioned first."""
    items, nxt = page_actors(store_of(request), limit=p.limit, cursor=p.key, type=type, country=country, query=q)
    return page(items, nxt)


@router.get("/actors/{actor_id}")
def one_actor(request: Request, actor_id: RowId) -> dict:
    """An actor: names, roles over time, counterparts, counts, and its commitments' ids."""
    return {"ok": True, **get_actor(store_of(request), actor_id)}


@router.get("/actors/{actor_id}/events")
def actor_events(request: Request, actor_id: RowId, p: Page = Depends()) -> dict:
    """The actor's events, newest first."""
    get_actor(store_of(request), actor_id, counterparts=0)       # 404 for an unknown actor
    items, nxt = page_events(store_of(request), limit=p.limit, cursor=p.key, actor=str(actor_id))
    return page(items, nxt)
