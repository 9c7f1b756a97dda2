"""Encrypted backups to a folder or USB stick, and restore with verification.

A backup is one file (a zip, stored uncompressed) holding a manifest, a copy of the database
made with SQLite's online backup API (still encrypted with the same key) and the key file
(wrapped keys only). Restoring checks the manifest, the checksum, the password (or recovery
passphrase) and SQLCipher's page authentication before anything at the destination changes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import re
import secrets
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import BinaryIO

import sqlcipher3

from db import atomic, keys, migrate, settings, switch
from db.engine import make_engine
from db.errors import (
    DatabaseCorrupt,
    KeyFileCorrupt,
    KeyFileMissing,
    SaphanError,
    StorageProblem,
    WrongCredentials,
)
from db.file_modes import PRIVATE_FILE, make_private_folder, open_private
from db.models import utcnow
from db.permissions import Permission
from db.setup import check_database
from db.store import Store

BACKUP_FORMAT = "saphan.backup/1"
BACKUP_SUFFIX = ".saphan-backup"
REMIND_AFTER = dt.timedelta(days=7)
_DB_MEMBER = "saphan.db"
_KEYS_MEMBER = "saphan.db.keys"
_MANIFEST = "manifest.json"

# A backup is read before anything in it is trusted, so a crafted one (a "zip bomb": a few
# kilobytes that inflate to gigabytes, or a directory of a million entries) must cost neither
# memory nor disk. Saphan writes three members, stored uncompressed; the encrypted database does
# not compress, so a member may inflate to at most twice its stored size (plus a little).
_MAX_MANIFEST_BYTES = 64 * 1024
_MAX_DB_BYTES = 64 * 1024**3  # far beyond any CSO's database
_MEMBER_LIMITS = {
    _MANIFEST: _MAX_MANIFEST_BYTES,
    _KEYS_MEMBER: keys.MAX_KEYFILE_BYTES,
    _DB_MEMBER: _MAX_DB_BYTES,
}
_MAX_TOTAL_BYTES = sum(_MEMBER_LIMITS.values())
_MAX_RATIO = 2
_RATIO_ALLOWANCE = 1024 * 1024
_MAX_MEMBERS = 8
_MAX_DIRECTORY_BYTES = 64 * 1024
_CHUNK = 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")


class BackupRefused(SaphanError):
    """The backup cannot be restored. ``reason``: not_a_backup, corrupt, wrong_password,
    newer_version or other_cso (and for :func:`restore_key_file`: key_file_present or
    other_database). Nothing at the destination was changed."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    cso_code: str
    created_at: dt.datetime
    size_bytes: int


def app_version() -> str:
    try:
        return metadata.version("saphan")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _storage_error(exc: OSError) -> StorageProblem:
    if exc.errno == errno.ENOSPC:
        return StorageProblem("disk_full")
    if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return StorageProblem("read_only")
    return StorageProblem(exc.strerror or str(exc))


