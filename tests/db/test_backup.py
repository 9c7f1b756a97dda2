"""Backups: round trip, refusal of bad backups with the current database untouched, reminders."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from db import backup, beneficiaries, setup
from db.backup import BackupRefused
from db.errors import StorageProblem
from db.store import Store
from db.types import PersonQuery
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person


def fingerprint(db_path: Path) -> dict[str, str]:
    """Checksums of the database, its WAL and key file: "untouched" means these are equal."""
    out = {}
    for suffix in ("", "-wal", ".keys"):
        p = db_path.with_name(db_path.name + suffix)
        if p.exists():
            out[suffix] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def names(store: Store) -> list[str]:
    return [r.name_latin for r in beneficiaries.find_people(store, PersonQuery())]


def test_backup_restore_round_trip(store: Store, db_path: Path, tmp_path: Path) -> None:
    beneficiaries.register_person(store, person("Ma Before Backup"))
    info = backup.backup_database(store, tmp_path)
    assert info.path.parent == tmp_path
    assert info.path.name.endswith(".saphan-backup")
    assert b"Before Backup" not in info.path.read_bytes()  # still encrypted inside
    beneficiaries.register_person(store, person("Ko After Backup"))
    store.close()

    restored = backup.restore_backup(info.path, db_path, username="admin", password=ADMIN_PASSWORD)
    assert restored.cso_code == "BEAM"
    assert restored.safety_copy is not None
    assert restored.safety_copy.exists()
    reopened = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    try:
        assert names(reopened) == ["Ma Before Backup"]
    finally:
        reopened.close()


def test_restore_onto_a_new_laptop(store: Store, tmp_path: Path) -> None:
    beneficiaries.register_person(store, person("Ma Moved"))
    info = backup.backup_database(store, tmp_path / "usb.saphan-backup")
    fresh = tmp_path / "new-laptop" / "saphan.db"
    backup.restore_backup(info.path, fresh, username="admin", password=ADMIN_PASSWORD)
    reopened = setup.open_database(fresh, "admin", ADMIN_PASSWORD)
    try:
        assert names(reopened) == ["Ma Moved"]
    finally:
        reopened.close()


def corrupt(path: Path, member: str) -> None:
    """Flip bytes in the middle of one member of the backup zip, leaving the zip readable."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data = bytearray(path.read_bytes())
    middle = start + info.compress_size // 2
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("flip-db", "corrupt"),
        ("wrong-password", "wrong_password"),
        ("not-a-zip", "not_a_backup"),
        ("truncated", "not_a_backup"),
    ],
)
def test_bad_backup_is_refused_and_current_database_untouched(
    store: Store, db_path: Path, tmp_path: Path, damage: str, reason: str
) -> None:
    beneficiaries.register_person(store, person("Ma Current"))
    info = backup.backup_database(store, tmp_path / "b.saphan-backup")
    store.close()
    password = ADMIN_PASSWORD
    if damage == "flip-db":
        corrupt(info.path, "saphan.db")
    elif damage == "wrong-password":
        password = "not the password"
    elif damage == "not-a-zip":
        info.path.write_bytes(b"this is a photo, not a backup" * 100)
    elif damage == "truncated":
        info.path.write_bytes(info.path.read_bytes()[: info.size_bytes // 2])
    before = fingerprint(db_path)

    with pytest.raises(BackupRefused) as err:
        backup.restore_backup(info.path, db_path, username="admin", password=password)
    assert err.value.reason == reason
    assert fingerprint(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == sorted(
        db_path.name + s for s in before
    )


def test_corrupt_page_with_matching_checksum_is_caught_by_sqlcipher(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    """Even if the manifest checksum were forged, SQLCipher's page MACs catch tampering."""
    info = backup.backup_database(store, tmp_path / "b.saphan-backup")
    store.close()
    with zipfile.ZipFile(info.path) as zf:
        manifest = zf.read("manifest.json").decode()
        db_bytes = bytearray(zf.read("saphan.db"))
        keys_bytes = zf.read("saphan.db.keys")
    db_bytes[5000:5016] = bytes(16)
    forged = manifest.replace(
        manifest.split('"db_sha256": "')[1].split('"')[0], hashlib.sha256(db_bytes).hexdigest()
    )
    with zipfile.ZipFile(info.path, "w") as zf:
        zf.writestr("manifest.json", forged)
        zf.writestr("saphan.db", bytes(db_bytes))
        zf.writestr("saphan.db.keys", keys_bytes)
    with pytest.raises(BackupRefused, match="corrupt"):
        backup.restore_backup(info.path, db_path, username="admin", password=ADMIN_PASSWORD)


def test_backup_of_another_cso_is_refused_unless_confirmed(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    other = setup.create_cso_database(
        tmp_path / "other" / "saphan.db",
        cso_code="KQ",
        cso_name="Kings and Queens",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    )
    info = backup.backup_database(other.store, tmp_path / "kq.saphan-backup")
    other.store.close()
    store.close()
    before = fingerprint(db_path)
    with pytest.raises(BackupRefused, match="other_cso"):
        backup.restore_backup(info.path, db_path, username="admin", password=ADMIN_PASSWORD)
    assert fingerprint(db_path) == before
    backup.restore_backup(
        info.path, db_path, username="admin", password=ADMIN_PASSWORD, allow_other_cso=True
    )
    reopened = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    assert reopened.cso.code == "KQ"
    reopened.close()


def test_backup_reminder_after_seven_days(store: Store, tmp_path: Path) -> None:
    assert backup.backup_overdue(store)  # never backed up
    info = backup.backup_database(store, tmp_path)
    assert not backup.backup_overdue(store, info.created_at + dt.timedelta(days=6))
    assert backup.backup_overdue(store, info.created_at + dt.timedelta(days=8))


def test_backup_to_a_full_disk_says_so_and_leaves_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(StorageProblem) as err:
        backup.backup_database(store, out)
    assert err.value.reason == "disk_full"
    assert list(out.iterdir()) == []
    assert backup.last_backup_at(store) is None


def test_backup_is_audited(store: Store, tmp_path: Path) -> None:
    from db import audit

    backup.backup_database(store, tmp_path)
    assert audit.count_audit_events(store, audit.AuditFilter(action="backup")) == 1
