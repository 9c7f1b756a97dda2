"""A session's area (migration 0016) and the CSO's usual area reach the team's other laptops:
the capture triggers made again by the migration name the new column and setting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import activities, beneficiaries, settings
from db.activities import ActivityType, SessionInput
from db.programmes import list_programmes
from db.store import Store
from tests.db.people import person
from tests.db.team.replicas import Device, make_team


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


def test_the_area_of_a_session_and_the_usual_area_sync(team: list[Device]) -> None:
    a, b = team
    settings.set_default_area(a.store, "mae_pa")
    p = beneficiaries.register_person(a.store, person())
    mhpss = next(x for x in list_programmes(a.store) if x.code == "mhpss")
    logged = activities.log_session(
        a.store,
        SessionInput(
            activity_type=ActivityType.MHPSS_GROUP,
            programme_id=mhpss.id,
            date=dt.date(2025, 3, 1),
            area="mae_tao",
            attendee_ids=[p.id],
        ),
    )
    _sync(team)
    assert activities.get_session(b.store, logged.id).area == "mae_tao"
    assert settings.default_area(b.store) == "mae_pa"
