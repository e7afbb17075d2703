"""Reading the store: events with their sources, actors with their names and roles, timelines
between two states, and counts. Every function returns plain dicts (JSON-ready)."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from ..errors import StoreError
from .events import parse_date
from .schema import (actor_aliases, actor_overrides, actor_roles, actors, articles, commitments,
                     event_participants, event_sources, events, ingest_batches, ingest_log, mentions)


def actor_ids(conn: sa.Connection, ref: str) -> set[int]:
    """Actors a user means by `ref`: an id, an ISO country code (two capitals: every actor of
    that state), or a name in any script (by its cross-script key, or part of it)."""
    from .names import name_key
    ref = str(ref).strip()
    if ref.isdigit():
        return {int(ref)}
    if len(ref) == 2 and ref.isalpha() and ref.isupper():
        return set(conn.execute(sa.select(actors.c.id).where(actors.c.country == ref)).scalars())
    key = name_key(ref)
    conds = [actor_aliases.c.key == key, sa.func.lower(actor_aliases.c.name) == ref.lower()]
    if len(key) >= 4:
        conds.append(actor_aliases.c.key.like(f"%{key}%"))
    return set(conn.execute(sa.select(actor_aliases.c.actor_id).where(sa.or_(*conds))).scalars())


def _iso(d) -> str | None:
    return d.isoformat() if d else None


def _date(value, option: str) -> dt.date | None:
    if value is None:
        return None
    d = parse_date(value)
    if d is None:
        raise StoreError(f"{option} wants a date written YYYY-MM-DD, not {value!r}")
    return d


def list_events(store, type: str | None = None, actor: str | None = None, country: str | None = None,
                since=None, until=None, sector: str | None = None, min_sources: int = 1,
                limit: int | None = None, ids: list[int] | None = None, newest_first: bool = True) -> list[dict]:
    """Events, newest first; each lists its participants and its `sources` (article id, source,
    evidence, and any reprints of that article)."""
    since, until = _date(since, "--since"), _date(until, "--until")
    with store.connect() as conn:
        q = sa.select(events)
        if ids is not None:
            q = q.where(events.c.id.in_(ids))
        if type:
            q = q.where(events.c.type == type)
        if since:
            q = q.where(events.c.date >= since)
        if until:
            q = q.where(events.c.date <= until)
        if actor or country:
            who = actor_ids(conn, actor) if actor else set()
            if country:
                c_ids = set(conn.execute(sa.select(actors.c.id).where(actors.c.country == country.upper())).scalars())
                who = who & c_ids if actor else c_ids
            q = q.where(sa.or_(events.c.id.in_(sa.select(event_participants.c.event_id).where(
                event_participants.c.actor_id.in_(who))), events.c.location_id.in_(who)))
        if min_sources > 1:
            q = q.where(events.c.id.in_(sa.select(event_sources.c.event_id).group_by(
                event_sources.c.event_id).having(sa.func.count() >= min_sources)))
        order = (events.c.date.desc(), events.c.id.desc()) if newest_first else (events.c.date, events.c.id)
        rows = conn.execute(q.order_by(*order)).all()
        if sector:
            rows = [r for r in rows if sector in ((r.attrs or {}).get("sectors") or [])]
        rows = rows[:limit] if limit else rows
        return _describe(conn, rows)


def _describe(conn: sa.Connection, rows: list) -> list[dict]:
    ids = [r.id for r in rows]
    if not ids:
        return []
    people: dict[int, list[dict]] = {i: [] for i in ids}
    for chunk in _chunked(ids):
        for p in conn.execute(sa.select(event_participants.c.event_id, event_participants.c.role, actors.c.id,
                                        actors.c.name, actors.c.country, actors.c.type).join(
                actors, actors.c.id == event_participants.c.actor_id).where(
                event_participants.c.event_id.in_(chunk)).order_by(actors.c.id)):
            people[p.event_id].append({"id": p.id, "name": p.name, "country": p.country, "type": p.type,
                                       "role": p.role})
    sources: dict[int, list[dict]] = {i: [] for i in ids}
    src_ids = set()
    for chunk in _chunked(ids):
        for s in conn.execute(sa.select(event_sources, articles.c.source, articles.c.title, articles.c.lang).join(
                articles, articles.c.id == event_sources.c.article_id).where(
                event_sources.c.event_id.in_(chunk)).order_by(event_sources.c.date, event_sources.c.id)):
            sources[s.event_id].append({"article_id": s.article_id, "source": s.source, "title": s.title,
                                        "lang": s.lang, "date": _iso(s.date), "modality": s.modality,
                                        "evidence": s.evidence or [], "reprints": []})
            src_ids.add(s.article_id)
    reprints: dict[str, list[dict]] = {}
    for chunk in _chunked(sorted(src_ids)):
        for r in conn.execute(sa.select(articles.c.id, articles.c.source, articles.c.near_duplicate_of).where(
                articles.c.near_duplicate_of.in_(chunk)).order_by(articles.c.id)):
            reprints.setdefault(r.near_duplicate_of, []).append({"article_id": r.id, "source": r.source})
    places = {r.location_id for r in rows if r.location_id}
    place_names = dict(conn.execute(sa.select(actors.c.id, actors.c.name).where(
        actors.c.id.in_(places))).all()) if places else {}
    out = []
    for r in rows:
        for s in sources[r.id]:
            s["reprints"] = reprints.get(s["article_id"], [])
        ev = {"id": r.id, "type": r.type, "date": _iso(r.date), "modality": r.modality, "mode": r.mode,
              "location": place_names.get(r.location_id), "participants": people[r.id],
              "codes": r.codes or {}, "attrs": r.attrs or {}, "agreement_id": r.agreement_id,
              "n_sources": len(sources[r.id]), "sources": sources[r.id]}
        ev["label"] = event_label(ev)
        out.append(ev)
    return out


def event_label(ev: dict) -> str:
    """A line for a person: who met whom, who said what, what was signed or promised."""
    names = lambda role: ", ".join(p["name"] for p in ev["participants"] if p["role"] == role)  # noqa: E731
    attrs = ev["attrs"]
    if ev["type"] == "statement":
        text = (attrs.get("text") or "").replace("\n", " ")
        return f"{names('speaker')}: {text[:100]}" + ("…" if len(text) > 100 else "")
    if ev["type"] == "agreement":
        return f"{attrs.get('title') or attrs.get('doc_type') or 'agreement'} ({names('party')})"
    if ev["type"] == "project":
        what = attrs.get("name") or attrs.get("kind") or "project"
        return f"{what} ({names('owner') or '?'}" + (f", {ev['location']})" if ev.get("location") else ")")
    return " – ".join(p["name"] for p in ev["participants"]) or ev["type"]


def _chunked(seq, size: int = 500):
    seq = list(seq)
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def timeline(store, a: str, b: str, type: str | None = None) -> list[dict]:
    """Events, oldest first, with actors (or the place) of both states `a` and `b` (ISO codes)."""
    a, b = a.upper(), b.upper()
    if a == b:
        raise StoreError(f"--pair wants two different states, not {a} twice")
    with store.connect() as conn:
        involved = sa.union_all(
            sa.select(event_participants.c.event_id.label("event_id"), actors.c.country.label("country")).join(
                actors, actors.c.id == event_participants.c.actor_id),
            sa.select(events.c.id, actors.c.country).join(actors, actors.c.id == events.c.location_id),
        ).subquery()
        ids = conn.execute(sa.select(involved.c.event_id).where(involved.c.country.in_([a, b])).group_by(
            involved.c.event_id).having(sa.func.count(sa.distinct(involved.c.country)) == 2)).scalars().all()
    return list_events(store, type=type, ids=list(ids), newest_first=False)


def find_events(store, *, limit: int | None = None, oldest_first: bool = False, **filters) -> tuple[list[dict], int]:
    """Events matching `filters` (the API's: web_queries.event_conditions, rejected events left
    out unless asked for), newest first (oldest first for a timeline), at most `limit` of them;
    and how many match in all."""
    from .web_queries import event_conditions
    with store.connect() as conn:
        conds = event_conditions(conn, **filters)
        total = conn.execute(sa.select(sa.func.count()).select_from(events).where(*conds)).scalar()
        key = (events.c.date, events.c.id) if oldest_first else (events.c.date.desc(), events.c.id.desc())
        q = sa.select(events).where(*conds).order_by(*key)
        rows = conn.execute(q if limit is None else q.limit(limit)).all()
        return _describe(conn, rows), total


def _actor_filters(conn: sa.Connection, q, type: str | None, country: str | None, query: str | None):
    """`q` narrowed to actors of this type, state and name query, as list and count both read them."""
    if type:
        q = q.where(actors.c.type == type.upper())
    if country:
        q = q.where(actors.c.country == country.upper())
    if query:
        q = q.where(actors.c.id.in_(actor_ids(conn, query)))
    return q


def count_actors(store, type: str | None = None, country: str | None = None, query: str | None = None) -> int:
    """How many actors `list_actors` gives with these filters and no limit."""
    with store.connect() as conn:
        q = sa.select(sa.func.count()).select_from(actors)
        q = _actor_filters(conn, q, type, country, query)
        return conn.execute(q).scalar()


def list_actors(store, type: str | None = None, country: str | None = None, query: str | None = None,
                limit: int | None = None) -> list[dict]:
    """Actors, most mentioned first, with their aliases, roles (with the date reported) and counts."""
    with store.connect() as conn:
        n_mentions = sa.select(mentions.c.actor_id, sa.func.count().label("n"),
                               sa.func.count(sa.distinct(mentions.c.article_id)).label("n_articles")).group_by(
            mentions.c.actor_id).subquery()
        n_events = sa.select(event_participants.c.actor_id, sa.func.count(
            sa.distinct(event_participants.c.event_id)).label("n")).group_by(event_participants.c.actor_id).subquery()
        q = sa.select(actors, sa.func.coalesce(n_mentions.c.n, 0).label("n_mentions"),
                      sa.func.coalesce(n_mentions.c.n_articles, 0).label("n_articles"),
                      sa.func.coalesce(n_events.c.n, 0).label("n_events")).outerjoin(
            n_mentions, n_mentions.c.actor_id == actors.c.id).outerjoin(n_events, n_events.c.actor_id == actors.c.id)
        q = _actor_filters(conn, q, type, country, query)
        q = q.order_by(sa.desc("n_mentions"), actors.c.id)
        rows = conn.execute(q.limit(limit) if limit else q).all()
        ids = [r.id for r in rows]
        aliases: dict[int, list[str]] = {}
        roles: dict[int, list[dict]] = {}
        org = actors.alias("org")
        for chunk in _chunked(ids):
            for al in conn.execute(sa.select(actor_aliases.c.actor_id, actor_aliases.c.name).where(
                    actor_aliases.c.actor_id.in_(chunk)).order_by(actor_aliases.c.id)):
                aliases.setdefault(al.actor_id, []).append(al.name)
            for ro in conn.execute(sa.select(actor_roles, org.c.name.label("org")).outerjoin(
                    org, org.c.id == actor_roles.c.org_id).where(actor_roles.c.actor_id.in_(chunk)).order_by(
                    actor_roles.c.date, actor_roles.c.id)):
                roles.setdefault(ro.actor_id, []).append({"title": ro.title, "org": ro.org, "date": _iso(ro.date),
                                                          "article_id": ro.article_id})
    return [{"id": r.id, "type": r.type, "name": r.name, "name_latin": r.name_latin, "country": r.country,
             "key": r.key, "aliases": [a for a in aliases.get(r.id, []) if a != r.name], "roles": roles.get(r.id, []),
             "n_mentions": r.n_mentions, "n_articles": r.n_articles, "n_events": r.n_events} for r in rows]


def stats(store, as_of=None) -> dict:
    """What the store holds: articles, actors, events, commitments (by status as of `as_of`).
    Events an analyst rejected are not counted as events (listings leave them out too); their
    number is given apart."""
    from .commitments import list_commitments
    from .review import rejected_events
    with store.connect() as conn:
        kept = events.c.id.not_in(rejected_events())
        count = lambda t, *where: conn.execute(sa.select(sa.func.count()).select_from(t).where(*where)).scalar()  # noqa: E731
        grouped = lambda col: dict(conn.execute(sa.select(col, sa.func.count()).group_by(col).order_by(col)).all())  # noqa: E731
        first, last = conn.execute(sa.select(sa.func.min(articles.c.date), sa.func.max(articles.c.date))).one()
        per_event = sa.select(event_sources.c.event_id, sa.func.count().label("n")).group_by(
            event_sources.c.event_id).subquery()
        out = {
            "articles": count(articles),
            "near_duplicates": count(articles, articles.c.near_duplicate_of.is_not(None)),
            "languages": {k or "?": v for k, v in grouped(articles.c.lang).items()},
            "dates": {"first": _iso(first), "last": _iso(last)},
            "actors": grouped(actors.c.type),
            "events": dict(conn.execute(sa.select(events.c.type, sa.func.count()).where(kept).group_by(
                events.c.type).order_by(events.c.type)).all()),
            "rejected_events": count(events, events.c.id.in_(rejected_events())),
            "event_sources": count(event_sources),
            "events_with_several_sources": conn.execute(sa.select(sa.func.count()).select_from(per_event).where(
                per_event.c.n > 1)).scalar(),
            "commitments": count(commitments),
            "ingest": {k: v for k, v in grouped(ingest_log.c.status).items()},
            "batches": count(ingest_batches),
            "overrides": count(actor_overrides),
        }
    statuses: dict[str, int] = {}
    for c in list_commitments(store, as_of=as_of):
        statuses[c["status"]] = statuses.get(c["status"], 0) + 1
    out["commitments_by_status"] = statuses
    return out
