"""person changes: the rectification history of a person's record

Each edit of a person's record keeps, per changed field, the old and the new value, who made
the change and when (db.rectification); the admin sees it, and it goes when the person is
erased. Existing records get no history (none was kept before).

On a team database the new table gets its capture triggers here, so the history reaches the
team's other laptops; the triggers of every synced table are made again, which also makes the
settings trigger name the new CSO-wide retention setting (db.settings.RETENTION_YEARS).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-10 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.team import capture

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_person_changes_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["users.id"], name=op.f("fk_person_changes_changed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_changes")),
    )
    op.create_index("ix_person_changes_beneficiary_id", "person_changes", ["beneficiary_id"])
    capture.install_on_team(op.get_bind())


def downgrade() -> None:
    capture.drop_table_triggers(op.get_bind(), ["person_changes"])
    op.drop_index("ix_person_changes_beneficiary_id", table_name="person_changes")
    op.drop_table("person_changes")