def default_backup_name(cso_code: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    return f"saphan-{cso_code}-{now:%Y%m%d-%H%M}{BACKUP_SUFFIX}"


def default_backup_folder(db_path: Path) -> Path:
    """Where a backup goes unless the user picks another place (a USB stick is better): a
    ``Backups`` folder beside the database, i.e. under the user's own profile on Windows
    (``%LOCALAPPDATA%\\Saphan\\Backups``), not wherever the app happened to be started."""
    return db_path.parent / "Backups"


def prepare_default_backup_folder(db_path: Path) -> Path:
    """:func:`default_backup_folder`, created (0700 on POSIX) if it can be."""
    folder = default_backup_folder(db_path)
    with contextlib.suppress(OSError):
        make_private_folder(folder)
    return folder


Progress = Callable[[int, int], None]
"""``progress(done, total)`` in bytes. Raising in it stops the work: a backup then removes
what it had written and leaves no file behind."""

_BACKUP_PAGES_PER_STEP = 256


def backup_database(store: Store, out: Path, progress: Progress | None = None) -> BackupInfo:
    """Write an encrypted backup to ``out`` (a file, or a folder to put a dated file in).
    ``progress(done, total)`` is called as the bytes are copied, hashed and written (each
    counted once per pass, so ``total`` is three times the database's size); an exception
    raised in it (the user cancelled) stops the backup and leaves no file at ``out``."""
    store.require(Permission.BACKUP)
    report: Progress = progress if progress is not None else _no_progress
    if out.is_dir():
        out = out / default_backup_name(store.cso.code)
    _remove_stale_temps(out, store.cso.code)
    tmp_db = atomic.temp_path(out, ".db")
    tmp_zip = atomic.temp_path(out, ".tmp")
    created = utcnow()
    # Held while in use, so that a backup running meanwhile never takes them for leftovers.
    held: list[atomic.HeldFile] = []
    try:
        # 0600 before SQLite opens it: its journal then gets the same mode.
        held.append(atomic.HeldFile(tmp_db, PRIVATE_FILE))
        held.append(zip_file := atomic.HeldFile(tmp_zip, PRIVATE_FILE))
        raw = store.engine.raw_connection()
        try:
            target = sqlcipher3.connect(str(tmp_db))
            try:
                target.execute(f"PRAGMA key = \"x'{store.master_key.hex()}'\"")
                source = raw.driver_connection
                assert source is not None
                page_size = int(source.execute("PRAGMA page_size").fetchone()[0])
                pages = int(source.execute("PRAGMA page_count").fetchone()[0])
                total = 3 * pages * page_size
                report(0, total)

                def copied(_status: int, remaining: int, all_pages: int) -> None:
                    report((all_pages - remaining) * page_size, total)

                source.backup(target, pages=_BACKUP_PAGES_PER_STEP, progress=copied)
            finally:
                target.close()
        finally:
            raw.close()
        size = tmp_db.stat().st_size
        total = 3 * size
        report(size, total)
        digest = _sha256_of(tmp_db, lambda n: report(size + n, total))
        manifest = {
            "format": BACKUP_FORMAT,
            "cso_code": store.cso.code,
            "created_at": created.isoformat(),
            "app_version": app_version(),
            "schema_revision": migrate.head_revision(),
            "db_sha256": digest,
        }
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(_MANIFEST, json.dumps(manifest, indent=1))
            _write_member(zf, tmp_db, _DB_MEMBER, lambda n: report(2 * size + n, total))
            zf.write(keys.KeyFile.path_for(store.path), _KEYS_MEMBER)
        report(total, total)
        zip_file.commit(out)  # fsync, rename
    except OSError as exc:
        raise _storage_error(exc) from exc
    finally:
        for temp in held:
            temp.discard()
    settings.remember(store, settings.LAST_BACKUP_AT, created)
    with store.write() as session:
        store.audit(session, "backup", "cso", None, out.name)
    return BackupInfo(out, store.cso.code, created, out.stat().st_size)


def _remove_stale_temps(out: Path, cso_code: str) -> None:
    """Remove what killed backups to ``out`` (or to a dated file of this CSO in the same
    folder) left behind: only the temp names a backup makes, and only those no process holds."""
    atomic.remove_stale(out.parent, atomic.temp_pattern(out.name, (".db", ".tmp")))
    dated = re.escape(f"saphan-{cso_code}-") + r"\d{8}-\d{4}" + re.escape(BACKUP_SUFFIX)
    atomic.remove_stale(
        out.parent,
        re.compile(rf"\.{dated}\.[A-Za-z0-9_]{{8}}\.(?:db|tmp)(?:-journal|-wal|-shm)?"),
    )


def last_backup_at(store: Store) -> dt.datetime | None:
    return settings.get(store, settings.LAST_BACKUP_AT)


def backup_overdue(store: Store, now: dt.datetime | None = None) -> bool:
    """True when there has never been a backup or the last one is older than a week."""
    last = last_backup_at(store)
    return last is None or (now or utcnow()) - last > REMIND_AFTER


@dataclass(frozen=True)
class RestoredBackup:
    cso_code: str
    created_at: dt.datetime
    safety_copy: Path | None


def read_backup_manifest(backup: Path) -> dict[str, str]:
    """The manifest of a backup file, or :class:`BackupRefused` if it is not one
    (``not_a_backup``) or is damaged (``corrupt``). Reads a few kilobytes at most."""
    with _open_backup(backup) as zf:
        return _manifest(zf)


def _no_progress(_done: int, _total: int) -> None:
    return None


def _sha256_of(path: Path, read: Callable[[int], None] | None = None) -> str:
    """The file's SHA-256; ``read(n)`` after each chunk with the bytes read so far."""
    digest = hashlib.sha256()
    done = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if read is not None:
                read(done)
    return digest.hexdigest()


def _write_member(
    zf: zipfile.ZipFile, path: Path, name: str, written: Callable[[int], None]
) -> None:
    """``zf.write(path, name)`` in chunks, calling ``written(n)`` after each (stored)."""
    size = path.stat().st_size
    info = zipfile.ZipInfo.from_file(path, name)
    info.compress_type = zipfile.ZIP_STORED
    done = 0
    with open(path, "rb") as src, zf.open(info, "w", force_zip64=size > 2**31) as dst:
        while chunk := src.read(_CHUNK):
            dst.write(chunk)
            done += len(chunk)
            written(done)


@contextlib.contextmanager
def _open_backup(backup: Path) -> Iterator[zipfile.ZipFile]:
    """The backup as a zip whose directory and members passed the limits above."""
    with contextlib.ExitStack() as stack:
        try:
            fh = stack.enter_context(open(backup, "rb"))
        except OSError as exc:  # not there, a folder, no permission
            raise BackupRefused("not_a_backup") from exc
        _check_directory(fh)
        try:
            zf = stack.enter_context(zipfile.ZipFile(fh))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error) as exc:
            raise BackupRefused("not_a_backup") from exc
        _check_members(zf)
        yield zf


