"""Schema migrations with Alembic, run when a database is opened."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from db.errors import DatabaseTooNew

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this version of the app knows (a newer app's database has others)."""
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: Path | None = None, target: str = "head") -> None:
    """Bring the schema to ``target``. An existing database is copied first (it stays
    encrypted), so a failed migration never costs data."""
    current = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return
    if current is not None and current not in known_revisions():
        raise DatabaseTooNew(current)
    if current is not None and db_path is not None and db_path.exists():
        engine.dispose()  # checkpoint WAL into the main file before copying
        shutil.copy2(db_path, db_path.with_name(f"{db_path.name}.before-{wanted}.bak"))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
