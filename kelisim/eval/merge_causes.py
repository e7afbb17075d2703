"""Why a group or chain of reports did not end up in one event (eval merge): extraction's miss
(no event of a kind the gold has, or a project with nothing to match on) or the store's."""
from __future__ import annotations

import json
from pathlib import Path

from .merge import Failure, StoredEvent, half, number


def _gold_types(gold_dir: Path | None, file: str) -> set[str] | None:
    """The kinds of event the file's gold annotation (NAME.gold.json, spec/GOLD.md) has."""
    path = gold_dir / file.replace(".txt", ".gold.json") if gold_dir else None
    if path is None or not path.is_file():
        return None
    gold = json.loads(path.read_text(encoding="utf-8"))
    return {k[:-1] for k in ("meetings", "agreements", "projects") if gold.get(k)}


def why(what: str, name: str, files: list[str], holding, types, gold_dir: Path | None = None) -> Failure:
    short = [f"{number(f):03d}" if number(f) is not None else f for f in files]
    golds = [_gold_types(gold_dir, f) for f in files]
    if all(g is not None for g in golds) and golds:
        shared = set.intersection(*golds)
        lacking = [f"{s} ({', '.join(sorted(shared - {ev.type for ev in holding.get(f, ())}))})"
                   for s, f in zip(short, files) if shared and not shared & {ev.type for ev in holding.get(f, ())}]
        if lacking:
            return Failure(what, name, half(files), "no event extracted",
                           f"the gold of every report has: {', '.join(sorted(shared))}; none extracted from "
                           f"{', '.join(lacking)}")
    bare = [s for s, f in zip(short, files) if not holding.get(f)]
    if bare:
        said = {s: sorted(set(types.get(f, ()))) for s, f in zip(short, files)}
        return Failure(what, name, half(files), "no event extracted",
                       f"no meeting, agreement or project from {', '.join(bare)} "
                       f"(events by report: {_types_line(said)})")
    common = set.intersection(*({ev.type for ev in holding[f]} for f in files))
    if not common:
        said = {s: sorted({ev.type for ev in holding[f]}) for s, f in zip(short, files)}
        return Failure(what, name, half(files), "different event types", _types_line(said))
    bare = [s for s, f in zip(short, files)
            if "project" in common and not any(ev.anchored for ev in holding[f] if ev.type == "project")]
    if bare and common == {"project"}:
        return Failure(what, name, half(files), "no owner or place extracted",
                       f"the projects of {', '.join(bare)} name no owner and no place to match on: " + " | ".join(
                           f"{s}: " + "; ".join(describe(ev) for ev in holding[f] if ev.type == "project")
                           for s, f in zip(short, files)))
    lines = []
    for s, f in zip(short, files):
        lines.append(f"{s}: " + "; ".join(describe(ev) for ev in holding[f] if ev.type in common))
    return Failure(what, name, half(files), "not merged", " | ".join(lines))


def _types_line(said: dict[str, list[str]]) -> str:
    return "; ".join(f"{s} {', '.join(t) or 'none'}" for s, t in said.items())


def describe(ev: StoredEvent) -> str:
    label = f" «{ev.label[:60]}»" if ev.label else ""
    return f"#{ev.id} {ev.type} {ev.date or '?'}{label} [{', '.join(ev.actors)}]"
