"""Analysts' review: API tokens, corrections of extracted facts, and the audit log (what
may be corrected, and how a value is checked, is in review_fields.py).

A correction belongs to the event an analyst looked at, remembered by one of that event's
reports (`article_id`, `local_id`: the record's event id) rather than by the event's id: ids are
given afresh by `ingest --rebuild` and by actor merges, while a report stays with whatever event
it ends up in. It also keeps the report's type and first evidence span, so that when an article
is re-extracted and its events are numbered differently, `reanchor` finds the same report again
by where its evidence lies in the text.

A correction holds the current state of the review (status confirmed | rejected, corrected
fields, a commitment's stage); its history is in `audit_log` (who: the API token's name, when,
what, before and after). `apply_corrections` writes corrected fields into `events` and
`commitments` so that every reader (CLI, exports, Datasette) sees them; readers in kelisim.api
also lay them over what they read (`overlay_event`, `overlay_commitment`), so a rebuild that has
not re-applied them yet shows the analyst's values all the same.

The tables join schema.metadata (schema.py imports this module), so the migration test sees them.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, String, Table, Text

from ..errors import StoreError
from .review_fields import COMMITMENT_STAGES, STATUSES, clean_fields
from .schema import CODE, ID, articles, commitments, event_sources, events, metadata

api_tokens = Table(
    "api_tokens", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, index=True),
    Column("hash", String(64), nullable=False, unique=True),    # sha256 of the token; the token is shown once
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_used_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
)

corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", ID, ForeignKey("articles.id"), nullable=False),
    Column("local_id", CODE, nullable=False),          # the report's event id in that article's record
    Column("event_type", CODE, nullable=False),        # meeting | statement | agreement | project
    Column("evidence_start", Integer),                 # the report's first evidence span, to find it again
    Column("evidence_end", Integer),
    Column("status", CODE),                            # confirmed | rejected | null (not judged)
    Column("fields", JSON),                            # corrected fields: {"date": ..., "title": ...}
    Column("stage", CODE),                             # a commitment's stage set by an analyst
    Column("note", Text),
    Column("updated_by", String(64), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("article_id", "local_id"),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("who", String(64), nullable=False),         # the API token's name (or "cli")
    Column("action", String(32), nullable=False),      # event.confirm, event.reject, event.correct, ...
    Column("target", Text, nullable=False),            # what was changed: "event 12", "actor Астана"
    Column("detail", JSON),                            # before / after / note
)

# Indexes the API's paged listings need (newest first, with a tie-breaker). They belong to the
# store's tables but are made by migration 0002, so they are declared with it, here.
sa.Index("ix_events_date_id", events.c.date, events.c.id)
sa.Index("ix_articles_date_id", articles.c.date, articles.c.id)
sa.Index("ix_commitments_last_seen_id", commitments.c.last_seen, commitments.c.id)

# Corrected fields that are columns of `events`; the others are kept in its attrs.
_COLUMNS = ("date", "modality", "mode")


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def audit(conn: sa.Connection, who: str, action: str, target: str, **detail) -> None:
    conn.execute(audit_log.insert().values(at=now(), who=who, action=action, target=target,
                                           detail={k: v for k, v in detail.items() if v is not None}))


# -- finding an event's reports ------------------------------------------------------------

def anchor_of(conn: sa.Connection, event_id: int) -> sa.Row:
    """The report a correction of `event_id` is remembered by: its first source."""
    row = conn.execute(sa.select(event_sources.c.article_id, event_sources.c.local_id, event_sources.c.evidence,
                                 events.c.type).join(events, events.c.id == event_sources.c.event_id).where(
        event_sources.c.event_id == event_id).order_by(event_sources.c.id).limit(1)).first()
    if row is None:
        raise StoreError(f"there is no event {event_id}; GET /api/events lists them")
    return row


def _span(evidence) -> tuple[int | None, int | None]:
    for ev in evidence or ():
        if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
            return ev["start"], ev["end"]
    return None, None


def corrections_of(conn: sa.Connection, event_id: int) -> list[sa.Row]:
    """Every correction that applies to the event now (one per report an analyst reviewed)."""
    return conn.execute(sa.select(corrections).join(event_sources, sa.and_(
        event_sources.c.article_id == corrections.c.article_id,
        event_sources.c.local_id == corrections.c.local_id)).where(
        event_sources.c.event_id == event_id).order_by(corrections.c.updated_at, corrections.c.id)).all()


def located(conn: sa.Connection, event_ids: list[int] | None = None) -> dict[int, dict]:
    """The review state per event id: {status, fields, stage, by, at, note}, merged from the
    corrections of its reports (later ones win)."""
    q = sa.select(corrections, event_sources.c.event_id).join(event_sources, sa.and_(
        event_sources.c.article_id == corrections.c.article_id,
        event_sources.c.local_id == corrections.c.local_id))
    if event_ids is not None:
        if not event_ids:
            return {}
        q = q.where(event_sources.c.event_id.in_(event_ids))
    out: dict[int, dict] = {}
    for c in conn.execute(q.order_by(corrections.c.updated_at, corrections.c.id)):
        state = out.setdefault(c.event_id, {"status": None, "fields": {}, "stage": None})
        if c.status:
            state["status"] = c.status
        state["fields"].update(c.fields or {})
        if c.stage:
            state["stage"] = c.stage
        state.update(by=c.updated_by, at=c.updated_at.isoformat() if c.updated_at else None, note=c.note)
    return out


def rejected_events() -> sa.Select:
    """Ids of the events an analyst rejected (a subquery for listings)."""
    return sa.select(event_sources.c.event_id).join(corrections, sa.and_(
        event_sources.c.article_id == corrections.c.article_id,
        event_sources.c.local_id == corrections.c.local_id)).where(corrections.c.status == "rejected")


# -- writing a review -------------------------------------------------------------------------

def review_event(conn: sa.Connection, event_id: int, who: str, *, status: str | None = None,
                 fields: dict | None = None, stage: str | None = None, note: str | None = None,
                 reopen: bool = False) -> dict:
    """Confirm, reject, reopen or correct an event (or set its commitment's stage); remembered
    by the event's first report, logged in the audit log, applied to the tables at once."""
    anchor = anchor_of(conn, event_id)
    if status is not None and status not in STATUSES:
        raise StoreError(f"status is one of {', '.join(STATUSES)}, not {status!r}")
    if stage is not None and stage not in COMMITMENT_STAGES:
        raise StoreError(f"stage is one of {', '.join(COMMITMENT_STAGES)}, not {stage!r}")
    fields = clean_fields(anchor.type, fields) if fields else {}
    before = _event_state(conn, event_id)
    row = conn.execute(sa.select(corrections).where(corrections.c.article_id == anchor.article_id,
                                                    corrections.c.local_id == anchor.local_id)).first()
    values = {"updated_by": who, "updated_at": now()}
    if note is not None:
        values["note"] = note
    if status is not None or reopen:
        values["status"] = status
    if fields:
        values["fields"] = {**((row.fields or {}) if row else {}), **fields}
    if stage is not None:
        values["stage"] = stage
    if row is None:
        start, end = _span(anchor.evidence)
        conn.execute(corrections.insert().values(article_id=anchor.article_id, local_id=anchor.local_id,
                                                 event_type=anchor.type, evidence_start=start,
                                                 evidence_end=end, **values))
    else:
        conn.execute(corrections.update().where(corrections.c.id == row.id).values(**values))
    action = ("commitment.stage" if stage is not None else "event.reopen" if reopen else
              {"confirmed": "event.confirm", "rejected": "event.reject"}.get(status or "", "event.correct"))
    apply_corrections(conn, [event_id])
    audit(conn, who, action, f"event {event_id}", before=before, after=_event_state(conn, event_id),
          note=note, report={"article_id": anchor.article_id, "local_id": anchor.local_id})
    return located(conn, [event_id]).get(event_id, {})


def _event_state(conn: sa.Connection, event_id: int) -> dict:
    row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
    stage = conn.execute(sa.select(commitments.c.stage).where(commitments.c.event_id == event_id)).scalar()
    state = located(conn, [event_id]).get(event_id, {})
    return {"date": row.date.isoformat() if row.date else None, "modality": row.modality, "mode": row.mode,
            "attrs": row.attrs or {}, "commitment_stage": stage, "review": state.get("status")}


def apply_corrections(conn: sa.Connection, event_ids: list[int] | None = None) -> int:
    """Write corrected fields into `events` (and a corrected deadline or stage into
    `commitments`); run after a correction and after a rebuild. Returns the events changed."""
    from .commitments import deadline_date
    n = 0
    for event_id, state in located(conn, event_ids).items():
        row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
        if row is None:
            continue
        change, attrs = {}, dict(row.attrs or {})
        for name, value in state["fields"].items():
            if name in _COLUMNS:
                value = dt.date.fromisoformat(value) if name == "date" and value else value
                if getattr(row, name) != value:
                    change[name] = value
            elif attrs.get(name) != value:
                attrs[name] = value
        if state["stage"] and row.type == "project" and attrs.get("stage") != state["stage"]:
            attrs["stage"] = state["stage"]
        if attrs != (row.attrs or {}):
            change["attrs"] = attrs
        if change:
            conn.execute(events.update().where(events.c.id == event_id).values(**change))
            n += 1
        commitment = {}
        if "deadline" in state["fields"]:
            commitment.update(deadline=state["fields"]["deadline"],
                              deadline_date=deadline_date(state["fields"]["deadline"]))
        label = state["fields"].get("title") or state["fields"].get("name")
        if label:
            commitment["label"] = label
        if state["stage"]:
            commitment["stage"] = state["stage"]
        if commitment:
            conn.execute(commitments.update().where(commitments.c.event_id == event_id).values(**commitment))
    return n


def reanchor(conn: sa.Connection) -> int:
    """Find again the reports of corrections whose (article, local id) no longer names a report
    of the same type, as after a re-extraction numbered the events differently: the report of
    that type in that article whose evidence overlaps the remembered span most. Returns how many
    moved."""
    orphans = conn.execute(sa.select(corrections).outerjoin(event_sources, sa.and_(
        event_sources.c.article_id == corrections.c.article_id,
        event_sources.c.local_id == corrections.c.local_id)).outerjoin(
        events, events.c.id == event_sources.c.event_id).where(
        sa.or_(event_sources.c.id.is_(None), events.c.type != corrections.c.event_type))).all()
    moved = 0
    for c in orphans:
        if c.evidence_start is None:
            continue
        taken = set(conn.execute(sa.select(corrections.c.local_id).where(
            corrections.c.article_id == c.article_id)).scalars())
        best, best_overlap = None, 0
        for s in conn.execute(sa.select(event_sources.c.local_id, event_sources.c.evidence).join(
                events, events.c.id == event_sources.c.event_id).where(
                event_sources.c.article_id == c.article_id, events.c.type == c.event_type)):
            start, end = _span(s.evidence)
            if start is None or s.local_id in taken:
                continue
            overlap = min(end, c.evidence_end) - max(start, c.evidence_start)
            if overlap > best_overlap:
                best, best_overlap = s.local_id, overlap
        if best is not None:
            conn.execute(corrections.update().where(corrections.c.id == c.id).values(local_id=best))
            moved += 1
    return moved


# -- reading with corrections laid over ----------------------------------------------------

def overlay_event(ev: dict, state: dict | None) -> dict:
    """An event dict (queries.list_events' shape) with the analyst's corrections laid over it
    and a `review` entry: {status, by, at, fields, note} or None."""
    if not state:
        ev["review"] = None
        return ev
    for name, value in state["fields"].items():
        if name in _COLUMNS:
            ev[name] = value
        else:
            ev["attrs"] = {**ev["attrs"], name: value}
    if state.get("stage") and ev.get("type") == "project":
        ev["attrs"] = {**ev["attrs"], "stage": state["stage"]}
    ev["review"] = {"status": state["status"], "fields": sorted(state["fields"]), "stage": state["stage"],
                    "by": state.get("by"), "at": state.get("at"), "note": state.get("note")}
    return ev
