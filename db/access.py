"""Need-to-know: how much of a person's record the signed-in user may see.

- admin and supervisor: :attr:`Access.FULL` on everyone.
- caseworker: FULL on a person who has a case (any status) owned by them or shared with them
  (``case_shares``), or who has no case at all and was registered by them
  (``beneficiaries.created_by``), or on whom they broke the glass in this sign-in; BASIC on
  everyone else: listed and found by search, but only name, code, sex, birth year and status.
  Phone, area, documentation, nationality, population group, language, consent, Washington
  Group answers, notes, assessments, referrals, MHPSS notes and participant notes are withheld.
- facilitator: BASIC on the people of their own groups (who attended a session they
  facilitated, or take part in a project one of whose sessions they facilitated, or whom they
  registered), and of them only name, code and attendance of the sessions they ran; NONE on
  everyone else (not in search, lists, pickers, exports).
- coordinator: NONE on everyone.

Break the glass: :func:`break_glass` gives a caseworker FULL on one person for the rest of the
sign-in (held on the :class:`~db.store.Store`, never on disk) and writes an audit event
(action ``break_glass``, entity ``person``, the reason in ``detail``) the admin sees on the audit
page.

Every read path of person data applies these rules in ``db`` itself, with the SQL conditions
:func:`visible_people` and :func:`full_people`, so a list or search stays one query and a
hidden button is never the only guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, false, or_, select, true

from db.errors import AccessDenied, PermissionDenied, RecordNotFound, ValidationFailed
from db.models import Attendance, Case, CaseShare, ProjectParticipant
from db.models import Beneficiary as B
from db.models import Session as S
from db.permissions import Permission
from db.store import Store
from db.types import Role
from db.validation import CONTROL_CHARACTER, clean_text, text_problems


class Access(StrEnum):
    FULL = "full"
    BASIC = "basic"
    NONE = "none"


# What a BASIC record withholds (field names of db.types.Person); a facilitator sees less still.
BASIC_WITHHELD: frozenset[str] = frozenset(
    {
        "phone",
        "area",
        "nationality",
        "population_group",
        "documentation",
        "washington_group",
        "language",
        "consent",
        "notes",
        "closed_reason",
        "birth_date",  # only the year is shown
    }
)
FACILITATOR_WITHHELD: frozenset[str] = BASIC_WITHHELD | {"sex", "birth_year", "status"}

REASON_MAX = 500


@dataclass(frozen=True)
class Scope:
    """Who is asking, as a hashable key (statements built for a scope may be cached)."""

    role: Role
    user_id: int
    glass: frozenset[int]


def scope_of(store: Store) -> Scope:
    uid = store.user.id
    glass = frozenset(p for u, p in store.broken_glass if u == uid)
    return Scope(store.user.role, uid, glass)


def sees_everyone_in_full(store: Store) -> bool:
    return store.user.role in (Role.ADMIN, Role.SUPERVISOR)


def withheld_for(scope: Scope) -> frozenset[str]:
    """What a record this user sees only in BASIC leaves out."""
    return FACILITATOR_WITHHELD if scope.role is Role.FACILITATOR else BASIC_WITHHELD


def never_shown(store: Store) -> frozenset[str]:
    """What the user sees of nobody (field names of db.types.Person, ``birth_year`` for the
    age): a facilitator sees everyone only in BASIC, so a page leaves out those columns and
    filters rather than show them empty. Empty for the roles that see some people in full."""
    return FACILITATOR_WITHHELD if store.user.role is Role.FACILITATOR else frozenset()


# --- SQL conditions on Beneficiary (correlated: use them in any query over beneficiaries) ----


def facilitator_sessions(user_id: int) -> ColumnElement[bool]:
    """Sessions (``db.models.Session``) a facilitator ran."""
    return and_(S.facilitator_id == user_id, S.deleted_at.is_(None))


def facilitated_projects(user_id: int) -> ColumnElement[bool]:
    """Condition on ``ProjectParticipant.project_id``: a project one of whose sessions the user
    facilitated."""
    return ProjectParticipant.project_id.in_(
        select(S.project_id)
        .where(S.project_id.is_not(None), facilitator_sessions(user_id))
        .correlate(None)
    )


def _in_groups_of(user_id: int) -> ColumnElement[bool]:
    # Uncorrelated IN subqueries: SQLite builds each set once per query, so a list or search
    # over every person costs one look-up per row (correlate(None): the outer query may itself
    # read attendance or projects).
    attended = B.id.in_(
        select(Attendance.beneficiary_id)
        .join(S, S.id == Attendance.session_id)
        .where(facilitator_sessions(user_id))
        .correlate(None)
    )
    in_project = B.id.in_(
        select(ProjectParticipant.beneficiary_id)
        .where(facilitated_projects(user_id))
        .correlate(None)
    )
    return or_(B.created_by == user_id, attended, in_project)


def _caseworker_full(scope: Scope) -> ColumnElement[bool]:
    # Uncorrelated IN subqueries, each built once per query (see _in_groups_of).
    uid = scope.user_id
    owned = B.id.in_(select(Case.beneficiary_id).where(Case.owner_id == uid).correlate(None))
    shared = B.id.in_(
        select(Case.beneficiary_id)
        .join(CaseShare, CaseShare.case_id == Case.id)
        .where(CaseShare.user_id == uid)
        .correlate(None)
    )
    no_case = B.id.not_in(select(Case.beneficiary_id).correlate(None))
    conditions = [owned, shared, and_(B.created_by == uid, no_case)]
    if scope.glass:
        conditions.append(B.id.in_(sorted(scope.glass)))
    return or_(*conditions)


def visible_clause(scope: Scope) -> ColumnElement[bool]:
    """People the scope may see at all (FULL or BASIC)."""
    if scope.role in (Role.ADMIN, Role.SUPERVISOR, Role.CASEWORKER):
        return true()
    if scope.role is Role.FACILITATOR:
        return _in_groups_of(scope.user_id)
    return false()


def full_clause(scope: Scope) -> ColumnElement[bool]:
    """People the scope sees in full."""
    if scope.role in (Role.ADMIN, Role.SUPERVISOR):
        return true()
    if scope.role is Role.CASEWORKER:
        return _caseworker_full(scope)
    return false()


def visible_people(store: Store) -> ColumnElement[bool]:
    """A WHERE condition on ``Beneficiary``: the people this user sees at all."""
    return visible_clause(scope_of(store))


def full_people(store: Store) -> ColumnElement[bool]:
    """A WHERE condition on ``Beneficiary``: the people this user sees in full."""
    return full_clause(scope_of(store))


# --- one person -------------------------------------------------------------------------------


def _level(store: Store, person_id: int) -> Access | None:
    """The user's access to a live person; None if there is no such person."""
    scope = scope_of(store)
    stmt = select(full_clause(scope), visible_clause(scope)).where(
        B.id == person_id, B.deleted_at.is_(None)
    )
    with store.read() as session:
        row = session.execute(stmt).first()
    if row is None:
        return None
    if not row[1] or scope.role is Role.COORDINATOR:
        return Access.NONE
    return Access.FULL if row[0] else Access.BASIC


