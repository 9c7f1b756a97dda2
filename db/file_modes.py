"""Files only the signed-in account may read: the database, its key file, backups, temp files.

On POSIX every such file is created 0600 and Saphan's own data folder 0700, whatever the
umask, because a CSO laptop is sometimes shared between Windows/Linux accounts and the files
are encrypted but still the CSO's. SQLite creates its ``-wal``, ``-shm`` and ``-journal`` files
with the permissions of the database file, so creating that file 0600 first covers them.

On Windows the data lives under the user's profile (``%LOCALAPPDATA%``), whose access control
already keeps other accounts out; ``chmod`` there only sets the read-only flag, so nothing here
changes anything on Windows.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
# The files that belong to a database at ``path``: itself, SQLite's companions, its key file.
_COMPANIONS = ("", "-wal", "-shm", "-journal", ".keys")


def _posix() -> bool:
    return os.name == "posix"


def open_private(path: Path) -> BinaryIO:
    """A new file at ``path`` (which must not exist yet), open for writing, mode 0600."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if _posix():
            os.fchmod(fd, PRIVATE_FILE)  # the umask may only have removed bits; be exact
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600, or tighten it if it exists already."""
    try:
        open_private(path).close()
    except FileExistsError:
        tighten(path)


def tighten(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Set ``mode`` on an existing file or folder; quietly nothing where that is refused
    (read-only media, a file owned by another account) or on Windows."""
    if _posix():
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def prepare_database_file(path: Path) -> None:
    """Before SQLite opens ``path``: create it 0600 when it is new (SQLite then gives its
    ``-wal`` and ``-shm`` the same mode) and tighten an existing one and its companions,
    which older versions wrote 0644."""
    create_private(path)
    for suffix in _COMPANIONS[1:]:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            tighten(companion)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) with the folder itself 0700. A folder that
    exists already is left as it is: it may be a shared one the user chose."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    tighten(folder, PRIVATE_FOLDER)
