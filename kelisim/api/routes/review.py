"""Review: analysts confirm, reject or correct an event, set a commitment's stage, merge or
split actors. Every write needs a token (its name is who the audit log names), goes into the
audit log, and is remembered so that it holds after a rebuild (store/review.py)."""
from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from ...store.overrides import merge_actors, split_actor
from ...store.review import apply_corrections, audit, audit_log, reanchor, review_event
from ...store.schema import actors, commitments
from ..auth import reader, writer
from ..errors import ApiError, RowId
from ..paging import Page, page
from .common import store_of

router = APIRouter(tags=["review"])


class Note(BaseModel):
    note: str | None = Field(None, max_length=2000, description="Why: kept in the audit log.")


class Correction(Note):
    fields: dict = Field(..., description="Fields and their right values, e.g. {\"date\": \"2026-02-26\"}; "
                                          "which ones depends on the type (meeting: date, modality, mode; "
                                          "agreement: title, doc_type, deadline, sectors, ...).")


class StageIn(Note):
    stage: str = Field(..., description="announced, agreed, in_progress, completed or cancelled.")


class MergeIn(BaseModel):
    keep: str = Field(..., max_length=200, description="The actor kept: an id or a name.")
    other: str = Field(..., max_length=200, description="The actor merged into it: an id or a name.")


class SplitIn(BaseModel):
    names: list[str] = Field(..., min_length=1, max_length=50, description="Aliases to take out into an actor of their own.")


def _review(request: Request, event_id: int, who: str, **change) -> dict:
    with store_of(request).write() as conn:
        state = review_event(conn, event_id, who, **change)
    return {"ok": True, "event_id": event_id, "review": state}


@router.post("/events/{event_id}/confirm")
def confirm(request: Request, event_id: RowId, body: Note | None = None, who: str = Depends(writer)) -> dict:
    """Mark an event as checked and right."""
    return _review(request, event_id, who, status="confirmed", note=body.note if body else None)


@router.post("/events/{event_id}/reject")
def reject(request: Request, event_id: RowId, body: Note | None = None, who: str = Depends(writer)) -> dict:
    """Mark an event as wrongly extracted: it leaves the listings, the board and the graph
    (`include_rejected=true` shows it again)."""
    return _review(request, event_id, who, status="rejected", note=body.note if body else None)


@router.post("/events/{event_id}/reopen")
def reopen(request: Request, event_id: RowId, body: Note | None = None, who: str = Depends(writer)) -> dict:
    """Take back a confirmation or rejection (corrected fields stay)."""
    return _review(request, event_id, who, reopen=True, note=body.note if body else None)


@router.patch("/events/{event_id}")
def correct(request: Request, event_id: RowId, body: Correction, who: str = Depends(writer)) -> dict:
    """Correct an event's fields; the corrected values hold after a rebuild or re-extraction."""
    return _review(request, event_id, who, fields=body.fields, note=body.note)


@router.put("/commitments/{commitment_id}/stage")
def set_stage(request: Request, commitment_id: RowId, body: StageIn, who: str = Depends(writer)) -> dict:
    """Set a commitment's stage (an analyst knows it was completed, or dropped)."""
    store = store_of(request)
    with store.connect() as conn:
        event_id = conn.execute(sa.select(commitments.c.event_id).where(commitments.c.id == commitment_id)).scalar()
    if event_id is None:
        raise LookupError(f"there is no commitment {commitment_id}")
    answer = _review(request, event_id, who, stage=body.stage, note=body.note)
    return {**answer, "commitment_id": commitment_id}


def _after_rebuild(request: Request, who: str, action: str, target: str, **detail) -> None:
    with store_of(request).write() as conn:
        reanchor(conn)
        apply_corrections(conn)
        audit(conn, who, action, target, **detail)


def _name(store, ref: str) -> str:
    with store.connect() as conn:
        if str(ref).isdigit():
            name = conn.execute(sa.select(actors.c.name).where(actors.c.id == int(ref))).scalar()
            return f"{ref} {name}" if name else str(ref)
    return str(ref)


@router.post("/actors/merge")
def merge(request: Request, body: MergeIn, who: str = Depends(writer)) -> dict:
    """Merge actor `other` into `keep` (remembered; the events are derived again, so ids change)."""
    store = store_of(request)
    keep, other = _name(store, body.keep), _name(store, body.other)
    actor_id = merge_actors(store, body.keep, body.other)
    _after_rebuild(request, who, "actor.merge", f"actor {keep}", merged=other, now=actor_id)
    return {"ok": True, "actor_id": actor_id, "url": f"/actors/{actor_id}"}


@router.post("/actors/{actor_id}/split")
def split(request: Request, actor_id: RowId, body: SplitIn, who: str = Depends(writer)) -> dict:
    """Take names out of an actor into one of their own (remembered; events derived again)."""
    store = store_of(request)
    name = _name(store, str(actor_id))
    split_actor(store, actor_id, body.names)
    _after_rebuild(request, who, "actor.split", f"actor {name}", names=body.names)
    return {"ok": True}


@router.get("/audit", dependencies=[Depends(reader)])
def audit_entries(request: Request, p: Page = Depends()) -> dict:
    """The audit log, newest first: who (token name), when, what, before and after."""
    with store_of(request).connect() as conn:
        q = sa.select(audit_log).order_by(audit_log.c.id.desc()).limit(p.limit + 1)
        if p.key is not None:
            if not isinstance(p.key, int):
                raise ApiError(400, "that cursor is not one this server gave; start again without ?cursor")
            q = q.where(audit_log.c.id < p.key)
        rows = conn.execute(q).all()
    items = [{"id": r.id, "at": r.at.isoformat(timespec="seconds"), "who": r.who, "action": r.action,
              "target": r.target, "detail": r.detail or {}} for r in rows[:p.limit]]
    return page(items, rows[p.limit - 1].id if len(rows) > p.limit else None)
