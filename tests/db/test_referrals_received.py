"""Referrals received (db.referrals_received): a code from another CSO's slip is recorded once,
its outcome is set (a reason when not served), the person may be linked, all through the
Store facade, audited, and gone with the person when they are erased."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, text

from db import beneficiaries, housekeeping, referral_codes, referrals
from db import referrals_received as rr
from db.audit import list_audit_events
from db.errors import PermissionDenied, ReferralCodeInvalid, ValidationFailed
from db.models import ReceivedReferral
from db.referrals import ReferralInput
from db.referrals_received import ReceivedState
from db.store import Store
from db.types import Role, UserInfo
from tests.db.people import person


def as_role(store: Store, role: Role) -> Store:
    return dataclasses.replace(store, user=UserInfo(store.user.id, "x", "X", role, "en"))


def refused(store: Store, typed: str) -> str:
    with pytest.raises(ReferralCodeInvalid) as caught:
        rr.record_code(store, typed)
    return caught.value.reason


def test_a_code_is_recorded_once_and_a_replay_is_refused(store: Store) -> None:
    code = referral_codes.new_code("KWA")
    got = rr.record_code(store, code.lower().replace("-", " "))
    assert (got.code, got.from_cso, got.state, got.linked) == (
        code,
        "KWA",
        ReceivedState.RECEIVED,
        False,
    )
    assert got.received_on == got.state_on == dt.date.today()
    assert refused(store, code) == "already_recorded"
    with pytest.raises(ReferralCodeInvalid):
        rr.check_code(store, code)
    assert [r.code for r in rr.list_received(store)] == [code]


def test_own_mistyped_and_shapeless_codes_are_refused(store: Store) -> None:
    own = referral_codes.new_code(store.cso.code)
    assert refused(store, own) == "own_cso"
    other = referral_codes.new_code("KWA")
    swapped = other[:-2] + other[-1] + other[-2]
    if swapped != other:
        assert refused(store, swapped) == "check"
    assert refused(store, "BEAM-000123") == "format"
    assert refused(store, "") == "empty"
    assert rr.list_received(store) == []


def test_every_referral_made_gets_a_code_of_this_cso(store: Store) -> None:
    p = beneficiaries.register_person(store, person("Ma Code", consent_referral=True)).id
    service = referrals.add_partner_service(store, "KWA", "Legal aid", category="legal")
    made = [
        referrals.refer_person(
            store, ReferralInput(p, service.id, "Needs legal aid", consent_confirmed=True)
        )
        for _ in range(2)
    ]
    assert all(referral_codes.parse(r.code).cso == store.cso.code for r in made)
    assert made[0].code != made[1].code
    assert referrals.get_referral(store, made[0].id).code == made[0].code


def test_outcomes_with_a_reason_when_not_served(store: Store) -> None:
    got = rr.record_code(store, referral_codes.new_code("KWA"), received_on=dt.date(2025, 3, 1))
    with pytest.raises(ValidationFailed) as problems:
        rr.set_outcome(store, got.id, ReceivedState.NOT_SERVED, reason="  ")
    assert problems.value.problems == {"reason": "required"}
    with pytest.raises(ValidationFailed) as problems:
        rr.set_outcome(store, got.id, ReceivedState.SERVED, on=dt.date(2025, 2, 1))
    assert problems.value.problems == {"state_on": "before_received"}
    assert rr.get_received(store, got.id).state is ReceivedState.RECEIVED  # nothing changed

    done = rr.set_outcome(
        store, got.id, ReceivedState.NOT_SERVED, reason="Full this month", on=dt.date(2025, 3, 4)
    )
    assert (done.state, done.reason, done.state_on) == (
        ReceivedState.NOT_SERVED,
        "Full this month",
        dt.date(2025, 3, 4),
    )
    served = rr.set_outcome(store, got.id, ReceivedState.SERVED, on=dt.date(2025, 3, 9))
    assert (served.state, served.reason) == (ReceivedState.SERVED, "")  # the reason goes
    rr.set_outcome(store, got.id, ReceivedState.COULD_NOT_CONTACT)
    actions = [(e.action, e.entity, e.detail) for e in list_audit_events(store)]
    assert ("receive", "received_referral", f"code: {got.code}") in actions
    assert ("status", "received_referral", "served") in actions


def test_only_staff_who_refer_may_record_codes(store: Store) -> None:
    code = referral_codes.new_code("KWA")
    for role in (Role.FACILITATOR, Role.COORDINATOR):
        with pytest.raises(PermissionDenied):
            rr.record_code(as_role(store, role), code)
        with pytest.raises(PermissionDenied):
            rr.list_received(as_role(store, role))
    got = rr.record_code(as_role(store, Role.CASEWORKER), code)
    with pytest.raises(PermissionDenied):
        rr.set_outcome(as_role(store, Role.FACILITATOR), got.id, ReceivedState.SERVED)


def test_a_linked_person_and_their_erasure(store: Store) -> None:
    p = beneficiaries.register_person(store, person("Ma Arrived")).id
    kept = rr.record_code(store, referral_codes.new_code("KWA"))
    linked = rr.record_code(store, referral_codes.new_code("KWA"), person_id=p)
    assert (linked.person_id, linked.linked) == (p, True)
    again = rr.link_person(store, kept.id, p)
    assert again.person_id == p
    rr.link_person(store, kept.id, None)

    housekeeping.erase_person(store, p, "asked to be forgotten")
    with store.read() as session:
        left = session.scalars(select(ReceivedReferral.code)).all()
    assert left == [kept.code]  # the linked one went with the person


def test_the_migration_gives_every_older_referral_a_code(store: Store) -> None:
    """Migration 0017 on a database at 0015 with referrals: each gets a valid code of this CSO,
    worked out the same way on every laptop (the same again after going down and up)."""
    from alembic import command

    from db import migrate

    p = beneficiaries.register_person(store, person("Ma Older", consent_referral=True)).id
    service = referrals.add_partner_service(store, "KWA", "Legal aid")
    made = [
        referrals.refer_person(store, ReferralInput(p, service.id, "Older", consent_confirmed=True))
        for _ in range(3)
    ]
    rr.record_code(store, referral_codes.new_code("KWA"))
    cfg = migrate.alembic_config()

    def down_and_up() -> list[str]:
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0015")
            columns = {row[1] for row in conn.execute(text("PRAGMA table_info(referrals)"))}
            assert "code" not in columns
        migrate.upgrade(store.engine)
        return [referrals.get_referral(store, r.id).code for r in made]

    first = down_and_up()
    assert all(referral_codes.parse(code).cso == store.cso.code for code in first)
    assert len(set(first)) == 3
    assert down_and_up() == first  # the same on every laptop of a team
    assert first != [r.code for r in made]  # worked out, not the ones made at random
    assert rr.list_received(store) == []  # the table is new again
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
