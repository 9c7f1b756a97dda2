"""the registry's search index holds the living people only

``people_search`` (migration 0019) indexed every person, deleted or not, so every search
asked each person found whether they were deleted, and the count of what the index found had
the deleted people taken off again by a second search of the index. The index is made again
over ``people_searchable``, a view of the living people's search text (FTS5 takes a view as
its external content, and checks itself against it): a person deleted leaves the index (at
once: ``secure-delete`` stays on) and one restored comes back, by the triggers below, in the
transaction that writes the person. What a search finds is then exactly who may be shown.
The statements are copied here as they are at this revision (db.search_index).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 17:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = "people_search"
_VIEW = "people_searchable"
_TRIGGERS = (f"{_TABLE}_insert", f"{_TABLE}_update", f"{_TABLE}_delete")
_FORGET_OLD = (
    f"INSERT INTO {_TABLE} ({_TABLE}, rowid, search_text) "
    "SELECT 'delete', OLD.id, OLD.search_text WHERE OLD.deleted_at IS NULL;"
)
_ADD_NEW = (
    f"INSERT INTO {_TABLE} (rowid, search_text) "
    "SELECT NEW.id, NEW.search_text WHERE NEW.deleted_at IS NULL;"
)
_TOKENS = "tokenize = 'trigram case_sensitive 1'"
_STATEMENTS = (
    f"CREATE VIEW {_VIEW} AS SELECT id, search_text FROM beneficiaries WHERE deleted_at IS NULL",
    f"CREATE VIRTUAL TABLE {_TABLE} USING fts5(search_text, {_TOKENS}, "
    f"content = {_VIEW}, content_rowid = id)",
    f"INSERT INTO {_TABLE} ({_TABLE}, rank) VALUES ('secure-delete', 1)",
    f"CREATE TRIGGER {_TABLE}_insert AFTER INSERT ON beneficiaries BEGIN {_ADD_NEW} END",
    f"CREATE TRIGGER {_TABLE}_update AFTER UPDATE OF id, search_text, deleted_at "
    f"ON beneficiaries BEGIN {_FORGET_OLD} {_ADD_NEW} END",
    f"CREATE TRIGGER {_TABLE}_delete AFTER DELETE ON beneficiaries BEGIN {_FORGET_OLD} END",
    f"INSERT INTO {_TABLE} ({_TABLE}) VALUES ('rebuild')",
)
# As migration 0019 made them: every person, over the table itself.
_OLD_DELETE = (
    f"INSERT INTO {_TABLE} ({_TABLE}, rowid, search_text) "
    "VALUES ('delete', OLD.id, OLD.search_text);"
)
_OLD_STATEMENTS = (
    f"CREATE VIRTUAL TABLE {_TABLE} USING fts5(search_text, {_TOKENS}, "
    "content = beneficiaries, content_rowid = id)",
    f"INSERT INTO {_TABLE} ({_TABLE}, rank) VALUES ('secure-delete', 1)",
    f"CREATE TRIGGER {_TABLE}_insert AFTER INSERT ON beneficiaries BEGIN "
    f"INSERT INTO {_TABLE} (rowid, search_text) VALUES (NEW.id, NEW.search_text); END",
    f"CREATE TRIGGER {_TABLE}_update AFTER UPDATE OF id, search_text ON beneficiaries BEGIN "
    f"{_OLD_DELETE} INSERT INTO {_TABLE} (rowid, search_text) VALUES (NEW.id, NEW.search_text); END",
    f"CREATE TRIGGER {_TABLE}_delete AFTER DELETE ON beneficiaries BEGIN {_OLD_DELETE} END",
    f"INSERT INTO {_TABLE} ({_TABLE}) VALUES ('rebuild')",
)


def _drop() -> None:
    bind = op.get_bind()
    for name in _TRIGGERS:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {_TABLE}")
    bind.exec_driver_sql(f"DROP VIEW IF EXISTS {_VIEW}")


def upgrade() -> None:
    _drop()
    bind = op.get_bind()
    for statement in _STATEMENTS:
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    _drop()
    bind = op.get_bind()
    for statement in _OLD_STATEMENTS:
        bind.exec_driver_sql(statement)
