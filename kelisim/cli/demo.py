"""`kelisim demo`: the main job on the bundled examples, printed for a person to read."""
from __future__ import annotations

import typer

from .extract import DEFAULT_MAX_BYTES, articles_or_skips, pretty
from .options import DB_HELP, USAGE_ERROR


def demo_command(
    paths: list[str] = typer.Argument(None, help="Articles to run on (default: the examples bundled with kelisim)."),
    db: str = typer.Option(None, "--db", help="Where the demo stores what it found. " + DB_HELP, show_default=False),
) -> None:
    """Extract the example articles, store them, and print what was found and the commitments."""
    from ..examples import example_paths
    from ..pipeline import Extractor
    from ..read import Article
    from ..store.engine import resolve_url, shown

    paths = paths or example_paths()
    items, counter = articles_or_skips(paths, DEFAULT_MAX_BYTES)
    articles = [a for a in items if isinstance(a, Article)]
    if not articles:
        typer.echo(f"error: no articles to run on in {', '.join(paths) or 'the bundled examples'}; give files "
                   f"or folders of articles (*.txt, *.jsonl, *.html, *.xml)", err=True)
        raise typer.Exit(USAGE_ERROR)
    failed = []
    records = list(Extractor().records(articles, with_text=True, on_error=failed.append))
    for skip in failed:
        typer.echo(str(skip), err=True)
    for rec in records:
        typer.echo(pretty(rec))
        typer.echo("")
    n_events = sum(len(r["events"]) for r in records)
    typer.echo(f"{len(records)} articles, {sum(len(r['entities']) for r in records)} entities, {n_events} events")
    _store_and_show(db, records, articles, shown(resolve_url(db)))
    if failed:
        raise typer.Exit(3)
    if counter["skipped"]:
        raise typer.Exit(1)


def _store_and_show(db: str | None, records: list[dict], articles, where: str) -> None:
    from ..store.commitments import list_commitments
    from ..store.ingest import ingest_records
    from .options import open_db
    from .store_cmds import print_commitments
    with open_db(db, create=True) as store:
        ingest_records(store, records, articles)
        typer.echo(f"\nCommitments in {where} (signed agreements and promised projects, followed over time):")
        print_commitments(list_commitments(store))
    flag = "" if db is None else f" --db {db}"
    typer.echo(f"\nExplore it: kelisim events{flag}; kelisim actors{flag}; kelisim commitments --status overdue{flag}")
    typer.echo(f"Open it in a browser: kelisim serve{flag}  ->  http://127.0.0.1:8000/")


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)
