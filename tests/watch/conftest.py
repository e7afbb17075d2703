"""Fixtures for following sources: a news site served on 127.0.0.1 by the test itself, and a
fresh SQLite store."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from newsite import Site  # noqa: E402


@pytest.fixture
def site():
    s = Site().start()
    yield s
    s.stop()


@pytest.fixture
def store(tmp_path):
    from kelisim.store import open_store
    s = open_store(str(tmp_path / "watch.db"))
    yield s
    s.close()
