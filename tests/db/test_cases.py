"""Cases through the facade: opening one per line, status, plan, follow-up, transfer (also in
bulk when a staff member leaves), sharing, erasure, and the migration that gave existing people
their cases."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db import activities, audit, beneficiaries, cases, housekeeping, keys, migrate, users
from db.activities import ActivityType, SessionInput
from db.cases import ActionInput, CaseState, CloseReason, GoalStatus
from db.changes import Change, Changes
from db.engine import make_engine
from db.errors import CaseAlreadyOpen, PermissionDenied, RecordNotFound, ValidationFailed
from db.models import AuditEvent, Case, CaseAction, CaseGoal, CaseShare, ParticipantNote
from db.programmes import list_programmes
from db.store import Store
from db.types import Role, UserInfo
from tests.db.people import person

TODAY = dt.date(2026, 3, 10)


def as_user(store: Store, user_id: int, role: Role = Role.CASEWORKER) -> Store:
    return dataclasses.replace(store, user=UserInfo(user_id, f"u{user_id}", "X", role, "en"))


def caseworker(store: Store, name: str = "thida") -> int:
    return users.create_user(store, name, f"{name.title()} Aye", Role.CASEWORKER, "pass-1234-x").id


def programme(store: Store, code: str) -> int:
    return next(p.id for p in list_programmes(store) if p.code == code)


@pytest.fixture
def pid(store: Store) -> int:
    return beneficiaries.register_person(store, person()).id


def test_open_case_owned_by_the_signed_in_user_and_refuse_a_second_in_the_line(
    store: Store, pid: int
) -> None:
    case = cases.open_case(store, pid, cases.MHPSS, opened_on=dt.date(2026, 3, 1), today=TODAY)
    assert case.owner_id == store.user.id
    assert case.owner_name == "Daw Khin Myo"
    assert case.status is CaseState.OPEN
    assert case.opened_on == dt.date(2026, 3, 1)
    assert case.person_code.startswith("BEAM-")
    with pytest.raises(CaseAlreadyOpen) as refused:
        cases.open_case(store, pid, cases.MHPSS, today=TODAY)
    assert refused.value.case_id == case.id
    # On hold still counts as the person's case in that line.
    cases.put_on_hold(store, case.id)
    with pytest.raises(CaseAlreadyOpen):
        cases.open_case(store, pid, cases.MHPSS, today=TODAY)
    # Another line is another case.
    other = cases.open_case(store, pid, cases.PROTECTION, today=TODAY)
    assert {c.id for c in cases.person_cases(store, pid)} == {case.id, other.id}
    assert cases.get_case(store, case.id).status is CaseState.ON_HOLD


def test_open_case_refuses_bad_input_with_field_keys(store: Store, pid: int) -> None:
    facilitator = users.create_user(store, "aung", "Aung", Role.FACILITATOR, "pass-1234-x").id
    with pytest.raises(ValidationFailed) as refused:
        cases.open_case(
            store,
            pid,
            "no_such_line",
            owner_id=facilitator,
            opened_on=TODAY + dt.timedelta(days=1),
            today=TODAY,
        )
    assert refused.value.problems == {
        "service_line": "required",
        "owner_id": "not_caseworker",
        "opened_on": "in_future",
    }
    with pytest.raises(RecordNotFound):
        cases.open_case(store, 9999, cases.MHPSS)
    assert cases.person_cases(store, pid) == []


def test_roles_without_casework_may_not_touch_cases(store: Store, pid: int) -> None:
    case = cases.open_case(store, pid, cases.MHPSS)
    for role in (Role.FACILITATOR, Role.COORDINATOR):
        acting = as_user(store, store.user.id, role)
        with pytest.raises(PermissionDenied):
            cases.person_cases(acting, pid)
        with pytest.raises(PermissionDenied):
            cases.open_case(acting, pid, cases.PROTECTION)
        with pytest.raises(PermissionDenied):
            cases.close_case(acting, case.id, CloseReason.GOALS_MET)


def test_a_caseworker_works_on_own_and_shared_cases_only(store: Store) -> None:
    thida = caseworker(store, "thida")
    moe = caseworker(store, "moe")
    as_thida, as_moe = as_user(store, thida), as_user(store, moe)
    ids = [beneficiaries.register_person(store, person(f"Ma P {i}")).id for i in range(3)]
    with pytest.raises(PermissionDenied):  # a caseworker opens cases as their owner
        cases.open_case(as_thida, ids[0], cases.MHPSS, owner_id=moe)
    theirs = cases.open_case(as_moe, ids[0], cases.MHPSS)
    assigned = cases.open_case(store, ids[1], cases.MHPSS, owner_id=moe)  # an admin assigns
    assert assigned.owner_id == moe
    refused = [
        lambda: cases.put_on_hold(as_thida, theirs.id),
        lambda: cases.close_case(as_thida, theirs.id, CloseReason.GOALS_MET),
        lambda: cases.set_next_contact(as_thida, theirs.id, dt.date.today()),
        lambda: cases.add_goal(as_thida, theirs.id, "Goal"),
        lambda: cases.add_action(as_thida, theirs.id, ActionInput("Action")),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDenied):
            attempt()
    assert not cases.may_work_on(as_thida, cases.get_case(store, theirs.id))
    # Logging a session with the person leaves a case they may not work on alone.
    session = SessionInput(
        ActivityType.COUNSELLING, programme(store, "mhpss"), dt.date.today(), attendee_ids=[ids[0]]
    )
    activities.log_session(as_thida, session, next_contact=dt.date.today())
    assert cases.get_case(store, theirs.id).next_contact is None
    cases.share_case(as_moe, theirs.id, thida)
    assert cases.may_work_on(as_thida, cases.get_case(store, theirs.id))
    assert not cases.may_manage(as_thida, cases.get_case(store, theirs.id))
    cases.add_goal(as_thida, theirs.id, "Goal")
    activities.log_session(as_thida, session, next_contact=dt.date.today())
    assert cases.get_case(store, theirs.id).next_contact == dt.date.today()
    cases.put_on_hold(as_thida, theirs.id)


def test_hold_close_and_reopen(store: Store, pid: int) -> None:
    case = cases.open_case(store, pid, cases.MHPSS, opened_on=dt.date(2026, 3, 1), today=TODAY)
    cases.set_next_contact(store, case.id, dt.date(2026, 3, 20))
    cases.put_on_hold(store, case.id)
    with pytest.raises(ValidationFailed) as refused:
        cases.put_on_hold(store, case.id)
    assert refused.value.problems == {"status": "not_open"}
    with pytest.raises(ValidationFailed) as refused:
        cases.close_case(store, case.id, CloseReason.OTHER, "", today=TODAY)
    assert refused.value.problems == {"outcome": "required"}
    with pytest.raises(ValidationFailed) as refused:
        cases.close_case(
            store, case.id, CloseReason.GOALS_MET, closed_on=dt.date(2026, 2, 1), today=TODAY
        )
    assert refused.value.problems == {"closed_on": "before_opened"}
    cases.close_case(
        store,
        case.id,
        CloseReason.MOVED_AWAY,
        "Moved to Bangkok;\r\nreferred to a partner there",
        dt.date(2026, 3, 9),
        today=TODAY,
    )
    closed = cases.get_case(store, case.id)
    assert closed.status is CaseState.CLOSED
    assert closed.closed_reason is CloseReason.MOVED_AWAY
    assert closed.closed_on == dt.date(2026, 3, 9)
    assert closed.outcome == "Moved to Bangkok;\nreferred to a partner there"
    assert closed.next_contact is None  # no follow-up of a closed case
    with pytest.raises(ValidationFailed):
        cases.close_case(store, case.id, CloseReason.GOALS_MET)
    # A new case in the line may be opened now; then the old one cannot be reopened.
    newer = cases.open_case(store, pid, cases.MHPSS, today=TODAY)
    with pytest.raises(CaseAlreadyOpen):
        cases.reopen(store, case.id)
    cases.close_case(store, newer.id, CloseReason.DECLINED, today=TODAY)
    cases.reopen(store, case.id)
    again = cases.get_case(store, case.id)
    assert again.status is CaseState.OPEN
    assert again.closed_on is None
    assert again.closed_reason is None
    with pytest.raises(ValidationFailed):
        cases.reopen(store, case.id)


def test_case_plan_goals_and_actions(store: Store, pid: int) -> None:
    thida = caseworker(store)
    case = cases.open_case(store, pid, cases.MHPSS)
    goal = cases.add_goal(store, case.id, "Sleeps through the night")
    second = cases.add_goal(store, case.id, "Back at the Thai class")
    with pytest.raises(ValidationFailed) as refused:
        cases.add_goal(store, case.id, "   ")
    assert refused.value.problems == {"text": "required"}
    cases.edit_goal(store, goal.id, status=GoalStatus.ACHIEVED)
    cases.edit_goal(store, second.id, text="Back at school")
    first = cases.add_action(
        store,
        case.id,
        ActionInput("Call the clinic", dt.date(2026, 4, 2), thida, goal.id),
    )
    assert first.responsible_name == "Thida Aye"
    later = cases.add_action(store, case.id, ActionInput("Visit at home", dt.date(2026, 5, 1)))
    with pytest.raises(ValidationFailed) as refused:
        cases.add_action(store, case.id, ActionInput("", responsible_id=9999, goal_id=9999))
    assert refused.value.problems == {
        "text": "required",
        "responsible_id": "unknown_user",
        "goal_id": "unknown_goal",
    }
    edited = cases.edit_action(
        store, later.id, ActionInput("Visit at home with the nurse", dt.date(2026, 4, 20), thida)
    )
    assert edited.due_date == dt.date(2026, 4, 20)
    cases.set_action_done(store, first.id, True, dt.date(2026, 3, 30))
    plan = cases.case_plan(store, case.id)
    assert [(g.text, g.status) for g in plan.goals] == [
        ("Sleeps through the night", GoalStatus.ACHIEVED),
        ("Back at school", GoalStatus.OPEN),
    ]
    # Not done first.
    assert [(a.id, a.done_on) for a in plan.actions] == [
        (later.id, None),
        (first.id, dt.date(2026, 3, 30)),
    ]
    cases.set_action_done(store, first.id, False)
    cases.remove_goal(store, goal.id)  # its action stays, under no goal
    plan = cases.case_plan(store, case.id)
    assert [g.id for g in plan.goals] == [second.id]
    assert {a.id: a.goal_id for a in plan.actions} == {first.id: None, later.id: None}
    assert all(not a.done for a in plan.actions)
    cases.remove_action(store, later.id)
    assert [a.id for a in cases.case_plan(store, case.id).actions] == [first.id]
    # A closed case's plan is kept as it was.
    cases.close_case(store, case.id, CloseReason.GOALS_MET)
    with pytest.raises(ValidationFailed):
        cases.add_goal(store, case.id, "One more")


def test_next_contact_from_the_case_and_from_logging_a_session(store: Store, pid: int) -> None:
    case = cases.open_case(store, pid, cases.MHPSS, opened_on=dt.date(2026, 3, 1), today=TODAY)
    cases.set_next_contact(store, case.id, dt.date(2026, 3, 20))
    assert cases.get_case(store, case.id).next_contact == dt.date(2026, 3, 20)
    with pytest.raises(ValidationFailed) as refused:
        cases.set_next_contact(store, case.id, dt.date(2026, 2, 1))
    assert refused.value.problems == {"next_contact": "before_opened"}
    session = SessionInput(
        ActivityType.COUNSELLING, programme(store, "mhpss"), TODAY, attendee_ids=[pid]
    )
    activities.log_session(store, session, next_contact=dt.date(2026, 3, 24))
    assert cases.get_case(store, case.id).next_contact == dt.date(2026, 3, 24)
    # The old signature still works and leaves the date alone.
    activities.log_session(store, session)
    assert cases.get_case(store, case.id).next_contact == dt.date(2026, 3, 24)
    with pytest.raises(ValidationFailed) as refused:
        activities.log_session(store, session, next_contact=dt.date(2026, 3, 1))
    assert refused.value.problems == {"next_contact": "before_session"}
    cases.close_case(store, case.id, CloseReason.GOALS_MET)
    with pytest.raises(ValidationFailed):
        cases.set_next_contact(store, case.id, dt.date(2026, 4, 1))


def test_logging_a_session_sets_the_case_of_its_line(store: Store, pid: int) -> None:
    mhpss = cases.open_case(store, pid, cases.MHPSS, opened_on=TODAY, today=TODAY)
    protection = cases.open_case(store, pid, cases.PROTECTION, opened_on=TODAY, today=TODAY)
    session = SessionInput(
        ActivityType.COUNSELLING, programme(store, "mhpss"), TODAY, attendee_ids=[pid]
    )
    activities.log_session(store, session, next_contact=dt.date(2026, 4, 1))
    assert cases.get_case(store, mhpss.id).next_contact == dt.date(2026, 4, 1)
    assert cases.get_case(store, protection.id).next_contact is None


def test_cases_of_an_owner_by_status(store: Store) -> None:
    thida = caseworker(store)
    ids = [beneficiaries.register_person(store, person(f"Ma P {i}")).id for i in range(3)]
    a = cases.open_case(store, ids[0], cases.MHPSS, owner_id=thida)
    b = cases.open_case(store, ids[1], cases.MHPSS, owner_id=thida)
    mine = cases.open_case(store, ids[2], cases.MHPSS)
    cases.set_next_contact(store, b.id, dt.date.today())
    cases.put_on_hold(store, a.id)
    assert [c.id for c in cases.cases_of(store, thida)] == [b.id, a.id]
    assert [c.id for c in cases.cases_of(store, thida, CaseState.ON_HOLD)] == [a.id]
    assert [c.id for c in cases.cases_of(store)] == [mine.id]
    assert cases.count_live_cases(store, thida) == 2
    beneficiaries.delete_person(store, ids[1])  # soft: the case is kept, but not listed
    assert [c.id for c in cases.cases_of(store, thida)] == [a.id]
    with store.read() as session:
        assert session.get(Case, b.id) is not None


def test_transfer_and_share(store: Store, pid: int) -> None:
    thida = caseworker(store, "thida")
    moe = caseworker(store, "moe")
    case = cases.open_case(store, pid, cases.MHPSS, owner_id=thida)
    # Someone else's case: a caseworker may neither transfer nor share it.
    with pytest.raises(PermissionDenied):
        cases.transfer_cases(as_user(store, moe), [case.id], moe)
    with pytest.raises(PermissionDenied):
        cases.share_case(as_user(store, moe), case.id, moe)
    cases.share_case(as_user(store, thida), case.id, moe)
    cases.share_case(as_user(store, thida), case.id, moe)  # twice: still one share
    assert cases.get_case(store, case.id).shared_with == (moe,)
    with pytest.raises(ValidationFailed) as refused:
        cases.share_case(store, case.id, thida)
    assert refused.value.problems == {"user_id": "is_owner"}
    assert cases.transfer_cases(as_user(store, thida), [case.id], moe) == 1
    moved = cases.get_case(store, case.id)
    assert moved.owner_id == moe
    assert moved.shared_with == ()  # the new owner's own share is gone
    cases.share_case(as_user(store, moe), case.id, thida)
    cases.unshare_case(as_user(store, moe), case.id, thida)
    assert cases.get_case(store, case.id).shared_with == ()
    with pytest.raises(ValidationFailed) as refused:
        cases.transfer_cases(store, [case.id], 9999)
    assert refused.value.problems == {"to_user_id": "unknown_user"}


def test_transfer_all_when_a_staff_member_leaves(store: Store) -> None:
    thida = caseworker(store, "thida")
    moe = caseworker(store, "moe")
    ids = [beneficiaries.register_person(store, person(f"Ma P {i}")).id for i in range(5)]
    opened = [cases.open_case(store, i, cases.MHPSS, owner_id=thida) for i in ids]
    cases.put_on_hold(store, opened[1].id)
    cases.close_case(store, opened[2].id, CloseReason.GOALS_MET)
    others = cases.open_case(store, ids[0], cases.PROTECTION)  # the admin's own
    seen: list[Changes] = []
    store.changes.subscribe(seen.append)

    with pytest.raises(PermissionDenied):
        cases.transfer_all(as_user(store, thida), thida, moe)
    with pytest.raises(ValidationFailed):
        cases.transfer_all(store, thida, thida)
    moved = cases.transfer_all(store, thida, moe)

    assert moved == 4
    assert len(seen) == 1, "one transaction"
    assert Change.CASES in seen[0]
    assert [c.id for c in cases.cases_of(store, moe)] == sorted(
        c.id for i, c in enumerate(opened) if i != 2
    )
    assert [c.id for c in cases.cases_of(store, thida)] == [opened[2].id]  # closed stays
    assert cases.get_case(store, others.id).owner_id == store.user.id
    events = audit.list_audit_events(store, audit.AuditFilter(action="case_transfer"))
    assert sorted(e.entity_id or 0 for e in events) == sorted(
        c.id for i, c in enumerate(opened) if i != 2
    )
    assert all(e.detail == f"user {thida} -> user {moe}" for e in events)
    users.disable_user(store, thida)
    with pytest.raises(ValidationFailed) as refused:
        cases.transfer_all(store, moe, thida)
    assert refused.value.problems == {"to_user_id": "not_caseworker"}


def test_a_failed_transfer_changes_nothing(store: Store) -> None:
    thida = caseworker(store, "thida")
    moe = caseworker(store, "moe")
    ids = [beneficiaries.register_person(store, person(f"Ma P {i}")).id for i in range(2)]
    mine = cases.open_case(store, ids[0], cases.MHPSS, owner_id=thida)
    theirs = cases.open_case(store, ids[1], cases.MHPSS, owner_id=moe)
    with pytest.raises(PermissionDenied):
        cases.transfer_cases(as_user(store, thida), [mine.id, theirs.id], thida)
    with pytest.raises(RecordNotFound):
        cases.transfer_cases(store, [mine.id, 9999], moe)
    assert cases.get_case(store, mine.id).owner_id == thida
    assert cases.get_case(store, theirs.id).owner_id == moe


def test_every_write_is_audited_with_ids_only_and_announced(store: Store, pid: int) -> None:
    thida = caseworker(store)
    seen: list[Changes] = []
    store.changes.subscribe(seen.append)
    case = cases.open_case(store, pid, cases.MHPSS)
    goal = cases.add_goal(store, case.id, "Sleeps through the night")
    action = cases.add_action(store, case.id, ActionInput("Call Ma Hnin Ei's sister"))
    cases.set_action_done(store, action.id, True)
    cases.edit_goal(store, goal.id, status=GoalStatus.DROPPED)
    cases.set_next_contact(store, case.id, dt.date.today())
    cases.share_case(store, case.id, thida)
    cases.put_on_hold(store, case.id)
    cases.close_case(store, case.id, CloseReason.OTHER, "Ma Hnin Ei went home")
    assert len(seen) == 9
    assert all(Change.CASES in c for c in seen)
    with store.read() as session:
        events = session.execute(
            select(AuditEvent.action, AuditEvent.detail).where(AuditEvent.action.like("case%"))
        ).all()
    assert {action for action, _ in events} >= {
        "case_open",
        "case_goal_add",
        "case_action_add",
        "case_action_done",
        "case_goal_edit",
        "case_next_contact",
        "case_share",
        "case_hold",
        "case_close",
    }
    for _, detail in events:
        assert "Hnin" not in detail
        assert "Thida" not in detail


def test_service_lines_of_the_cso(store: Store, pid: int) -> None:
    assert [line.code for line in cases.service_lines(store)] == ["mhpss", "protection"]
    line = cases.add_service_line(store, "Livelihoods")
    assert line.code == "cso_1"
    with pytest.raises(ValidationFailed) as refused:
        cases.add_service_line(store, "livelihoods")
    assert refused.value.problems == {"name": "line_exists"}
    with pytest.raises(PermissionDenied):
        cases.add_service_line(as_user(store, store.user.id), "Education")
    assert [(x.code, x.name, x.built_in) for x in cases.service_lines(store)][-1] == (
        "cso_1",
        "Livelihoods",
        False,
    )
    case = cases.open_case(store, pid, line.code)
    with pytest.raises(ValidationFailed) as refused:
        cases.remove_service_line(store, line.code)
    assert refused.value.problems == {"service_line": "line_in_use"}
    with pytest.raises(ValidationFailed):
        cases.remove_service_line(store, cases.MHPSS)
    assert case.service_line == "cso_1"
    other = cases.add_service_line(store, "Education")
    cases.remove_service_line(store, other.code)
    assert "Education" not in {x.name for x in cases.service_lines(store)}


def test_erasing_a_person_removes_their_cases_and_notes(store: Store, pid: int) -> None:
    thida = caseworker(store)
    keep = beneficiaries.register_person(store, person("Ma Other")).id
    case = cases.open_case(store, pid, cases.MHPSS)
    kept = cases.open_case(store, keep, cases.MHPSS)
    goal = cases.add_goal(store, case.id, "Goal")
    cases.add_action(store, case.id, ActionInput("Action", goal_id=goal.id))
    cases.add_goal(store, kept.id, "Kept goal")
    cases.share_case(store, case.id, thida)
    logged = activities.log_session(
        store,
        SessionInput(
            ActivityType.MHPSS_GROUP, programme(store, "mhpss"), TODAY, attendee_ids=[pid, keep]
        ),
    )
    with store.write() as session:
        for who in (pid, keep):
            session.add(ParticipantNote(session_id=logged.id, beneficiary_id=who, note="said"))

    beneficiaries.delete_person(store, pid)  # a soft delete keeps everything
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(CaseGoal)) == 2
    beneficiaries.restore_person(store, pid)
    housekeeping.erase_person(store, pid)

    with store.read() as session:
        assert session.scalars(select(Case.beneficiary_id)).all() == [keep]
        assert session.scalars(select(CaseGoal.case_id)).all() == [kept.id]
        assert session.scalar(select(func.count()).select_from(CaseAction)) == 0
        assert session.scalar(select(func.count()).select_from(CaseShare)) == 0
        assert session.scalars(select(ParticipantNote.beneficiary_id)).all() == [keep]


# --- the migration that gave existing people their cases -------------------------------------


def test_migration_gives_each_person_with_sessions_a_case(tmp_path: Path) -> None:
    """A database at 0006 with people and sessions: after the upgrade each person with
    sessions has one open case, owned by who logged most of their sessions, in the MHPSS line
    when any session was MHPSS; nothing else is lost."""
    engine = make_engine(tmp_path / "old.db", keys.new_master_key())
    try:
        migrate.upgrade(engine, target="0006")
        with engine.begin() as c:
            for uid, name in ((1, "admin"), (2, "thida"), (3, "moe")):
                c.execute(
                    text(
                        "INSERT INTO users (id, username, full_name, role, password_hash, "
                        "language, active, created_at) VALUES "
                        "(:id, :n, :n, 'caseworker', 'x', 'en', 1, '2025-01-01')"
                    ),
                    {"id": uid, "n": name},
                )
            for prog, code in ((1, "mhpss"), (2, "thai_language")):
                c.execute(
                    text(
                        "INSERT OR IGNORE INTO programmes (id, code, name, active, sort_order) "
                        "VALUES (:id, :code, :code, 1, 0)"
                    ),
                    {"id": prog, "code": code},
                )
            programmes = {code: i for code, i in c.execute(text("SELECT code, id FROM programmes"))}
            for pid in (1, 2, 3, 4):
                c.execute(
                    text(
                        "INSERT INTO beneficiaries (id, code, name_latin, name_script, sex, "
                        "birth_date, birth_date_estimated, nationality, population_group, "
                        "documentation, has_disability, phone, area, language, consent_date, "
                        "consent_services, consent_referral, consent_data_use, status, "
                        "closed_reason, notes, search_text, created_at, updated_at) VALUES "
                        "(:id, :code, 'P', '', 'female', '1990-07-01', 1, 'myanmar', "
                        "'new_arrival', 'none', 0, '', '', 'my', '2025-01-01', 1, 0, 0, "
                        "'active', '', '', '', '2025-01-01', '2025-01-01')"
                    ),
                    {"id": pid, "code": f"BEAM-{pid:05d}"},
                )
            # (session id, programme, who logged it, date, attendees)
            sessions = [
                (1, "thai_language", 2, "2025-02-03", [1, 2]),
                (2, "thai_language", 3, "2025-02-10", [1, 2]),
                (3, "thai_language", 3, "2025-02-17", [1]),
                (4, "mhpss", 2, "2025-03-01", [2]),
                (5, "thai_language", 2, "2025-01-20", [3]),
            ]
            for sid, prog, by, day, attendees in sessions:
                c.execute(
                    text(
                        "INSERT INTO sessions (id, kind, activity_type, programme_id, date, "
                        "duration_minutes, facilitator_id, location, topic, mhpss_notes, "
                        "created_at) VALUES (:id, 'group', 'thai_class', :prog, :day, 60, :by, "
                        "'', '', '', '2025-01-01')"
                    ),
                    {"id": sid, "prog": programmes[prog], "day": day, "by": by},
                )
                for who in attendees:
                    c.execute(
                        text("INSERT INTO attendance (session_id, beneficiary_id) VALUES (:s, :b)"),
                        {"s": sid, "b": who},
                    )

        migrate.upgrade(engine)

        with engine.connect() as c:
            got = c.execute(
                text(
                    "SELECT beneficiary_id, service_line, owner_id, status, opened_on "
                    "FROM cases ORDER BY beneficiary_id"
                )
            ).all()
            kept = c.execute(text("SELECT count(*) FROM attendance")).scalar()
        assert [tuple(row) for row in got] == [
            (1, "protection", 3, "open", "2025-02-03"),  # moe logged 2 of 3
            (2, "mhpss", 2, "open", "2025-02-03"),  # thida logged 2 of 3, one was MHPSS
            (3, "protection", 2, "open", "2025-01-20"),
        ]  # person 4 had no session: no case
        assert kept == 7
    finally:
        engine.dispose()


def test_a_caseworker_cannot_take_on_someone_another_caseworker_works_with(store: Store) -> None:
    """Opening a case makes its owner read the whole record: with someone else's live case in
    one line, a caseworker who does not read the person yet may not open one in another line
    (the owner shares it, or a supervisor assigns it); with no case at all it is intake."""
    from db.errors import AccessDenied

    moe, thida = caseworker(store, "moe"), caseworker(store, "thida")
    taken = beneficiaries.register_person(store, person("Naw Paw")).id
    new = beneficiaries.register_person(store, person("Ma Hnin")).id
    cases.open_case(store, taken, cases.MHPSS, owner_id=moe)
    as_thida = as_user(store, thida)

    with pytest.raises(AccessDenied):
        cases.open_case(as_thida, taken, cases.PROTECTION)
    assert cases.open_case(as_thida, new, cases.MHPSS).owner_id == thida  # intake
    # A supervisor may still assign her one.
    supervisor = as_user(store, store.user.id, Role.SUPERVISOR)
    assert cases.open_case(supervisor, taken, cases.PROTECTION, owner_id=thida).owner_id == thida
