"""The Sources page (the news sources `kelisim watch` follows, their state and the articles stored
from each per day) and "new since your last visit" for the dashboard, remembered in a cookie."""
from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from ..api.auth import reader
from ..store import sources

router = APIRouter(include_in_schema=False, dependencies=[Depends(reader)])
VISIT_COOKIE = "kelisim_visit"


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request):
    from .pages import render
    store = request.app.state.store
    rows = []
    for s in sources.list_sources(store):
        per_day = sources.articles_per_day(store, s.id)
        rows.append({**s.as_json(), "per_day": per_day, "top": max((n for _, n in per_day), default=0),
                     "state": "paused" if s.paused else ("error" if s.last_error else "ok")})
    return render(request, "sources.html", {"sources": rows})


def last_visit(request: Request) -> dt.datetime | None:
    """When this browser last opened the dashboard (its cookie), if it says so readably."""
    value = request.cookies.get(VISIT_COOKIE) or ""
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def remember_visit(response) -> None:
    response.set_cookie(VISIT_COOKIE, sources.now().isoformat(timespec="seconds"), max_age=365 * 86400,
                        samesite="lax", httponly=True)
