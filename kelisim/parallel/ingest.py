"""Ingest through an executor: workers extract, this process alone writes.

The serial `store.ingest.ingest` reads a chunk, looks it up in the store, extracts what is
new and writes it. Here chunks are looked up as they are read, and what is new goes to
the workers while earlier chunks are still being extracted; each chunk is looked up again
when its turn to be written comes (an article of a chunk still in flight may be its
original), then written in one transaction by the same `Writer` as a serial run. So an
article stored by an earlier run is never extracted again, a run killed at any point and
started again loses nothing and stores nothing twice, and the store ends as a serial run
leaves it.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator

from ..read.article import Article
from ..read.skipped import Skipped
from ..store.dedup import classify
from ..store.events import DEFAULT_WINDOW_DAYS
from ..store.ingest import DEFAULT_BATCH, IngestReport, Writer, run_batches
from .stream import chunks


def failed(source: str, error: str) -> Skipped:
    # The words of a serial ingest's failed extraction (store/ingest.py), so logs read alike.
    return Skipped(source, f"extraction failed ({error}); report it with the file attached")


def ingest_with(executor, store, paths: Iterable[str], *, batch_size: int = DEFAULT_BATCH,
                max_bytes: int | None = None, window_days: int = DEFAULT_WINDOW_DAYS,
                on_progress: Callable[[int], None] | None = None,
                on_skip: Callable[[object], None] | None = None) -> IngestReport:
    """`store.ingest.ingest`, with the extraction done by `executor` (pool.py, dask_exec.py)."""
    from ..read import read_sources
    stream = read_sources([str(p) for p in paths], **({} if max_bytes is None else {"max_bytes": max_bytes}))
    ahead: deque[tuple[list, list[Article]]] = deque()     # (chunk, what went out), oldest first

    def new_articles() -> Iterator[list[Article]]:
        for chunk in chunks(stream, batch_size):
            batch = [x for x in chunk if isinstance(x, Article)]
            with store.connect() as conn:
                todo = [it.article for it in classify(conn, batch) if it.status == "new"]
            ahead.append((chunk, todo))
            yield todo

    def write(writer: Writer, report: IngestReport, outcomes: list) -> tuple[int, list]:
        chunk, sent = ahead.popleft()
        got = dict(zip((a.id for a in sent), outcomes))
        return len(chunk), write_chunk(executor, store, writer, report, chunk, got)

    return run_batches(store, executor.map(new_articles()), write, window_days=window_days,
                       on_progress=on_progress, on_skip=on_skip)


def write_chunk(executor, store, writer: Writer, report: IngestReport, chunk: list, got: dict) -> list:
    """Look the chunk up again, fill each new article's record from `got` (article id ->
    outcome) and write it in one transaction. Returns what was skipped."""
    batch = [x for x in chunk if isinstance(x, Article)]
    skipped = [x for x in chunk if not isinstance(x, Article)]
    with store.connect() as conn:
        items = classify(conn, batch)
    # New now but not when it went out: only if the store lost an article meanwhile (another
    # process deleted it); extract it here rather than store it without a record.
    late = [it.article for it in items if it.status == "new" and it.article.id not in got]
    if late:
        got = {**got, **dict(zip((a.id for a in late), executor.run(late)))}
    for it in items:
        if it.status == "new":
            record, error = got[it.article.id]
            if error is None:
                it.record = record
            else:
                it.status = "failed"
                skipped.append(failed(it.article.source, error))
    writer.write([it for it in items if it.status != "failed"], skipped, report)
    return skipped


def ingest_any(store, paths: Iterable[str], *, workers: int | None = None, dask: str | None = None,
               **options) -> IngestReport:
    """What `kelisim ingest` runs: the serial ingest for `--workers 1`, else workers or a cluster."""
    if workers == 1 and not dask:
        from ..store.ingest import ingest
        return ingest(store, paths, **options)
    from .stream import AutoExecutor
    with AutoExecutor(workers, dask) as executor:
        return ingest_with(executor, store, paths, **options)
