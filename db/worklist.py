"""The signed-in user's worklist ("My day"): what is due or overdue in their own casework.

Eight kinds of item (their ``kind`` strings are also what ``saphan worklist --json`` prints):

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
- ``project_session``: a session plan of a project the user facilitates, planned within the week;
- ``assessment_alert``: an assessment of a person in one of the user's open cases whose
  instrument's alert rules fired (PHQ-9 item 9 above 0, a positive RHS-15 screen, ...), due on
  the assessment's date until the user marks it done. WHO-5 is left to ``review_wellbeing``.

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
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    ClauseElement,
    ColumnElement,
    Date,
    Integer,
    Row,
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler

from db import access, settings
from db.errors import ValidationFailed
from db.instruments.store import parse_stored
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
    ASSESSMENT_ALERT = "assessment_alert"


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


class WorkItem(NamedTuple):
    """One thing to do. The record ids say which screen opens it; ``text``, ``number``,
    ``score``, ``previous_score`` and ``since`` are what the sentence saying what to do needs
    (see :func:`desktop.worklist.wording.what`). A named tuple: a long list is made fast."""

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
    # Assessment alerts: the instrument's name and the alerts' labels (in English; the
    # instrument's own wording).
    alerts: tuple[str, ...] = ()


# --- the date arithmetic ---------------------------------------------------------------------


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months; a day the target month lacks becomes its last
    (31 January + 1 month = 28 or 29 February; 29 February + 12 months = 28 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = 29 if month == 1 and calendar.isleap(year) else _MONTH_DAYS[month]
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
    Kind.ASSESSMENT_ALERT: "assessment",
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
# Each kind is one query over the user's own rows; its rows become items only once the user's
# marks say they are listed (most of the cost of a long list is in making items).


# A row that may become an item, before the user's marks are applied: its kind, key, due date,
# the row, and how many days ahead it is listed. A plain tuple: made for every row found.
_Found = tuple[Kind, str, dt.date, Row[Any], int]


def _found(
    kind: Kind,
    rows: Sequence[Any],  # rows with dates as the text SQLite holds
    due_of: Callable[[Row[Any]], dt.date] | None = None,
    ahead_days: int = WEEK_DAYS,
) -> list[_Found]:
    """The rows of a query whose first column is the record's id and second its due date
    (or ``due_of`` the row)."""
    name = f"{kind.value}:{_RECORD[kind]}:"
    day = dt.date.fromisoformat
    if due_of is None:
        return [(kind, f"{name}{r[0]}:{r[1]}", day(r[1]), r, ahead_days) for r in rows]
    found = []
    for r in rows:
        due = due_of(r)
        found.append((kind, f"{name}{r[0]}:{due}", due, r, ahead_days))
    return found


# The statements are built once, with named parameters: building a statement costs more than
# running it on the user's few hundred rows.
_USER = bindparam("user_id", type_=Integer)
_TODAY = bindparam("today", type_=Date)
_HORIZON = bindparam("horizon", type_=Date)  # today + a week
_SENT_BEFORE = bindparam("sent_before", type_=Date)  # today - N days (referral feedback)
_CONSENT_BEFORE = bindparam("consent_before", type_=Date)  # see _parameters()
_SINCE = bindparam("since", type_=Date)  # today - 60 days (attendance)
_NAME = bindparam("name", type_=String)  # the user's full name, lower case


def _live_person() -> ColumnElement[bool]:
    return Beneficiary.deleted_at.is_(None)


def _my_open_case_people() -> Select[int]:
    """The people of the user's open cases (a subquery on ix_cases_owner_status)."""
    return select(Case.beneficiary_id).where(Case.owner_id == _USER, Case.status == "open")


@cache
def _follow_ups() -> ClauseElement:
    return (
        select(
            Case.id,
            Case.next_contact,
            Case.service_line,
            Beneficiary.id.label("person_id"),
            Beneficiary.code,
        )
        .join(Beneficiary, Beneficiary.id == Case.beneficiary_id)
        .where(
            Case.owner_id == _USER,
            Case.status == "open",
            Case.next_contact <= _HORIZON,
            _live_person(),
        )
    )


@cache
def _case_actions() -> ClauseElement:
    return (
        select(
            CaseAction.id,
            CaseAction.due_date,
            CaseAction.text,
            Case.id.label("case_id"),
            Case.service_line,
            Beneficiary.id.label("person_id"),
            Beneficiary.code,
        )
        .join(Case, Case.id == CaseAction.case_id)
        .join(Beneficiary, Beneficiary.id == Case.beneficiary_id)
        .where(
            CaseAction.responsible_id == _USER,
            CaseAction.due_date <= _HORIZON,
            CaseAction.done_on.is_(None),
            Case.status != "closed",
            _live_person(),
        )
    )