def _check_directory(fh: BinaryIO) -> None:
    """Refuse a zip directory far larger than Saphan's three entries before zipfile reads it
    all into memory. (Uses the same end-record reader as zipfile, which reads < 70 KB.)"""
    end_record = getattr(zipfile, "_EndRecData", None)
    if end_record is None:  # a future Python: the member checks still apply
        return
    try:
        record = end_record(fh)
    except (zipfile.BadZipFile, OSError, struct.error) as exc:
        raise BackupRefused("not_a_backup") from exc
    if record is None:
        raise BackupRefused("not_a_backup")
    entries, size = record[4], record[5]  # zipfile's _ECD_ENTRIES_TOTAL and _ECD_SIZE
    if entries > _MAX_MEMBERS or size > _MAX_DIRECTORY_BYTES:
        raise BackupRefused("corrupt")


def _check_members(zf: zipfile.ZipFile) -> None:
    """Each member's declared size within its limit, within a ratio of its stored size, and
    the total within bounds; no duplicate names, no encryption or unusual compression."""
    infos = zf.infolist()
    names = [info.filename for info in infos]
    if len(infos) > _MAX_MEMBERS or len(set(names)) != len(names):
        raise BackupRefused("corrupt")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise BackupRefused("corrupt")
        limit = _MEMBER_LIMITS.get(info.filename, _MAX_MANIFEST_BYTES)
        if (
            info.file_size > limit
            or info.file_size > info.compress_size * _MAX_RATIO + _RATIO_ALLOWANCE
        ):
            raise BackupRefused("corrupt")
        total += info.file_size
    if total > _MAX_TOTAL_BYTES:
        raise BackupRefused("corrupt")


# What reading a damaged member can raise (zlib for a broken deflate stream, EOFError for a
# truncated one, BadZipFile for a wrong CRC or header, OSError for an offset before the start).
_READ_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, ValueError, struct.error, OSError)


def _stream_member(zf: zipfile.ZipFile, name: str, sink: Callable[[bytes], object]) -> None:
    """Feed member ``name`` to ``sink`` a chunk at a time, counting the bytes actually
    inflated against both the declared size and the member's limit. A failure to read is a
    damaged backup; a failure of ``sink`` (a full disk) is passed on as it is."""
    info = zf.getinfo(name)
    limit = min(info.file_size, _MEMBER_LIMITS.get(name, _MAX_MANIFEST_BYTES))
    seen = 0
    try:
        src = zf.open(info)
    except _READ_ERRORS as exc:
        raise BackupRefused("corrupt") from exc
    with src:
        while True:
            try:
                chunk = src.read(min(_CHUNK, limit - seen + 1))
            except _READ_ERRORS as exc:
                raise BackupRefused("corrupt") from exc
            if not chunk:
                break
            seen += len(chunk)
            if seen > limit:
                raise BackupRefused("corrupt")
            sink(chunk)
    if seen != info.file_size:
        raise BackupRefused("corrupt")


