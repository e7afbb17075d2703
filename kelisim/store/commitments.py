"""Commitments: every signed agreement and every announced project, followed until it is
delivered, overdue or dropped.

A commitment belongs to one merged event (events.py merges later reports of the same project or
agreement into it), and each article about it adds a row to `commitment_stages` with its stage,
date and evidence. Which reports count:
- an asserted agreement (signed) creates a commitment or adds a stage; a planned signing does not;
- an asserted or planned project does ("will open a campus" is the promise itself);
- possible or negated reports create nothing and change no stage.
The current stage is the furthest one reached (announced < agreed < in_progress < completed),
unless the latest news cancels it.

Status, as of a date (default today), from what was known on that date:
completed | cancelled | overdue (deadline passed, not completed) | stale (no news for
`stale_days`, default 365) | open. Overdue wins over stale.
"""
from __future__ import annotations

import calendar
import datetime as dt

import sqlalchemy as sa

from ..errors import StoreError
from .agreement_match import content_words
from .commitment_review import backward_stages
from .events import Report, parse_date
from .schema import actors, articles, commitment_stages, commitments, event_participants, events

STAGES = ("announced", "agreed", "in_progress", "completed", "cancelled")
STATUSES = ("open", "overdue", "stale", "completed", "cancelled")
DEFAULT_STALE_DAYS = 365
_RANK = {s: i for i, s in enumerate(STAGES)}


def deadline_date(deadline: str | None) -> dt.date | None:
    """The last day a deadline allows: '2027' -> 2027-12-31, '2027-05' -> 2027-05-31."""
    if not deadline:
        return None
    parts = str(deadline).strip().split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, month, int(parts[2][:2]))
    except (ValueError, IndexError):
        return None


def current_stage(stages: list[tuple[str, dt.date | None]]) -> str:
    """The furthest stage reached, or cancelled if the latest news says so."""
    ordered = sorted(stages, key=lambda s: (s[1] or dt.date.min, _RANK.get(s[0], 0)))
    if ordered[-1][0] == "cancelled":
        return "cancelled"
    return max((s for s, _ in ordered if s != "cancelled"), key=lambda s: _RANK.get(s, 0), default="announced")


def track(conn: sa.Connection, event_id: int, rep: Report, article_id: str) -> int | None:
    """Record what one report says about the commitment of `event_id`; returns its id, if any."""
    if rep.type not in ("agreement", "project"):
        return None
    if not (rep.modality == "asserted" or (rep.type == "project" and rep.modality == "planned")):
        return None
    stage = rep.attrs.get("stage") if rep.type == "project" else "agreed"
    stage = stage if stage in _RANK else "announced"
    row = conn.execute(sa.select(commitments).where(commitments.c.event_id == event_id)).first()
    deadline = rep.attrs.get("deadline")
    if row is None:
        commitment_id = conn.execute(commitments.insert().values(
            event_id=event_id, kind=rep.type,
            subtype=rep.attrs.get("doc_type") if rep.type == "agreement" else rep.attrs.get("kind"),
            label=rep.attrs.get("title") or rep.attrs.get("name"), stage=stage,
            deadline=deadline, deadline_date=deadline_date(deadline), sectors=rep.attrs.get("sectors") or [],
            first_seen=rep.date, last_seen=rep.date)).inserted_primary_key[0]
    else:
        commitment_id = row.id
    conn.execute(commitment_stages.insert().values(commitment_id=commitment_id, stage=stage, date=rep.date,
                                                   article_id=article_id, evidence=rep.evidence))
    if row is not None:
        _refresh(conn, row, sectors=rep.attrs.get("sectors"), deadline=deadline,
                 label=rep.attrs.get("title") or rep.attrs.get("name"))
    if rep.type == "project":
        _sync_event_stage(conn, commitment_id, event_id)
    return commitment_id


def _refresh(conn: sa.Connection, row, *, sectors=None, deadline=None, label=None) -> None:
    """Work out a commitment's stage and dates again from all its stages, and fill in what it
    lacked (deadline, label) from what a new report or a folded commitment says."""
    history = conn.execute(sa.select(commitment_stages.c.stage, commitment_stages.c.date).where(
        commitment_stages.c.commitment_id == row.id)).all()
    dates = [d for _, d in history if d]
    change = {"stage": current_stage(history), "first_seen": min(dates, default=None),
              "last_seen": max(dates, default=None),
              "sectors": list(dict.fromkeys([*(row.sectors or []), *(sectors or [])]))}
    if not row.deadline and deadline:
        change.update(deadline=deadline, deadline_date=deadline_date(deadline))
    if label and (not row.label or not content_words(row.label) and content_words(label)):
        change["label"] = label         # a name that says more than its kind ("plant")
    conn.execute(commitments.update().where(commitments.c.id == row.id).values(**change))


