"""The web pages. Each route gathers plain dicts from the store's functions (the same the API
uses) and renders one template; the reader check and the errors are the API's."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlencode

import jinja2
import sqlalchemy as sa
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..api.auth import reader
from ..api.errors import ApiError, RowId
from ..api.board import board, commitment_rows, get_commitment
from ..api.overview import ACTOR_TYPES, counts
from ..api.paging import decode, encode
from ..store.review import audit_log
from ..store.review_fields import COMMITMENT_STAGES, FIELDS, SECTORS
from ..store.schema import actors
from ..store.search import search as search_articles
from ..store.web_actors import get_actor, page_actors
from ..store.web_articles import get_article, page_articles
from ..store.web_queries import get_event, page_events
from .audit_view import entry
from ..store.sources import articles_since
from .sources_page import last_visit, remember_visit
from .highlight import body_start, pieces
from .sources import source_label, source_url
from .i18n import COOKIE, LANGS, Translator, choose

TEMPLATES = Path(__file__).resolve().parent / "templates"
_env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                          trim_blocks=True, lstrip_blocks=True)
_env.filters["source"] = source_label     # never the server's paths: the outlet or the file name
_env.filters["source_url"] = source_url
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False, dependencies=[Depends(reader)])
open_router = APIRouter(include_in_schema=False)    # the review page, where a token is entered
EVENT_TYPES = ("meeting", "statement", "agreement", "project")


def render(request: Request, name: str, context: dict, status: int = 200, headers: dict | None = None) -> HTMLResponse:
    asked = request.query_params.get("lang")
    lang = choose(asked, request.cookies.get(COOKIE), request.headers.get("accept-language"))
    ctx = {"t": Translator(lang), "lang": lang, "other_lang": "ru" if lang == "en" else "en",
           "url_with": lambda **kw: _url_with(request, **kw), "path": request.url.path,
           "today": dt.date.today().isoformat(), **context}
    response = templates.TemplateResponse(request, name, ctx, status_code=status, headers=headers)
    if asked in LANGS:
        response.set_cookie(COOKIE, asked, max_age=365 * 86400, samesite="lax")
    return response


def _url_with(request: Request, **changes) -> str:
    params = dict(request.query_params)
    for k, v in changes.items():
        if v in (None, ""):
            params.pop(k, None)
        else:
            params[k] = v
    return request.url.path + ("?" + urlencode(params) if params else "")


def error_page(request: Request, status: int, message: str, headers: dict | None = None) -> HTMLResponse:
    return render(request, "error.html", {"status": status, "message": message}, status=status, headers=headers)


def _store(request: Request):
    return request.app.state.store


def _countries(store) -> list[str]:
    with store.connect() as conn:
        return list(conn.execute(sa.select(actors.c.country).where(actors.c.country.is_not(None)).distinct().order_by(
            actors.c.country)).scalars())


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request):
    store = _store(request)
    latest, _ = page_events(store, limit=10)
    recent, _ = page_articles(store, limit=8)
    overdue = commitment_rows(store, status="overdue", stale_days=request.app.state.settings.stale_days)[:6]
    since = last_visit(request)
    new_total, new = articles_since(store, since) if since else (0, [])
    response = render(request, "dashboard.html", {"counts": counts(store), "events": latest, "articles": recent,
                                                  "overdue": overdue, "since": since, "new_total": new_total,
                                                  "new": new})
    remember_visit(response)
    return response


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, cursor: str | None = Query(None, max_length=512),
                  sector: str | None = Query(None, max_length=32), lang_of: str | None = Query(None, max_length=8)):
    items, nxt = page_articles(_store(request), limit=50, cursor=decode(cursor), sector=sector or None,
                               lang=lang_of or None)
    return render(request, "articles.html", {"items": items, "next": encode(nxt), "sector": sector,
                                             "sectors": SECTORS})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    article = get_article(_store(request), article_id)
    text = article["text"]
    cut, unplaced = pieces(text, article["events"], article["mentions"], start=body_start(text))
    by_type = {t: [e for e in article["events"] if e["type"] == t] for t in EVENT_TYPES}
    return render(request, "article.html", {"a": article, "pieces": cut, "unplaced": unplaced, "by_type": by_type,
                                            "fields": FIELDS, "stages": COMMITMENT_STAGES})


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, cursor: str | None = Query(None, max_length=512),
                q: str | None = Query(None, max_length=200), type: str | None = Query(None, max_length=3),
                country: str | None = Query(None, max_length=2)):
    items, nxt = page_actors(_store(request), limit=50, cursor=decode(cursor), query=q or None, type=type or None,
                             country=country or None)
    return render(request, "actors.html", {"items": items, "next": encode(nxt), "q": q or "", "type": type or "",
                                           "country": country or "", "countries": _countries(_store(request))})


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: RowId):
    store = _store(request)
    actor = get_actor(store, actor_id)
    evs, nxt = page_events(store, limit=100, actor=str(actor_id))
    mine = commitment_rows(store, ids=actor["commitment_ids"], stale_days=request.app.state.settings.stale_days) \
        if actor["commitment_ids"] else []
    return render(request, "actor.html", {"a": actor, "events": evs, "more": nxt is not None, "commitments": mine})


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: RowId):
    ev = get_event(_store(request), event_id)
    return render(request, "event.html", {"e": ev, "fields": FIELDS, "sectors": SECTORS})


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, a: str | None = Query(None, max_length=2), b: str | None = Query(None, max_length=2),
                  type: str | None = Query(None, max_length=16), sector: str | None = Query(None, max_length=32),
                  actor: str | None = Query(None, max_length=200), since: str | None = Query(None, max_length=10),
                  until: str | None = Query(None, max_length=10), cursor: str | None = Query(None, max_length=512)):
    store = _store(request)
    pair = f"{a}-{b}" if a and b else None
    country = (a or b) if bool(a) != bool(b) else None
    items, nxt = page_events(store, limit=100, cursor=decode(cursor), oldest_first=True, pair=pair, country=country,
                             type=type or None, sector=sector or None, actor=actor or None, since=since or None,
                             until=until or None)
    months: list[tuple[str, list]] = []
    for ev in items:
        month = (ev["date"] or "—")[:7]
        if not months or months[-1][0] != month:
            months.append((month, []))
        months[-1][1].append(ev)
    return render(request, "timeline.html", {
        "months": months, "next": encode(nxt), "countries": _countries(store), "sectors": SECTORS,
        "types": EVENT_TYPES, "f": {"a": a or "", "b": b or "", "type": type or "", "sector": sector or "",
                                    "actor": actor or "", "since": since or "", "until": until or ""}})


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, country: str | None = Query(None, max_length=2),
                 limit: int = Query(60, ge=2, le=300), groups: bool = Query(False),
                 types: list[str] = Query(["PER", "ORG"])):
    """The page holds the filters and an empty box: network.js asks /api/network for the graph,
    lays it out (Cytoscape.js, force-directed) and filters it in the browser."""
    return render(request, "network.html", {"country": country or "", "limit": limit, "groups": groups,
                                            "types": [t for t in ACTOR_TYPES if t in {x.upper() for x in types[:8]}],
                                            "countries": _countries(_store(request))})


@router.get("/commitments", response_class=HTMLResponse)
def commitments_page(request: Request, status: str | None = Query(None, max_length=16),
                     kind: str | None = Query(None, max_length=16), sector: str | None = Query(None, max_length=32),
                     country: str | None = Query(None, max_length=2), as_of: str | None = Query(None, max_length=10),
                     stale_days: int | None = Query(None, ge=1, le=10000)):
    store = _store(request)
    rows = commitment_rows(store, status=status or None, kind=kind or None, sector=sector or None,
                           country=country or None, as_of=as_of or None,
                           stale_days=stale_days or request.app.state.settings.stale_days)
    return render(request, "commitments.html", {
        "columns": board(rows), "n": len(rows), "countries": _countries(store), "sectors": SECTORS,
        "f": {"status": status or "", "kind": kind or "", "sector": sector or "", "country": country or "",
              "as_of": as_of or ""}})


@router.get("/commitments/{commitment_id}", response_class=HTMLResponse)
def commitment_page(request: Request, commitment_id: RowId, as_of: str | None = Query(None, max_length=10)):
    from ..store.commitment_review import review_flags
    from ..store.states import shown_name
    store = _store(request)
    c = get_commitment(store, commitment_id, as_of=as_of or None, stale_days=request.app.state.settings.stale_days)
    lang = choose(request.query_params.get("lang"), request.cookies.get(COOKIE), request.headers.get("accept-language"))
    c["actors"] = [{**a, "name": shown_name(a, lang)} for a in c.get("actors") or ()]
    return render(request, "commitment.html", {"c": c, "stages": COMMITMENT_STAGES, "flags": review_flags(store, c)})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str | None = Query(None, max_length=500)):
    results = search_articles(_store(request), q, limit=50) if q and q.strip() else None
    return render(request, "search.html", {"q": q or "", "results": results})


@open_router.get("/review", response_class=HTMLResponse)
def review_page(request: Request):
    try:
        reader(request)
    except ApiError:
        return render(request, "review.html", {"log": None})    # enter a token first
    with _store(request).connect() as conn:
        log = conn.execute(sa.select(audit_log).order_by(audit_log.c.id.desc()).limit(200)).all()
    return render(request, "review.html", {"log": [entry(r) for r in log]})
