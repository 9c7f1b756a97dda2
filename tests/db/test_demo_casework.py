"""The demo's casework: whatever the day it is opened, each staff member finds a real Monday
(follow-ups overdue and due today, low and dropping WHO-5 scores, referrals with no answer,
group sessions with no attendance, project sessions coming up), in plausible cases and plans."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from db import keys, setup
from db.demo import fill_demo_data
from db.demo_casework import DEMO_STAFF
from db.errors import PermissionDenied, WrongCredentials
from db.models import (
    Assessment,
    Attendance,
    Case,
    CaseAction,
    CaseGoal,
    CaseShare,
    ParticipantNote,
    Project,
    Referral,
    Service,
    SessionPlan,
    User,
)
from db.models import Beneficiary as B
from db.models import Session as ActivitySession
from db.store import Store
from db.types import Role
from tests.conftest import ADMIN_PASSWORD
from tests.db.test_demo_and_export import as_role

STAFF_PASSWORD = "demo-staff-2026"
CLOSE_REASONS = {
    "goals_met",
    "moved_away",
    "referred_on",
    "lost_contact",
    "declined",
    "died",
    "other",
}
# A Monday, and a day at a year's end (dates around it roll over months and years).
DAYS = (dt.date(2026, 12, 7), dt.date(2027, 1, 1))
DAY = dt.timedelta(days=1)


def new_cso(folder: Path) -> Store:
    return setup.create_cso_database(
        folder / "saphan.db",
        cso_code="DEMO",
        cso_name="Demo CSO",
        admin_username="admin",
        admin_full_name="Demo admin",
        admin_password=ADMIN_PASSWORD,
    ).store


@pytest.fixture(scope="module", params=DAYS, ids=str)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """One demo of 500 people per day, shared by the read-only tests below."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "DEFAULT_KDF", keys.KdfParams(1, 1024, 1))
        store = new_cso(tmp_path_factory.mktemp("demo"))
        fill_demo_data(
            store,
            500,
            seed=7,
            today=request.param,
            casework=True,
            staff_password=STAFF_PASSWORD,
        )
    store.today = request.param  # type: ignore[attr-defined]
    yield store
    store.close()


def today_of(store: Store) -> dt.date:
    day: dt.date = store.today  # type: ignore[attr-defined]
    return day


def users(store: Store, role: Role) -> list[Any]:
    with store.read() as session:
        rows = session.execute(
            select(User.__table__).where(User.role == role.value).order_by(User.id)
        )
        return list(rows)


def open_cases(store: Store, owner: int) -> list[Any]:
    with store.read() as session:
        return list(
            session.execute(
                select(Case.__table__).where(Case.owner_id == owner, Case.status == "open")
            )
        )


def who5_by_person(store: Store) -> dict[int, list[int]]:
    """Each person's WHO-5 raw scores, oldest first."""
    scores: dict[int, list[int]] = defaultdict(list)
    with store.read() as session:
        rows = session.execute(
            select(Assessment.beneficiary_id, Assessment.raw_score)
            .where(Assessment.instrument == "who5")
            .order_by(Assessment.date, Assessment.id)
        )
        for person, raw in rows:
            scores[person].append(raw)
    return scores


# --- Staff --------------------------------------------------------------------------------------


def test_the_demo_has_its_staff_beside_the_admin(demo: Store) -> None:
    assert [u.username for u in users(demo, Role.ADMIN)] == ["admin"]
    assert len(users(demo, Role.SUPERVISOR)) == 1
    assert len(users(demo, Role.CASEWORKER)) >= 2
    assert len(users(demo, Role.FACILITATOR)) >= 2
    honorifics = {"Daw", "Ma", "Ko", "U", "Naw", "Saw"}
    thai_given = {"Kittisak", "Siriporn", "Malee", "Somchai"}
    for staff in DEMO_STAFF:
        first = staff.full_name.split()[0]
        assert first in honorifics or first in thai_given, staff.full_name


def test_demo_staff_sign_in_with_the_staff_password(demo: Store) -> None:
    for staff in DEMO_STAFF:
        signed_in = setup.open_database(demo.path, staff.username, STAFF_PASSWORD)
        try:
            assert signed_in.user.role is staff.role
        finally:
            signed_in.close()


