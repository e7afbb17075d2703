"""`kelisim demo`: the main job on the bundled examples, printed for a person to read."""
from __future__ import annotations

from pathlib import Path

import typer

from .extract import DEFAULT_MAX_BYTES, articles_or_skips, pretty


def demo_command(
    paths: list[str] = typer.Argument(None, help="Articles to run on (default: the bundled examples/)."),
    db: str = typer.Option("kelisim.db", "--db", help="Where the demo stores what it found (SQLite path or URL)."),
) -> None:
    """Extract the example articles, store them, and print what was found and the commitments."""
    from ..pipeline import Extractor

    paths = paths or [str(Path("examples"))]
    articles, counter = articles_or_skips(paths, DEFAULT_MAX_BYTES)
    articles = list(articles)
    records = list(Extractor().records(articles, with_text=True))
    for rec in records:
        typer.echo(pretty(rec))
        typer.echo("")
    n_events = sum(len(r["events"]) for r in records)
    typer.echo(f"{len(records)} articles, {sum(len(r['entities']) for r in records)} entities, "
               f"{n_events} events", err=False)
    _store_and_show(db, records, articles)
    if counter["skipped"]:
        raise typer.Exit(1)


def _store_and_show(db: str, records: list[dict], articles) -> None:
    from ..store import open_store
    from ..store.commitments import list_commitments
    from ..store.ingest import ingest_records
    from .store_cmds import print_commitments
    store = open_store(db)
    ingest_records(store, records, articles)
    typer.echo(f"\nCommitments in {db} (signed agreements and promised projects, followed over time):")
    print_commitments(list_commitments(store))
    typer.echo(f"\nExplore it: kelisim events --db {db}; kelisim actors --db {db}; "
               f"kelisim commitments --status overdue --db {db}")
    typer.echo(f"Open it in a browser: kelisim serve --db {db}  ->  http://127.0.0.1:8000/")


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)
