"""Sessions and group activities, and who attended them."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session as OrmSession

from db import access, cases, consent, custom_fields, participant_notes
from db.access import Access
from db.custom_fields import Entity
from db.errors import RecordNotFound, ValidationFailed
from db.models import ActivityType as ActivityTypeRow
from db.models import Attendance, Programme, User, utcnow
from db.models import Beneficiary as B
from db.models import Session as S
from db.permissions import Permission
from db.store import Store
from db.types import Role
from db.validation import CONTROL_CHARACTER, clean_text, text_problems


class ActivityType(StrEnum):
    """The built-in kinds of session (migration 0015 seeded them as data, with these codes:
    the admin adds others, db.activity_types). Individual ones involve one person. Code that
    needs a particular built-in type names it here; everything else reads the table."""

    COUNSELLING = "counselling"
    PSYCHOLOGICAL_FIRST_AID = "pfa"
    CASE_FOLLOW_UP = "case_follow_up"
    MHPSS_GROUP = "mhpss_group"
    AWARENESS = "awareness"
    THAI_CLASS = "thai_class"
    VOCATIONAL = "vocational"
    YOUTH = "youth"
    SAFE_SPACE = "safe_space"
    PROJECT_SESSION = "project_session"

    @property
    def individual(self) -> bool:
        return self in _INDIVIDUAL


_INDIVIDUAL = {
    ActivityType.COUNSELLING,
    ActivityType.PSYCHOLOGICAL_FIRST_AID,
    ActivityType.CASE_FOLLOW_UP,
}


@dataclass
class SessionInput:
    activity_type: str  # an activity type's code (db.activity_types); a built-in one's too
    programme_id: int
    date: dt.date
    duration_minutes: int = 60
    location: str = ""
    topic: str = ""
    facilitator_id: int | None = None  # the signed-in user when None
    project_id: int | None = None
    mhpss_notes: str = ""
    attendee_ids: list[int] = field(default_factory=list)
    # A group session's note per participant (person id -> text), beside the group note; read
    # and written under db.participant_notes' rules.
    participant_notes: dict[int, str] = field(default_factory=dict)
    # The admin's custom fields of sessions (db.custom_fields), by code; None: none given.
    custom: dict[str, object] | None = None
    # Where it happened: the code of one of the network's areas (the "where" of 5W); None:
    # not known.
    area: str | None = None


@dataclass(frozen=True)
class SessionRecord:
    id: int
    kind: str  # "individual" | "group"
    activity_type: str  # its code (db.activity_types)
    programme_id: int
    programme_name: str  # in English
    date: dt.date
    duration_minutes: int
    location: str
    topic: str
    facilitator: str
    project_id: int | None
    attendees: int
    # Empty for users who may not read MHPSS notes.
    mhpss_notes: str
    facilitator_id: int | None = None
    # The custom fields' values (db.custom_fields), by code.
    custom: Mapping[str, object] = field(default_factory=dict)
    # The activity type's name by language ({"en": ...}; empty for a type not in the table).
    activity_labels: Mapping[str, str] = field(default_factory=dict)
    # The programme's name in Burmese and Thai ({"my": ..., "th": ...}).
    programme_labels: Mapping[str, str] = field(default_factory=dict)
    # The network area where it happened (its code; None: not known).
    area: str | None = None

    @property
    def individual(self) -> bool:
        return self.kind == "individual"


# The form of a network area's code (directory.network.Code: the store cannot import that layer;
# which areas exist is the network file's business, read by the app).
AREA_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def is_individual(code: str) -> bool:
    """Whether a built-in type is individual (a type of the table: its ``individual``)."""
    return code in _INDIVIDUAL


def validate_session(
    session: SessionInput, today: dt.date | None = None, *, individual: bool | None = None
) -> dict[str, str]:
    """The session's problems. ``individual``: whether its activity type is (as the table
    says; None: as the built-in type of that code is)."""
    today = today or dt.date.today()
    if individual is None:
        individual = is_individual(session.activity_type)
    problems = text_problems(
        {"location": session.location, "topic": session.topic, "mhpss_notes": session.mhpss_notes}
    )
    if session.date > today:
        problems["date"] = "in_future"
    if not 1 <= session.duration_minutes <= 8 * 60:
        problems["duration_minutes"] = "out_of_range"
    if individual and len(set(session.attendee_ids)) > 1:
        problems["attendee_ids"] = "individual_one_person"
    notes = {k: v for k, v in session.participant_notes.items() if v.strip()}
    if notes and individual:
        problems["participant_notes"] = "group_only"
    elif set(notes) - set(session.attendee_ids):
        problems["participant_notes"] = "not_a_participant"
    elif text_problems({f"n{k}": v for k, v in notes.items()}):
        problems["participant_notes"] = CONTROL_CHARACTER
    if len(session.topic) > 300:
        problems["topic"] = "too_long"
    if session.area is not None and not AREA_CODE.fullmatch(session.area):
        problems["area"] = "unknown_area"
    return problems


def log_session(
    store: Store,
    session_in: SessionInput,
    today: dt.date | None = None,
    *,
    next_contact: dt.date | None = None,
) -> SessionRecord:
    """Record a session or group activity with its attendance, in one transaction. With
    ``next_contact``, the follow-up date of each attendee's open case is set in the same
    transaction (see :func:`db.cases.set_next_contact_after_session`)."""
    store.require(Permission.SESSIONS_LOG)
    if session_in.mhpss_notes.strip():
        store.require(Permission.MHPSS_NOTES)
    if next_contact is not None:
        store.require(Permission.CASES)
    kind = _type_kind(store, session_in.activity_type)
    individual = kind == "individual"
    problems = validate_session(session_in, today, individual=individual)
    if kind is None:
        problems["activity_type"] = "unknown_type"
    if next_contact is not None and next_contact < session_in.date:
        problems["next_contact"] = "before_session"
    custom, custom_problems = custom_fields.validate(
        store, Entity.SESSION, session_in.custom, require_all=True, today=today
    )
    problems |= custom_problems
    if problems:
        raise ValidationFailed(problems)
    _check_attendees(store, session_in.attendee_ids)
    notes = {
        pid: participant_notes.clean_note(text)
        for pid, text in session_in.participant_notes.items()
        if text.strip()
    }
    # Logged by the user as its facilitator: a facilitator may write their participants' notes
    ran_it = store.user.role is Role.FACILITATOR and session_in.facilitator_id in (
        None,
        store.user.id,
    )
    for person_id in notes:
        participant_notes.check_may_write(store, ran_it, person_id)
    if session_in.mhpss_notes.strip() and individual:
        # an individual session's notes are about its one person: written only by who reads them
        for person_id in set(session_in.attendee_ids):
            access.require_full(store, person_id)
    with store.write() as session:
        if session.get(Programme, session_in.programme_id) is None:
            raise ValidationFailed({"programme_id": "required"})
        row = S(
            kind="individual" if individual else "group",
            activity_type=str(session_in.activity_type),
            programme_id=session_in.programme_id,
            project_id=session_in.project_id,
            date=session_in.date,
            duration_minutes=session_in.duration_minutes,
            facilitator_id=session_in.facilitator_id or store.user.id,
            location=clean_text(session_in.location).strip(),
            topic=clean_text(session_in.topic).strip(),
            area=session_in.area,
            mhpss_notes=clean_text(session_in.mhpss_notes, multiline=True).strip(),
        )
        session.add(row)
        session.flush()
        _set_attendees(session, row.id, session_in.attendee_ids)
        custom_fields.write_values(session, Entity.SESSION, row.id, custom)
        store.audit(session, "create", "session", row.id)
        if next_contact is not None:
            programme = session.get(Programme, session_in.programme_id)
            cases.set_next_contact_after_session(
                store,
                session,
                session_in.attendee_ids,
                programme.code if programme is not None else "",
                next_contact,
            )
        for person_id, text in sorted(notes.items()):
            participant_notes.write_note(store, session, row.id, person_id, text, ran_it)
        new_id = row.id
    return get_session(store, new_id)


def _type_kind(store: Store, code: str) -> str | None:
    """The kind of the active activity type ``code`` ("individual" or "group"); None when
    there is no such active type."""
    with store.read() as session:
        kind = session.scalar(
            select(ActivityTypeRow.kind).where(
                ActivityTypeRow.code == str(code), ActivityTypeRow.active.is_(True)
            )
        )
    return None if kind is None else str(kind)


def _check_attendees(store: Store, person_ids: list[int]) -> None:
    """Only people the user may see can be put on an attendance list; anyone else is an
    unknown person (db.access)."""
    wanted = sorted(set(person_ids))
    if not wanted or access.sees_everyone_in_full(store):
        return
    stmt = select(func.count()).where(
        B.id.in_(wanted), B.deleted_at.is_(None), access.visible_people(store)
    )
    with store.read() as session:
        if int(session.execute(stmt).scalar_one()) != len(wanted):
            raise ValidationFailed({"attendee_ids": "unknown_person"})


def _own_session_only(store: Store, row: S) -> None:
    """A facilitator reads and changes only the sessions they ran."""
    if store.user.role is Role.FACILITATOR and row.facilitator_id != store.user.id:
        raise RecordNotFound(str(row.id))


def _sessions_of_user(store: Store) -> ColumnElement[bool]:
    """The sessions the user may list: a facilitator only those they ran."""
    if store.user.role is Role.FACILITATOR:
        return S.facilitator_id == store.user.id
    return literal(True)


def _set_attendees(session: OrmSession, session_id: int, person_ids: list[int]) -> None:
    wanted = sorted(set(person_ids))
    if wanted:
        live = set(session.scalars(select(B.id).where(B.id.in_(wanted), B.deleted_at.is_(None))))
        missing = set(wanted) - live
        if missing:
            raise ValidationFailed({"attendee_ids": "unknown_person"})
    # Only what changed is written: on a team, another laptop may take attendance at the same
    # session, and the two lists unite (db.team); rewriting the whole list would not.
    have = set(
        session.scalars(
            select(Attendance.beneficiary_id).where(Attendance.session_id == session_id)
        )
    )
    gone = sorted(have - set(wanted))
    if gone:
        session.execute(
            delete(Attendance).where(
                Attendance.session_id == session_id, Attendance.beneficiary_id.in_(gone)
            )
        )
    new = [p for p in wanted if p not in have]
    # Someone who withdrew consent to services gets no new sessions; being on the list already
    # (from before the withdrawal) stays as it was.
    consent.require_not_restricted(session, new)
    if new:
        session.execute(
            insert(Attendance), [{"session_id": session_id, "beneficiary_id": p} for p in new]
        )


def set_attendance(
    store: Store,
    session_id: int,
    person_ids: list[int],
    *,
    notes: Mapping[int, str] | None = None,
) -> None:
    """Replace the attendance list of a session. With ``notes`` (person id -> text), those
    participants' notes of a group session are written in the same transaction, under
    db.participant_notes' rules (an empty text clears the note)."""
    store.require(Permission.SESSIONS_LOG)
    _check_attendees(store, person_ids)
    cleaned = {pid: participant_notes.clean_note(text) for pid, text in (notes or {}).items()}
    ran_it = False
    if cleaned:
        with store.read() as session:
            found = session.get(S, session_id)
            if found is None or found.deleted_at is not None:
                raise RecordNotFound(str(session_id))
            _own_session_only(store, found)
            ran_it = store.user.role is Role.FACILITATOR and found.facilitator_id == store.user.id
            group = found.kind == "group"
        if not group or not set(cleaned) <= set(person_ids):
            raise ValidationFailed({"participant_notes": "not_a_participant"})
        for person_id in cleaned:
            participant_notes.check_may_write(store, ran_it, person_id)
    with store.write() as session:
        row = session.get(S, session_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound(str(session_id))
        _own_session_only(store, row)
        if row.kind == "individual" and len(set(person_ids)) > 1:
            raise ValidationFailed({"attendee_ids": "individual_one_person"})
        _set_attendees(session, session_id, person_ids)
        store.audit(session, "attendance", "session", session_id, str(len(set(person_ids))))
        for person_id, text in sorted(cleaned.items()):
            participant_notes.write_note(store, session, session_id, person_id, text, ran_it)


def _readable_session(store: Store, session: OrmSession, session_id: int) -> S:
    row = session.get(S, session_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound(str(session_id))
    _own_session_only(store, row)
    return row


def attendee_ids(store: Store, session_id: int) -> list[int]:
    """Who attended (the people the user may see; a facilitator only of sessions they ran)."""
    store.require(Permission.SESSIONS_LOG)
    with store.read() as session:
        _readable_session(store, session, session_id)
        return list(
            session.scalars(
                select(Attendance.beneficiary_id)
                .join(B, B.id == Attendance.beneficiary_id)
                .where(Attendance.session_id == session_id, access.visible_people(store))
                .order_by(Attendance.beneficiary_id)
            )
        )


@dataclass(frozen=True)
class AttendeeName:
    """Who attended, as an attendance roster lists them."""

    id: int
    code: str
    name_latin: str
    name_script: str


def attendee_names(store: Store, session_id: int) -> list[AttendeeName]:
    """The (not deleted) people who attended a session, by code: for printing a roster. Only
    people the user may see; a facilitator only of the sessions they ran (db.access)."""
    store.require(Permission.SESSIONS_LOG)
    stmt = (
        select(B.id, B.code, B.name_latin, B.name_script)
        .join(Attendance, Attendance.beneficiary_id == B.id)
        .where(
            Attendance.session_id == session_id,
            B.deleted_at.is_(None),
            access.visible_people(store),
        )
        .order_by(B.code)
    )
    with store.read() as session:
        _readable_session(store, session, session_id)
        return [AttendeeName(*row) for row in session.execute(stmt)]


def get_session(store: Store, session_id: int) -> SessionRecord:
    store.require(Permission.SESSIONS_LOG)
    records = _records(store, select(S.id).where(S.id == session_id, _sessions_of_user(store)))
    if not records:
        raise RecordNotFound(str(session_id))
    return records[0]


def list_sessions(
    store: Store,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    programme_id: int | None = None,
    person_id: int | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[SessionRecord]:
    """Sessions newest first, optionally for a period, a programme or one person. A
    facilitator lists only the sessions they ran; the sessions of someone the user sees only
    in BASIC are only those the user ran (db.access)."""
    ids = select(S.id).where(S.deleted_at.is_(None), _sessions_of_user(store))
    if person_id is None:
        store.require(Permission.SESSIONS_LOG)
    else:
        store.require(Permission.PEOPLE_VIEW)
        if access.require_visible(store, person_id) is not Access.FULL:
            ids = ids.where(S.facilitator_id == store.user.id)
    if start is not None:
        ids = ids.where(S.date >= start)
    if end is not None:
        ids = ids.where(S.date <= end)
    if programme_id is not None:
        ids = ids.where(S.programme_id == programme_id)
    if person_id is not None:
        ids = ids.where(
            S.id.in_(select(Attendance.session_id).where(Attendance.beneficiary_id == person_id))
        )
    ids = ids.order_by(S.date.desc(), S.id.desc()).offset(offset).limit(limit)
    return _records(store, ids)


def _records(store: Store, ids: Select[int]) -> list[SessionRecord]:
    attendees = (
        select(func.count()).where(Attendance.session_id == S.id).correlate(S).scalar_subquery()
    )
    stmt = (
        select(
            S,
            Programme.name,
            User.full_name,
            attendees,
            Programme.labels,
            ActivityTypeRow.labels,
        )
        .join(Programme, Programme.id == S.programme_id)
        .outerjoin(User, User.id == S.facilitator_id)
        .outerjoin(ActivityTypeRow, ActivityTypeRow.code == S.activity_type)
        .where(S.id.in_(ids))
        .order_by(S.date.desc(), S.id.desc())
    )
    notes_readable = _notes_readable(store)
    stmt = stmt.add_columns(notes_readable.label("notes_readable"))
    with store.read() as session:
        found = session.execute(stmt).all()
        custom = custom_fields.typed_values(session, Entity.SESSION, [r[0].id for r in found])
        return [
            SessionRecord(
                id=s.id,
                kind=s.kind,
                activity_type=s.activity_type,
                programme_id=s.programme_id,
                programme_name=programme_name,
                date=s.date,
                duration_minutes=s.duration_minutes,
                location=s.location,
                topic=s.topic,
                facilitator=facilitator or "",
                project_id=s.project_id,
                attendees=int(count),
                mhpss_notes=s.mhpss_notes if readable else "",
                facilitator_id=s.facilitator_id,
                custom=custom.get(s.id, {}),
                activity_labels=_labels(type_labels),
                programme_labels=_labels(programme_labels),
                area=s.area,
            )
            for s, programme_name, facilitator, count, programme_labels, type_labels, readable in (
                found
            )
        ]


def _labels(text: str | None) -> dict[str, str]:
    return {k: str(v) for k, v in json.loads(text or "{}").items() if v}


def _notes_readable(store: Store) -> ColumnElement[bool]:
    """Per session: may the user read its MHPSS notes? They need the MHPSS notes permission
    and FULL access to every person who attended (an individual session's one person); the
    notes of a group session are also read by who ran it (db.access)."""
    if not store.can(Permission.MHPSS_NOTES):
        return literal(False)
    if access.sees_everyone_in_full(store):
        return literal(True)
    someone_not_full = exists(
        select(Attendance.beneficiary_id)
        .join(B, B.id == Attendance.beneficiary_id)
        .where(Attendance.session_id == S.id, ~access.full_people(store))
    )
    ran_group = and_(S.kind == "group", S.facilitator_id == store.user.id)
    return or_(ran_group, ~someone_not_full)


def delete_session(store: Store, session_id: int) -> None:
    """Soft delete: the session no longer counts anywhere."""
    store.require(Permission.SESSIONS_LOG)
    with store.write() as session:
        row = session.get(S, session_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound(str(session_id))
        _own_session_only(store, row)
        row.deleted_at = utcnow()
        store.audit(session, "delete", "session", session_id)
