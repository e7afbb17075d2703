"""The store's commands: ingest, events, actors (list, merge, split), commitments, stats,
timeline, search, export. Each parses its options, calls a plain function of kelisim.store and
prints a table (or JSON for scripts); errors print one line and exit 2 (kelisim/cli/__init__.py
lists the exit codes, options.py what the options share)."""
from __future__ import annotations

import json
from enum import Enum

import typer

from ..parallel.options import DASK_OPTION, WORKERS_OPTION
from ..read import DEFAULT_MAX_BYTES
from .options import (ACTOR_TYPES, DB_HELP, EVENT_TYPES, MODALITIES, USAGE_ERROR, Out, choice, effective_limit,
                      emit, iso_code, open_db, sectors)
from .options import db_option as _db
from .options import format_option as _format
from .options import limit_option as _limit

__all__ = ["DB_HELP", "Out", "_store", "print_commitments"]


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"


def _store(db: str | None, create: bool = False):
    """The store for a command; read commands (the default) refuse a database that is not there."""
    return open_db(db, create=create)


def _statuses():
    from ..store.commitments import STATUSES
    return STATUSES


def _stages():
    from ..store.commitments import STAGES
    return STAGES


def _outlets(sources: list[dict]) -> str:
    return ", ".join(s["source"] for s in sources[:3]) + (f" +{len(sources) - 3}" if len(sources) > 3 else "")


EVENT_COLUMNS = [("id", lambda e: e["id"]), ("date", lambda e: e["date"]), ("type", lambda e: e["type"]),
                 ("what", lambda e: e["label"]), ("modality", lambda e: e["modality"]),
                 ("sources", lambda e: f"{e['n_sources']}: {_outlets(e['sources'])}")]


def ingest_cmd(
    paths: list[str] = typer.Argument(None, help="Files, folders (recursive), JSONL, or - for standard input."),
    db: str = _db(),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Articles per transaction."),
    window_days: int = typer.Option(3, "--window-days", min=0, help="Reports of one event may differ by this many days."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Skip inputs larger than this."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar (there is none when stderr is piped)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Derive actors, events and commitments again from "
                                 "every stored record (after the rules change), applying analysts' overrides."),
    workers: int = WORKERS_OPTION,
    dask: str = DASK_OPTION,
) -> None:
    """Read, extract and store articles; again and again without storing anything twice.

    Exit code 0 when every input was stored or known, 1 when some were skipped."""
    from ..read.sources import count_inputs
    from ..parallel.ingest import ingest_any
    from ..store.ingest import rebuild as rebuild_store
    from .progress import progress
    if not paths and not rebuild:
        typer.echo("error: give files or folders to ingest (or --rebuild)", err=True)
        raise typer.Exit(USAGE_ERROR)
    with _store(db, create=bool(paths)) as store:
        report = None
        if paths:
            with progress("ingest", count_inputs(paths), quiet, loading="reading, loading models") as bar:
                def moved(n: int) -> None:
                    bar.loaded()
                    bar.advance(n)
                report = ingest_any(store, paths, workers=workers, dask=dask, batch_size=batch_size,
                                    max_bytes=max_bytes, window_days=window_days,
                                    on_progress=moved, on_skip=lambda s: bar.note(str(s)))
            r = report.as_json()
            typer.echo(f"stored {r['stored']} articles ({r['near_duplicates']} near-duplicates, {r['duplicates']} "
                       f"duplicates, {r['known']} already stored, {r['skipped']} skipped) in {r['batches']} "
                       f"batches, {r['seconds']} s -> {store.url}", err=True)
        if rebuild:
            n = rebuild_store(store, window_days=window_days)
            typer.echo(f"rebuilt actors, events and commitments from {n} stored records", err=True)
        if report is not None and report.skipped:
            raise typer.Exit(1)


_TYPE = typer.Option(None, "--type", "-t", callback=choice(EVENT_TYPES), help=", ".join(EVENT_TYPES) + ".")
_ACTOR = typer.Option(None, "--actor", "-a", help="An actor id, name (any script) or ISO country code.")
_COUNTRY = typer.Option(None, "--country", callback=iso_code, help="Only events with an actor or place of this "
                        "state (ISO code).")
_SINCE = typer.Option(None, "--since", help="YYYY-MM-DD")
_UNTIL = typer.Option(None, "--until", help="YYYY-MM-DD")
_SECTOR = typer.Option(None, "--sector", callback=choice(sectors), help="A sector code (spec/OUTPUT.md).")
_MODALITY = typer.Option(None, "--modality", callback=choice(MODALITIES), help=", ".join(MODALITIES) + ".")
_STAGE = typer.Option(None, "--stage", callback=choice(_stages), help="Agreements and projects at this stage "
                      "(announced, agreed, in_progress, completed, cancelled).")
