"""The encrypted SQLite engine (SQLCipher with a raw 256-bit key)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from db.errors import DatabaseCorrupt, StorageProblem
from db.file_modes import prepare_database_file


def make_engine(path: Path, master_key: bytes) -> Engine:
    """An engine whose every connection is keyed, in WAL mode, with foreign keys enforced.

    A wrong key or a file that is not a Saphan database raises :class:`DatabaseCorrupt`.
    The file (created if new) and its companions are made readable by this account only.
    """
    try:
        prepare_database_file(path)
    except OSError as exc:
        raise translate_db_error(exc) from exc
    url = URL.create(
        "sqlite+pysqlcipher",
        # Quoted as an identifier by the dialect: PRAGMA key = "x'<hex>'" is SQLCipher's raw-key
        # form, which skips the slow passphrase derivation on every connection.
        password=f"x'{master_key.hex()}'",
        database=str(path),
    )
    # One connection per piece of work, handed between threads (the app counts on a pool of
    # worker threads). SQLAlchemy's default for this dialect, SingletonThreadPool, keeps one
    # connection per thread and closes other threads' connections once there are more than
    # five threads, even while they are in use: that crashed the app.
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=12,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Own the transaction boundaries (pysqlite's implicit ones are unreliable).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.execute("PRAGMA foreign_keys = ON")
        # Temporary tables and sort files stay in memory, never as plaintext on disk.
        cur.execute("PRAGMA temp_store = MEMORY")
        # Deleted content is overwritten, so an erased person leaves no trace in free pages.
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA cache_size = -65536")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DatabaseError as exc:
        engine.dispose()
        raise translate_db_error(exc) from exc
    return engine


def translate_db_error(exc: BaseException) -> Exception:
    """Map low-level SQLite/OS errors to the store's typed errors."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "file is not a database" in message or "malformed" in message:
        return DatabaseCorrupt(message)
    if "disk is full" in message or "database or disk is full" in message:
        return StorageProblem("disk_full")
    if "readonly" in message or "read-only" in message:
        return StorageProblem("read_only")
    if "unable to open" in message:
        return StorageProblem("cannot_open")
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return StorageProblem("disk_full")
        if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            return StorageProblem("read_only")
        # Any other OS refusal (a file where a folder should be, a vanished drive, ...) is a
        # storage problem too, never a corrupt database.
        return StorageProblem("cannot_write")
    if isinstance(exc, OperationalError):
        return StorageProblem(message)
    return DatabaseCorrupt(message)
