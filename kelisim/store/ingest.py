"""Ingest: sources -> articles -> records -> the store, one transaction per batch.

- Idempotent: an article whose id (hash of the normalized body) or exact text is stored is not
  read into the store again; from another source it is logged as a `duplicate` of it.
- Near-duplicates (dedup.py) are stored with `near_duplicate_of` pointing to the original, are
  not extracted, and add no actors, events or commitments: a reprint is the same report again,
  not a new witness. Queries list reprints beside the sources they copy.
- Resumable: a batch commits whole or not at all, and articles already stored are recognised
  before any NLP runs, so a run killed at any point and started again loses nothing and
  stores nothing twice, and goes quickly over what was done.
- A bad input is reported (`Skipped`) and logged; the batch goes on.
The cross-article work (actors.py, events.py, commitments.py) reads only the stored record, so
`rebuild` re-runs it over everything stored when the rules or an analyst's overrides change.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import sqlalchemy as sa

from ..read.article import Article
from ..read.skipped import Skipped
from .dedup import Item, classify
from .events import DEFAULT_WINDOW_DAYS
from .schema import DERIVED, articles, ingest_log
from .writer import Context, IngestReport, Writer, run_batches, store_record

__all__ = ["DEFAULT_BATCH", "Context", "IngestReport", "Writer", "ingest", "ingest_articles", "ingest_records",
           "rebuild", "run_batches", "store_record"]

DEFAULT_BATCH = 64


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract(extractor, items: list[Item]) -> list:
    """Fill each item's record; an article the extractor fails on is skipped, not the batch."""
    todo = [it for it in items if it.status == "new" and it.record is None]
    if not todo:
        return []
    try:
        for it, rec in zip(todo, extractor.records([it.article for it in todo], with_text=False), strict=True):
            it.record = rec
        return []
    except Exception:  # noqa: BLE001 - find the article at fault, one at a time
        failed = []
        for it in todo:
            try:
                it.record = extractor.extract(it.article)
            except Exception as e:  # noqa: BLE001
                it.status = "failed"
                failed.append(Skipped(it.article.source, f"extraction failed ({type(e).__name__}: {e}); "
                                                       f"report it with the file attached"))
        return failed


# -- entry points ---------------------------------------------------------------------------

def ingest(store, paths: Iterable[str], *, batch_size: int = DEFAULT_BATCH, max_bytes: int | None = None,
           window_days: int = DEFAULT_WINDOW_DAYS, extractor=None,
           on_progress: Callable[[int], None] | None = None,
           on_skip: Callable[[object], None] | None = None) -> IngestReport:
    """Read `paths` (files, folders, JSONL...), extract what is new and store it, batch by batch."""
    from ..read import read_sources
    stream = read_sources([str(p) for p in paths], **({} if max_bytes is None else {"max_bytes": max_bytes}))
    return ingest_articles(store, stream, batch_size=batch_size, window_days=window_days, extractor=extractor,
                           on_progress=on_progress, on_skip=on_skip)


def ingest_articles(store, stream: Iterable[Article | Skipped], *, batch_size: int = DEFAULT_BATCH,
                    window_days: int = DEFAULT_WINDOW_DAYS, extractor=None,
                    on_progress: Callable[[int], None] | None = None,
                    on_skip: Callable[[object], None] | None = None) -> IngestReport:
    """Extract what is new among read articles (or `Skipped` inputs) and store it, batch by batch:
    the one path every reader's articles take into the store (files, `watch`)."""
    def write(writer: Writer, report: IngestReport, chunk: list) -> tuple[int, list]:
        nonlocal extractor
        batch = [x for x in chunk if isinstance(x, Article)]
        skipped = [x for x in chunk if not isinstance(x, Article)]
        with store.connect() as conn:
            items = classify(conn, batch)
        if any(it.status == "new" for it in items):
            if extractor is None:
                from ..pipeline import Extractor
                extractor = Extractor()
            skipped += _extract(extractor, items)
        writer.write([it for it in items if it.status != "failed"], skipped, report)
        return len(chunk), skipped

    return run_batches(store, _chunks(iter(stream), batch_size), write, window_days=window_days,
                       on_progress=on_progress, on_skip=on_skip)


def ingest_records(store, records: Iterable[dict], articles: Iterable[Article] | None = None, *,
                   batch_size: int = DEFAULT_BATCH, window_days: int = DEFAULT_WINDOW_DAYS,
                   on_progress: Callable[[int], None] | None = None) -> IngestReport:
    """Store records extracted elsewhere (OUTPUT.md), without running NLP again.

    The text comes from the record's `text` (`--with-text`) or from `articles`, matched by id.
    """
    by_id = {a.id: a for a in articles or ()}

    def write(writer: Writer, report: IngestReport, chunk: list[dict]) -> tuple[int, list]:
        batch = [(by_id.get(rec.get("id") or "") or Article(
            text=rec.get("text") or "", title=rec.get("title") or "", date=rec.get("date"),
            source=rec.get("source") or "", id=rec.get("id") or ""), rec) for rec in chunk]
        with store.connect() as conn:
            items = classify(conn, [a for a, _ in batch])
        for it, (_, rec) in zip(items, batch):
            if it.status == "new":
                it.record = rec
        writer.write(items, [], report)
        return len(chunk), []

    return run_batches(store, _chunks(iter(records), batch_size), write, window_days=window_days,
                       on_progress=on_progress)


def rebuild(store, *, window_days: int | None = None, page: int = 500) -> int:
    """Clear actors, events and commitments and derive them again from every stored record, in
    the order they were stored, applying the analyst's overrides. Returns the articles replayed."""
    window_days = DEFAULT_WINDOW_DAYS if window_days is None else window_days
    n = 0
    with store.write() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("TRUNCATE " + ", ".join(t.name for t in DERIVED) + " RESTART IDENTITY")
        else:
            for table in DERIVED:
                conn.execute(table.delete())
        ctx, last = Context(conn, window_days), 0
        while True:
            rows = conn.execute(
                sa.select(ingest_log.c.id.label("log_id"), articles.c.id, articles.c.record, articles.c.date)
                .join(articles, articles.c.id == ingest_log.c.article_id)
                .where(ingest_log.c.status == "stored", ingest_log.c.id > last)
                .order_by(ingest_log.c.id).limit(page)).all()
            if not rows:
                break
            for row in rows:
                if row.record:
                    store_record(conn, ctx, row.id, row.record, row.date)
                    n += 1
            last = rows[-1].log_id
        # the analyst's corrections outlive a rebuild: find their events again and apply them
        from . import review
        review.reanchor(conn)
        review.apply_corrections(conn)
    return n
