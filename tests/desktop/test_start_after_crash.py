"""The app's start after a crash: an interrupted restore is completed and a setup that never
finished is cleared, and the user is told so (in their language) before anything else."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from db import atomic, backup, beneficiaries, setup, switch
from db.store import Store
from desktop import app
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person


class Killed(BaseException):
    """Stands for the process dying mid-switch."""


def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(app.dialogs, "inform", lambda _p, title, text: seen.append((title, text)))
    return seen


def test_a_restore_cut_short_is_completed_and_the_kept_copy_named(
    qtbot, store: Store, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    beneficiaries.register_person(store, person("Ma In Backup"))
    info = backup.backup_database(store, tmp_path / "usb.saphan-backup")
    store.close()
    staged = switch.staging_path(db_path, "restore")
    with zipfile.ZipFile(info.path) as zf:
        staged.write_bytes(zf.read("saphan.db"))
        switch.staged_keys(staged).write_bytes(zf.read("saphan.db.keys"))
    real, calls = atomic.os.replace, [0]

    def dying(src: object, dst: object) -> None:
        calls[0] += 1
        if calls[0] == 3:  # after the journal and the database were moved, before the rest
            raise Killed
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", dying)
    with atomic.database_lock(db_path), pytest.raises(Killed):
        switch.install(staged, db_path, purpose="restore")
    monkeypatch.undo()
    assert not setup.database_exists(db_path)  # what the user would have found before

    seen = told(monkeypatch)
    assert app.finish_interrupted(db_path)
    (kept,) = (p for p in db_path.parent.iterdir() if p.name.endswith(tuple("0123456789")))
    assert seen == [
        (
            "Saphan was interrupted",
            "Restoring a backup was interrupted; it has now been completed. The data that was "
            f"on this laptop before is kept as {kept}.",
        )
    ]
    assert setup.database_exists(db_path)
    setup.open_database(kept, "admin", ADMIN_PASSWORD).close()


def test_a_setup_that_never_finished_is_cleared_and_said(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "cso" / "saphan.db"
    db.parent.mkdir()
    staged = switch.staging_path(db, "setup")
    staged.write_bytes(b"\0" * 4096)
    seen = told(monkeypatch)
    assert app.finish_interrupted(db)
    assert [text for _title, text in seen] == [
        "Setting up Saphan was interrupted before it could finish. The unfinished database "
        "held no records and has been removed: please set up Saphan again."
    ]
    assert list(db.parent.iterdir()) == []
    seen.clear()
    assert app.finish_interrupted(db)  # nothing left: nothing to say
    assert seen == []
