"""Restore as one switch that fully happens or not at all: a kept copy never overwritten and
always complete, an interrupted switch completed or undone at the next open, and what killed
tasks left behind cleared at the next start or run (and nothing else).

(Real SIGKILLs of every operation are in test_crash_operations.)"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from db import atomic, backup, beneficiaries, keys, setup, switch
from db.backup import BackupInfo
from db.errors import StorageProblem
from db.records_export import export_records
from db.store import Store
from db.types import PersonQuery
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person


def names_in(db: Path) -> list[str]:
    store = setup.open_database(db, "admin", ADMIN_PASSWORD)
    try:
        return sorted(r.name_latin for r in beneficiaries.find_people(store, PersonQuery()))
    finally:
        store.close()


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def kept_copies(db: Path) -> list[Path]:
    return [
        p
        for p in sorted(db.parent.glob(db.name + ".before-restore-*"))
        if not p.name.endswith(("-wal", "-shm", ".keys"))
    ]


@pytest.fixture
def backed_up(store: Store, tmp_path: Path) -> BackupInfo:
    """A backup holding one person; the database holds a second one since."""
    beneficiaries.register_person(store, person("Ma In Backup"))
    info = backup.backup_database(store, tmp_path / "usb.saphan-backup")
    beneficiaries.register_person(store, person("Ko Since Backup"))
    store.close()
    return info


class FrozenClock(dt.datetime):
    """Every restore happens in the same second."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> FrozenClock:
        return cls(2026, 3, 1, 10, 30, 0, tzinfo=tz)


# --- item 11: never overwrite a kept copy; keep all of it; say where ------------------------


def test_two_restores_in_the_same_second_keep_both_databases_they_replaced(
    backed_up: BackupInfo, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dt, "datetime", FrozenClock)
    first = backup.restore_backup(
        backed_up.path, db_path, username="admin", password=ADMIN_PASSWORD
    )
    store = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    beneficiaries.register_person(store, person("Ma Between Restores"))
    store.close()
    second = backup.restore_backup(
        backed_up.path, db_path, username="admin", password=ADMIN_PASSWORD
    )

    assert first.safety_copy is not None
    assert second.safety_copy is not None
    assert first.safety_copy != second.safety_copy
    assert kept_copies(db_path) == sorted([first.safety_copy, second.safety_copy])
    # Each kept copy opens with its own key file and holds what the database held then.
    assert names_in(first.safety_copy) == ["Ko Since Backup", "Ma In Backup"]
    assert names_in(second.safety_copy) == ["Ma Between Restores", "Ma In Backup"]
    assert names_in(db_path) == ["Ma In Backup"]


