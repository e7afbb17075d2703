"""`kelisim extract`: articles in, one record (spec/OUTPUT.md) per article out."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..errors import KelisimError
from ..parallel.options import DASK_OPTION, WORKERS_OPTION
from ..read import Skipped, read_sources

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    pretty = "pretty"


def articles_or_skips(paths: list[str], max_bytes: int, stderr=None):
    """Articles from `paths`; every skipped input is reported on stderr, one line each.

    Returns (generator, counter) where counter["skipped"] is filled as the generator runs.
    """
    counter = {"read": 0, "skipped": 0}
    stderr = stderr or sys.stderr

    def gen():
        for item in read_sources(paths, max_bytes=max_bytes):
            if isinstance(item, Skipped):
                counter["skipped"] += 1
                print(str(item), file=stderr)
                continue
            counter["read"] += 1
            if item.encoding not in ("utf-8", "utf-8-sig"):
                print(f"{item.source}: decoded as {item.encoding}", file=stderr)
            yield item

    return gen(), counter


def pretty(record: dict) -> str:
    lines = [f"# {record.get('title') or record.get('source')}  [{record.get('lang')}, {record.get('date')}]"]
    for e in record["entities"]:
        roles = "; ".join(r["title"] for r in e["roles"])
        extra = ", ".join(x for x in (e.get("country") or "", roles) if x)
        lines.append(f"  {e['id']:>4} {e['type']:<3} {e['name']}" + (f"  ({extra})" if extra else ""))
    for v in record["events"]:
        lines.append(f"  {v['id']:>4} {v['type']}: " + json.dumps(
            {k: v[k] for k in v if k not in ("id", "type", "evidence", "codes")}, ensure_ascii=False))
    if record.get("sectors"):
        lines.append("  sectors: " + ", ".join(record["sectors"]))
    for w in record.get("warnings", []):
        lines.append(f"  warning: {w}")
    return "\n".join(lines)


def extract_command(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for standard input."),
    format: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl: one record a line; "
                                  "json: a JSON array; pretty: a readable summary."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    with_text: bool = typer.Option(False, "--with-text", help="Add the article text to each record."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Skip files larger than this."),
    batch_size: int = typer.Option(32, "--batch-size", help="Articles processed together."),
    workers: Optional[int] = WORKERS_OPTION,
    dask: Optional[str] = DASK_OPTION,
) -> None:
    """Extract entities and events from articles, one record per article (spec/OUTPUT.md).

    Exit code 0 when every input was read, 1 when some were skipped, 2 for a usage error.
    """
    from ..parallel.stream import extract_records

    articles, counter = articles_or_skips(paths, max_bytes)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        records = extract_records(articles, workers=workers, dask=dask, batch_size=batch_size,
                                  with_text=with_text, on_error=lambda a, e: _failed(counter, a, e))
        if format is Format.json:
            json.dump(list(records), out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            for rec in records:
                for w in rec.get("warnings", []):
                    print(f"{rec['source']}: {w}", file=sys.stderr)
                out.write((json.dumps(rec, ensure_ascii=False) if format is Format.jsonl else pretty(rec)) + "\n")
                out.flush()
    except KelisimError as e:
        print(f"error: {e}", file=sys.stderr)
        raise typer.Exit(1) from None
    finally:
        if output:
            out.close()
    if counter["read"] == 0 and counter["skipped"] == 0:
        print("no articles found in the given paths (folders are searched for *.txt, *.jsonl, "
              "*.html, *.xml)", file=sys.stderr)
    raise typer.Exit(1 if counter["skipped"] else 0)


def _failed(counter: dict, article, error: str) -> None:
    counter["skipped"] += 1
    print(f"{article.source}: extraction failed ({error}); skipped, report it with the file attached",
          file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
