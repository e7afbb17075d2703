"""Running the pipeline on every core, or on a Dask cluster, with the same records.

- work.py      what a worker does: keep one warm Extractor, extract a batch, isolate failures
- pool.py      executors on this machine: in process (`--workers 1`) or a process pool
- dask_exec.py an executor on a dask.distributed cluster (`--dask ADDRESS` or `--dask local`)
- ingest.py    ingest through an executor: one writer, bounded transactions, resumable
- threads.py   one BLAS thread per process unless the user asked otherwise

Every executor maps batches of articles to lists of outcomes, in input order, with a
bounded number of batches in flight, so memory stays flat however long the input is.
"""
from .pool import ProcessExecutor, SerialExecutor, default_workers, executor_for
from .work import Outcome, WorkerError

__all__ = ["Outcome", "ProcessExecutor", "SerialExecutor", "WorkerError", "default_workers", "executor_for"]
