"""Casework in the demo: staff, cases with plans, individual contacts, WHO-5 scores, referrals.

Opening the demo on any day should look like a real Monday for each staff member: a caseworker
has follow-ups overdue and due today, people whose wellbeing dropped, referrals with no answer
yet; a facilitator has group sessions whose attendance nobody took and project sessions coming
up. Everything is drawn from its own seeded generator and placed relative to ``today``, and
written with the ORM models (a team laptop's row ids come from its own range). Nobody here
exists: the plans and notes are typical of MHPSS and protection casework in Mae Sot.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from db import referral_codes
from db.activities import ActivityType
from db.models import (
    Assessment,
    Attendance,
    Case,
    CaseAction,
    CaseGoal,
    CaseShare,
    CsoProfile,
    Instrument,
    ParticipantNote,
    Project,
    ProjectParticipant,
    Referral,
    Service,
    SessionPlan,
    User,
)
from db.models import Session as ActivitySession
from db.team import ids
from db.types import Role

# --- Staff -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoStaff:
    username: str
    full_name: str
    role: Role


# Made-up names as people in Mae Sot are called: Burmese, S'gaw Karen and Thai.
DEMO_STAFF = (
    DemoStaff("khinmya", "Daw Khin Mya Thida", Role.SUPERVISOR),
    DemoStaff("hninthet", "Ma Hnin Thet Wai", Role.CASEWORKER),
    DemoStaff("aungmyo", "Ko Aung Myo Lwin", Role.CASEWORKER),
    DemoStaff("nawehpaw", "Naw Eh Paw Htoo", Role.FACILITATOR),
    DemoStaff("kittisak", "Kittisak Srisuk", Role.FACILITATOR),
)


@dataclass(frozen=True)
class StaffIds:
    """The demo's staff accounts by role (user ids)."""

    supervisor: int
    caseworkers: tuple[int, ...]
    facilitators: tuple[int, ...]
    full_names: Mapping[int, str]


# No password matches this hash: an account made without a password cannot sign in until an
# admin sets one (db.users.reset_password).
_NO_PASSWORD = "!demo-account-without-password"


def ensure_staff(session: DbSession, created_at: dt.datetime) -> tuple[StaffIds, list[User]]:
    """The demo staff's accounts, made where missing (an account of that name and role is used
    as it is, one of another role is left alone), and the accounts made: none can sign in
    until it is given a password hash (and a wrapped key)."""
    existing = {u.username: u for u in session.scalars(select(User))}
    made: list[User] = []
    by_role: dict[Role, list[User]] = defaultdict(list)
    for staff in DEMO_STAFF:
        user = existing.get(staff.username)
        if user is None:
            user = User(
                username=staff.username,
                full_name=staff.full_name,
                role=staff.role.value,
                password_hash=_NO_PASSWORD,
                language="en",
                active=True,
                created_at=created_at,
            )
            session.add(user)
            made.append(user)
        elif user.role != staff.role.value:
            continue  # a real account of that name: left alone
        by_role[staff.role].append(user)
    session.flush()
    if (
        not by_role[Role.SUPERVISOR]
        or not by_role[Role.CASEWORKER]
        or not by_role[Role.FACILITATOR]
    ):
        raise ValueError("the demo's staff accounts are taken by accounts of other roles")
    ids = StaffIds(
        supervisor=by_role[Role.SUPERVISOR][0].id,
        caseworkers=tuple(u.id for u in by_role[Role.CASEWORKER]),
        facilitators=tuple(u.id for u in by_role[Role.FACILITATOR]),
        full_names={u.id: u.full_name for users in by_role.values() for u in users},
    )
    return ids, made


def missing_staff(session: DbSession) -> list[str]:
    """The demo staff's usernames that have no account yet."""
    taken = set(session.scalars(select(User.username)))
    return [s.username for s in DEMO_STAFF if s.username not in taken]


def facilitator_for(staff: StaffIds, programme_code: str, group: int) -> int:
    """Who runs a group: counsellors (the caseworkers) run the MHPSS groups; the women's groups
    have a woman facilitator, language and skills classes the other."""
    if programme_code == "mhpss":
        return staff.caseworkers[group % len(staff.caseworkers)]
    women, other = staff.facilitators[0], staff.facilitators[-1]
    if programme_code in ("safe_space", "participatory"):
        return women
    if programme_code in ("thai_language", "vocational"):
        return other
    return (women, other)[group % 2]


# --- Plans -------------------------------------------------------------------------------------

