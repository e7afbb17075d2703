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


def articles_or_skips(paths: list[str], max_bytes: int, stderr=None, note=None):
    """Articles from `paths`; every skipped input is reported on stderr (or to `note`), one line each.

    Returns (generator, counter) where counter["skipped"] is filled as the generator runs.
    """
    counter = {"read": 0, "skipped": 0}
    stderr = stderr or sys.stderr
    note = note or (lambda line: print(line, file=stderr))

    def gen():
        for item in read_sources(paths, max_bytes=max_bytes):
            if isinstance(item, Skipped):
                counter["skipped"] += 1
                note(str(item))
                yield item
                continue
            counter["read"] += 1
            if item.encoding not in ("utf-8", "utf-8-sig"):
                note(f"{item.source}: decoded as {item.encoding}")
            yield item

    return gen(), counter


def pretty(record: dict) -> str:
    """A record for a person: entities one a line, then each event with its people by name."""
    names = {e["id"]: e["name"] for e in record["entities"]}
    lines = [f"# {record.get('title') or record.get('source')}  [{record.get('lang')}, {record.get('date')}]"]
    for e in record["entities"]:
        roles = "; ".join(r["title"] for r in e["roles"])
        extra = ", ".join(x for x in (e.get("country") or "", roles) if x)
        lines.append(f"  {e['id']:>4} {e['type']:<3} {e['name']}" + (f"  ({extra})" if extra else ""))
    for v in record["events"]:
        fields = [f"{k}: {_named(v[k], names)}" for k in v
                  if k not in ("id", "type", "evidence", "codes") and v[k] not in (None, [], {}, "")]
        lines.append(f"  {v['id']:>4} {v['type']}: " + "; ".join(fields))
    if record.get("sectors"):
        lines.append("  sectors: " + ", ".join(record["sectors"]))
    for w in record.get("warnings", []):
        lines.append(f"  warning: {w}")
    return "\n".join(lines)


def _named(value, names: dict[str, str]) -> str:
    """An event field as text, entity ids replaced by the entities' names."""
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        return ", ".join(_named(x, names) for x in value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_named(x, names)}" for k, x in value.items() if x not in (None, "")) + "}"
    return json.dumps(value, ensure_ascii=False)


def extract_command(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for standard input."),
    format: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl: one record a line; "
                                  "json: a JSON array; pretty: a readable summary."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    with_text: bool = typer.Option(False, "--with-text", help="Add the article text to each record."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Skip files larger than this."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles processed together."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar (there is none when stderr is piped)."),
    workers: Optional[int] = WORKERS_OPTION,
    dask: Optional[str] = DASK_OPTION,
) -> None:
    """Extract entities and events from articles, one record per article (spec/OUTPUT.md).

    Exit code 0 when every input was read, 1 when some were skipped (unreadable), 2 for a usage
    error, 3 when extraction failed on some article (a bug: the rest are written all the same).
    """
    from ..parallel.stream import extract_records
    from ..pipeline import extraction_failed
    from ..read.sources import count_inputs
    from .progress import progress

    try:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
    except OSError as e:
        typer.echo(f"error: cannot write {output}: {e.strerror}; give another --output", err=True)
        raise typer.Exit(2) from None
    failed = []
    with progress("extract", count_inputs(paths), quiet, loading="loading models") as bar:
        def on_error(article, error):
            failed.append(extraction_failed(article, error))
            bar.note(str(failed[-1]))
            bar.advance()

        items, counter = articles_or_skips(paths, max_bytes, note=bar.note)
        articles = _counting_skips(items, bar)
        try:
            records = extract_records(articles, workers=workers, dask=dask, batch_size=batch_size,
                                      with_text=with_text, on_error=on_error)
            if format is Format.json:
                out.write("[")
            for n, rec in enumerate(records):
                if n == 0:
                    bar.loaded()
                bar.advance()
                for w in rec.get("warnings", []):
                    bar.note(f"{rec['source']}: {w}")
                if format is Format.json:
                    out.write(("\n" if n == 0 else ",\n") + json.dumps(rec, ensure_ascii=False, indent=1))
                else:
                    out.write((json.dumps(rec, ensure_ascii=False) if format is Format.jsonl else pretty(rec)) + "\n")
                out.flush()
            if format is Format.json:
                out.write("\n]\n")
        except KelisimError as e:
            bar.note(f"error: {e}")
            raise typer.Exit(2) from None
        finally:
            if output:
                out.close()
    if counter["read"] == 0 and counter["skipped"] == 0:
        print("no articles found in the given paths (folders are searched for *.txt, *.jsonl, "
              "*.html, *.xml)", file=sys.stderr)
    raise typer.Exit(3 if failed else 1 if counter["skipped"] else 0)


def _counting_skips(items, bar):
    """Articles only; a skipped input moves the bar as an article done would."""
    for item in items:
        if isinstance(item, Skipped):
            bar.advance()
        else:
            yield item


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