def access_to(store: Store, person_id: int) -> Access:
    """How much of this (live) person the user may see; NONE also for an unknown id."""
    return _level(store, person_id) or Access.NONE


def require_visible(store: Store, person_id: int) -> Access:
    """The user's access to the person: :class:`AccessDenied` if they may not see them,
    :class:`RecordNotFound` if there is no such (live) person."""
    store.require(Permission.PEOPLE_VIEW)
    level = _level(store, person_id)
    if level is None:
        raise RecordNotFound(str(person_id))
    if level is Access.NONE:
        raise AccessDenied(person_id)
    return level


def require_full(store: Store, person_id: int) -> None:
    """:class:`AccessDenied` unless the user sees this person in full (:class:`RecordNotFound`
    if there is no such live person)."""
    if require_visible(store, person_id) is not Access.FULL:
        raise AccessDenied(person_id)


def may_read_mhpss(store: Store, person_id: int) -> bool:
    """MHPSS notes (of an individual session, and participant notes) need the MHPSS notes
    permission and FULL access to the person."""
    return store.can(Permission.MHPSS_NOTES) and access_to(store, person_id) is Access.FULL


def may_break_glass(store: Store) -> bool:
    """Only caseworkers see people in BASIC whom they may need to read in full."""
    return store.user.role is Role.CASEWORKER


def glass_broken(store: Store) -> frozenset[int]:
    """The people on whom the user broke the glass in this sign-in."""
    return scope_of(store).glass


def break_glass(store: Store, person_id: int, reason: str) -> None:
    """Read a person's whole record for the rest of this sign-in, for a stated reason; the
    audit trail keeps who, whom, when and why (action ``break_glass``)."""
    store.require(Permission.PEOPLE_VIEW)
    if not may_break_glass(store):
        raise PermissionDenied("break_glass")
    cleaned = clean_text(reason, multiline=True).strip()
    if not cleaned:
        raise ValidationFailed({"reason": "required"})
    if text_problems({"reason": reason}):
        raise ValidationFailed({"reason": CONTROL_CHARACTER})
    if len(cleaned) > REASON_MAX:
        raise ValidationFailed({"reason": "too_long"})
    with store.write() as session:
        b = session.get(B, person_id)
        if b is None or b.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        store.audit(session, "break_glass", "person", person_id, cleaned)
    store.broken_glass.add((store.user.id, person_id))


__all__ = [
    "BASIC_WITHHELD",
    "FACILITATOR_WITHHELD",
    "Access",
    "Scope",
    "access_to",
    "break_glass",
    "facilitated_projects",
    "facilitator_sessions",
    "full_clause",
    "full_people",
    "glass_broken",
    "may_break_glass",
    "may_read_mhpss",
    "never_shown",
    "require_full",
    "require_visible",
    "scope_of",
    "sees_everyone_in_full",
    "visible_clause",
    "visible_people",
    "withheld_for",
]
