"""A bundle counts each local programme's people in the network programme the admin mapped it
to (db.programmes), one local programme per network programme: a person who came to two
local programmes is counted once in the network programme, never twice."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from db import activities, beneficiaries, programmes
from db.activities import ActivityType, SessionInput
from db.programmes import MappingConflict, ProgrammeInput
from db.store import Store
from directory import cube
from directory.bundle import build_bundle
from tests.db.people import person
from tests.directory.conftest import TODAY, member_network

DAY = dt.date(2026, 3, 3)


def _log(store: Store, programme_id: int, people: list[int], day: dt.date = DAY) -> None:
    activities.log_session(
        store,
        SessionInput(ActivityType.AWARENESS, programme_id, day, attendee_ids=people),
        today=TODAY,
    )


def _people(store: Store, n: int, prefix: str) -> list[int]:
    return [
        beneficiaries.register_person(store, person(f"{prefix} {i}", consent_data_use=True)).id
        for i in range(n)
    ]


def _mhpss_total(store: Store) -> int | None:
    bundle = build_bundle(store, member_network(store, threshold=2), today=TODAY)
    found = {p.programme: p for p in bundle.programmes}
    assert "counsel" not in found
    assert "own_home" not in found
    return found["mhpss"].cumulative[cube.TOTAL_INDEX] if "mhpss" in found else None


def test_a_mapped_programme_counts_in_its_network_programme_once(store: Store) -> None:
    mhpss = next(p for p in programmes.list_programmes(store) if p.code == "mhpss")
    # the CSO's "mhpss" stays at home; its own "counsel" counts in the network's mhpss
    programmes.update_programme(store, mhpss.id, ProgrammeInput("", mhpss.name, network_code=""))
    counsel = programmes.add_programme(
        store, ProgrammeInput("counsel", "Counselling", network_code="mhpss")
    )
    both = _people(store, 3, "Both")
    only_home = _people(store, 2, "Home")
    _log(store, counsel.id, both)
    _log(store, counsel.id, both, DAY + dt.timedelta(days=7))  # twice: still once each
    _log(store, mhpss.id, both + only_home)
    assert _mhpss_total(store) == 3


def test_by_default_a_programme_counts_in_the_network_programme_of_its_code(store: Store) -> None:
    mhpss = next(p for p in programmes.list_programmes(store) if p.code == "mhpss")
    own = programmes.add_programme(store, ProgrammeInput("own_home", "Our own"))
    _log(store, mhpss.id, _people(store, 2, "A"))
    _log(store, own.id, _people(store, 4, "B"))
    assert _mhpss_total(store) == 2


def test_two_programmes_in_one_network_programme_build_no_bundle(store: Store) -> None:
    """Refused when mapped (db test); two laptops of a team may each have mapped one before
    they synced: the bundle is not built rather than count someone twice."""
    counsel = programmes.add_programme(
        store, ProgrammeInput("counsel", "Counselling", network_code="")
    )
    with store.engine.begin() as c:
        c.execute(
            text("UPDATE programmes SET network_code = 'mhpss' WHERE id = :id"), {"id": counsel.id}
        )
    mhpss = next(p for p in programmes.list_programmes(store) if p.code == "mhpss")
    both = _people(store, 3, "Both")
    _log(store, counsel.id, both)
    _log(store, mhpss.id, both)
    with pytest.raises(MappingConflict) as conflict:
        build_bundle(store, member_network(store, threshold=2), today=TODAY)
    assert conflict.value.network_code == "mhpss"
    assert sorted(conflict.value.programme_ids) == sorted([mhpss.id, counsel.id])
