"""Several `kelisim ingest` processes started at once on a database file that does not exist
yet: the first creates the tables, the others wait for it, and every one stores its articles.
Real processes on a real SQLite file (the NLP faked: fake_extractor.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_extractor import generate_corpus
from store_records import counts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WRITERS = 6


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    folders = []
    for i in range(WRITERS):
        folder = tmp_path_factory.mktemp(f"corpus{i}")
        generate_corpus(folder, n=3, seed=100 + i)
        folders.append(folder)
    return folders


@pytest.mark.parametrize("attempt", range(3))
def test_engine_concurrent_first_ingests_into_a_new_sqlite_file_all_succeed(tmp_path, corpora, attempt):
    db = tmp_path / "new.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    procs = [subprocess.Popen([sys.executable, str(HERE / "run_kelisim.py"), "ingest", str(folder), "--db", str(db)],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for folder in corpora]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for code, err in results:
        assert code == 0, err
        assert "may create tables" not in err
    from kelisim.store import open_store
    with open_store(str(db)) as store:
        assert counts(store)["articles"] == 3 * WRITERS
