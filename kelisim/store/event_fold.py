"""Folding one stored project into another when a later report shows they are one.

Reports of a project carry different anchors: one names the owner and no place, another the
place and no owner. Read in that order they stay apart (nothing to match on), until a third
report names both and fits each: then the two are one project, whichever order the articles
came in. The report joins the one that fits it best (events.py); every other project that fitted
it too is folded into that one if the two fit each other as well (project_match.score, the
merged project taken as a report), no article reports both (two projects of one article are
two projects) and it fits no third project (a campus of no stated city, when the owner has
campuses in two, stays apart). Ties are left alone, as in matching.

Folding moves the sources, participants and commitment stages to the project kept and deletes
the other's rows; the kept commitment's stage and dates are worked out again from all stages.
"""
from __future__ import annotations

import sqlalchemy as sa

from . import project_match
from .schema import event_participants, event_sources, events


def fold_fitting(conn: sa.Connection, merger, kept_id: int, others: list) -> list[int]:
    """Fold into project `kept_id` each of `others` (events.Candidate that fitted the report
    just stored) that fits it; returns the ids folded."""
    from .events import Report
    folded = []
    for other in others:
        kept = _candidate(conn, merger, kept_id)
        if kept is None or _share_an_article(conn, kept_id, other.id):
            continue
        as_report = Report(local_id="", type="project", date=other.date, modality=other.modality,
                           location=other.location, roles={"owner": sorted(other.actors)} if other.actors else {},
                           attrs=other.attrs, codes={}, mode=None, evidence=[], agreement=other.agreement,
                           actors=set(other.actors))
        if project_match.score(merger.index, as_report, kept) is None or _fits_elsewhere(
                conn, merger, as_report, {kept_id, other.id}):
            continue
        merger._update(conn, kept, as_report)
        _move(conn, other.id, kept_id)
        folded.append(other.id)
    return folded


def _fits_elsewhere(conn: sa.Connection, merger, rep, besides: set[int]) -> bool:
    """Whether the project `rep` stands for fits a stored project other than `besides`: then
    the report that fitted it may have been another one's, and it is left where it is."""
    return any(project_match.score(merger.index, rep, c) is not None
               for c in merger._candidates(conn, rep, "") if c.id not in besides
               and (rep.modality == "negated") == (c.modality == "negated"))


def _candidate(conn: sa.Connection, merger, event_id: int):
    return next((c for c in merger._candidates_by_id(conn, "project", [event_id])), None)


def _share_an_article(conn: sa.Connection, a: int, b: int) -> bool:
    arts = sa.select(event_sources.c.article_id).where(event_sources.c.event_id == a)
    return conn.execute(sa.select(sa.func.count()).select_from(event_sources).where(
        event_sources.c.event_id == b, event_sources.c.article_id.in_(arts))).scalar() > 0


def _move(conn: sa.Connection, gone: int, kept: int) -> None:
    have = {tuple(r) for r in conn.execute(sa.select(event_participants.c.actor_id, event_participants.c.role)
                                           .where(event_participants.c.event_id == kept))}
    rows = [{"event_id": kept, "actor_id": r.actor_id, "role": r.role} for r in conn.execute(
        sa.select(event_participants).where(event_participants.c.event_id == gone))
        if (r.actor_id, r.role) not in have]
    conn.execute(event_participants.delete().where(event_participants.c.event_id == gone))
    if rows:
        conn.execute(event_participants.insert(), rows)
    conn.execute(event_sources.update().where(event_sources.c.event_id == gone).values(event_id=kept))
    from .commitments import fold_commitment     # commitments.py reads events.py, which reads this
    fold_commitment(conn, gone, kept)
    conn.execute(events.delete().where(events.c.id == gone))