def _read_member(zf: zipfile.ZipFile, name: str) -> bytes:
    """A small member (the manifest, the key file) whole, within its limit."""
    parts: list[bytes] = []
    _stream_member(zf, name, parts.append)
    return b"".join(parts)


def _manifest(zf: zipfile.ZipFile) -> dict[str, str]:
    names = set(zf.namelist())
    if _MANIFEST not in names:
        raise BackupRefused("not_a_backup")
    try:
        manifest = keys.strict_json(_read_member(zf, _MANIFEST))
    except KeyFileCorrupt as exc:  # the same JSON rules as a key file
        raise BackupRefused("not_a_backup") from exc
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != BACKUP_FORMAT
        or not {_DB_MEMBER, _KEYS_MEMBER} <= names
    ):
        raise BackupRefused("not_a_backup")
    if not all(isinstance(v, str) for v in manifest.values()):
        raise BackupRefused("corrupt")
    try:
        dt.datetime.fromisoformat(manifest.get("created_at", ""))
    except ValueError as exc:
        raise BackupRefused("corrupt") from exc
    if not _SHA256.fullmatch(manifest.get("db_sha256", "")) or not manifest.get("cso_code"):
        raise BackupRefused("corrupt")
    return dict(manifest)


def _extract_backup(
    backup: Path, manifest: dict[str, str], db_out: Path, report: Progress = _no_progress
) -> keys.KeyFile:
    """Stream the backup's database to ``db_out`` (created 0600, must not exist), checking it
    against the manifest's checksum on the way, and return its key file, checked too.
    A backup that changed since ``manifest`` was read, or is damaged, is refused.
    ``report(done, total)``: the bytes written of twice the database's size (the second half
    is the check that follows, see :func:`restore_backup`)."""
    with _open_backup(backup) as zf:
        if _manifest(zf) != manifest:
            raise BackupRefused("corrupt")
        keyfile = _key_file(zf, db_out)
        digest = hashlib.sha256()
        total = 2 * zf.getinfo(_DB_MEMBER).file_size
        done = 0
        report(0, total)
        with open_private(db_out) as dst:

            def write(chunk: bytes) -> None:
                nonlocal done
                digest.update(chunk)
                dst.write(chunk)
                done += len(chunk)
                report(done, total)

            _stream_member(zf, _DB_MEMBER, write)
    if digest.hexdigest() != manifest["db_sha256"]:
        raise BackupRefused("corrupt")
    return keyfile


def _key_file(zf: zipfile.ZipFile, path: Path) -> keys.KeyFile:
    """The backup's key file, checked like the one beside a database (see keys.py)."""
    try:
        return keys.KeyFile.from_bytes(_read_member(zf, _KEYS_MEMBER), path)
    except KeyFileCorrupt as exc:
        raise BackupRefused("corrupt") from exc


