"""The actor index reads the store through bounded caches (actor_index.py): however small the
caches, an ingest stores the same actors, names, mentions and events, and the index never
holds more actors than its cache; migration 0005 derives for an older database the lookup
keys an ingest writes."""
from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from fake_extractor import FakeExtractor, generate_corpus
from store_records import branch_announced, branch_opened, meeting_en, meeting_ru, phone_call, roadmap

from kelisim.store import actor_index, open_store
from kelisim.store.engine import _alembic_config, create_engine, resolve_url
from kelisim.store.ingest import Writer, ingest, ingest_records
from kelisim.store.schema import (actor_aliases, actor_keys, actor_roles, actors, event_participants,
                                  event_sources, events, mentions)

TABLES = {
    "actors": (actors.c.id, actors.c.type, actors.c.name, actors.c.key, actors.c.country, actors.c.weight),
    "actor_aliases": (actor_aliases.c.actor_id, actor_aliases.c.name, actor_aliases.c.key),
    "actor_keys": (actor_keys.c.actor_id, actor_keys.c.kind, actor_keys.c.key),
    "mentions": (mentions.c.article_id, mentions.c.actor_id, mentions.c.entity, mentions.c.start),
    "actor_roles": (actor_roles.c.actor_id, actor_roles.c.title, actor_roles.c.org_id),
    "events": (events.c.id, events.c.type, events.c.date, events.c.location_id, events.c.modality),
    "event_participants": (event_participants.c.event_id, event_participants.c.actor_id, event_participants.c.role),
    "event_sources": (event_sources.c.event_id, event_sources.c.article_id, event_sources.c.local_id),
}


def dump(store) -> dict[str, list]:
    with store.connect() as conn:
        return {name: sorted(map(tuple, conn.execute(sa.select(*cols)).all()), key=repr)
                for name, cols in TABLES.items()}


def fill(db: str, corpus) -> dict[str, list]:
    with open_store(db) as store:
        ingest_records(store, [meeting_ru(), meeting_en(), *(phone_call(n) for n in range(4)),
                               branch_announced(), branch_opened(), roadmap()], batch_size=3)
        ingest(store, [corpus], batch_size=16, extractor=FakeExtractor(delay=0))
        return dump(store)


def test_actor_index_with_caches_of_one_stores_what_large_caches_store(make_db, tmp_path, monkeypatch):
    generate_corpus(tmp_path, n=120)
    want = fill(make_db(), tmp_path)
    monkeypatch.setattr(actor_index, "ACTORS_CACHED", 1)
    monkeypatch.setattr(actor_index, "LOOKUPS_CACHED", 1)
    got = fill(make_db(), tmp_path)
    assert got == want
    assert len(want["actors"]) > 10 and len(want["event_sources"]) > len(want["events"])


def test_actor_index_holds_no_more_actors_than_its_cache(db, tmp_path, monkeypatch):
    generate_corpus(tmp_path, n=60)
    monkeypatch.setattr(actor_index, "ACTORS_CACHED", 3)
    held = []
    write = Writer._write

    def watch(self, conn, *args):
        write(self, conn, *args)
        if self.ctx is not None:
            held.append(len(self.ctx.resolver.index.info.cache))
    monkeypatch.setattr(Writer, "_write", watch)
    with open_store(db) as store:
        ingest(store, [tmp_path], batch_size=10, extractor=FakeExtractor(delay=0))
        assert len(dump(store)["actors"]) > 3
    assert held and max(held) <= 3


def test_migration_0005_derives_the_keys_an_ingest_writes(db):
    with open_store(db) as store:
        ingest_records(store, [meeting_ru(), meeting_en(), phone_call(0), branch_announced(), roadmap()])
        want = dump(store)["actor_keys"]
    engine = create_engine(resolve_url(db))
    with engine.begin() as conn:      # back to what an older kelisim left: no keys
        command.downgrade(_alembic_config(conn), "0004")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    engine.dispose()
    with open_store(db) as store:
        assert dump(store)["actor_keys"] == want
    assert {kind for _, kind, _ in want} >= {"key:PER", "key:ORG", "key:PLACE", "sound", "letter"}
