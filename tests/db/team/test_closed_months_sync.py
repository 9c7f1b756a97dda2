"""Closed months on a team's laptops: a close made on one laptop (its frozen figures, the reach
ledger and its marks) reaches the others, and an erasure on another laptop keeps the count."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import closing
from db.activities import ActivityType, SessionInput, log_session
from db.beneficiaries import register_person
from db.housekeeping import erase_person
from db.programmes import list_programmes
from db.store import Store
from directory import closing as directory_closing
from directory.bundle import build_bundle
from directory.sharing import memory
from tests.db.people import person
from tests.db.team.replicas import Device, canonical_dump, make_team
from tests.directory.conftest import member_network

TODAY = dt.date(2025, 7, 15)


def _sync(devices: list[Device]) -> None:
    for d in devices:
        d.send()
    for d in devices:
        d.pull(devices)


@pytest.fixture
def team(store: Store, tmp_path: Path) -> Iterator[list[Device]]:
    devices = make_team(store, 2, tmp_path)
    yield devices
    for d in devices[1:]:
        d.store.close()


def test_a_close_reaches_the_other_laptop_and_survives_an_erasure_there(
    team: list[Device],
) -> None:
    a, b = team
    network = member_network(a.store, threshold=2)
    mhpss = next(p.id for p in list_programmes(a.store) if p.code == "mhpss")
    ids = [register_person(a.store, person(f"P {n}")).id for n in range(3)]
    log_session(
        a.store,
        SessionInput(ActivityType.AWARENESS, mhpss, dt.date(2025, 2, 3), attendee_ids=ids),
        TODAY,
    )
    for d in team:
        memory.accept_network(d.store, network)
    directory_closing.close_through(a.store, "2025-03", today=TODAY)
    _sync(team)
    assert closing.closed_through(b.store) == "2025-03"
    assert canonical_dump(a.store) == canonical_dump(b.store)
    before = build_bundle(b.store, network, today=TODAY).document()
    erase_person(b.store, ids[0])
    _sync(team)
    for d in team:
        after = build_bundle(d.store, network, today=TODAY).document()
        assert after["programmes"] == before["programmes"]  # February and the cumulative
