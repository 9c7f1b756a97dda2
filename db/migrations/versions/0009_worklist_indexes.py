"""worklist indexes: each kind of worklist item is found from the user's own rows

The worklist (db/worklist.py) asks, for one user: the referrals they made that are still sent,
the group sessions they facilitated lately, a person's WHO-5 scores newest first, and the
session plans of the coming week. Without these indexes each of those read a whole table.
Indexes only: nothing is written, and a team database's triggers are not touched.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 06:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_referrals_referred_by_status_date", "referrals", ["referred_by", "status", "date"]),
    ("ix_sessions_facilitator_date", "sessions", ["facilitator_id", "date"]),
    (
        "ix_assessments_person_instrument_date",
        "assessments",
        ["beneficiary_id", "instrument", "date", "raw_score"],
    ),
    ("ix_session_plans_planned_date", "session_plans", ["planned_date"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
