"""Event queries the API and the web pages need beyond queries.py: every event filter in SQL,
keyset cursors, a page of events and one event, with analysts' corrections laid over them.

A page of 50 costs the same with 10 or 100,000 articles; rejected events are left out unless
asked for. Every function returns plain dicts; a cursor is the sort key of the last row
returned, or None on the last page. Articles and actors are in web_articles and web_actors,
which share the filters and cursors here.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from ..errors import StoreError
from .events import parse_date
from .queries import _describe, actor_ids
from .review import located, overlay_event, rejected_events
from .schema import actors, articles, commitments, event_participants, event_sources, events

EVENT_TYPES = ("meeting", "statement", "agreement", "project")


def _day(value, what: str) -> dt.date | None:
    if value in (None, ""):
        return None
    d = parse_date(value)
    if d is None or len(str(value)) != 10:
        raise StoreError(f"{what} wants a date written YYYY-MM-DD, not {value!r}")
    return d


def _country(code: str, what: str = "country") -> str:
    code = (code or "").strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise StoreError(f"{what} wants an ISO 3166-1 alpha-2 code such as KZ or GB, not {code!r}")
    return code


def pair_codes(pair: str) -> tuple[str, str]:
    """'KZ-GB', 'KZ,GB' or 'KZ GB' -> ('KZ', 'GB')."""
    parts = [p for p in (pair or "").replace(",", " ").replace("-", " ").split() if p]
    if len(parts) != 2:
        raise StoreError(f"pair wants two ISO codes such as KZ-GB, not {pair!r}")
    a, b = _country(parts[0], "pair"), _country(parts[1], "pair")
    if a == b:
        raise StoreError(f"pair wants two different states, not {a} twice")
    return a, b


def json_has(conn: sa.Connection, column, value: str, key: str | None = None):
    """SQL: the JSON list in `column` (or in its member `key`) holds the string `value`."""
    if conn.dialect.name == "sqlite":
        path = f"$.{key}" if key else "$"
        each = sa.func.json_each(column, path).table_valued("value")
        return sa.exists(sa.select(1).select_from(each).where(each.c.value == value))
    doc = sa.cast(column, sa.dialects.postgresql.JSONB)
    doc = doc[key] if key else doc
    return doc.op("?")(value)


def _involving(countries: list[str]):
    """Event ids with an actor (participant or place) of each of `countries`."""
    conds = []
    for code in countries:
        people = sa.select(event_participants.c.event_id).join(
            actors, actors.c.id == event_participants.c.actor_id).where(actors.c.country == code)
        place = sa.select(events.c.id).join(actors, actors.c.id == events.c.location_id).where(actors.c.country == code)
        conds.append(sa.or_(events.c.id.in_(people), events.c.id.in_(place)))
    return sa.and_(*conds)


def after_key(date_col, id_col, cursor, desc: bool):
    """Rows after `cursor` (date, id) in the order date (NULLs last), then id."""
    d, i = cursor
    before, beyond = (id_col < i, date_col < d) if desc else (id_col > i, date_col > d)
    if d is None:
        return sa.and_(date_col.is_(None), before)
    return sa.or_(beyond, sa.and_(date_col == d, before), date_col.is_(None))


def _order(date_col, id_col, desc: bool):
    return ((date_col.desc().nulls_last(), id_col.desc()) if desc else (date_col.asc().nulls_last(), id_col.asc()))


def _cursor_of(row_date, row_id):
    return [row_date.isoformat() if row_date else None, row_id]


def _parse_cursor(cursor) -> tuple | None:
    if cursor is None:
        return None
    try:
        d, i = cursor
        return (dt.date.fromisoformat(d) if d else None, i)
    except (TypeError, ValueError):
        raise StoreError("that cursor is not one this server gave; start again without it") from None


def event_conditions(conn: sa.Connection, *, type=None, actor=None, country=None, pair=None, sector=None,
                     stage=None, modality=None, since=None, until=None, article=None, min_sources=1,
                     include_rejected=False) -> list:
    conds = []
    if type:
        types = [t.strip() for t in str(type).split(",") if t.strip()]
        conds.append(events.c.type.in_(types))
    if since := _day(since, "since"):
        conds.append(events.c.date >= since)
    if until := _day(until, "until"):
        conds.append(events.c.date <= until)
    if modality:
        conds.append(events.c.modality == modality)
    if actor:
        who = actor_ids(conn, actor)
        conds.append(sa.or_(events.c.id.in_(sa.select(event_participants.c.event_id).where(
            event_participants.c.actor_id.in_(who))), events.c.location_id.in_(who)))
    codes = [_country(country)] if country else []
    if pair:
        codes += list(pair_codes(pair))
    if codes:
        conds.append(_involving(list(dict.fromkeys(codes))))
    if sector:
        in_article = sa.select(event_sources.c.event_id).join(
            articles, articles.c.id == event_sources.c.article_id).where(json_has(conn, articles.c.sectors, sector))
        conds.append(sa.or_(json_has(conn, events.c.attrs, sector, "sectors"), events.c.id.in_(in_article)))
    if stage:
        conds.append(events.c.id.in_(sa.select(commitments.c.event_id).where(commitments.c.stage == stage)))
    if article:
        conds.append(events.c.id.in_(sa.select(event_sources.c.event_id).where(event_sources.c.article_id == article)))
    if min_sources and min_sources > 1:
        conds.append(events.c.id.in_(sa.select(event_sources.c.event_id).group_by(
            event_sources.c.event_id).having(sa.func.count() >= min_sources)))
    if not include_rejected:
        conds.append(events.c.id.not_in(rejected_events()))
    return conds


def page_events(store, *, limit: int = 50, cursor=None, oldest_first: bool = False, **filters) -> tuple[list, list | None]:
    """A page of events (newest first, or oldest first for a timeline) with their participants,
    sources and review; and the cursor of the next page."""
    desc = not oldest_first
    with store.connect() as conn:
        q = sa.select(events).where(*event_conditions(conn, **filters))
        after = _parse_cursor(cursor)
        if after:
            q = q.where(after_key(events.c.date, events.c.id, after, desc))
        rows = conn.execute(q.order_by(*_order(events.c.date, events.c.id, desc)).limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        out = _with_review(conn, _describe(conn, rows))
    return out, (_cursor_of(rows[-1].date, rows[-1].id) if more else None)


def _with_review(conn: sa.Connection, evs: list[dict]) -> list[dict]:
    states = located(conn, [e["id"] for e in evs])
    return [overlay_event(e, states.get(e["id"])) for e in evs]


def get_event(store, event_id: int) -> dict:
    with store.connect() as conn:
        rows = conn.execute(sa.select(events).where(events.c.id == event_id)).all()
        if not rows:
            raise LookupError(f"there is no event {event_id}")
        ev = _with_review(conn, _describe(conn, rows))[0]
        c = conn.execute(sa.select(commitments.c.id).where(commitments.c.event_id == event_id)).scalar()
    ev["commitment_id"] = c
    return ev


def _iso(d) -> str | None:
    return d.isoformat() if d else None


__all__ = ["EVENT_TYPES", "page_events", "get_event", "pair_codes", "json_has", "after_key",
           "event_conditions"]
