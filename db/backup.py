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
import os
import secrets
import shutil
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import sqlcipher3

from db import keys, migrate, strict_json
from db.engine import make_engine
from db.errors import SaphanError, StorageProblem, WrongCredentials
from db.models import utcnow
from db.permissions import Permission
from db.settings import LAST_BACKUP_AT, _put, get_setting
from db.store import Store

BACKUP_FORMAT = "saphan.backup/1"
BACKUP_SUFFIX = ".saphan-backup"
REMIND_AFTER = dt.timedelta(days=7)
_DB_MEMBER = "saphan.db"
_KEYS_MEMBER = "saphan.db.keys"
_MANIFEST = "manifest.json"


class BackupRefused(SaphanError):
    """The backup cannot be restored. ``reason``: not_a_backup, corrupt, wrong_password,
    newer_version or other_cso. Nothing at the destination was changed."""

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


def backup_database(store: Store, out: Path) -> BackupInfo:
    """Write an encrypted backup to ``out`` (a file, or a folder to put a dated file in)."""
    store.require(Permission.BACKUP)
    if out.is_dir():
        out = out / default_backup_name(store.cso.code)
    tmp_db = out.with_name(f".{out.name}.{secrets.token_hex(4)}.db")
    tmp_zip = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    created = utcnow()
    try:
        raw = store.engine.raw_connection()
        try:
            target = sqlcipher3.connect(str(tmp_db))
            try:
                target.execute(f"PRAGMA key = \"x'{store.master_key.hex()}'\"")
                raw.driver_connection.backup(target)  # type: ignore[union-attr]
            finally:
                target.close()
        finally:
            raw.close()
        digest = hashlib.sha256(tmp_db.read_bytes()).hexdigest()
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
            zf.write(tmp_db, _DB_MEMBER)
            zf.write(keys.KeyFile.path_for(store.path), _KEYS_MEMBER)
        with open(tmp_zip, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_zip, out)
    except OSError as exc:
        raise _storage_error(exc) from exc
    finally:
        for p in (tmp_db, tmp_zip):
            with contextlib.suppress(OSError):
                p.unlink()
    _put(store, LAST_BACKUP_AT, created.isoformat(), audited=False)
    with store.write() as session:
        store.audit(session, "backup", "cso", None, out.name)
    return BackupInfo(out, store.cso.code, created, out.stat().st_size)


def last_backup_at(store: Store) -> dt.datetime | None:
    text = get_setting(store, LAST_BACKUP_AT)
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


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
    """The manifest of a backup file, or :class:`BackupRefused` if it is not one."""
    try:
        with zipfile.ZipFile(backup) as zf:
            manifest = strict_json.loads(zf.read(_MANIFEST))
            names = set(zf.namelist())
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BackupRefused("not_a_backup") from exc
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != BACKUP_FORMAT
        or not {_DB_MEMBER, _KEYS_MEMBER} <= names
    ):
        raise BackupRefused("not_a_backup")
    return {str(k): str(v) for k, v in manifest.items()}


def restore_backup(
    backup: Path,
    db_path: Path,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_passphrase: str | None = None,
    allow_other_cso: bool = False,
) -> RestoredBackup:
    """Verify ``backup`` completely, then put it in place of ``db_path``.

    The caller must have closed any open store on ``db_path``. The database being replaced is
    kept beside it as ``<name>.before-restore-<time>`` so a restore can itself be undone.
    """
    manifest = read_backup_manifest(backup)
    folder = db_path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _storage_error(exc) from exc
    tmp_db = folder / f".restore-{secrets.token_hex(4)}.db"
    try:
        try:
            with zipfile.ZipFile(backup) as zf:
                keyfile_bytes = zf.read(_KEYS_MEMBER)
                with zf.open(_DB_MEMBER) as src, open(tmp_db, "wb") as dst:
                    shutil.copyfileobj(src, dst)
        except (zipfile.BadZipFile, EOFError) as exc:  # damaged after the manifest was read
            raise BackupRefused("corrupt") from exc
        if hashlib.sha256(tmp_db.read_bytes()).hexdigest() != manifest.get("db_sha256"):
            raise BackupRefused("corrupt")
        tmp_keys = folder / f".restore-{secrets.token_hex(4)}.keys"
        tmp_keys.write_bytes(keyfile_bytes)
        try:
            keyfile = keys.KeyFile.load(tmp_keys)
        except SaphanError as exc:
            raise BackupRefused("corrupt") from exc
        finally:
            tmp_keys.unlink()
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
        safety = _set_aside(db_path)
        os.replace(tmp_db, db_path)
        keyfile.path = keys.KeyFile.path_for(db_path)
        keyfile.save()
    except OSError as exc:
        raise _storage_error(exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp_db.unlink()
    return RestoredBackup(
        cso_code=manifest.get("cso_code", ""),
        created_at=dt.datetime.fromisoformat(manifest["created_at"]),
        safety_copy=safety,
    )


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


def _set_aside(db_path: Path) -> Path | None:
    """Move the current database (with its WAL and key file) out of the way, untouched."""
    if not db_path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    for suffix in ("", "-wal", "-shm", ".keys"):
        src = db_path.with_name(db_path.name + suffix)
        if src.exists():
            os.replace(src, aside.with_name(aside.name + suffix))
    return aside
