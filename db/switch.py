"""Putting a new database and its key file in place as one step, also across a crash.

A restore and the first setup build the new database and its key file under staging names
beside the target (``.<name>.restore-<16 hex>`` or ``.<name>.setup-<16 hex>``, and the same
with ``.keys``). Only when both are complete does the switch start: a small journal
(``.<name>.switch``) records what is about to happen; the current database, its ``-wal``,
``-shm`` and key file are moved together to a kept copy under a name never used before
(``<name>.before-restore-<time>[-<n>]``); the staged pair is renamed into place; the journal
is removed. A journal found later means the process died mid-switch, and
:func:`clear_interrupted` (run at every start and open) completes the switch when the staged
files are all there, or else puts the earlier files back. Either way the database opens with
all or nothing of the restore, and the kept copy opens with its own key file.

The same start-up step removes what a killed restore or setup left behind (staging files, key
file temp files), and says when it cleared a setup that never finished (such a database holds
no records yet: setup has to be done again).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import logging
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from db import atomic
from db.errors import DatabaseExists, StorageProblem

log = logging.getLogger(__name__)

Purpose = Literal["restore", "setup"]
PURPOSES: tuple[Purpose, ...] = ("restore", "setup")
# A database is these files together: the database, SQLite's two, and Saphan's key file.
DATABASE_FILES = ("", "-wal", "-shm", ".keys")
JOURNAL_FORMAT = "saphan.switch/1"
_SIDECARS = "(?:-journal|-wal|-shm)?"
# What a restore made by an earlier version of Saphan left behind when it was killed.
_LEGACY_RESTORE = re.compile(rf"\.restore-[0-9a-f]{{8}}\.(?:db|keys){_SIDECARS}")


def staging_path(db_path: Path, purpose: Purpose) -> Path:
    """A fresh staging name beside ``db_path`` for a new database (its key file is the same
    name with ``.keys``, like a database's)."""
    return db_path.with_name(f".{db_path.name}.{purpose}-{secrets.token_hex(8)}")


def staged_keys(staged: Path) -> Path:
    return staged.with_name(staged.name + ".keys")


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.switch")


def _with(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _staging_pattern(db_name: str, purpose: Purpose) -> re.Pattern[str]:
    name = rf"{re.escape(db_name)}\.{purpose}-[0-9a-f]{{16}}"
    # The staged pair with SQLite's files, and the key file's own temp files.
    return re.compile(rf"\.{name}(?:\.keys)?{_SIDECARS}|\.\.{name}\.keys\.[A-Za-z0-9_]{{8}}\.tmp")


def _aside_pattern(db_name: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(db_name)}\.before-restore-\d{{8}}-\d{{6}}(?:-\d{{1,6}})?")


def remove_staged(staged: Path) -> None:
    """Remove a staged database and everything beside it (nothing if it was switched in)."""
    for suffix in ("", ".keys", *atomic.SQLITE_SIDECARS):
        with contextlib.suppress(OSError):
            _with(staged, suffix).unlink()
    atomic.remove_stale(staged.parent, atomic.temp_pattern(staged_keys(staged).name))


@dataclass(frozen=True)
class _Journal:
    purpose: Purpose
    staged: str  # file names in the database's folder, never paths
    aside: str | None
    had: tuple[str, ...]  # which of DATABASE_FILES existed when the switch began
    sizes: tuple[int, int]  # of the staged database and key file

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "format": JOURNAL_FORMAT,
                "purpose": self.purpose,
                "staged": self.staged,
                "aside": self.aside,
                "had": list(self.had),
                "sizes": list(self.sizes),
            }
        ).encode("utf-8")

    @classmethod
    def parse(cls, data: bytes, db_name: str) -> _Journal | None:
        """The journal, or None unless it is one Saphan wrote for this database (it names
        files to rename: nothing outside the staging and kept-copy names is accepted)."""
        try:
            doc: Any = json.loads(data)
            purpose, staged, aside = doc["purpose"], doc["staged"], doc["aside"]
            had, sizes = tuple(doc["had"]), tuple(doc["sizes"])
            ok = (
                doc.get("format") == JOURNAL_FORMAT
                and purpose in PURPOSES
                and isinstance(staged, str)
                and re.fullmatch(rf"\.{re.escape(db_name)}\.{purpose}-[0-9a-f]{{16}}", staged)
                and (
                    aside is None
                    or (isinstance(aside, str) and _aside_pattern(db_name).fullmatch(aside))
                )
                and all(isinstance(s, str) and s in DATABASE_FILES for s in had)
                and (aside is not None or not had)
                and len(sizes) == 2
                and all(type(n) is int and n >= 0 for n in sizes)
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        if not ok:
            return None
        return cls(purpose, staged, aside, had, (sizes[0], sizes[1]))


def _unused_aside(db_path: Path) -> Path:
    """A kept-copy name none of whose files exists: an earlier kept copy is never replaced."""
    base = f"{db_path.name}.before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}"
    for n in itertools.count(1):
        candidate = db_path.with_name(base if n == 1 else f"{base}-{n}")
        if not any(_with(candidate, s).exists() for s in DATABASE_FILES):
            return candidate
    raise AssertionError("unreachable")


def _kept_copy(db_path: Path, journal: _Journal) -> Path | None:
    if journal.aside is None:
        return None
    aside = db_path.with_name(journal.aside)
    return aside if "" in journal.had else _with(aside, journal.had[0])


def install(staged: Path, db_path: Path, *, purpose: Purpose) -> Path | None:
    """Put the complete staged database and its key file at ``db_path`` in one step; the
    caller holds :func:`atomic.database_lock`. A restore keeps the database it replaces (all
    its files, under a new name) and returns where; a setup never replaces anything."""
    keys_file = staged_keys(staged)
    for path in (staged, keys_file):
        atomic.fsync_file(path)
    for suffix in atomic.SQLITE_SIDECARS:
        sidecar = _with(staged, suffix)
        if sidecar.exists():
            if sidecar.stat().st_size:  # not all written into the database file itself
                raise StorageProblem("cannot_write")
            sidecar.unlink()
    had = tuple(s for s in DATABASE_FILES if _with(db_path, s).exists())
    if had and purpose == "setup":
        raise DatabaseExists(str(db_path))
    journal = _Journal(
        purpose=purpose,
        staged=staged.name,
        aside=_unused_aside(db_path).name if had else None,
        had=had,
        sizes=(staged.stat().st_size, keys_file.stat().st_size),
    )
    atomic.write_atomically(journal_path(db_path), journal.to_bytes())
    try:
        _roll_forward(db_path, journal)
    except OSError:
        # Put things back as they were, now; if even that fails, the next start will.
        with contextlib.suppress(OSError):
            _roll_back(db_path, journal)
            _end(db_path)
        raise
    with contextlib.suppress(OSError):  # else the next start finds it already done
        _end(db_path)
    return _kept_copy(db_path, journal)


def _roll_forward(db_path: Path, journal: _Journal) -> None:
    folder = db_path.parent
    if journal.aside is not None:
        aside = folder / journal.aside
        for suffix in journal.had:
            current, kept = _with(db_path, suffix), _with(aside, suffix)
            if current.exists() and not kept.exists():
                atomic.replace(current, kept)
        atomic.fsync_dir(folder)
    staged = folder / journal.staged
    if staged_keys(staged).exists():
        atomic.replace(staged_keys(staged), _with(db_path, ".keys"))
    if staged.exists():
        atomic.replace(staged, db_path)
    atomic.fsync_dir(folder)


def _is_new(db_path: Path, journal: _Journal, suffix: str) -> bool:
    """True if the file at ``db_path + suffix`` is the staged one, already renamed in."""
    if not _with(db_path, suffix).exists():
        return False
    if suffix not in journal.had:
        return True
    return journal.aside is not None and _with(db_path.with_name(journal.aside), suffix).exists()


def _complete(db_path: Path, journal: _Journal) -> bool:
    """True if the whole staged pair is there, at its staging name or already in place."""
    staged = db_path.with_name(journal.staged)
    for path, size, suffix in (
        (staged, journal.sizes[0], ""),
        (staged_keys(staged), journal.sizes[1], ".keys"),
    ):
        if path.exists():
            if path.stat().st_size != size:
                return False
        elif not _is_new(db_path, journal, suffix):
            return False
    return True


def _roll_back(db_path: Path, journal: _Journal) -> None:
    staged = db_path.with_name(journal.staged)
    for path, suffix in ((staged, ""), (staged_keys(staged), ".keys")):
        if not path.exists() and _is_new(db_path, journal, suffix):
            _with(db_path, suffix).unlink()
    if journal.aside is not None:
        aside = db_path.with_name(journal.aside)
        for suffix in journal.had:
            kept, current = _with(aside, suffix), _with(db_path, suffix)
            if kept.exists() and not current.exists():
                atomic.replace(kept, current)
    atomic.fsync_dir(db_path.parent)
    remove_staged(staged)


def _end(db_path: Path) -> None:
    journal_path(db_path).unlink()
    atomic.fsync_dir(db_path.parent)


@dataclass(frozen=True)
class Interrupted:
    """What :func:`clear_interrupted` found and put right (all false: nothing to say)."""

    restore_completed: bool = False
    restore_undone: bool = False
    # Where the database an interrupted restore replaced is kept, when it was completed.
    kept_copy: Path | None = None
    setup_cleared: bool = False
    removed: tuple[Path, ...] = field(default=())


def clear_interrupted(db_path: Path) -> Interrupted:
    """Complete or undo a switch a crash interrupted, and remove what a killed restore or
    setup left beside ``db_path``. Runs at every start; nothing to do is the usual case.

    Waits briefly if another process is switching this database right now; skips the
    clearing up while another process restores or sets it up (its files are in use)."""
    folder = db_path.parent
    if not folder.is_dir():
        return Interrupted()
    pending = journal_path(db_path).exists()
    try:
        with atomic.database_lock(db_path, wait=30.0 if pending else 0.0):
            return clear_interrupted_locked(db_path)
    except atomic.LockBusy as exc:
        if pending:
            raise StorageProblem("busy") from exc
        return Interrupted()
    except OSError as exc:
        if pending:  # a switch to finish, and the folder cannot be written
            from db.engine import translate_db_error  # SQLAlchemy: only when it is needed

            raise translate_db_error(exc) from exc
        return Interrupted()  # e.g. a read-only folder: nothing of ours can be in it either


def clear_interrupted_locked(db_path: Path) -> Interrupted:
    """:func:`clear_interrupted` for a caller that holds the database lock already."""
    folder = db_path.parent
    restore_completed = restore_undone = setup_cleared = False
    kept: Path | None = None
    path = journal_path(db_path)
    data: bytes | None = None
    with contextlib.suppress(FileNotFoundError):
        data = path.read_bytes()
    if data is not None:
        journal = _Journal.parse(data, db_path.name)
        if journal is None:
            log.warning("ignored a damaged switch journal beside %s", db_path.name)
        elif _complete(db_path, journal):
            _roll_forward(db_path, journal)
            restore_completed = journal.purpose == "restore"
            kept = _kept_copy(db_path, journal)
            log.warning("completed an interrupted %s of %s", journal.purpose, db_path.name)
        else:
            _roll_back(db_path, journal)
            restore_undone = journal.purpose == "restore"
            setup_cleared = journal.purpose == "setup"
            log.warning("undid an interrupted %s of %s", journal.purpose, db_path.name)
        _end(db_path)
    setup_leftovers = atomic.remove_stale(folder, _staging_pattern(db_path.name, "setup"))
    removed = [
        *setup_leftovers,
        *atomic.remove_stale(folder, _staging_pattern(db_path.name, "restore")),
        *atomic.remove_stale(folder, _LEGACY_RESTORE),
        *atomic.remove_stale(folder, atomic.temp_pattern(db_path.name + ".keys")),
        *atomic.remove_stale(folder, atomic.temp_pattern(path.name)),
    ]
    for leftover in removed:
        log.info("removed %s, left behind by an interrupted task", leftover.name)
    return Interrupted(
        restore_completed=restore_completed,
        restore_undone=restore_undone,
        kept_copy=kept,
        setup_cleared=setup_cleared or bool(setup_leftovers),
        removed=tuple(removed),
    )


__all__ = [
    "DATABASE_FILES",
    "Interrupted",
    "clear_interrupted",
    "clear_interrupted_locked",
    "install",
    "journal_path",
    "remove_staged",
    "staged_keys",
    "staging_path",
]