@cache
def _wellbeing() -> ClauseElement:
    """Each person's latest WHO-5 and the one before, where the latest is low or a drop."""
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
            Assessment.beneficiary_id.in_(_my_open_case_people()),
        )
        .cte("ranked")
    )
    latest = aliased(ranked, name="latest")
    before = aliased(ranked, name="before")
    return (
        select(
            latest.c.id,
            latest.c.date,
            latest.c.raw,
            before.c.raw.label("previous"),
            Beneficiary.id.label("person_id"),
            Beneficiary.code,
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


@cache
def _assessment_alerts() -> ClauseElement:
    """Assessments of the people of the user's open cases with alerts (on saving, their
    ``scores`` JSON lists them); WHO-5's low scores are ``review_wellbeing`` items."""
    alerts = func.json_extract(Assessment.scores, "$.alerts")
    return (
        select(
            Assessment.id,
            Assessment.date,
            Assessment.instrument,
            Assessment.instrument_version,
            alerts.label("alerts"),
            Beneficiary.id.label("person_id"),
            Beneficiary.code,
        )
        .join(Beneficiary, Beneficiary.id == Assessment.beneficiary_id)
        .where(
            Assessment.beneficiary_id.in_(_my_open_case_people()),
            Assessment.instrument != WHO5,
            Assessment.scores.is_not(None),
            func.json_array_length(alerts) > 0,
            _live_person(),
        )
    )


@cache
def _referrals() -> ClauseElement:
    return (
        select(
            Referral.id,
            Referral.date,
            Referral.service_name,
            Service.name.label("service"),
            Beneficiary.id.label("person_id"),
            Beneficiary.code,
        )
        .join(Beneficiary, Beneficiary.id == Referral.beneficiary_id)
        .outerjoin(Service, Service.id == Referral.service_id)
        .where(
            Referral.referred_by == _USER,
            Referral.status == "sent",
            Referral.date <= _SENT_BEFORE,
            _live_person(),
        )
    )


@cache
def _consents() -> ClauseElement:
    return select(Beneficiary.id, Beneficiary.consent_date, Beneficiary.code).where(
        Beneficiary.id.in_(_my_open_case_people()),
        Beneficiary.consent_date <= _CONSENT_BEFORE,
        _live_person(),
    )


@cache
def _attendance() -> ClauseElement:
    return select(Session.id, Session.date, Session.topic, Session.project_id).where(
        Session.facilitator_id == _USER,
        Session.kind == "group",
        Session.date <= _TODAY,
        Session.date >= _SINCE,
        Session.deleted_at.is_(None),
        ~exists().where(Attendance.session_id == Session.id),
    )


@cache
def _project_sessions() -> ClauseElement:
    """Plans of the projects the user facilitates: those with a session the user facilitated,
    and those whose facilitators (free text) name the user."""
    facilitated = exists().where(
        Session.project_id == Project.id,
        Session.facilitator_id == _USER,
        Session.deleted_at.is_(None),
    )
    named = and_(_NAME != "", func.instr(func.lower(Project.facilitators), _NAME) > 0)
    return (
        select(
            SessionPlan.id,
            SessionPlan.planned_date,
            SessionPlan.title,
            SessionPlan.session_number,
            Project.id.label("project_id"),
            Project.title.label("project"),
        )
        .join(Project, Project.id == SessionPlan.project_id)
        .where(
            SessionPlan.is_template.is_(False),
            SessionPlan.deleted_at.is_(None),
            SessionPlan.planned_date >= _TODAY,
            SessionPlan.planned_date <= _HORIZON,
            Project.deleted_at.is_(None),
            or_(facilitated, named),
        )
    )


@dataclass(frozen=True)
class _Compiled:
    """A statement as SQLite's text, its parameters' names in order and its own constants."""

    sql: str
    names: tuple[str, ...]
    constants: dict[str, Any]

    def run(self, connection: Connection, values: dict[str, Any]) -> Sequence[Any]:
        merged = self.constants | values
        return connection.exec_driver_sql(self.sql, tuple(merged[n] for n in self.names)).all()


@cache
def _compiled(statement: Callable[[], ClauseElement]) -> _Compiled:
    """Compiled once: the worklist runs each statement as text (dates come back as text)."""
    compiled = statement().compile(dialect=sqlite.dialect())
    assert isinstance(compiled, SQLCompiler)
    return _Compiled(str(compiled), tuple(compiled.positiontup or ()), dict(compiled.params))


def _parameters(user_id: int, full_name: str, today: dt.date, days: int) -> dict[str, Any]:
    """The values of the statements' parameters for a user on a day."""
    # Consents: a bound a day generous around month ends; placement() is exact.
    consent_before = add_months(today + dt.timedelta(days=CONSENT_NOTICE_DAYS), -CONSENT_MONTHS)
    return {
        "user_id": user_id,
        "today": today.isoformat(),
        "horizon": (today + dt.timedelta(days=WEEK_DAYS)).isoformat(),
        "sent_before": (today - dt.timedelta(days=days)).isoformat(),
        "consent_before": (consent_before + dt.timedelta(days=1)).isoformat(),
        "since": (today - dt.timedelta(days=ATTENDANCE_DAYS)).isoformat(),
        "name": full_name.strip().lower(),
    }


# --- from a row to an item -----------------------------------------------------------------

_Builder = Callable[[Kind, str, dt.date, Row[Any], When], WorkItem]
_day = dt.date.fromisoformat


def _follow_up_item(kind: Kind, key: str, due: dt.date, r: Row[Any], when: When) -> WorkItem:
    return WorkItem(kind, key, due, when is When.OVERDUE, when, r.person_id, r.code,
                    case_id=r.id, service_line=r.service_line)  # fmt: skip


def _case_action_item(kind: Kind, key: str, due: dt.date, r: Row[Any], when: When) -> WorkItem:
    return WorkItem(kind, key, due, when is When.OVERDUE, when, r.person_id, r.code,
                    case_id=r.case_id, action_id=r.id, service_line=r.service_line,
                    text=r.text)  # fmt: skip


def _wellbeing_item(kind: Kind, key: str, due: dt.date, r: Row[Any], when: When) -> WorkItem:
    return WorkItem(kind, key, due, when is When.OVERDUE, when, r.person_id, r.code,
                    assessment_id=r.id, score=r.raw, previous_score=r.previous)  # fmt: skip


def _referral_item(kind: Kind, key: str, due: dt.date, r: Row[Any], when: When) -> WorkItem:
    return WorkItem(kind, key, due, when is When.OVERDUE, when, r.person_id, r.code,
                    referral_id=r.id, text=r.service_name or r.service or "",
                    since=_day(r.date))  # fmt: skip


def _consent_item(kind: Kind, key: str, due: dt.date, r: Row[Any], when: When) -> WorkItem:
    return WorkItem(kind, key, due, when is When.OVERDUE, when, r.id, r.code,
                    since=_day(r.consent_date))  # fmt: skip


def _attendance_item(kind: Kind, key: str, due: dt.date, r: Row[Any], when: When) -> WorkItem:
    return WorkItem(kind, key, due, when is When.OVERDUE, when,
                    session_id=r.id, project_id=r.project_id, text=r.topic,
                    since=_day(r.date))  # fmt: skip


def _project_session_item(kind: Kind, key: str, due: dt.date, r: Row[Any], when: When) -> WorkItem:
    return WorkItem(kind, key, due, when is When.OVERDUE, when,
                    plan_id=r.id, project_id=r.project_id, text=r.title,
                    number=r.session_number, project=r.project)  # fmt: skip


def _alert_labels(
    conn: Connection, code: str, version: int, alerts: str
) -> tuple[str, tuple[str, ...]]:
    """The instrument's name and the English labels of the alerts (their codes if unknown)."""
    codes = [str(c) for c in json.loads(alerts or "[]")]
    row = conn.exec_driver_sql(
        "SELECT name, definition FROM instruments WHERE code = ? AND version = ?", (code, version)
    ).first()
    if row is None:
        return code, tuple(codes)
    defn = parse_stored(row[1])
    labels = {a.code: a.label.get("en", a.code) for a in defn.alerts}
    return str(row[0]), tuple(labels.get(c, c) for c in codes)


def _assessment_alert_item(kind: Kind, key: str, due: dt.date, r: Row[Any], when: When) -> WorkItem:
    return WorkItem(kind, key, due, when is When.OVERDUE, when, r.person_id, r.code,
                    assessment_id=r.id, text=r.name, alerts=r.labels)  # fmt: skip


_BUILDERS: dict[Kind, _Builder] = {
    Kind.FOLLOW_UP: _follow_up_item,
    Kind.CASE_ACTION: _case_action_item,
    Kind.REVIEW_WELLBEING: _wellbeing_item,
    Kind.REFERRAL_FEEDBACK: _referral_item,
    Kind.CONSENT_RENEWAL: _consent_item,
    Kind.ATTENDANCE_MISSING: _attendance_item,
    Kind.PROJECT_SESSION: _project_session_item,
    Kind.ASSESSMENT_ALERT: _assessment_alert_item,
}


class _AlertRow(NamedTuple):
    id: int
    date: str
    person_id: int
    code: str
    name: str
    labels: tuple[str, ...]


def _with_labels(conn: Connection, rows: Sequence[Row[Any]]) -> list[_AlertRow]:
    out = []
    for r in rows:
        name, labels = _alert_labels(conn, r.instrument, r.instrument_version, r.alerts)
        out.append(_AlertRow(r.id, r.date, r.person_id, r.code, name, labels))
    return out


@cache
def _marks_statement() -> ClauseElement:
    """The user's marks (on ix_worklist_marks_user_item; a user marks a few thousand items a
    year), the last answer to an item last."""
    return (
        select(WorklistMark.item_key, WorklistMark.state, WorklistMark.until)
        .where(WorklistMark.user_id == _USER)
        .order_by(WorklistMark.id)
    )


def _marks(conn: Connection, params: dict[str, Any]) -> dict[str, tuple[str, str | None]]:
    """The user's marks by item key: the state and the day snoozed until (as text)."""
    return {
        key: (state, until) for key, state, until in _compiled(_marks_statement).run(conn, params)
    }


_ORDER = {kind: n for n, kind in enumerate(Kind)}
_STATES = {state.value: state for state in MarkState}


def person_names(store: Store, person_ids: Sequence[int]) -> dict[int, str]:
    """The names of the people of some items, by id (of those the user sees at all: a name is
    part of what even a partial view shows), in one query."""
    wanted = sorted(set(person_ids))
    if not wanted:
        return {}
    with store.read() as session:
        rows = session.execute(
            select(Beneficiary.id, Beneficiary.name_latin, Beneficiary.name_script).where(
                Beneficiary.id.in_(wanted), access.visible_people(store)
            )
        ).all()
    return {pid: latin or script for pid, latin, script in rows}


def worklist(store: Store, today: dt.date | None = None) -> list[WorkItem]:
    """The signed-in user's items due or overdue on ``today`` (default: today), earliest
    first. Any signed-in user may ask: every item is about the user's own work."""
    today = today or dt.date.today()
    user = store.user
    with store.read() as session:
        conn = session.connection()
        days = settings.get_on(conn, settings.REFERRAL_FEEDBACK_DAYS)
        day = dt.date.fromisoformat
        params = _parameters(user.id, user.full_name, today, days)

        def run(statement: Callable[[], ClauseElement]) -> Sequence[Row[Any]]:
            return _compiled(statement).run(conn, params)

        found: list[_Found] = [
            *_found(Kind.FOLLOW_UP, run(_follow_ups)),
            *_found(Kind.CASE_ACTION, run(_case_actions)),
            *_found(Kind.REVIEW_WELLBEING, run(_wellbeing)),
            *_found(
                Kind.REFERRAL_FEEDBACK, run(_referrals), lambda r: referral_due(day(r.date), days)
            ),
            *_found(
                Kind.CONSENT_RENEWAL,
                run(_consents),
                lambda r: consent_due(day(r.consent_date)),
                CONSENT_NOTICE_DAYS,
            ),
            *_found(Kind.ATTENDANCE_MISSING, run(_attendance)),
            *_found(Kind.PROJECT_SESSION, run(_project_sessions)),
            *_found(Kind.ASSESSMENT_ALERT, _with_labels(conn, run(_assessment_alerts))),
        ]
        marks = _marks(conn, params)
    items: list[WorkItem] = []
    for kind, key, due, row, ahead_days in found:
        mark = marks.get(key)
        if mark is None:
            when = placement(due, today, ahead_days=ahead_days)
        else:
            until = day(mark[1]) if mark[1] else None
            when = placement(
                due, today, ahead_days=ahead_days, mark=_STATES.get(mark[0]), until=until
            )
        if when is not None:
            items.append(_BUILDERS[kind](kind, key, due, row, when))
    items.sort(key=lambda i: (i.due, _ORDER[i.kind], i.person_code or "", i.key))
    return items


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
