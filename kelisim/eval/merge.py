"""`kelisim eval merge DIR`: does the store make one event of the reports of one happening, and
one commitment of a project's announcement and its later news?

DIR/INDEX.tsv names the truth: reports of one happening share a `same_event_group`; a report
that follows an earlier one up says "follow-up of NNN" in its `topic` (NNN: the earlier
article's number). The folder is ingested into a fresh store and scored:
- groups merged: a group whose reports are all sources of one event (or commitment);
- follow-up chains linked: the articles a chain of follow-ups joins are all sources of one event;
- wrong merges: events with reports of two groups, or of articles nothing links, among the
  events with more than one source.
Each group, chain and event also counts in a half, even or odd, by the number of its first
article, so that a rule written against one half shows as lifting that half only.
A failure comes with its cause: "no event extracted" when a report yields no event of the kinds
the store merges (extraction's miss, not the store's), else what the store saw.
"""
from __future__ import annotations

import csv
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePath

import sqlalchemy as sa

from ..errors import KelisimError

MERGED = ("meeting", "agreement", "project")
_FOLLOW_UP = re.compile(r"follow-up of (\d+)", re.I)
_NUMBER = re.compile(r"^(\d+)_")


class MergeIndexError(KelisimError):
    """The folder has no INDEX.tsv the merge score can read."""


@dataclass
class Truth:
    groups: dict[str, list[str]]               # group -> files (two or more)
    chains: list[list[str]]                    # files a chain of follow-ups joins, first first
    cluster: dict[str, int]                    # file -> what it may share an event with


@dataclass
class Failure:
    what: str          # group, chain or wrong merge
    name: str
    half: str
    cause: str         # no event extracted | different event types | not merged | merged wrongly
    detail: str

    def line(self) -> str:
        return f"{self.what} {self.name} [{self.half}]: {self.cause}: {self.detail}"


@dataclass
class Figures:
    groups: int = 0
    groups_merged: int = 0
    chains: int = 0
    chains_linked: int = 0
    merged_events: int = 0
    wrong_merges: int = 0

    def rates(self) -> dict:
        return {"groups_merged": _rate(self.groups_merged, self.groups),
                "chains_linked": _rate(self.chains_linked, self.chains),
                "wrong_merges": _rate(self.wrong_merges, self.merged_events)}

    def as_json(self) -> dict:
        return {**self.__dict__, **{f"{k}_rate": v for k, v in self.rates().items()}}


@dataclass
class MergeReport:
    figures: dict[str, Figures] = field(default_factory=lambda: {h: Figures() for h in ("all", "even", "odd")})
    failures: list[Failure] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"figures": {h: f.as_json() for h, f in self.figures.items()},
                "failures": [f.__dict__ for f in self.failures]}


def _rate(n: int, of: int) -> float | None:
    return round(n / of, 3) if of else None


def number(file: str) -> int | None:
    m = _NUMBER.match(PurePath(file).name)
    return int(m.group(1)) if m else None


def half(files) -> str:
    first = min((n for f in files if (n := number(f)) is not None), default=0)
    return "even" if first % 2 == 0 else "odd"


def read_index(directory: Path) -> Truth:
    path = Path(directory) / "INDEX.tsv"
    if not path.is_file():
        raise MergeIndexError(f"{path} is not there; eval merge needs an INDEX.tsv with file, topic "
                              f"and same_event_group columns")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    if rows and "same_event_group" not in rows[0]:
        raise MergeIndexError(f"{path} has no same_event_group column; add it (empty where an article "
                              f"stands alone)")
    by_number = {number(r["file"]): r["file"] for r in rows if number(r["file"]) is not None}
    parent = {r["file"]: r["file"] for r in rows}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    groups: dict[str, list[str]] = defaultdict(list)
    links: list[tuple[str, str]] = []
    for r in rows:
        if (g := (r.get("same_event_group") or "").strip()):
            groups[g].append(r["file"])
        for n in _FOLLOW_UP.findall(r.get("topic") or ""):
            if int(n) in by_number:
                links.append((by_number[int(n)], r["file"]))
    for files in groups.values():
        for f in files[1:]:
            join(files[0], f)
    chain_of: dict[str, str] = {f: f for link in links for f in link}

    def chain_root(x: str) -> str:
        while chain_of[x] != x:
            x = chain_of[x]
        return x
    for a, b in links:
        chain_of[chain_root(b)] = chain_root(a)
        join(a, b)
    chains: dict[str, list[str]] = defaultdict(list)
    for f in sorted(chain_of, key=lambda f: (number(f) or 0, f)):
        chains[chain_root(f)].append(f)
    roots = {find(f) for f in parent}
    ids = {r: i for i, r in enumerate(sorted(roots))}
    return Truth({g: fs for g, fs in groups.items() if len(fs) > 1}, list(chains.values()),
                 {f: ids[find(f)] for f in parent})


# -- what the store made ---------------------------------------------------------------------

