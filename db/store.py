"""An open, unlocked CSO database and the signed-in user: what every facade function takes."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.changes import Change, ChangeBus, ChangeTracker, watch_engine, watch_sessions
from db.engine import translate_db_error
from db.errors import PermissionDenied, SaphanError
from db.models import AuditEvent
from db.permissions import Permission, role_allows
from db.team import ids as _team_ids  # noqa: F401 - new rows take ids from this device's range
from db.types import CsoInfo, UserInfo


@dataclass
class Store:
    path: Path
    engine: Engine
    cso: CsoInfo
    user: UserInfo
    # Kept in memory while unlocked: needed to wrap it for a new user or a new password.
    master_key: bytes = field(repr=False)
    # What committed writes changed, for the pages that show it. Shared by copies of this store
    # made with dataclasses.replace (the same database, another signed-in user).
    changes: ChangeBus = field(default_factory=ChangeBus, repr=False, compare=False)
    # (user id, person id) for each person on whom a user broke the glass in this sign-in
    # (db.access.break_glass): read in full until they sign out. Kept by user id, so a copy of
    # this store for another user never inherits it. Never written anywhere but the audit trail.
    broken_glass: set[tuple[int, int]] = field(default_factory=set, repr=False, compare=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _write_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    # The session of a snapshot() open on this thread, shared by every read() inside it.
    _snapshot: threading.local = field(default_factory=threading.local, init=False, repr=False)
    _writing: threading.local = field(default_factory=threading.local, init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        watch_engine(self.engine)
        watch_sessions(self._sessions)

    def can(self, permission: Permission) -> bool:
        return role_allows(self.user.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(permission.value)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing it does is committed. Inside :meth:`snapshot` (on
        the same thread) it is the snapshot's session, so every read sees the same state."""
        shared: Session | None = getattr(self._snapshot, "session", None)
        if shared is not None:
            yield shared
            return
        try:
            with self._sessions() as session:
                yield session
                session.rollback()
        except (OperationalError, DatabaseError) as exc:
            raise translate_db_error(exc) from exc

    @contextmanager
    def driver_read(self) -> Iterator[Any]:
        """The database driver's own connection, for a few plain queries that run on every
        keystroke (the registry's page and count, db.beneficiaries): without an ORM session
        to set up and tear down, which costs as much as such a query. Only for reading.
        Inside :meth:`snapshot` it is the snapshot's connection; a driver's error is
        translated as in :meth:`read`."""
        shared: Session | None = getattr(self._snapshot, "session", None)
        dbapi = self.engine.dialect.loaded_dbapi
        try:
            if shared is not None:
                yield shared.connection().connection.driver_connection
                return
            raw = self.engine.raw_connection()
            try:
                yield raw.driver_connection
            finally:
                raw.close()  # back to the pool, rolled back
        except dbapi.Error as exc:
            wrapped = DBAPIError.instance(None, None, exc, dbapi.Error)
            raise translate_db_error(wrapped) from exc
        except (OperationalError, DatabaseError) as exc:
            raise translate_db_error(exc) from exc

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction for every :meth:`read` inside, on this thread: figures read
        from several facade functions (e.g. the counts of one bundle) all come from the same
        state of the database, even while someone else writes. A write meanwhile, even on this
        thread, takes its own connection: it commits, and the snapshot does not see it."""
        if getattr(self._snapshot, "session", None) is not None:
            yield  # already inside one
            return
        with self.read() as session:
            session.connection()  # BEGIN now: the snapshot starts here
            self._snapshot.session = session
            try:
                yield
            finally:
                self._snapshot.session = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all. After the commit,
        the kinds of thing it changed are published on ``changes`` (nothing after a rollback)."""
        with self._write_lock:
            tracker = ChangeTracker()
            self._writing.tracker = tracker
            try:
                with self._sessions.begin() as session:
                    tracker.attach(session)
                    yield session
            except SaphanError:
                raise
            except (OperationalError, DatabaseError) as exc:
                raise translate_db_error(exc) from exc
            finally:
                tracker.detach()
                self._writing.tracker = None
        self.changes.publish(tracker.kinds)

    def note_change(self, *kinds: Change) -> None:
        """Report a change the tables do not show. Inside a write it is published with that
        transaction's commit (and dropped by its rollback); outside, at once."""
        tracker = getattr(self._writing, "tracker", None)
        if isinstance(tracker, ChangeTracker):
            tracker.note(kinds)
        else:
            self.changes.publish(kinds)

    def audit(
        self,
        session: Session,
        action: str,
        entity: str = "",
        entity_id: int | None = None,
        detail: str = "",
    ) -> None:
        """Add an audit event to the current transaction. ``detail`` never holds a name."""
        session.add(
            AuditEvent(
                user_id=self.user.id,
                username=self.user.username,
                action=action,
                entity=entity,
                entity_id=entity_id,
                detail=detail,
            )
        )

    def close(self) -> None:
        # SQLite's advice: let it refresh its query-planner statistics when a connection ends.
        with contextlib.suppress(OperationalError, DatabaseError), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()
