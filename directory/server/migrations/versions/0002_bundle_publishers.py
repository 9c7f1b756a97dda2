"""Bundles remember which laptop of a CSO published them and the one they replaced; revisions
become 64-bit (team-wide revisions are ``minutes since the epoch * 64 + device``).

Revision ID: s0002
Revises: s0001
"""

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bundles") as batch:
        batch.alter_column(
            "revision", type_=sa.BigInteger, existing_type=sa.Integer, existing_nullable=False
        )
        batch.add_column(sa.Column("publisher", sa.Text, nullable=True))
        batch.add_column(sa.Column("previous_revision", sa.BigInteger, nullable=True))
        batch.add_column(sa.Column("previous_publisher", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bundles") as batch:
        batch.drop_column("previous_publisher")
        batch.drop_column("previous_revision")
        batch.drop_column("publisher")
        batch.alter_column(
            "revision", type_=sa.Integer, existing_type=sa.BigInteger, existing_nullable=False
        )
