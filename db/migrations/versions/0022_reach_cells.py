"""the reach table counted per cell, kept by triggers

``reach_cells`` (db/reach.py) holds how many rows of ``reach_months`` have each (shared,
month, programme, the person's previous month in the programme, sex, age band, population
group, disability), so that counting a year of every programme sums a few thousand small rows
instead of grouping every row of ``reach_months`` (as many as the attendance). Triggers on
``reach_months`` keep it; it is filled here for an existing database. The triggers of
``reach_months`` are put in again: they no longer replace a row in place (a REPLACE fires no
delete trigger, so ``reach_cells`` would miss it). Derived: not synced, no capture triggers.

The sessions' (programme, date) index also holds ``deleted_at``, so that counting the sessions
held per programme and month (a bundle does) reads the index alone, not every session row.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 14:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db import reach

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reach_cells",
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("programme_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("band", sa.String(length=5), nullable=False),
        sa.Column("population_group", sa.String(length=20), nullable=False),
        sa.Column("disability", sa.Boolean(), nullable=False),
        sa.Column("prev_month", sa.String(length=7), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "shared",
            "month",
            "programme_id",
            "sex",
            "band",
            "population_group",
            "disability",
            "prev_month",
        ),
        sqlite_with_rowid=False,
    )
    # (plain index statements: the sessions table and its triggers stay as they are)
    op.drop_index("ix_sessions_programme_date", table_name="sessions")
    op.create_index(
        "ix_sessions_programme_date_deleted", "sessions", ["programme_id", "date", "deleted_at"]
    )
    bind = op.get_bind()
    reach.install_triggers(bind)
    reach.refill_cells(bind)
    reach.install_cell_triggers(bind)


def downgrade() -> None:
    bind = op.get_bind()
    reach.drop_cell_triggers(bind)
    op.drop_table("reach_cells")
    op.drop_index("ix_sessions_programme_date_deleted", table_name="sessions")
    op.create_index("ix_sessions_programme_date", "sessions", ["programme_id", "date"])
