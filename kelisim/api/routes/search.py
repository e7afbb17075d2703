"""Full-text search over the articles (Russian and English stemming)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from ...store.search import search as search_articles
from ..auth import reader
from ..errors import ApiError
from ..paging import MAX_LIMIT, Page, page
from .common import store_of

router = APIRouter(tags=["search"], dependencies=[Depends(reader)])


@router.get("/search")
def search(request: Request, q: str = Query(..., min_length=1, max_length=500), p: Page = Depends()) -> dict:
    """Articles matching every word of `q`, best first, with a snippet."""
    offset = p.key or 0
    if not isinstance(offset, int) or offset < 0 or offset > 10 * MAX_LIMIT:
        raise ApiError(400, "that cursor is not one this server gave; start again without ?cursor")
    rows = search_articles(store_of(request), q, limit=offset + p.limit + 1)[offset:]
    return page(rows[:p.limit], offset + p.limit if len(rows) > p.limit else None, query=q)
