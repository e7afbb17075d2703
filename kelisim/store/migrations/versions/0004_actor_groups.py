"""Actors: whether an actor is a group named as one ("казахстанская сторона", "the sides"), which
participants are compared as the state it stands for, or not at all.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (with its default) on both engines: SQLite's batch mode would copy the
    # table, which the foreign keys pointing at actors forbid.
    op.add_column("actors", sa.Column("is_group", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("actors", "is_group")      # SQLite 3.35 or later drops a column in place
