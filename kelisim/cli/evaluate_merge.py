"""`kelisim eval merge DIR`: score the store's merging of reports against DIR/INDEX.tsv."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..errors import KelisimError
from .evaluate import eval_app


@eval_app.command("merge")
def merge_command(
    directory: Path = typer.Argument(..., help="A folder of articles with an INDEX.tsv (same_event_group, topic)."),
    records: Optional[Path] = typer.Option(None, "--records", "-r",
                                           help="Store these records (JSON lines of the same folder) instead of "
                                                "extracting the articles."),
    from_gold: bool = typer.Option(False, "--from-gold",
                                   help="Store records made from the NAME.gold.json annotations instead: the "
                                        "store's rules alone, as if extraction made no mistake."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the figures and failures here."),
) -> None:
    """Groups of reports merged into one event, follow-up chains linked into one commitment, and
    wrong merges, in all and by half (even and odd article numbers), with each failure's cause."""
    from ..eval.merge import evaluate_merge, format_report

    try:
        recs = None
        if from_gold:
            from ..eval.gold_records import records_from_gold
            recs = records_from_gold(directory)
        elif records is not None:
            recs = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines() if line.strip()]
        report = evaluate_merge(directory, records=recs)
    except (KelisimError, OSError, json.JSONDecodeError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    typer.echo(format_report(report))
    if json_out:
        json_out.write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=2), encoding="utf-8")
