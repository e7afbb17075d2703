"""Opening a new SQLite file switches it to WAL mode. Two processes that switch the same new
file at the same moment deadlock inside SQLite, which answers one of them "database is locked"
at once, without waiting out busy_timeout; the store retries the switch instead of failing."""
from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

from kelisim.store.engine import _switch_to_wal, check_connection, create_engine, resolve_url


class FlakyCursor:
    """A cursor whose first `fails` WAL switches find the file locked."""

    def __init__(self, fails: int, message: str = "database is locked"):
        self.fails, self.message, self.calls = fails, message, 0

    def execute(self, sql):
        self.calls += 1
        if self.calls <= self.fails:
            raise sqlite3.OperationalError(self.message)


def test_a_locked_wal_switch_is_tried_again_until_it_succeeds():
    cur = FlakyCursor(fails=3)
    _switch_to_wal(cur)
    assert cur.calls == 4


def test_a_file_locked_past_the_deadline_still_fails_with_sqlites_error():
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _switch_to_wal(FlakyCursor(fails=10**6), seconds=0.05)


def test_other_errors_are_not_retried():
    cur = FlakyCursor(fails=1, message="file is not a database")
    with pytest.raises(sqlite3.OperationalError, match="not a database"):
        _switch_to_wal(cur)
    assert cur.calls == 1


def _open(path, results):
    try:
        check_connection(create_engine(resolve_url(path)))
        results.put("ok")
    except Exception as e:  # noqa: BLE001 - the test reports whatever went wrong
        results.put(repr(e))


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to start the openers quickly")
def test_six_processes_opening_one_new_file_at_once_all_succeed(tmp_path):
    # Without the retry about one round in seventy failed on a 2-core machine, so eighty rounds
    # catch its return more often than not.
    ctx = multiprocessing.get_context("fork")
    for round_ in range(80):
        path = tmp_path / f"new{round_}.db"
        results = ctx.Queue()
        openers = [ctx.Process(target=_open, args=(str(path), results)) for _ in range(6)]
        for p in openers:
            p.start()
        for p in openers:
            p.join(60)
        outcomes = [results.get(timeout=5) for _ in openers]
        assert outcomes == ["ok"] * 6, (round_, outcomes)
        assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
