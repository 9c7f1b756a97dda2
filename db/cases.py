"""Cases: a person's case in a service line, who owns it, where it stands, and its plan.

A case per person and service line (the built-in MHPSS and protection lines, and any the CSO
adds in its settings): its owner (a caseworker), status (open, on hold, closed with a reason
code and an outcome), opened and closed dates, the next contact (the follow-up date, set after
each contact), and a plan of goals and actions with due dates and who is responsible. One case
per person and line may be open or on hold at a time.

Every write is one transaction, checked here (a hidden button is never the only guard) and
written to the audit trail with record ids only, never a name. The tables' changes reach the
pages on the change bus as :attr:`db.changes.Change.CASES`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session as OrmSession

from db import access, settings
from db.errors import (
    AccessDenied,
    CaseAlreadyOpen,
    PermissionDenied,
    RecordNotFound,
    ValidationFailed,
)
from db.models import Beneficiary as B
from db.models import Case, CaseAction, CaseGoal, CaseShare, User, utcnow
from db.permissions import Permission, role_allows
from db.store import Store
from db.types import Role
from db.validation import clean_text, text_problems

MHPSS = "mhpss"
PROTECTION = "protection"
# The built-in service lines: code -> English name (the desktop words them in the user's
# language; a CSO's own lines carry the name it gave them).
SERVICE_LINES: dict[str, str] = {
    MHPSS: "Psychosocial support (MHPSS)",
    PROTECTION: "Protection",
}
LINE_NAME_MAX = 80
TEXT_MAX = 2000
# The prefix of the codes of a CSO's own lines.
OWN_LINE_PREFIX = "cso_"


class CaseState(StrEnum):
    OPEN = "open"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


# Open and on hold: a case that still counts as the person's case in its line.
LIVE_STATES = (CaseState.OPEN.value, CaseState.ON_HOLD.value)


class CloseReason(StrEnum):
    GOALS_MET = "goals_met"
    MOVED_AWAY = "moved_away"
    REFERRED_ON = "referred_on"
    LOST_CONTACT = "lost_contact"
    DECLINED = "declined"
    DIED = "died"
    OTHER = "other"


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


@dataclass(frozen=True)
class ServiceLine:
    code: str
    name: str
    built_in: bool


@dataclass(frozen=True)
class CaseRecord:
    id: int
    person_id: int
    person_code: str
    service_line: str
    owner_id: int | None
    owner_name: str
    status: CaseState
    opened_on: dt.date
    closed_on: dt.date | None
    closed_reason: CloseReason | None
    outcome: str
    next_contact: dt.date | None
    shared_with: tuple[int, ...]

    @property
    def live(self) -> bool:
        """Open or on hold."""
        return self.status is not CaseState.CLOSED


@dataclass(frozen=True)
class GoalRecord:
    id: int
    case_id: int
    text: str
    status: GoalStatus
    position: int


@dataclass(frozen=True)
class ActionRecord:
    id: int
    case_id: int
    goal_id: int | None
    text: str
    due_date: dt.date | None
    responsible_id: int | None
    responsible_name: str
    done_on: dt.date | None

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class CasePlan:
    goals: list[GoalRecord]
    actions: list[ActionRecord]


@dataclass(frozen=True)
class CaseWorker:
    """An active account that may own cases (for the pickers of owner and responsible)."""

    id: int
    full_name: str


# --- service lines ---------------------------------------------------------------------------


def service_lines(store: Store) -> list[ServiceLine]:
    """The built-in lines, then the CSO's own (by name). Nothing about a person."""
    own = settings.get(store, settings.CASE_SERVICE_LINES)
    return [ServiceLine(code, name, True) for code, name in SERVICE_LINES.items()] + [
        ServiceLine(code, name, False)
        for code, name in sorted(own.items(), key=lambda item: item[1].casefold())
    ]


def _line_codes(session: OrmSession) -> set[str]:
    own: dict[str, str] = settings.get_in(session, settings.CASE_SERVICE_LINES)
    return set(SERVICE_LINES) | set(own)