_MIN_SOURCES = typer.Option(1, "--min-sources", min=1, help="Only events reported by this many articles.")
_REJECTED = typer.Option(False, "--include-rejected", help="Also events an analyst rejected.")


def events_cmd(type: str = _TYPE, actor: str = _ACTOR, country: str = _COUNTRY, since: str = _SINCE,
               until: str = _UNTIL, sector: str = _SECTOR, modality: str = _MODALITY, stage: str = _STAGE,
               min_sources: int = _MIN_SOURCES, include_rejected: bool = _REJECTED, limit: int = _limit(),
               db: str = _db(), fmt: Out = _format()) -> None:
    """Events, newest first, each with its sources (article, outlet, evidence)."""
    from ..store.queries import find_events
    with _store(db) as store:
        rows, total = find_events(store, limit=effective_limit(limit, fmt), type=type, actor=actor, country=country,
                                  since=since, until=until, sector=sector, modality=modality, stage=stage,
                                  min_sources=min_sources, include_rejected=include_rejected)
    emit(rows, fmt, EVENT_COLUMNS, total=total, what="events")


def timeline_cmd(pair: tuple[str, str] = typer.Option(..., "--pair", help="Two ISO codes: --pair KZ GB"),
                 type: str = _TYPE, actor: str = _ACTOR, since: str = _SINCE, until: str = _UNTIL,
                 sector: str = _SECTOR, modality: str = _MODALITY, stage: str = _STAGE,
                 min_sources: int = _MIN_SOURCES, include_rejected: bool = _REJECTED, limit: int = _limit(),
                 db: str = _db(), fmt: Out = _format()) -> None:
    """Events between two states, oldest first (the filters of `events` apply too)."""
    from ..store.queries import find_events
    a, b = iso_code(pair[0]), iso_code(pair[1])
    with _store(db) as store:
        rows, total = find_events(store, limit=effective_limit(limit, fmt), oldest_first=True, pair=f"{a}-{b}",
                                  type=type, actor=actor, since=since, until=until, sector=sector,
                                  modality=modality, stage=stage, min_sources=min_sources,
                                  include_rejected=include_rejected)
    emit(rows, fmt, EVENT_COLUMNS, title=f"{a} – {b}", total=total, what="events")


actors_app = typer.Typer(help="Actors across articles: list them, merge two, split one.",
                         invoke_without_command=True)


_ACTOR_TYPE = typer.Option(None, "--type", "-t", callback=choice(ACTOR_TYPES, upper=True), help="PER, ORG, GPE or LOC.")
_ACTOR_COUNTRY = typer.Option(None, "--country", callback=iso_code, help="ISO code.")
_ACTOR_QUERY = typer.Option(None, "--query", "-q", help="A name in any script, or part of one.")


@actors_app.command("list")
def actors_list(type: str = _ACTOR_TYPE, country: str = _ACTOR_COUNTRY, query: str = _ACTOR_QUERY,
                limit: int = _limit(), db: str = _db(), fmt: Out = _format()) -> None:
    """Actors, most mentioned first, with their other names, latest role and counts."""
    from ..store.queries import count_actors, list_actors
    with _store(db) as store:
        rows = list_actors(store, type=type, country=country, query=query, limit=effective_limit(limit, fmt))
        total = count_actors(store, type=type, country=country, query=query)
    emit(rows, fmt, [("id", lambda a: a["id"]), ("type", lambda a: a["type"]), ("name", lambda a: a["name"]),
                     ("country", lambda a: a["country"]), ("also", lambda a: ", ".join(a["aliases"][:4])),
                     ("role", lambda a: a["roles"][-1]["title"] if a["roles"] else None),
                     ("mentions", lambda a: a["n_mentions"]), ("events", lambda a: a["n_events"])],
         total=total, what="actors")


@actors_app.callback()
def actors_default(ctx: typer.Context, type: str = _ACTOR_TYPE, country: str = _ACTOR_COUNTRY,
                   query: str = _ACTOR_QUERY, limit: int = _limit(), db: str = _db(),
                   fmt: Out = _format()) -> None:
    """Actors across articles: `kelisim actors` lists them (as `list` does); `merge` and
    `split` correct them."""
    if ctx.invoked_subcommand is None:
        actors_list(type, country, query, limit, db, fmt)


@actors_app.command("merge")
def actors_merge(keep: str = typer.Argument(..., help="The actor to keep (id or name)."),
                 other: str = typer.Argument(..., help="The actor merged into it (id or name)."),
                 db: str = _db()) -> None:
    """Merge OTHER into KEEP, remember it, and rebuild (later ingests follow it too)."""
    from ..store.overrides import merge_actors
    with _store(db) as store:
        actor_id = merge_actors(store, keep, other)
    typer.echo(f"merged {other!r} into {keep!r}: now actor {actor_id}; remembered for later ingests")


