"""the reach table: who each programme reached in each month, kept by triggers

``reach_months`` (db/reach.py) holds one row per programme, month and person reached, with the
first attendance date there (and the first one the person's data-use consent covers) and the
person's disaggregation cell, so that counting reads it instead of grouping every attendance
row. Triggers keep it in step with attendance, sessions, people and consent events; it is
filled here for an existing database. It is derived: not synced, no capture triggers.

Revision ID: 0020
Revises: 0015
Create Date: 2026-12-06 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import reach

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reach_months",
        sa.Column("programme_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("first_date", sa.Date(), nullable=False),
        sa.Column("band", sa.String(length=5), nullable=False),
        sa.Column("shared_date", sa.Date(), nullable=True),
        sa.Column("shared_band", sa.String(length=5), nullable=True),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("population_group", sa.String(length=20), nullable=False),
        sa.Column("disability", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("programme_id", "beneficiary_id", "month"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_reach_months_beneficiary", "reach_months", ["beneficiary_id"])
    bind = op.get_bind()
    reach.install_triggers(bind)
    reach.refill(bind, cells=False)


def downgrade() -> None:
    reach.drop_triggers(op.get_bind())
    op.drop_index("ix_reach_months_beneficiary", table_name="reach_months")
    op.drop_table("reach_months")
