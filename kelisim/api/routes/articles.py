"""Articles: list, get one with its record and facts, post a new text to extract and store."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator

from ...read.article import Article
from ...store.dedup import content_hash
from ...store.ingest import ingest_records
from ...store.review import audit
from ...store.schema import articles
from ...store.web_articles import get_article, page_articles
from ..auth import reader, writer
from ..errors import ApiError
from ..paging import Page, page
from .common import store_of

router = APIRouter(tags=["articles"])


@router.get("/articles", dependencies=[Depends(reader)])
def list_articles(request: Request, p: Page = Depends(), lang: str | None = Query(None, max_length=8),
                  since: str | None = Query(None, max_length=10), until: str | None = Query(None, max_length=10),
                  sector: str | None = Query(None, max_length=32), actor: str | None = Query(None, max_length=200),
                  country: str | None = Query(None, max_length=2)) -> dict:
    """Articles, newest first, without their text."""
    items, nxt = page_articles(store_of(request), limit=p.limit, cursor=p.key, lang=lang, since=since,
                               until=until, sector=sector, actor=actor, country=country)
    return page(items, nxt)


@router.get("/articles/{article_id}", dependencies=[Depends(reader)])
def one_article(request: Request, article_id: str) -> dict:
    """An article: its text, its record (OUTPUT.md), its events with this article's evidence,
    its mentions resolved to actors, and its reprints."""
    return {"ok": True, **get_article(store_of(request), article_id)}


class ArticleIn(BaseModel):
    text: str = Field(..., min_length=1, description="The article's body; evidence offsets index into it.")
    title: str = Field("", max_length=1000)
    date: str | None = Field(None, description="YYYY-MM-DD, the publication date.")
    source: str = Field("", max_length=2000, description="Where it came from: a URL, a feed item id.")

    @field_validator("date")
    @classmethod
    def _date(cls, v):
        if v in (None, ""):
            return None
        try:
            return dt.date.fromisoformat(v).isoformat()
        except ValueError:
            raise ValueError("wants YYYY-MM-DD") from None


@router.post("/articles", status_code=201)
def post_article(request: Request, body: ArticleIn, who: str = Depends(writer)):
    """Extract a record from the text (kelisim's pipeline) and store it with the rest; an
    article already stored is not stored again (status `known`, `duplicate` or `near_duplicate`)."""
    settings, store = request.app.state.settings, store_of(request)
    text = body.text.replace("\r\n", "\n")
    if len(text) > settings.max_text_chars:
        raise ApiError(413, f"the text has {len(text)} characters; the limit is {settings.max_text_chars}")
    if not text.strip():
        raise ApiError(422, "the text is empty")
    article = Article(text=text, title=body.title.strip(), date=body.date, source=body.source or f"api:{who}")
    with store.connect() as conn:
        known = conn.execute(sa.select(articles.c.id).where(articles.c.id == article.id)).first()
    if known:
        return JSONResponse({"ok": True, "id": article.id, "status": "known", "url": f"/articles/{article.id}"})
    record = request.app.state.extract(article)
    report = ingest_records(store, [record], [article])
    status = ("stored" if report.stored and not report.near_duplicates else "near_duplicate"
              if report.near_duplicates else "duplicate" if report.duplicates else "known")
    with store.write() as conn:
        audit(conn, who, "article.create", f"article {article.id}", status=status, source=article.source)
        stored_id = conn.execute(sa.select(articles.c.id).where(sa.or_(
            articles.c.id == article.id, articles.c.content_hash == content_hash(text)))).scalar() or article.id
    answer = {"ok": True, "id": stored_id, "status": status, "url": f"/articles/{stored_id}",
              "events": len(record.get("events") or []), "record": record}
    return JSONResponse(answer, status_code=201 if status in ("stored", "near_duplicate") else 200)

