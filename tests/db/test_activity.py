"""Sessions with attendance, WHO-5 assessments and referrals, through the facade."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from db import activities, assessments, beneficiaries, counting, referrals
from db.activities import ActivityType, SessionInput
from db.errors import PermissionDenied, ValidationFailed
from db.programmes import list_programmes
from db.store import Store
from db.types import Role, UserInfo
from tests.db.people import person

DAY = dt.date(2025, 5, 6)


def as_role(store: Store, role: Role) -> Store:
    return dataclasses.replace(store, user=UserInfo(store.user.id, "x", "X", role, "en"))


def programme(store: Store, code: str) -> int:
    return next(p.id for p in list_programmes(store) if p.code == code)


def test_group_session_with_attendance_counts_people(store: Store) -> None:
    ids = [beneficiaries.register_person(store, person(f"Ma Learner {i}")).id for i in range(6)]
    thai = programme(store, "thai_language")
    logged = activities.log_session(
        store,
        SessionInput(
            ActivityType.THAI_CLASS,
            thai,
            DAY,
            90,
            "BEAM centre",
            "Numbers and prices",
            attendee_ids=ids,
        ),
    )
    assert logged.attendees == 6
    assert logged.kind == "group"
    assert logged.facilitator == "Daw Khin Myo"
    activities.set_attendance(store, logged.id, ids[:4])
    assert activities.attendee_ids(store, logged.id) == ids[:4]
    cells = counting.people_reached(
        store, dt.date(2025, 5, 1), dt.date(2025, 5, 31), programme_id=thai
    )
    assert counting.total(cells) == 4
    assert [s.id for s in activities.list_sessions(store, person_id=ids[0])] == [logged.id]
    activities.delete_session(store, logged.id)
    assert counting.people_reached(store, dt.date(2025, 5, 1), dt.date(2025, 5, 31)) == []


def test_individual_session_is_for_one_person(store: Store) -> None:
    a = beneficiaries.register_person(store, person("Ma A")).id
    b = beneficiaries.register_person(store, person("Ma B")).id
    with pytest.raises(ValidationFailed) as err:
        activities.log_session(
            store,
            SessionInput(
                ActivityType.COUNSELLING, programme(store, "mhpss"), DAY, attendee_ids=[a, b]
            ),
        )
    assert err.value.problems == {"attendee_ids": "individual_one_person"}


def test_mhpss_notes_hidden_from_facilitators(store: Store) -> None:
    pid = beneficiaries.register_person(store, person()).id
    logged = activities.log_session(
        store,
        SessionInput(
            ActivityType.COUNSELLING,
            programme(store, "mhpss"),
            DAY,
            attendee_ids=[pid],
            mhpss_notes="Talked about sleep problems",
        ),
    )
    assert activities.get_session(store, logged.id).mhpss_notes == "Talked about sleep problems"
    facilitator = as_role(store, Role.FACILITATOR)
    assert activities.get_session(facilitator, logged.id).mhpss_notes == ""
    with pytest.raises(PermissionDenied):
        activities.log_session(
            facilitator,
            SessionInput(
                ActivityType.COUNSELLING,
                programme(store, "mhpss"),
                DAY,
                attendee_ids=[pid],
                mhpss_notes="not allowed",
            ),
        )


def test_who5_scoring_flag_and_pre_post(store: Store) -> None:
    pid = beneficiaries.register_person(store, person()).id
    who5 = assessments.get_instrument(store, "who5")
    assert len(who5.items) == 5
    assert who5.text(who5.items[0], "my")  # Burmese wording present
    pre = assessments.record_assessment(store, pid, "who5", [2, 3, 2, 1, 4], phase="pre", date=DAY)
    assert (pre.raw_score, pre.score, pre.flagged) == (12, 48, True)
    post = assessments.record_assessment(
        store, pid, "who5", [3, 3, 3, 2, 4], phase="post", date=DAY + dt.timedelta(days=60)
    )
    assert (post.raw_score, post.score, post.flagged) == (15, 60, False)
    assert assessments.pre_post(store, pid).change == 12
    with pytest.raises(ValidationFailed):
        assessments.record_assessment(store, pid, "who5", [2, 3, 6, 1, 4])
    with pytest.raises(ValidationFailed):
        assessments.record_assessment(store, pid, "who5", [2, 3, 1])
    with pytest.raises(PermissionDenied):
        assessments.person_assessments(as_role(store, Role.FACILITATOR), pid)


def test_referral_needs_consent(store: Store) -> None:
    no_consent = beneficiaries.register_person(store, person("Ma No")).id
    consented = beneficiaries.register_person(store, person("Ma Yes", consent_referral=True)).id
    service = referrals.add_partner_service(
        store, "Mae Tao Clinic", "Reproductive health", contact="055 000 000"
    )
    request = referrals.ReferralInput(
        no_consent, service.id, "Pregnancy check-up", consent_confirmed=True, date=DAY
    )
    with pytest.raises(ValidationFailed) as err:
        referrals.refer_person(store, request)
    assert err.value.problems == {"consent_referral": "consent_required"}
    made = referrals.refer_person(
        store,
        dataclasses.replace(
            request, person_id=consented, follow_up_date=DAY + dt.timedelta(days=7)
        ),
    )
    assert made.status is referrals.ReferralStatus.SENT
    assert made.organisation == "Mae Tao Clinic"
    assert [r.id for r in referrals.due_follow_ups(store, DAY + dt.timedelta(days=8))] == [made.id]
    referrals.set_referral_status(store, made.id, referrals.ReferralStatus.COMPLETED)
    assert referrals.due_follow_ups(store, DAY + dt.timedelta(days=8)) == []


def test_demo_sessions_use_known_activity_types(store: Store) -> None:
    """The demo data must open in every page: its sessions use the app's activity types."""
    from db.demo import fill_demo_data

    fill_demo_data(store, 120, seed=3, today=dt.date(2026, 6, 30))
    sessions = activities.list_sessions(store, limit=100_000)
    assert sessions
    assert {s.activity_type for s in sessions} <= set(ActivityType)
    assert all(
        s.kind == ("individual" if ActivityType(s.activity_type).individual else "group")
        for s in sessions
    )


