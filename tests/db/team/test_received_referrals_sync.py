"""Referrals received on a team's laptops (db.referrals_received): a code recorded on one
laptop and its outcome set on another reach both; a code recorded on two laptops between
syncs converges to one referral (the unique code); erasing a linked person on one laptop
takes their received referral away on every laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db import beneficiaries, housekeeping, referral_codes
from db import referrals_received as rr
from db.errors import ReferralCodeInvalid
from db.referrals_received import ReceivedState
from db.store import Store
from tests.db.people import person
from tests.db.team.replicas import Device, canonical_dump, make_team


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


def test_received_referrals_reach_every_laptop(team: list[Device]) -> None:
    a, b = team
    code = referral_codes.new_code("KWA")
    got = rr.record_code(a.store, code)
    _sync(team)
    assert [r.code for r in rr.list_received(b.store)] == [code]
    with pytest.raises(ReferralCodeInvalid) as refused:
        rr.record_code(b.store, code)  # recorded on the other laptop: a replay here too
    assert refused.value.reason == "already_recorded"
    rr.set_outcome(b.store, got.id, ReceivedState.SERVED)
    _sync(team)
    assert rr.get_received(a.store, got.id).state is ReceivedState.SERVED


def test_one_code_recorded_on_two_laptops_converges(team: list[Device]) -> None:
    a, b = team
    code = referral_codes.new_code("KWA")
    rr.record_code(a.store, code)
    rr.record_code(b.store, code)
    _sync(team)
    _sync(team)
    assert canonical_dump(a.store) == canonical_dump(b.store)
    codes = [r.code for r in rr.list_received(a.store)]
    assert codes.count(code) == 1  # one keeps the code; the other is listed as a conflict


def test_erasing_a_linked_person_erases_their_received_referral_everywhere(
    team: list[Device],
) -> None:
    a, b = team
    p = beneficiaries.register_person(a.store, person("Ma Arrived")).id
    kept = rr.record_code(a.store, referral_codes.new_code("KWA"))
    rr.record_code(a.store, referral_codes.new_code("KWA"), person_id=p)
    _sync(team)
    assert len(rr.list_received(b.store)) == 2
    housekeeping.erase_person(a.store, p, "asked to be forgotten")
    _sync(team)
    assert [r.code for r in rr.list_received(b.store)] == [kept.code]
