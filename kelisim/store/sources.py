"""News sources followed over time (`kelisim sources`, `kelisim watch`): their settings and
per-source state, and the article URLs already fetched, so a restarted watcher fetches each
article page once.

Plain functions over a store; the watcher (kelisim/watch/) and the CLI, API and pages call them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, Table, Text

from ..errors import InputError
from .schema import CODE, ID, metadata

KINDS = ("feed", "page", "sitemap")
DEFAULT_EVERY = 15 * 60

news_sources = Table(
    "news_sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("kind", CODE, nullable=False),                  # feed | page | sitemap
    Column("every_seconds", Integer, nullable=False),
    Column("lang", CODE),                                  # a hint; the language is still detected
    Column("paused", Boolean, nullable=False, default=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("last_poll", DateTime(timezone=True)),
    Column("next_poll", DateTime(timezone=True), index=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_status", Integer),                         # HTTP status of the last poll
    Column("last_error", Text),
    Column("n_polls", Integer, nullable=False, default=0),
    Column("n_errors", Integer, nullable=False, default=0),
    Column("n_found", Integer, nullable=False, default=0),   # article URLs discovered
    Column("n_articles", Integer, nullable=False, default=0),  # articles stored from it
)

fetched_urls = Table(
    "fetched_urls", metadata,
    Column("url", String(2048), primary_key=True),          # canonical URL (watch/urls.py)
    Column("source_id", Integer, ForeignKey("news_sources.id", ondelete="SET NULL"), index=True),
    Column("fetched_at", DateTime(timezone=True), nullable=False, index=True),
    Column("status", CODE, nullable=False),                  # stored | duplicate | skipped | failed
    Column("article_id", ID),
    Column("reason", Text),
)


@dataclass
class Source:
    id: int
    url: str
    kind: str
    every_seconds: int
    lang: str | None
    paused: bool
    added_at: dt.datetime
    last_poll: dt.datetime | None
    next_poll: dt.datetime | None
    etag: str | None
    last_modified: str | None
    last_status: int | None
    last_error: str | None
    n_polls: int
    n_errors: int
    n_found: int
    n_articles: int

    def as_json(self) -> dict:
        out = dict(self.__dict__)
        for key in ("added_at", "last_poll", "next_poll"):
            out[key] = out[key].isoformat() if out[key] else None
        return out


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    # SQLite hands back naive datetimes; everything stored here is UTC.
    return value.replace(tzinfo=dt.timezone.utc) if value is not None and value.tzinfo is None else value


def _source(row) -> Source:
    fields = dict(row._mapping)
    for key in ("added_at", "last_poll", "next_poll"):
        fields[key] = _aware(fields[key])
    return Source(**fields)


_EVERY = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str | int) -> int:
    """'15m', '2h', '90s', '1d' or a number of seconds; at least a minute (politeness)."""
    match = _EVERY.match(str(value).lower())
    if not match:
        raise InputError("--every", f"{value!r} is not an interval: write it as 90s, 15m, 2h or 1d")
    seconds = int(match.group(1)) * _UNIT[match.group(2)]
    if seconds < 60:
        raise InputError("--every", f"{value!r} is too often: poll a source at most once a minute")
    return seconds


def check_url(url: str) -> str:
    url = url.strip()
    if not re.match(r"^https?://[^/\s]+", url, re.IGNORECASE):
        raise InputError(url, "a source is an http:// or https:// URL")
    return url


def add_source(store, url: str, *, kind: str = "feed", every: str | int = DEFAULT_EVERY,
               lang: str | None = None) -> Source:
    """Add a source, or update the settings of one already there (same URL)."""
    url = check_url(url)
    if kind not in KINDS:
        raise InputError(url, f"unknown kind {kind!r}: give one of {', '.join(KINDS)}")
    values = {"kind": kind, "every_seconds": parse_every(every), "lang": lang}
    with store.write() as conn:
        row = conn.execute(sa.select(news_sources.c.id).where(news_sources.c.url == url)).first()
        if row is None:
            conn.execute(news_sources.insert().values(url=url, paused=False, added_at=now(), next_poll=now(),
                                                      n_polls=0, n_errors=0, n_found=0, n_articles=0, **values))
        else:
            conn.execute(news_sources.update().where(news_sources.c.id == row.id).values(**values))
    return get_source(store, url)


def get_source(store, ref: str | int) -> Source:
    """A source by id or URL; `InputError` naming `sources list` when there is none."""
    column = news_sources.c.id if str(ref).isdigit() else news_sources.c.url
    with store.connect() as conn:
        row = conn.execute(sa.select(news_sources).where(column == (int(ref) if str(ref).isdigit() else ref))).first()
    if row is None:
        raise InputError(str(ref), "no such source: `kelisim sources list` shows them")
    return _source(row)


def list_sources(store) -> list[Source]:
    with store.connect() as conn:
        return [_source(r) for r in conn.execute(sa.select(news_sources).order_by(news_sources.c.id))]


def remove_source(store, ref: str | int) -> Source:
    source = get_source(store, ref)
    with store.write() as conn:
        conn.execute(fetched_urls.update().where(fetched_urls.c.source_id == source.id).values(source_id=None))
        conn.execute(news_sources.delete().where(news_sources.c.id == source.id))
    return source


def set_paused(store, ref: str | int, paused: bool) -> Source:
    source = get_source(store, ref)
    with store.write() as conn:
        conn.execute(news_sources.update().where(news_sources.c.id == source.id).values(
            paused=paused, next_poll=None if paused else now()))
    return get_source(store, source.id)


def due_sources(store, at: dt.datetime | None = None) -> list[Source]:
    """Sources not paused whose next poll has come, the longest waiting first."""
    at = at or now()
    with store.connect() as conn:
        rows = conn.execute(sa.select(news_sources).where(
            news_sources.c.paused.is_(False),
            sa.or_(news_sources.c.next_poll.is_(None), news_sources.c.next_poll <= at))
            .order_by(news_sources.c.next_poll, news_sources.c.id)).all()
    return [_source(r) for r in rows]


def record_poll(store, source: Source, *, status: int | None, error: str | None = None,
                etag: str | None = None, last_modified: str | None = None, found: int = 0,
                stored: int = 0, delay: float | None = None) -> None:
    """What one poll of `source` found; the next poll is `every_seconds` later (or `delay`, a
    server's Retry-After)."""
    at = now()
    values = {"last_poll": at, "last_status": status, "last_error": error,
              "next_poll": at + dt.timedelta(seconds=max(delay or 0, source.every_seconds)),
              "n_polls": news_sources.c.n_polls + 1, "n_found": news_sources.c.n_found + found,
              "n_articles": news_sources.c.n_articles + stored}
    if error:
        values["n_errors"] = news_sources.c.n_errors + 1
    if etag is not None or last_modified is not None:
        values.update(etag=etag, last_modified=last_modified)
    with store.write() as conn:
        conn.execute(news_sources.update().where(news_sources.c.id == source.id).values(**values))


def unseen(store, urls: list[str]) -> list[str]:
    """The URLs among `urls` not fetched before, in their order, each once."""
    urls, out = list(dict.fromkeys(urls)), []
    with store.connect() as conn:
        for i in range(0, len(urls), 500):
            out += unseen_in(conn, urls[i:i + 500])
    return out


def mark_fetched(store, rows: list[dict]) -> None:
    """Remember fetched article URLs: dicts with url, source_id, status, article_id, reason."""
    if not rows:
        return
    at = now()
    with store.write() as conn:
        fresh = set(unseen_in(conn, [r["url"] for r in rows]))
        todo = [dict(r, fetched_at=at) for r in rows if r["url"] in fresh]
        if todo:
            conn.execute(fetched_urls.insert(), todo)


def unseen_in(conn: sa.Connection, urls: list[str]) -> list[str]:
    known = set(conn.execute(sa.select(fetched_urls.c.url).where(fetched_urls.c.url.in_(urls))).scalars())
    return [u for u in dict.fromkeys(urls) if u not in known]


def articles_since(store, since: dt.datetime, limit: int = 8) -> tuple[int, list[dict]]:
    """How many articles were stored after `since`, and the newest `limit` of them."""
    from .schema import articles
    newer = articles.c.ingested_at > since
    with store.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(articles).where(newer)).scalar() or 0
        rows = conn.execute(sa.select(articles.c.id, articles.c.title, articles.c.date, articles.c.lang)
                            .where(newer).order_by(articles.c.ingested_at.desc()).limit(limit)).all()
    return total, [dict(r._mapping) for r in rows]


def articles_per_day(store, source_id: int, days: int = 14) -> list[tuple[str, int]]:
    """(YYYY-MM-DD, articles stored) for the last `days` days of one source."""
    since = now() - dt.timedelta(days=days)
    with store.connect() as conn:
        rows = conn.execute(sa.select(fetched_urls.c.fetched_at).where(
            fetched_urls.c.source_id == source_id, fetched_urls.c.status == "stored",
            fetched_urls.c.fetched_at >= since)).scalars().all()
    counts: dict[str, int] = {}
    for at in rows:
        day = _aware(at).date().isoformat()
        counts[day] = counts.get(day, 0) + 1
    return sorted(counts.items())
