"""An executor on a dask.distributed cluster: `--dask tcp://host:8786`, or `--dask local` for
a LocalCluster of worker processes on this machine.

Each worker loads the models once, when it joins (a WorkerPlugin), and keeps them warm
between batches. Batches go out through `as_completed` with a bounded window; results
arrive in any order and are handed back in input order, so the parent (the one writer of
an ingest) sees exactly what a serial run would. At most `window` batches are in flight
or waiting to be reordered, so memory stays flat however long the input is.
"""
from __future__ import annotations

import asyncio
import itertools
import uuid
from collections.abc import Callable, Iterable, Iterator

from ..read.article import Article
from . import work
from .pool import SerialExecutor, default_workers
from .work import Outcome, WorkerError

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:         # the `dask` extra is not installed: DaskExecutor says what to do
    WorkerPlugin = object


class WarmModels(WorkerPlugin):
    """Loads the extractor's models on each worker as it joins, not in its first task."""

    name = "kelisim-models"

    def __init__(self, factory: Callable):
        self.factory = factory

    async def setup(self, worker) -> None:
        # In a thread: loading takes seconds and must not stall the worker's event loop.
        await asyncio.get_running_loop().run_in_executor(None, work.warm, self.factory)


class DaskExecutor(SerialExecutor):
    def __init__(self, address: str, workers: int | None = None, factory: Callable | None = None,
                 window: int | None = None):
        super().__init__(factory)
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise WorkerError("--dask needs dask.distributed: pip install 'kelisim[dask]'") from None
        self.cluster = None
        try:
            if address == "local":
                import dask
                # Dask's sampling profiler walks the task thread's stack every 10 ms under the GIL:
                # with the pipeline's deep stacks that cost ~60% more CPU per article.
                # And glibc's default trimming: the nanny's MALLOC_TRIM_THRESHOLD_=64 KiB hands
                # slovnet's large temporary arrays back to the system after every batch, to be
                # faulted in again on the next.
                blas = {v: 1 for v in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")}
                with dask.config.set({"distributed.worker.profile.enabled": False,
                                      "distributed.nanny.pre-spawn-environ": blas}):
                    self.cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1,
                                                processes=True, dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout="20s")
        except (OSError, TimeoutError) as e:
            self.close()
            raise WorkerError(f"could not reach the Dask scheduler at {address} ({e}); start one with "
                              f"`dask scheduler` and workers with `dask worker {address}`, or use "
                              f"--dask local") from None
        self.client.register_plugin(WarmModels(self.factory), name=WarmModels.name)
        threads = sum(self.client.nthreads().values())
        self.workers = max(1, threads)
        self.window = window or 2 * self.workers
        self._run_id = uuid.uuid4().hex[:8]
        self._count = itertools.count()

    def _submit(self, batch: list[Article], with_text: bool):
        key = f"kelisim-extract-{self._run_id}-{next(self._count)}"
        return self.client.submit(work.run, batch, with_text, self.factory, key=key, pure=False)

    def map(self, batches: Iterable[list[Article]], with_text: bool = False) -> Iterator[list[Outcome]]:
        from distributed import as_completed
        done: dict[int, list[Outcome]] = {}     # arrived early, waiting for the batches before them
        index_of: dict[str, int] = {}
        flow = as_completed()
        source = iter(batches)
        sent = wanted = 0
        exhausted = False
        try:
            while True:
                while not exhausted and len(index_of) + len(done) < self.window:
                    batch = next(source, None)
                    if batch is None:
                        exhausted = True
                    elif not batch:
                        done[sent] = []
                        sent += 1
                    else:
                        future = self._submit(batch, with_text)
                        index_of[future.key] = sent
                        flow.add(future)
                        sent += 1
                while wanted in done:
                    yield done.pop(wanted)
                    wanted += 1
                if exhausted and wanted == sent:
                    return
                if index_of:
                    future = next(flow)
                    done[index_of.pop(future.key)] = self._result(future)
        finally:
            flow.clear()

    def run(self, batch: list[Article], with_text: bool = False) -> list[Outcome]:
        return self._result(self._submit(batch, with_text)) if batch else []

    @staticmethod
    def _result(future) -> list[Outcome]:
        try:
            result = future.result()
        except Exception as e:  # noqa: BLE001 - a worker lost, a cluster gone: say what to do
            raise WorkerError(f"a Dask worker failed ({type(e).__name__}: {e}); nothing of its batch "
                              f"was kept: run again (an ingest goes on from where it stopped)") from None
        future.release()
        return result

    def close(self) -> None:
        client, cluster = getattr(self, "client", None), self.cluster
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
