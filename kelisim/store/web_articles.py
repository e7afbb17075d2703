"""The articles listing a page at a time and one article with its events, evidence, mentions
and reprints, for the API and the web pages (the shared filters and cursors are web_queries')."""
from __future__ import annotations

import sqlalchemy as sa

from .queries import _describe, actor_ids
from .schema import actors, articles, commitments, event_sources, events, mentions
from .web_queries import _country, _cursor_of, _day, _iso, _order, _parse_cursor, _with_review, after_key, json_has

__all__ = ["page_articles", "get_article"]


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
