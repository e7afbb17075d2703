"""Opening a store: engines, pragmas, migrations, and errors that say what to do."""
from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kelisim.errors import StoreError
from kelisim.store import Store, open_store
from kelisim.store.engine import resolve_url
from kelisim.store.schema import include_object, metadata


def test_store_public_surface():
    import kelisim.store
    assert kelisim.store.__all__ == ["Store", "open_store"]
    assert kelisim.store.__doc__


def test_open_store_creates_every_table(store):
    with store.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
    assert {t.name for t in metadata.sorted_tables} <= tables
    assert "article_search" in tables


def test_migrated_database_matches_schema_module(store):
    """schema.py and migrations/ describe the same tables: a change to one needs the other."""
    with store.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        assert compare_metadata(ctx, metadata) == []


def test_open_store_twice_keeps_the_data(db):
    with open_store(db) as s:
        with s.begin() as conn:
            conn.exec_driver_sql("INSERT INTO actors (type, name, key) VALUES ('PER', 'Ермек Кошербаев', 'ermek kosherbaev')")
    with open_store(db) as s, s.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM actors").scalar() == 1


def test_sqlite_store_is_in_wal_mode_with_foreign_keys(tmp_path):
    with open_store(str(tmp_path / "k.db")) as s, s.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_sqlite_file_is_readable_by_plain_sqlite3(tmp_path):
    path = tmp_path / "k.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def test_db_defaults_to_env_then_kelisim_db(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KELISIM_DB", raising=False)
    assert resolve_url(None).database == str(tmp_path / "kelisim.db")
    monkeypatch.setenv("KELISIM_DB", "postgresql://u@h:5432/d")
    assert resolve_url(None).drivername == "postgresql+psycopg"


@pytest.mark.parametrize("db, says", [
    ("mysql://u@h/d", "unknown kind of database"),
    ("/no/such/folder/k.db", "does not exist"),
    ("postgresql://u@h:abc/d", "not a database URL"),
])
def test_bad_db_is_a_store_error_that_says_what_to_do(db, says):
    with pytest.raises(StoreError, match=says):
        open_store(db)


def test_unreachable_server_is_a_store_error():
    with pytest.raises(StoreError, match="cannot connect.*check that the server is running"):
        open_store("postgresql://postgres@127.0.0.1:1/none")


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for" * 100)
    with pytest.raises(StoreError, match="cannot open .* as a kelisim database"):
        open_store(str(path))


def test_database_from_a_newer_kelisim_is_refused(db):
    open_store(db).close()
    with open_store(db) as s, s.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer than this kelisim knows.*upgrade kelisim"):
        open_store(db)


def test_store_is_a_context_manager(tmp_path):
    with open_store(str(tmp_path / "k.db")) as s:
        assert isinstance(s, Store) and s.dialect == "sqlite"