def test_without_a_password_demo_staff_cannot_sign_in(store: Store) -> None:
    summary = fill_demo_data(store, 60, seed=1, today=DAYS[0], casework=True)
    assert set(summary.staff) == {s.username for s in DEMO_STAFF}
    for password in (STAFF_PASSWORD, "", "!demo-account-without-password"):
        with pytest.raises(WrongCredentials):
            setup.open_database(store.path, "hninthet", password)


# --- A caseworker's Monday ------------------------------------------------------------------------


def test_each_caseworker_has_overdue_due_today_and_this_week_follow_ups(demo: Store) -> None:
    today = today_of(demo)
    for worker in users(demo, Role.CASEWORKER):
        due = [c.next_contact for c in open_cases(demo, worker.id)]
        assert None not in due
        overdue = [d for d in due if d is not None and today - 20 * DAY <= d < today]
        today_ = [d for d in due if d == today]
        week = [d for d in due if d is not None and today < d <= today + 7 * DAY]
        later = [d for d in due if d is not None and d > today + 7 * DAY]
        assert len(overdue) >= 2, worker.username
        assert len(today_) >= 1, worker.username
        assert len(week) >= 1, worker.username
        assert len(later) > len(overdue) + len(today_) + len(week), "most are later"
        assert not [d for d in due if d is not None and d < today - 20 * DAY]


def test_each_caseworker_has_low_and_dropping_who5_scores_in_open_cases(demo: Store) -> None:
    scores = who5_by_person(demo)
    for worker in users(demo, Role.CASEWORKER):
        people = {c.beneficiary_id for c in open_cases(demo, worker.id)}
        low = [p for p in people if scores.get(p) and scores[p][-1] < 13]
        dropped = [
            p
            for p in people
            if len(scores.get(p, [])) >= 2 and (scores[p][-2] - scores[p][-1]) * 4 >= 10
        ]
        assert len(low) >= 2, worker.username
        assert len(dropped) >= 1, worker.username
        # Most people in their care are not flagged.
        assessed = [p for p in people if scores.get(p)]
        assert len(set(low) | set(dropped)) < len(assessed)
    assert all(0 <= raw <= 25 for history in scores.values() for raw in history)


def test_each_caseworker_has_referrals_waiting_for_feedback(demo: Store) -> None:
    today = today_of(demo)
    with demo.read() as session:
        referrals = list(session.execute(select(Referral.__table__)))
        consent = dict(session.execute(select(B.id, B.consent_date)).all())
    for worker in users(demo, Role.CASEWORKER):
        waiting = [
            r
            for r in referrals
            if r.referred_by == worker.id
            and r.status == "sent"
            and 15 <= (today - r.date).days <= 40
        ]
        assert len(waiting) >= 2, worker.username
    assert {r.status for r in referrals} >= {"sent", "accepted", "completed"}
    for r in referrals:
        assert consent[r.beneficiary_id] <= r.date <= today
        assert r.consent_confirmed
        assert r.service_id is not None
        assert r.reason


def test_each_caseworker_has_a_few_consents_to_renew_not_a_flood(demo: Store) -> None:
    """Consent is renewed after twelve months: most people in open cases consented (again)
    when their case opened; a couple per caseworker are due."""
    today = today_of(demo)
    with demo.read() as session:
        consent = dict(session.execute(select(B.id, B.consent_date)).all())
    for worker in users(demo, Role.CASEWORKER):
        people = {c.beneficiary_id for c in open_cases(demo, worker.id)}
        due = [p for p in people if consent[p] < today - (365 - 14) * DAY]
        assert 1 <= len(due) <= 3, worker.username


def test_each_caseworker_has_a_few_case_actions_due_this_week(demo: Store) -> None:
    today = today_of(demo)
    with demo.read() as session:
        actions = list(
            session.execute(select(CaseAction.__table__).where(CaseAction.done_on.is_(None)))
        )
    for role in (Role.CASEWORKER, Role.SUPERVISOR):
        for worker in users(demo, role):
            due = [
                a
                for a in actions
                if a.responsible_id == worker.id and a.due_date <= today + 7 * DAY
            ]
            assert 2 <= len(due) <= 8, worker.username


# --- A facilitator's Monday -----------------------------------------------------------------------


def test_each_facilitator_has_recent_group_sessions_without_attendance(demo: Store) -> None:
    today = today_of(demo)
    with demo.read() as session:
        taken = select(Attendance.session_id).where(Attendance.session_id == ActivitySession.id)
        unrecorded = list(
            session.execute(
                select(ActivitySession.__table__).where(
                    ActivitySession.kind == "group", ~taken.exists()
                )
            )
        )
    for worker in users(demo, Role.FACILITATOR):
        mine = [s for s in unrecorded if s.facilitator_id == worker.id]
        assert 1 <= len(mine) <= 2, worker.username
        assert all(today - 7 * DAY <= s.date < today for s in mine)
        assert all(s.topic and s.location for s in mine)


