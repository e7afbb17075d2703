"""Following news sources: `kelisim sources add|list|remove|pause|resume|import` and
`kelisim watch`. Thin commands over kelisim.store.sources and kelisim.watch; an error is one
line and exit 2 (open_db)."""
from __future__ import annotations

import asyncio

import typer

from .options import USAGE_ERROR, Out, emit, open_db
from .options import db_option as _db
from .options import format_option as _format

sources_app = typer.Typer(help="News sources followed by `kelisim watch`: feeds, sitemaps and press pages.",
                          no_args_is_help=True)

SOURCE_COLUMNS = [("id", lambda s: s["id"]), ("url", lambda s: s["url"]), ("kind", lambda s: s["kind"]),
                  ("every", lambda s: _every(s["every_seconds"])),
                  ("state", lambda s: "paused" if s["paused"] else ("error" if s["last_error"] else "ok")),
                  ("last poll", lambda s: (s["last_poll"] or "never")[:19]),
                  ("articles", lambda s: s["n_articles"]), ("last error", lambda s: s["last_error"])]


def _every(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@sources_app.command("add")
def add_cmd(url: str = typer.Argument(..., help="The feed, sitemap or press page URL."),
            kind: str = typer.Option("feed", "--kind", help="feed, page (a press page listing articles) or sitemap."),
            every: str = typer.Option("15m", "--every", help="How often to poll it: 90s, 15m, 2h, 1d."),
            lang: str = typer.Option(None, "--lang", help="The language of its articles (ru, en, kk), if known."),
            db: str = _db()) -> None:
    """Follow a source (or change the settings of one already followed)."""
    from ..store import sources
    with open_db(db, create=True) as store:
        s = sources.add_source(store, url, kind=kind, every=every, lang=lang)
    typer.echo(f"source {s.id}: {s.url} ({s.kind}, every {_every(s.every_seconds)}); `kelisim watch` polls it")


@sources_app.command("list")
def list_cmd(db: str = _db(), fmt: Out = _format()) -> None:
    """The sources followed, with their state: last poll, errors, articles stored."""
    from ..store import sources
    with open_db(db) as store:
        rows = [s.as_json() for s in sources.list_sources(store)]
    emit(rows, fmt, SOURCE_COLUMNS, title=f"{len(rows)} sources", what="sources")


@sources_app.command("remove")
def remove_cmd(source: str = typer.Argument(..., help="The source's id or URL."), db: str = _db()) -> None:
    """Stop following a source (the articles stored from it stay)."""
    from ..store import sources
    with open_db(db) as store:
        s = sources.remove_source(store, source)
    typer.echo(f"removed source {s.id}: {s.url}")


def _pause(source: str, db: str | None, paused: bool) -> None:
    from ..store import sources
    with open_db(db) as store:
        s = sources.set_paused(store, source, paused)
    typer.echo(f"source {s.id}: {s.url} {'paused' if paused else 'resumed'}")


@sources_app.command("pause")
def pause_cmd(source: str = typer.Argument(..., help="The source's id or URL."), db: str = _db()) -> None:
    """Stop polling a source for now (`sources resume` goes on)."""
    _pause(source, db, True)


@sources_app.command("resume")
def resume_cmd(source: str = typer.Argument(..., help="The source's id or URL."), db: str = _db()) -> None:
    """Poll a paused source again."""
    _pause(source, db, False)


@sources_app.command("import")
def import_cmd(path: str = typer.Argument(..., help="An OPML file (feed readers export one) or a TOML file."),
               db: str = _db()) -> None:
    """Follow every source listed in an OPML or TOML file."""
    from ..store import sources
    from ..watch.config import read_source_list
    with open_db(db, create=True) as store:
        items = read_source_list(path)
        added = [sources.add_source(store, **item) for item in items]
    typer.echo(f"{len(added)} sources followed from {path}")


def watch_cmd(db: str = _db(),
              once: bool = typer.Option(False, "--once", help="Poll every due source one time and exit (for cron)."),
              per_host: int = typer.Option(2, "--per-host", min=1, help="Requests in flight to one host at most."),
              delay: float = typer.Option(1.0, "--delay", min=0.0, help="Seconds between two requests to one host."),
              batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles fetched and stored together."),
              seconds: float = typer.Option(None, "--for", min=0.0, help="Stop after this many seconds.")) -> None:
    """Poll the followed sources on their schedules and store every new article (Ctrl-C stops
    cleanly; a restart goes on where it stopped)."""
    from ..store import sources
    from ..watch import Politeness, Watcher
    with open_db(db) as store:
        if not any(not s.paused for s in sources.list_sources(store)):
            typer.echo("error: no sources to watch; add one with `kelisim sources add URL`", err=True)
            raise typer.Exit(USAGE_ERROR)
        watcher = Watcher(store, politeness=Politeness(per_host=per_host, delay=delay), batch_size=batch_size,
                          on_line=lambda line: typer.echo(line, err=True))
        report = asyncio.run(watcher.run(once=once, seconds=seconds))
    r = report
    typer.echo(f"polls {r.polls} (unchanged {r.not_modified}, failed {r.errors}); new article URLs {r.found}; "
               f"fetched {r.fetched}; stored {r.stored}; skipped {r.skipped}")


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")
    app.command("watch")(watch_cmd)