# Goals of a case plan and the actions that usually go with them, by service line.
_MHPSS_GOALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Feel calmer and sleep better",
        (
            "Weekly counselling session at the office",
            "Practise the breathing exercise every evening",
            "Weekly check-in by phone",
            "Repeat the WHO-5 wellbeing check",
        ),
    ),
    (
        "Feel less alone and reconnect with others",
        (
            "Invite to the Stress and coping group at the BEAM learning centre",
            "Plan one visit to a friend or neighbour each week",
            "Tell about the women's safe space at the Kings and Queens office",
        ),
    ),
    (
        "Get a health check for headaches and poor sleep",
        (
            "Accompany to Mae Tao Clinic for a health check",
            "Help keep the follow-up appointment at Mae Sot General Hospital",
            "Explain how to take the medicine the doctor gave",
        ),
    ),
    (
        "Cope with grief after losing a family member",
        (
            "Join the Grief and loss circle",
            "Talk through a way to remember the family member",
            "Weekly check-in by phone",
        ),
    ),
    (
        "Worry less about money and rent",
        (
            "Refer to the sewing course at the Technical Vocational College",
            "Help make a simple monthly budget",
            "Ask the food and cash partner about support for this month",
        ),
    ),
)
_PROTECTION_GOALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Have a valid document to stay and work safely",
        (
            "Help apply for a pink card renewal",
            "Collect copies of the old card and the employer's letter",
            "Accompany to the district office for the document appointment",
        ),
    ),
    (
        "Get the child into a school",
        (
            "Help apply for a G-code at the Thai school",
            "Find the papers for the birth certificate",
            "Visit the Migrant Learning Centre in Mae Pa with the parent",
        ),
    ),
    (
        "Get the unpaid wages from the factory",
        (
            "Refer to legal aid for the unpaid wages",
            "Go with them to the labour office",
            "Weekly check-in by phone",
        ),
    ),
    (
        "Be safe at home",
        (
            "Make a safety plan together",
            "Arrange a place at the women's safe house if needed",
            "Check in by phone twice a week",
            "Refer to legal advice on protection orders",
        ),
    ),
    (
        "Have health insurance",
        (
            "Help buy the migrant health card",
            "Accompany to Mae Sot General Hospital to register",
        ),
    ),
)
_SUPERVISOR_ACTION = "Review the case plan with the supervisor"

_MHPSS_NOTES = (
    "Talked about worry for the family in Myawaddy. Sleeping four to five hours. "
    "Practised slow breathing together.",
    "Feels a little better this week; went to the market with a neighbour. "
    "Still wakes at night after loud noises.",
    "Cried when talking about the journey across the river. Agreed to come again next week.",
    "Headaches less often. Wants to find work again; talked about the sewing course.",
    "Angry and tired after problems with the employer. Listened, planned the next small step.",
    "Calmer today. Uses the breathing exercise when the children are asleep.",
)
_PROTECTION_TOPICS = (
    "Document papers checked together",
    "Went over the safety plan",
    "Called the school about the G-code",
    "Talked about the labour office visit",
)
_PARTICIPANT_NOTES = (
    "Spoke for the first time in the group; worried about her son's school.",
    "Left early, looked upset. Check in with her by phone this week.",
    "Shared how the breathing exercise helps at night.",
    "Asked privately about help with a pink card: told about the protection caseworker.",
    "Quiet today. Said the rent is late again.",
    "Helped a newer member feel welcome.",
)

# (organisation, service, category, reason for a referral)
_PARTNER_SERVICES = (
    (
        "Mae Tao Clinic",
        "General health check",
        "health_referral",
        "Headaches and poor sleep for months; needs a health check.",
    ),
    (
        "Mae Sot General Hospital",
        "Migrant health card registration",
        "health_referral",
        "No health insurance; wants to buy the migrant health card.",
    ),
    (
        "Legal aid clinic, Mae Sot",
        "Advice on unpaid wages and documents",
        "legal_aid",
        "Employer kept two months of wages and the pink card.",
    ),
    (
        "Technical Vocational College, Mae Sot",
        "Sewing and tailoring course",
        "vocational",
        "Wants a skill to earn an income; can attend in the mornings.",
    ),
    (
        "Women's safe house, Mae Sot",
        "Emergency shelter for women and children",
        "safe_shelter",
        "Not safe at home; needs a place to stay with her children.",
    ),
    (
        "Migrant Learning Centre, Mae Pa",
        "School place and G-code support",
        "education_mlc",
        "Child of 9 not in school; family needs help with a G-code.",
    ),
)

