"""Migration 0004 (actors.is_group) upgrades a database holding actors with foreign keys to them
in place, on both engines, and a rebuild then marks the groups."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from store_records import meeting_ru

from kelisim.store import open_store
from kelisim.store.engine import _alembic_config, create_engine, resolve_url
from kelisim.store.ingest import ingest_records, rebuild
from kelisim.store.schema import actors


def test_migration_0004_upgrades_a_filled_database_in_place(db):
    engine = create_engine(resolve_url(db))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0002")
    with engine.begin() as conn:      # what an older kelisim stored
        conn.exec_driver_sql("INSERT INTO actors (type, name, key, country) VALUES ('ORG', 'стороны', 'storoni', NULL)")
        conn.exec_driver_sql("INSERT INTO actor_aliases (actor_id, name, key, lang) "
                             "SELECT id, 'стороны', 'storoni', 'ru' FROM actors")       # a row pointing at it
    engine.dispose()
    with open_store(db) as store:
        rec = meeting_ru()
        rec["entities"][0]["group"] = True
        ingest_records(store, [rec])
        rebuild(store)
        with store.connect() as conn:
            groups = conn.execute(sa.select(actors.c.name).where(actors.c.is_group)).scalars().all()
    assert groups == [rec["entities"][0]["name"]]
