"""users: the supervisor role may be stored

Migration 0007 added the supervisor role to the app, but the users table's CHECK constraint
still allowed only admin, caseworker, facilitator and coordinator: creating a supervisor
failed. The constraint now allows supervisor too.

SQLite cannot alter a constraint, and rebuilding the users table is not possible with foreign
keys enforced (every record names its user). A wider CHECK changes nothing stored, so the
table's definition is rewritten in place, the way SQLite documents for such changes
(https://sqlite.org/lang_altertable.html#otheralter): the schema version is raised so every
connection reads the new definition, and the integrity check must pass before the commit.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 05:30:00
"""

import re
from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CHECK = re.compile(r"CHECK \(role IN \([^)]*\)\)")
_OLD = "CHECK (role IN ('admin', 'caseworker', 'facilitator', 'coordinator'))"
_NEW = "CHECK (role IN ('admin', 'caseworker', 'supervisor', 'facilitator', 'coordinator'))"


def _set_role_check(check: str) -> None:
    bind = op.get_bind()
    sql = bind.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'")
    ).scalar_one()
    new_sql, found = _CHECK.subn(check, str(sql))
    if found != 1:
        raise RuntimeError(f"users table: expected one role CHECK, found {found}")
    if new_sql == sql:
        return
    version = int(bind.execute(text("PRAGMA schema_version")).scalar_one())
    bind.execute(text("PRAGMA writable_schema = ON"))
    try:
        bind.execute(
            text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = 'users'"),
            {"sql": new_sql},
        )
        bind.execute(text(f"PRAGMA schema_version = {version + 1}"))
    finally:
        bind.execute(text("PRAGMA writable_schema = OFF"))
    problems = [str(r) for (r,) in bind.execute(text("PRAGMA integrity_check"))]
    if problems != ["ok"]:
        raise RuntimeError(f"integrity check after changing the users table: {problems[:3]}")


def upgrade() -> None:
    _set_role_check(_NEW)


def downgrade() -> None:
    # The nearest role the older schema knows: a supervisor keeps a caseworker's rights.
    op.execute("UPDATE users SET role = 'caseworker' WHERE role = 'supervisor'")
    _set_role_check(_OLD)