def add_service_line(store: Store, name: str) -> ServiceLine:
    """Add one of the CSO's own service lines (admin: ``SETTINGS``). Its code is made here."""
    store.require(Permission.SETTINGS)
    problems = text_problems({"name": name})
    name = clean_text(name).strip()
    if not name:
        problems["name"] = "required"
    elif len(name) > LINE_NAME_MAX:
        problems["name"] = "too_long"
    with store.write() as session:
        own = settings.get_in(session, settings.CASE_SERVICE_LINES)
        taken = {n.casefold() for n in (*SERVICE_LINES.values(), *own.values())}
        if name.casefold() in taken:
            problems.setdefault("name", "line_exists")
        if problems:
            raise ValidationFailed(problems)
        number = 1
        while f"{OWN_LINE_PREFIX}{number}" in own:
            number += 1
        code = f"{OWN_LINE_PREFIX}{number}"
        settings.put_in(session, settings.CASE_SERVICE_LINES, {**own, code: name})
        store.audit(session, "service_line_add", "setting", None, code)
    return ServiceLine(code, name, False)


def remove_service_line(store: Store, code: str) -> None:
    """Remove one of the CSO's own lines that no case uses (built-in lines stay)."""
    store.require(Permission.SETTINGS)
    with store.write() as session:
        own = settings.get_in(session, settings.CASE_SERVICE_LINES)
        if code not in own:
            raise ValidationFailed({"service_line": "built_in" if code in SERVICE_LINES else ""})
        used = session.scalar(select(func.count()).where(Case.service_line == code))
        if used:
            raise ValidationFailed({"service_line": "line_in_use"})
        settings.put_in(
            session, settings.CASE_SERVICE_LINES, {k: v for k, v in own.items() if k != code}
        )
        store.audit(session, "service_line_remove", "setting", None, code)


# --- who may own cases -----------------------------------------------------------------------


def _may_own(user: User | None) -> bool:
    if user is None or not user.active:
        return False
    try:
        role = Role(user.role)
    except ValueError:
        return False
    return role_allows(role, Permission.CASES)


def case_workers(store: Store) -> list[CaseWorker]:
    """Active accounts whose role may own cases, by name."""
    store.require(Permission.CASES)
    with store.read() as session:
        users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.full_name))
        return [CaseWorker(u.id, u.full_name) for u in users if _may_own(u)]


def _check_user(session: OrmSession, user_id: int, key: str) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise ValidationFailed({key: "unknown_user"})
    if not _may_own(user):
        raise ValidationFailed({key: "not_caseworker"})
    return user


_ALL_CASES = (Role.ADMIN, Role.SUPERVISOR)


def may_manage(store: Store, case: CaseRecord | Case) -> bool:
    """Whether the signed-in user may transfer and share a case: its owner (anyone who does
    casework when it has none), a supervisor or an admin."""
    return store.user.role in _ALL_CASES or case.owner_id in (None, store.user.id)


def may_work_on(store: Store, case: CaseRecord) -> bool:
    """Whether the signed-in user may change a case (status, plan, next contact): who may
    manage it, and the colleagues it is shared with."""
    return may_manage(store, case) or store.user.id in case.shared_with


def _require_work_on(store: Store, session: OrmSession, case: Case) -> None:
    if may_manage(store, case):
        return
    if session.get(CaseShare, (case.id, store.user.id)) is None:
        raise PermissionDenied(Permission.CASES.value)


# --- reading ---------------------------------------------------------------------------------


