"""Review: API tokens, analysts' corrections, the audit log; indexes for the API's paged lists.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('api_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_tokens')),
    sa.UniqueConstraint('hash', name=op.f('uq_api_tokens_hash'))
    )
    op.create_index(op.f('ix_api_tokens_name'), 'api_tokens', ['name'])

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('who', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_index(op.f('ix_audit_log_at'), 'audit_log', ['at'])

    op.create_table('corrections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=False),
    sa.Column('local_id', sa.String(length=16), nullable=False),
    sa.Column('event_type', sa.String(length=16), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=True),
    sa.Column('evidence_end', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('fields', sa.JSON(), nullable=True),
    sa.Column('stage', sa.String(length=16), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_corrections_article_id_articles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_corrections')),
    sa.UniqueConstraint('article_id', 'local_id', name=op.f('uq_corrections_article_id_local_id'))
    )

    # The API lists newest first, a page at a time (keyset: date, then id).
    op.create_index('ix_events_date_id', 'events', ['date', 'id'])
    op.create_index('ix_articles_date_id', 'articles', ['date', 'id'])
    op.create_index('ix_commitments_last_seen_id', 'commitments', ['last_seen', 'id'])


def downgrade() -> None:
    op.drop_index('ix_commitments_last_seen_id', table_name='commitments')
    op.drop_index('ix_articles_date_id', table_name='articles')
    op.drop_index('ix_events_date_id', table_name='events')
    op.drop_table('corrections')
    op.drop_index(op.f('ix_audit_log_at'), table_name='audit_log')
    op.drop_table('audit_log')
    op.drop_index(op.f('ix_api_tokens_name'), table_name='api_tokens')
    op.drop_table('api_tokens')
