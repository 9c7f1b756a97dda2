"""Files that a crash never leaves half-written, and clearing what a crash left behind.

Every file Saphan writes for keeps (key file, backups, exports, bundles) is written to a temp
file in the same folder, flushed to the disk and renamed over its target in one step, so the
target is the old file or the new one, never half of one. Every rename goes through
:func:`replace`.

A temp file is named ``.<target name>.<8 hex>.tmp`` and is *held* (an advisory lock on POSIX;
on Windows an open file cannot be deleted) by the process writing it until it is renamed or
removed. A temp file nobody holds is what a killed process left behind: :func:`remove_stale`
removes those, and only those, and only names Saphan makes for the given target, so a temp
file another process is writing right now (or a file of the user's) is never touched.

Operations that replace a whole database (restore, first setup) and the clearing up at start
take :func:`database_lock`, so two processes never switch or clear the same database at once.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import secrets
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, TextIO

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

# What SQLite adds next to a database file while it is open.
SQLITE_SIDECARS = ("-journal", "-wal", "-shm")


class LockBusy(OSError):
    """Another process holds the lock (after waiting as long as allowed)."""


def replace(src: Path, dst: Path) -> None:
    """Rename ``src`` over ``dst`` in one step: the one rename Saphan makes, so that a crash
    test can stop the process just before any of them."""
    os.replace(src, dst)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; on Windows a rename is durable already)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file that another library wrote (SQLite, a copy) to the disk."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes writers only
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path(target: Path, suffix: str = ".tmp") -> Path:
    """A fresh temp name beside ``target``: ``.<name>.<8 hex><suffix>``."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{suffix}")


def temp_pattern(target_name: str, suffixes: Iterable[str] = (".tmp",)) -> re.Pattern[str]:
    """The temp names :func:`temp_path` makes for a target called ``target_name`` (and older
    versions of Saphan made), with the files SQLite adds next to them."""
    ends = "|".join(re.escape(s) for s in suffixes)
    sidecars = "|".join(re.escape(s) for s in SQLITE_SIDECARS)
    return re.compile(rf"\.{re.escape(target_name)}\.[A-Za-z0-9_]{{8}}(?:{ends})(?:{sidecars})?")


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


def _still_named(fd: int, path: Path) -> bool:
    """True if ``path`` still names the file open as ``fd`` (not renamed or replaced)."""
    if sys.platform == "win32":
        return True  # an open file cannot be renamed or deleted there
    try:
        now = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


class HeldFile:
    """A temp file this process created (never an existing file) and holds until it is renamed
    into place with :meth:`commit` or removed: :func:`remove_stale` leaves it alone meanwhile.

    Write through :attr:`file`, or let another library write to :attr:`path` (SQLite, zipfile)
    while this object is open. Used as a context manager, it is removed unless committed.
    """

    def __init__(self, path: Path, mode: int = 0o666) -> None:
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags, mode)
        if os.name == "posix" and mode != 0o666:
            os.fchmod(fd, mode)  # exactly ``mode``: the umask may only have removed bits
        self.path = path
        self.file: BinaryIO = os.fdopen(fd, "r+b")
        self.committed = False
        if sys.platform != "win32":
            # A brand-new file: nobody else can hold it yet. (On Windows, the open handle is
            # what keeps it from being deleted, and a byte lock would stop SQLite writing it.)
            _try_lock(fd)

    def __enter__(self) -> HeldFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.discard()

    def commit(self, target: Path) -> None:
        """Flush to the disk, rename over ``target`` and make the rename durable."""
        self.file.flush()
        os.fsync(self.file.fileno())
        if sys.platform == "win32":
            self.file.close()  # Windows cannot rename a file that is open
        replace(self.path, target)
        self.committed = True
        self.file.close()
        fsync_dir(target.parent)

    def discard(self) -> None:
        """Remove the temp file (unless committed) and let go of it."""
        if not self.committed:
            if sys.platform == "win32":
                self.file.close()
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.file.close()