def _records(session: OrmSession, cases: Sequence[Case]) -> list[CaseRecord]:
    if not cases:
        return []
    ids = [c.id for c in cases]
    codes: dict[int, str] = {
        i: code
        for i, code in session.execute(
            select(B.id, B.code).where(B.id.in_({c.beneficiary_id for c in cases}))
        )
    }
    owner_ids = {c.owner_id for c in cases if c.owner_id is not None}
    owners: dict[int, str] = {
        i: name
        for i, name in session.execute(
            select(User.id, User.full_name).where(User.id.in_(owner_ids))
        )
    }
    shares: dict[int, list[int]] = {}
    for case_id, user_id in session.execute(
        select(CaseShare.case_id, CaseShare.user_id)
        .where(CaseShare.case_id.in_(ids))
        .order_by(CaseShare.user_id)
    ):
        shares.setdefault(case_id, []).append(user_id)
    return [
        CaseRecord(
            id=c.id,
            person_id=c.beneficiary_id,
            person_code=codes.get(c.beneficiary_id, ""),
            service_line=c.service_line,
            owner_id=c.owner_id,
            owner_name=owners.get(c.owner_id, "") if c.owner_id is not None else "",
            status=CaseState(c.status),
            opened_on=c.opened_on,
            closed_on=c.closed_on,
            closed_reason=CloseReason(c.closed_reason) if c.closed_reason else None,
            outcome=c.outcome,
            next_contact=c.next_contact,
            shared_with=tuple(shares.get(c.id, ())),
        )
        for c in cases
    ]


def get_case(store: Store, case_id: int) -> CaseRecord:
    store.require(Permission.CASES)
    with store.read() as session:
        case = _live_person_case(session, case_id)
        person_id = case.beneficiary_id
        record = _records(session, [case])[0]
    access.require_full(store, person_id)  # a person's cases are part of their full record
    return record


def person_cases(store: Store, person_id: int) -> list[CaseRecord]:
    """A person's cases: open and on hold first, then closed, newest first."""
    store.require(Permission.CASES)
    access.require_full(store, person_id)
    with store.read() as session:
        rows = session.scalars(
            select(Case)
            .where(Case.beneficiary_id == person_id)
            .order_by((Case.status == CaseState.CLOSED.value), Case.opened_on.desc(), Case.id)
        ).all()
        return _records(session, rows)


def cases_of(
    store: Store, owner_id: int | None = None, status: CaseState | None = None
) -> list[CaseRecord]:
    """The cases a user owns (the signed-in user by default), of one status or all, of people
    not deleted; soonest next contact first."""
    store.require(Permission.CASES)
    owner = store.user.id if owner_id is None else owner_id
    stmt = (
        select(Case)
        .join(B, B.id == Case.beneficiary_id)
        .where(Case.owner_id == owner, B.deleted_at.is_(None), access.full_people(store))
    )
    if status is not None:
        stmt = stmt.where(Case.status == status.value)
    stmt = stmt.order_by(Case.next_contact.is_(None), Case.next_contact, Case.id)
    with store.read() as session:
        return _records(session, session.scalars(stmt).all())


def count_live_cases(store: Store, owner_id: int) -> int:
    """How many open or on-hold cases a user owns (e.g. before their account is disabled)."""
    store.require(Permission.CASES)
    with store.read() as session:
        return int(
            session.scalar(
                select(func.count()).where(Case.owner_id == owner_id, Case.status.in_(LIVE_STATES))
            )
            or 0
        )


def case_plan(store: Store, case_id: int) -> CasePlan:
    """A case's goals (in order) and actions (not done first, by due date)."""
    store.require(Permission.CASES)
    with store.read() as session:
        person_id = _live_person_case(session, case_id).beneficiary_id
    access.require_full(store, person_id)
    with store.read() as session:
        goals = [
            GoalRecord(g.id, g.case_id, g.text, GoalStatus(g.status), g.position)
            for g in session.scalars(
                select(CaseGoal)
                .where(CaseGoal.case_id == case_id)
                .order_by(CaseGoal.position, CaseGoal.id)
            )
        ]
        actions = [
            ActionRecord(
                a.id,
                a.case_id,
                a.goal_id,
                a.text,
                a.due_date,
                a.responsible_id,
                name or "",
                a.done_on,
            )
            for a, name in session.execute(
                select(CaseAction, User.full_name)
                .outerjoin(User, User.id == CaseAction.responsible_id)
                .where(CaseAction.case_id == case_id)
                .order_by(
                    CaseAction.done_on.is_not(None),
                    CaseAction.due_date.is_(None),
                    CaseAction.due_date,
                    CaseAction.id,
                )
            )
        ]
    return CasePlan(goals, actions)


