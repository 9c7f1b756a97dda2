"""Hostile backup files: zip bombs, crafted directories, hostile key files and manifests.

A backup is read before anything in it is trusted; whatever it holds, reading it costs little
memory and disk, ends in :class:`BackupRefused` (never a traceback) and changes nothing.
"""

from __future__ import annotations

import json
import os
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import backup
from db.backup import BackupRefused
from db.errors import StorageProblem
from db.settings import Key, remember
from db.store import Store
from tests.conftest import ADMIN_PASSWORD
from tests.db.test_backup import fingerprint

BOMB_BYTES = 64 * 1024 * 1024  # inflates from about 64 KB
PEAK_LIMIT = 8 * 1024 * 1024


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_backup(
    out: Path, members: dict[str, bytes], bomb: str | None = None, bomb_bytes: int = BOMB_BYTES
) -> Path:
    """A backup with ``members``; ``bomb`` replaced by ``bomb_bytes`` of deflated zeros."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in members.items():
            if name != bomb:
                zf.writestr(name, data)
                continue
            chunk = bytes(1024 * 1024)
            with zf.open(name, "w", force_zip64=True) as member:
                for _ in range(bomb_bytes // len(chunk)):
                    member.write(chunk)
    return out


@pytest.fixture
def real_backup(store: Store, tmp_path: Path) -> Path:
    info = backup.backup_database(store, tmp_path / "real.saphan-backup")
    store.close()
    return info.path


def peak_bytes_of(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
    finally:
        _size, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


def refused(action: Callable[[], object]) -> str:
    with pytest.raises(BackupRefused) as err:
        action()
    return err.value.reason


@pytest.mark.parametrize("member", ["manifest.json", "saphan.db.keys", "saphan.db"])
def test_a_zip_bomb_member_is_refused_without_inflating_it(
    real_backup: Path, db_path: Path, tmp_path: Path, member: str
) -> None:
    bomb = write_backup(tmp_path / "bomb.saphan-backup", members_of(real_backup), member)
    # Small on disk: the bomb adds little to the real members it sits beside (the real
    # database alone is about 1 MiB and grows with each migration's tables and indexes).
    assert bomb.stat().st_size < real_backup.stat().st_size + 256 * 1024
    before = fingerprint(db_path)
    reasons: list[str] = []

    def restore() -> None:
        reasons.append(refused(lambda: backup.read_backup_manifest(bomb)))
        reasons.append(
            refused(
                lambda: backup.restore_backup(
                    bomb, db_path, username="admin", password=ADMIN_PASSWORD
                )
            )
        )

    peak = peak_bytes_of(restore)
    assert peak < PEAK_LIMIT, f"reading the bomb took {peak / 2**20:.0f} MiB"
    assert set(reasons) == {"corrupt"}
    assert fingerprint(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == sorted(
        db_path.name + s for s in before
    )


def test_restore_streams_the_database_instead_of_reading_it_whole(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    padding = Key("padding", "", str, str)  # a test-only setting, to make the database big
    remember(store, padding, "x" * (12 * 1024 * 1024))
    info = backup.backup_database(store, tmp_path / "big.saphan-backup")
    store.close()
    assert info.size_bytes > 12 * 1024 * 1024
    fresh = tmp_path / "laptop" / "saphan.db"
    peak = peak_bytes_of(
        lambda: backup.restore_backup(info.path, fresh, username="admin", password=ADMIN_PASSWORD)
    )
    assert peak < 4 * 1024 * 1024, f"restoring took {peak / 2**20:.0f} MiB"
    assert fresh.stat().st_size > 12 * 1024 * 1024


def test_a_member_larger_than_it_declares_is_refused(
    real_backup: Path, db_path: Path, tmp_path: Path
) -> None:
    """The bytes actually inflated are counted too, not only the declared size."""
    members = members_of(real_backup)
    liar = tmp_path / "liar.saphan-backup"
    write_backup(liar, {**members, "saphan.db.keys": members["saphan.db.keys"] + b" " * 5000})
    data = bytearray(liar.read_bytes())
    with zipfile.ZipFile(liar) as zf:
        info = zf.getinfo("saphan.db.keys")
    true_size = info.file_size.to_bytes(4, "little")
    false_size = (info.file_size - 5000).to_bytes(4, "little")
    # The size in the local header (offset 22) and in the central directory entry.
    local = info.header_offset + 22
    assert data[local : local + 4] == true_size
    data[local : local + 4] = false_size
    central = data.find(b"PK\x01\x02")
    while data[central + 46 : central + 46 + 14] != b"saphan.db.keys":
        central = data.find(b"PK\x01\x02", central + 1)
    assert data[central + 24 : central + 28] == true_size
    data[central + 24 : central + 28] = false_size
    liar.write_bytes(bytes(data))
    assert (
        refused(
            lambda: backup.restore_backup(liar, db_path, username="admin", password=ADMIN_PASSWORD)
        )
        == "corrupt"
    )


def test_a_directory_of_many_entries_is_refused_before_it_is_read(
    real_backup: Path, tmp_path: Path
) -> None:
    crowded = tmp_path / "crowded.saphan-backup"
    members = members_of(real_backup)
    members.update({f"extra-{i}": b"" for i in range(20_000)})
    write_backup(crowded, members)
    peak = peak_bytes_of(lambda: refused(lambda: backup.read_backup_manifest(crowded)))
    assert peak < 1024 * 1024


@pytest.mark.parametrize(
    "damage",
    ["encrypted member", "duplicate member", "bzip2 member", "manifest with duplicate keys"],
)
def test_members_saphan_never_writes_are_refused(
    real_backup: Path, db_path: Path, tmp_path: Path, damage: str
) -> None:
    members = members_of(real_backup)
    odd = tmp_path / "odd.saphan-backup"
    if damage == "manifest with duplicate keys":
        text = members["manifest.json"].decode()
        members["manifest.json"] = text.replace("{", '{"format": "saphan.backup/1",', 1).encode()
        write_backup(odd, members)
    else:
        with zipfile.ZipFile(odd, "w") as zf:
            for name, data in members.items():
                info = zipfile.ZipInfo(name)
                if damage == "bzip2 member" and name == "saphan.db.keys":
                    info.compress_type = zipfile.ZIP_BZIP2
                zf.writestr(info, data)
                if damage == "duplicate member" and name == "saphan.db.keys":
                    with pytest.warns(UserWarning, match="Duplicate name"):
                        zf.writestr(info, data)
        if damage == "encrypted member":
            data = bytearray(odd.read_bytes())
            with zipfile.ZipFile(odd) as zf:
                infos = zf.infolist()
            for info in infos:  # set bit 0 ("encrypted") in both headers
                data[info.header_offset + 6] |= 1
            start = data.rfind(b"PK\x05\x06")
            directory = int.from_bytes(data[start + 16 : start + 20], "little")
            for _ in infos:
                data[directory + 8] |= 1
                name, extra, comment = (
                    int.from_bytes(data[directory + at : directory + at + 2], "little")
                    for at in (28, 30, 32)
                )
                directory += 46 + name + extra + comment
            odd.write_bytes(bytes(data))
    before = fingerprint(db_path)
    reason = refused(
        lambda: backup.restore_backup(odd, db_path, username="admin", password=ADMIN_PASSWORD)
    )
    assert reason in {"corrupt", "not_a_backup"}
    assert fingerprint(db_path) == before


@pytest.mark.parametrize(
    "change",
    [
        {"created_at": "yesterday"},
        {"created_at": 5},
        {"db_sha256": None},
        {"cso_code": ["BEAM"]},
    ],
)
def test_a_damaged_manifest_is_refused_not_a_traceback(
    real_backup: Path, db_path: Path, tmp_path: Path, change: dict[str, object]
) -> None:
    members = members_of(real_backup)
    manifest = json.loads(members["manifest.json"])
    members["manifest.json"] = json.dumps({**manifest, **change}).encode()
    odd = write_backup(tmp_path / "odd.saphan-backup", members)
    assert refused(lambda: backup.read_backup_manifest(odd)) == "corrupt"
    assert (
        refused(
            lambda: backup.restore_backup(odd, db_path, username="admin", password=ADMIN_PASSWORD)
        )
        == "corrupt"
    )


@pytest.mark.parametrize(
    "slot_change",
    [{"m": 2**32 - 1}, {"t": 0}, {"p": 0}, {"t": 10**6}, {"nonce": "AAAA"}, {"salt": 1}],
)
def test_a_backup_whose_key_file_is_hostile_is_refused_without_deriving(
    real_backup: Path,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slot_change: dict[str, object],
) -> None:
    from db import keys

    def no_derivation(*_a: object, **_k: object) -> bytes:
        raise AssertionError("derived a key with parameters from a hostile key file")

    members = members_of(real_backup)
    keyfile = json.loads(members["saphan.db.keys"])
    for slot in keyfile["slots"].values():
        slot.update(slot_change)
    members["saphan.db.keys"] = json.dumps(keyfile).encode()
    odd = write_backup(tmp_path / "odd.saphan-backup", members)
    monkeypatch.setattr(keys, "hash_secret_raw", no_derivation)
    assert (
        refused(
            lambda: backup.restore_backup(odd, db_path, username="admin", password=ADMIN_PASSWORD)
        )
        == "corrupt"
    )


FUZZ_EXAMPLES = int(os.environ.get("SAPHAN_FUZZ_EXAMPLES", "25"))


@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_fuzz_damaged_backups_are_refused_or_restored_never_a_traceback(
    real_backup: Path, tmp_path: Path, data: st.DataObject
) -> None:
    """Flip, cut or overwrite bytes anywhere in a real backup: each read either restores
    (the damage missed everything checked) or is refused with a reason."""
    blob = bytearray(real_backup.read_bytes())
    for _ in range(data.draw(st.integers(1, 4), label="changes")):
        at = data.draw(st.integers(0, len(blob) - 1), label="at")
        kind = data.draw(st.sampled_from(["flip", "cut", "bytes"]), label="kind")
        if kind == "flip":
            blob[at] ^= data.draw(st.integers(1, 255), label="mask")
        elif kind == "cut":
            del blob[at : at + data.draw(st.integers(1, 4096), label="length")]
        else:
            value = data.draw(st.binary(min_size=1, max_size=8), label="value")
            blob[at : at + len(value)] = value
    damaged = tmp_path / f"fuzz-{os.urandom(4).hex()}.saphan-backup"
    damaged.write_bytes(bytes(blob))
    target = tmp_path / f"laptop-{os.urandom(4).hex()}" / "saphan.db"
    try:
        backup.read_backup_manifest(damaged)
        backup.restore_backup(damaged, target, username="admin", password=ADMIN_PASSWORD)
    except (BackupRefused, StorageProblem):
        pass
