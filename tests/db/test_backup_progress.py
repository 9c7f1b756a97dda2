"""A backup and a restore report their progress in bytes. Stopping a backup (the user's Cancel)
leaves no file, no temp file and no "last backup" behind; stopping a restore leaves the
database as it was and nothing beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import audit, backup, beneficiaries, setup
from db.store import Store
from db.types import PersonQuery
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person


class Stop(Exception):
    pass


def test_progress_runs_from_zero_to_the_total(store: Store, tmp_path: Path) -> None:
    beneficiaries.register_person(store, person("Ma Progress"))
    seen: list[tuple[int, int]] = []
    info = backup.backup_database(store, tmp_path, lambda d, t: seen.append((d, t)))
    totals = {t for _, t in seen}
    assert len(totals) == 1
    (total,) = totals
    assert seen[0][0] == 0
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert total >= 3 * 4096  # three passes over the database
    assert info.path.exists()


@pytest.mark.parametrize("stop_after", [1, 2, 5, 10_000])
def test_a_stopped_backup_leaves_nothing(store: Store, tmp_path: Path, stop_after: int) -> None:
    """Stopped while the database is copied, hashed or written into the zip."""
    usb = tmp_path / "usb"
    usb.mkdir()
    calls = 0

    def progress(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if calls >= stop_after or done >= total:
            raise Stop

    with pytest.raises(Stop):
        backup.backup_database(store, usb, progress)
    assert list(usb.iterdir()) == []
    assert backup.last_backup_at(store) is None
    assert "backup" not in audit.audit_actions(store)


def test_a_restore_reports_its_progress_up_to_the_total(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    made = backup.backup_database(store, tmp_path)
    store.close()
    seen: list[tuple[int, int]] = []
    backup.restore_backup(
        made.path,
        db_path,
        username="admin",
        password=ADMIN_PASSWORD,
        progress=lambda d, t: seen.append((d, t)),
    )
    (total,) = {t for _, t in seen}
    assert seen[0] == (0, total)
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert total >= 2 * 4096  # unpacked, then checked


@pytest.mark.parametrize("stop_after", [1, 2, 10_000])
def test_a_stopped_restore_leaves_the_database_untouched_and_no_temp_file(
    store: Store, db_path: Path, tmp_path: Path, stop_after: int
) -> None:
    """Stopped before unpacking, while unpacking, or at the last point, once checked."""
    beneficiaries.register_person(store, person("Ma Before"))
    made = backup.backup_database(store, tmp_path / "usb")
    beneficiaries.register_person(store, person("Ko After"))
    store.close()
    before = sorted(p.name for p in db_path.parent.iterdir())
    database = db_path.read_bytes()
    calls = 0

    def progress(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if calls >= stop_after or done >= total:
            raise Stop

    with pytest.raises(Stop):
        backup.restore_backup(
            made.path, db_path, username="admin", password=ADMIN_PASSWORD, progress=progress
        )
    assert db_path.read_bytes() == database
    assert sorted(p.name for p in db_path.parent.iterdir()) == before
    reopened = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    try:
        found = beneficiaries.find_people(reopened, PersonQuery())
        assert sorted(p.name_latin for p in found) == ["Ko After", "Ma Before"]
    finally:
        reopened.close()
