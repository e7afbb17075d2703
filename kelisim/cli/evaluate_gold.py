"""`kelisim eval gold DIR`: score records against gold annotations (spec/GOLD.md)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..errors import KelisimError
from .evaluate import eval_app


@eval_app.command("gold")
def gold_command(
    directory: Path = typer.Argument(..., help="A folder of NAME.txt articles with NAME.gold.json annotations."),
    records: Optional[Path] = typer.Option(None, "--records", "-r",
                                           help="Score these records (JSON lines) instead of extracting the articles."),
    only: str = typer.Option("*", "--only", help="Score only articles whose NAME matches, e.g. '*_ru_*'."),
    per_doc: bool = typer.Option(False, "--per-doc", help="Also print tp/fp/fn for each article."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the full result here."),
) -> None:
    """Precision, recall and F1 per kind (persons, meetings, statements, agreements, projects),
    attribute accuracy and the headline score (the mean of the five F1s)."""
    from ..eval.gold import format_table, score

    try:
        if records is not None:
            recs = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines() if line.strip()]
        else:
            recs = _extract(directory)
        result = score(directory, recs, only=only)
    except (KelisimError, OSError, json.JSONDecodeError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    typer.echo(format_table(result))
    if per_doc:
        for name, row in result["per_document"].items():
            typer.echo(f"{name} {json.dumps(row, ensure_ascii=False)}")
    if json_out:
        json_out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


def _extract(directory: Path) -> list[dict]:
    from ..pipeline import Extractor
    from ..read import Article, read_sources
    paths = sorted(str(p) for p in directory.glob("*.txt"))
    articles = [a for a in read_sources(paths) if isinstance(a, Article)]
    return list(Extractor().records(articles))
