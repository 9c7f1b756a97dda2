"""A person's consent as a history: each grant and withdrawal, per scope, dated from when it
takes effect, with who recorded it and how (verbal, signed form).

Scopes are the built-in ``services``, ``referral`` and ``data_use``, and any the CSO adds
(:data:`db.settings.CONSENT_SCOPES`, code -> name). The person's ``consent_*`` columns are the
current state of the built-in scopes, kept in step here.

- Withdrawing consent to services is recorded, never refused: the record becomes *restricted*
  (no new sessions or referrals, :class:`~db.errors.ConsentWithdrawn`). What is already held is
  kept, or erased when the person asks for that (``erase=True``, admin only).
- Data use: from the day it is withdrawn, and for someone who never gave it, the person is left
  out of every shared figure (:mod:`db.counting`, ``shared=True``).

Nothing about the person goes to the audit trail: only the record number and the scope.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from db import access, settings
from db.errors import ConsentWithdrawn, RecordNotFound, ValidationFailed
from db.models import Beneficiary as B
from db.models import ConsentEvent, User, utcnow
from db.permissions import Permission
from db.store import Store
from db.validation import clean_text, text_problems

SERVICES = "services"
REFERRAL = "referral"
DATA_USE = "data_use"
BUILT_IN_SCOPES = (SERVICES, REFERRAL, DATA_USE)
VERBAL = "verbal"
SIGNED_FORM = "signed_form"
METHODS = (VERBAL, SIGNED_FORM)
OWN_SCOPE_PREFIX = "own"
SCOPE_NAME_MAX = 100
NOTE_MAX = 2000

_COLUMN = {SERVICES: "consent_services", REFERRAL: "consent_referral", DATA_USE: "consent_data_use"}


@dataclass(frozen=True)
class ConsentEntry:
    """One grant or withdrawal, as the Consent tab lists it."""

    id: int
    scope: str
    granted: bool
    effective: dt.date
    method: str
    recorded_by: str  # the user's full name ("" when not known)
    recorded_at: dt.datetime
    note: str


@dataclass(frozen=True)
class ConsentScope:
    code: str
    name: str  # the CSO's own name for its scope; "" for a built-in one (the UI words those)
    built_in: bool


# --- scopes -----------------------------------------------------------------------------------


def scopes(store: Store) -> list[ConsentScope]:
    """The built-in scopes, then the CSO's own (by name)."""
    own = settings.get(store, settings.CONSENT_SCOPES)
    return [ConsentScope(code, "", True) for code in BUILT_IN_SCOPES] + [
        ConsentScope(code, name, False)
        for code, name in sorted(own.items(), key=lambda item: item[1].casefold())
    ]


def _scope_codes(session: OrmSession) -> set[str]:
    own: dict[str, str] = settings.get_in(session, settings.CONSENT_SCOPES)
    return set(BUILT_IN_SCOPES) | set(own)


def add_scope(store: Store, name: str) -> ConsentScope:
    """Add one of the CSO's own consent scopes (admin: ``SETTINGS``); its code is made here."""
    store.require(Permission.SETTINGS)
    problems = text_problems({"name": name})
    name = clean_text(name).strip()
    if not name:
        problems["name"] = "required"
    elif len(name) > SCOPE_NAME_MAX:
        problems["name"] = "too_long"
    with store.write() as session:
        own = settings.get_in(session, settings.CONSENT_SCOPES)
        if name.casefold() in {n.casefold() for n in own.values()}:
            problems.setdefault("name", "scope_exists")
        if problems:
            raise ValidationFailed(problems)
        number = 1
        while f"{OWN_SCOPE_PREFIX}{number}" in own:
            number += 1
        code = f"{OWN_SCOPE_PREFIX}{number}"
        settings.put_in(session, settings.CONSENT_SCOPES, {**own, code: name})
        store.audit(session, "consent_scope_add", "setting", None, code)
    return ConsentScope(code, name, False)


def rename_scope(store: Store, code: str, name: str) -> None:
    """Rename one of the CSO's own scopes (its events keep their code)."""
    store.require(Permission.SETTINGS)
    problems = text_problems({"name": name})
    name = clean_text(name).strip()
    if not name:
        problems["name"] = "required"
    elif len(name) > SCOPE_NAME_MAX:
        problems["name"] = "too_long"
    with store.write() as session:
        own = settings.get_in(session, settings.CONSENT_SCOPES)
        if code not in own:
            raise ValidationFailed({"scope": "unknown_scope"})
        if problems:
            raise ValidationFailed(problems)
        settings.put_in(session, settings.CONSENT_SCOPES, {**own, code: name})
        store.audit(session, "consent_scope_rename", "setting", None, code)


# --- the history ------------------------------------------------------------------------------


def history(store: Store, person_id: int) -> list[ConsentEntry]:
    """Every grant and withdrawal of the person, oldest first (by effective date, then by when
    it was recorded). Consent is part of the full record (db.access)."""
    store.require(Permission.PEOPLE_VIEW)
    access.require_full(store, person_id)
    stmt = (
        select(ConsentEvent, User.full_name)
        .outerjoin(User, User.id == ConsentEvent.recorded_by)
        .where(ConsentEvent.beneficiary_id == person_id)
        .order_by(ConsentEvent.effective, ConsentEvent.recorded_at, ConsentEvent.id)
    )
    with store.read() as session:
        return [
            ConsentEntry(
                id=e.id,
                scope=e.scope,
                granted=e.granted,
                effective=e.effective,
                method=e.method,
                recorded_by=name or "",
                recorded_at=e.recorded_at,
                note=e.note,
            )
            for e, name in session.execute(stmt).all()
        ]


