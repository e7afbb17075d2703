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
    return duplicates_by_commitment(conn).get(commitment_id, [])


def duplicates_by_commitment(conn: sa.Connection) -> dict[int, list[int]]:
    """Every commitment's likely duplicates at once (for the board): commitments are compared
    only with those sharing an owner, a party or a place with them, not all with all."""
    rows = {r.id: r for r in conn.execute(sa.select(
        commitments.c.id, commitments.c.kind, commitments.c.subtype, commitments.c.label, commitments.c.event_id,
        events.c.location_id).join(events, events.c.id == commitments.c.event_id))}
    states = {a for a, name in conn.execute(sa.select(actors.c.id, actors.c.name).where(actors.c.type == "GPE"))
              if state_code(name)}
    anchors: dict[int, set[int]] = {}          # commitment -> its owners, parties and place, not states
    by_event = {r.event_id: r.id for r in rows.values()}
    for event_id, actor_id in conn.execute(sa.select(event_participants.c.event_id, event_participants.c.actor_id)
                                           .where(event_participants.c.role.in_(("owner", "party")))):
        if event_id in by_event and actor_id not in states:
            anchors.setdefault(by_event[event_id], set()).add(actor_id)
    for r in rows.values():
        if r.location_id is not None and r.location_id not in states:
            anchors.setdefault(r.id, set()).add(r.location_id)
    sharing: dict[int, set[int]] = {}
    for cid, ids in anchors.items():
        for a in ids:
            sharing.setdefault(a, set()).add(cid)
    words = {cid: content_words(r.label) for cid, r in rows.items()}
    out: dict[int, list[int]] = {}
    for cid, ids in anchors.items():
        me = rows[cid]
        near = set().union(*(sharing[a] for a in ids)) - {cid}
        found = [o for o in sorted(near) if rows[o].kind == me.kind
                 and not (rows[o].subtype and me.subtype and rows[o].subtype != me.subtype)
                 and words[cid] & words[o]]
        if found:
            out[cid] = found
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
