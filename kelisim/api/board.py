"""Commitments for the API and the board: the store's rules (commitments.py: the furthest stage
reached, status as of a date) with the analysts' stage and deadline corrections laid over, and
light enough to list every commitment on each request (no evidence until one is opened).
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from ..errors import StoreError
from ..store.commitment_review import backward_stages, duplicates_by_commitment
from ..store.commitments import DEFAULT_STALE_DAYS, STAGES, STATUSES, current_stage, deadline_date, status_of
from ..store.events import parse_date
from ..store.queries import actor_ids
from ..store.review import corrections, located, rejected_events
from ..store.schema import (actors, articles, commitment_stages, commitments, event_participants, event_sources,
                            events)
from ..store.web_queries import after_key, get_event, json_has


def _as_of(as_of) -> dt.date:
    if as_of in (None, ""):
        return dt.date.today()
    d = parse_date(as_of)
    if d is None:
        raise StoreError(f"as_of wants a date written YYYY-MM-DD, not {as_of!r}")
    return d


def commitment_rows(store, *, status=None, actor=None, country=None, sector=None, stage=None, kind=None,
                    as_of=None, stale_days: int = DEFAULT_STALE_DAYS, ids=None,
                    include_rejected: bool = False) -> list[dict]:
    """Every commitment known on `as_of` that passes the filters, newest news first."""
    if status and status not in STATUSES:
        raise StoreError(f"status is one of {', '.join(STATUSES)}, not {status!r}")
    if stage and stage not in STAGES:
        raise StoreError(f"stage is one of {', '.join(STAGES)}, not {stage!r}")
    as_of = _as_of(as_of)
    with store.connect() as conn:
        q = sa.select(commitments.c.id, commitments.c.event_id, commitments.c.kind, commitments.c.subtype,
                      commitments.c.label, commitments.c.deadline, commitments.c.deadline_date, commitments.c.sectors,
                      events.c.location_id).join(events, events.c.id == commitments.c.event_id)
        if kind:
            q = q.where(commitments.c.kind == kind)
        if ids is not None:
            q = q.where(commitments.c.id.in_(list(ids)))
        rows = conn.execute(q).all()
        history: dict[int, list] = {}
        known = sa.or_(commitment_stages.c.date.is_(None), commitment_stages.c.date <= as_of)
        of_these = commitment_stages.c.commitment_id.in_(list(ids)) if ids is not None else sa.true()
        for s in conn.execute(sa.select(commitment_stages.c.commitment_id, commitment_stages.c.stage,
                                        commitment_stages.c.date).where(known, of_these)):
            history.setdefault(s.commitment_id, []).append((s.stage, s.date))
        who: dict[int, list[dict]] = {}
        event_ids = [r.event_id for r in rows] if ids is not None else sa.select(commitments.c.event_id)
        for p in conn.execute(sa.select(event_participants.c.event_id, event_participants.c.role, actors.c.id,
                                        actors.c.name, actors.c.country).join(
                actors, actors.c.id == event_participants.c.actor_id).where(
                event_participants.c.event_id.in_(event_ids)).order_by(actors.c.id)):
            who.setdefault(p.event_id, []).append({"id": p.id, "name": p.name, "country": p.country, "role": p.role})
        places = {r.location_id for r in rows if r.location_id}
        place = dict(conn.execute(sa.select(actors.c.id, actors.c.name).where(actors.c.id.in_(places))).all()) \
            if places else {}
        place_country = dict(conn.execute(sa.select(actors.c.id, actors.c.country).where(
            actors.c.id.in_(places))).all()) if places else {}
        wanted = actor_ids(conn, actor) if actor else None
        review = located(conn, [r.event_id for r in rows] if ids is not None else None)
        duplicates = duplicates_by_commitment(conn)
    out = []
    for r in rows:
        known = history.get(r.id)
        if not known:
            continue        # nothing was known of it yet on as_of
        state = review.get(r.event_id) or {}
        if state.get("status") == "rejected" and not include_rejected:
            continue
        people = who.get(r.event_id, [])
        if wanted is not None and not ({p["id"] for p in people} | {r.location_id}) & wanted:
            continue
        if country and country.upper() not in ({p["country"] for p in people} | {place_country.get(r.location_id)}):
            continue
        fields = state.get("fields") or {}
        sectors = fields.get("sectors") or r.sectors or []
        if sector and sector not in sectors:
            continue
        now_stage = state.get("stage") or current_stage(known)
        if stage and now_stage != stage:
            continue
        deadline = fields["deadline"] if "deadline" in fields else r.deadline
        due = deadline_date(deadline) if "deadline" in fields else r.deadline_date
        dates = [d for _, d in known if d]
        last = max(dates, default=None)
        state_now = status_of(now_stage, due, last, as_of, stale_days)
        if status and state_now != status:
            continue
        out.append({
            "id": r.id, "event_id": r.event_id, "kind": r.kind, "subtype": fields.get("doc_type") or fields.get(
                "kind") or r.subtype, "label": fields.get("title") or fields.get("name") or r.label,
            "stage": now_stage, "status": state_now, "deadline": deadline, "deadline_date": _iso(due),
            "days_left": (due - as_of).days if due else None,
            "days_silent": (as_of - last).days if last else None, "sectors": sectors, "actors": people,
            "location": place.get(r.location_id), "first_seen": _iso(min(dates, default=None)),
            "last_seen": _iso(last), "n_reports": len(known),
            # for review (commitment_review.py): stages that go back in time, likely duplicates
            "flags": {"backward": len(backward_stages([{"stage": s, "date": _iso(d)} for s, d in known])),
                      "duplicates": duplicates.get(r.id, [])},
            "review": {"status": state.get("status"), "stage": state.get("stage"), "by": state.get("by"),
                       "at": state.get("at")} if state else None})
    out.sort(key=lambda c: (c["last_seen"] or "", c["id"]), reverse=True)
    return out


def page_commitments(store, *, limit: int = 50, cursor=None, status=None, stage=None, kind=None, actor=None,
                     country=None, sector=None, as_of=None, stale_days: int = DEFAULT_STALE_DAYS,
                     include_rejected: bool = False) -> tuple[list, list | None]:
    """A page of commitments, newest news first. As of today (or any day after the latest news)
    the stored stage and dates are current, so the filters and the status run in SQL and only
    the page is described; an earlier `as_of` replays the history of every commitment."""
    filters = dict(status=status, stage=stage, kind=kind, actor=actor, country=country, sector=sector,
                   as_of=as_of, stale_days=stale_days, include_rejected=include_rejected)
    day = _as_of(as_of)
    with store.connect() as conn:
        newest = conn.execute(sa.select(sa.func.max(commitment_stages.c.date))).scalar()
        if newest is not None and newest > day:
            return _page_in_python(commitment_rows(store, **filters), limit, cursor)
        if status and status not in STATUSES:
            raise StoreError(f"status is one of {', '.join(STATUSES)}, not {status!r}")
        if stage and stage not in STAGES:
            raise StoreError(f"stage is one of {', '.join(STAGES)}, not {stage!r}")
        now_stage = sa.func.coalesce(corrected_stage(), commitments.c.stage)
        state = sa.case(
            (now_stage.in_(("completed", "cancelled")), now_stage),
            (commitments.c.deadline_date < day, "overdue"),
            (commitments.c.last_seen < day - dt.timedelta(days=stale_days), "stale"),
            else_="open")
        q = sa.select(commitments.c.id, commitments.c.last_seen).join(events, events.c.id == commitments.c.event_id)
        if kind:
            q = q.where(commitments.c.kind == kind)
        if stage:
            q = q.where(now_stage == stage)
        if status:
            q = q.where(state == status)
        if sector:
            q = q.where(json_has(conn, commitments.c.sectors, sector))
        if actor:
            who = actor_ids(conn, actor)
            q = q.where(sa.or_(commitments.c.event_id.in_(sa.select(event_participants.c.event_id).where(
                event_participants.c.actor_id.in_(who))), events.c.location_id.in_(who)))
        if country:
            of_state = sa.select(actors.c.id).where(actors.c.country == country.upper())
            q = q.where(sa.or_(commitments.c.event_id.in_(sa.select(event_participants.c.event_id).where(
                event_participants.c.actor_id.in_(of_state))), events.c.location_id.in_(of_state)))
        if not include_rejected:
            q = q.where(commitments.c.event_id.not_in(rejected_events()))
        if cursor is not None:
            try:
                last = dt.date.fromisoformat(cursor[0]) if cursor[0] else None
                q = q.where(after_key(commitments.c.last_seen, commitments.c.id, (last, int(cursor[1])), True))
            except (TypeError, ValueError, IndexError):
                raise StoreError("that cursor is not one this server gave; start again without it") from None
        found = conn.execute(q.order_by(commitments.c.last_seen.desc().nulls_last(), commitments.c.id.desc())
                             .limit(limit + 1)).all()
    more, found = len(found) > limit, found[:limit]
    described = {c["id"]: c for c in commitment_rows(store, ids=[r.id for r in found], as_of=day,
                                                     stale_days=stale_days, include_rejected=True)}
    page = [described[r.id] for r in found if r.id in described]
    return page, ([page[-1]["last_seen"], page[-1]["id"]] if more and page else None)


def corrected_stage():
    """SQL: the stage an analyst set for the commitment's event, if any (the latest)."""
    return (sa.select(corrections.c.stage).join(event_sources, sa.and_(
        event_sources.c.article_id == corrections.c.article_id, event_sources.c.local_id == corrections.c.local_id))
        .where(event_sources.c.event_id == commitments.c.event_id, corrections.c.stage.is_not(None))
        .order_by(corrections.c.updated_at.desc()).limit(1).scalar_subquery())


