"""Setup and login: the key file wraps the master key, and every failure has its own error."""

from __future__ import annotations

import base64
import datetime as dt
import errno
import json
import os
from pathlib import Path

import pytest

from db import keys, setup
from db.beneficiaries import count_people, register_person
from db.errors import (
    DatabaseCorrupt,
    DatabaseExists,
    DatabaseNotFound,
    KeyFileCorrupt,
    KeyFileMissing,
    StorageProblem,
    WrongCredentials,
)
from db.store import Store
from db.types import PersonInput, PersonQuery, PopulationGroup, Role, Sex
from tests.conftest import ADMIN_PASSWORD


def create(path: Path) -> setup.SetupResult:
    return setup.create_cso_database(
        path,
        cso_code="BEAM",
        cso_name="BEAM Education Foundation",
        admin_username="admin",
        admin_full_name="Daw Khin Myo",
        admin_password=ADMIN_PASSWORD,
    )


def someone() -> PersonInput:
    return PersonInput(
        name_latin="Ma Hnin Ei",
        name_script="မနှင်းအိ",
        sex=Sex.FEMALE,
        population_group=PopulationGroup.NEW_ARRIVAL,
        consent_date=dt.date(2025, 3, 1),
        birth_year=1994,
    )


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_create_then_open_round_trip(store: Store, db_path: Path) -> None:
    register_person(store, someone())
    store.close()

    again = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    try:
        assert again.cso.code == "BEAM"
        assert again.cso.name == "BEAM Education Foundation"
        assert again.user.username == "admin"
        assert again.user.role is Role.ADMIN
        assert count_people(again, PersonQuery()) == 1
    finally:
        again.close()


def test_user_name_is_not_case_sensitive(store: Store, db_path: Path) -> None:
    store.close()
    again = setup.open_database(db_path, "  Admin ", ADMIN_PASSWORD)
    assert again.user.username == "admin"
    again.close()


def test_wrong_password_is_refused(store: Store, db_path: Path) -> None:
    store.close()
    with pytest.raises(WrongCredentials):
        setup.open_database(db_path, "admin", ADMIN_PASSWORD + "x")


def test_unknown_user_is_refused_with_the_same_error(store: Store, db_path: Path) -> None:
    store.close()
    with pytest.raises(WrongCredentials) as wrong_user:
        setup.open_database(db_path, "nobody", ADMIN_PASSWORD)
    with pytest.raises(WrongCredentials) as wrong_password:
        setup.open_database(db_path, "admin", "not the password")
    # Nothing in the error tells a guesser which of the two was wrong.
    assert str(wrong_user.value) == str(wrong_password.value)


def test_key_file_holds_no_plaintext_key_or_password(store: Store, db_path: Path) -> None:
    key = store.master_key
    assert len(key) == keys.KEY_BYTES
    raw = keys.KeyFile.path_for(db_path).read_bytes()
    for form in (
        key,
        key.hex().encode(),
        key.hex().upper().encode(),
        base64.b64encode(key),
        base64.urlsafe_b64encode(key),
        ADMIN_PASSWORD.encode(),
    ):
        assert form not in raw
    data = json.loads(raw)
    assert data["format"] == keys.KEYFILE_FORMAT
    assert set(data["slots"]) == {"user:admin", keys.RECOVERY_SLOT}
    for slot in data["slots"].values():
        assert slot["kdf"] == "argon2id"


def test_recovery_passphrase_unlocks_the_key_however_it_is_typed(db_path: Path) -> None:
    result = create(db_path)
    key = result.store.master_key
    result.store.close()
    keyfile = setup.load_keyfile(db_path)

    typed_back = result.recovery_passphrase.lower().replace("-", " ")
    assert keyfile.unlock_recovery(typed_back) == key
    assert keyfile.unlock_recovery(result.recovery_passphrase) == key
    with pytest.raises(WrongCredentials):
        keyfile.unlock_recovery("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")

    opened = setup.open_with_key(db_path, keyfile.unlock_recovery(typed_back), "admin")
    assert opened.cso.code == "BEAM"
    opened.close()


def test_setting_up_twice_is_refused(store: Store, db_path: Path) -> None:
    with pytest.raises(DatabaseExists):
        create(db_path)


def test_missing_database_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DatabaseNotFound):
        setup.open_database(tmp_path / "nowhere.db", "admin", ADMIN_PASSWORD)


def test_database_without_key_file_is_reported_missing(store: Store, db_path: Path) -> None:
    store.close()
    keys.KeyFile.path_for(db_path).unlink()
    with pytest.raises(KeyFileMissing):  # a DatabaseNotFound that names the key file
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b'{"format": "saphan.keys/1"', b'{"format": "other/1", "slots": {}}', b"[]"],
)
def test_corrupted_key_file_is_reported(store: Store, db_path: Path, content: bytes) -> None:
    store.close()
    keys.KeyFile.path_for(db_path).write_bytes(content)
    with pytest.raises(KeyFileCorrupt):
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)


def test_key_file_with_a_damaged_slot_is_reported(store: Store, db_path: Path) -> None:
    store.close()
    path = keys.KeyFile.path_for(db_path)
    data = json.loads(path.read_text())
    data["slots"]["user:admin"]["salt"] = "%%% not base64 %%%"
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileCorrupt):
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)


def test_wrong_master_key_means_a_corrupt_database(store: Store, db_path: Path) -> None:
    store.close()
    with pytest.raises(DatabaseCorrupt):
        setup.open_with_key(db_path, os.urandom(keys.KEY_BYTES), "admin")


def test_setup_where_no_folder_can_be_made_fails_cleanly(tmp_path: Path) -> None:
    # A file where the folder should be: mkdir fails even for root (who ignores chmod).
    blocker = tmp_path / "blocker"
    blocker.write_text("in the way")
    with pytest.raises(StorageProblem):
        create(blocker / "cso" / "saphan.db")
    assert files_in(tmp_path) == ["blocker"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_setup_into_a_read_only_folder_fails_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageProblem):
            create(folder / "saphan.db")
        assert files_in(folder) == []
    finally:
        folder.chmod(0o700)


def test_full_disk_while_saving_the_key_file_leaves_no_partial_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self: keys.KeyFile) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keys.KeyFile, "save", disk_full)
    folder = tmp_path / "cso"
    with pytest.raises(StorageProblem) as problem:
        create(folder / "saphan.db")
    assert problem.value.reason == "disk_full"
    assert files_in(folder) == []
    # And a later, working setup in the same place is not blocked by leftovers.
    monkeypatch.undo()
    create(folder / "saphan.db").store.close()
