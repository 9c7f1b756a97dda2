"""The key file is read before any password is checked: everything in it is checked first.

Hostile key-derivation parameters would otherwise cost a traceback (memory 2^32-1 KiB, time
cost 0, parallelism 0) or an endless sign-in (time cost 10^6); every other malformed field must
say "the key file is damaged" too. And a missing key file says so, and how to get it back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from db import backup, beneficiaries, keys, setup
from db.backup import BackupRefused
from db.errors import DatabaseNotFound, KeyFileCorrupt, KeyFileMissing
from db.store import Store
from db.types import PersonQuery
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person


@pytest.fixture
def no_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail at once if a key is derived: a hostile parameter must be refused before that
    (old code would hang for hours on a time cost of 10^6)."""

    def refuse(*_a: object, **_k: object) -> bytes:
        raise AssertionError("derived a key with parameters read from a damaged key file")

    monkeypatch.setattr(keys, "hash_secret_raw", refuse)


def key_file_json(db_path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(keys.KeyFile.path_for(db_path).read_text())
    return data


def write_key_file(db_path: Path, data: object) -> None:
    keys.KeyFile.path_for(db_path).write_text(json.dumps(data))


@pytest.mark.parametrize(
    "change",
    [
        {"m": 2**32 - 1},
        {"m": 8},
        {"t": 0},
        {"t": 10**6},
        {"t": 10, "m": 1024 * 1024},  # each within range, together too much work
        {"p": 0},
        {"p": 10**6},
        {"t": -1},
        {"t": True},
        {"t": "3"},
        {"m": 65536.0},
        {"t": None},
        {"kdf": "scrypt"},
        {"salt": ""},
        {"salt": "AAAA"},  # 3 bytes
        {"salt": "A" * 100_000},
        {"salt": 5},
        {"nonce": "AAAAAAAA"},  # 6 bytes; AES-GCM's nonce is 12
        {"nonce": "not base64!"},
        {"ct": "AAAA"},
        {"ct": "ÄÄÄÄ"},
    ],
)
def test_a_slot_saphan_would_not_write_is_a_damaged_key_file(
    store: Store, db_path: Path, no_derivation: None, change: dict[str, object]
) -> None:
    store.close()
    data = key_file_json(db_path)
    data["slots"]["user:admin"].update(change)
    write_key_file(db_path, data)
    with pytest.raises(KeyFileCorrupt):
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)


@pytest.mark.parametrize("field", ["t", "m", "p", "salt", "nonce", "ct", "kdf"])
def test_a_slot_missing_a_field_is_a_damaged_key_file(
    store: Store, db_path: Path, no_derivation: None, field: str
) -> None:
    store.close()
    data = key_file_json(db_path)
    del data["slots"]["user:admin"][field]
    write_key_file(db_path, data)
    with pytest.raises(KeyFileCorrupt):
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)


def raw(text: str) -> bytes:
    return text.encode()


@pytest.mark.parametrize(
    "content",
    [
        raw('{"format": "saphan.keys/1", "format": "saphan.keys/1", "cso_code": "B", "slots": {}}'),
        raw('{"format": "saphan.keys/1", "cso_code": 5, "slots": {}}'),
        raw('{"format": "saphan.keys/1", "cso_code": "", "slots": {}}'),
        raw('{"format": "saphan.keys/1", "cso_code": "BEAM", "slots": []}'),
        raw('{"format": "saphan.keys/1", "cso_code": "BEAM", "slots": {"user:admin": 1}}'),
        raw('{"format": "saphan.keys/1", "cso_code": "BEAM"}'),
        raw('{"format": "saphan.keys/1", "cso_code": "BEAM", "slots": {"a": {"t": NaN}}}'),
        raw("[" * 200_000 + "]" * 200_000),
        raw('{"format": "saphan.keys/1", "cso_code": "' + "9" * 5000 + '", "slots": 1' + "}"),
        raw('{"format": "saphan.keys/1", "cso_code": "BEAM", "slots": {}, "x": 1' + "9" * 5000)
        + b"}",
        b"\xff\xfe{\x00",
        b" " * (keys.MAX_KEYFILE_BYTES + 1),
        raw("null"),
        raw('"saphan.keys/1"'),
    ],
)
def test_a_key_file_saphan_would_not_write_is_damaged(
    store: Store, db_path: Path, no_derivation: None, content: bytes
) -> None:
    store.close()
    keys.KeyFile.path_for(db_path).write_bytes(content)
    with pytest.raises(KeyFileCorrupt):
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)


