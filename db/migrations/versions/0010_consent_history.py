"""consent history: each grant and withdrawal of consent, dated, with who recorded it and how

A person's consent becomes a history per scope (services, referral, data use, and scopes the
CSO adds): ``consent_events``. The booleans on ``beneficiaries`` stay as the current state.
Each existing person gets one event per built-in scope from those booleans, granted or not,
effective on their consent date, recorded by whoever recorded the consent then.

On a team database the new table gets its capture triggers here; of a team, only the laptop
that created it writes the events of existing people (as its own changes, which reach the
others at their next sync; were every laptop to write them, each person would get one set
per laptop).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.team import capture

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BUILT_IN = ("services", "referral", "data_use")


def upgrade() -> None:
    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "method IN ('verbal', 'signed_form')", name=op.f("ck_consent_events_method")
        ),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_consent_events_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_consent_events_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_events")),
    )
    op.create_index(
        "ix_consent_events_person_scope",
        "consent_events",
        ["beneficiary_id", "scope", "effective"],
    )
    device_no = capture.install_on_team(op.get_bind())
    if device_no in (None, 0):
        _events_from_the_booleans()


def _events_from_the_booleans() -> None:
    for scope in BUILT_IN:
        op.execute(
            f"""
            INSERT INTO consent_events (beneficiary_id, scope, granted, effective, method,
                                        recorded_by, recorded_at, note)
            SELECT id, '{scope}', consent_{scope}, consent_date, 'verbal',
                   consent_recorded_by, created_at, ''
            FROM beneficiaries ORDER BY id
            """
        )


def downgrade() -> None:
    capture.drop_table_triggers(op.get_bind(), ["consent_events"])
    op.drop_index("ix_consent_events_person_scope", table_name="consent_events")
    op.drop_table("consent_events")
