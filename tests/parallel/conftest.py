"""Executors to test, each built the way the CLI builds it."""
from __future__ import annotations

import pytest
from toy_extractor import ToyExtractor

from kelisim.parallel import ProcessExecutor, SerialExecutor

KINDS = ["serial", "two processes", "dask local cluster"]


def make_executor(kind: str, factory=ToyExtractor, window: int | None = None):
    if kind == "serial":
        return SerialExecutor(factory)
    if kind == "two processes":
        return ProcessExecutor(2, factory, window=window)
    from kelisim.parallel.dask_exec import DaskExecutor
    return DaskExecutor("local", workers=2, factory=factory, window=window)


@pytest.fixture(params=KINDS)
def kind(request):
    return request.param
