"""Events across sources: the same meeting, agreement or project reported by several articles,
in any language, is one row of `events` with one row of `event_sources` per article.

Two reports are one event when they have the same type and:
- meeting: dates within the window (default 3 days) and participants that overlap, by resolved
  actor (participants.py): at least two in common, or one where a side names only one (and then
  only if no other event fits as well), or, on the same day, the persons one report names all
  among the other's, with no body or state the other report could not have (same_people). A state stands for its own people and bodies ("Британия" meets "David Cameron"),
  a side named as a group for its state ("казахстанская сторона").
- agreement: dates within the window, compatible document types, parties that overlap as
  above, sectors that are not disjoint and content words of the titles that fit
  (agreement_match.py); an agreement without parties takes those of its article's meeting,
  else needs a fitting title.
- project: project_match.py (same kind, close names, the same owner or a place finer than a
  country; no date window: a project is followed for years). A report that fits two stored
  projects, one by its owner and one by its place, joins them (event_fold.py).
Where two events fit a report equally well, it makes an event of its own: a wrong merge would
hide an event, or mix two projects' histories, where a missed one only shows twice.
Statements are never merged: what a speaker said is kept per article, with its own evidence,
since two outlets rarely quote the same words and a paraphrase is not a second source of a quote.
A negated event only merges with a negated one. Within one article nothing is merged: two
meetings it reports are two meetings.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa

from . import project_match
from .actors import ActorIndex
from .agreement_match import content_words, doc_types_agree, title_fit
from .event_fold import fold_fitting
from .participants import comparable, overlap, same_people, unify
from .schema import commitments, event_participants, event_sources, events

DEFAULT_WINDOW_DAYS = 3
WINDOWED = ("meeting", "agreement")
ROLES = {"participants": "participant", "speaker": "speaker", "parties": "party", "owner": "owner"}
_OWN_COLUMNS = {"id", "type", "location", "date", "mode", "modality", "codes", "evidence", "agreement", *ROLES}
_MODALITY_RANK = {"asserted": 3, "planned": 2, "possible": 1}


def parse_date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


@dataclass
class Report:
    """One event as one article reports it, with its entities resolved to actors."""
    local_id: str
    type: str
    date: dt.date | None
    modality: str
    location: int | None
    roles: dict[str, list[int]]
    attrs: dict
    codes: dict
    mode: str | None
    evidence: list
    agreement_ref: str | None = None      # the record's id of the agreement that founds a project
    agreement: int | None = None          # ... and its merged event, once stored
    actors: set[int] = field(default_factory=set)
    borrowed: set[int] = field(default_factory=set)    # parties taken from the article's meeting

    @classmethod
    def from_record(cls, ev: dict, amap: dict[str, int], article_date: dt.date | None) -> Report:
        roles: dict[str, list[int]] = {}
        for name, role in ROLES.items():
            refs = ev.get(name)
            refs = refs if isinstance(refs, list) else [refs] if refs else []
            ids = [amap[r] for r in refs if isinstance(r, str) and r in amap]
            if ids:
                roles[role] = list(dict.fromkeys(ids))
        attrs = {k: v for k, v in ev.items() if k not in _OWN_COLUMNS}
        return cls(local_id=str(ev.get("id") or ""), type=ev.get("type") or "other",
                   date=parse_date(ev.get("date")) or article_date,
                   modality=ev.get("modality") or "asserted", location=amap.get(ev.get("location") or ""),
                   roles=roles, attrs=attrs, codes=ev.get("codes") or {}, mode=ev.get("mode"),
                   evidence=ev.get("evidence") or [], agreement_ref=ev.get("agreement"),
                   actors={a for ids in roles.values() for a in ids})


@dataclass
class Candidate:
    id: int
    date: dt.date | None
    modality: str
    location: int | None
    attrs: dict
    agreement: int | None
    actors: set[int]
    last: dt.date | None = None           # the latest news of it (a commitment's last_seen)


class EventMerger:
    def __init__(self, index: ActorIndex, window_days: int = DEFAULT_WINDOW_DAYS):
        self.index = index
        self.window = dt.timedelta(days=window_days)

    def add(self, conn: sa.Connection, rep: Report, article_id: str) -> tuple[int, bool]:
        """Store one report: merged into an event it matches, or a new event. Returns
        (event id, whether it was merged)."""
        match, others = (None, []) if rep.type not in (*WINDOWED, "project") else self._match(conn, rep, article_id)
        if match is None:
            event_id = conn.execute(events.insert().values(
                type=rep.type, date=rep.date, location_id=rep.location, modality=rep.modality,
                mode=rep.mode, codes=rep.codes, attrs=rep.attrs, agreement_id=rep.agreement,
            )).inserted_primary_key[0]
            have: set[tuple[int, str]] = set()
        else:
            event_id = match.id
            self._update(conn, match, rep)
            have = {tuple(row) for row in conn.execute(sa.select(
                event_participants.c.actor_id, event_participants.c.role).where(
                event_participants.c.event_id == event_id))}
        rows = [{"event_id": event_id, "actor_id": a, "role": role}
                for role, ids in rep.roles.items() for a in ids if (a, role) not in have]
        if rows:
            conn.execute(event_participants.insert(), rows)
        conn.execute(event_sources.insert().values(
            event_id=event_id, article_id=article_id, local_id=rep.local_id, date=rep.date,
            modality=rep.modality, evidence=rep.evidence))
        if rep.type == "project" and others:
            fold_fitting(conn, self, event_id, others)      # event_fold.py: the report joins two halves
        return event_id, match is not None

    def _update(self, conn: sa.Connection, old: Candidate, rep: Report) -> None:
        change: dict = {}
        if old.date is None and rep.date:
            change["date"] = rep.date
        if rep.location and (old.location is None or self.index.is_state(old.location)
                             and not self.index.is_state(rep.location)):
            change["location_id"] = rep.location      # a city or a region says more than a country
        if _MODALITY_RANK.get(rep.modality, 0) > _MODALITY_RANK.get(old.modality, 0):
            change["modality"] = rep.modality
        if old.agreement is None and rep.agreement:
            change["agreement_id"] = rep.agreement
        attrs = dict(old.attrs)
        for key, value in rep.attrs.items():
            if key == "sectors" and isinstance(value, list):
                attrs["sectors"] = list(dict.fromkeys([*(attrs.get("sectors") or []), *value]))
            elif attrs.get(key) in (None, "", []) and value not in (None, "", []):
                attrs[key] = value
            elif key == "name" and value and not content_words(attrs.get(key)) and content_words(value):
                attrs[key] = value      # "cement plant in Kyzylorda region" says more than "plant"
        if attrs != old.attrs:
            change["attrs"] = attrs
        if change:
            conn.execute(events.update().where(events.c.id == old.id).values(**change))

    # -- matching -----------------------------------------------------------------------

    def _candidates(self, conn: sa.Connection, rep: Report, article_id: str) -> list[Candidate]:
        q = sa.select(events).where(events.c.type == rep.type, ~sa.exists().where(
            event_sources.c.event_id == events.c.id, event_sources.c.article_id == article_id))
        if rep.type in WINDOWED:
            if rep.date is None:
                return []
            q = q.where(events.c.date.between(rep.date - self.window, rep.date + self.window))
        else:
            if not (rep.roles.get("owner") or rep.location or rep.agreement or rep.attrs.get("value")):
                return []       # nothing a project could be matched on (project_match.score)
            # no window and no filter: a report may fit by owner, place, agreement or value
            q = q.add_columns(commitments.c.last_seen).outerjoin(commitments, commitments.c.event_id == events.c.id)
        return self._as_candidates(conn, rep.type, conn.execute(q.order_by(events.c.id)).all())

    def _candidates_by_id(self, conn: sa.Connection, type_: str, ids: list[int]) -> list[Candidate]:
        q = sa.select(events).where(events.c.id.in_(ids))
        if type_ == "project":
            q = q.add_columns(commitments.c.last_seen).outerjoin(commitments, commitments.c.event_id == events.c.id)
        return self._as_candidates(conn, type_, conn.execute(q.order_by(events.c.id)).all())

    def _as_candidates(self, conn: sa.Connection, type_: str, rows) -> list[Candidate]:
        if not rows:
            return []
        actors_of: dict[int, set[int]] = {r.id: set() for r in rows}
        roles = {"project": ("owner",)}.get(type_, ("participant", "party"))
        for event_id, actor_id in conn.execute(
                sa.select(event_participants.c.event_id, event_participants.c.actor_id).where(
                    event_participants.c.event_id.in_(list(actors_of)), event_participants.c.role.in_(roles))):
            actors_of[event_id].add(actor_id)
        return [Candidate(r.id, r.date, r.modality, r.location_id, r.attrs or {}, r.agreement_id,
                          actors_of[r.id], getattr(r, "last_seen", None) or r.date) for r in rows]

    def _match(self, conn: sa.Connection, rep: Report, article_id: str) -> tuple[Candidate | None, list[Candidate]]:
        """The event that fits the report best, and the others that fit it too."""
        scored = []
        for cand in self._candidates(conn, rep, article_id):
            if (rep.modality == "negated") != (cand.modality == "negated"):
                continue
            score = getattr(self, f"_score_{rep.type}")(rep, cand)
            if score is not None:
                scored.append((score, cand))
        if not scored:
            return None, []
        scored.sort(key=lambda sc: sc[0], reverse=True)
        if len(scored) > 1 and scored[0][0] == scored[1][0]:
            return None, []     # two events fit equally well: better two events than a wrong merge
        return scored[0][1], [c for _, c in scored[1:]]

    def _days(self, rep: Report, cand: Candidate) -> int:
        return abs((rep.date - cand.date).days) if rep.date and cand.date else 0

    def _score_meeting(self, rep: Report, cand: Candidate):
        mine = comparable(self.index, rep.actors)
        theirs = unify(self.index, mine, comparable(self.index, cand.actors))
        need = min(2, len(mine), len(theirs))
        common = overlap(self.index, mine, theirs)
        # Between two events with the same people in common, the one that names no one else
        # fits better: "Путин и Рахмон" is the call, not the summit they also attended that day.
        extra = -len(theirs - mine)
        if need and common >= need:
            return (common, -self._days(rep, cand), extra)
        if self._days(rep, cand) == 0 and same_people(self.index, mine, theirs):
            return (common, 0, extra)      # the same people on the same day; one report adds bodies
        return None

    def _score_agreement(self, rep: Report, cand: Candidate):
        if not doc_types_agree(rep.attrs.get("doc_type"), cand.attrs.get("doc_type")):
            return None
        s1, s2 = set(rep.attrs.get("sectors") or ()), set(cand.attrs.get("sectors") or ())
        if s1 and s2 and not s1 & s2:
            return None
        title = title_fit(rep.attrs.get("title"), cand.attrs.get("title"))
        if title is not None and title < 0.5:
            return None
        mine = comparable(self.index, rep.actors or rep.borrowed)
        theirs = unify(self.index, mine, comparable(self.index, cand.actors))
        common = overlap(self.index, mine, theirs)
        if mine and theirs:
            if common < min(2, len(mine), len(theirs)):
                return None
        elif not (title and title >= 0.5):
            return None
        return (common, title or 0.0, len(s1 & s2), -self._days(rep, cand))

    def _score_project(self, rep: Report, cand: Candidate):
        return project_match.score(self.index, rep, cand)
