"""team sync bookkeeping

A CSO is a team on several laptops. These tables record, on a database that joined a team,
the version of every synced row and field, what this device has applied from the others, the
conflicts found and the values that lost. A database that is not part of a team keeps them
empty, and nothing about its records changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 02:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "team_local",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("device_no", sa.Integer(), nullable=False),
        sa.Column("device_name", sa.String(length=100), nullable=False),
        sa.Column("sign_private", sa.LargeBinary(), nullable=False),
        sa.Column("kx_private", sa.LargeBinary(), nullable=False),
        sa.Column("capture", sa.Integer(), nullable=False),
        sa.Column("erasing", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sent_seq", sa.Integer(), nullable=False),
        sa.Column("next_segment", sa.Integer(), nullable=False),
        sa.Column("snapshot_through", sa.Integer(), nullable=False),
        sa.Column("id_lo", sa.Integer(), nullable=False),
        sa.Column("id_hi", sa.Integer(), nullable=False),
        sa.Column("code_prefix", sa.String(length=4), nullable=False),
        sa.Column("next_code", sa.Integer(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("creator_sign_pub", sa.LargeBinary(), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_local")),
    )
    op.create_table(
        "team_keys",
        sa.Column("epoch_id", sa.String(length=80), nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("epoch_id", name=op.f("pk_team_keys")),
    )
    op.create_table(
        "team_roster",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_team_roster")),
    )
    op.create_table(
        "team_rows",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("pk", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("tbl", "pk", name=op.f("pk_team_rows")),
    )
    op.create_index("ix_team_rows_seq", "team_rows", ["seq"])
    op.create_table(
        "team_fields",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("pk", sa.String(length=200), nullable=False),
        sa.Column("col", sa.String(length=60), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.Column("base_hlc", sa.Integer(), nullable=False),
        sa.Column("base_device", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("pending", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("tbl", "pk", "col", name=op.f("pk_team_fields")),
    )
    op.create_index("ix_team_fields_seq", "team_fields", ["seq"])
    op.create_table(
        "team_peers",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("applied_seq", sa.Integer(), nullable=False),
        sa.Column("acked", sa.Integer(), nullable=False),
        sa.Column("snapshot_seen", sa.Integer(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_team_peers")),
    )
    op.create_table(
        "team_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("pk", sa.String(length=200), nullable=False),
        sa.Column("col", sa.String(length=60), nullable=False),
        sa.Column("winner", sa.Text(), nullable=False),
        sa.Column("winner_hlc", sa.Integer(), nullable=False),
        sa.Column("winner_device", sa.String(length=32), nullable=False),
        sa.Column("loser", sa.Text(), nullable=False),
        sa.Column("loser_hlc", sa.Integer(), nullable=False),
        sa.Column("loser_device", sa.String(length=32), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_conflicts")),
    )
    op.create_table(
        "team_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("pk", sa.String(length=200), nullable=False),
        sa.Column("col", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.Column("base_hlc", sa.Integer(), nullable=False),
        sa.Column("base_device", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_history")),
    )
    op.create_index("ix_team_history_record", "team_history", ["tbl", "pk"])
    op.create_table(
        "team_ids",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("next", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", name=op.f("pk_team_ids")),
    )


def downgrade() -> None:
    for name in ("team_ids", "team_history", "team_conflicts", "team_peers"):
        op.drop_table(name)
    op.drop_index("ix_team_fields_seq", table_name="team_fields")
    op.drop_table("team_fields")
    op.drop_index("ix_team_rows_seq", table_name="team_rows")
    op.drop_table("team_rows")
    op.drop_table("team_roster")
    op.drop_table("team_keys")
    op.drop_table("team_local")
