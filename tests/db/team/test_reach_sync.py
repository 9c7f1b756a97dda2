"""The reach table (db/reach.py) on a team's laptops: never synced itself (no captured change
names it), each laptop works out its own, and they agree - after joining from a snapshot
(tables filled in bulk with their triggers set aside) and after ordinary syncs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import text, update

from db import keys, reach
from db.demo import fill_demo_data
from db.models import Session
from db.store import Store
from db.team import enrol
from db.team.sync import sync
from tests.conftest import ADMIN_PASSWORD


def _reach(store: Store) -> list[tuple[object, ...]]:
    with store.read() as s:
        kept = sorted(map(tuple, s.execute(text(f"SELECT {reach.COLUMNS} FROM reach_months"))))
        assert kept == sorted(map(tuple, s.execute(text(reach.recount_sql()))))
        captured = s.execute(
            text("SELECT count(*) FROM team_rows WHERE tbl IN ('reach_months', 'reach_cells')")
        )
        assert captured.scalar_one() == 0
        # Its cells too, counted on each laptop from its own reach table.
        cells = f"SELECT {reach.CELL_KEY}, people FROM {reach.CELLS}"
        assert sorted(map(tuple, s.execute(text(cells)))) == sorted(
            map(tuple, s.execute(text(reach.cells_sql())))
        )
    return kept


def test_every_laptop_keeps_the_same_reach_table(store: Store, tmp_path: Path) -> None:
    fill_demo_data(store, 40, seed=2, today=dt.date(2025, 6, 30))
    folder = tmp_path / "Team"
    enrol.create_team(
        store, folder, device_name="Office", recovery_passphrase=keys.new_recovery_passphrase()
    )
    invitation = enrol.invite_device(store, name="Field")
    joined = enrol.join_team(
        enrol.JoinRequest(
            tmp_path / "b" / "saphan.db",
            folder,
            invitation.data,
            invitation.code,
            store.user.username,
            ADMIN_PASSWORD,
        )
    ).store
    try:
        assert _reach(joined) == _reach(store)
        assert _reach(store)
        with store.write() as s:
            first = s.scalar(text("SELECT min(id) FROM sessions"))
            s.execute(
                update(Session)
                .where(Session.id == first)
                .values(deleted_at=dt.datetime(2025, 7, 1))
            )
        sync(store)
        sync(joined)
        assert _reach(joined) == _reach(store)
    finally:
        joined.close()
