"""The signed-in user's worklist ("My day"): what is due or overdue in their own casework.

Seven kinds of item (their ``kind`` strings are also what ``saphan worklist --json`` prints):

- ``follow_up``: an open case the user owns whose next contact is within the week (or past);
- ``case_action``: a case-plan action the user is responsible for, not done, due within the week;
- ``review_wellbeing``: a person in one of the user's open cases whose latest WHO-5 raw score is
  under 13, or fell by 10 or more points on its 0-100 scale since the WHO-5 before;
- ``referral_feedback``: a referral the user made that is still ``sent`` N days after it was
  made (N: :data:`db.settings.REFERRAL_FEEDBACK_DAYS`, 14 unless the CSO changed it);
- ``consent_renewal``: a person in one of the user's open cases whose consent is a year old
  within 14 days;
- ``attendance_missing``: a group session the user facilitated, in the last 60 days up to today,
  with nobody's attendance recorded;
- ``project_session``: a session plan of a project the user facilitates, planned within the week.

Each item has a ``key`` made of its kind, its record and its due date. What the user did with an
item (done, snoozed until a date, dismissed with a reason) is kept under that key in
``worklist_marks``; an item whose record changed its due date (a new next contact, a new WHO-5)
has a new key and is on the list again.

Each kind is one indexed query over the user's own rows: no loop per person. Only the user's
own cases, actions, referrals and sessions are read, so every item is about someone the user
already reads in full. The sentence saying what to do is made by the caller in the user's
language (``desktop/worklist/wording.py``); the item carries what it needs.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from db import settings
from db.errors import ValidationFailed
from db.models import (
    Assessment,
    Attendance,
    Beneficiary,
    Case,
    CaseAction,
    Project,
    Referral,
    Service,
    Session,
    SessionPlan,
    WorklistMark,
)
from db.store import Store

# How far ahead follow-ups, case actions and project sessions are listed.
WEEK_DAYS = 7
# Consent is given for a year and renewed from two weeks before it runs out.
CONSENT_MONTHS = 12
CONSENT_NOTICE_DAYS = 14
# Group sessions older than this are no longer asked for their attendance.
ATTENDANCE_DAYS = 60
# WHO-5: a raw score under 13 (of 25), or a drop of 10 or more on its 0-100 scale (raw x 4).
WHO5 = "who5"
WHO5_FLAG_BELOW = 13
WHO5_MULTIPLIER = 4
WHO5_DROP_POINTS = 10
MAX_REASON = 500


class Kind(StrEnum):
    FOLLOW_UP = "follow_up"
    CASE_ACTION = "case_action"
    REVIEW_WELLBEING = "review_wellbeing"
    REFERRAL_FEEDBACK = "referral_feedback"
    CONSENT_RENEWAL = "consent_renewal"
    ATTENDANCE_MISSING = "attendance_missing"
    PROJECT_SESSION = "project_session"


class MarkState(StrEnum):
    DONE = "done"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"


class When(StrEnum):
    """Where an item stands on a day: the worklist's groups."""

    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"  # only consent renewals are listed more than a week ahead


@dataclass(frozen=True)
class WorkItem:
    """One thing to do. The record ids say which screen opens it; ``text``, ``number``,
    ``score``, ``previous_score`` and ``since`` are what the sentence saying what to do needs
    (see :func:`desktop.worklist.wording.what`)."""

    kind: Kind
    key: str
    due: dt.date
    overdue: bool
    when: When
    person_id: int | None = None
    person_code: str | None = None
    case_id: int | None = None
    action_id: int | None = None
    session_id: int | None = None
    referral_id: int | None = None
    assessment_id: int | None = None
    plan_id: int | None = None
    project_id: int | None = None
    # The case's service line code (follow-ups and actions).
    service_line: str = ""
    # The action's text, the referral's service, the session's topic or the plan's title.
    text: str = ""
    # The project's title (project sessions).
    project: str = ""
    # The plan's session number (project sessions).
    number: int | None = None
    # WHO-5 raw scores: the latest and the one before (None: there is none).
    score: int | None = None
    previous_score: int | None = None
    # The referral's date, the consent's date or the session's date.
    since: dt.date | None = None


