"""referral feedback: what the receiving CSO last said about each referral made

``referrals`` gains ``feedback_state`` (received | served | not_served | could_not_contact),
``feedback_on`` (the state's date at the receiving CSO), ``feedback_from`` (the receiving
CSO's code) and ``feedback_at`` (when that CSO issued the sealed envelope it came in), all
empty until feedback arrives (db.referral_feedback; directory.feedback). The newest state
date wins, then the later envelope, so feedback arriving twice, late or out of order ends in
the same state on every laptop.

On a team database the capture triggers are installed again, for the new columns.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 11:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.team import capture

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("feedback_state", sa.String(length=20)),
    ("feedback_on", sa.Date()),
    ("feedback_from", sa.String(length=16)),
    ("feedback_at", sa.String(length=20)),
)


def upgrade() -> None:
    # Plain ADD COLUMN: rebuilding a table would drop its triggers.
    for name, kind in _COLUMNS:
        op.add_column("referrals", sa.Column(name, kind, nullable=True))
    capture.install_on_team(op.get_bind())


def downgrade() -> None:
    capture.drop_table_triggers(op.get_bind(), ("referrals",))
    for name, _ in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE referrals DROP COLUMN {name}")
    capture.install_on_team(op.get_bind())
