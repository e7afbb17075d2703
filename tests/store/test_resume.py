"""`kelisim ingest` killed with SIGKILL in the middle and run again loses nothing and stores
nothing twice: the store ends as a clean run leaves it, in every mode (one process, worker
processes, a Dask cluster), and no worker outlives the killed command. The NLP is faked
(fake_extractor.py) so the test measures the store; everything else is the real command in a
real process."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
import sqlalchemy as sa
from fake_extractor import generate_corpus
from store_records import counts

from kelisim.store import open_store
from kelisim.store.schema import articles, ingest_batches

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def kelisim(*args, real_nlp: bool = False) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    program = ["-c", "from kelisim.cli import main; main()"] if real_nlp else [str(HERE / "run_kelisim.py")]
    return subprocess.Popen([sys.executable, *program, *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def batches_committed(db) -> int:
    try:
        with open_store(db) as store, store.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(ingest_batches)).scalar()
    except Exception:  # noqa: BLE001 - the first process may still be creating the tables
        return 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate_corpus(folder, n=500)
    return folder


MODES = {"one process": ("--workers", 1), "two workers": ("--workers", 2),
         "dask local cluster": ("--dask", "local", "--workers", 2)}


@pytest.mark.parametrize("mode", MODES)
def test_ingest_killed_with_sigkill_and_rerun_equals_a_clean_run(make_db, corpus, mode):
    kill_and_compare(make_db(), make_db(), corpus, n=500, mode=MODES[mode])


@pytest.mark.slow
def test_ingest_with_real_nlp_killed_with_sigkill_and_rerun_equals_a_clean_run(tmp_path):
    """The same with the real Extractor, on 150 articles and SQLite only to keep the suite
    within minutes: extraction must be as deterministic as the store for a resumed run to
    equal a clean one."""
    generate_corpus(tmp_path, n=150)
    kill_and_compare(str(tmp_path / "killed.db"), str(tmp_path / "clean.db"), tmp_path, n=150, real_nlp=True)


def kill_and_compare(killed_db: str, clean_db: str, corpus: Path, n: int, real_nlp: bool = False,
                     mode: tuple = ("--workers", 1)) -> None:
    run = ("ingest", corpus, "--batch-size", 20, "--quiet", *mode)
    proc = kelisim(*run, "--db", killed_db, real_nlp=real_nlp)
    deadline = time.monotonic() + 120
    while batches_committed(killed_db) < 3:
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.communicate()}"
        assert time.monotonic() < deadline, "no batch committed within two minutes"
        time.sleep(0.02)
    workers = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive, f"worker processes outlived the killed ingest: {alive}"
    with open_store(killed_db) as store, store.connect() as conn:
        partial = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar()
    assert 0 < partial < n

    rerun = kelisim(*run, "--db", killed_db, real_nlp=real_nlp)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert "already stored" in err
    clean = kelisim(*run, "--db", clean_db, real_nlp=real_nlp)
    out, err = clean.communicate(timeout=300)
    assert clean.returncode == 0, err

    with open_store(killed_db) as resumed, open_store(clean_db) as fresh:
        got, want = counts(resumed), counts(fresh)
        assert got == want
        reprints = len(list(corpus.glob("*_reprint.txt")))
        assert want["articles"] == n + reprints
        with resumed.connect() as conn:
            near = conn.execute(sa.select(sa.func.count()).select_from(articles).where(
                articles.c.near_duplicate_of.is_not(None))).scalar()
        assert near == reprints
        if not real_nlp:
            assert want["event_sources"] > want["events"]      # reports of one meeting were merged
            assert want["commitments"] > 0
