"""Schema migrations with Alembic, run when a database is opened.

Alembic itself (a quarter of a second to import) is loaded only when a database actually
needs upgrading: opening an up-to-date database reads the revision with one query.
"""

from __future__ import annotations

import re
import shutil
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from db.errors import DatabaseTooNew

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_REVISION = re.compile(r"^revision: str = [\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision: str \| None = (?:None|[\"']([^\"']+)[\"'])", re.MULTILINE)


@lru_cache(maxsize=1)
def _revision_graph() -> tuple[frozenset[str], str]:
    """(every known revision, the head), read from the migration files without Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        down = _DOWN.search(source)
        if revision is None or down is None:
            raise RuntimeError(f"not a migration script: {path.name}")
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    (head,) = revisions - parents  # one head: the history is a straight line
    return frozenset(revisions), head


def head_revision() -> str:
    return _revision_graph()[1]


def known_revisions() -> set[str]:
    """Every revision this version of the app knows (a newer app's database has others)."""
    return set(_revision_graph()[0])


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # a new, empty database: no version table yet
            return None


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
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