def test_attendance_recorded_later_keeps_the_participants_notes(store: Store) -> None:
    """Recording a group's attendance after the session (the worklist's "Record attendance")
    saves the notes typed beside it in the same transaction, under the participant notes'
    rules: only for people on the list, never someone else's note overwritten by a facilitator,
    never for a person the user may not read in full."""
    from db import participant_notes, users
    from db.errors import AccessDenied
    from tests.conftest import ADMIN_PASSWORD

    a = beneficiaries.register_person(store, person("Ma A")).id
    b = beneficiaries.register_person(store, person("Ma B")).id
    account = users.create_user(store, "paw", "Naw Paw", Role.FACILITATOR, ADMIN_PASSWORD)
    paw = dataclasses.replace(
        store, user=UserInfo(account.id, "paw", "Naw Paw", Role.FACILITATOR, "en")
    )
    mhpss = programme(store, "mhpss")
    logged = activities.log_session(
        store,
        SessionInput(
            ActivityType.MHPSS_GROUP, mhpss, DAY, attendee_ids=[a, b], facilitator_id=account.id
        ),
    )
    participant_notes.set_participant_note(store, logged.id, b, "Written by the counsellor")
    activities.set_attendance(paw, logged.id, [a, b], notes={a: "  Asked about sewing  "})
    assert participant_notes.get_participant_note(paw, logged.id, a) == "Asked about sewing"
    # Not on the list: refused, and nothing of it saved.
    with pytest.raises(ValidationFailed) as refused:
        activities.set_attendance(paw, logged.id, [a], notes={b: "Gone"})
    assert refused.value.problems == {"participant_notes": "not_a_participant"}
    assert activities.attendee_ids(store, logged.id) == [a, b]
    # Someone else's note: the facilitator cannot overwrite it, nor the attendance with it.
    with pytest.raises(AccessDenied):
        activities.set_attendance(paw, logged.id, [a, b], notes={a: "", b: "Mine now"})
    assert (
        participant_notes.get_participant_note(store, logged.id, b) == "Written by the counsellor"
    )
    assert participant_notes.get_participant_note(paw, logged.id, a) == "Asked about sewing"
    # A caseworker who may not read B in full may not write her note either.
    other = users.create_user(store, "mya", "Ma Mya", Role.CASEWORKER, ADMIN_PASSWORD)
    worker = dataclasses.replace(
        store, user=UserInfo(other.id, "mya", "Ma Mya", Role.CASEWORKER, "en")
    )
    with pytest.raises(AccessDenied):
        activities.set_attendance(worker, logged.id, [a, b], notes={b: "Hm"})
