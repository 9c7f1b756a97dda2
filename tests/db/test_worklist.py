"""The worklist ("My day"): each kind of item appears when due, leaves when done, snoozed or
dismissed, and leaves when what it is about is resolved; the date arithmetic holds around
month and year ends and leap days."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from db import settings as db_settings
from db import users, worklist
from db.errors import PermissionDenied, ValidationFailed
from db.models import (
    Assessment,
    Attendance,
    AuditEvent,
    Beneficiary,
    Case,
    CaseAction,
    Programme,
    Project,
    Referral,
    Session,
    SessionPlan,
    WorklistMark,
)
from db.store import Store
from db.types import Role, UserInfo
from db.worklist import Kind, MarkState, When, WorkItem, add_months, placement

TODAY = dt.date(2026, 12, 7)  # a Monday
PASSWORD = "mae-sot-2026"


def signed_in(store: Store, username: str, full_name: str, role: Role = Role.CASEWORKER) -> Store:
    account = users.create_user(store, username, full_name, role, PASSWORD)
    return dataclasses.replace(store, user=UserInfo(account.id, username, full_name, role, "en"))


@pytest.fixture
def worker(store: Store) -> Store:
    return signed_in(store, "mya", "Ma Mya Sandar")


@pytest.fixture
def other(store: Store) -> Store:
    return signed_in(store, "zaw", "Ko Zaw Min")


_codes = iter(range(1, 10_000))


def add(store: Store, row: object) -> int:
    with store.write() as session:
        session.add(row)
        session.flush()
        return int(row.id)  # type: ignore[attr-defined]


def person(store: Store, consent: dt.date = dt.date(2026, 6, 1)) -> int:
    n = next(_codes)
    return add(
        store,
        Beneficiary(
            code=f"BEAM-{n:06d}",
            name_latin=f"Person {n}",
            sex="female",
            birth_date=dt.date(1990, 7, 1),
            population_group="new_arrival",
            consent_date=consent,
        ),
    )


def case(store: Store, owner: Store, person_id: int, **fields: object) -> int:
    values: dict[str, object] = {"opened_on": dt.date(2026, 1, 5), "status": "open"}
    values.update(fields)
    return add(store, Case(beneficiary_id=person_id, owner_id=owner.user.id, **values))


def code_of(store: Store, person_id: int) -> str:
    with store.read() as session:
        return str(session.get(Beneficiary, person_id).code)  # type: ignore[union-attr]


def items(store: Store, today: dt.date = TODAY) -> list[WorkItem]:
    return worklist.worklist(store, today)


def keys(store: Store, today: dt.date = TODAY) -> list[str]:
    return [i.key for i in items(store, today)]


def update(store: Store, model: type, row_id: int, **fields: object) -> None:
    with store.write() as session:
        row = session.get(model, row_id)
        assert row is not None
        for name, value in fields.items():
            setattr(row, name, value)


def programme_id(store: Store) -> int:
    with store.read() as session:
        return int(session.scalars(select(Programme.id).order_by(Programme.id)).first() or 0)


# --- each kind appears when due and leaves when resolved ----------------------------------


def test_nothing_due_on_a_fresh_database(store: Store, worker: Store) -> None:
    assert items(store) == []
    assert items(worker) == []
    assert worklist.count_due(worker, TODAY) == 0


def test_follow_up_is_listed_a_week_ahead_and_leaves_when_the_next_contact_moves(
    store: Store, worker: Store, other: Store
) -> None:
    p = person(store)
    c = case(store, worker, p, next_contact=TODAY + dt.timedelta(days=8))
    assert items(worker) == []  # more than a week ahead
    update(store, Case, c, next_contact=TODAY + dt.timedelta(days=7))
    [item] = items(worker)
    assert (item.kind, item.when, item.overdue) == (Kind.FOLLOW_UP, When.THIS_WEEK, False)
    assert item.key == f"follow_up:case:{c}:2026-12-14"
    assert (item.case_id, item.person_id, item.person_code) == (c, p, code_of(store, p))
    assert item.service_line == "mhpss"
    assert items(other) == []  # only the owner's
    assert items(store) == []  # an admin sees their own items, not everyone's

    update(store, Case, c, next_contact=TODAY - dt.timedelta(days=1))
    [item] = items(worker)
    assert (item.when, item.overdue) == (When.OVERDUE, True)
    update(store, Case, c, next_contact=TODAY + dt.timedelta(days=30))  # contacted: moved on
    assert items(worker) == []
    update(store, Case, c, next_contact=TODAY, status="on_hold")
    assert items(worker) == []
    update(store, Case, c, status="closed")
    assert items(worker) == []
    update(store, Case, c, status="open")
    assert [i.when for i in items(worker)] == [When.TODAY]
    update(store, Beneficiary, p, deleted_at=dt.datetime(2026, 12, 1))
    assert items(worker) == []


def test_case_action_for_the_responsible_until_done(
    store: Store, worker: Store, other: Store
) -> None:
    p = person(store)
    c = case(store, other, p)  # the case is someone else's, the action is the worker's
    a = add(
        store,
        CaseAction(
            case_id=c, text="Take her to the clinic", due_date=TODAY, responsible_id=worker.user.id
        ),
    )
    add(store, CaseAction(case_id=c, text="No date", due_date=None, responsible_id=worker.user.id))
    [item] = items(worker)
    assert (item.kind, item.action_id, item.case_id, item.text) == (
        Kind.CASE_ACTION,
        a,
        c,
        "Take her to the clinic",
    )
    assert item.key == f"case_action:action:{a}:2026-12-07"
    assert items(other) == []
    update(store, CaseAction, a, done_on=TODAY)
    assert items(worker) == []
    update(store, CaseAction, a, done_on=None)
    update(store, Case, c, status="closed")
    assert items(worker) == []


def who5(store: Store, person_id: int, day: dt.date, raw: int) -> int:
    return add(
        store,
        Assessment(
            beneficiary_id=person_id, instrument="who5", date=day, answers="[]", raw_score=raw
        ),
    )


def test_review_wellbeing_on_a_low_score_or_a_drop_and_gone_when_it_improves(
    store: Store, worker: Store, other: Store
) -> None:
    p = person(store)
    case(store, worker, p)
    who5(store, p, dt.date(2026, 10, 1), 20)
    assert items(worker) == []
    low = who5(store, p, dt.date(2026, 11, 1), 12)
    [item] = items(worker)
    assert (item.kind, item.assessment_id, item.score, item.previous_score) == (
        Kind.REVIEW_WELLBEING,
        low,
        12,
        20,
    )
    assert item.due == dt.date(2026, 11, 1)
    assert item.overdue
    assert items(other) == []
    better = who5(store, p, dt.date(2026, 12, 1), 16)  # improved: 16 of 25, up from 12
    assert items(worker) == []
    drop = who5(store, p, dt.date(2026, 12, 3), 14)  # 16 -> 14 is 8 points of 100: not yet
    assert items(worker) == []
    update(store, Assessment, drop, raw_score=13)  # 16 -> 13 is 12 points: a drop
    [item] = items(worker)
    assert (item.assessment_id, item.score, item.previous_score) == (drop, 13, 16)
    assert better != drop
    # Another instrument does not count; a person of no open case of the worker neither.
    q = person(store)
    who5(store, q, dt.date(2026, 12, 1), 3)
    assert [i.person_id for i in items(worker)] == [p]


def test_referral_feedback_after_n_days_until_the_status_changes(
    store: Store, worker: Store, other: Store
) -> None:
    p = person(store)
    r = add(
        store,
        Referral(
            beneficiary_id=p,
            service_name="Mae Tao Clinic",
            date=TODAY - dt.timedelta(days=13),
            referred_by=worker.user.id,
        ),
    )
    assert items(worker) == []
    update(store, Referral, r, date=TODAY - dt.timedelta(days=14))
    [item] = items(worker)
    assert (item.kind, item.referral_id, item.text, item.due) == (
        Kind.REFERRAL_FEEDBACK,
        r,
        "Mae Tao Clinic",
        TODAY,
    )
    assert items(other) == []
    db_settings.put(store, db_settings.REFERRAL_FEEDBACK_DAYS, 30)
    assert db_settings.referral_feedback_days(store) == 30
    assert items(worker) == []
    db_settings.put(store, db_settings.REFERRAL_FEEDBACK_DAYS, 7)
    [item] = items(worker)
    assert item.due == TODAY - dt.timedelta(days=7)
    assert item.overdue
    update(store, Referral, r, status="accepted")
    assert items(worker) == []


def test_consent_renewal_two_weeks_ahead_for_people_of_open_cases(
    store: Store, worker: Store
) -> None:
    p = person(store, consent=dt.date(2025, 12, 22))  # a year old on 22 December
    c = case(store, worker, p)
    assert items(worker, dt.date(2026, 12, 7)) == []
    [item] = items(worker, dt.date(2026, 12, 8))
    assert (item.kind, item.due, item.when, item.since) == (
        Kind.CONSENT_RENEWAL,
        dt.date(2026, 12, 22),
        When.LATER,
        dt.date(2025, 12, 22),
    )
    assert item.key == f"consent_renewal:person:{p}:2026-12-22"
    assert items(worker, dt.date(2026, 12, 15))[0].when is When.THIS_WEEK
    # A second open case of the same person is still one item.
    case(store, worker, p, service_line="protection")
    assert len(items(worker, dt.date(2026, 12, 23))) == 1
    update(store, Beneficiary, p, consent_date=dt.date(2026, 12, 20))  # renewed
    assert items(worker, dt.date(2026, 12, 23)) == []
    update(store, Beneficiary, p, consent_date=dt.date(2025, 1, 1))
    update(store, Case, c, status="closed")
    assert len(items(worker, dt.date(2026, 12, 23))) == 1  # the other case is open
    with worker.write() as session:
        for row in session.scalars(select(Case).where(Case.beneficiary_id == p)):
            row.status = "closed"
    assert items(worker, dt.date(2026, 12, 23)) == []


def test_attendance_missing_for_the_facilitators_recent_group_sessions(
    store: Store, worker: Store, other: Store
) -> None:
    facilitator = signed_in(store, "nawpaw", "Naw Paw Htoo", Role.FACILITATOR)
    prog = programme_id(store)

    def group(day: dt.date, kind: str = "group") -> int:
        return add(
            store,
            Session(
                kind=kind,
                activity_type="mhpss_group",
                programme_id=prog,
                date=day,
                facilitator_id=facilitator.user.id,
                topic="Sleep and worry",
            ),
        )

    s = group(TODAY - dt.timedelta(days=2))
    group(TODAY + dt.timedelta(days=1))  # not held yet
    group(TODAY - dt.timedelta(days=61))  # too old to ask
    group(TODAY - dt.timedelta(days=3), kind="individual")
    [item] = items(facilitator)
    assert (item.kind, item.session_id, item.text, item.person_code) == (
        Kind.ATTENDANCE_MISSING,
        s,
        "Sleep and worry",
        None,
    )
    assert item.overdue
    assert items(worker) == []
    p = person(store)
    with store.write() as session:
        session.add(Attendance(session_id=s, beneficiary_id=p))
    assert items(facilitator) == []
    assert worklist.worklist(facilitator, TODAY - dt.timedelta(days=61)) != []


def test_project_sessions_of_the_projects_the_user_facilitates(
    store: Store, worker: Store, other: Store
) -> None:
    named = add(store, Project(title="Women's group", facilitators="Ma Mya Sandar, Naw Eh"))
    theirs = add(store, Project(title="Youth group", facilitators="Ko Zaw Min"))
    plan = add(
        store,
        SessionPlan(
            project_id=named,
            title="Safety plans",
            session_number=3,
            planned_date=TODAY + dt.timedelta(days=2),
        ),
    )
    add(
        store,
        SessionPlan(project_id=named, title="Later", planned_date=TODAY + dt.timedelta(days=8)),
    )
    add(
        store,
        SessionPlan(project_id=named, title="Past", planned_date=TODAY - dt.timedelta(days=1)),
    )
    add(
        store,
        SessionPlan(project_id=None, is_template=True, title="Template", planned_date=TODAY),
    )
    other_plan = add(
        store,
        SessionPlan(project_id=theirs, title="Games", planned_date=TODAY + dt.timedelta(days=1)),
    )
    [item] = items(worker)
    assert (item.kind, item.plan_id, item.project_id, item.text, item.number, item.project) == (
        Kind.PROJECT_SESSION,
        plan,
        named,
        "Safety plans",
        3,
        "Women's group",
    )
    assert [i.plan_id for i in items(other)] == [other_plan]
    # A project whose sessions the user facilitated is theirs too, whatever its text says.
    add(
        store,
        Session(
            kind="group",
            activity_type="mhpss_group",
            programme_id=programme_id(store),
            project_id=theirs,
            date=TODAY - dt.timedelta(days=70),
            facilitator_id=worker.user.id,
        ),
    )
    assert sorted(i.plan_id or 0 for i in items(worker)) == sorted([plan, other_plan])
    update(store, SessionPlan, plan, deleted_at=dt.datetime(2026, 12, 1))
    update(store, Project, theirs, deleted_at=dt.datetime(2026, 12, 1))
    assert items(worker) == []


# --- marks ---------------------------------------------------------------------------------


@pytest.fixture
def follow_up(store: Store, worker: Store) -> Callable[[], WorkItem]:
    p = person(store)
    case(store, worker, p, next_contact=TODAY)

    def first() -> WorkItem:
        return items(worker)[0]

    return first


def test_done_takes_the_item_off_and_a_new_due_date_brings_it_back(
    store: Store, worker: Store, follow_up: Callable[[], WorkItem]
) -> None:
    item = follow_up()
    worklist.mark_done(worker, item.key)
    assert items(worker) == []
    assert items(worker, TODAY + dt.timedelta(days=30)) == []
    update(store, Case, item.case_id or 0, next_contact=TODAY + dt.timedelta(days=3))
    [again] = items(worker)
    assert again.key != item.key
    with store.read() as session:
        event = session.execute(
            select(
                AuditEvent.action, AuditEvent.entity, AuditEvent.detail, AuditEvent.user_id
            ).where(AuditEvent.action.like("worklist%"))
        ).one()
    assert tuple(event) == ("worklist_done", "worklist_mark", item.key, worker.user.id)


def test_snooze_hides_until_the_day_then_it_is_back(
    worker: Store, follow_up: Callable[[], WorkItem]
) -> None:
    item = follow_up()
    until = TODAY + dt.timedelta(days=3)
    worklist.snooze(worker, item.key, until, today=TODAY)
    assert items(worker) == []
    assert items(worker, until - dt.timedelta(days=1)) == []
    [back] = items(worker, until)
    assert back.key == item.key
    assert back.overdue
    with pytest.raises(ValidationFailed):
        worklist.snooze(worker, item.key, TODAY, today=TODAY)
    # Snoozed again, then done: one mark per item, the last answer counts.
    worklist.snooze(worker, item.key, until + dt.timedelta(days=1), today=TODAY)
    worklist.mark_done(worker, item.key)
    assert items(worker, until + dt.timedelta(days=10)) == []
    with worker.read() as session:
        assert session.scalar(select(func.count()).select_from(WorklistMark)) == 1


def test_dismiss_needs_a_reason_and_is_per_user(
    store: Store, worker: Store, follow_up: Callable[[], WorkItem]
) -> None:
    item = follow_up()
    for blank in ("", "   \n "):
        with pytest.raises(ValidationFailed) as raised:
            worklist.dismiss(worker, item.key, blank)
        assert raised.value.problems == {"reason": "required"}
    assert items(worker) == [item]
    worklist.dismiss(worker, item.key, "She moved  to Bangkok")
    assert items(worker) == []
    with worker.read() as session:
        mark = session.scalars(select(WorklistMark)).one()
        assert (mark.state, mark.reason) == (MarkState.DISMISSED.value, "She moved to Bangkok")
        events = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action.like("worklist%"))
        )
        assert all("Bangkok" not in d for d in events)  # ids only in the audit trail


def test_marks_refuse_keys_that_name_no_item(worker: Store) -> None:
    for key in ("", "follow_up", "follow_up:case:x:2026-12-01", "nope:case:1:2026-12-01",
                "follow_up:person:1:2026-12-01", "follow_up:case:1:2026-13-01"):  # fmt: skip
        with pytest.raises(ValidationFailed):
            worklist.mark_done(worker, key)


def test_a_coordinator_has_an_empty_worklist(store: Store) -> None:
    coordinator = signed_in(store, "coord", "Coordinator", Role.COORDINATOR)
    assert items(coordinator) == []
    with pytest.raises(PermissionDenied):
        db_settings.put(coordinator, db_settings.REFERRAL_FEEDBACK_DAYS, 3)


def test_items_are_in_due_order(store: Store, worker: Store) -> None:
    for days in (3, -2, 0):
        case(store, worker, person(store), next_contact=TODAY + dt.timedelta(days=days))
    assert [i.when for i in items(worker)] == [When.OVERDUE, When.TODAY, When.THIS_WEEK]


# --- the date arithmetic ---------------------------------------------------------------------

days = st.dates(min_value=dt.date(1999, 1, 1), max_value=dt.date(2101, 12, 31))
# Dates that are month ends, year ends and leap days, where the arithmetic is most likely off.
edges = st.builds(
    lambda y, m, back: add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=back),
    st.integers(1999, 2100),
    st.integers(1, 12),
    st.integers(1, 3),
) | st.sampled_from([dt.date(2024, 2, 29), dt.date(2028, 2, 29), dt.date(2000, 2, 29)])
any_day = days | edges
offsets = st.integers(-400, 400)


@given(any_day, offsets)
@settings(max_examples=300, deadline=None)
def test_placement_of_a_due_date(today: dt.date, offset: int) -> None:
    due = today + dt.timedelta(days=offset)
    when = placement(due, today)
    if offset < 0:
        assert when is When.OVERDUE
    elif offset == 0:
        assert when is When.TODAY
    elif offset <= 7:
        assert when is When.THIS_WEEK
    else:
        assert when is None
    assert placement(due, today, ahead_days=14) in ({When.LATER} if 7 < offset <= 14 else {when})
    # Done and dismissed are never listed; snoozed, until the day it was snoozed until.
    assert placement(due, today, mark=MarkState.DONE) is None
    assert placement(due, today, mark=MarkState.DISMISSED) is None


@given(any_day, offsets, st.integers(1, 400))
@settings(max_examples=300, deadline=None)
def test_snoozed_until_a_day_is_back_on_that_day(today: dt.date, offset: int, ahead: int) -> None:
    due = today + dt.timedelta(days=offset)
    until = today + dt.timedelta(days=ahead)
    for day in (until - dt.timedelta(days=1), until, until + dt.timedelta(days=1)):
        if day < today:
            continue
        shown = placement(due, day, mark=MarkState.SNOOZED, until=until)
        assert shown == (placement(due, day) if day >= until else None)


@given(any_day, st.integers(-30, 30))
@settings(max_examples=400, deadline=None)
def test_months_land_in_the_right_month_and_never_overflow(day: dt.date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or (moved.day < day.day and (moved + dt.timedelta(days=1)).day == 1)
    # Whole years from a leap day land on 28 February in other years.
    if (day.month, day.day) == (2, 29) and months % 12 == 0:
        year = moved.year
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        assert moved.day == (29 if leap else 28)


@given(any_day, any_day)
@settings(max_examples=400, deadline=None)
def test_consent_renewal_is_listed_exactly_from_two_weeks_before_the_year_is_up(
    given_on: dt.date, today: dt.date
) -> None:
    due = worklist.consent_due(given_on)
    listed = placement(due, today, ahead_days=worklist.CONSENT_NOTICE_DAYS) is not None
    assert listed == (today >= due - dt.timedelta(days=14))
    # The coarse bound the query uses never leaves out a consent that is listed.
    bound = add_months(today + dt.timedelta(days=14), -12) + dt.timedelta(days=1)
    if listed:
        assert given_on <= bound


@given(any_day, st.integers(1, 365))
@settings(max_examples=200, deadline=None)
def test_referral_due_days_later(sent: dt.date, n: int) -> None:
    due = worklist.referral_due(sent, n)
    assert (due - sent).days == n
    assert placement(due, due) is When.TODAY
    assert placement(due, due - dt.timedelta(days=1)) is When.THIS_WEEK


def test_an_assessment_with_alerts_is_an_item_for_the_case_owner_until_done(
    store: Store, worker: Store, other: Store
) -> None:
    from db import assessments

    p = person(store)
    case(store, worker, p)
    day = dt.date(2026, 12, 2)
    calm = {f"q{i}": 1 for i in range(1, 9)} | {"q9": 0, "difficulty": 1}
    assessments.record_assessment(worker, p, "phq9", calm, date=day)
    assert items(worker) == []  # no alert: nothing to do
    alert = assessments.record_assessment(worker, p, "phq9", calm | {"q9": 2}, date=day)
    [item] = items(worker)
    assert (item.kind, item.assessment_id, item.person_id) == (Kind.ASSESSMENT_ALERT, alert.id, p)
    assert item.key == f"assessment_alert:assessment:{alert.id}:2026-12-02"
    assert (item.due, item.when) == (day, When.OVERDUE)
    assert item.text == "PHQ-9 Patient Health Questionnaire"
    assert item.alerts == ("Thoughts of death or self-harm (item 9): assess suicide risk today",)
    assert items(other) == []  # not the owner of the person's case
    # WHO-5's low scores stay review_wellbeing items, not alerts as well.
    assessments.record_assessment(worker, p, "who5", [1, 1, 1, 1, 1], date=day)
    assert {i.kind for i in items(worker)} == {Kind.REVIEW_WELLBEING, Kind.ASSESSMENT_ALERT}
    worklist.mark_done(worker, item.key)
    assert [i.kind for i in items(worker)] == [Kind.REVIEW_WELLBEING]
