"""Events across sources: the same meeting, agreement or project reported by several articles,
in any language, is one row of `events` with one row of `event_sources` per article.

Two reports are one event when they have the same type and:
- meeting: dates within the window (default 3 days) and participants that overlap, by resolved
  actor: at least two in common, or one where a side names only one (and then only if no other
  event fits as well). A state stands for its own people and bodies ("Британия" meets "David
  Cameron").
- agreement: dates within the window, compatible document types, parties that overlap as
  above, sectors that are not disjoint and titles that are not clearly different (compared only
  within one script); an agreement without parties needs a similar title.
- project: compatible kinds and either the same owner (and no conflicting place), the same
  place when one owner is unknown or has a name like the other's (names.same_body), or the
  same founding agreement. No date window: a project
  is followed for years (commitments.py keeps its stages).
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

from .actors import ActorIndex
from .names import same_body
from .schema import event_participants, event_sources, events
from .stem import stems

DEFAULT_WINDOW_DAYS = 3
WINDOWED = ("meeting", "agreement")
ROLES = {"participants": "participant", "speaker": "speaker", "parties": "party", "owner": "owner"}
_OWN_COLUMNS = {"id", "type", "location", "date", "mode", "modality", "codes", "evidence", "agreement", *ROLES}
_KIND_FAMILIES = ({"campus", "university"},)
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


class EventMerger:
    def __init__(self, index: ActorIndex, window_days: int = DEFAULT_WINDOW_DAYS):
        self.index = index
        self.window = dt.timedelta(days=window_days)

    def add(self, conn: sa.Connection, rep: Report, article_id: str) -> tuple[int, bool]:
        """Store one report: merged into an event it matches, or a new event. Returns
        (event id, whether it was merged)."""
        match = None if rep.type not in (*WINDOWED, "project") else self._match(conn, rep, article_id)
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
        return event_id, match is not None

    def _update(self, conn: sa.Connection, old: Candidate, rep: Report) -> None:
        change: dict = {}
        if old.date is None and rep.date:
            change["date"] = rep.date
        if old.location is None and rep.location:
            change["location_id"] = rep.location
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
            ors = []
            if rep.roles.get("owner"):
                ors.append(events.c.id.in_(sa.select(event_participants.c.event_id).where(
                    event_participants.c.role == "owner",
                    event_participants.c.actor_id.in_(rep.roles["owner"]))))
            if rep.location:
                ors.append(events.c.location_id == rep.location)
            if rep.agreement:
                ors.append(events.c.agreement_id == rep.agreement)
            if not ors:
                return []
            q = q.where(sa.or_(*ors))
        rows = conn.execute(q.order_by(events.c.id)).all()
        if not rows:
            return []
        actors_of: dict[int, set[int]] = {r.id: set() for r in rows}
        roles = {"project": ("owner",)}.get(rep.type, ("participant", "party"))
        for event_id, actor_id in conn.execute(
                sa.select(event_participants.c.event_id, event_participants.c.actor_id).where(
                    event_participants.c.event_id.in_(list(actors_of)), event_participants.c.role.in_(roles))):
            actors_of[event_id].add(actor_id)
        return [Candidate(r.id, r.date, r.modality, r.location_id, r.attrs or {}, r.agreement_id,
                          actors_of[r.id]) for r in rows]

    def _match(self, conn: sa.Connection, rep: Report, article_id: str) -> Candidate | None:
        scored = []
        for cand in self._candidates(conn, rep, article_id):
            if (rep.modality == "negated") != (cand.modality == "negated"):
                continue
            score = getattr(self, f"_score_{rep.type}")(rep, cand)
            if score is not None:
                scored.append((score, cand))
        if not scored:
            return None
        scored.sort(key=lambda sc: sc[0], reverse=True)
        if len(scored) > 1 and scored[0][0] == scored[1][0]:
            return None     # two events fit equally well: better two events than a wrong merge
        return scored[0][1]

    def _overlap(self, a: set[int], b: set[int]) -> int:
        """Actors in common, counting a state as the same as one of its people or bodies."""
        same = a & b
        score, used = len(same), set()
        info = self.index.info
        for x in a - same:
            for y in b - same - used:
                ix, iy = info.get(x), info.get(y)
                if ix and iy and ix.country and ix.country == iy.country and "GPE" in (ix.type, iy.type):
                    score += 1
                    used.add(y)
                    break
        return score

    def _days(self, rep: Report, cand: Candidate) -> int:
        return abs((rep.date - cand.date).days) if rep.date and cand.date else 0

    def _score_meeting(self, rep: Report, cand: Candidate):
        need = min(2, len(rep.actors), len(cand.actors))
        overlap = self._overlap(rep.actors, cand.actors)
        if need == 0 or overlap < need:
            return None
        return (overlap, -self._days(rep, cand))

    def _score_agreement(self, rep: Report, cand: Candidate):
        mine, theirs = rep.attrs.get("doc_type"), cand.attrs.get("doc_type")
        if mine and theirs and mine != theirs and "other" not in (mine, theirs):
            return None
        s1, s2 = set(rep.attrs.get("sectors") or ()), set(cand.attrs.get("sectors") or ())
        if s1 and s2 and not s1 & s2:
            return None
        title = _title_similarity(rep.attrs.get("title"), cand.attrs.get("title"))
        if title is not None and title < 0.3:
            return None
        overlap = self._overlap(rep.actors, cand.actors)
        if rep.actors and cand.actors:
            if overlap < min(2, len(rep.actors), len(cand.actors)):
                return None
        elif not (title and title >= 0.5):
            return None
        return (overlap, title or 0.0, len(s1 & s2), -self._days(rep, cand))

    def _score_project(self, rep: Report, cand: Candidate):
        k1, k2 = rep.attrs.get("kind"), cand.attrs.get("kind")
        same_kind = k1 == k2 or not k1 or not k2 or any({k1, k2} <= fam for fam in _KIND_FAMILIES)
        owners = set(rep.roles.get("owner") or ())
        owner = _relation(owners, cand.actors)
        place = _relation({rep.location} - {None}, {cand.location} - {None})
        founding = bool(rep.agreement and rep.agreement == cand.agreement)
        if owner == "differ" and place == "same" and same_body(self._names(owners), self._names(cand.actors)):
            owner = "same"      # "КазНУ имени аль-Фараби" and "КазНУ им. аль-Фараби" opening in one city
        if "other" in (k1, k2):
            same_kind = same_kind or (owner == "same" and place == "same")
        if not same_kind or "differ" in (owner, place):
            return None
        if owner == "same" or place == "same" or founding:
            return (owner == "same", place == "same", founding)
        return None

    def _names(self, ids: set[int]) -> set[str]:
        info = self.index.info
        return {n for a in ids if a in info for n in info[a].names | {info[a].name}}


def _relation(a: set, b: set) -> str:
    if not a or not b:
        return "unknown"
    return "same" if a & b else "differ"


def _title_similarity(a: str | None, b: str | None) -> float | None:
    """Jaccard of the titles' stems, or None when they cannot be compared (one missing, or
    written in different scripts)."""
    if not a or not b or _is_cyrillic(a) != _is_cyrillic(b):
        return None
    sa_, sb = ({w for w in stems(t) if len(w) > 2} for t in (a, b))     # not о, в, of
    return len(sa_ & sb) / len(sa_ | sb) if sa_ and sb else None


def _is_cyrillic(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return sum("\u0400" <= ch <= "\u04ff" for ch in letters) > len(letters) / 2
