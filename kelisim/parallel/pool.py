"""Executors on this machine: the parent itself (`--workers 1`) or a pool of worker
processes, each loading the models once.

Worker processes start with `forkserver` (or `spawn` where there is none), never `fork`:
a fork of a process that has loaded numpy/OpenBLAS and the models can deadlock or
duplicate their threads. At most `window` batches are in flight or waiting to be read,
so a million articles take no more memory than a hundred.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..read.article import Article
from . import work
from .work import Outcome, WorkerError


def default_workers() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than exist)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:      # macOS, Windows
        return max(1, os.cpu_count() or 1)


def default_factory() -> Callable:
    # Looked up at call time, so a program that swaps in another extractor (a test's stand-in)
    # sends that one to its workers.
    from .. import pipeline
    return pipeline.Extractor


class SerialExecutor:
    """Everything in this process: what `--workers 1` runs, and the reference the others match."""

    workers = 1

    def __init__(self, factory: Callable | None = None):
        self.factory = factory or default_factory()
        self._extractor = None

    def map(self, batches: Iterable[list[Article]], with_text: bool = False) -> Iterator[list[Outcome]]:
        for batch in batches:
            yield self.run(batch, with_text)

    def run(self, batch: list[Article], with_text: bool = False) -> list[Outcome]:
        if batch and self._extractor is None:
            self._extractor = self.factory()
        return work.extract_batch(self._extractor, batch, with_text)

    def close(self) -> None:
        self._extractor = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _start_worker(factory: Callable, parent: int) -> None:
    work.watch_parent(parent)
    work.warm(factory)


def _ready(value) -> Future:
    f: Future = Future()
    f.set_result(value)
    return f


class ProcessExecutor(SerialExecutor):
    """A pool of `workers` processes; batches go out as workers free up, results come back in
    input order."""

    def __init__(self, workers: int, factory: Callable | None = None, window: int | None = None):
        super().__init__(factory)
        self.workers = workers
        self.window = window or 2 * workers
        methods = mp.get_all_start_methods()
        ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
        self.pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_start_worker,
                                        initargs=(self.factory, os.getpid()))

    def _submit(self, batch: list[Article], with_text: bool) -> Future:
        if not batch:
            return _ready([])
        return self.pool.submit(work.run, batch, with_text, self.factory)

    def map(self, batches: Iterable[list[Article]], with_text: bool = False) -> Iterator[list[Outcome]]:
        pending: deque[Future] = deque()
        for batch in batches:
            pending.append(self._submit(batch, with_text))
            if len(pending) >= self.window:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())

    def run(self, batch: list[Article], with_text: bool = False) -> list[Outcome]:
        return self._result(self._submit(batch, with_text))

    @staticmethod
    def _result(future: Future) -> list[Outcome]:
        try:
            return future.result()
        except BrokenProcessPool as e:
            raise WorkerError(f"a worker process died ({e}); nothing of its batch was kept: run again "
                              f"(an ingest goes on from where it stopped), or with --workers 1 to find "
                              f"the article at fault") from None

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def executor_for(workers: int | None = None, dask: str | None = None, factory: Callable | None = None):
    """The executor the CLI options ask for: a Dask cluster, a process pool, or this process."""
    if dask:
        from .dask_exec import DaskExecutor
        return DaskExecutor(dask, workers=workers, factory=factory)
    workers = workers or default_workers()
    return ProcessExecutor(workers, factory) if workers > 1 else SerialExecutor(factory)
