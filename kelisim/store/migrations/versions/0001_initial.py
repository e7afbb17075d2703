"""The first schema: articles, actors, events, commitments and the full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actor_overrides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('actor', sa.JSON(), nullable=False),
    sa.Column('other', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_overrides'))
    )
    op.create_table('actors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('name_latin', sa.Text(), nullable=True),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors'))
    )
    op.create_index('ix_actors_type_key', 'actors', ['type', 'key'])

    op.create_table('ingest_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('n_stored', sa.Integer(), nullable=False),
    sa.Column('n_near_duplicates', sa.Integer(), nullable=False),
    sa.Column('n_duplicates', sa.Integer(), nullable=False),
    sa.Column('n_skipped', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_batches'))
    )
    op.create_table('actor_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_aliases_actor_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_aliases')),
    sa.UniqueConstraint('actor_id', 'name', name=op.f('uq_actor_aliases_actor_id_name'))
    )
    op.create_index(op.f('ix_actor_aliases_key'), 'actor_aliases', ['key'])

    op.create_table('articles',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('near_duplicate_of', sa.String(length=64), nullable=True),
    sa.Column('similarity', sa.Float(), nullable=True),
    sa.Column('sectors', sa.JSON(), nullable=True),
    sa.Column('record', sa.JSON(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['ingest_batches.id'], name=op.f('fk_articles_batch_id_ingest_batches')),
    sa.ForeignKeyConstraint(['near_duplicate_of'], ['articles.id'], name=op.f('fk_articles_near_duplicate_of_articles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash'))
    )
    op.create_index(op.f('ix_articles_batch_id'), 'articles', ['batch_id'])
    op.create_index(op.f('ix_articles_date'), 'articles', ['date'])
    op.create_index(op.f('ix_articles_near_duplicate_of'), 'articles', ['near_duplicate_of'])

    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('location_id', sa.Integer(), nullable=True),
    sa.Column('modality', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=True),
    sa.Column('codes', sa.JSON(), nullable=True),
    sa.Column('attrs', sa.JSON(), nullable=True),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['events.id'], name=op.f('fk_events_agreement_id_events')),
    sa.ForeignKeyConstraint(['location_id'], ['actors.id'], name=op.f('fk_events_location_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    op.create_index(op.f('ix_events_agreement_id'), 'events', ['agreement_id'])
    op.create_index('ix_events_type_date', 'events', ['type', 'date'])

    op.create_table('actor_roles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_roles_actor_id_actors')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_actor_roles_article_id_articles')),
    sa.ForeignKeyConstraint(['org_id'], ['actors.id'], name=op.f('fk_actor_roles_org_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_roles'))
    )
    op.create_index(op.f('ix_actor_roles_actor_id'), 'actor_roles', ['actor_id'])

    op.create_table('commitments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('subtype', sa.String(length=32), nullable=True),
    sa.Column('label', sa.Text(), nullable=True),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('deadline', sa.String(length=10), nullable=True),
    sa.Column('deadline_date', sa.Date(), nullable=True),
    sa.Column('sectors', sa.JSON(), nullable=True),
    sa.Column('first_seen', sa.Date(), nullable=True),
    sa.Column('last_seen', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_commitments_event_id_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitments')),
    sa.UniqueConstraint('event_id', name=op.f('uq_commitments_event_id'))
    )
    op.create_table('event_participants',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_event_participants_actor_id_actors')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_participants_event_id_events')),
    sa.PrimaryKeyConstraint('event_id', 'actor_id', 'role', name=op.f('pk_event_participants'))
    )
    op.create_index(op.f('ix_event_participants_actor_id'), 'event_participants', ['actor_id'])

    op.create_table('event_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('local_id', sa.String(length=16), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('modality', sa.String(length=16), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_event_sources_article_id_articles')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_sources_event_id_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_sources')),
    sa.UniqueConstraint('article_id', 'local_id', name=op.f('uq_event_sources_article_id_local_id'))
    )
    op.create_index(op.f('ix_event_sources_event_id'), 'event_sources', ['event_id'])

    op.create_table('ingest_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_ingest_log_article_id_articles')),
    sa.ForeignKeyConstraint(['batch_id'], ['ingest_batches.id'], name=op.f('fk_ingest_log_batch_id_ingest_batches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_log'))
    )
    op.create_index(op.f('ix_ingest_log_article_id'), 'ingest_log', ['article_id'])
    op.create_index(op.f('ix_ingest_log_batch_id'), 'ingest_log', ['batch_id'])

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=16), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_mentions_actor_id_actors')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    op.create_index(op.f('ix_mentions_actor_id'), 'mentions', ['actor_id'])
    op.create_index(op.f('ix_mentions_article_id'), 'mentions', ['article_id'])

    op.create_table('minhash_bands',
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('band', sa.Integer(), nullable=False),
    sa.Column('bucket', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_minhash_bands_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', 'band', name=op.f('pk_minhash_bands'))
    )
    op.create_index('ix_minhash_bands_band_bucket', 'minhash_bands', ['band', 'bucket'])

    op.create_table('commitment_stages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_commitment_stages_article_id_articles')),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_commitment_stages_commitment_id_commitments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment_stages')),
    sa.UniqueConstraint('commitment_id', 'article_id', name=op.f('uq_commitment_stages_commitment_id_article_id'))
    )
    op.create_index(op.f('ix_commitment_stages_commitment_id'), 'commitment_stages', ['commitment_id'])

    # The full-text index (search.py): FTS5 over a stemmed copy of title and text on SQLite,
    # a tsvector per article on PostgreSQL (its language's configuration).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE article_search USING fts5("
                   "article_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')")
    else:
        op.create_table(
            "article_search",
            sa.Column("article_id", sa.String(64), sa.ForeignKey(
                "articles.id", name="fk_article_search_article_id_articles"), primary_key=True),
            sa.Column("tsv", postgresql.TSVECTOR(), nullable=False),
        )
        op.execute("CREATE INDEX ix_article_search_tsv ON article_search USING gin (tsv)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS article_search")
    op.drop_table("commitment_stages")
    op.drop_table("minhash_bands")
    op.drop_table("mentions")
    op.drop_table("ingest_log")
    op.drop_table("event_sources")
    op.drop_table("event_participants")
    op.drop_table("commitments")
    op.drop_table("actor_roles")
    op.drop_table("events")
    op.drop_table("articles")
    op.drop_table("actor_aliases")
    op.drop_table("ingest_batches")
    op.drop_table("actors")
    op.drop_table("actor_overrides")
