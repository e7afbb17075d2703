"""What an analyst should look at in a commitment's history:
- a stage that jumps backwards: a report, dated after one that said "completed", that says
  "announced" (a recap misread, or a second phase merged into the first);
- a likely duplicate: another commitment of the same kind and subtype, sharing an owner or
  party that is not a state, or a place finer than a country, whose label shares a content
  word: the store kept them apart (too little to merge on) but they may be one.
Flags are advice for review, computed when asked; they change nothing stored.
"""
from __future__ import annotations

import sqlalchemy as sa

from .agreement_match import content_words
from .schema import actors, commitments, event_participants, events
from .states import state_code

_RANK = {"announced": 0, "agreed": 1, "in_progress": 2, "completed": 3}


def backward_stages(stages: list[dict]) -> list[dict]:
    """The stages (dicts with stage and date, in date order) that fall behind one reported
    earlier; a cancellation is not a step back."""
    out, best = [], None
    for s in sorted(stages, key=lambda s: s.get("date") or ""):
        rank = _RANK.get(s.get("stage"))
        if rank is None:
            continue
        if best is not None and rank < best[0] and (s.get("date") or "") > (best[1].get("date") or ""):
            out.append({**s, "after": best[1].get("stage"), "after_date": best[1].get("date")})
        if best is None or rank > best[0]:
            best = (rank, s)
    return out


def likely_duplicates(conn: sa.Connection, commitment_id: int) -> list[int]:
    """Other commitments that may be this one (see the module's note), by id."""
    rows = conn.execute(sa.select(commitments.c.id, commitments.c.kind, commitments.c.subtype,
                                  commitments.c.label, commitments.c.event_id, events.c.location_id).join(
        events, events.c.id == commitments.c.event_id)).all()
    me = next((r for r in rows if r.id == commitment_id), None)
    if me is None:
        return []
    who: dict[int, set[int]] = {}
    for event_id, actor_id in conn.execute(sa.select(event_participants.c.event_id, event_participants.c.actor_id)
                                           .where(event_participants.c.role.in_(("owner", "party")))):
        who.setdefault(event_id, set()).add(actor_id)
    states = {a for a, name in conn.execute(sa.select(actors.c.id, actors.c.name).where(actors.c.type == "GPE"))
              if state_code(name)}
    mine_words = content_words(me.label)
    mine_who = who.get(me.event_id, set()) - states
    out = []
    for r in rows:
        if r.id == me.id or r.kind != me.kind or (r.subtype and me.subtype and r.subtype != me.subtype):
            continue
        shared = bool(mine_who & (who.get(r.event_id, set()) - states)) or (
            me.location_id is not None and me.location_id == r.location_id and me.location_id not in states)
        if shared and mine_words & content_words(r.label):
            out.append(r.id)
    return out


def review_flags(store, commitment: dict) -> dict:
    """The flags for one commitment as get_commitment or list_commitments give it: its
    backward stages and its likely duplicates (id and label)."""
    with store.connect() as conn:
        dup_ids = likely_duplicates(conn, commitment["id"])
        labels = dict(conn.execute(sa.select(commitments.c.id, commitments.c.label).where(
            commitments.c.id.in_(dup_ids))).all()) if dup_ids else {}
    return {"backward": backward_stages(commitment.get("stages") or []),
            "duplicates": [{"id": i, "label": labels.get(i)} for i in dup_ids]}
