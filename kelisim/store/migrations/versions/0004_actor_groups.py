"""Actors: whether an actor is a group named as one ("казахстанская сторона", "the sides"), which
participants are compared as the state it stands for, or not at all.

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0002"     # the coordinator chains it after 0003 (news sources) when both are merged
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("actors") as batch:
        batch.add_column(sa.Column("is_group", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("actors") as batch:
        batch.drop_column("is_group")
