"""Fixtures for the store: a fresh database per test on each engine, and hand-written records
in the OUTPUT.md format (so these tests do not depend on extraction).

`db` is a database spec as a user would give it to --db: a file path (SQLite, a new file per
test) or a PostgreSQL URL whose search_path is a schema made for the test and dropped after.
PostgreSQL comes from KELISIM_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/test);
where it does not answer its tests skip, or fail when KELISIM_REQUIRE_PG=1 (CI).
"""
from __future__ import annotations

import itertools
import os
import uuid
from functools import cache

import pytest
import sqlalchemy as sa

from kelisim.store import open_store
from store_records import (branch_announced, branch_opened, meeting_en, meeting_ru, other_meeting_same_day,
                           phone_call, roadmap)

PG_URL = os.environ.get("KELISIM_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
ENGINES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _pg_admin_url() -> str:
    return "postgresql+psycopg://" + PG_URL.split("://", 1)[1]


@cache
def _pg_problem() -> str | None:
    try:
        engine = sa.create_engine(_pg_admin_url(), connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        engine.dispose()
        return None
    except Exception as e:  # noqa: BLE001 - any failure means no server for these tests
        return (f"no PostgreSQL at {PG_URL} ({str(e).strip().splitlines()[0]}); start one, or point "
                f"KELISIM_TEST_PG_URL at one")


def pg_schema_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=ENGINES)
def make_db(request, tmp_path):
    """Makes fresh databases on one engine: a new SQLite file, or a PostgreSQL URL whose tables
    live in a schema of their own (dropped after the test)."""
    schemas: list[str] = []
    made = itertools.count()
    admin = None

    def make() -> str:
        nonlocal admin
        if request.param == "sqlite":
            return str(tmp_path / f"kelisim{next(made)}.db")
        problem = _pg_problem()
        if problem:
            if os.environ.get("KELISIM_REQUIRE_PG") == "1":
                pytest.fail(problem + " (KELISIM_REQUIRE_PG=1 makes this a failure)")
            pytest.skip(problem)
        admin = admin or sa.create_engine(_pg_admin_url())
        schema = f"kelisim_test_{uuid.uuid4().hex[:12]}"
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        schemas.append(schema)
        return pg_schema_url(schema)

    yield make
    if admin is not None:
        with admin.begin() as conn:
            for schema in schemas:
                conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def db(make_db):
    return make_db()


@pytest.fixture
def store(db):
    s = open_store(db)
    yield s
    s.close()


@pytest.fixture
def records() -> dict[str, dict]:
    """Realistic records (store_records.py) by name."""
    return {"meeting_ru": meeting_ru(), "meeting_en": meeting_en(), "call_a": phone_call(0),
            "call_b": phone_call(1), "other_meeting": other_meeting_same_day(),
            "branch_announced": branch_announced(), "branch_opened": branch_opened(), "roadmap": roadmap()}
