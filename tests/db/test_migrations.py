"""Alembic migrations build exactly the models' schema, and the audit trail is append-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, text
from sqlalchemy.exc import DBAPIError

from db import migrate, setup
from db.models import AuditEvent, Base
from db.store import Store
from tests.conftest import ADMIN_PASSWORD


def test_migrations_produce_exactly_the_models_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_every_model_table_exists_in_the_encrypted_database(store: Store) -> None:
    with store.engine.connect() as conn:
        tables = {
            row[0]
            for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_database_is_at_head_after_setup(store: Store) -> None:
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_audit_events_cannot_be_updated_or_deleted(store: Store) -> None:
    with store.write() as session:
        store.audit(session, "test", "person", 1, "detail")
    with store.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*), max(id) FROM audit_events")).one()
    assert before[0] >= 2  # setup and this one

    with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET detail = 'changed'"))
    with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE id = :id"), {"id": before[1]})

    with store.engine.connect() as conn:
        after = conn.execute(text("SELECT count(*), max(id) FROM audit_events")).one()
        detail = conn.execute(
            text("SELECT detail FROM audit_events WHERE id = :id"), {"id": before[1]}
        ).scalar_one()
    assert tuple(after) == tuple(before)
    assert detail == "detail"


def test_audit_events_can_still_be_appended(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(insert(AuditEvent).values(action="test", username="admin"))


def test_opening_a_database_at_head_migrates_nothing(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("a database at head was migrated again")

    import alembic.command  # db.migrate imports it only when a database needs upgrading

    monkeypatch.setattr(alembic.command, "upgrade", must_not_run)
    again = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    again.close()
    assert not list(db_path.parent.glob("*.bak")), "no pre-migration copy for a no-op"


def test_revision_graph_read_from_files_matches_alembic() -> None:
    """db.migrate reads the head from the scripts without importing Alembic (start-up time);
    it must agree with Alembic's own reading."""
    from alembic.script import ScriptDirectory

    from db import migrate

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in scripts.walk_revisions()}
