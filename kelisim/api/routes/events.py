"""Events: meetings, statements, agreements and projects, merged across articles, with sources."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from ...store.web_queries import get_event, page_events
from ..auth import reader
from ..errors import RowId
from ..paging import Page, page
from .common import EventFilters, store_of

router = APIRouter(tags=["events"], dependencies=[Depends(reader)])


@router.get("/events")
def list_events(request: Request, p: Page = Depends(), f: EventFilters = Depends()) -> dict:
    """Events, newest first, each with its participants, sources (article, evidence, reprints)
    and review (who confirmed, rejected or corrected it)."""
    items, nxt = page_events(store_of(request), limit=p.limit, cursor=p.key, **f.as_kwargs())
    return page(items, nxt)


@router.get("/events/{event_id}")
def one_event(request: Request, event_id: RowId) -> dict:
    return {"ok": True, **get_event(store_of(request), event_id)}