def write_event(
    store: Store,
    session: OrmSession,
    person: B,
    scope: str,
    granted: bool,
    on: dt.date,
    method: str = VERBAL,
    note: str = "",
    *,
    first: bool = False,
) -> None:
    """Add an event inside the caller's transaction and bring the person's current state
    (their ``consent_*`` column) in step. No checks: the callers check. ``first``: the person's
    first event of the scope (at registration), whose column is already set."""
    session.add(
        ConsentEvent(
            beneficiary_id=person.id,
            scope=scope,
            granted=granted,
            effective=on,
            method=method,
            recorded_by=store.user.id,
            recorded_at=utcnow(),
            note=note,
        )
    )
    column = _COLUMN.get(scope)
    if column is not None and not first:
        session.flush()
        setattr(person, column, _state_today(session, person.id, scope, getattr(person, column)))
        person.consent_recorded_by = store.user.id
        person.updated_at = utcnow()


def _state_today(session: OrmSession, person_id: int, scope: str, default: bool) -> bool:
    """The scope's state today: the latest event in effect (one dated later is not yet)."""
    today = dt.date.today()
    events = session.execute(
        select(ConsentEvent.effective, ConsentEvent.granted)
        .where(ConsentEvent.beneficiary_id == person_id, ConsentEvent.scope == scope)
        .order_by(ConsentEvent.effective, ConsentEvent.recorded_at, ConsentEvent.id)
    ).all()
    if not events:
        return default
    in_effect = [granted for effective, granted in events if effective <= today]
    return bool(in_effect[-1] if in_effect else events[0][1])


def _check(
    session: OrmSession, scope: str, on: dt.date, method: str, note: str
) -> tuple[str, dict[str, str]]:
    problems = text_problems({"note": note})
    if scope not in _scope_codes(session):
        problems["scope"] = "unknown_scope"
    if method not in METHODS:
        problems["method"] = "unknown_method"
    if on > dt.date.today():
        problems["effective"] = "in_future"
    note = clean_text(note, multiline=True).strip()
    if len(note) > NOTE_MAX:
        problems["note"] = "too_long"
    return note, problems


def _record(
    store: Store,
    person_id: int,
    scope: str,
    granted: bool,
    on: dt.date,
    method: str,
    note: str,
) -> None:
    store.require(Permission.PEOPLE_EDIT)
    access.require_full(store, person_id)
    with store.write() as session:
        person = session.get(B, person_id)
        if person is None or person.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        note, problems = _check(session, scope, on, method, note)
        if problems:
            raise ValidationFailed(problems)
        write_event(store, session, person, scope, granted, on, method, note)
        store.audit(
            session, "consent_grant" if granted else "consent_withdraw", "person", person_id, scope
        )


def grant(
    store: Store, person_id: int, scope: str, on: dt.date, method: str, note: str = ""
) -> None:
    """Record that the person gives consent to ``scope`` from ``on``."""
    _record(store, person_id, scope, True, on, method, note)


def withdraw(
    store: Store,
    person_id: int,
    scope: str,
    on: dt.date,
    method: str,
    note: str = "",
    erase: bool = False,
) -> None:
    """Record that the person withdraws consent to ``scope`` from ``on``. Never refused:
    withdrawing consent to services makes the record restricted (:func:`is_restricted`).

    With ``erase`` the person asked for what is held about them to be erased: the record and
    everything about it goes (:func:`db.housekeeping.erase_person`, admin only; checked before
    anything is written)."""
    if erase:
        from db.housekeeping import erase_person

        store.require(Permission.PEOPLE_DELETE)
        with store.read() as session:
            _note, problems = _check(session, scope, on, method, note)
        if problems:
            raise ValidationFailed(problems)
        erase_person(store, person_id)
        return
    _record(store, person_id, scope, False, on, method, note)


def is_restricted(store: Store, person_id: int) -> bool:
    """True when the person withdrew consent to services: no new sessions or referrals."""
    with store.read() as session:
        person = session.get(B, person_id)
        if person is None or person.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        return not person.consent_services


def require_not_restricted(session: OrmSession, person_ids: list[int]) -> None:
    """:class:`ConsentWithdrawn` when one of the people withdrew consent to services (inside
    the caller's transaction, before anything new is written about them)."""
    if not person_ids:
        return
    found = session.scalars(
        select(B.id).where(B.id.in_(sorted(set(person_ids))), B.consent_services.is_(False))
    ).first()
    if found is not None:
        raise ConsentWithdrawn(int(found))


__all__ = [
    "BUILT_IN_SCOPES",
    "DATA_USE",
    "METHODS",
    "REFERRAL",
    "SERVICES",
    "SIGNED_FORM",
    "VERBAL",
    "ConsentEntry",
    "ConsentScope",
    "add_scope",
    "grant",
    "history",
    "is_restricted",
    "rename_scope",
    "require_not_restricted",
    "scopes",
    "withdraw",
    "write_event",
]