@dataclass
class StoredEvent:
    id: int
    type: str
    date: str | None
    files: set[str]
    actors: list[str]
    label: str
    anchored: bool = False        # a project with an owner or a location: something to match on


def stored_events(store) -> tuple[list[StoredEvent], dict[str, list[str]]]:
    """The events the store merges (meetings, agreements, projects) with the files reporting
    them, and every file's event types (statements too, for saying why a group failed)."""
    from ..store.schema import actors, articles, event_participants, event_sources, events
    with store.connect() as conn:
        rows = conn.execute(sa.select(events.c.id, events.c.type, events.c.date, events.c.attrs,
                                      events.c.location_id, articles.c.source).join(
            event_sources, event_sources.c.event_id == events.c.id).join(
            articles, articles.c.id == event_sources.c.article_id).order_by(events.c.id)).all()
        people = conn.execute(sa.select(event_participants.c.event_id, actors.c.name).join(
            actors, actors.c.id == event_participants.c.actor_id)).all()
    names: dict[int, list[str]] = defaultdict(list)
    for event_id, name in people:
        if name not in names[event_id]:
            names[event_id].append(name)
    out: dict[int, StoredEvent] = {}
    types: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        file = PurePath(r.source or "").name
        types[file].append(r.type)
        if r.type not in MERGED:
            continue
        attrs = r.attrs or {}
        ev = out.setdefault(r.id, StoredEvent(r.id, r.type, str(r.date) if r.date else None, set(),
                                              names[r.id][:5], attrs.get("title") or attrs.get("name") or "",
                                              bool(names[r.id] or r.location_id)))
        ev.files.add(file)
    return list(out.values()), types


def score_store(store, truth: Truth, gold_dir: Path | None = None) -> MergeReport:
    from .merge_causes import describe, why
    report = MergeReport()
    evs, types = stored_events(store)
    holding: dict[str, list[StoredEvent]] = defaultdict(list)
    for ev in evs:
        for f in ev.files:
            holding[f].append(ev)

    def count(files, attr: str, ok: bool) -> None:
        for h in ("all", half(files)):
            fig = report.figures[h]
            setattr(fig, attr, getattr(fig, attr) + 1)
            if ok:
                good = {"groups": "groups_merged", "chains": "chains_linked"}[attr]
                setattr(fig, good, getattr(fig, good) + 1)

    for name, files in sorted(truth.groups.items()):
        ok = any(set(files) <= ev.files for ev in evs)
        count(files, "groups", ok)
        if not ok:
            report.failures.append(why("group", name, files, holding, types, gold_dir))
    for files in truth.chains:
        ok = any(set(files) <= ev.files for ev in evs)
        count(files, "chains", ok)
        if not ok:
            report.failures.append(why("chain", " → ".join(str(number(f)) for f in files), files, holding, types,
                                        gold_dir))
    for ev in evs:
        if len(ev.files) < 2:
            continue
        clusters = {truth.cluster.get(f, f) for f in ev.files}
        wrong = len(clusters) > 1
        for h in ("all", half(ev.files)):
            report.figures[h].merged_events += 1
            report.figures[h].wrong_merges += wrong
        if wrong:
            report.failures.append(Failure("wrong merge", f"event {ev.id}", half(ev.files), "merged wrongly",
                                           f"{describe(ev)} holds {', '.join(sorted(ev.files))}"))
    return report


# -- the whole run ---------------------------------------------------------------------------

def evaluate_merge(directory: Path, *, records: list[dict] | None = None, extractor=None,
                   db: str | None = None) -> MergeReport:
    """Ingest `directory` into a fresh store (a temporary SQLite file unless `db` names an empty
    one) and score it against its INDEX.tsv. `records` (extracted elsewhere, JSON lines of the same
    folder) spare the NLP."""
    from ..store import open_store
    from ..store.ingest import ingest, ingest_records
    truth = read_index(directory)
    with tempfile.TemporaryDirectory(prefix="kelisim-merge-") as tmp:
        store = open_store(db or str(Path(tmp) / "merge.db"))
        try:
            if records is not None:
                from ..read import read_sources
                from ..read.article import Article
                arts = [a for a in read_sources([str(directory)]) if isinstance(a, Article)]
                ingest_records(store, records, arts)
            else:
                ingest(store, [directory], extractor=extractor)
            return score_store(store, truth, Path(directory))
        finally:
            store.close()


def format_report(report: MergeReport) -> str:
    lines = ["half   groups merged    chains linked    wrong merges"]
    for h, fig in report.figures.items():
        r = fig.rates()
        lines.append(f"{h:<6} {fig.groups_merged:>2}/{fig.groups:<2} {_pct(r['groups_merged'])}   "
                     f"{fig.chains_linked:>2}/{fig.chains:<2} {_pct(r['chains_linked'])}   "
                     f"{fig.wrong_merges:>2}/{fig.merged_events:<2} {_pct(r['wrong_merges'])}")
    if report.failures:
        lines.append("")
        lines.append("failures:")
        lines.extend(f"- {f.line()}" for f in report.failures)
    return "\n".join(lines)


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.3f}"
