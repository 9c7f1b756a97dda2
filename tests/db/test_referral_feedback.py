"""Referral feedback, the database side: what the receiving CSO publishes, and how the
referring CSO applies what it hears (newest state date wins, whatever the arrival order)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from db import consent, referral_feedback, referrals_received
from db.beneficiaries import register_person
from db.models import Referral
from db.referral_feedback import Heard, apply_feedback, states_to_publish
from db.referrals import (
    ReferralInput,
    ReferralStatus,
    add_partner_service,
    get_referral,
    refer_person,
)
from db.store import Store
from db.worklist import Kind, worklist
from tests.db.people import person

D = dt.date


def _refer(store: Store, to_cso: str = "KAQ", name: str = "Ma Hnin Ei") -> tuple[int, str]:
    service = add_partner_service(
        store, f"{to_cso} foundation", "Legal aid", category="legal_aid", cso_code=to_cso
    )
    pid = register_person(store, person(name, consent_referral=True)).id
    made = refer_person(
        store,
        ReferralInput(
            person_id=pid,
            service_id=service.id,
            reason="legal advice",
            consent_confirmed=True,
            date=D(2026, 5, 1),
        ),
    )
    return made.id, made.code


def _heard(code: str, state: str, on: D, issued: str = "2026-05-10T00:00:00Z", sender: str = "KAQ"):
    return Heard(sender, issued, code, state, on)


def test_served_feedback_completes_the_referral_and_leaves_the_worklist(store: Store) -> None:
    rid, code = _refer(store)
    due = D(2026, 6, 30)
    assert any(
        i.referral_id == rid for i in worklist(store, today=due) if i.kind == Kind.REFERRAL_FEEDBACK
    )
    applied = apply_feedback(store, [_heard(code, "served", D(2026, 5, 8))])
    assert applied.updated == 1
    record = get_referral(store, rid)
    assert record.status == ReferralStatus.COMPLETED
    assert (record.feedback_state, record.feedback_on) == ("served", D(2026, 5, 8))
    assert not any(
        i.referral_id == rid for i in worklist(store, today=due) if i.kind == Kind.REFERRAL_FEEDBACK
    )
    # Twice: nothing changes.
    again = apply_feedback(store, [_heard(code, "served", D(2026, 5, 8))])
    assert (again.updated, again.unchanged) == (0, 1)


def test_an_older_state_arriving_late_changes_nothing(store: Store) -> None:
    rid, code = _refer(store)
    apply_feedback(store, [_heard(code, "not_served", D(2026, 5, 9))])
    apply_feedback(store, [_heard(code, "received", D(2026, 5, 2), "2026-05-20T00:00:00Z")])
    record = get_referral(store, rid)
    assert record.feedback_state == "not_served"
    assert record.status == ReferralStatus.DECLINED


def test_could_not_contact_keeps_the_follow_up_open(store: Store) -> None:
    rid, code = _refer(store)
    apply_feedback(store, [_heard(code, "could_not_contact", D(2026, 5, 3))])
    assert get_referral(store, rid).status == ReferralStatus.SENT


def test_feedback_from_another_cso_or_for_another_csos_code_is_not_applied(store: Store) -> None:
    rid, code = _refer(store)
    applied = apply_feedback(
        store,
        [
            _heard(code, "served", D(2026, 5, 8), sender="MTC"),  # the referral went to KAQ
            _heard("KAQ-7K3Q-9XZC", "served", D(2026, 5, 8)),  # not one of ours
        ],
    )
    assert (applied.updated, applied.refused) == (0, 2)
    assert get_referral(store, rid).feedback_state is None


def test_withdrawn_referral_consent_stops_further_feedback(store: Store) -> None:
    rid, code = _refer(store)
    apply_feedback(store, [_heard(code, "received", D(2026, 5, 2))])
    pid = get_referral(store, rid).person_id
    consent.withdraw(store, pid, consent.REFERRAL, D(2026, 5, 5), "verbal")
    applied = apply_feedback(store, [_heard(code, "served", D(2026, 5, 8))])
    assert applied.refused == 1
    assert get_referral(store, rid).feedback_state == "received"


def test_the_receiving_cso_publishes_only_code_state_and_date_of_members(store: Store) -> None:
    first = referrals_received.record_code(
        store, "KAQ-" + _valid_tail("KAQ"), received_on=D(2026, 5, 2)
    )
    referrals_received.set_outcome(
        store, first.id, referrals_received.ReceivedState.SERVED, on=D(2026, 5, 8)
    )
    referrals_received.record_code(store, "ZZZ-" + _valid_tail("ZZZ"), received_on=D(2026, 5, 2))
    held = states_to_publish(store, ["BEAM", "KAQ", "MTC"])
    assert held == {"KAQ": [(first.code, "served", D(2026, 5, 8))]}


def test_a_registered_person_who_withdrew_is_no_longer_published(store: Store) -> None:
    pid = register_person(store, person("Ko Aung", consent_referral=True)).id
    got = referrals_received.record_code(
        store, "KAQ-" + _valid_tail("KAQ"), received_on=D(2026, 5, 2), person_id=pid
    )
    assert states_to_publish(store, ["KAQ"]) == {"KAQ": [(got.code, "received", D(2026, 5, 2))]}
    consent.withdraw(store, pid, consent.REFERRAL, D(2026, 5, 5), "verbal")
    # An empty list: the envelope that replaces the old one says nothing about the code.
    assert states_to_publish(store, ["KAQ"]) == {"KAQ": []}


def _valid_tail(cso: str) -> str:
    from db import referral_codes

    return referral_codes.new_code(cso).split("-", 1)[1]


# --- property: twice, late, out of order ---------------------------------------------------

EVENT = st.tuples(
    st.sampled_from(referral_feedback.STATES),
    st.dates(min_value=D(2026, 5, 2), max_value=D(2026, 5, 6)),
    st.sampled_from(["2026-05-10T00:00:00Z", "2026-05-11T00:00:00Z", "2026-05-12T00:00:00Z"]),
)


@pytest.fixture
def referral(store: Store) -> tuple[int, str]:
    return _refer(store)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    events=st.lists(EVENT, min_size=1, max_size=6),
    batches=st.integers(1, 4),
    seed=st.integers(0, 2**16),
)
def test_feedback_twice_late_or_out_of_order_leaves_the_status_right(
    store: Store,
    referral: tuple[int, str],
    events: list[tuple[str, D, str]],
    batches: int,
    seed: int,
) -> None:
    rid, code = referral
    with store.write() as session:  # each example starts from a referral with no feedback
        session.execute(
            update(Referral)
            .where(Referral.id == rid)
            .values(
                feedback_state=None,
                feedback_on=None,
                feedback_from=None,
                feedback_at=None,
                status="sent",
            )
        )
    rnd = random.Random(seed)
    arrivals = events + [rnd.choice(events) for _ in range(rnd.randint(0, 3))]  # duplicates
    rnd.shuffle(arrivals)  # late and out of order
    cuts = sorted(rnd.randint(0, len(arrivals)) for _ in range(batches - 1))
    for lo, hi in zip([0, *cuts], [*cuts, len(arrivals)], strict=True):
        apply_feedback(store, [_heard(code, s, on, at) for s, on, at in arrivals[lo:hi]])
    newest = max(events, key=lambda e: referral_feedback.order_key(*e))
    record = get_referral(store, rid)
    assert (record.feedback_state, record.feedback_on) == (newest[0], newest[1])
    assert record.status == referral_feedback.STATUS_OF[newest[0]]
