"""Exports for other tools: the records as JSON lines, every table as CSV or Parquet files, and
the actor network as GraphML (actors as nodes, shared events as weighted edges; opens in Gephi).

    jsonl    a file: one record (OUTPUT.md) per stored article, with `text`, and
             `near_duplicate_of` for reprints (which carry no entities or events)
    csv      a folder: one <table>.csv per table, JSON columns as JSON text
    parquet  a folder: one <table>.parquet per table, with typed columns
    graphml  a file
"""
from __future__ import annotations

import csv
import json
from itertools import combinations
from pathlib import Path

import sqlalchemy as sa

from ..errors import StoreError
from .schema import actors, articles, event_participants, events, metadata

FORMATS = ("jsonl", "csv", "parquet", "graphml")
TABLES = ("articles", "actors", "actor_aliases", "actor_roles", "mentions", "events", "event_participants",
          "event_sources", "commitments", "commitment_stages", "actor_overrides", "ingest_log", "ingest_batches")
_PAGE = 2000


def export(store, format: str, output: str | Path) -> dict:
    """Write the store in `format` to `output`; returns what was written (paths and row counts)."""
    if format not in FORMATS:
        raise StoreError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    output = Path(output)
    if format in ("csv", "parquet"):
        if output.exists() and not output.is_dir():
            raise StoreError(f"{output} is a file; {format} export writes one file per table into a folder")
    elif output.is_dir():
        raise StoreError(f"{output} is a folder; {format} export writes one file, give its path")
    elif not output.parent.is_dir():
        raise StoreError(f"the folder {output.parent} does not exist; create it first")
    try:
        if format in ("csv", "parquet"):
            output.mkdir(parents=True, exist_ok=True)
        with store.connect() as conn:
            return {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet, "graphml": _graphml}[format](conn, output)
    except OSError as e:
        # pyarrow raises its own OSError subclass; its message names the path already
        raise StoreError(f"cannot write {e.filename or output} ({e.strerror or e}); give an --output "
                         f"where you may write") from None


def _pages(conn: sa.Connection, table: sa.Table):
    """A table's rows in pages (a server-side cursor on PostgreSQL), so memory stays flat."""
    result = conn.execution_options(yield_per=_PAGE).execute(
        sa.select(table).order_by(*table.primary_key.columns))
    yield from result.mappings().partitions()


def _jsonl(conn: sa.Connection, output: Path) -> dict:
    n = 0
    with output.open("w", encoding="utf-8") as f:
        for rows in _pages(conn, articles):
            for row in rows:
                record = dict(row["record"] or {"id": row["id"], "source": row["source"], "lang": row["lang"],
                                                "date": _plain(row["date"]), "title": row["title"],
                                                "entities": [], "events": [], "sectors": []})
                record["text"] = row["text"]
                if row["near_duplicate_of"]:
                    record["near_duplicate_of"] = row["near_duplicate_of"]
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
    return {"path": str(output), "records": n}


def _plain(value):
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value.isoformat()


def _csv(conn: sa.Connection, output: Path) -> dict:
    written = {}
    for name in TABLES:
        table = metadata.tables[name]
        path = output / f"{name}.csv"
        n = 0
        with path.open("w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow([c.name for c in table.columns])
            for rows in _pages(conn, table):
                out.writerows([[_plain(row[c.name]) for c in table.columns] for row in rows])
                n += len(rows)
        written[name] = n
    return {"path": str(output), "tables": written}


def _arrow_type(column: sa.Column):
    import pyarrow as pa
    t = column.type
    if isinstance(t, (sa.Integer, sa.BigInteger)):
        return pa.int64()
    if isinstance(t, sa.Float):
        return pa.float64()
    if isinstance(t, sa.Boolean):
        return pa.bool_()
    if isinstance(t, sa.DateTime):
        return pa.timestamp("us", tz="UTC")
    if isinstance(t, sa.Date):
        return pa.date32()
    return pa.string()


def _parquet(conn: sa.Connection, output: Path) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq
    written = {}
    for name in TABLES:
        table = metadata.tables[name]
        schema = pa.schema([(c.name, _arrow_type(c)) for c in table.columns])
        json_cols = {c.name for c in table.columns if isinstance(c.type, sa.JSON)}
        n = 0
        with pq.ParquetWriter(output / f"{name}.parquet", schema) as writer:
            for rows in _pages(conn, table):
                cols = {c: [(_plain(r[c]) if c in json_cols else r[c]) for r in rows] for c in schema.names}
                writer.write_table(pa.table(cols, schema=schema))
                n += len(rows)
        written[name] = n
    return {"path": str(output), "tables": written}


def _graphml(conn: sa.Connection, output: Path) -> dict:
    import networkx as nx
    g = nx.Graph()
    for row in conn.execute(sa.select(actors)):
        g.add_node(row.id, label=row.name, type=row.type, country=row.country or "",
                   name_latin=row.name_latin or "")
    members: dict[int, set[int]] = {}
    for event_id, actor_id in conn.execute(sa.select(event_participants.c.event_id, event_participants.c.actor_id)):
        members.setdefault(event_id, set()).add(actor_id)
    kinds = dict(conn.execute(sa.select(events.c.id, events.c.type)).all())
    for event_id, ids in members.items():
        for a, b in combinations(sorted(ids), 2):
            if not g.has_edge(a, b):
                g.add_edge(a, b, weight=0, meeting=0, agreement=0, project=0, other=0)
            edge = g.edges[a, b]
            edge["weight"] += 1
            kind = kinds.get(event_id)
            edge[kind if kind in ("meeting", "agreement", "project") else "other"] += 1
    nx.write_graphml(g, output)
    return {"path": str(output), "nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
