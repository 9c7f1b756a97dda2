"""The coordination server's first schema: networks, network files, bundles, tokens.

Revision ID: s0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "networks",
        sa.Column("network_id", sa.String(40), primary_key=True),
        sa.Column("coordinator_key", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "network_files",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "network_id", sa.String(40), sa.ForeignKey("networks.network_id"), nullable=False
        ),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("network_id", "revision", name="uq_network_files_revision"),
    )
    op.create_index("ix_network_files_network_id", "network_files", ["network_id"])
    op.create_table(
        "bundles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "network_id", sa.String(40), sa.ForeignKey("networks.network_id"), nullable=False
        ),
        sa.Column("cso_code", sa.String(12), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("network_id", "cso_code", name="uq_bundles_cso"),
        sa.UniqueConstraint("network_id", "cso_code", "revision", name="uq_bundles_revision"),
    )
    op.create_table(
        "tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "network_id", sa.String(40), sa.ForeignKey("networks.network_id"), nullable=False
        ),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("cso_code", sa.String(12), nullable=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("tokens")
    op.drop_table("bundles")
    op.drop_index("ix_network_files_network_id", "network_files")
    op.drop_table("network_files")
    op.drop_table("networks")