# Closed cases: a reason code (db.cases) and the caseworker's words.
_CLOSED = (
    ("goals_met", "Sleeping better and back at work; WHO-5 improved. Knows how to reach us."),
    ("goals_met", "Pink card renewed and working again; no further needs for now."),
    ("moved_away", "Moved to Bangkok for work; given the number of a partner there."),
    ("referred_on", "Referred to the women's safe house, who now follow the case."),
    ("lost_contact", "No answer by phone for six weeks; not at the last address."),
    ("declined", "Does not want more support for now; can come back at any time."),
    ("other", "Returned to Myanmar to care for a parent."),
)

_PROJECTS = (
    (
        "participatory",
        "Women's group: safer access to public services",
        "Mae Pa",
        "Women map which public services they can use, visit the district office together "
        "and share what they learned with their neighbours.",
        (
            "Getting to know each other and the project",
            "Mapping the public services we know",
            "Who to ask at the hospital",
            "Practising what to say at the district office",
            "Planning the visit together",
            "Checking our map again",
        ),
        (
            "Visit to the district office: what to ask and who goes",
            "Sharing what we learned with our neighbours",
        ),
    ),
    (
        "youth",
        "Youth clean-up of the river bank",
        "Tha Sai Luat",
        "Young people from migrant and host families plan and run a clean-up day.",
        (
            "Meeting the team",
            "Walking the river bank: what needs doing",
            "Who can help: the municipality and the temple",
            "Dividing the tasks",
            "Staying safe near the water",
            "Inviting the neighbours",
        ),
        (
            "Planning the clean-up day: tasks and safety",
            "Making posters for the clean-up day",
        ),
    ),
)


@dataclass(frozen=True)
class CaseworkSummary:
    cases: int
    contacts: int
    assessments: int
    referrals: int


@dataclass
class _Plan:
    """A case as it is being made."""

    person: Mapping[str, Any]
    owner: int
    line: str
    status: str
    opened: dt.date
    contacts: list[dt.date]
    next_contact: dt.date | None = None
    closed_on: dt.date | None = None
    reason: str = ""
    outcome: str = ""
    sessions: dict[dt.date, int] = field(default_factory=dict)  # contact sessions by day
    soon: bool = False  # an action of its plan is due this week


def _add(session: DbSession, rows: Sequence[Any]) -> None:
    """Insert new rows of one table, their ids reserved at once (on a team laptop from its own
    range, db.team.ids): the ORM then writes them in one go, not asking for each row's id."""
    if not rows:
        return
    table = type(rows[0]).__table__
    connection = session.connection()
    first = ids.reserve_ids(connection, table.name, len(rows))
    if first is None:
        highest = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        first = int(highest) + 1
    for offset, row in enumerate(rows):
        row.id = first + offset
    session.add_all(rows)
    session.flush()


