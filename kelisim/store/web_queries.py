"""Queries the API and the web pages need beyond queries.py: listings a page at a time (keyset
cursors, every filter in SQL so a page of 50 costs the same with 10 or 100,000 articles), one
article with every fact and mention, one actor with roles and counterparts, and the counts a
dashboard shows. Analysts' corrections (review.py) are laid over every event returned, and
rejected events are left out unless asked for.

Every function returns plain dicts; a cursor is the sort key of the last row returned, or None
on the last page.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from ..errors import StoreError
from .events import parse_date
from .latin_names import latin_forms
from .queries import _describe, actor_ids
from .review import located, overlay_event, rejected_events
from .schema import (actor_aliases, actor_roles, actors, articles, commitments,
                     event_participants, event_sources, events, mentions)

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


# -- articles -------------------------------------------------------------------------------

def page_articles(store, *, limit: int = 50, cursor=None, lang=None, since=None, until=None, sector=None,
                  actor=None, country=None) -> tuple[list, list | None]:
    """A page of articles, newest first, without their text: id, date, title, source, counts."""
    with store.connect() as conn:
        q = sa.select(articles.c.id, articles.c.date, articles.c.title, articles.c.source, articles.c.lang,
                      articles.c.sectors, articles.c.near_duplicate_of)
        if lang:
            q = q.where(articles.c.lang == lang)
        if since := _day(since, "since"):
            q = q.where(articles.c.date >= since)
        if until := _day(until, "until"):
            q = q.where(articles.c.date <= until)
        if sector:
            q = q.where(json_has(conn, articles.c.sectors, sector))
        if actor or country:
            who = actor_ids(conn, actor) if actor else None
            m = sa.select(mentions.c.article_id)
            if who is not None:
                m = m.where(mentions.c.actor_id.in_(who))
            if country:
                m = m.join(actors, actors.c.id == mentions.c.actor_id).where(actors.c.country == _country(country))
            q = q.where(articles.c.id.in_(m))
        after = _parse_cursor(cursor)
        if after:
            q = q.where(after_key(articles.c.date, articles.c.id, after, True))
        rows = conn.execute(q.order_by(*_order(articles.c.date, articles.c.id, True)).limit(limit + 1)).all()
        more, rows = len(rows) > limit, rows[:limit]
        ids = [r.id for r in rows]
        n_events = dict(conn.execute(sa.select(event_sources.c.article_id, sa.func.count()).where(
            event_sources.c.article_id.in_(ids)).group_by(event_sources.c.article_id)).all()) if ids else {}
    out = [{"id": r.id, "date": _iso(r.date), "title": r.title, "source": r.source, "lang": r.lang,
            "sectors": r.sectors or [], "near_duplicate_of": r.near_duplicate_of, "n_events": n_events.get(r.id, 0)}
           for r in rows]
    return out, (_cursor_of(rows[-1].date, rows[-1].id) if more else None)


def get_article(store, article_id: str) -> dict:
    """An article with its text, record, events (with this article's evidence), mentions
    (resolved to actors) and reprints."""
    with store.connect() as conn:
        row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
        if row is None:
            raise LookupError(f"there is no article {article_id}")
        local = {s.event_id: s for s in conn.execute(sa.select(event_sources).where(
            event_sources.c.article_id == article_id).order_by(event_sources.c.id))}
        evs = _with_review(conn, _describe(conn, conn.execute(sa.select(events).where(
            events.c.id.in_(list(local)))).all())) if local else []
        found = conn.execute(sa.select(mentions.c.start, mentions.c.end, mentions.c.text, mentions.c.entity,
                                       actors.c.id, actors.c.name, actors.c.type, actors.c.country).join(
            actors, actors.c.id == mentions.c.actor_id).where(mentions.c.article_id == article_id).order_by(
            mentions.c.start)).all()
        reprints = conn.execute(sa.select(articles.c.id, articles.c.source, articles.c.date).where(
            articles.c.near_duplicate_of == article_id).order_by(articles.c.id)).all()
        commitment_of = dict(conn.execute(sa.select(commitments.c.event_id, commitments.c.id).where(
            commitments.c.event_id.in_(list(local)))).all()) if local else {}
    for ev in evs:
        s = local[ev["id"]]
        ev.update(local_id=s.local_id, evidence=s.evidence or [], local_modality=s.modality,
                  commitment_id=commitment_of.get(ev["id"]))
    evs.sort(key=lambda e: local[e["id"]].id)
    actors_seen: dict[int, dict] = {}
    for m in found:
        a = actors_seen.setdefault(m.id, {"id": m.id, "name": m.name, "type": m.type, "country": m.country,
                                          "n_mentions": 0})
        a["n_mentions"] += 1
    return {"id": row.id, "source": row.source, "lang": row.lang, "date": _iso(row.date), "title": row.title,
            "text": row.text, "sectors": row.sectors or [], "near_duplicate_of": row.near_duplicate_of,
            "similarity": row.similarity, "record": row.record, "events": evs,
            "mentions": [{"start": m.start, "end": m.end, "text": m.text, "entity": m.entity, "actor_id": m.id}
                         for m in found],
            "actors": sorted(actors_seen.values(), key=lambda a: -a["n_mentions"]),
            "reprints": [{"id": r.id, "source": r.source, "date": _iso(r.date)} for r in reprints]}


# -- actors ---------------------------------------------------------------------------------

def page_actors(store, *, limit: int = 50, cursor=None, type=None, country=None, query=None) -> tuple[list, list | None]:
    """A page of actors, the most mentioned first."""
    with store.connect() as conn:
        counted = sa.select(mentions.c.actor_id, sa.func.count().label("n")).group_by(mentions.c.actor_id).subquery()
        n = sa.func.coalesce(counted.c.n, 0)
        q = sa.select(actors, n.label("n_mentions")).outerjoin(counted, counted.c.actor_id == actors.c.id)
        if type:
            q = q.where(actors.c.type == type.upper())
        if country:
            q = q.where(actors.c.country == _country(country))
        if query:
            q = q.where(actors.c.id.in_(actor_ids(conn, query)))
        if cursor is not None:
            try:
                last_n, last_id = int(cursor[0]), int(cursor[1])
            except (TypeError, ValueError, IndexError):
                raise StoreError("that cursor is not one this server gave; start again without it") from None
            q = q.where(sa.or_(n < last_n, sa.and_(n == last_n, actors.c.id > last_id)))
        rows = conn.execute(q.order_by(n.desc(), actors.c.id).limit(limit + 1)).all()
        more, rows = len(rows) > limit, rows[:limit]
        ids = [r.id for r in rows]
        n_events = dict(conn.execute(sa.select(event_participants.c.actor_id, sa.func.count(
            sa.distinct(event_participants.c.event_id))).where(event_participants.c.actor_id.in_(ids)).group_by(
            event_participants.c.actor_id)).all()) if ids else {}
        latest = _latest_roles(conn, ids)
        latin = latin_forms(conn, rows)
    out = [{"id": r.id, "type": r.type, "name": r.name, "name_latin": latin[r.id], "country": r.country,
            "n_mentions": r.n_mentions, "n_events": n_events.get(r.id, 0), "role": latest.get(r.id)} for r in rows]
    return out, ([rows[-1].n_mentions, rows[-1].id] if more else None)


def _latest_roles(conn: sa.Connection, ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    if ids:
        for r in conn.execute(sa.select(actor_roles.c.actor_id, actor_roles.c.title).where(
                actor_roles.c.actor_id.in_(ids)).order_by(actor_roles.c.date.asc().nulls_first(), actor_roles.c.id)):
            out[r.actor_id] = r.title
    return out


def get_actor(store, actor_id: int, counterparts: int = 20) -> dict:
    """An actor with its names, roles over time, counterparts (actors it shares events with,
    most shared first) and the ids of its commitments."""
    with store.connect() as conn:
        row = conn.execute(sa.select(actors).where(actors.c.id == actor_id)).first()
        if row is None:
            raise LookupError(f"there is no actor {actor_id}")
        names = conn.execute(sa.select(actor_aliases.c.name, actor_aliases.c.lang).where(
            actor_aliases.c.actor_id == actor_id).order_by(actor_aliases.c.id)).all()
        org = actors.alias("org")
        roles = conn.execute(sa.select(actor_roles.c.title, actor_roles.c.date, actor_roles.c.article_id,
                                       org.c.id.label("org_id"), org.c.name.label("org")).outerjoin(
            org, org.c.id == actor_roles.c.org_id).where(actor_roles.c.actor_id == actor_id).order_by(
            actor_roles.c.date.asc().nulls_first(), actor_roles.c.id)).all()
        mine = sa.select(event_participants.c.event_id).where(event_participants.c.actor_id == actor_id)
        mine = mine.where(event_participants.c.event_id.not_in(rejected_events()))
        other = event_participants.alias("other")
        shared = conn.execute(sa.select(actors.c.id, actors.c.name, actors.c.type, actors.c.country,
                                        sa.func.count(sa.distinct(other.c.event_id)).label("n")).join(
            other, other.c.actor_id == actors.c.id).where(other.c.event_id.in_(mine), actors.c.id != actor_id).group_by(
            actors.c.id, actors.c.name, actors.c.type, actors.c.country).order_by(
            sa.desc("n"), actors.c.id).limit(counterparts)).all()
        n_mentions, n_articles = conn.execute(sa.select(sa.func.count(), sa.func.count(sa.distinct(
            mentions.c.article_id))).where(mentions.c.actor_id == actor_id)).one()
        n_events = conn.execute(sa.select(sa.func.count(sa.distinct(event_participants.c.event_id))).where(
            event_participants.c.actor_id == actor_id)).scalar()
        commitment_ids = conn.execute(sa.select(commitments.c.id).join(events, events.c.id == commitments.c.event_id).where(
            sa.or_(commitments.c.event_id.in_(sa.select(event_participants.c.event_id).where(
                event_participants.c.actor_id == actor_id)), events.c.location_id == actor_id),
            commitments.c.event_id.not_in(rejected_events()))).scalars().all()
        latin = latin_forms(conn, [row])[row.id]
    return {"id": row.id, "type": row.type, "name": row.name, "name_latin": latin, "country": row.country,
            "aliases": list(dict.fromkeys(n.name for n in names if n.name != row.name)),
            "roles": [{"title": r.title, "date": _iso(r.date), "article_id": r.article_id, "org_id": r.org_id,
                       "org": r.org} for r in roles],
            "counterparts": [{"id": s.id, "name": s.name, "type": s.type, "country": s.country, "n_events": s.n}
                             for s in shared],
            "n_mentions": n_mentions, "n_articles": n_articles, "n_events": n_events,
            "commitment_ids": sorted(commitment_ids)}


def _iso(d) -> str | None:
    return d.isoformat() if d else None


__all__ = ["EVENT_TYPES", "page_events", "get_event", "page_articles", "get_article", "page_actors", "get_actor",
           "pair_codes", "json_has", "after_key", "event_conditions"]