def test_kept_copy_has_the_write_ahead_log_of_a_crashed_app(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    beneficiaries.register_person(store, person("Ma In Backup"))
    info = backup.backup_database(store, tmp_path / "usb.saphan-backup")
    beneficiaries.register_person(store, person("Ko Only In The Log"))
    # The files as a power cut leaves them: the last write only in the write-ahead log.
    crashed = tmp_path / "crashed" / "saphan.db"
    crashed.parent.mkdir()
    for suffix in ("", "-wal", ".keys"):
        shutil.copy2(db_path.with_name(db_path.name + suffix), crashed.parent)
    store.close()
    assert crashed.with_name("saphan.db-wal").stat().st_size > 0

    restored = backup.restore_backup(info.path, crashed, username="admin", password=ADMIN_PASSWORD)
    assert restored.safety_copy is not None
    assert names_in(restored.safety_copy) == ["Ko Only In The Log", "Ma In Backup"]
    assert names_in(crashed) == ["Ma In Backup"]


def test_a_rename_failing_mid_restore_puts_everything_back(
    backed_up: BackupInfo, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """E.g. a USB drive pulled, an antivirus holding a file: the database stays as it was."""
    before = fingerprint(db_path.parent)
    real = atomic.os.replace
    calls = 0

    def flaky(src: object, dst: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 4:  # the journal, the database and its key file aside, then this
            raise PermissionError(13, "The process cannot access the file")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", flaky)
    with pytest.raises(StorageProblem):
        backup.restore_backup(backed_up.path, db_path, username="admin", password=ADMIN_PASSWORD)
    monkeypatch.undo()
    assert fingerprint(db_path.parent) == before
    assert names_in(db_path) == ["Ko Since Backup", "Ma In Backup"]


class Killed(BaseException):
    """Stands for the process dying: nothing after it runs (no except, no finally)."""


def staged_from(info: BackupInfo, db_path: Path) -> Path:
    import zipfile

    staged = switch.staging_path(db_path, "restore")
    with zipfile.ZipFile(info.path) as zf:
        staged.write_bytes(zf.read("saphan.db"))
        switch.staged_keys(staged).write_bytes(zf.read("saphan.db.keys"))
    return staged


@pytest.mark.parametrize("dies_at", [1, 2, 3, 4, 5])
def test_switch_cut_short_at_any_rename_is_finished_by_the_next_open(
    backed_up: BackupInfo, db_path: Path, monkeypatch: pytest.MonkeyPatch, dies_at: int
) -> None:
    staged = staged_from(backed_up, db_path)
    real = atomic.os.replace
    calls = 0

    def dying(src: object, dst: object) -> None:
        nonlocal calls
        calls += 1
        if calls == dies_at:
            raise Killed
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", dying)
    with (
        atomic.database_lock(db_path),
        pytest.raises(Killed),
    ):
        switch.install(staged, db_path, purpose="restore")
    monkeypatch.undo()

    done = switch.clear_interrupted(db_path)  # what the next start does
    if dies_at == 1:  # before the journal existed: nothing had changed
        assert not done.restore_completed
        assert names_in(db_path) == ["Ko Since Backup", "Ma In Backup"]
    else:
        assert done.restore_completed
        assert done.kept_copy is not None
        assert names_in(db_path) == ["Ma In Backup"]
        assert names_in(done.kept_copy) == ["Ko Since Backup", "Ma In Backup"]
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(".")) == []


def test_journal_that_names_other_files_is_not_followed(
    backed_up: BackupInfo, db_path: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    switch.journal_path(db_path).write_text(
        json.dumps(
            {
                "format": "saphan.switch/1",
                "purpose": "restore",
                "staged": "../victim.txt",
                "aside": None,
                "had": [],
                "sizes": [4, 0],
            }
        )
    )
    before = fingerprint(db_path.parent)
    done = switch.clear_interrupted(db_path)
    assert not done.restore_completed
    assert victim.read_text() == "mine"
    del before[switch.journal_path(db_path).name]
    assert fingerprint(db_path.parent) == before
    assert names_in(db_path) == ["Ko Since Backup", "Ma In Backup"]


def test_restore_command_says_where_the_replaced_database_is(
    backed_up: BackupInfo,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop import cli

    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    assert cli.main(["restore", "--backup", str(backed_up.path), "--db", str(db_path)]) == 0
    (kept,) = kept_copies(db_path)
    assert f"The database it replaced is kept as {kept}." in capsys.readouterr().out


# --- item 12: a setup cut short leaves nothing stuck ---------------------------------------


def test_setup_killed_while_saving_its_key_file_leaves_nothing_at_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "cso" / "saphan.db"

    def dying(_self: object) -> None:
        raise Killed

    monkeypatch.setattr(keys.KeyFile, "save", dying)
    # A killed process cleans nothing up.
    monkeypatch.setattr(switch, "remove_staged", lambda _staged: None)
    monkeypatch.setattr(setup, "_remove_partial", lambda _path: None, raising=False)
    with pytest.raises(Killed):
        setup.create_cso_database(
            db,
            cso_code="BEAM",
            cso_name="BEAM",
            admin_username="admin",
            admin_full_name="Admin",
            admin_password=ADMIN_PASSWORD,
        )
    monkeypatch.undo()
    assert not db.exists()  # the database was being built elsewhere
    done = switch.clear_interrupted(db)  # the next start
    assert done.setup_cleared
    assert list(db.parent.iterdir()) == []
    setup.create_cso_database(
        db,
        cso_code="BEAM",
        cso_name="BEAM",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store.close()


def test_demo_data_clears_a_setup_that_never_finished_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop import cli

    db = tmp_path / "cso" / "saphan.db"
    db.parent.mkdir()
    # What a setup killed before its switch leaves: a staged database and maybe its key file.
    staged = db.with_name(".saphan.db.setup-0123456789abcdef")
    staged.write_bytes(b"\0" * 4096)
    staged.with_name(staged.name + "-wal").write_bytes(b"\0" * 100)
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    args = ["demo-data", "--db", str(db), "--user", "admin", "--beneficiaries", "2"]
    assert cli.main([*args, "--no-activity"]) == 0
    out = capsys.readouterr().out
    assert f"A setup of {db} that did not finish was found and removed" in out
    assert "Created" in out
    assert sorted(p.name for p in db.parent.iterdir()) == ["saphan.db", "saphan.db.keys"]


# --- item 13: leftovers of killed tasks go, and only those ---------------------------------


def test_opening_removes_what_killed_tasks_left_beside_the_database_and_nothing_else(
    store: Store, db_path: Path
) -> None:
    store.close()
    folder = db_path.parent
    leftovers = [
        ".restore-1a2b3c4d.db",  # a full encrypted copy, from a restore of an earlier version
        ".restore-1a2b3c4d.db-wal",
        ".restore-5e6f7a8b.keys",
        ".saphan.db.keys.0a1b2c3d.tmp",  # a key file being saved
        ".saphan.db.restore-0123456789abcdef",  # a restore's staged pair
        ".saphan.db.restore-0123456789abcdef.keys",
        "..saphan.db.restore-0123456789abcdef.keys.99aa88bb.tmp",
        "..saphan.db.switch.0a1b2c3d.tmp",  # a switch journal being written
    ]
    others = [
        "notes.txt",
        ".saphan.db.keys.old",  # not a name Saphan makes
        ".other.db.keys.0a1b2c3d.tmp",  # another database's
        "saphan.db.before-restore-20260301-103000",  # a kept copy: the user's to delete
        "saphan.db.before-restore-20260301-103000.keys",
    ]
    for name in leftovers + others:
        (folder / name).write_bytes(b"x")
    busy = atomic.HeldFile(folder / ".saphan.db.keys.feedbeef.tmp")  # being saved right now
    try:
        names_in(db_path)
        left = sorted(p.name for p in folder.iterdir())
    finally:
        busy.discard()
    assert left == sorted([*others, ".saphan.db.keys.feedbeef.tmp", "saphan.db", "saphan.db.keys"])


def test_a_backup_removes_what_killed_backups_of_this_cso_left_and_nothing_else(
    store: Store, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    leftovers = [
        ".saphan-BEAM-20250101-1000.saphan-backup.0a1b2c3d.db",
        ".saphan-BEAM-20250101-1000.saphan-backup.0a1b2c3d.db-journal",
        ".saphan-BEAM-20250101-1000.saphan-backup.4e5f6a7b.tmp",
    ]
    others = [
        "holiday.jpg",
        ".saphan-KQ-20250101-1000.saphan-backup.4e5f6a7b.tmp",  # another CSO's, maybe running
        "saphan-BEAM-20250101-1000.saphan-backup",
    ]
    for name in leftovers + others:
        (usb / name).write_bytes(b"x")
    info = backup.backup_database(store, usb)
    assert sorted(p.name for p in usb.iterdir()) == sorted([*others, info.path.name])


def test_an_export_removes_what_killed_exports_to_the_same_file_left(
    store: Store, tmp_path: Path
) -> None:
    (tmp_path / ".people.xlsx.0a1b2c3d.tmp").write_bytes(b"half a spreadsheet")
    (tmp_path / ".budget.xlsx.0a1b2c3d.tmp").write_bytes(b"another program's")
    export_records(store, tmp_path / "people.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        ".budget.xlsx.0a1b2c3d.tmp",
        "people.xlsx",
    ]
