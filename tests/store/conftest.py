"""Fixtures for the store: a fresh database per test on each engine, and hand-written records
in the OUTPUT.md format (so these tests do not depend on extraction).

`db` is a database spec as a user would give it to --db: a file path (SQLite, a new file per
test) or a PostgreSQL URL whose search_path is a schema made for the test and dropped after.
PostgreSQL comes from KELISIM_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/test);
where it does not answer its tests skip, or fail when KELISIM_REQUIRE_PG=1 (CI).
"""
from __future__ import annotations

import itertools

import pytest
import sqlalchemy as sa

from kelisim.store import open_store
from tests.pg_support import create_schema, drop_schemas, pg_admin_url, pg_schema_url, require_pg
from store_records import (branch_announced, branch_opened, meeting_en, meeting_ru, other_meeting_same_day,
                           phone_call, roadmap)

ENGINES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


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
        require_pg()
        admin = admin or sa.create_engine(pg_admin_url())
        schemas.append(create_schema(admin, "kelisim_test"))
        return pg_schema_url(schemas[-1])

    yield make
    if admin is not None:
        drop_schemas(admin, schemas)
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