def _sync_event_stage(conn: sa.Connection, commitment_id: int, event_id: int) -> None:
    """A project's event shows its commitment's stage."""
    stage_now = conn.execute(sa.select(commitments.c.stage).where(commitments.c.id == commitment_id)).scalar()
    attrs = conn.execute(sa.select(events.c.attrs).where(events.c.id == event_id)).scalar() or {}
    if attrs.get("stage") != stage_now:
        conn.execute(events.update().where(events.c.id == event_id).values(attrs={**attrs, "stage": stage_now}))


def fold_commitment(conn: sa.Connection, gone_event: int, kept_event: int) -> None:
    """The commitment of an event folded into another (event_fold.py) becomes part of the kept
    event's: its stages move there, or, if the kept event had none, the commitment itself does."""
    gone = conn.execute(sa.select(commitments).where(commitments.c.event_id == gone_event)).first()
    if gone is None:
        return
    kept = conn.execute(sa.select(commitments).where(commitments.c.event_id == kept_event)).first()
    if kept is None:
        conn.execute(commitments.update().where(commitments.c.id == gone.id).values(event_id=kept_event))
        _sync_event_stage(conn, gone.id, kept_event)
        return
    conn.execute(commitment_stages.update().where(commitment_stages.c.commitment_id == gone.id)
                 .values(commitment_id=kept.id))
    conn.execute(commitments.delete().where(commitments.c.id == gone.id))
    _refresh(conn, kept, sectors=gone.sectors, deadline=gone.deadline, label=gone.label)
    _sync_event_stage(conn, kept.id, kept_event)


def status_of(stage: str, deadline: dt.date | None, last_seen: dt.date | None, as_of: dt.date,
              stale_days: int = DEFAULT_STALE_DAYS) -> str:
    if stage in ("completed", "cancelled"):
        return stage
    if deadline and deadline < as_of:
        return "overdue"
    if last_seen and (as_of - last_seen).days > stale_days:
        return "stale"
    return "open"


def list_commitments(store, status: str | None = None, actor: str | None = None, sector: str | None = None,
                     as_of: dt.date | str | None = None, stale_days: int = DEFAULT_STALE_DAYS) -> list[dict]:
    """Commitments as known on `as_of` (default today), newest news first, as plain dicts.

    `actor` matches an actor id, an ISO country code (two capital letters) or a name or alias
    (any script: its cross-script key); `status` is one of STATUSES.
    """
    from .queries import actor_ids
    if status is not None and status not in STATUSES:
        raise StoreError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    as_of = parse_date(as_of) if as_of is not None else dt.date.today()
    if as_of is None:
        raise StoreError("--as-of wants a date written YYYY-MM-DD")
    with store.connect() as conn:
        rows = conn.execute(sa.select(commitments, events.c.location_id).join(
            events, events.c.id == commitments.c.event_id).order_by(commitments.c.id)).all()
        stages = conn.execute(sa.select(commitment_stages, articles.c.source, articles.c.title).join(
            articles, articles.c.id == commitment_stages.c.article_id).order_by(
            commitment_stages.c.date, commitment_stages.c.id)).all()
        people = conn.execute(sa.select(event_participants.c.event_id, event_participants.c.role, actors).join(
            actors, actors.c.id == event_participants.c.actor_id).where(
            event_participants.c.event_id.in_(sa.select(commitments.c.event_id)))).all()
        places = dict(conn.execute(sa.select(actors.c.id, actors.c.name)).all()) if rows else {}
        wanted = actor_ids(conn, actor) if actor else None
    by_commitment: dict[int, list] = {}
    for s in stages:
        if s.date is None or s.date <= as_of:
            by_commitment.setdefault(s.commitment_id, []).append(s)
    actors_of: dict[int, list] = {}
    for p in people:
        actors_of.setdefault(p.event_id, []).append(p)
    out = []
    for row in rows:
        history = by_commitment.get(row.id)
        if not history:
            continue        # nothing was known of it yet on as_of
        who = actors_of.get(row.event_id, [])
        if wanted is not None and not ({p.id for p in who} | {row.location_id}) & wanted:
            continue
        if sector and sector not in (row.sectors or []):
            continue
        stage = current_stage([(s.stage, s.date) for s in history])
        dates = [s.date for s in history if s.date]
        last = max(dates, default=None)
        state = status_of(stage, row.deadline_date, last, as_of, stale_days)
        if status and state != status:
            continue
        out.append({
            "id": row.id, "event_id": row.event_id, "kind": row.kind, "subtype": row.subtype,
            "label": row.label, "stage": stage, "status": state, "deadline": row.deadline,
            "sectors": row.sectors or [],
            "actors": [{"id": p.id, "name": p.name, "country": p.country, "role": p.role} for p in who],
            "location": places.get(row.location_id),
            "first_seen": _iso(min(dates, default=None)), "last_seen": _iso(last),
            "stages": [{"stage": s.stage, "date": _iso(s.date), "article_id": s.article_id,
                        "source": s.source, "title": s.title, "evidence": s.evidence or []} for s in history],
        })
        out[-1]["backward_stages"] = backward_stages(out[-1]["stages"])     # for review
    out.sort(key=lambda c: c["last_seen"] or "", reverse=True)
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
