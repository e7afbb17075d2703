"""The store's commands: ingest, events, actors (list, merge, split), commitments, stats,
timeline, search, export. Each parses its options, calls a plain function of kelisim.store and
prints a table (or JSON for scripts); errors print one line and exit 1."""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import contextmanager
from enum import Enum

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from ..errors import KelisimError
from ..parallel.options import DASK_OPTION, WORKERS_OPTION
from ..read import DEFAULT_MAX_BYTES

DB_HELP = "Database: a file path (SQLite) or postgresql://user@host:port/db. Default: $KELISIM_DB, else ./kelisim.db."


class Out(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"


def _db(default=None):
    return typer.Option(default, "--db", help=DB_HELP, show_default=False)


def _format():
    return typer.Option(Out.table, "--format", "-f", help="table for people, json or jsonl for scripts.")


@contextmanager
def _store(db: str | None):
    """An open store; a KelisimError anywhere inside becomes one line on stderr and exit 1."""
    from ..store import open_store
    try:
        with open_store(db) as store:
            yield store
    except KelisimError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None


def _emit(rows, fmt: Out, columns: list[tuple[str, Callable[[dict], object]]], title: str = "") -> None:
    if fmt is Out.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt is Out.jsonl:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    else:
        table = Table(title=title or None, box=box.SIMPLE_HEAD, show_lines=False)
        for name, _ in columns:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*("" if (v := get(row)) is None else str(v) for _, get in columns))
        # Piped or captured output has no width of its own: use a wide one rather than fold every cell.
        Console(width=None if sys.stdout.isatty() else 200).print(table)


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
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Skip inputs larger than this."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Derive actors, events and commitments again from "
                                 "every stored record (after the rules change), applying analysts' overrides."),
    workers: int = WORKERS_OPTION,
    dask: str = DASK_OPTION,
) -> None:
    """Read, extract and store articles; again and again without storing anything twice.

    Exit code 0 when every input was stored or known, 1 when some were skipped."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from ..parallel.ingest import ingest_any
    from ..store.ingest import rebuild as rebuild_store
    if not paths and not rebuild:
        typer.echo("error: give files or folders to ingest (or --rebuild)", err=True)
        raise typer.Exit(2)
    err = Console(stderr=True)
    with _store(db) as store:
        report = None
        if paths:
            show = err.is_terminal and not quiet
            progress = Progress(SpinnerColumn(), TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("inputs"), TimeElapsedColumn(), console=err, disable=not show)
            with progress:
                task = progress.add_task("ingest", total=None)
                report = ingest_any(store, paths, workers=workers, dask=dask, batch_size=batch_size,
                                    max_bytes=max_bytes, window_days=window_days,
                                    on_progress=lambda n: progress.advance(task, n),
                                    on_skip=lambda s: progress.console.print(str(s), markup=False, highlight=False,
                                                                             soft_wrap=True))
            r = report.as_json()
            typer.echo(f"stored {r['stored']} articles ({r['near_duplicates']} near-duplicates, {r['duplicates']} "
                       f"duplicates, {r['known']} already stored, {r['skipped']} skipped) in {r['batches']} "
                       f"batches, {r['seconds']} s -> {store.url}", err=True)
        if rebuild:
            n = rebuild_store(store, window_days=window_days)
            typer.echo(f"rebuilt actors, events and commitments from {n} stored records", err=True)
        if report is not None and report.skipped:
            raise typer.Exit(1)


def events_cmd(
    type: str = typer.Option(None, "--type", "-t", help="meeting, statement, agreement, project."),
    actor: str = typer.Option(None, "--actor", "-a", help="An actor id, name (any script) or ISO country code."),
    country: str = typer.Option(None, "--country", help="Only events with an actor of this state (ISO code)."),
    since: str = typer.Option(None, "--since", help="YYYY-MM-DD"),
    until: str = typer.Option(None, "--until", help="YYYY-MM-DD"),
    sector: str = typer.Option(None, "--sector", help="A sector code (spec/OUTPUT.md)."),
    min_sources: int = typer.Option(1, "--min-sources", min=1, help="Only events reported by this many articles."),
    limit: int = typer.Option(50, "--limit", min=0, help="At most this many (0: all)."),
    db: str = _db(), fmt: Out = _format(),
) -> None:
    """Events, newest first, each with its sources (article, outlet, evidence)."""
    from ..store.queries import list_events
    with _store(db) as store:
        rows = list_events(store, type=type, actor=actor, country=country, since=since, until=until,
                           sector=sector, min_sources=min_sources, limit=limit or None)
    _emit(rows, fmt, EVENT_COLUMNS)


actors_app = typer.Typer(help="Actors across articles: list them, merge two, split one.",
                         invoke_without_command=True)


_ACTOR_TYPE = typer.Option(None, "--type", "-t", help="PER, ORG, GPE or LOC.")
_ACTOR_COUNTRY = typer.Option(None, "--country", help="ISO code.")
_ACTOR_QUERY = typer.Option(None, "--query", "-q", help="A name in any script, or part of one.")
_ACTOR_LIMIT = typer.Option(50, "--limit", min=0, help="At most this many (0: all).")


@actors_app.command("list")
def actors_list(type: str = _ACTOR_TYPE, country: str = _ACTOR_COUNTRY, query: str = _ACTOR_QUERY,
                limit: int = _ACTOR_LIMIT, db: str = _db(), fmt: Out = _format()) -> None:
    """Actors, most mentioned first, with their other names, latest role and counts."""
    from ..store.queries import list_actors
    with _store(db) as store:
        rows = list_actors(store, type=type, country=country, query=query, limit=limit or None)
    _emit(rows, fmt, [("id", lambda a: a["id"]), ("type", lambda a: a["type"]), ("name", lambda a: a["name"]),
                      ("country", lambda a: a["country"]), ("also", lambda a: ", ".join(a["aliases"][:4])),
                      ("role", lambda a: a["roles"][-1]["title"] if a["roles"] else None),
                      ("mentions", lambda a: a["n_mentions"]), ("events", lambda a: a["n_events"])])


@actors_app.callback()
def actors_default(ctx: typer.Context, type: str = _ACTOR_TYPE, country: str = _ACTOR_COUNTRY,
                   query: str = _ACTOR_QUERY, limit: int = _ACTOR_LIMIT, db: str = _db(),
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
    status: str = typer.Option(None, "--status", "-s", help="open, overdue, stale, completed or cancelled."),
    actor: str = typer.Option(None, "--actor", "-a", help="An actor id, name (any script) or ISO country code."),
    sector: str = typer.Option(None, "--sector", help="A sector code (spec/OUTPUT.md)."),
    as_of: str = typer.Option(None, "--as-of", help="YYYY-MM-DD: status as known on that day. Default: today."),
    stale_days: int = typer.Option(365, "--stale-days", min=1, help="No news for this long is stale."),
    db: str = _db(), fmt: Out = _format(),
) -> None:
    """Agreements and projects with their stage, deadline and status, newest news first."""
    from ..store.commitments import list_commitments
    with _store(db) as store:
        rows = list_commitments(store, status=status, actor=actor, sector=sector, as_of=as_of,
                                stale_days=stale_days)
    print_commitments(rows, fmt)


def print_commitments(rows: list[dict], fmt: Out = Out.table) -> None:
    """The commitments table (also what `kelisim demo` prints)."""
    _emit(rows, fmt, [
        ("id", lambda c: c["id"]), ("kind", lambda c: c["subtype"] or c["kind"]), ("what", lambda c: c["label"]),
        ("who", lambda c: ", ".join(dict.fromkeys(a["name"] for a in c["actors"]))),
        ("where", lambda c: c["location"]), ("stage", lambda c: c["stage"]), ("status", lambda c: c["status"]),
        ("deadline", lambda c: c["deadline"]), ("last news", lambda c: c["last_seen"]),
        ("stages", lambda c: " → ".join(f"{s['stage']} {s['date'] or ''}".strip() for s in c["stages"]))])


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
    _emit(flat, fmt, [("what", lambda r: r["what"]), ("count", lambda r: r["count"])])


def timeline_cmd(pair: tuple[str, str] = typer.Option(..., "--pair", help="Two ISO codes: --pair KZ GB"),
                 type: str = typer.Option(None, "--type", "-t", help="meeting, agreement, project..."),
                 db: str = _db(), fmt: Out = _format()) -> None:
    """Events between two states, oldest first."""
    from ..store.queries import timeline
    with _store(db) as store:
        rows = timeline(store, pair[0], pair[1], type=type)
    _emit(rows, fmt, EVENT_COLUMNS, title=f"{pair[0].upper()} – {pair[1].upper()}")


def search_cmd(query: str = typer.Argument(..., help="Words to find, in any form: критические минералы"),
               limit: int = typer.Option(20, "--limit", min=1), db: str = _db(), fmt: Out = _format()) -> None:
    """Full-text search over the stored articles (Russian and English stemming)."""
    from ..store.search import search
    with _store(db) as store:
        rows = search(store, query, limit=limit)
    _emit(rows, fmt, [("date", lambda r: r["date"]), ("lang", lambda r: r["lang"]), ("title", lambda r: r["title"]),
                      ("snippet", lambda r: r["snippet"]), ("source", lambda r: r["source"])])


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
