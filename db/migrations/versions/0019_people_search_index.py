"""the registry's search index: FTS5 trigrams over each person's search text

Creates ``people_search``, an FTS5 table with the trigram tokenizer (Burmese and
Thai have no spaces between words) over ``beneficiaries.search_text`` (external content: no copy
of the text), with ``secure-delete`` on (an erased person's trigrams
leave the index at once), the triggers on ``beneficiaries`` that keep it in step in the
transaction that writes a person, and fills it from every person's search text. The statements
are copied here as they were at this revision (db.search_index), so that this migration does
the same whatever the code does later. The index is this laptop's own: no team capture.

Revision ID: 0019
Revises: 0015
Create Date: 2026-12-27 11:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = "people_search"
_DELETE = (
    f"INSERT INTO {_TABLE} ({_TABLE}, rowid, search_text) "
    "VALUES ('delete', OLD.id, OLD.search_text);"
)
_STATEMENTS = (
    f"CREATE VIRTUAL TABLE {_TABLE} USING fts5(search_text, "
    "tokenize = 'trigram case_sensitive 1', content = beneficiaries, content_rowid = id)",
    f"INSERT INTO {_TABLE} ({_TABLE}, rank) VALUES ('secure-delete', 1)",
    f"CREATE TRIGGER {_TABLE}_insert AFTER INSERT ON beneficiaries BEGIN "
    f"INSERT INTO {_TABLE} (rowid, search_text) VALUES (NEW.id, NEW.search_text); END",
    f"CREATE TRIGGER {_TABLE}_update AFTER UPDATE OF id, search_text ON beneficiaries BEGIN "
    f"{_DELETE} INSERT INTO {_TABLE} (rowid, search_text) VALUES (NEW.id, NEW.search_text); END",
    f"CREATE TRIGGER {_TABLE}_delete AFTER DELETE ON beneficiaries BEGIN {_DELETE} END",
    f"INSERT INTO {_TABLE} ({_TABLE}) VALUES ('rebuild')",
)


def upgrade() -> None:
    bind = op.get_bind()
    for statement in _STATEMENTS:
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for name in ("insert", "update", "delete"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_TABLE}_{name}")
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {_TABLE}")