def remove_stale(folder: Path, pattern: re.Pattern[str], *, older_than: float = 0.0) -> list[Path]:
    """Remove the files in ``folder`` whose whole name matches ``pattern`` and that no process
    holds (leftovers of a crash), with SQLite's files beside them. Files modified less than
    ``older_than`` seconds ago stay (a shared folder that other computers write into, whose
    locks this computer cannot see). Returns what was removed; never raises."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    matching = [n for n in names if pattern.fullmatch(n)]
    sidecars = [n for n in matching if n.endswith(SQLITE_SIDECARS)]
    removed: list[Path] = []
    for name in matching:
        if name not in sidecars and _remove_if_unheld(folder / name, older_than):
            removed.append(folder / name)
    for name in sidecars:
        main = folder / name[: name.rindex("-")]
        if not main.exists():  # its database is gone: nothing can use these any more
            with contextlib.suppress(OSError):
                (folder / name).unlink()
                removed.append(folder / name)
    return removed


def _remove_if_unheld(path: Path, older_than: float) -> bool:
    try:
        info = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    if older_than and time.time() - info.st_mtime < older_than:
        return False
    if sys.platform == "win32":
        try:
            path.unlink()  # refused while the writing process has it open
        except OSError:
            return False
        return True
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        if not _try_lock(fd) or not _still_named(fd, path):
            return False
        path.unlink()
    except OSError:
        return False
    finally:
        os.close(fd)  # also lets go of the lock
    return True


def write_atomically(
    path: Path, data: bytes, *, mode: int = 0o666, stale_after: float = 0.0
) -> None:
    """Write ``data`` to ``path``: temp file in the same folder, fsync, rename, fsync the
    folder. Leftover temp files of earlier, killed writes to ``path`` are removed first (in a
    folder other computers write to, only those older than ``stale_after`` seconds)."""
    with open_atomically(path, mode=mode, stale_after=stale_after) as fh:
        fh.write(data)


@contextmanager
def open_atomically(
    path: Path, *, mode: int = 0o666, stale_after: float = 0.0
) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content to; it replaces ``path`` in one step when
    the block ends without an error, and is removed otherwise."""
    remove_stale(path.parent, temp_pattern(path.name), older_than=stale_after)
    with HeldFile(temp_path(path), mode) as held:
        yield held.file
        held.commit(path)


@contextmanager
def open_text_atomically(
    path: Path, *, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[TextIO]:
    """Like :func:`open_atomically`, for text."""
    with open_atomically(path) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline=newline)
        try:
            yield text
            text.flush()
        finally:
            text.detach()


def _lock_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.lock")


@contextmanager
def database_lock(db_path: Path, *, wait: float = 30.0) -> Iterator[None]:
    """Hold the lock of the database at ``db_path`` (``.<name>.lock`` beside it, removed
    again afterwards; a killed holder lets go of it). Raises :class:`LockBusy` when another
    process still holds it after ``wait`` seconds, or OSError when the folder is not
    writable."""
    path = _lock_path(db_path)
    deadline = time.monotonic() + wait
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        if _try_lock(fd) and _still_named(fd, path):
            break
        os.close(fd)
        if time.monotonic() >= deadline:
            raise LockBusy(f"{db_path} is being changed by another process")
        time.sleep(0.05)
    try:
        yield
    finally:
        if sys.platform == "win32":
            _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                path.unlink()
        else:
            with contextlib.suppress(OSError):
                path.unlink()  # before letting go, so a waiting process sees it is gone
            os.close(fd)


__all__ = [
    "HeldFile",
    "LockBusy",
    "database_lock",
    "fsync_dir",
    "fsync_file",
    "open_atomically",
    "open_text_atomically",
    "remove_stale",
    "replace",
    "temp_path",
    "temp_pattern",
    "write_atomically",
]
