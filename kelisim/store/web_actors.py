"""The actors listing a page at a time, the most mentioned first, and one actor with its
names, roles, counterparts and commitments, for the API and the web pages."""
from __future__ import annotations

import sqlalchemy as sa

from ..errors import StoreError
from .latin_names import latin_forms
from .queries import actor_ids
from .review import rejected_events
from .schema import actor_aliases, actor_roles, actors, commitments, event_participants, events, mentions
from .web_queries import _country, _iso

__all__ = ["page_actors", "get_actor"]


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
