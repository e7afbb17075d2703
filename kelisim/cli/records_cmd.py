"""`kelisim ingest-records FILE.jsonl`: store records extracted elsewhere (by `kelisim extract
--with-text` on other machines, say) without running any NLP. Idempotent, as ingest is: it
goes through the same lookup and the same writer."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import typer

from ..errors import KelisimError
from ..read.skipped import Skipped


def read_records(paths: list[str], skipped: list[Skipped]) -> Iterator[dict]:
    """Records from JSONL files (- for standard input); a line that is not a record with its
    text is reported and left out."""
    for path in paths:
        fh = sys.stdin if path == "-" else open(path, encoding="utf-8")
        try:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    skipped.append(Skipped(where, f"not JSON ({e.msg})"))
                    continue
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
                    skipped.append(Skipped(where, "a record without its text: extract with --with-text"))
                    continue
                yield rec
        finally:
            if fh is not sys.stdin:
                fh.close()


def ingest_records_cmd(
    paths: list[str] = typer.Argument(..., help="JSONL files of records made with `kelisim extract --with-text`, "
                                      "or - for standard input."),
    db: str = typer.Option(None, "--db", show_default=False,
                           help="Database: a file path (SQLite) or postgresql://user@host:port/db. "
                                "Default: $KELISIM_DB, else ./kelisim.db."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Records per transaction."),
    window_days: int = typer.Option(3, "--window-days", min=0, help="Reports of one event may differ by this many days."),
) -> None:
    """Store records extracted elsewhere, without running the NLP; again without storing anything twice.

    Exit code 0 when every record was stored or known, 1 when some lines were skipped."""
    from ..store import open_store
    from ..store.ingest import ingest_records
    skipped: list[Skipped] = []
    try:
        with open_store(db) as store:
            report = ingest_records(store, read_records(paths, skipped), batch_size=batch_size,
                                    window_days=window_days)
            url = store.url
    except (KelisimError, OSError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    for s in skipped:
        typer.echo(str(s), err=True)
    r = report.as_json()
    typer.echo(f"stored {r['stored']} records ({r['near_duplicates']} near-duplicates, {r['duplicates']} "
               f"duplicates, {r['known']} already stored, {len(skipped)} skipped) in {r['batches']} batches, "
               f"{r['seconds']} s -> {url}", err=True)
    raise typer.Exit(1 if skipped else 0)


def register(app: typer.Typer) -> None:
    app.command("ingest-records")(ingest_records_cmd)
