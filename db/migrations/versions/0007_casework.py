"""casework: cases with owners and plans, shares, per-participant notes, worklist marks

A case per person and service line, owned by a caseworker, with a plan of goals and actions
and a follow-up date; cases a caseworker shares with another; a note per participant of a
group session; and what each user did with a worklist item (done, snoozed, dismissed).

Existing people with sessions get a case each, owned by the user who logged most of their
sessions (an MHPSS case when any of those sessions is in the MHPSS programme, a protection
case otherwise), opened on their first session's date. Nothing else changes.

On a team database the new tables get their capture triggers here, so a change made to them
after the upgrade reaches the team's other laptops; of a team, the laptop that created it
makes the cases and sends them to the others.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 05:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=False),
        sa.Column("service_line", sa.String(length=40), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_reason", sa.String(length=40), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("next_contact", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("status IN ('open', 'on_hold', 'closed')", name=op.f("ck_cases_status")),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_cases_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_cases_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    op.create_index("ix_cases_beneficiary_id", "cases", ["beneficiary_id"])
    op.create_index("ix_cases_owner_status", "cases", ["owner_id", "status"])
    op.create_index("ix_cases_status_next_contact", "cases", ["status", "next_contact"])
    op.create_table(
        "case_shares",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("shared_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_shares_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_case_shares_user_id_users")
        ),
        sa.PrimaryKeyConstraint("case_id", "user_id", name=op.f("pk_case_shares")),
    )
    op.create_table(
        "case_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_goals_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_goals")),
    )
    op.create_index("ix_case_goals_case_id", "case_goals", ["case_id"])
    op.create_table(
        "case_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_actions_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["case_goals.id"], name=op.f("fk_case_actions_goal_id_case_goals")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"], ["users.id"], name=op.f("fk_case_actions_responsible_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_actions")),
    )
    op.create_index("ix_case_actions_case_id", "case_actions", ["case_id"])
    op.create_index(
        "ix_case_actions_responsible_due", "case_actions", ["responsible_id", "due_date"]
    )
    op.create_table(
        "participant_notes",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("written_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_participant_notes_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_participant_notes_session_id_sessions")
        ),
        sa.ForeignKeyConstraint(
            ["written_by"], ["users.id"], name=op.f("fk_participant_notes_written_by_users")
        ),
        sa.PrimaryKeyConstraint("session_id", "beneficiary_id", name=op.f("pk_participant_notes")),
    )
    op.create_index("ix_participant_notes_beneficiary_id", "participant_notes", ["beneficiary_id"])
    op.create_table(
        "worklist_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=120), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_worklist_marks_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worklist_marks")),
    )
    op.create_index("ix_worklist_marks_user_item", "worklist_marks", ["user_id", "item_key"])
    device_no = _capture_new_tables()
    if device_no in (None, 0):
        _cases_for_people_with_sessions()


def _cases_for_people_with_sessions() -> None:
    """One case per person with sessions (see the module's text). The owner is the user who
    logged most of the person's sessions (ties: the lower user id); none when no session names
    who logged it."""
    op.execute(
        """
        INSERT INTO cases (beneficiary_id, service_line, owner_id, status, opened_on,
                           closed_on, closed_reason, outcome, next_contact, created_at,
                           updated_at)
        SELECT b.id,
               CASE WHEN EXISTS (
                   SELECT 1 FROM attendance a JOIN sessions s ON s.id = a.session_id
                   JOIN programmes p ON p.id = s.programme_id
                   WHERE a.beneficiary_id = b.id AND s.deleted_at IS NULL AND p.code = 'mhpss'
               ) THEN 'mhpss' ELSE 'protection' END,
               (SELECT s.facilitator_id FROM attendance a JOIN sessions s ON s.id = a.session_id
                WHERE a.beneficiary_id = b.id AND s.deleted_at IS NULL
                  AND s.facilitator_id IS NOT NULL
                GROUP BY s.facilitator_id ORDER BY COUNT(*) DESC, s.facilitator_id LIMIT 1),
               'open',
               (SELECT MIN(s.date) FROM attendance a JOIN sessions s ON s.id = a.session_id
                WHERE a.beneficiary_id = b.id AND s.deleted_at IS NULL),
               NULL, '', '', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
        FROM beneficiaries b
        WHERE b.deleted_at IS NULL AND EXISTS (
            SELECT 1 FROM attendance a JOIN sessions s ON s.id = a.session_id
            WHERE a.beneficiary_id = b.id AND s.deleted_at IS NULL
        )
        """
    )


def _capture_new_tables() -> int | None:
    """On a team database: the capture triggers, for the new tables too; returns this
    laptop's device number (None outside a team).

    Of a team, only the laptop that created it (device 0) makes the cases above, as its own
    changes, with ids from its own range: they reach the other laptops at their next sync.
    Were every laptop to make them, each person would get one case per laptop."""
    bind = op.get_bind()
    row = bind.execute(sa.text("SELECT device_no FROM team_local WHERE id = 1")).first()
    if row is None:
        return None
    from db.team import capture

    capture.install(bind)
    return int(row[0])


def downgrade() -> None:
    for table in (
        "worklist_marks",
        "participant_notes",
        "case_actions",
        "case_goals",
        "case_shares",
        "cases",
    ):
        bind = op.get_bind()
        for (name,) in bind.execute(
            sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
            {"t": table},
        ):
            op.execute(f'DROP TRIGGER "{name}"')
        op.drop_table(table)
