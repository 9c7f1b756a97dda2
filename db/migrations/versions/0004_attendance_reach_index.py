"""attendance carries its session's programme, month and date for fast counting

Counting unique people per programme and month needs each person's first attendance date in
each month. Grouping a million attendance rows joined to their sessions made SQLite sort them
all; with the session's programme, month and date on the attendance row, kept by triggers, and
one index in that order, the grouping streams through the index without sorting.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 18:35:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FROM_SESSION = (
    "(SELECT s.programme_id, substr(s.date, 1, 7), s.date FROM sessions s WHERE s.id = {session})"
)


def upgrade() -> None:
    op.add_column("attendance", sa.Column("programme_id", sa.Integer(), nullable=True))
    op.add_column("attendance", sa.Column("month", sa.String(length=7), nullable=True))
    op.add_column("attendance", sa.Column("date", sa.Date(), nullable=True))
    op.execute(
        "UPDATE attendance SET (programme_id, month, date) = "
        + _FROM_SESSION.format(session="attendance.session_id")
    )
    op.create_index(
        "ix_attendance_reach",
        "attendance",
        ["programme_id", "month", "beneficiary_id", "date", "session_id"],
    )
    # Whoever writes attendance or changes a session, the copies stay right.
    op.execute(
        "CREATE TRIGGER attendance_copy_session AFTER INSERT ON attendance BEGIN "
        "UPDATE attendance SET (programme_id, month, date) = "
        + _FROM_SESSION.format(session="NEW.session_id")
        + " WHERE session_id = NEW.session_id AND beneficiary_id = NEW.beneficiary_id; END"
    )
    op.execute(
        "CREATE TRIGGER sessions_copy_to_attendance AFTER UPDATE OF programme_id, date "
        "ON sessions BEGIN "
        "UPDATE attendance SET programme_id = NEW.programme_id, "
        "month = substr(NEW.date, 1, 7), date = NEW.date WHERE session_id = NEW.id; END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS sessions_copy_to_attendance")
    op.execute("DROP TRIGGER IF EXISTS attendance_copy_session")
    op.drop_index("ix_attendance_reach", table_name="attendance")
    with op.batch_alter_table("attendance") as batch:
        batch.drop_column("date")
        batch.drop_column("month")
        batch.drop_column("programme_id")
