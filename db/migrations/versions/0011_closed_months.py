"""closed months: frozen shared figures, the anonymous reach ledger and its marks

A CSO closes its months as reported ("closed through YYYY-MM"; ``month_closures`` keeps every
close and reopen). A closed month's shared figures are frozen as published
(``closed_months``), and the people a programme first reached in it are counted in an anonymous
ledger (``reach_ledger``: programme, first month, disaggregation, people) so that cumulative
counts stay as reported after an erasure; ``reach_marks`` says which (person, programme) pairs
the ledger counts, and goes with the person. New tables only: nothing existing changes.

On a team database the new tables get their capture triggers here, so they sync.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.team import capture

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("reach_marks", "reach_ledger", "closed_months", "month_closures")


def upgrade() -> None:
    op.create_table(
        "month_closures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("through", sa.String(length=7), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("action IN ('close', 'reopen')", name=op.f("ck_month_closures_action")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_month_closures_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_closures")),
    )
    op.create_table(
        "closed_months",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("closure_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("network_id", sa.String(length=40), nullable=False),
        sa.Column("period_start", sa.String(length=7), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closure_id"],
            ["month_closures.id"],
            name=op.f("fk_closed_months_closure_id_month_closures"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closed_months")),
    )
    op.create_index("ix_closed_months_month", "closed_months", ["month"])
    op.create_table(
        "reach_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("closure_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.String(length=7), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("first_month", sa.String(length=7), nullable=False),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("age_band", sa.String(length=8), nullable=False),
        sa.Column("population_group", sa.String(length=20), nullable=False),
        sa.Column("disability", sa.Boolean(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closure_id"],
            ["month_closures.id"],
            name=op.f("fk_reach_ledger_closure_id_month_closures"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_reach_ledger_programme_id_programmes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reach_ledger")),
    )
    op.create_index("ix_reach_ledger_period_month", "reach_ledger", ["period_start", "first_month"])
    op.create_table(
        "reach_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("closure_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.String(length=7), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=False),
        sa.Column("first_month", sa.String(length=7), nullable=False),
        sa.ForeignKeyConstraint(
            ["closure_id"],
            ["month_closures.id"],
            name=op.f("fk_reach_marks_closure_id_month_closures"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_reach_marks_programme_id_programmes"),
        ),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_reach_marks_beneficiary_id_beneficiaries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reach_marks")),
    )
    op.create_index(
        "ix_reach_marks_pair", "reach_marks", ["period_start", "programme_id", "beneficiary_id"]
    )
    op.create_index("ix_reach_marks_beneficiary_id", "reach_marks", ["beneficiary_id"])
    capture.install_on_team(op.get_bind())


def downgrade() -> None:
    capture.drop_table_triggers(op.get_bind(), TABLES)
    for table in TABLES:
        op.drop_table(table)
