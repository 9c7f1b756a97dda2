"""where a session happened: an area of the network's list

``sessions`` gains ``area``: the code of one of the areas the network file lists (the "where"
of a 5W report; ``directory.network.Area``). NULL: not known (every session logged before,
and any logged without an area); unknown is its own value in the figures, never guessed.

On a team database the capture triggers are installed again, for the new column.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-22 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.team import capture

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: rebuilding the table would drop its triggers.
    op.add_column("sessions", sa.Column("area", sa.String(length=40), nullable=True))
    capture.install_on_team(op.get_bind())


def downgrade() -> None:
    capture.drop_table_triggers(op.get_bind(), ("sessions",))
    op.execute("ALTER TABLE sessions DROP COLUMN area")
    capture.install_on_team(op.get_bind())
