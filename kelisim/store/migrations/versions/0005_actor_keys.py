"""Actors: the names resolution looks them up by (actor_keys) and their weight, read from the
tables during ingest instead of held in memory, so memory stays flat as the store grows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, as in 0004: batch mode would copy a table foreign keys point at.
    op.add_column("actors", sa.Column("weight", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "actor_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name=op.f("fk_actor_keys_actor_id_actors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_keys")),
    )
    op.create_index(op.f("ix_actor_keys_actor_id"), "actor_keys", ["actor_id"])
    op.create_index("ix_actor_keys_kind_key", "actor_keys", ["kind", "key"])
    # the keys of the actors stored so far, derived as an ingest derives them
    from kelisim.store.actor_index import derive_keys
    derive_keys(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_actor_keys_kind_key", table_name="actor_keys")
    op.drop_index(op.f("ix_actor_keys_actor_id"), table_name="actor_keys")
    op.drop_table("actor_keys")
    op.drop_column("actors", "weight")
