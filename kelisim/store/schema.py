"""The store's tables, as SQLAlchemy Core metadata: plain tables that Datasette, sqlite-utils
and pandas read as they are (docs/store.md describes every column).

Changing a table here needs a migration in migrations/versions/ too (Alembic can draft it:
`alembic.command.revision(engine._alembic_config(conn), "what changed", autogenerate=True)` on a
connection to an up-to-date database); a test compares the migrated database with this metadata.

The full-text index is not here: it is an FTS5 virtual table on SQLite and a tsvector table on
PostgreSQL, made by the migration for each engine (see search.py).
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import JSON, BigInteger, Column, Date, DateTime, Float, ForeignKey, Integer, String, Table, Text

metadata = sa.MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

ID = String(64)       # an article id: 16 hex digits from the reader, longer when given by a caller
CODE = String(16)     # short vocabulary values: types, stages, modalities, languages

# -- ingest bookkeeping -------------------------------------------------------------------

ingest_batches = Table(
    "ingest_batches", metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=False),
    Column("n_stored", Integer, nullable=False, default=0),
    Column("n_near_duplicates", Integer, nullable=False, default=0),
    Column("n_duplicates", Integer, nullable=False, default=0),
    Column("n_skipped", Integer, nullable=False, default=0),
)

articles = Table(
    "articles", metadata,
    Column("id", ID, primary_key=True),
    Column("source", Text, nullable=False),
    Column("lang", CODE),
    Column("date", Date, index=True),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("near_duplicate_of", ID, ForeignKey("articles.id"), index=True),
    Column("similarity", Float),            # Jaccard with the original, for a near-duplicate
    Column("sectors", JSON),
    Column("record", JSON),                 # the extraction record (OUTPUT.md) without its text
    Column("batch_id", Integer, ForeignKey("ingest_batches.id"), index=True),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

ingest_log = Table(
    "ingest_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("batch_id", Integer, ForeignKey("ingest_batches.id"), nullable=False, index=True),
    Column("source", Text, nullable=False),
    Column("article_id", ID, ForeignKey("articles.id"), index=True),
    Column("status", CODE, nullable=False),     # stored | near_duplicate | duplicate | skipped
    Column("reason", Text),
)

minhash_bands = Table(
    "minhash_bands", metadata,
    Column("article_id", ID, ForeignKey("articles.id"), primary_key=True),
    Column("band", Integer, primary_key=True),
    Column("bucket", BigInteger, nullable=False),
    sa.Index("ix_minhash_bands_band_bucket", "band", "bucket"),
)

# -- actors -------------------------------------------------------------------------------

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("type", CODE, nullable=False),       # PER | ORG | LOC | GPE
    Column("name", Text, nullable=False),
    Column("name_latin", Text),
    Column("key", Text, nullable=False),        # cross-script key of the name (nlp.translit.name_key)
    Column("country", String(2)),
    # a group named as one ("казахстанская сторона", "the sides"): compared as its state, or not at all
    Column("is_group", sa.Boolean, nullable=False, server_default=sa.false()),
    # mentions so far, an entity reported with none counting once: the tie-breaker between
    # actors that fit a name alike
    Column("weight", Integer, nullable=False, server_default="0"),
    sa.Index("ix_actors_type_key", "type", "key"),
)

# What resolution looks actors up by (actor_index.py): `key:<type group>` a name's keys,
# `sound` a person's surname sound, `letter` an organisation's first letter.
actor_keys = Table(
    "actor_keys", metadata,
    Column("id", Integer, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False, index=True),
    Column("kind", CODE, nullable=False),
    Column("key", Text, nullable=False),
    sa.Index("ix_actor_keys_kind_key", "kind", "key"),
)

actor_aliases = Table(
    "actor_aliases", metadata,
    Column("id", Integer, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False, index=True),
    Column("lang", CODE),
    sa.UniqueConstraint("actor_id", "name"),
)

actor_roles = Table(
    "actor_roles", metadata,
    Column("id", Integer, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("org_id", Integer, ForeignKey("actors.id")),
    Column("date", Date),                       # the date of the article that reports it
    Column("article_id", ID, ForeignKey("articles.id"), nullable=False),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", ID, ForeignKey("articles.id"), nullable=False, index=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False, index=True),
    Column("entity", CODE, nullable=False),     # the entity's id in the article's record (e1)
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

actor_overrides = Table(
    "actor_overrides", metadata,
    Column("id", Integer, primary_key=True),
    Column("action", CODE, nullable=False),     # merge | split
    Column("actor", JSON, nullable=False),      # {type, key, country, name} of the actor kept / split
    Column("other", JSON, nullable=False),      # merge: the actor merged in; split: the names taken out
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# -- events -------------------------------------------------------------------------------

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("type", CODE, nullable=False),       # meeting | statement | agreement | project | ...
    Column("date", Date),
    Column("location_id", Integer, ForeignKey("actors.id")),
    Column("modality", CODE, nullable=False),   # asserted | planned | possible | negated
    Column("mode", CODE),
    Column("codes", JSON),
    Column("attrs", JSON),                      # the type's own fields (doc_type, title, kind, stage, text...)
    Column("agreement_id", Integer, ForeignKey("events.id"), index=True),   # a project's founding agreement
    sa.Index("ix_events_type_date", "type", "date"),
)

event_participants = Table(
    "event_participants", metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True, index=True),
    Column("role", CODE, primary_key=True),     # participant | speaker | party | owner
)

event_sources = Table(
    "event_sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False, index=True),
    Column("article_id", ID, ForeignKey("articles.id"), nullable=False),
    Column("local_id", CODE, nullable=False),   # the event's id in the article's record (v1)
    Column("date", Date),
    Column("modality", CODE, nullable=False),
    Column("evidence", JSON),                   # [{start, end, text}] into the article's text
    sa.UniqueConstraint("article_id", "local_id"),
)

# -- commitments --------------------------------------------------------------------------

commitments = Table(
    "commitments", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False, unique=True),
    Column("kind", CODE, nullable=False),       # agreement | project
    Column("subtype", String(32)),              # the agreement's doc_type or the project's kind
    Column("label", Text),                      # the document's title or the project's name
    Column("stage", CODE, nullable=False),      # announced | agreed | in_progress | completed | cancelled
    Column("deadline", String(10)),             # as written: YYYY, YYYY-MM or YYYY-MM-DD
    Column("deadline_date", Date),              # the last day that deadline allows
    Column("sectors", JSON),
    Column("first_seen", Date),
    Column("last_seen", Date),
)

commitment_stages = Table(
    "commitment_stages", metadata,
    Column("id", Integer, primary_key=True),
    Column("commitment_id", Integer, ForeignKey("commitments.id"), nullable=False, index=True),
    Column("stage", CODE, nullable=False),
    Column("date", Date),
    Column("article_id", ID, ForeignKey("articles.id"), nullable=False),
    Column("evidence", JSON),
    sa.UniqueConstraint("commitment_id", "article_id"),
)

# Tables rebuilt from the stored records by `ingest --rebuild`, children first.
DERIVED = (commitment_stages, commitments, event_sources, event_participants, events,
           mentions, actor_roles, actor_keys, actor_aliases, actors)


SEARCH_TABLE = "article_search"   # made per engine by the migrations (search.py), not above


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For Alembic's comparisons: leave out the search index (FTS5 adds shadow tables named
    after it)."""
    return not (type_ == "table" and name and name.startswith(SEARCH_TABLE))


from . import review  # noqa: E402,F401 - the review tables (api_tokens, corrections, audit_log) join this metadata
from . import sources  # noqa: E402,F401 - the tables of followed news sources join this metadata
