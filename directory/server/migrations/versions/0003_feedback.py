"""Sealed referral feedback: per network, sending CSO and receiving CSO, the latest envelope
(ciphertext only; see :mod:`directory.feedback`).

Revision ID: s0003
Revises: s0002
"""

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "network_id", sa.String(40), sa.ForeignKey("networks.network_id"), nullable=False
        ),
        sa.Column("sender", sa.String(12), nullable=False),
        sa.Column("recipient", sa.String(12), nullable=False),
        sa.Column("issued_at", sa.String(20), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("envelope", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("network_id", "sender", "recipient", name="uq_feedback_pair"),
    )
    op.create_index("ix_feedback_recipient", "feedback", ["network_id", "recipient"])


def downgrade() -> None:
    op.drop_index("ix_feedback_recipient", table_name="feedback")
    op.drop_table("feedback")
