"""plan steps: a position may hold two steps (team sync)

Two laptops of a CSO that each add a step to one session plan between syncs both insert a row
at the same position; with UNIQUE(plan_id, position) the second laptop's sync failed for good.
The steps are now read in the order (position, id), the same on every laptop, and a plan
saved again numbers them afresh. A plain index keeps reading a plan's steps fast.

SQLite cannot drop a constraint: the table is rebuilt, and the triggers on it (a team
database's capture triggers) are saved first and created again after, unchanged.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-20 10:00:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _triggers() -> list[str]:
    rows = op.get_bind().execute(
        text(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'plan_steps' "
            "AND sql IS NOT NULL ORDER BY name"
        )
    )
    return [str(sql) for (sql,) in rows]


def upgrade() -> None:
    triggers = _triggers()
    with op.batch_alter_table("plan_steps") as batch:
        batch.drop_constraint("uq_plan_steps_plan_id_position", type_="unique")
        batch.create_index("ix_plan_steps_plan_position", ["plan_id", "position"], unique=False)
    for sql in triggers:
        op.execute(sql)


def downgrade() -> None:
    triggers = _triggers()
    # Steps that share a position are numbered afresh first, in their reading order.
    bind = op.get_bind()
    rows = bind.execute(text("SELECT id, plan_id FROM plan_steps ORDER BY plan_id, position, id"))
    numbered: dict[int, int] = {}
    for step_id, plan_id in list(rows):
        position = numbered[plan_id] = numbered.get(plan_id, -1) + 1
        bind.execute(
            text("UPDATE plan_steps SET position = :p WHERE id = :id"),
            {"p": position, "id": step_id},
        )
    with op.batch_alter_table("plan_steps") as batch:
        batch.drop_index("ix_plan_steps_plan_position")
        batch.create_unique_constraint("uq_plan_steps_plan_id_position", ["plan_id", "position"])
    for sql in triggers:
        op.execute(sql)
