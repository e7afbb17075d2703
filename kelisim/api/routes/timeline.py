"""The timeline: events oldest first, usually between two states (?pair=KZ-GB)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from ...store.web_queries import page_events
from ..auth import reader
from ..paging import Page, page
from .common import EventFilters, store_of

router = APIRouter(tags=["timeline"], dependencies=[Depends(reader)])


@router.get("/timeline")
def timeline(request: Request, p: Page = Depends(), f: EventFilters = Depends()) -> dict:
    """Events oldest first, with the same filters as /api/events (pair=KZ-GB for two states)."""
    items, nxt = page_events(store_of(request), limit=p.limit, cursor=p.key, oldest_first=True, **f.as_kwargs())
    return page(items, nxt)
