"""Opening a store: a file path means SQLite, a URL means PostgreSQL (or an explicit SQLite URL).

SQLite runs in WAL mode with foreign keys on, so a reader (Datasette, pandas, a second
`kelisim` command) can look at the file while an ingest writes to it. The schema is brought
to the newest revision on open by Alembic, driven from code: no alembic.ini at run time.
"""
from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from ..errors import StoreError
from .limits import SQLITE_CACHE_KIB

DEFAULT_DB = "kelisim.db"
WRITE_LOCK = 0x6B656C69     # PostgreSQL advisory lock key for writers ("keli")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | None = None) -> sa.URL:
    """`--db` (or env KELISIM_DB, else ./kelisim.db) as a SQLAlchemy URL."""
    db = db or os.environ.get("KELISIM_DB") or DEFAULT_DB
    if db == ":memory:":
        return make_url("sqlite://")
    if "://" not in db:
        path = Path(db).expanduser()
        if not path.parent.is_dir():
            raise StoreError(f"cannot create the database {db}: the folder {path.parent} does not exist; "
                             f"create it or give another --db path")
        if path.is_dir():
            raise StoreError(f"--db {db} is a folder; give a file path such as {path / DEFAULT_DB}")
        return sa.URL.create("sqlite", database=str(path.resolve()))
    scheme = db.split("://", 1)[0].lower()
    if scheme in ("postgres", "postgresql"):
        db = "postgresql+psycopg://" + db.split("://", 1)[1]
    elif scheme not in ("postgresql+psycopg", "sqlite", "sqlite+pysqlite"):
        raise StoreError(f"--db {db!r}: unknown kind of database {scheme!r}; give a file path for "
                         f"SQLite or a postgresql://user@host:port/dbname URL")
    try:
        url = make_url(db)
        url.port  # noqa: B018 - a port that is not a number fails only when read
        return url
    except (sa.exc.ArgumentError, ValueError) as e:
        raise StoreError(f"--db {db!r} is not a database URL ({e}); write it as "
                         f"postgresql://user@host:port/dbname or give a file path") from None


def create_engine(url: sa.URL) -> sa.Engine:
    if url.get_backend_name() == "sqlite":
        memory = url.database in (None, "", ":memory:")
        engine = sa.create_engine(url, poolclass=StaticPool if memory else None,
                                  connect_args={"check_same_thread": False} if memory else {})
        sa.event.listen(engine, "connect", _sqlite_on_connect)
        sa.event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return sa.create_engine(url, connect_args={"connect_timeout": 5}, pool_pre_ping=True)


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    # sqlite3 would otherwise start transactions itself, only before DML; we emit BEGIN so a
    # batch's reads and writes share one transaction (SQLAlchemy's documented recipe).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # cache_size: a bounded page cache, in KiB (a negative size counts KiB, not pages)
    cur.execute("PRAGMA busy_timeout=30000")
    _switch_to_wal(cur)
    for pragma in ("foreign_keys=ON", "synchronous=NORMAL", f"cache_size=-{SQLITE_CACHE_KIB}"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _switch_to_wal(cur, seconds: float = 30.0) -> None:
    """PRAGMA journal_mode=WAL, retried while another process switches the same new file.

    Two processes that open a new file at once both read it and then both want its exclusive
    lock; SQLite answers one of them SQLITE_BUSY at once, without waiting out busy_timeout
    (it would otherwise be a deadlock). The loser waits a little and tries again: by then the
    file is in WAL mode and the switch is a no-op.
    """
    deadline = time.monotonic() + seconds
    pause = 0.01
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _sqlite_on_begin(conn) -> None:
    # A writing transaction takes the write lock at once (IMMEDIATE): one that began reading
    # and then found another writer ahead could not write at all (SQLITE_BUSY).
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("kelisim_write") else "BEGIN")


def shown(url: sa.URL) -> str:
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def check_connection(engine: sa.Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
            if engine.dialect.name == "sqlite":
                # A file that is not SQLite only fails when a page is read.
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
    except sa.exc.DBAPIError as e:
        what = str(e.orig).strip().splitlines()[0] if e.orig else str(e)
        if engine.dialect.name == "sqlite":
            raise StoreError(f"cannot open {shown(engine.url)} as a kelisim database ({what}); "
                             f"give another --db path") from None
        raise StoreError(f"cannot connect to {shown(engine.url)} ({what}); check that the server is "
                         f"running and that --db / KELISIM_DB is right") from None


def _alembic_config(connection: sa.Connection):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: sa.Engine) -> str:
    """Bring the schema to the newest revision this code knows; return that revision.

    Refuses a database written by a newer kelisim rather than guess at its tables. Two
    processes opening a new database at once take turns: the schema is created under the
    store's write lock (BEGIN IMMEDIATE on SQLite, the advisory lock on PostgreSQL), and the
    second, once it has the lock, finds the tables made and has nothing to do.
    """
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.connect() as conn:
        head = ScriptDirectory.from_config(_alembic_config(conn)).get_current_head()
        if MigrationContext.configure(conn).get_current_revision() == head:
            return head         # the common case: no lock taken, readers never wait here
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(kelisim_write=True)
            with conn.begin():
                if engine.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                return _upgrade(engine, conn, head)
    except sa.exc.OperationalError as e:
        what = str(e.orig).strip().splitlines()[0] if e.orig else str(e)
        if "locked" in what or "busy" in what:
            raise StoreError(f"{shown(engine.url)} stayed locked by another writer for 30 s ({what}); "
                             f"try again when it has finished") from None
        raise


def _upgrade(engine: sa.Engine, conn: sa.Connection, head: str) -> str:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    cfg = _alembic_config(conn)
    script = ScriptDirectory.from_config(cfg)
    current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return head
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError:
            raise StoreError(
                f"{shown(engine.url)} has schema revision {current}, newer than this kelisim knows "
                f"(newest here: {head}); upgrade kelisim, or give another --db") from None
    try:
        command.upgrade(cfg, "head")
    except sa.exc.DBAPIError as e:
        what = str(e.orig).strip().splitlines()[0]
        if "locked" in what or "busy" in what:
            raise
        raise StoreError(f"cannot create or update the tables in {shown(engine.url)} ({what}); "
                         f"check that the user may create tables there") from None
    return head


class Store:
    """An open database: the engine and what the rest of the store needs to know about it."""

    def __init__(self, engine: sa.Engine):
        self.engine = engine

    @property
    def url(self) -> str:
        return shown(self.engine.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def begin(self):
        """A connection in a transaction that commits when the block ends (rolls back on error)."""
        return self.engine.begin()

    @contextmanager
    def write(self):
        """Like `begin`, holding the store's write lock: writers (two ingests, an ingest and a
        merge) take turns, a batch at a time, while readers go on reading."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(kelisim_write=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                yield conn

    def connect(self):
        return self.engine.connect()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"


def open_store(db: str | None = None, create: bool = True) -> Store:
    """Open (creating or upgrading its tables) the store at `db`: a file path for SQLite, a
    postgresql:// URL, or None for env KELISIM_DB, else ./kelisim.db. With `create` False a
    SQLite file that does not exist is an error (a reader with a mistyped path must not get an
    empty database that says nothing is stored)."""
    url = resolve_url(db)
    if not create and url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        raise StoreError(f"there is no database at {url.database}; give the right --db (or $KELISIM_DB), "
                         f"or store articles there first: kelisim ingest FILES --db {url.database}")
    engine = create_engine(url)
    try:
        check_connection(engine)
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)