def test_facilitators_run_groups_and_have_project_sessions_this_week(demo: Store) -> None:
    today = today_of(demo)
    with demo.read() as session:
        led = Counter(
            session.scalars(
                select(ActivitySession.facilitator_id).where(ActivitySession.kind == "group")
            )
        )
        projects = list(session.execute(select(Project.__table__)))
        project_sessions = list(
            session.execute(
                select(ActivitySession.__table__).where(ActivitySession.project_id.is_not(None))
            )
        )
        plans = list(
            session.execute(
                select(SessionPlan.__table__).where(SessionPlan.project_id.is_not(None))
            )
        )
    for worker in users(demo, Role.FACILITATOR):
        assert led[worker.id] > 10, worker.username
        own = [p.id for p in projects if worker.full_name in p.facilitators]
        assert own, worker.username
        assert {s.facilitator_id for s in project_sessions if s.project_id in own} == {worker.id}
        coming = [
            p
            for p in plans
            if p.project_id in own and p.planned_date and today < p.planned_date <= today + 7 * DAY
        ]
        assert coming, worker.username
    # The admin runs no group in the demo: the staff do.
    admin = users(demo, Role.ADMIN)[0]
    assert led[admin.id] == 0


def test_participant_notes_on_mhpss_groups_by_their_counsellor(demo: Store) -> None:
    with demo.read() as session:
        rows = session.execute(
            select(
                ParticipantNote.session_id,
                ParticipantNote.beneficiary_id,
                ParticipantNote.written_by,
                ParticipantNote.note,
                ActivitySession.kind,
                ActivitySession.activity_type,
                ActivitySession.facilitator_id,
            ).join(ActivitySession, ActivitySession.id == ParticipantNote.session_id)
        ).all()
        attended = set(
            session.execute(select(Attendance.session_id, Attendance.beneficiary_id)).all()
        )
    caseworkers = {u.id for u in users(demo, Role.CASEWORKER)}
    assert len(rows) >= 3
    for group, person, by, note, kind, activity, facilitator in rows:
        assert kind == "group"
        assert activity == "mhpss_group"
        assert (group, person) in attended
        assert by == facilitator
        assert by in caseworkers
        assert note


# --- Cases and plans ----------------------------------------------------------------------------


def test_cases_are_plausible(demo: Store) -> None:
    today = today_of(demo)
    with demo.read() as session:
        cases = list(session.execute(select(Case.__table__)))
        consent = dict(session.execute(select(B.id, B.consent_date)).all())
        shares = list(session.execute(select(CaseShare.__table__)))
    caseworkers = {u.id for u in users(demo, Role.CASEWORKER)}
    statuses = Counter(c.status for c in cases)
    assert statuses["open"] > statuses["closed"] > statuses["on_hold"] > 0
    assert {c.service_line for c in cases} == {"mhpss", "protection"}
    assert {c.owner_id for c in cases} == caseworkers
    live = Counter((c.beneficiary_id, c.service_line) for c in cases if c.status != "closed")
    assert max(live.values()) == 1, "one open or on-hold case per person and service line"
    for c in cases:
        assert consent[c.beneficiary_id] <= c.opened_on <= today
        if c.status == "closed":
            assert c.closed_reason in CLOSE_REASONS
            assert c.outcome.strip()
            assert c.closed_on is not None
            assert c.opened_on < c.closed_on < today
        else:
            assert (c.closed_on, c.closed_reason, c.outcome) == (None, "", "")
    by_id = {c.id: c for c in cases}
    assert shares
    for share in shares:
        case = by_id[share.case_id]
        assert share.user_id in caseworkers
        assert share.user_id != case.owner_id
    for worker in caseworkers:
        assert any(by_id[s.case_id].owner_id == worker for s in shares)


