"""What the store's commands share: the --db, --format and --limit options, the checks of filter
values, opening the store, and printing rows as a table or as JSON.

One meaning of --limit everywhere: at most N rows, 0 for no limit; without it json and jsonl
give every row (scripts must never get a silently cut list) and a table shows the first 50 and
says so ("50 of 71 events; --limit 0 shows all")."""
from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from contextlib import contextmanager
from enum import Enum
from functools import cache

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from ..errors import KelisimError

DB_HELP = "Database: a file path (SQLite) or postgresql://user@host:port/db. Default: $KELISIM_DB, else ./kelisim.db."
TABLE_ROWS = 50
USAGE_ERROR = 2

EVENT_TYPES = ("meeting", "statement", "agreement", "project")
ACTOR_TYPES = ("PER", "ORG", "GPE", "LOC")
MODALITIES = ("asserted", "planned", "possible", "negated")


class Out(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def db_option(default=None):
    return typer.Option(default, "--db", help=DB_HELP, show_default=False)


def format_option():
    return typer.Option(Out.table, "--format", "-f", help="table for people, json or jsonl for scripts.")


def limit_option():
    return typer.Option(None, "--limit", min=0, show_default=False,
                        help=f"At most this many (0: no limit). Default: all for json/jsonl, {TABLE_ROWS} for a table.")


def effective_limit(limit: int | None, fmt: Out) -> int | None:
    if limit == 0 or (limit is None and fmt is not Out.table):
        return None
    return TABLE_ROWS if limit is None else limit


def choice(allowed: tuple[str, ...] | Callable[[], tuple[str, ...]], upper: bool = False):
    """A callback that refuses a value outside `allowed` (exit 2, naming the values there are)
    rather than let a typo ("--type meting") find nothing."""
    def check(value: str | None) -> str | None:
        if value is None:
            return None
        known = allowed() if callable(allowed) else allowed
        norm = value.strip().upper() if upper else value.strip().lower()
        if norm not in known:
            raise typer.BadParameter(f"unknown value {value!r}; use one of {', '.join(known)}")
        return norm
    return check


def iso_code(value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise typer.BadParameter(f"{value!r} is not an ISO 3166-1 code; write two letters such as KZ or GB")
    return code


@cache
def sectors() -> tuple[str, ...]:
    """The sector codes the extractor can give (lang/*/sectors.tsv, and the general one)."""
    from ..lang import lexicon
    codes = {"diplomacy_general"}
    for lang in ("ru", "en", "kk"):
        try:
            codes.update(row[1] for row in lexicon(lang, "sectors.tsv") if len(row) > 1)
        except FileNotFoundError:
            continue
    return tuple(sorted(codes))


@contextmanager
def open_db(db: str | None, create: bool = False):
    """An open store; a KelisimError anywhere inside becomes one line on stderr and exit 2.
    A read command (`create` False) refuses a database file that is not there rather than
    make an empty one and report that it holds nothing."""
    from ..store import open_store
    try:
        with open_store(db, create=create) as store:
            yield store
    except KelisimError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(USAGE_ERROR) from None


def emit(rows: list[dict], fmt: Out, columns: list[tuple[str, Callable[[dict], object]]], title: str = "",
         total: int | None = None, what: str = "rows") -> None:
    """Rows as a table, JSON or JSON lines. `total` is how many matched before --limit: a table
    says how many it shows of how many; a cut JSON listing says so on stderr."""
    total = len(rows) if total is None else total
    cut = f"{len(rows)} of {total} {what}; --limit 0 shows all" if total > len(rows) else None
    if fmt is Out.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt is Out.jsonl:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    else:
        table = Table(title=title or None, box=box.SIMPLE_HEAD, show_lines=False,
                      caption=cut or f"{total} {what}", caption_justify="left")
        for name, _ in columns:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*("" if (v := get(row)) is None else str(v) for _, get in columns))
        print_table(table)
        return
    if cut:
        typer.echo(f"kelisim: {cut}", err=True)


def print_table(table: Table) -> None:
    """On a terminal, as wide as the terminal; piped, as wide as the table needs and no wider,
    without the trailing spaces a fixed width would pad every line with."""
    if sys.stdout.isatty():
        Console().print(table)
        return
    buf = io.StringIO()
    Console(file=buf, width=10_000, color_system=None, legacy_windows=False).print(table)
    typer.echo("\n".join(line.rstrip() for line in buf.getvalue().splitlines()))