def _when(day: dt.date, hour: int = 17) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def _who5_answers(rng: random.Random, raw: int) -> list[int]:
    """Five answers (0-5 each) that add up to ``raw``."""
    answers = [raw // 5] * 5
    for i in rng.sample(range(5), raw % 5):
        answers[i] += 1
    for _ in range(3):  # people do not answer every item alike
        a, b = rng.sample(range(5), 2)
        if answers[a] < 5 and answers[b] > 0:
            answers[a] += 1
            answers[b] -= 1
    return answers


def _contact_days(rng: random.Random, first: dt.date, last: dt.date, count: int) -> list[dt.date]:
    if last <= first:
        return [first]
    span = (last - first).days
    inside = sorted(rng.sample(range(1, span), min(max(count - 2, 0), span - 1)))
    return [first, *(first + dt.timedelta(days=d) for d in inside), last]


def add_casework(
    session: DbSession,
    rng: random.Random,
    today: dt.date,
    staff: StaffIds,
    people: Sequence[Mapping[str, Any]],
    programmes: Mapping[str, int],
    sessions: Sequence[Mapping[str, Any]],
    attendance: Sequence[tuple[int, int]],
) -> CaseworkSummary:
    """Cases, plans, contacts, WHO-5 scores, referrals, participant notes, projects and plans
    for the demo's people (their rows as inserted), and group sessions nobody took attendance
    of. ``programmes`` maps programme codes to ids."""
    plans = _plan_cases(rng, today, staff, people)
    _write_cases(session, rng, today, staff, plans)
    contacts = _write_contacts(session, rng, plans, programmes)
    assessments = _write_who5(session, rng, today, plans)
    referrals = _write_referrals(session, rng, today, staff, plans, programmes)
    _write_participant_notes(session, rng, programmes, sessions, attendance)
    _write_unrecorded_sessions(session, rng, today, staff, programmes)
    _write_projects(session, rng, today, staff, people, programmes)
    return CaseworkSummary(len(plans), contacts, assessments, referrals)


def _plan_cases(
    rng: random.Random,
    today: dt.date,
    staff: StaffIds,
    people: Sequence[Mapping[str, Any]],
) -> list[_Plan]:
    """Who has a case with whom, in which state, with which contact days.

    People in open cases mostly consented within the last eleven months (their consent was
    taken, or renewed, when the case opened); two of each caseworker's are due to renew it."""
    day = dt.timedelta(days=1)
    candidates = [
        p
        for p in people
        if p["status"] == "active"
        and p["consent_date"] <= today - 28 * day
        and p["birth_date"] <= today - 12 * 366 * day
    ]
    per_worker = 32
    count = min(len(candidates), per_worker * len(staff.caseworkers), len(people) * 8 // 100)
    recent = [p for p in candidates if p["consent_date"] > today - 330 * day]
    renewal = [p for p in candidates if today - 380 * day <= p["consent_date"] <= today - 352 * day]
    older = [p for p in candidates if p["consent_date"] < today - 380 * day]
    for pool in (recent, renewal, older):
        rng.shuffle(pool)

    def take(*pools: list[Mapping[str, Any]]) -> Mapping[str, Any]:
        return next(pool for pool in pools if pool).pop()

    plans: list[_Plan] = []
    for index, owner in enumerate(staff.caseworkers):
        size = count // len(staff.caseworkers) + (index < count % len(staff.caseworkers))
        closed = round(size * 0.2)
        on_hold = round(size * 0.1)
        statuses = ["closed"] * closed + ["on_hold"] * on_hold
        statuses += ["open"] * (size - len(statuses))
        rng.shuffle(statuses)
        open_count = statuses.count("open")
        renewing = set(rng.sample(range(open_count), min(2, open_count)))
        mine = []
        open_seen = 0
        for status in statuses:
            if status != "open":
                mine.append(take(older, recent, renewal))
                continue
            if open_seen in renewing:
                mine.append(take(renewal, recent, older))
            else:
                mine.append(take(recent, older, renewal))
            open_seen += 1
        soon = set(rng.sample(range(open_count), min(open_count, max(2, round(open_count * 0.2)))))
        open_rank = 0
        for person, status in zip(mine, statuses, strict=True):
            line = "mhpss" if rng.random() < 0.65 else "protection"
            plan = _Plan(person, owner, line, status, today, [])
            if status == "open":
                _schedule_open(rng, today, plan, open_rank, open_count)
                plan.soon = open_rank in soon
                open_rank += 1
            elif status == "on_hold":
                opened = today - dt.timedelta(days=rng.randint(70, 250))
                paused = today - dt.timedelta(days=rng.randint(20, 50))
                plan.opened = max(opened, person["consent_date"])
                plan.contacts = _contact_days(rng, plan.opened, paused, rng.randint(2, 5))
                plan.next_contact = today + dt.timedelta(days=rng.randint(20, 45))
            else:
                opened = today - dt.timedelta(days=rng.randint(100, 330))
                plan.opened = max(opened, person["consent_date"])
                plan.closed_on = min(
                    plan.opened + dt.timedelta(days=rng.randint(45, 150)),
                    today - dt.timedelta(days=3),
                )
                plan.contacts = _contact_days(rng, plan.opened, plan.closed_on, rng.randint(3, 7))
                plan.reason, plan.outcome = rng.choice(_CLOSED)
            plans.append(plan)
    return plans


def _schedule_open(rng: random.Random, today: dt.date, plan: _Plan, rank: int, count: int) -> None:
    """An open case's next contact: of a caseworker's ``count`` open cases, the first few are
    overdue (1-20 days), then some due today, some later this week, and most later on."""
    day = dt.timedelta(days=1)
    overdue = max(2, round(count * 0.13))
    due_today = overdue + max(1, round(count * 0.08))
    this_week = due_today + max(1, round(count * 0.13))
    if rank < overdue:
        plan.next_contact = today - rng.randint(1, 20) * day
    elif rank < due_today:
        plan.next_contact = today
    elif rank < this_week:
        plan.next_contact = today + rng.randint(1, 6) * day
    else:
        plan.next_contact = today + rng.randint(8, 35) * day
    every = rng.choice((7, 14))
    last = min(plan.next_contact - every * day, today - rng.randint(1, 10) * day)
    opened = min(today - rng.randint(28, 200) * day, last - 14 * day)
    plan.opened = max(opened, plan.person["consent_date"])
    last = max(last, plan.opened)
    plan.contacts = _contact_days(rng, plan.opened, last, rng.randint(2, 6))


def _write_cases(
    session: DbSession,
    rng: random.Random,
    today: dt.date,
    staff: StaffIds,
    plans: Sequence[_Plan],
) -> list[Case]:
    cases: list[Case] = []
    for plan in plans:
        case = Case(
            beneficiary_id=plan.person["id"],
            service_line=plan.line,
            owner_id=plan.owner,
            status=plan.status,
            opened_on=plan.opened,
            closed_on=plan.closed_on,
            closed_reason=plan.reason,
            outcome=plan.outcome,
            next_contact=plan.next_contact,
            created_at=_when(plan.opened, 10),
            updated_at=_when(plan.contacts[-1]),
        )
        cases.append(case)
    _add(session, cases)
    session.flush()
    # Goals first (their ids), then their actions: two inserts of many rows, not one a row.
    goals = [
        goal_actions
        for plan, case in zip(plans, cases, strict=True)
        for goal_actions in _case_plan(rng, today, staff, plan, case)
    ]
    _add(session, [goal for goal, _ in goals])
    for goal, actions in goals:
        for action in actions:
            action.goal_id = goal.id
    # Two case reviews with the supervisor this week.
    reviews = [
        a
        for plan, case in zip(plans, cases, strict=True)
        if plan.status == "open"
        for goal, actions in goals
        if goal.case_id == case.id
        for a in actions
        if a.responsible_id == staff.supervisor
    ]
    for review in rng.sample(reviews, min(2, len(reviews))):
        review.due_date = today + rng.randint(0, 6) * dt.timedelta(days=1)
        review.done_on = None
    _add(session, [action for _, actions in goals for action in actions])
    # A few of each caseworker's open cases are shared with a colleague (a second counsellor
    # joins, or the colleague covers a leave).
    for owner in staff.caseworkers:
        others = [c for c in staff.caseworkers if c != owner]
        mine = [
            (p, c)
            for p, c in zip(plans, cases, strict=True)
            if p.owner == owner and p.status != "closed"
        ]
        for plan, case in mine[:2] if others else []:
            session.add(
                CaseShare(
                    case_id=case.id,
                    user_id=others[0],
                    shared_at=_when(plan.contacts[-1], 11),
                )
            )
    session.flush()
    return cases


def _case_plan(
    rng: random.Random,
    today: dt.date,
    staff: StaffIds,
    plan: _Plan,
    case: Case,
) -> list[tuple[CaseGoal, list[CaseAction]]]:
    """A case's plan: 2-3 goals of its service line, each with 2-4 actions. Actions due
    before today are done, the others are due after next week (a plan is set out over
    months): only a case marked ``soon`` has an action due this week (or a few days late)."""
    day = dt.timedelta(days=1)
    goals: list[tuple[CaseGoal, list[CaseAction]]] = []
    templates = _MHPSS_GOALS if plan.line == "mhpss" else _PROTECTION_GOALS
    chosen = rng.sample(templates, rng.randint(2, 3))
    first_due = plan.opened + 5 * day
    latest_due = plan.closed_on or today + 60 * day
    for position, (goal_text, action_texts) in enumerate(chosen):
        goal = CaseGoal(
            case_id=case.id,
            text=goal_text,
            status="open",
            position=position,
            created_at=_when(plan.opened, 11),
        )
        actions: list[CaseAction] = []
        goals.append((goal, actions))
        texts = rng.sample(action_texts, rng.randint(min(2, len(action_texts)), len(action_texts)))
        if position == 0 and len(texts) < 4 and rng.random() < 0.3:
            texts.append(_SUPERVISOR_ACTION)
        for number, text in enumerate(texts):
            due = first_due + rng.randint(0, max((latest_due - first_due).days, 0)) * day
            if plan.status != "closed" and today < due <= today + 7 * day:
                due += 8 * day  # not this week
            if plan.soon and position == number == 0:
                due = today + rng.randint(-5, 7) * day
            done: dt.date | None = None
            if due <= min(today, latest_due) and not (plan.soon and position == number == 0):
                done = max(plan.opened, due - rng.randint(0, 5) * day)
            responsible = staff.supervisor if text == _SUPERVISOR_ACTION else plan.owner
            actions.append(
                CaseAction(
                    case_id=case.id,
                    text=text,
                    due_date=due,
                    responsible_id=responsible,
                    done_on=done,
                    created_at=_when(plan.opened, 11),
                )
            )
        if all(a.done_on is not None for a in actions):
            met = plan.status != "closed" or plan.reason == "goals_met" or rng.random() < 0.5
            goal.status = "achieved" if met else "dropped"
        elif plan.status == "closed":
            goal.status = "dropped"
    return goals


def _write_contacts(
    session: DbSession,
    rng: random.Random,
    plans: Sequence[_Plan],
    programmes: Mapping[str, int],
) -> int:
    """Each contact of a case is an individual session with the person (MHPSS counselling in
    the MHPSS programme; protection follow-ups in social protection)."""
    mhpss = programmes.get("mhpss")
    protection = programmes.get("social_protection", mhpss)
    rows: list[tuple[_Plan, ActivitySession]] = []
    for plan in plans:
        programme = mhpss if plan.line == "mhpss" else protection
        if programme is None:
            continue
        for number, day in enumerate(plan.contacts):
            by_phone = number > 0 and rng.random() < 0.3
            if plan.line == "mhpss":
                kind = (
                    ActivityType.PSYCHOLOGICAL_FIRST_AID
                    if number == 0
                    else ActivityType.CASE_FOLLOW_UP
                    if by_phone
                    else ActivityType.COUNSELLING
                )
                topic = "Check-in by phone" if by_phone else "Individual counselling"
                notes = rng.choice(_MHPSS_NOTES)
            else:
                kind = ActivityType.CASE_FOLLOW_UP
                topic = "Check-in by phone" if by_phone else rng.choice(_PROTECTION_TOPICS)
                notes = ""
            row = ActivitySession(
                kind="individual",
                activity_type=kind.value,
                programme_id=programme,
                project_id=None,
                date=day,
                duration_minutes=20 if by_phone else 60,
                facilitator_id=plan.owner,
                location="Phone call"
                if by_phone
                else rng.choice(("Kings and Queens office", "BEAM learning centre", "Home visit")),
                topic=topic,
                mhpss_notes=notes,
                created_at=_when(day),
            )
            rows.append((plan, row))
    _add(session, [row for _, row in rows])
    for plan, row in rows:
        plan.sessions[row.date] = row.id
        session.add(Attendance(session_id=row.id, beneficiary_id=plan.person["id"]))
    session.flush()
    return len(rows)


def _write_who5(
    session: DbSession, rng: random.Random, today: dt.date, plans: Sequence[_Plan]
) -> int:
    """WHO-5 at the first and the latest contact of MHPSS cases. Of each caseworker's open
    cases, a few people score under 13 (raw) and a few dropped 12-20 points on the 0-100
    scale; the others improve."""
    if session.scalar(select(Instrument.id).where(Instrument.code == "who5")) is None:
        return 0
    by_owner: dict[int, list[_Plan]] = defaultdict(list)
    for plan in plans:
        if plan.line == "mhpss" and len(plan.contacts) >= 2:
            by_owner[plan.owner].append(plan)
    rows: list[Assessment] = []
    for owner_plans in by_owner.values():
        open_plans = [p for p in owner_plans if p.status == "open"]
        rng.shuffle(open_plans)
        for plan in owner_plans:
            rank = open_plans.index(plan) if plan in open_plans else -1
            if 0 <= rank < 3:  # poor wellbeing
                first, latest = rng.randint(6, 14), rng.randint(4, 12)
            elif 3 <= rank < 5:  # a drop of three raw points or more (12+ on 0-100)
                first = rng.randint(18, 22)
                latest = first - rng.randint(3, 5)
            else:  # better since the first contact
                first = rng.randint(7, 14)
                latest = min(25, max(13, first + rng.randint(3, 9)))
            phase = "post" if plan.status == "closed" else "mid"
            for day, raw, when in (
                (plan.contacts[0], first, "pre"),
                (plan.contacts[-1], latest, phase),
            ):
                rows.append(
                    Assessment(
                        beneficiary_id=plan.person["id"],
                        instrument="who5",
                        phase=when,
                        date=day,
                        answers=json.dumps(_who5_answers(rng, raw)),
                        raw_score=raw,
                        session_id=plan.sessions.get(day),
                        assessed_by=plan.owner,
                        created_at=_when(day, 16),
                    )
                )
    _add(session, rows)
    return len(rows)


def _write_referrals(
    session: DbSession,
    rng: random.Random,
    today: dt.date,
    staff: StaffIds,
    plans: Sequence[_Plan],
    programmes: Mapping[str, int],
) -> int:
    """Partner services, and referrals to them: for each caseworker a few sent 15-40 days ago
    with no answer yet, one sent this week, and older ones the partner accepted or completed."""
    services: list[tuple[Service, str]] = []
    listed = {
        (s.organisation, s.name): s
        for s in session.scalars(select(Service).where(Service.own.is_(False)))
    }
    for organisation, name, category, reason in _PARTNER_SERVICES:
        known = listed.get((organisation, name))
        if known is not None:  # demo data added again
            services.append((known, reason))
            continue
        service = Service(
            uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            own=False,
            organisation=organisation,
            name=name,
            category=category,
            updated_at=_when(today - dt.timedelta(days=120), 9),
        )
        session.add(service)
        services.append((service, reason))
    session.flush()
    rows: list[Referral] = []
    codes: set[str] = set()
    for owner in staff.caseworkers:
        mine = [p for p in plans if p.owner == owner and p.status != "closed"]
        mine.sort(key=lambda p: (not p.person["consent_referral"], p.person["id"]))
        for number, plan in enumerate(mine[:6]):
            service, reason = rng.choice(services)
            if number < 3:  # waiting for feedback
                day = today - dt.timedelta(days=rng.randint(15, 40))
                status = "sent"
            elif number == 3:  # sent this week: not waiting long yet
                day = today - dt.timedelta(days=rng.randint(1, 5))
                status = "sent"
            else:  # the partner answered
                day = today - dt.timedelta(days=rng.randint(30, 120))
                status = "accepted" if number == 4 else "completed"
            day = max(day, plan.opened, plan.person["consent_date"])
            rows.append(
                Referral(
                    beneficiary_id=plan.person["id"],
                    service_id=service.id,
                    service_name=service.name,
                    programme_id=programmes.get(
                        "mhpss" if plan.line == "mhpss" else "social_protection"
                    ),
                    date=day,
                    reason=reason,
                    urgency="urgent" if service.category == "safe_shelter" else "normal",
                    consent_confirmed=True,
                    status=status,
                    follow_up_date=day + dt.timedelta(days=7),
                    referred_by=owner,
                    created_at=_when(day, 14),
                    code=_demo_code(session, rng, codes),
                )
            )
    _add(session, rows)
    return len(rows)


def _demo_code(session: DbSession, rng: random.Random, taken: set[str]) -> str:
    """A referral code of the CSO, from the demo's random numbers (none it has already)."""
    cso = session.scalar(select(CsoProfile.code)) or "DEMO"
    while True:
        code = referral_codes.code_from(
            cso, lambda: "".join(rng.choice(referral_codes.ALPHABET) for _ in range(7))
        )
        known = session.scalar(select(Referral.id).where(Referral.code == code))
        if code not in taken and known is None:
            taken.add(code)
            return code


def _write_participant_notes(
    session: DbSession,
    rng: random.Random,
    programmes: Mapping[str, int],
    sessions: Sequence[Mapping[str, Any]],
    attendance: Sequence[tuple[int, int]],
) -> None:
    """Notes on a few participants of the latest MHPSS group sessions, by their counsellor."""
    mhpss = programmes.get("mhpss")
    groups = sorted(
        (s for s in sessions if s["programme_id"] == mhpss),
        key=lambda s: (s["date"], s["id"]),
        reverse=True,
    )[:4]
    present: dict[int, list[int]] = defaultdict(list)
    wanted = {s["id"] for s in groups}
    for session_id, person_id in attendance:
        if session_id in wanted:
            present[session_id].append(person_id)
    for group in groups:
        for person_id in rng.sample(present[group["id"]], min(2, len(present[group["id"]]))):
            session.add(
                ParticipantNote(
                    session_id=group["id"],
                    beneficiary_id=person_id,
                    note=rng.choice(_PARTICIPANT_NOTES),
                    written_by=group["facilitator_id"],
                    updated_at=_when(group["date"], 18),
                )
            )
    session.flush()


def _write_unrecorded_sessions(
    session: DbSession,
    rng: random.Random,
    today: dt.date,
    staff: StaffIds,
    programmes: Mapping[str, int],
) -> None:
    """One or two group sessions of each facilitator in the past week whose attendance nobody
    has taken yet."""
    offered = {
        "safe_space": ("Safe space meeting", "Kings and Queens office", ActivityType.SAFE_SPACE),
        "thai_language": (
            "Thai for the clinic",
            "Migrant Learning Centre, Mae Pa",
            ActivityType.THAI_CLASS,
        ),
        "youth": ("Youth leadership club", "Mae Sot community hall", ActivityType.YOUTH),
        "social_protection": (
            "Work permits and pink cards",
            "Mae Sot community hall",
            ActivityType.AWARENESS,
        ),
    }
    for facilitator in staff.facilitators:
        codes = [
            code
            for code in offered
            if code in programmes
            and facilitator in (facilitator_for(staff, code, 0), facilitator_for(staff, code, 1))
        ]
        days = rng.sample(range(1, 7), 2)
        for code, ago in zip(codes[:2], days, strict=False):
            topic, location, kind = offered[code]
            day = today - dt.timedelta(days=ago)
            session.add(
                ActivitySession(
                    kind="group",
                    activity_type=kind.value,
                    programme_id=programmes[code],
                    project_id=None,
                    date=day,
                    duration_minutes=120,
                    facilitator_id=facilitator,
                    location=location,
                    topic=topic,
                    mhpss_notes="",
                    created_at=_when(day, 12),
                )
            )
    session.flush()


def _project_members(
    code: str,
    people: Sequence[Mapping[str, Any]],
    adults: Sequence[Mapping[str, Any]],
    today: dt.date,
    start: dt.date,
) -> list[Mapping[str, Any]]:
    """Who may join a project: women for the participatory one, young people (12-25) for the
    others, of those who consented before it started."""
    if code == "participatory":
        members = [p for p in adults if p["sex"] == "female"]
    else:
        members = [
            p
            for p in people
            if today - dt.timedelta(days=25 * 366)
            <= p["birth_date"]
            <= today - dt.timedelta(days=12 * 366)
        ]
    return [p for p in members if p["consent_date"] <= start]


def _write_projects(
    session: DbSession,
    rng: random.Random,
    today: dt.date,
    staff: StaffIds,
    people: Sequence[Mapping[str, Any]],
    programmes: Mapping[str, int],
) -> None:
    """A participatory project for each facilitator: its participants, its weekly sessions so
    far (run by the facilitator), and its next sessions planned within the coming week."""
    adults = [p for p in people if p["birth_date"] <= today - dt.timedelta(days=18 * 366)]
    titles = set(session.scalars(select(Project.title)))
    for (code, title, community, goals, past_sessions, next_sessions), facilitator in zip(
        _PROJECTS, staff.facilitators, strict=False
    ):
        if title in titles:  # demo data added again
            continue
        start = today - dt.timedelta(days=rng.randint(40, 80))
        project = Project(
            title=title,
            community=community,
            facilitators=staff.full_names[facilitator],
            goals=goals,
            programme_id=programmes.get(code),
            start_date=start,
            end_date=today + dt.timedelta(days=rng.randint(90, 150)),
            status="active",
            created_at=_when(start, 9),
        )
        session.add(project)
        session.flush()
        members = _project_members(code, people, adults, today, start)
        chosen = rng.sample(members, min(14, len(members)))
        for person in chosen:
            session.add(ProjectParticipant(project_id=project.id, beneficiary_id=person["id"]))
        done = rng.randint(3, 6)
        programme = programmes.get(code)
        held: list[ActivitySession] = []
        for number in range(done if chosen and programme is not None else 0):
            day = start + dt.timedelta(days=7 * number)
            held.append(
                ActivitySession(
                    kind="group",
                    activity_type=ActivityType.PROJECT_SESSION.value,
                    programme_id=programme,
                    project_id=project.id,
                    date=day,
                    duration_minutes=120,
                    facilitator_id=facilitator,
                    location=community,
                    topic=past_sessions[number],
                    mhpss_notes="",
                    created_at=_when(day),
                )
            )
        _add(session, held)
        for row in held:
            for person in chosen:
                if rng.random() < 0.85:
                    session.add(Attendance(session_id=row.id, beneficiary_id=person["id"]))
        for number, plan_title in enumerate(next_sessions, start=done + 1):
            day = today + dt.timedelta(days=rng.randint(1, 3) + 3 * (number - done - 1))
            session.add(
                SessionPlan(
                    project_id=project.id,
                    is_template=False,
                    language="en",
                    session_number=number,
                    title=plan_title,
                    planned_date=day,
                    duration_minutes=120,
                    objectives="Everyone knows the plan and their part in it.",
                    created_at=_when(today - dt.timedelta(days=7), 10),
                    updated_at=_when(today - dt.timedelta(days=2), 10),
                )
            )
    session.flush()


__all__ = [
    "DEMO_STAFF",
    "CaseworkSummary",
    "DemoStaff",
    "StaffIds",
    "add_casework",
    "ensure_staff",
    "facilitator_for",
    "missing_staff",
]