def restore_backup(
    backup: Path,
    db_path: Path,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_passphrase: str | None = None,
    allow_other_cso: bool = False,
    progress: Progress | None = None,
) -> RestoredBackup:
    """Verify ``backup`` completely, then put it in place of ``db_path``.

    ``progress(done, total)`` is called as the backup's database is unpacked (the first half
    of ``total``) and once it has been checked (the rest); an exception raised in it (the
    user cancelled) stops the restore before anything is switched: the current database is
    untouched and the unpacked copy removed. Once the switch has begun it is not called.

    The caller must have closed any open store on ``db_path``. The database being replaced is
    kept beside it, with its key file and write-ahead log, as ``<name>.before-restore-<time>``
    (a name no earlier kept copy has) so a restore can itself be undone: ``safety_copy`` says
    where. The restored database and its key file are staged beside ``db_path`` and switched
    in as one step (:mod:`db.switch`): a crash at any point leaves the old database or the
    restored one, never neither.
    """
    manifest = read_backup_manifest(backup)
    folder = db_path.parent
    try:
        make_private_folder(folder)
    except OSError as exc:
        raise _storage_error(exc) from exc
    lock = contextlib.ExitStack()
    try:
        # One restore or setup of this database at a time; first finish what a crash left.
        lock.enter_context(atomic.database_lock(db_path))
        switch.clear_interrupted_locked(db_path)
    except atomic.LockBusy as exc:
        lock.close()
        raise StorageProblem("busy") from exc
    except OSError as exc:
        lock.close()
        raise _storage_error(exc) from exc
    tmp_db = switch.staging_path(db_path, "restore")
    report: Progress = progress if progress is not None else _no_progress
    try:
        keyfile = _extract_backup(backup, manifest, tmp_db, report)
        # Staged with the database, switched in with it (db.switch).
        keyfile.path = switch.staged_keys(tmp_db)
        keyfile.save()
        try:
            if recovery_passphrase is not None:
                master_key = keyfile.unlock_recovery(recovery_passphrase)
            else:
                master_key = keyfile.unlock_user((username or "").strip().lower(), password or "")
        except WrongCredentials as exc:
            raise BackupRefused("wrong_password") from exc
        _verify_database(tmp_db, master_key)
        if db_path.exists() and not allow_other_cso:
            current_cso: str | None = None
            with contextlib.suppress(SaphanError, FileNotFoundError):
                current_cso = keys.KeyFile.load(keys.KeyFile.path_for(db_path)).cso_code
            if current_cso is not None and current_cso != manifest.get("cso_code"):
                raise BackupRefused("other_cso")
        checked = 2 * tmp_db.stat().st_size
        report(checked, checked)  # unpacked and checked: the last point to stop at
        safety = switch.install(tmp_db, db_path, purpose="restore")
    except OSError as exc:
        raise _storage_error(exc) from exc
    finally:
        switch.remove_staged(tmp_db)
        lock.close()
    return RestoredBackup(
        cso_code=manifest.get("cso_code", ""),
        created_at=dt.datetime.fromisoformat(manifest["created_at"]),
        safety_copy=safety,
    )


def restore_key_file(
    backup: Path,
    db_path: Path,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_passphrase: str | None = None,
) -> Path:
    """Put the key file from ``backup`` back beside the database at ``db_path`` when its own is
    missing or damaged, keeping every record entered since the backup. Returns the key file.

    The database's master key never changes, so any backup of it holds a key file that opens
    it, under the passwords valid when the backup was made (or the recovery passphrase). The
    key is checked against the database itself before anything is written; a damaged key file
    is kept beside it as ``<name>.damaged-<time>``. Refusals (:class:`BackupRefused`):
    ``key_file_present`` when the current key file reads fine, ``other_database`` when the
    backup is of another database, and those of :func:`restore_backup`.
    """
    key_path = keys.KeyFile.path_for(db_path)
    with contextlib.suppress(KeyFileMissing):
        check_database(db_path)
    damaged = False
    try:
        keys.KeyFile.load(key_path)
    except FileNotFoundError:
        pass
    except KeyFileCorrupt:
        damaged = True
    else:
        raise BackupRefused("key_file_present")
    with _open_backup(backup) as zf:
        _manifest(zf)
        keyfile = _key_file(zf, key_path)
    try:
        if recovery_passphrase is not None:
            master_key = keyfile.unlock_recovery(recovery_passphrase)
        else:
            master_key = keyfile.unlock_user((username or "").strip().lower(), password or "")
    except WrongCredentials as exc:
        raise BackupRefused("wrong_password") from exc
    try:
        make_engine(db_path, master_key).dispose()
    except DatabaseCorrupt as exc:  # SQLCipher's check: this key does not open that file
        raise BackupRefused("other_database") from exc
    try:
        if damaged:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = key_path.with_name(f"{key_path.name}.damaged-{stamp}-{secrets.token_hex(2)}")
            atomic.replace(key_path, aside)
        keyfile.save()
    except OSError as exc:
        raise _storage_error(exc) from exc
    return key_path


def _verify_database(path: Path, master_key: bytes) -> None:
    try:
        engine = make_engine(path, master_key)
    except SaphanError as exc:
        raise BackupRefused("corrupt") from exc
    try:
        with engine.connect() as conn:
            cipher_errors = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
        if cipher_errors or integrity != "ok":
            raise BackupRefused("corrupt")
        revision = migrate.current_revision(engine)
        if revision is not None and revision not in migrate.known_revisions():
            raise BackupRefused("newer_version")
    except SaphanError:
        raise
    except Exception as exc:
        raise BackupRefused("corrupt") from exc
    finally:
        engine.dispose()
