"""``saphan reach rebuild --db PATH --user NAME``: the admin recomputes the reach table (a table
emptied or damaged by hand is whole again); anyone else gets one line and a non-zero exit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from db import activities, beneficiaries, reach, setup, users
from db.activities import ActivityType, SessionInput
from db.programmes import list_programmes
from db.store import Store
from db.types import Role
from desktop import cli
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person
from tests.test_cli import one_line_failure, run


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)


def _rows(
    db_path: Path, sql: str = f"SELECT {reach.COLUMNS} FROM reach_months"
) -> list[tuple[object, ...]]:
    store = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    try:
        with store.read() as s:
            return sorted(map(tuple, s.execute(text(sql))))
    finally:
        store.close()


CELLS = f"SELECT {reach.CELL_KEY}, people FROM {reach.CELLS}"


def test_the_admin_rebuilds_the_reach_table(
    capsys: pytest.CaptureFixture[str], store: Store, db_path: Path
) -> None:
    first = beneficiaries.register_person(store, person("Ma Reach One"))
    second = beneficiaries.register_person(store, person("Ma Reach Two"))
    programme = list_programmes(store)[0].id
    activities.log_session(
        store,
        SessionInput(
            ActivityType.AWARENESS,
            programme,
            dt.date(2025, 3, 4),
            attendee_ids=[first.id, second.id],
        ),
    )
    users.create_user(store, "mya", "Ma Mya Sandar", Role.CASEWORKER, ADMIN_PASSWORD)
    with store.write() as s:
        s.execute(text("DELETE FROM reach_months WHERE beneficiary_id = :p"), {"p": first.id})
        # The cells too, by hand (their triggers kept them in step with the deletion above).
        s.execute(text(f"UPDATE {reach.CELLS} SET people = people + 40"))
    store.close()
    damaged = _rows(db_path)
    assert len(damaged) == 1
    assert [row[-1] for row in _rows(db_path, CELLS)] == [41]  # (one person, one cell)

    code, out, err = run(capsys, "reach", "rebuild", "--db", str(db_path), "--user", "mya")
    assert code != 0
    assert out == ""
    one_line_failure(err)
    assert _rows(db_path) == damaged

    code, out, err = run(capsys, "reach", "rebuild", "--db", str(db_path), "--user", "admin")
    assert (code, out, err) == (0, "reach table rebuilt: 2 rows\n", "")
    assert len(_rows(db_path)) == 2
    # Its cells are counted again too: the two people in one cell, as a recount gives them.
    assert _rows(db_path, CELLS) == _rows(db_path, reach.cells_sql())
    assert [row[-1] for row in _rows(db_path, CELLS) if not row[0]] == [2]
