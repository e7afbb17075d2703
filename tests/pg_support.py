"""PostgreSQL for tests, shared by tests/store and tests/api: the server from KELISIM_TEST_PG_URL
(default postgresql://postgres@127.0.0.1:5432/test), a schema of its own per database, and the
rule that without a server these tests skip, saying why, unless KELISIM_REQUIRE_PG=1 (CI) makes
that a failure."""
from __future__ import annotations

import os
import uuid
from functools import cache

import pytest
import sqlalchemy as sa

PG_URL = os.environ.get("KELISIM_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


def pg_admin_url() -> str:
    return "postgresql+psycopg://" + PG_URL.split("://", 1)[1]


@cache
def pg_problem() -> str | None:
    try:
        engine = sa.create_engine(pg_admin_url(), connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        engine.dispose()
        return None
    except Exception as e:  # noqa: BLE001 - any failure means no server for these tests
        return (f"no PostgreSQL at {PG_URL} ({str(e).strip().splitlines()[0]}); start one, or point "
                f"KELISIM_TEST_PG_URL at one")


def require_pg() -> None:
    """Skip the test without a server, or fail it when KELISIM_REQUIRE_PG=1."""
    problem = pg_problem()
    if problem:
        if os.environ.get("KELISIM_REQUIRE_PG") == "1":
            pytest.fail(problem + " (KELISIM_REQUIRE_PG=1 makes this a failure)")
        pytest.skip(problem)


def pg_schema_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


def create_schema(admin: sa.Engine, prefix: str) -> str:
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    return schema


def drop_schemas(admin: sa.Engine, schemas: list[str]) -> None:
    with admin.begin() as conn:
        for schema in schemas:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
