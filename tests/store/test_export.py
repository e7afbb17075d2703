"""Exports that other tools open: JSON lines, CSV and Parquet tables, GraphML for Gephi."""
from __future__ import annotations

import csv
import json

import pytest

from kelisim.errors import StoreError
from kelisim.store.export import TABLES, export
from kelisim.store.ingest import ingest_records


@pytest.fixture
def full(store, records):
    ingest_records(store, records.values())
    return store


def test_export_jsonl_writes_one_record_per_article_with_text(full, records, tmp_path):
    out = tmp_path / "records.jsonl"
    assert export(full, "jsonl", out)["records"] == len(records)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    seed = next(r for r in lines if r["id"] == "ru-seed-0001")
    assert seed["text"] == records["roadmap"]["text"]
    assert seed["events"] == records["roadmap"]["events"]
    ev = seed["events"][1]["evidence"][0]
    assert seed["text"][ev["start"]:ev["end"]] == ev["text"]


def test_export_csv_writes_every_table(full, tmp_path):
    written = export(full, "csv", tmp_path / "csv")["tables"]
    assert set(written) == set(TABLES)
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == written["events"] and json.loads(rows[0]["attrs"]) is not None


def test_export_parquet_writes_typed_tables(full, tmp_path):
    import pyarrow.parquet as pq
    export(full, "parquet", tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq" / "commitments.parquet")
    assert table.num_rows == 4 and str(table.schema.field("deadline_date").type) == "date32[day]"


def test_export_graphml_has_actors_and_weighted_event_edges(full, tmp_path):
    import networkx as nx
    export(full, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    names = {d["label"]: n for n, d in g.nodes(data=True)}
    edge = g.edges[names["Мурат Нуртлеу"], names["Дэвид Кэмерон"]]
    assert edge["weight"] == 1 and edge["meeting"] == 1


def test_export_unknown_format_or_wrong_output_is_an_error(full, tmp_path):
    with pytest.raises(StoreError, match="use one of"):
        export(full, "xlsx", tmp_path / "x")
    (tmp_path / "file").write_text("")
    with pytest.raises(StoreError, match="folder"):
        export(full, "csv", tmp_path / "file")