def test_a_duplicate_key_inside_a_slot_is_refused(
    store: Store, db_path: Path, no_derivation: None
) -> None:
    """A second "t" would otherwise silently win over the first."""
    store.close()
    path = keys.KeyFile.path_for(db_path)
    text = path.read_text()
    path.write_text(text.replace('"t": 1,', '"t": 1, "t": 1000000,', 1))
    with pytest.raises(KeyFileCorrupt):
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)


def test_a_key_file_that_is_a_folder_is_damaged(store: Store, db_path: Path) -> None:
    store.close()
    path = keys.KeyFile.path_for(db_path)
    path.unlink()
    path.mkdir()
    with pytest.raises(KeyFileCorrupt):
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)


def test_the_parameters_saphan_writes_and_the_tests_use_are_accepted() -> None:
    assert keys.kdf_params_sane(keys.KdfParams())  # production: t=3, 64 MiB, p=2
    assert keys.kdf_params_sane(keys.DEFAULT_KDF)  # this suite's cheap ones
    # room to raise them later
    assert keys.kdf_params_sane(keys.KdfParams(time_cost=2, memory_kib=1024 * 1024, parallelism=8))
    assert keys.kdf_params_sane(keys.KdfParams(time_cost=8, memory_kib=256 * 1024, parallelism=4))
    assert not keys.kdf_params_sane(keys.KdfParams(time_cost=3, memory_kib=1024 * 1024))


def test_a_sound_key_file_still_opens_after_the_checks(store: Store, db_path: Path) -> None:
    store.close()
    keyfile = keys.KeyFile.load(keys.KeyFile.path_for(db_path))
    assert keyfile.cso_code == "BEAM"
    assert set(keyfile.slots) == {"user:admin", keys.RECOVERY_SLOT}
    setup.open_database(db_path, "admin", ADMIN_PASSWORD).close()


# --- A missing key file (item 10) ---------------------------------------------------------------


def test_a_missing_key_file_is_named_not_a_missing_database(store: Store, db_path: Path) -> None:
    store.close()
    key_path = keys.KeyFile.path_for(db_path)
    key_path.unlink()
    with pytest.raises(KeyFileMissing) as err:
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    assert err.value.key_file == str(key_path)
    assert err.value.db_path == str(db_path)
    with pytest.raises(KeyFileMissing):
        setup.check_database(db_path)
    # No database at all is still that.
    db_path.unlink()
    with pytest.raises(DatabaseNotFound) as missing:
        setup.check_database(db_path)
    assert not isinstance(missing.value, KeyFileMissing)


def test_the_key_file_comes_back_from_a_backup_keeping_later_records(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    info = backup.backup_database(store, tmp_path / "b.saphan-backup")
    beneficiaries.register_person(store, person("Ma After The Backup"))
    store.close()
    keys.KeyFile.path_for(db_path).unlink()

    with pytest.raises(BackupRefused) as wrong:
        backup.restore_key_file(info.path, db_path, username="admin", password="not it at all")
    assert wrong.value.reason == "wrong_password"
    assert not keys.KeyFile.path_for(db_path).exists()

    assert backup.restore_key_file(
        info.path, db_path, username="admin", password=ADMIN_PASSWORD
    ) == keys.KeyFile.path_for(db_path)
    reopened = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    try:
        assert beneficiaries.count_people(reopened, PersonQuery()) == 1  # entered since: kept
    finally:
        reopened.close()
    # A key file that reads fine is never replaced.
    with pytest.raises(BackupRefused) as present:
        backup.restore_key_file(info.path, db_path, username="admin", password=ADMIN_PASSWORD)
    assert present.value.reason == "key_file_present"


def test_a_damaged_key_file_is_replaced_from_a_backup_and_kept_aside(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    info = backup.backup_database(store, tmp_path / "b.saphan-backup")
    store.close()
    key_path = keys.KeyFile.path_for(db_path)
    key_path.write_text("{ damaged")
    backup.restore_key_file(info.path, db_path, username="admin", password=ADMIN_PASSWORD)
    [aside] = db_path.parent.glob("saphan.db.keys.damaged-*")
    assert aside.read_text() == "{ damaged"
    setup.open_database(db_path, "admin", ADMIN_PASSWORD).close()


def test_the_key_file_of_another_database_is_not_put_back(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    other = setup.create_cso_database(
        tmp_path / "other" / "saphan.db",
        cso_code="BEAM",
        cso_name="A second BEAM database",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    )
    info = backup.backup_database(other.store, tmp_path / "other.saphan-backup")
    other.store.close()
    store.close()
    keys.KeyFile.path_for(db_path).unlink()
    with pytest.raises(BackupRefused) as err:
        backup.restore_key_file(info.path, db_path, username="admin", password=ADMIN_PASSWORD)
    assert err.value.reason == "other_database"
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["saphan.db"]