def test_case_plans_have_goals_and_actions(demo: Store) -> None:
    today = today_of(demo)
    with demo.read() as session:
        cases = {c.id: c for c in session.execute(select(Case.__table__))}
        goals = list(session.execute(select(CaseGoal.__table__)))
        actions = list(session.execute(select(CaseAction.__table__)))
        staff = {u.id for u in session.execute(select(User.__table__).where(User.role != "admin"))}
    per_case = Counter(g.case_id for g in goals)
    assert set(per_case) == set(cases)
    assert set(per_case.values()) <= {2, 3}
    per_goal = Counter(a.goal_id for a in actions)
    assert {g.id for g in goals} == set(per_goal)
    assert set(per_goal.values()) <= {2, 3, 4}
    assert {g.status for g in goals} <= {"open", "achieved", "dropped"}
    for a in actions:
        case = cases[a.case_id]
        assert a.text.strip()
        assert a.due_date is not None
        assert a.responsible_id in staff
        assert a.due_date >= case.opened_on
        if a.done_on is not None:
            assert case.opened_on <= a.done_on <= today
    done = sum(a.done_on is not None for a in actions)
    assert 0.2 < done / len(actions) < 0.9
    assert all(a.done_on is not None for a in actions if cases[a.case_id].status == "closed")
    assert any("Mae Tao Clinic" in a.text for a in actions)
    assert any("pink card" in a.text for a in actions)
    # Goals of closed cases are settled, one way or the other.
    assert all(g.status != "open" for g in goals if cases[g.case_id].status == "closed")


def test_individual_mhpss_sessions_belong_to_mhpss_cases(demo: Store) -> None:
    today = today_of(demo)
    with demo.read() as session:
        rows = session.execute(
            text(
                "SELECT s.id, s.date, s.facilitator_id, a.beneficiary_id, b.consent_date, "
                "s.activity_type FROM sessions s JOIN programmes p ON p.id = s.programme_id "
                "JOIN attendance a ON a.session_id = s.id "
                "JOIN beneficiaries b ON b.id = a.beneficiary_id "
                "WHERE s.kind = 'individual' AND p.code = 'mhpss'"
            )
        ).all()
        cases = {
            c.beneficiary_id: c
            for c in session.execute(select(Case.__table__).where(Case.service_line == "mhpss"))
        }
        per_session = Counter(
            session.scalars(
                select(Attendance.session_id)
                .join(ActivitySession, ActivitySession.id == Attendance.session_id)
                .where(ActivitySession.kind == "individual")
            )
        )
    assert rows
    assert set(per_session.values()) == {1}
    for _id, day, by, person, consent, kind in rows:
        day = dt.date.fromisoformat(day) if isinstance(day, str) else day
        consent = dt.date.fromisoformat(consent) if isinstance(consent, str) else consent
        assert person in cases
        assert by == cases[person].owner_id
        assert consent <= day <= today
        assert kind in ("counselling", "pfa", "case_follow_up")


# --- Repeatable, quick, guarded ------------------------------------------------------------------


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The rows the demo's casework writes (not those setup made with the time of day)."""
    tables = {
        "users": "username != 'admin'",
        "cases": "1",
        "case_shares": "1",
        "case_goals": "1",
        "case_actions": "1",
        "participant_notes": "1",
        "assessments": "1",
        "referrals": "1",
        "services": "1",
        "projects": "1",
        "session_plans": "NOT is_template",
        "sessions": "1",
    }
    skip = {"password_hash", "last_login_at"}
    out = {}
    with store.engine.connect() as c:
        for table, where in tables.items():
            columns = [
                r[1] for r in c.execute(text(f"PRAGMA table_info({table})")) if r[1] not in skip
            ]
            query = f"SELECT {', '.join(columns)} FROM {table} WHERE {where} ORDER BY 1"
            out[table] = [tuple(r) for r in c.execute(text(query))]
    return out


def test_casework_is_the_same_for_a_seed_and_a_day(tmp_path: Path) -> None:
    store, other = new_cso(tmp_path / "one"), new_cso(tmp_path / "other")
    try:
        first = fill_demo_data(store, 300, seed=4, today=DAYS[0], casework=True)
        second = fill_demo_data(other, 300, seed=4, today=DAYS[0], casework=True)
        assert first == second
        assert first.cases > 0
        assert dump(store) == dump(other)
    finally:
        store.close()
        other.close()


