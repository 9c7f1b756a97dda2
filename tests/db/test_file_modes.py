"""Only the signed-in account may read the database, its key file, backups and temp files.

On POSIX they are written 0600 and Saphan's own folders 0700, whatever the umask (these tests
use the common 022, under which earlier versions wrote 0644). On Windows the data lives under the
user's profile; the backup folder offered by default is there too.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import backup, beneficiaries, keys, setup
from db.store import Store
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def common_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def companions(db_path: Path) -> dict[str, int]:
    """The mode of the database and each companion file that exists."""
    out = {}
    for suffix in ("", "-wal", "-shm", ".keys"):
        p = db_path.with_name(db_path.name + suffix)
        if p.exists():
            out[suffix] = mode(p)
    return out


def test_a_new_database_its_wal_key_file_and_folder_are_private(
    store: Store, db_path: Path
) -> None:
    beneficiaries.register_person(store, person("Ma Private"))
    assert companions(db_path) == {"": 0o600, "-wal": 0o600, "-shm": 0o600, ".keys": 0o600}
    assert mode(db_path.parent) == 0o700


def test_a_folder_the_user_chose_is_left_as_it_is(tmp_path: Path) -> None:
    shared = tmp_path / "chosen"
    shared.mkdir(mode=0o755)
    result = setup.create_cso_database(
        shared / "saphan.db",
        cso_code="BEAM",
        cso_name="BEAM",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    )
    result.store.close()
    assert mode(shared) == 0o755
    assert companions(shared / "saphan.db") == {"": 0o600, ".keys": 0o600}


def test_files_an_earlier_version_left_readable_are_tightened_when_opened(
    store: Store, db_path: Path
) -> None:
    beneficiaries.register_person(store, person("Ma Earlier"))
    store.close()
    for suffix in companions(db_path):
        db_path.with_name(db_path.name + suffix).chmod(0o644)
    reopened = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    try:
        assert set(companions(db_path).values()) == {0o600}
    finally:
        reopened.close()


def test_a_saved_key_file_and_its_temp_file_are_private(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    real_replace = os.replace

    def spy(src: Path, dst: Path) -> None:
        seen.append(mode(Path(src)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)  # what db.atomic renames with
    path = keys.KeyFile.path_for(db_path)
    path.chmod(0o644)
    keyfile = keys.KeyFile.load(path)
    keyfile.save()
    assert seen == [0o600]
    assert mode(path) == 0o600


def test_a_backup_and_its_temp_files_are_private(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, int] = {}
    real_replace, real_sha = os.replace, backup._sha256_of

    def spy_replace(src: Path, dst: Path) -> None:
        seen["zip"] = mode(Path(src))
        real_replace(src, dst)

    def spy_sha(path: Path, *more: object) -> str:
        seen["db copy"] = mode(path)
        return real_sha(path, *more)

    monkeypatch.setattr(os, "replace", spy_replace)  # what db.atomic renames with
    monkeypatch.setattr(backup, "_sha256_of", spy_sha, raising=False)
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backup.backup_database(store, usb)
    assert seen == {"zip": 0o600, "db copy": 0o600}
    assert mode(info.path) == 0o600


def test_a_restored_database_and_its_temp_copy_are_private(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = backup.backup_database(store, tmp_path / "b.saphan-backup")
    seen: list[int] = []
    real_verify = backup._verify_database

    def spy(path: Path, master_key: bytes) -> None:
        seen.append(mode(path))
        real_verify(path, master_key)

    monkeypatch.setattr(backup, "_verify_database", spy)
    fresh = tmp_path / "new-laptop" / "saphan.db"
    backup.restore_backup(info.path, fresh, username="admin", password=ADMIN_PASSWORD)
    assert seen == [0o600]
    assert mode(fresh.parent) == 0o700
    reopened = setup.open_database(fresh, "admin", ADMIN_PASSWORD)
    try:
        beneficiaries.register_person(reopened, person("Ma Restored"))
        assert set(companions(fresh).values()) == {0o600}
        assert {"", "-wal", ".keys"} <= set(companions(fresh))
    finally:
        reopened.close()


def test_the_default_backup_folder_is_private_and_beside_the_database(db_path: Path) -> None:
    folder = backup.prepare_default_backup_folder(db_path)
    assert folder == backup.default_backup_folder(db_path) == db_path.parent / "Backups"
    assert mode(folder) == 0o700
