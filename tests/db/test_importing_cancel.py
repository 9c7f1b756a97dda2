"""An import stopped through its progress callback (the user's Cancel) registers no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import beneficiaries, importing
from db.store import Store
from db.types import PersonQuery
from tests.db.test_importing import CONSENT, messy_workbook


class Stop(Exception):
    pass


def test_a_stopped_import_changes_nothing(store: Store, tmp_path: Path) -> None:
    sheet = importing.read_sheet(messy_workbook(tmp_path / "list.xlsx"))
    mapping, _ = importing.suggest_mapping(store, sheet)
    preview = importing.preview(store, sheet, mapping, CONSENT)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        importing.import_people(store, preview, progress=progress)
    assert seen[-1][0] == 3
    assert seen[-1][1] > 3
    assert beneficiaries.count_people(store, PersonQuery()) == 0
    # the codes were not used up either: the next import starts at 1
    summary = importing.import_people(store, preview)
    assert summary.codes[0].endswith("-000001")