@pytest.mark.parametrize("seeds", [(1, 2), (1, 1)])
def test_demo_data_again_keeps_one_set_of_staff(store: Store, seeds: tuple[int, int]) -> None:
    first = fill_demo_data(store, 100, seed=seeds[0], today=DAYS[0], casework=True)
    again = fill_demo_data(store, 100, seed=seeds[1], today=DAYS[0], casework=True)
    assert len(first.staff) == len(DEMO_STAFF)
    assert again.staff == ()
    assert again.cases > 0
    with store.read() as session:
        names = list(session.scalars(select(User.username)))
        services = list(session.scalars(select(Service.name)))
        projects = list(session.scalars(select(Project.title)))
    assert sorted(names) == sorted(["admin", *(s.username for s in DEMO_STAFF)])
    assert len(services) == len(set(services)) > 0
    assert len(projects) == len(set(projects)) > 0


def test_casework_needs_an_admin_and_activity(store: Store) -> None:
    for role in (Role.CASEWORKER, Role.SUPERVISOR):
        with pytest.raises(PermissionDenied):
            fill_demo_data(as_role(store, role), 10, casework=True)
    with pytest.raises(ValueError, match="activity"):
        fill_demo_data(store, 10, activity=False, casework=True)
    with store.read() as session:
        assert session.scalar(select(Case.id)) is None
        assert session.scalar(select(B.id)) is None


def test_without_casework_the_demo_is_as_before(store: Store) -> None:
    summary = fill_demo_data(store, 200, seed=3, today=DAYS[0])
    assert (summary.cases, summary.staff) == (0, ())
    with store.read() as session:
        assert session.scalar(select(Case.id)) is None
        assert list(session.scalars(select(User.username))) == ["admin"]
        facilitators = set(session.scalars(select(ActivitySession.facilitator_id)))
    assert facilitators == {store.user.id}


def test_casework_keeps_demo_generation_fast(tmp_path: Path, store: Store) -> None:
    """The app's demo (800 people) with casework: a second at most beyond the plain demo's
    time (measured on the same machine, so a slow machine is no failure)."""
    other = new_cso(tmp_path / "other")
    try:
        started = time.perf_counter()
        fill_demo_data(other, 800, seed=0, today=DAYS[0])
        plain = time.perf_counter() - started
        started = time.perf_counter()
        summary = fill_demo_data(
            store, 800, seed=0, today=DAYS[0], casework=True, staff_password=STAFF_PASSWORD
        )
        with_casework = time.perf_counter() - started
    finally:
        other.close()
    assert summary.cases == 64
    assert with_casework < 2 * plain + 1.0, (plain, with_casework)


# --- The command line ---------------------------------------------------------------------------


def test_demo_data_command_with_casework(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop import cli
    from tests.test_cli import demo_data, one_line_failure, run

    monkeypatch.setenv(cli.PASSWORD_ENV, ADMIN_PASSWORD)
    db = tmp_path / "demo.db"
    out = demo_data(capsys, db, 120, "--casework")
    assert "Added 9 cases." in out
    assert "hninthet (caseworker)" in out
    assert "khinmya (supervisor)" in out
    worker = setup.open_database(db, "hninthet", ADMIN_PASSWORD)
    try:
        assert worker.user.role is Role.CASEWORKER
    finally:
        worker.close()
    # Again on the same database: more cases, no new accounts.
    out = demo_data(capsys, db, 120, "--casework")
    assert "Added 9 cases." in out
    assert "Staff accounts" not in out

    code, _, err = run(
        capsys, "demo-data", "--db", str(tmp_path / "x.db"), "--user", "admin",
        "--beneficiaries", "5", "--casework", "--no-activity",
    )  # fmt: skip
    assert code != 0
    assert "--casework needs activity" in one_line_failure(err)
    assert not (tmp_path / "x.db").exists()


def test_casework_on_a_team_laptop_reaches_the_others(store: Store, tmp_path: Path) -> None:
    """On a laptop that joined a team the new rows take ids of its own range, and team sync
    carries the demo's staff, cases and plans to the other laptops unchanged."""
    from db.team import ids
    from tests.db.team.replicas import canonical_dump, make_team

    first, second = make_team(store, 2, tmp_path)
    try:
        summary = fill_demo_data(second.store, 80, seed=2, today=DAYS[0], casework=True)
        assert summary.cases > 0
        low, high = ids.id_range(1)
        with second.store.read() as session:
            for model in (User, Case, CaseGoal, CaseAction, Assessment, Referral, Project):
                made = list(session.scalars(select(model.id)))
                assert made, model
                assert all(low <= i <= high for i in made if model is not User or i > 1)
        second.send()
        first.pull([first, second])
        assert canonical_dump(first.store) == canonical_dump(second.store)
    finally:
        second.store.close()