@actors_app.command("split")
def actors_split(actor: str = typer.Argument(..., help="The actor (id or name)."),
                 names: list[str] = typer.Option(..., "--name", "-n", help="A name to take out (repeatable)."),
                 db: str = _db()) -> None:
    """Take names out of an actor into one of their own, remember it, and rebuild."""
    from ..store.overrides import split_actor
    with _store(db) as store:
        split_actor(store, actor, names)
    typer.echo(f"split {', '.join(names)} from {actor!r}; remembered for later ingests")


def commitments_cmd(
    status: str = typer.Option(None, "--status", "-s", callback=choice(_statuses),
                               help="open, overdue, stale, completed or cancelled."),
    actor: str = _ACTOR, sector: str = _SECTOR,
    as_of: str = typer.Option(None, "--as-of", help="YYYY-MM-DD: status as known on that day. Default: today."),
    stale_days: int = typer.Option(365, "--stale-days", min=1, help="No news for this long is stale."),
    limit: int = _limit(), db: str = _db(), fmt: Out = _format(),
) -> None:
    """Agreements and projects with their stage, deadline and status, newest news first."""
    from ..store.commitments import list_commitments
    with _store(db) as store:
        rows = list_commitments(store, status=status, actor=actor, sector=sector, as_of=as_of,
                                stale_days=stale_days)
    cap = effective_limit(limit, fmt)
    print_commitments(rows[:cap] if cap else rows, fmt, total=len(rows))


def print_commitments(rows: list[dict], fmt: Out = Out.table, total: int | None = None) -> None:
    """The commitments table (also what `kelisim demo` prints)."""
    emit(rows, fmt, [
        ("id", lambda c: c["id"]), ("kind", lambda c: c["subtype"] or c["kind"]), ("what", lambda c: c["label"]),
        ("who", lambda c: ", ".join(dict.fromkeys(a["name"] for a in c["actors"]))),
        ("where", lambda c: c["location"]), ("stage", lambda c: c["stage"]), ("status", lambda c: c["status"]),
        ("deadline", lambda c: c["deadline"]), ("last news", lambda c: c["last_seen"]),
        ("stages", lambda c: " → ".join(f"{s['stage']} {s['date'] or ''}".strip() for s in c["stages"]))],
        total=total, what="commitments")


def stats_cmd(db: str = _db(), fmt: Out = _format(),
              as_of: str = typer.Option(None, "--as-of", help="Commitment status as of YYYY-MM-DD.")) -> None:
    """What the store holds: articles, actors, events, commitments."""
    from ..store.queries import stats
    with _store(db) as store:
        figures = stats(store, as_of=as_of)
    if fmt is not Out.table:
        typer.echo(json.dumps(figures, ensure_ascii=False, indent=None if fmt is Out.jsonl else 1))
        return
    flat = [{"what": k, "count": ", ".join(f"{a}: {b}" for a, b in v.items()) if isinstance(v, dict) else v}
            for k, v in figures.items()]
    emit(flat, fmt, [("what", lambda r: r["what"]), ("count", lambda r: r["count"])], what="figures")


def search_cmd(query: str = typer.Argument(..., help="Words to find, in any form: критические минералы"),
               limit: int = _limit(), db: str = _db(), fmt: Out = _format()) -> None:
    """Full-text search over the stored articles (Russian and English stemming), best first."""
    from ..store.search import count_matches, search
    with _store(db) as store:
        rows = search(store, query, limit=effective_limit(limit, fmt))
        total = count_matches(store, query)
    emit(rows, fmt, [("date", lambda r: r["date"]), ("lang", lambda r: r["lang"]), ("title", lambda r: r["title"]),
                     ("snippet", lambda r: r["snippet"]), ("source", lambda r: r["source"])],
         total=total, what="articles")


def export_cmd(format: ExportFormat = typer.Option(..., "--format", "-f", help="jsonl, csv, parquet or graphml."),
               output: str = typer.Option(..., "--output", "-o", help="A file (jsonl, graphml) or a folder (csv, parquet)."),
               db: str = _db()) -> None:
    """Export records (jsonl), every table (csv, parquet) or the actor network (graphml, for Gephi)."""
    from ..store.export import export
    with _store(db) as store:
        written = export(store, format.value, output)
    typer.echo(json.dumps(written, ensure_ascii=False), err=True)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("events")(events_cmd)
    app.add_typer(actors_app, name="actors")
    app.command("commitments")(commitments_cmd)
    app.command("stats")(stats_cmd)
    app.command("timeline")(timeline_cmd)
    app.command("search")(search_cmd)
    app.command("export")(export_cmd)
