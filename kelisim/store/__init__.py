"""The knowledge base: records from many articles stored, merged and followed over time.

`open_store(db)` opens SQLite (a file path, the default ./kelisim.db) or PostgreSQL (a URL) and
brings its tables up to date. What lives here:

    engine.py       URLs, SQLite pragmas (WAL, foreign keys), PostgreSQL, migrations on open
    schema.py       the tables (docs/store.md describes them); migrations/ their history
    ingest.py       sources or records -> the store, in batches; idempotent and resumable; rebuild
    dedup.py        sorting a batch: known, duplicate, near-duplicate (MinHash) or new
    limits.py       the sizes of every cache the writer fills, and of SQLite's page cache
    actors.py       one actor per person or body across scripts and spellings (names.py)
    overrides.py    an analyst's merges and splits of actors, remembered
    events.py       one event per happening, with every article that reports it as a source
    commitments.py  agreements and projects followed from promise to delivery (overdue, stale)
    search.py       full text (FTS5 / tsvector) with Russian and English stemming (stem.py)
    queries.py      events, actors, timelines, stats as plain dicts
    export.py       jsonl, csv, parquet, graphml

The store reads records (spec/OUTPUT.md) and never runs NLP itself, except that `ingest` calls
the Extractor on articles it has not seen.
"""
from .engine import Store, open_store

__all__ = ["Store", "open_store"]