# --- opening and the case's status -----------------------------------------------------------


def _live_person_case(session: OrmSession, case_id: int) -> Case:
    """The case, when it and its person exist (a deleted person's cases are kept, unseen)."""
    case = session.get(Case, case_id)
    if case is None:
        raise RecordNotFound(str(case_id))
    person = session.get(B, case.beneficiary_id)
    if person is None or person.deleted_at is not None:
        raise RecordNotFound(str(case_id))
    return case


def _live_case_in_line(
    session: OrmSession, person_id: int, line: str, other_than: int | None = None
) -> int | None:
    stmt = select(Case.id).where(
        Case.beneficiary_id == person_id,
        Case.service_line == line,
        Case.status.in_(LIVE_STATES),
    )
    if other_than is not None:
        stmt = stmt.where(Case.id != other_than)
    return session.scalar(stmt.order_by(Case.id).limit(1))


def open_case(
    store: Store,
    person_id: int,
    service_line: str,
    *,
    owner_id: int | None = None,
    opened_on: dt.date | None = None,
    today: dt.date | None = None,
) -> CaseRecord:
    """Open a case for a person in a service line, owned by ``owner_id`` (the signed-in user
    by default). Refused with :class:`CaseAlreadyOpen` while the person has an open or on-hold
    case in that line."""
    store.require(Permission.CASES)
    _check_may_take_on(store, person_id)
    today = today or dt.date.today()
    opened = opened_on or today
    problems: dict[str, str] = {}
    if opened > today:
        problems["opened_on"] = "in_future"
    with store.write() as session:
        person = session.get(B, person_id)
        if person is None or person.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        if service_line not in _line_codes(session):
            problems["service_line"] = "required"
        owner = owner_id if owner_id is not None else store.user.id
        if owner != store.user.id and store.user.role not in _ALL_CASES:
            # A caseworker opens a case as its owner; a supervisor or an admin may assign it.
            raise PermissionDenied(Permission.CASES.value)
        try:
            _check_user(session, owner, "owner_id")
        except ValidationFailed as exc:
            problems.update(exc.problems)
        if problems:
            raise ValidationFailed(problems)
        existing = _live_case_in_line(session, person_id, service_line)
        if existing is not None:
            raise CaseAlreadyOpen(existing, service_line)
        case = Case(
            beneficiary_id=person_id,
            service_line=service_line,
            owner_id=owner,
            status=CaseState.OPEN.value,
            opened_on=opened,
            closed_reason="",
            outcome="",
        )
        session.add(case)
        session.flush()
        store.audit(session, "case_open", "case", case.id, f"person {person_id}")
        return _records(session, [case])[0]


def _check_may_take_on(store: Store, person_id: int) -> None:
    """Opening a case makes its owner read the person's whole record (db.access). A caseworker
    who does not read it yet may open one only for someone no one works with (intake): a person
    with an open or on-hold case is their caseworker's to share, or the glass is broken."""
    if store.user.role in _ALL_CASES:
        return
    if access.access_to(store, person_id) is access.Access.FULL:
        return
    with store.read() as session:
        taken = session.scalar(
            select(func.count()).where(
                Case.beneficiary_id == person_id, Case.status.in_(LIVE_STATES)
            )
        )
    if taken:
        raise AccessDenied(person_id)


def _touch(case: Case) -> None:
    case.updated_at = utcnow()


def put_on_hold(store: Store, case_id: int) -> None:
    """An open case waits (the person is away for a while); reopen takes it up again."""
    store.require(Permission.CASES)
    with store.write() as session:
        case = _live_person_case(session, case_id)
        _require_work_on(store, session, case)
        if case.status != CaseState.OPEN.value:
            raise ValidationFailed({"status": "not_open"})
        case.status = CaseState.ON_HOLD.value
        _touch(case)
        store.audit(session, "case_hold", "case", case_id)


