"""Alembic migrations build exactly the models' schema, and the audit trail is append-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, text
from sqlalchemy.exc import DBAPIError

from db import keys, migrate, search_index, setup
from db.engine import make_engine
from db.models import AuditEvent, Base
from db.store import Store
from db.types import Role
from db.users import create_user, list_users
from tests.conftest import ADMIN_PASSWORD


def test_migrations_produce_exactly_the_models_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    # The search index (an FTS5 table and the tables SQLite keeps its data in) is no model's
    # table (db.search_index): exactly those, and nothing else, are extra.
    extra = {d[1].name for d in differences if d[0] == "remove_table"}
    assert extra == {"people_search", "people_search_data", "people_search_idx"} | {
        "people_search_config",
        "people_search_docsize",
    }
    assert all(search_index.is_index_table(name) for name in extra)
    assert [d for d in differences if d[0] != "remove_table"] == []


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


def test_a_supervisor_account_can_be_stored(store: Store) -> None:
    """Migration 0008: the users table's CHECK allowed no supervisor (0007 added the role)."""
    create_user(store, "khinmya", "Daw Khin Mya", Role.SUPERVISOR, ADMIN_PASSWORD)
    assert [u.role for u in list_users(store) if u.username == "khinmya"] == [Role.SUPERVISOR]
    with pytest.raises(DBAPIError, match="ck_users_role"), store.engine.begin() as conn:
        conn.execute(text("UPDATE users SET role = 'boss'"))


def test_migration_0008_keeps_users_and_their_records(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "old.db", keys.new_master_key())
    user = (
        "INSERT INTO users (id, username, full_name, role, password_hash, language, active, "
        "created_at) VALUES (:id, :u, 'Someone', :role, 'x', 'en', 1, '2026-01-01')"
    )
    try:
        migrate.upgrade(engine, target="0007")
        with engine.begin() as c:
            c.execute(text(user), {"id": 1, "u": "cw", "role": "caseworker"})
            c.execute(
                text(
                    "INSERT INTO audit_events (user_id, username, action, entity, detail, at) "
                    "VALUES (1, 'cw', 'test', '', '', '2026-01-01')"
                )
            )
        with pytest.raises(DBAPIError, match="ck_users_role"), engine.begin() as c:
            c.execute(text(user), {"id": 2, "u": "sup", "role": "supervisor"})
        migrate.upgrade(engine)
        with engine.begin() as c:
            c.execute(text(user), {"id": 2, "u": "sup", "role": "supervisor"})
            assert c.execute(text("PRAGMA foreign_key_check")).all() == []
            assert c.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        with engine.connect() as c:
            roles = c.execute(text("SELECT username, role FROM users ORDER BY id")).all()
            audited = c.execute(text("SELECT count(*) FROM audit_events")).scalar()
        assert [tuple(r) for r in roles] == [("cw", "caseworker"), ("sup", "supervisor")]
        assert audited == 1
        # Back to 0007: the supervisor becomes a caseworker, the old CHECK holds again.
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0007")
        with engine.connect() as c:
            assert c.execute(text("SELECT role FROM users WHERE id = 2")).scalar() == "caseworker"
        with pytest.raises(DBAPIError, match="ck_users_role"), engine.begin() as c:
            c.execute(text(user), {"id": 3, "u": "sup2", "role": "supervisor"})
    finally:
        engine.dispose()
