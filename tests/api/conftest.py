"""Fixtures for the API: a store filled with the hand-written records of tests/store (no NLP), on
SQLite (a new file per test) and on PostgreSQL (a schema per test) as tests/store does it:
KELISIM_TEST_PG_URL, skipped with a reason without a server, a failure with KELISIM_REQUIRE_PG=1.

`client` talks to the app in process from 127.0.0.1 (a local reader); `token` is a live token
named alice and `auth` its header.
"""
from __future__ import annotations

import itertools

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from kelisim.api import Settings, create_app
from kelisim.api.auth import create_token
from kelisim.store import open_store
from kelisim.store.ingest import ingest_records
from tests.api.api_helpers import LOCAL
from tests.pg_support import create_schema, drop_schemas, pg_admin_url, pg_schema_url, require_pg
from tests.store.store_records import (branch_announced, branch_opened, meeting_en, meeting_ru,
                                       other_meeting_same_day, phone_call, roadmap)

@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    """A fresh database: a new SQLite file, or a PostgreSQL URL whose tables live in a schema of
    their own (dropped after the test)."""
    if request.param == "sqlite":
        yield str(tmp_path / f"api{next(_n)}.db")
        return
    require_pg()
    admin = sa.create_engine(pg_admin_url())
    schema = create_schema(admin, "kelisim_api")
    yield pg_schema_url(schema)
    drop_schemas(admin, [schema])
    admin.dispose()


_n = itertools.count()


def all_records() -> list[dict]:
    return [meeting_ru(), meeting_en(), phone_call(0), phone_call(1), other_meeting_same_day(), branch_announced(),
            branch_opened(), roadmap()]


@pytest.fixture
def filled(db):
    with open_store(db) as store:
        ingest_records(store, all_records())
    return db


@pytest.fixture
def make_app(filled):
    apps = []

    def make(**settings):
        app = create_app(filled, Settings(**settings))
        apps.append(app)
        return app
    yield make
    for app in apps:
        app.state.store.close()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    with TestClient(app, client=LOCAL) as c:
        yield c


@pytest.fixture
def token(app) -> str:
    return create_token(app.state.store, "alice")


@pytest.fixture
def auth(token) -> dict:
    return {"Authorization": f"Bearer {token}"}
