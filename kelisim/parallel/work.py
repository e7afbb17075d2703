"""What a worker does, in a pool process, a Dask worker or the parent itself: keep one warm
Extractor and turn a batch of articles into one outcome per article.

An outcome is ``(record, None)`` or ``(None, error)``: an article the pipeline fails on costs
that article only, as in a serial run, and its error travels back to the parent, which
reports the article's source and goes on.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

from ..errors import KelisimError
from ..read.article import Article

Outcome = tuple  # (record | None, error | None)


class WorkerError(KelisimError):
    """A worker process or a cluster failed (not an article): nothing of the batch was stored."""


_extractor = None
_factory_of: Callable | None = None
_lock = threading.Lock()       # one extraction at a time in a process: the models are not shared-safe
_WARM_TEXT = "Министр иностранных дел провёл переговоры в Астане."


def warm(factory: Callable) -> object:
    """Build the extractor once per process and load its models before the first batch."""
    global _extractor, _factory_of
    from .threads import one_blas_thread
    one_blas_thread()
    with _lock:
        if _extractor is None or _factory_of is not factory:
            ex = factory()
            # Models load on first use: one short article loads them now, not in the first timed batch.
            ex.extract(Article(_WARM_TEXT, source="warm-up"))
            _extractor, _factory_of = ex, factory
    return _extractor


def extract_batch(extractor, articles: list[Article], with_text: bool = False) -> list[Outcome]:
    """One outcome per article, in order; a batch that fails is retried one article at a time."""
    if not articles:
        return []
    try:
        records = list(extractor.records(articles, with_text=with_text, batch_size=len(articles)))
        if len(records) == len(articles):
            return [(r, None) for r in records]
    except Exception:  # noqa: BLE001 - find the article at fault, one at a time
        pass
    out: list[Outcome] = []
    for a in articles:
        try:
            out.append((extractor.extract(a, with_text=with_text), None))
        except Exception as e:  # noqa: BLE001 - one bad article must not cost the batch
            out.append((None, f"{type(e).__name__}: {e}"))
    return out


def run(articles: list[Article], with_text: bool, factory: Callable) -> list[Outcome]:
    """The task a pool or Dask worker runs: warm (once) and extract."""
    extractor = warm(factory)
    with _lock:
        return extract_batch(extractor, articles, with_text)


def watch_parent(pid: int, interval: float = 1.0) -> None:
    """Exit when the process that runs the command (`pid`) is gone, killed with SIGKILL say,
    so no worker is left waiting for work that will never come. Not the immediate parent: under
    forkserver that is the fork server, which itself waits for its children."""

    def loop() -> None:
        while True:
            time.sleep(interval)
            if not _alive(pid):
                os._exit(1)

    threading.Thread(target=loop, name="kelisim-watch-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:        # killed but not yet reaped by its own parent: gone all the same
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True