# --- the date arithmetic ---------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months; a day the target month lacks becomes its last
    (31 January + 1 month = 28 or 29 February; 29 February + 12 months = 28 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def consent_due(consent_date: dt.date) -> dt.date:
    """The day a consent given on ``consent_date`` is a year old."""
    return add_months(consent_date, CONSENT_MONTHS)


def referral_due(sent: dt.date, days: int) -> dt.date:
    """The day feedback on a referral made on ``sent`` is to be asked for."""
    return sent + dt.timedelta(days=days)


def placement(
    due: dt.date,
    today: dt.date,
    *,
    ahead_days: int = WEEK_DAYS,
    mark: MarkState | None = None,
    until: dt.date | None = None,
) -> When | None:
    """Where an item due on ``due`` stands on ``today``, or None when it is not listed: due
    more than ``ahead_days`` ahead, done, dismissed, or snoozed until a later day (a snoozed
    item is back on the day it was snoozed until)."""
    if mark in (MarkState.DONE, MarkState.DISMISSED):
        return None
    if mark is MarkState.SNOOZED and until is not None and today < until:
        return None
    if due < today:
        return When.OVERDUE
    if due == today:
        return When.TODAY
    if (due - today).days <= min(ahead_days, WEEK_DAYS):
        return When.THIS_WEEK
    if (due - today).days <= ahead_days:
        return When.LATER
    return None


# --- keys --------------------------------------------------------------------------------------

_RECORD = {
    Kind.FOLLOW_UP: "case",
    Kind.CASE_ACTION: "action",
    Kind.REVIEW_WELLBEING: "assessment",
    Kind.REFERRAL_FEEDBACK: "referral",
    Kind.CONSENT_RENEWAL: "person",
    Kind.ATTENDANCE_MISSING: "session",
    Kind.PROJECT_SESSION: "plan",
}


def item_key(kind: Kind, record_id: int, due: dt.date) -> str:
    """The stable name of an item: ``follow_up:case:12:2026-12-01``."""
    return f"{kind.value}:{_RECORD[kind]}:{record_id}:{due.isoformat()}"


def _check_key(key: str) -> str:
    parts = key.split(":")
    valid = len(parts) == 4 and parts[0] in {k.value for k in Kind} and parts[2].isdigit()
    if valid:
        try:
            dt.date.fromisoformat(parts[3])
        except ValueError:
            valid = False
    if not valid or _RECORD[Kind(parts[0])] != parts[1]:
        raise ValidationFailed({"key": "invalid"})
    return key


# --- the queries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """An item before the user's marks are applied."""

    item: WorkItem
    ahead_days: int = WEEK_DAYS


def _item(kind: Kind, record_id: int, due: dt.date | None, **fields: Any) -> WorkItem:
    assert due is not None  # every query asks for a due date on or before a day
    return WorkItem(
        kind=kind,
        key=item_key(kind, record_id, due),
        due=due,
        overdue=False,
        when=When.TODAY,
        **fields,
    )


def _live_person() -> Any:
    return Beneficiary.deleted_at.is_(None)


def _follow_ups(session: OrmSession, user_id: int, horizon: dt.date) -> Iterable[_Found]:
    rows = session.execute(
        select(Case.id, Case.next_contact, Case.service_line, Beneficiary.id, Beneficiary.code)
        .join(Beneficiary, Beneficiary.id == Case.beneficiary_id)
        .where(
            Case.owner_id == user_id,
            Case.status == "open",
            Case.next_contact <= horizon,
            _live_person(),
        )
    )
    for case_id, due, line, person_id, code in rows:
        yield _Found(
            _item(
                Kind.FOLLOW_UP,
                case_id,
                due,
                person_id=person_id,
                person_code=code,
                case_id=case_id,
                service_line=line,
            )
        )


def _case_actions(session: OrmSession, user_id: int, horizon: dt.date) -> Iterable[_Found]:
    rows = session.execute(
        select(
            CaseAction.id,
            CaseAction.due_date,
            CaseAction.text,
            Case.id,
            Case.service_line,
            Beneficiary.id,
            Beneficiary.code,
        )
        .join(Case, Case.id == CaseAction.case_id)
        .join(Beneficiary, Beneficiary.id == Case.beneficiary_id)
        .where(
            CaseAction.responsible_id == user_id,
            CaseAction.due_date <= horizon,
            CaseAction.done_on.is_(None),
            Case.status != "closed",
            _live_person(),
        )
    )
    for action_id, due, text, case_id, line, person_id, code in rows:
        yield _Found(
            _item(
                Kind.CASE_ACTION,
                action_id,
                due,
                person_id=person_id,
                person_code=code,
                case_id=case_id,
                action_id=action_id,
                service_line=line,
                text=text,
            )
        )


def _my_open_case_people(user_id: int) -> Any:
    """The people of the user's open cases (a subquery on ix_cases_owner_status)."""
    return select(Case.beneficiary_id).where(Case.owner_id == user_id, Case.status == "open")


def _wellbeing(session: OrmSession, user_id: int) -> Iterable[_Found]:
    ranked = (
        select(
            Assessment.id.label("id"),
            Assessment.beneficiary_id.label("person_id"),
            Assessment.date.label("date"),
            Assessment.raw_score.label("raw"),
            func.row_number()
            .over(
                partition_by=Assessment.beneficiary_id,
                order_by=(Assessment.date.desc(), Assessment.id.desc()),
            )
            .label("n"),
        )
        .where(
            Assessment.instrument == WHO5,
            Assessment.beneficiary_id.in_(_my_open_case_people(user_id)),
        )
        .cte("ranked")
    )
    latest = aliased(ranked, name="latest")
    before = aliased(ranked, name="before")
    rows = session.execute(
        select(
            latest.c.id, latest.c.date, latest.c.raw, before.c.raw, Beneficiary.id, Beneficiary.code
        )
        .join(Beneficiary, Beneficiary.id == latest.c.person_id)
        .outerjoin(before, and_(before.c.person_id == latest.c.person_id, before.c.n == 2))
        .where(
            latest.c.n == 1,
            _live_person(),
            or_(
                latest.c.raw < WHO5_FLAG_BELOW,
                (before.c.raw - latest.c.raw) * WHO5_MULTIPLIER >= WHO5_DROP_POINTS,
            ),
        )
    )
    for assessment_id, day, raw, previous, person_id, code in rows:
        yield _Found(
            _item(
                Kind.REVIEW_WELLBEING,
                assessment_id,
                day,
                person_id=person_id,
                person_code=code,
                assessment_id=assessment_id,
                score=raw,
                previous_score=previous,
            )
        )


def _referrals(session: OrmSession, user_id: int, today: dt.date, days: int) -> Iterable[_Found]:
    rows = session.execute(
        select(
            Referral.id,
            Referral.date,
            Referral.service_name,
            Service.name,
            Beneficiary.id,
            Beneficiary.code,
        )
        .join(Beneficiary, Beneficiary.id == Referral.beneficiary_id)
        .outerjoin(Service, Service.id == Referral.service_id)
        .where(
            Referral.referred_by == user_id,
            Referral.status == "sent",
            Referral.date <= today - dt.timedelta(days=days),
            _live_person(),
        )
    )
    for referral_id, sent, service_name, service, person_id, code in rows:
        yield _Found(
            _item(
                Kind.REFERRAL_FEEDBACK,
                referral_id,
                referral_due(sent, days),
                person_id=person_id,
                person_code=code,
                referral_id=referral_id,
                text=service_name or service or "",
                since=sent,
            )
        )


def _consents(session: OrmSession, user_id: int, today: dt.date) -> Iterable[_Found]:
    # A coarse bound for the index, a day generous around month ends; placement() is exact.
    latest = add_months(today + dt.timedelta(days=CONSENT_NOTICE_DAYS), -CONSENT_MONTHS)
    rows = session.execute(
        select(Beneficiary.id, Beneficiary.code, Beneficiary.consent_date).where(
            Beneficiary.id.in_(_my_open_case_people(user_id)),
            Beneficiary.consent_date <= latest + dt.timedelta(days=1),
            _live_person(),
        )
    )
    for person_id, code, given in rows:
        yield _Found(
            _item(
                Kind.CONSENT_RENEWAL,
                person_id,
                consent_due(given),
                person_id=person_id,
                person_code=code,
                since=given,
            ),
            ahead_days=CONSENT_NOTICE_DAYS,
        )


def _attendance(session: OrmSession, user_id: int, today: dt.date) -> Iterable[_Found]:
    rows = session.execute(
        select(Session.id, Session.date, Session.topic, Session.project_id).where(
            Session.facilitator_id == user_id,
            Session.kind == "group",
            Session.date <= today,
            Session.date >= today - dt.timedelta(days=ATTENDANCE_DAYS),
            Session.deleted_at.is_(None),
            ~exists().where(Attendance.session_id == Session.id),
        )
    )
    for session_id, day, topic, project_id in rows:
        yield _Found(
            _item(
                Kind.ATTENDANCE_MISSING,
                session_id,
                day,
                session_id=session_id,
                project_id=project_id,
                text=topic,
                since=day,
            )
        )


def _project_sessions(
    session: OrmSession, user_id: int, full_name: str, today: dt.date, horizon: dt.date
) -> Iterable[_Found]:
    """Plans of the projects the user facilitates: those with a session the user facilitated,
    and those whose facilitators (free text) name the user."""
    facilitated = exists().where(
        Session.project_id == Project.id,
        Session.facilitator_id == user_id,
        Session.deleted_at.is_(None),
    )
    named = func.instr(func.lower(Project.facilitators), full_name.strip().lower()) > 0
    mine = or_(facilitated, named) if full_name.strip() else facilitated
    rows = session.execute(
        select(
            SessionPlan.id,
            SessionPlan.planned_date,
            SessionPlan.title,
            SessionPlan.session_number,
            Project.id,
            Project.title,
        )
        .join(Project, Project.id == SessionPlan.project_id)
        .where(
            SessionPlan.is_template.is_(False),
            SessionPlan.deleted_at.is_(None),
            SessionPlan.planned_date >= today,
            SessionPlan.planned_date <= horizon,
            Project.deleted_at.is_(None),
            mine,
        )
    )
    for plan_id, day, title, number, project_id, project in rows:
        yield _Found(
            _item(
                Kind.PROJECT_SESSION,
                plan_id,
                day,
                plan_id=plan_id,
                project_id=project_id,
                text=title,
                number=number,
                project=project,
            )
        )


def _marks(
    session: OrmSession, user_id: int, keys: Sequence[str]
) -> dict[str, tuple[MarkState, dt.date | None]]:
    marks: dict[str, tuple[MarkState, dt.date | None]] = {}
    for start in range(0, len(keys), 500):
        rows = session.execute(
            select(WorklistMark.item_key, WorklistMark.state, WorklistMark.until)
            .where(
                WorklistMark.user_id == user_id,
                WorklistMark.item_key.in_(keys[start : start + 500]),
            )
            .order_by(WorklistMark.id)
        )
        for key, state, until in rows:
            if state in MarkState.__members__.values():
                marks[key] = (MarkState(state), until)
    return marks


_ORDER = {kind: n for n, kind in enumerate(Kind)}


def worklist(store: Store, today: dt.date | None = None) -> list[WorkItem]:
    """The signed-in user's items due or overdue on ``today`` (default: today), earliest
    first. Any signed-in user may ask: every item is about the user's own work."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=WEEK_DAYS)
    user = store.user
    with store.read() as session:
        days = settings.get_in(session, settings.REFERRAL_FEEDBACK_DAYS)
        found: list[_Found] = [
            *_follow_ups(session, user.id, horizon),
            *_case_actions(session, user.id, horizon),
            *_wellbeing(session, user.id),
            *_referrals(session, user.id, today, days),
            *_consents(session, user.id, today),
            *_attendance(session, user.id, today),
            *_project_sessions(session, user.id, user.full_name, today, horizon),
        ]
        marks = _marks(session, user.id, [f.item.key for f in found])
    items: list[WorkItem] = []
    for f in found:
        mark, until = marks.get(f.item.key, (None, None))
        when = placement(f.item.due, today, ahead_days=f.ahead_days, mark=mark, until=until)
        if when is None:
            continue
        items.append(_placed(f.item, when))
    items.sort(key=lambda i: (i.due, _ORDER[i.kind], i.person_code or "", i.key))
    return items


def _placed(item: WorkItem, when: When) -> WorkItem:
    return replace(item, when=when, overdue=when is When.OVERDUE)


# --- marks -------------------------------------------------------------------------------------


def _mark(
    store: Store, key: str, state: MarkState, until: dt.date | None = None, reason: str = ""
) -> None:
    key = _check_key(key)
    with store.write() as session:
        row = session.scalars(
            select(WorklistMark)
            .where(WorklistMark.user_id == store.user.id, WorklistMark.item_key == key)
            .order_by(WorklistMark.id.desc())
            .limit(1)
        ).first()
        if row is None:
            row = WorklistMark(user_id=store.user.id, item_key=key)
            session.add(row)
        row.state = state.value
        row.until = until
        row.reason = reason
        row.at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        session.flush()
        # Ids only: the key names a kind, a record id and a date, never a person.
        store.audit(session, f"worklist_{state.value}", "worklist_mark", row.id, key)


def mark_done(store: Store, key: str) -> None:
    """The user did what the item asked: it leaves the list (a new due date is a new item)."""
    _mark(store, key, MarkState.DONE)


def snooze(store: Store, key: str, until: dt.date, today: dt.date | None = None) -> None:
    """Hide the item until ``until`` (a later day): it is back on the list on that day."""
    today = today or dt.date.today()
    if until <= today:
        raise ValidationFailed({"until": "not_after_today"})
    _mark(store, key, MarkState.SNOOZED, until=until)


def dismiss(store: Store, key: str, reason: str) -> None:
    """Take the item off the list for good, saying why (required)."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationFailed({"reason": "required"})
    if len(reason) > MAX_REASON:
        raise ValidationFailed({"reason": "too_long"})
    _mark(store, key, MarkState.DISMISSED, reason=reason)


def count_due(store: Store, today: dt.date | None = None) -> int:
    """How many items the navigation shows ("Worklist 7")."""
    return len(worklist(store, today))


__all__ = [
    "Kind",
    "MarkState",
    "When",
    "WorkItem",
    "add_months",
    "consent_due",
    "count_due",
    "dismiss",
    "item_key",
    "mark_done",
    "placement",
    "referral_due",
    "snooze",
    "worklist",
]