def close_case(
    store: Store,
    case_id: int,
    reason: CloseReason,
    outcome: str = "",
    closed_on: dt.date | None = None,
    *,
    today: dt.date | None = None,
) -> None:
    """Close an open or on-hold case with a reason code and the caseworker's words on the
    outcome. The case and its plan stay."""
    store.require(Permission.CASES)
    today = today or dt.date.today()
    closed = closed_on or today
    problems = text_problems({"outcome": outcome})
    if len(outcome) > TEXT_MAX:
        problems["outcome"] = "too_long"
    if reason is CloseReason.OTHER and not outcome.strip():
        problems["outcome"] = "required"
    if closed > today:
        problems["closed_on"] = "in_future"
    with store.write() as session:
        case = _live_person_case(session, case_id)
        _require_work_on(store, session, case)
        if case.status == CaseState.CLOSED.value:
            raise ValidationFailed({"status": "already_closed"})
        if closed < case.opened_on:
            problems.setdefault("closed_on", "before_opened")
        if problems:
            raise ValidationFailed(problems)
        case.status = CaseState.CLOSED.value
        case.closed_on = closed
        case.next_contact = None  # a closed case has no follow-up (reopening sets a new one)
        case.closed_reason = reason.value
        case.outcome = clean_text(outcome, multiline=True).strip()
        _touch(case)
        store.audit(session, "case_close", "case", case_id, reason.value)


def reopen(store: Store, case_id: int) -> None:
    """Take up an on-hold or closed case again (refused while another case of the person in
    the same line is open or on hold)."""
    store.require(Permission.CASES)
    with store.write() as session:
        case = _live_person_case(session, case_id)
        _require_work_on(store, session, case)
        if case.status == CaseState.OPEN.value:
            raise ValidationFailed({"status": "already_open"})
        other = _live_case_in_line(session, case.beneficiary_id, case.service_line, case.id)
        if other is not None:
            raise CaseAlreadyOpen(other, case.service_line)
        case.status = CaseState.OPEN.value
        case.closed_on = None
        case.closed_reason = ""
        _touch(case)
        store.audit(session, "case_reopen", "case", case_id)


def set_next_contact(store: Store, case_id: int, next_contact: dt.date | None) -> None:
    """The follow-up date of a case (None: no contact planned)."""
    store.require(Permission.CASES)
    with store.write() as session:
        case = _live_person_case(session, case_id)
        _require_work_on(store, session, case)
        _set_next_contact(store, session, case, next_contact)


def _set_next_contact(
    store: Store, session: OrmSession, case: Case, next_contact: dt.date | None
) -> None:
    if case.status == CaseState.CLOSED.value:
        raise ValidationFailed({"next_contact": "case_closed"})
    if next_contact is not None and next_contact < case.opened_on:
        raise ValidationFailed({"next_contact": "before_opened"})
    case.next_contact = next_contact
    _touch(case)
    store.audit(session, "case_next_contact", "case", case.id)


def set_next_contact_after_session(
    store: Store,
    session: OrmSession,
    person_ids: Iterable[int],
    programme_code: str,
    next_contact: dt.date,
) -> int:
    """Inside a session's logging (db.activities): the next contact of each attendee's open
    case: the one in the session's programme's line, else the one the signed-in user owns,
    else the one opened last. Returns how many cases it set."""
    store.require(Permission.CASES)
    done = 0
    shared = set(
        session.scalars(select(CaseShare.case_id).where(CaseShare.user_id == store.user.id))
    )
    for person_id in sorted(set(person_ids)):
        cases = [
            c
            for c in session.scalars(
                select(Case).where(
                    Case.beneficiary_id == person_id, Case.status == CaseState.OPEN.value
                )
            )
            if may_manage(store, c) or c.id in shared
        ]
        if not cases:
            continue
        chosen = max(
            cases,
            key=lambda c: (
                c.service_line == programme_code,
                c.owner_id == store.user.id,
                c.opened_on,
                c.id,
            ),
        )
        _set_next_contact(store, session, chosen, next_contact)
        done += 1
    return done


