"""Articles in, records out in input order, through whichever executor the options ask for."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice

from ..read.article import Article
from .pool import SerialExecutor, executor_for
from .work import Outcome


def chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class AutoExecutor:
    """The executor `workers`/`dask` ask for, started only once there is more than one batch.

    Input that fits in one batch runs in this process: starting workers that each load the
    models would take longer than the batch itself. A cluster named with `dask` is always used.
    """

    def __init__(self, workers: int | None = None, dask: str | None = None, factory: Callable | None = None):
        self.workers, self.dask, self.factory = workers, dask, factory
        self.inner = None

    def _start(self, batches_seen: int):
        if self.inner is None:
            many = batches_seen > 1 or self.dask
            self.inner = executor_for(self.workers, self.dask, self.factory) if many \
                else SerialExecutor(self.factory)
        return self.inner

    def map(self, batches: Iterable[list[Article]], with_text: bool = False) -> Iterator[list[Outcome]]:
        batches = iter(batches)
        head = list(islice(batches, 2))
        yield from self._start(len(head)).map(chain(head, batches), with_text)

    def run(self, batch: list[Article], with_text: bool = False) -> list[Outcome]:
        return self._start(1).run(batch, with_text)

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def extract_records(articles: Iterable[Article], *, workers: int | None = None, dask: str | None = None,
                    batch_size: int = 32, with_text: bool = False,
                    on_error: Callable[[Article, str], None] | None = None) -> Iterator[dict]:
    """Records in the order of `articles`; an article the pipeline fails on is passed to
    `on_error` with the error and left out."""
    sent: deque[list[Article]] = deque()

    def feed() -> Iterator[list[Article]]:
        for batch in chunks(articles, batch_size):
            sent.append(batch)
            yield batch

    with AutoExecutor(workers, dask) as executor:
        for outcomes in executor.map(feed(), with_text=with_text):
            for article, (record, error) in zip(sent.popleft(), outcomes, strict=True):
                if error is None:
                    yield record
                elif on_error:
                    on_error(article, error)
