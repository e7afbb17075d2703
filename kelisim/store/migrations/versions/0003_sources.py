"""News sources followed by `kelisim watch`, and the article URLs already fetched.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('news_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('every_seconds', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=16), nullable=True),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_poll', sa.DateTime(timezone=True), nullable=True),
    sa.Column('next_poll', sa.DateTime(timezone=True), nullable=True),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.Text(), nullable=True),
    sa.Column('last_status', sa.Integer(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('n_polls', sa.Integer(), nullable=False),
    sa.Column('n_errors', sa.Integer(), nullable=False),
    sa.Column('n_found', sa.Integer(), nullable=False),
    sa.Column('n_articles', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_news_sources')),
    sa.UniqueConstraint('url', name=op.f('uq_news_sources_url'))
    )
    op.create_index(op.f('ix_news_sources_next_poll'), 'news_sources', ['next_poll'])
    op.create_table('fetched_urls',
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('article_id', sa.String(length=64), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['source_id'], ['news_sources.id'], name=op.f('fk_fetched_urls_source_id_news_sources'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('url', name=op.f('pk_fetched_urls'))
    )
    op.create_index(op.f('ix_fetched_urls_source_id'), 'fetched_urls', ['source_id'])
    op.create_index(op.f('ix_fetched_urls_fetched_at'), 'fetched_urls', ['fetched_at'])


def downgrade() -> None:
    op.drop_table('fetched_urls')
    op.drop_table('news_sources')