# --- transfer and sharing --------------------------------------------------------------------


def transfer_cases(store: Store, case_ids: Iterable[int], to_user_id: int) -> int:
    """Give cases to another caseworker, all in one transaction. A caseworker transfers the
    cases they own; a supervisor or an admin any. Returns how many changed owner."""
    store.require(Permission.CASES)
    wanted = sorted(set(case_ids))
    with store.write() as session:
        _check_user(session, to_user_id, "to_user_id")
        cases = session.scalars(select(Case).where(Case.id.in_(wanted))).all()
        if len(cases) != len(wanted):
            raise RecordNotFound(",".join(str(i) for i in wanted))
        for case in cases:
            if not may_manage(store, case):
                raise PermissionDenied(Permission.CASES.value)
        return _transfer(store, session, cases, to_user_id)


def transfer_all(store: Store, from_user_id: int, to_user_id: int) -> int:
    """When a staff member leaves: every open and on-hold case they own goes to another
    caseworker, in one transaction (admin or supervisor). Closed cases keep their owner."""
    store.require(Permission.CASES)
    if store.user.role not in (Role.ADMIN, Role.SUPERVISOR):
        raise PermissionDenied(Permission.USERS_MANAGE.value)
    if from_user_id == to_user_id:
        raise ValidationFailed({"to_user_id": "same_user"})
    with store.write() as session:
        if session.get(User, from_user_id) is None:
            raise RecordNotFound(str(from_user_id))
        _check_user(session, to_user_id, "to_user_id")
        cases = session.scalars(
            select(Case)
            .where(Case.owner_id == from_user_id, Case.status.in_(LIVE_STATES))
            .order_by(Case.id)
        ).all()
        moved = _transfer(store, session, cases, to_user_id)
        store.audit(
            session, "cases_transfer_all", "user", from_user_id, f"to user {to_user_id}: {moved}"
        )
        return moved


def _transfer(store: Store, session: OrmSession, cases: Sequence[Case], to_user_id: int) -> int:
    moved = 0
    for case in cases:
        if case.owner_id == to_user_id:
            continue
        before = case.owner_id
        case.owner_id = to_user_id
        _touch(case)
        # The new owner no longer needs a share of their own case.
        session.execute(
            delete(CaseShare).where(CaseShare.case_id == case.id, CaseShare.user_id == to_user_id)
        )
        store.audit(
            session, "case_transfer", "case", case.id, f"user {before} -> user {to_user_id}"
        )
        moved += 1
    return moved


def share_case(store: Store, case_id: int, user_id: int) -> None:
    """Let another caseworker read and work on a case (its owner, a supervisor or an admin)."""
    store.require(Permission.CASES)
    with store.write() as session:
        case = _live_person_case(session, case_id)
        if not may_manage(store, case):
            raise PermissionDenied(Permission.CASES.value)
        _check_user(session, user_id, "user_id")
        if user_id == case.owner_id:
            raise ValidationFailed({"user_id": "is_owner"})
        if session.get(CaseShare, (case_id, user_id)) is not None:
            return
        session.add(CaseShare(case_id=case_id, user_id=user_id))
        store.audit(session, "case_share", "case", case_id, f"user {user_id}")


def unshare_case(store: Store, case_id: int, user_id: int) -> None:
    store.require(Permission.CASES)
    with store.write() as session:
        case = _live_person_case(session, case_id)
        if not may_manage(store, case):
            raise PermissionDenied(Permission.CASES.value)
        share = session.get(CaseShare, (case_id, user_id))
        if share is None:
            raise RecordNotFound(f"{case_id}/{user_id}")
        session.delete(share)
        store.audit(session, "case_unshare", "case", case_id, f"user {user_id}")


# --- the case plan ---------------------------------------------------------------------------