def _page_in_python(rows: list[dict], limit: int, cursor) -> tuple[list, list | None]:
    if cursor is not None:
        try:
            last, last_id = (cursor[0] or ""), int(cursor[1])
        except (TypeError, ValueError, IndexError):
            raise StoreError("that cursor is not one this server gave; start again without it") from None
        rows = [c for c in rows if ((c["last_seen"] or ""), c["id"]) < (last, last_id)]
    page = rows[:limit]
    return page, ([page[-1]["last_seen"], page[-1]["id"]] if len(rows) > limit else None)


def get_commitment(store, commitment_id: int, as_of=None, stale_days: int = DEFAULT_STALE_DAYS) -> dict:
    """One commitment with every report of it (stage, date, article, evidence) and its event."""
    rows = commitment_rows(store, ids=[commitment_id], as_of=as_of, stale_days=stale_days, include_rejected=True)
    if not rows:
        with store.connect() as conn:
            exists = conn.execute(sa.select(commitments.c.id).where(commitments.c.id == commitment_id)).first()
        if exists is None:
            raise LookupError(f"there is no commitment {commitment_id}")
        raise LookupError(f"commitment {commitment_id} was not known yet on {_as_of(as_of)}")
    c = rows[0]
    with store.connect() as conn:
        c["stages"] = [{"stage": s.stage, "date": _iso(s.date), "article_id": s.article_id, "title": s.title,
                        "source": s.source, "evidence": s.evidence or []}
                       for s in conn.execute(sa.select(commitment_stages, articles.c.title, articles.c.source).join(
                           articles, articles.c.id == commitment_stages.c.article_id).where(
                           commitment_stages.c.commitment_id == commitment_id).order_by(
                           commitment_stages.c.date, commitment_stages.c.id))]
    c["event"] = get_event(store, c["event_id"])
    return c


_URGENCY = {"overdue": 0, "stale": 1, "open": 2}


def board(rows: list[dict], per_column: int = 200) -> list[dict]:
    """Commitments in columns by stage (the board's layout); in each column the overdue first,
    then the stale, then the nearest deadline, then the newest news."""
    def urgency(c: dict) -> tuple:
        return (_URGENCY.get(c["status"], 3), c["days_left"] if c["days_left"] is not None else 10 ** 6,
                -int((c["last_seen"] or "0000-00-00").replace("-", "")))
    ordered = sorted(rows, key=urgency)
    return [{"stage": s, "items": [c for c in ordered if c["stage"] == s][:per_column],
             "n": sum(c["stage"] == s for c in rows)} for s in STAGES]


def _iso(d) -> str | None:
    return d.isoformat() if d else None
