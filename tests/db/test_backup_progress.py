"""A backup reports its progress in bytes, and stopping it (the user's Cancel) leaves no
file, no temp file and no "last backup" behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import audit, backup, beneficiaries
from db.store import Store
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