def _plan_text(text: str, key: str = "text") -> str:
    problems = text_problems({key: text})
    cleaned = clean_text(text, multiline=True).strip()
    if not cleaned:
        problems[key] = "required"
    elif len(cleaned) > TEXT_MAX:
        problems[key] = "too_long"
    if problems:
        raise ValidationFailed(problems)
    return cleaned


def _open_for_plan(store: Store, session: OrmSession, case_id: int) -> Case:
    case = _live_person_case(session, case_id)
    _require_work_on(store, session, case)
    if case.status == CaseState.CLOSED.value:
        raise ValidationFailed({"status": "case_closed"})
    return case


def add_goal(store: Store, case_id: int, text: str) -> GoalRecord:
    store.require(Permission.CASES)
    cleaned = _plan_text(text)
    with store.write() as session:
        _open_for_plan(store, session, case_id)
        last = session.scalar(
            select(func.max(CaseGoal.position)).where(CaseGoal.case_id == case_id)
        )
        goal = CaseGoal(
            case_id=case_id,
            text=cleaned,
            status=GoalStatus.OPEN.value,
            position=(last or 0) + 1,
        )
        session.add(goal)
        session.flush()
        _touch_case(session, case_id)
        store.audit(session, "case_goal_add", "case_goal", goal.id, f"case {case_id}")
        return GoalRecord(goal.id, case_id, goal.text, GoalStatus.OPEN, goal.position)


def edit_goal(
    store: Store, goal_id: int, text: str | None = None, status: GoalStatus | None = None
) -> None:
    store.require(Permission.CASES)
    cleaned = _plan_text(text) if text is not None else None
    with store.write() as session:
        goal = session.get(CaseGoal, goal_id)
        if goal is None:
            raise RecordNotFound(str(goal_id))
        _open_for_plan(store, session, goal.case_id)
        if cleaned is not None:
            goal.text = cleaned
        if status is not None:
            goal.status = status.value
        _touch_case(session, goal.case_id)
        store.audit(session, "case_goal_edit", "case_goal", goal_id, status.value if status else "")


def remove_goal(store: Store, goal_id: int) -> None:
    """Remove a goal; its actions stay, no longer under a goal."""
    store.require(Permission.CASES)
    with store.write() as session:
        goal = session.get(CaseGoal, goal_id)
        if goal is None:
            raise RecordNotFound(str(goal_id))
        _open_for_plan(store, session, goal.case_id)
        session.execute(
            update(CaseAction).where(CaseAction.goal_id == goal_id).values(goal_id=None)
        )
        session.delete(goal)
        _touch_case(session, goal.case_id)
        store.audit(session, "case_goal_remove", "case_goal", goal_id, f"case {goal.case_id}")


@dataclass
class ActionInput:
    text: str
    due_date: dt.date | None = None
    responsible_id: int | None = None
    goal_id: int | None = None


def _check_action(session: OrmSession, case_id: int, action: ActionInput) -> str:
    problems: dict[str, str] = {}
    try:
        cleaned = _plan_text(action.text)
    except ValidationFailed as exc:
        problems.update(exc.problems)
        cleaned = ""
    if action.responsible_id is not None:
        try:
            _check_user(session, action.responsible_id, "responsible_id")
        except ValidationFailed as exc:
            problems.update(exc.problems)
    if action.goal_id is not None:
        goal = session.get(CaseGoal, action.goal_id)
        if goal is None or goal.case_id != case_id:
            problems["goal_id"] = "unknown_goal"
    if problems:
        raise ValidationFailed(problems)
    return cleaned


def add_action(store: Store, case_id: int, action: ActionInput) -> ActionRecord:
    store.require(Permission.CASES)
    with store.write() as session:
        _open_for_plan(store, session, case_id)
        cleaned = _check_action(session, case_id, action)
        row = CaseAction(
            case_id=case_id,
            goal_id=action.goal_id,
            text=cleaned,
            due_date=action.due_date,
            responsible_id=action.responsible_id,
        )
        session.add(row)
        session.flush()
        _touch_case(session, case_id)
        store.audit(session, "case_action_add", "case_action", row.id, f"case {case_id}")
        new_id = row.id
    return _action(store, new_id)


