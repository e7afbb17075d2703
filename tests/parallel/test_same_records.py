"""The same records whether kelisim runs in one process, on worker processes or on a Dask
cluster: byte for byte from `extract`, row for row in the store from `ingest`, and from
`ingest-records` of records extracted elsewhere. The real models run here."""
from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from kelisim.cli import app
from kelisim.store import open_store
from kelisim.store.schema import articles, metadata

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DEV = ROOT.parent / "shared" / "dev"
MODES = {"two workers": ["--workers", "2"], "dask local cluster": ["--dask", "local", "--workers", "2"]}


def kelisim(*args) -> str:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def extract(tmp_path: Path, source: Path, *mode: str) -> bytes:
    out = tmp_path / f"records{len(list(tmp_path.iterdir()))}.jsonl"
    kelisim("extract", source, "--batch-size", "1", "-o", out, *mode)
    return out.read_bytes()


def stored(db: str) -> dict:
    """Rows per table and every stored record: what 'the same store' means here."""
    skip = {"ingest_batches", "ingest_log", "actor_overrides"}
    with open_store(db) as store, store.connect() as conn:
        rows = {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar()
                for t in metadata.sorted_tables if t.name not in skip}
        rows["records"] = conn.execute(sa.select(articles.c.id, articles.c.record).order_by(articles.c.id)).all()
    return rows


@pytest.mark.parametrize("mode", MODES)
def test_extract_on_workers_or_dask_writes_the_bytes_one_process_writes(tmp_path, mode):
    one = extract(tmp_path, EXAMPLES, "--workers", "1")
    assert one.count(b"\n") == len(list(EXAMPLES.glob("*.txt")))
    assert extract(tmp_path, EXAMPLES, *MODES[mode]) == one


@pytest.mark.shared("dev")
def test_extract_dev_set_on_two_workers_writes_the_bytes_one_process_writes(tmp_path):
    one = extract(tmp_path, DEV, "--workers", "1")
    assert one.count(b"\n") >= 100
    assert extract(tmp_path, DEV, "--workers", "2") == one


@pytest.mark.parametrize("mode", MODES)
def test_ingest_on_workers_or_dask_stores_what_one_process_stores(tmp_path, mode):
    serial, parallel = str(tmp_path / "serial.db"), str(tmp_path / "parallel.db")
    kelisim("ingest", EXAMPLES, "--batch-size", "1", "-q", "--db", serial, "--workers", "1")
    kelisim("ingest", EXAMPLES, "--batch-size", "1", "-q", "--db", parallel, *MODES[mode])
    want = stored(serial)
    assert want["articles"] == len(list(EXAMPLES.glob("*.txt"))) and want["events"] > 0
    assert stored(parallel) == want


def test_ingest_records_stores_what_ingest_stores_and_nothing_twice(tmp_path):
    records = tmp_path / "records.jsonl"
    kelisim("extract", EXAMPLES, "--with-text", "-o", records)
    direct, from_records = str(tmp_path / "direct.db"), str(tmp_path / "records.db")
    kelisim("ingest", EXAMPLES, "-q", "--db", direct)
    first = kelisim("ingest-records", records, "--db", from_records)
    assert f"stored {len(list(EXAMPLES.glob('*.txt')))} records" in first
    assert stored(from_records) == stored(direct)
    again = kelisim("ingest-records", records, "--db", from_records)
    assert "stored 0 records" in again and f"{len(list(EXAMPLES.glob('*.txt')))} already stored" in again
    assert stored(from_records) == stored(direct)


def test_ingest_records_reports_a_line_without_its_text_and_exits_1(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "a1", "source": "x.txt", "entities": [], "events": []}\nnot json\n',
                       encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest-records", str(records), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 1
    assert f"{records}:1: skipped: a record without its text: extract with --with-text" in result.output
    assert f"{records}:2: skipped: not JSON" in result.output