def edit_action(store: Store, action_id: int, action: ActionInput) -> ActionRecord:
    """Change an action's text, due date, who is responsible and its goal."""
    store.require(Permission.CASES)
    with store.write() as session:
        row = session.get(CaseAction, action_id)
        if row is None:
            raise RecordNotFound(str(action_id))
        _open_for_plan(store, session, row.case_id)
        row.text = _check_action(session, row.case_id, action)
        row.due_date = action.due_date
        row.responsible_id = action.responsible_id
        row.goal_id = action.goal_id
        _touch_case(session, row.case_id)
        store.audit(session, "case_action_edit", "case_action", action_id)
    return _action(store, action_id)


def set_action_done(store: Store, action_id: int, done: bool, on: dt.date | None = None) -> None:
    """Mark an action done (on a date, today by default) or not done again."""
    store.require(Permission.CASES)
    with store.write() as session:
        row = session.get(CaseAction, action_id)
        if row is None:
            raise RecordNotFound(str(action_id))
        _open_for_plan(store, session, row.case_id)
        row.done_on = (on or dt.date.today()) if done else None
        _touch_case(session, row.case_id)
        store.audit(
            session, "case_action_done" if done else "case_action_undone", "case_action", action_id
        )


def remove_action(store: Store, action_id: int) -> None:
    store.require(Permission.CASES)
    with store.write() as session:
        row = session.get(CaseAction, action_id)
        if row is None:
            raise RecordNotFound(str(action_id))
        _open_for_plan(store, session, row.case_id)
        session.delete(row)
        _touch_case(session, row.case_id)
        store.audit(session, "case_action_remove", "case_action", action_id, f"case {row.case_id}")


def _touch_case(session: OrmSession, case_id: int) -> None:
    case = session.get(Case, case_id)
    if case is not None:
        _touch(case)


def _action(store: Store, action_id: int) -> ActionRecord:
    with store.read() as session:
        found = session.execute(
            select(CaseAction, User.full_name)
            .outerjoin(User, User.id == CaseAction.responsible_id)
            .where(CaseAction.id == action_id)
        ).first()
        if found is None:
            raise RecordNotFound(str(action_id))
        a, name = found
        return ActionRecord(
            a.id, a.case_id, a.goal_id, a.text, a.due_date, a.responsible_id, name or "", a.done_on
        )


# --- erasure ---------------------------------------------------------------------------------


def erase_cases_in(session: OrmSession, person_id: int) -> None:
    """Inside a person's erasure (db.housekeeping): their cases with shares, goals and actions.
    (A soft delete of the person keeps them.)"""
    case_ids = select(Case.id).where(Case.beneficiary_id == person_id).scalar_subquery()
    session.execute(delete(CaseAction).where(CaseAction.case_id.in_(case_ids)))
    session.execute(delete(CaseGoal).where(CaseGoal.case_id.in_(case_ids)))
    session.execute(delete(CaseShare).where(CaseShare.case_id.in_(case_ids)))
    session.execute(delete(Case).where(Case.beneficiary_id == person_id))


__all__ = [
    "MHPSS",
    "PROTECTION",
    "SERVICE_LINES",
    "ActionInput",
    "ActionRecord",
    "CasePlan",
    "CaseRecord",
    "CaseState",
    "CaseWorker",
    "CloseReason",
    "GoalRecord",
    "GoalStatus",
    "ServiceLine",
    "add_action",
    "add_goal",
    "add_service_line",
    "case_plan",
    "case_workers",
    "cases_of",
    "close_case",
    "count_live_cases",
    "edit_action",
    "edit_goal",
    "erase_cases_in",
    "get_case",
    "may_manage",
    "may_work_on",
    "open_case",
    "person_cases",
    "put_on_hold",
    "remove_action",
    "remove_goal",
    "remove_service_line",
    "reopen",
    "service_lines",
    "set_action_done",
    "set_next_contact",
    "share_case",
    "transfer_all",
    "transfer_cases",
    "unshare_case",
]
