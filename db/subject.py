"""Subject access: everything this CSO holds about one person, for that person.

A person may ask what is held about them (Thailand's PDPA s.30, the GDPR's article 15). This
module gathers it from every table that holds data about the person, as plain rows, and writes
it as JSON; ``desktop/documents/subject_docx.py`` writes the same rows as a Word document in
the person's language.

Who may make it: those with the export permission (admin and supervisor), who see everyone in
full (db.access). A caseworker may not, even for the people of their own cases: the export
holds the record's audit trail, which their role does not read, and handing over a whole record
is the CSO's formal act, done by those who answer for it. Participant notes of group sessions
are included under their own rule (db.participant_notes): the MHPSS notes permission and full
access; the MHPSS notes of an individual session the person attended likewise. The note of a
*group* session is about several people and is never included.

What is gathered is a list of sections (:data:`SECTIONS`), each a name and a function that
reads its rows: a table added later (the history of consent, of changes to the record) is one
line there. A test plants a unique value in every table that references a person and checks
the export holds each one of that person's and none of anyone else's.

The export is audited (action ``subject_export``, entity ``person``, the format in ``detail``:
never a name); the file is written atomically, so a failure leaves no half-written file.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession

from db import access, custom_fields
from db.assessments import result_of
from db.errors import RecordNotFound, StorageProblem, ValidationFailed
from db.instruments.store import definition_of
from db.keys import write_atomically
from db.models import (
    Assessment,
    Attendance,
    AuditEvent,
    Base,
    Case,
    CaseAction,
    CaseGoal,
    CaseShare,
    ConsentEvent,
    Instrument,
    ParticipantNote,
    PersonChange,
    Programme,
    Project,
    ProjectParticipant,
    ReachMark,
    ReceivedReferral,
    Referral,
    Service,
    User,
)
from db.models import Beneficiary as B
from db.models import Session as ActivitySession
from db.permissions import Permission
from db.store import Store

FORMAT = "saphan-subject-access"
VERSION = 1
SUFFIXES = (".json", ".docx")

Row = dict[str, Any]


@dataclass(frozen=True)
class SubjectExport:
    """What is held about one person: ``sections`` maps a section's name (the keys of
    :data:`SECTIONS`, in that order) to its rows. Values are str, int, bool, None, dates,
    datetimes, lists and dicts of those."""

    cso_name: str
    cso_code: str
    person_id: int
    code: str
    name_latin: str
    name_script: str
    language: str  # the person's preferred language (my, ksw, th, en)
    exported_at: dt.datetime  # UTC
    exported_by: str  # the user name of who made it
    exported_by_name: str  # and their full name
    sections: dict[str, list[Row]] = field(default_factory=dict)


@dataclass
class _Context:
    store: Store
    session: OrmSession
    person: B
    users: dict[int, str]  # user id -> full name

    def user(self, user_id: int | None) -> str | None:
        return None if user_id is None else self.users.get(user_id, f"#{user_id}")


def columns(row: Base) -> Row:
    """Every column of an ORM row, by column name."""
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


# --- the sections -----------------------------------------------------------------------------


def _profile(c: _Context) -> list[Row]:
    row = columns(c.person)
    row["consent_recorded_by_name"] = c.user(c.person.consent_recorded_by)
    row["created_by_name"] = c.user(c.person.created_by)
    return [row]


def _consent(c: _Context) -> list[Row]:
    """Consent as it stands today, per scope (its history is a section of its own)."""
    p = c.person
    recorded_by = c.user(p.consent_recorded_by)
    return [
        {"scope": scope, "granted": granted, "since": p.consent_date, "recorded_by": recorded_by}
        for scope, granted in (
            ("services", p.consent_services),
            ("referral", p.consent_referral),
            ("data_use", p.consent_data_use),
        )
    ]


def _consent_history(c: _Context) -> list[Row]:
    """Every grant and withdrawal, oldest first: scope, given or not, from when, how, by whom."""
    stmt = (
        select(ConsentEvent)
        .where(ConsentEvent.beneficiary_id == c.person.id)
        .order_by(ConsentEvent.effective, ConsentEvent.recorded_at, ConsentEvent.id)
    )
    return [
        {**columns(e), "recorded_by_name": c.user(e.recorded_by)} for e in c.session.scalars(stmt)
    ]


def _cases(c: _Context) -> list[Row]:
    rows: list[Row] = []
    cases = c.session.scalars(
        select(Case).where(Case.beneficiary_id == c.person.id).order_by(Case.opened_on, Case.id)
    )
    for case in cases:
        row = columns(case)
        row["owner_name"] = c.user(case.owner_id)
        shares = c.session.scalars(
            select(CaseShare).where(CaseShare.case_id == case.id).order_by(CaseShare.shared_at)
        )
        row["shares"] = [{**columns(s), "user_name": c.user(s.user_id)} for s in shares]
        goals = c.session.scalars(
            select(CaseGoal)
            .where(CaseGoal.case_id == case.id)
            .order_by(CaseGoal.position, CaseGoal.id)
        )
        row["goals"] = [columns(g) for g in goals]
        actions = c.session.scalars(
            select(CaseAction)
            .where(CaseAction.case_id == case.id)
            .order_by(CaseAction.due_date.is_(None), CaseAction.due_date, CaseAction.id)
        )
        row["actions"] = [
            {**columns(a), "responsible_name": c.user(a.responsible_id)} for a in actions
        ]
        rows.append(row)
    return rows


def _sessions(c: _Context) -> list[Row]:
    """Each session the person attended (their attendance), with what it was and who ran it.
    An individual session's MHPSS notes are included for a requester who may read them."""
    mhpss = access.may_read_mhpss(c.store, c.person.id)
    stmt = (
        select(Attendance, ActivitySession, Programme.name, Project.title)
        .join(ActivitySession, ActivitySession.id == Attendance.session_id)
        .join(Programme, Programme.id == ActivitySession.programme_id)
        .outerjoin(Project, Project.id == ActivitySession.project_id)
        .where(Attendance.beneficiary_id == c.person.id)
        .order_by(ActivitySession.date, ActivitySession.id)
    )
    rows: list[Row] = []
    for attendance, s, programme, project in c.session.execute(stmt):
        individual = s.kind == "individual"
        rows.append(
            {
                "session_id": s.id,
                "date": s.date,
                "kind": s.kind,
                "activity_type": s.activity_type,
                "programme": programme,
                "project": project,
                "topic": s.topic,
                "location": s.location,
                "duration_minutes": s.duration_minutes,
                "facilitator": c.user(s.facilitator_id),
                "mhpss_notes": s.mhpss_notes if individual and mhpss else None,
                "deleted_at": s.deleted_at,
                "attendance": columns(attendance),
                "custom_fields": _labelled(c, custom_fields.Entity.SESSION, s.id),
            }
        )
    return rows


def _assessments(c: _Context) -> list[Row]:
    stmt = (
        select(Assessment, Instrument)
        .outerjoin(
            Instrument,
            (Instrument.code == Assessment.instrument)
            & (Instrument.version == Assessment.instrument_version),
        )
        .where(Assessment.beneficiary_id == c.person.id)
        .order_by(Assessment.date, Assessment.id)
    )
    rows: list[Row] = []
    for a, instrument in c.session.execute(stmt):
        row = columns(a)
        try:
            row["answers"] = json.loads(a.answers)
        except ValueError:
            row["answers"] = a.answers  # kept as stored
        defn = definition_of(instrument) if instrument is not None else None
        row["instrument_name"] = instrument.name if instrument is not None else a.instrument
        row["score"] = result_of(a, defn).score
        row["assessed_by_name"] = c.user(a.assessed_by)
        rows.append(row)
    return rows


def _referrals(c: _Context) -> list[Row]:
    stmt = (
        select(Referral, Service.organisation, Programme.name)
        .outerjoin(Service, Service.id == Referral.service_id)
        .outerjoin(Programme, Programme.id == Referral.programme_id)
        .where(Referral.beneficiary_id == c.person.id)
        .order_by(Referral.date, Referral.id)
    )
    return [
        {
            **columns(r),
            "organisation": organisation or "",
            "programme": programme,
            "referred_by_name": c.user(r.referred_by),
        }
        for r, organisation, programme in c.session.execute(stmt)
    ]


def _received_referrals(c: _Context) -> list[Row]:
    """Referrals from another CSO this CSO recorded for the person (db.referrals_received)."""
    stmt = (
        select(ReceivedReferral, Service.name)
        .outerjoin(Service, Service.id == ReceivedReferral.service_id)
        .where(ReceivedReferral.person_id == c.person.id)
        .order_by(ReceivedReferral.received_on, ReceivedReferral.id)
    )
    return [
        {**columns(r), "service_name": name or "", "recorded_by_name": c.user(r.recorded_by)}
        for r, name in c.session.execute(stmt)
    ]


def _participant_notes(c: _Context) -> list[Row]:
    """Notes about the person written beside a group session, if the requester may read them
    (db.participant_notes: the MHPSS notes permission and full access)."""
    if not access.may_read_mhpss(c.store, c.person.id):
        return []
    stmt = (
        select(ParticipantNote, ActivitySession.date)
        .join(ActivitySession, ActivitySession.id == ParticipantNote.session_id)
        .where(ParticipantNote.beneficiary_id == c.person.id, ParticipantNote.note != "")
        .order_by(ActivitySession.date, ParticipantNote.session_id)
    )
    return [
        {**columns(n), "session_date": day, "written_by_name": c.user(n.written_by)}
        for n, day in c.session.execute(stmt)
    ]


def _projects(c: _Context) -> list[Row]:
    stmt = (
        select(ProjectParticipant, Project)
        .join(Project, Project.id == ProjectParticipant.project_id)
        .where(ProjectParticipant.beneficiary_id == c.person.id)
        .order_by(Project.start_date, Project.id)
    )
    return [
        {
            **columns(pp),
            "title": p.title,
            "community": p.community,
            "status": p.status,
            "start_date": p.start_date,
            "end_date": p.end_date,
        }
        for pp, p in c.session.execute(stmt)
    ]


def _audit(c: _Context) -> list[Row]:
    """Who viewed or changed the record, and when: the audit events about the person and
    about their cases, goals, actions, assessments and referrals (events hold ids, never
    names; ``detail`` holds codes, and for breaking the glass the reason given)."""
    pid = c.person.id

    def ids(column: Any, where: Any) -> list[int]:
        return list(c.session.scalars(select(column).where(where)))

    case_ids = ids(Case.id, Case.beneficiary_id == pid)
    owned: list[tuple[str, Iterable[int]]] = [
        ("person", [pid]),
        ("case", case_ids),
        ("case_goal", ids(CaseGoal.id, CaseGoal.case_id.in_(case_ids))),
        ("case_action", ids(CaseAction.id, CaseAction.case_id.in_(case_ids))),
        ("assessment", ids(Assessment.id, Assessment.beneficiary_id == pid)),
        ("referral", ids(Referral.id, Referral.beneficiary_id == pid)),
    ]
    conditions = [
        (AuditEvent.entity == entity) & AuditEvent.entity_id.in_(list(entity_ids))
        for entity, entity_ids in owned
    ]
    events = c.session.scalars(select(AuditEvent).where(or_(*conditions)).order_by(AuditEvent.id))
    return [
        {
            "at": e.at,
            "username": e.username,
            "user_name": c.user(e.user_id),
            "action": e.action,
            "entity": e.entity,
            "entity_id": e.entity_id,
            "detail": e.detail,
        }
        for e in events
    ]


def _changes(c: _Context) -> list[Row]:
    """Corrections of the record: each field changed, its old and new value, who and when."""
    stmt = (
        select(PersonChange)
        .where(PersonChange.beneficiary_id == c.person.id)
        .order_by(PersonChange.changed_at, PersonChange.id)
    )
    return [
        {**columns(ch), "changed_by_name": c.user(ch.changed_by)} for ch in c.session.scalars(stmt)
    ]


def _labelled(c: _Context, entity: custom_fields.Entity, record_id: int) -> list[Row]:
    return [
        {
            "field": v.code,
            "label": dict(v.labels),
            "kind": v.kind.value,
            "value": v.value,
            "shown": dict(v.shown),
        }
        for v in custom_fields.labelled_values(c.session, entity, record_id)
    ]


def _custom_fields(c: _Context) -> list[Row]:
    """The values of the CSO's own fields (db.custom_fields), with each field's labels, also
    of fields no longer asked for."""
    return _labelled(c, custom_fields.Entity.PERSON, c.person.id)


def _counted(c: _Context) -> list[Row]:
    """The months the network's figures first counted the person in each programme (kept so a
    closed month's unique count is not counted twice; the figures themselves hold no person)."""
    stmt = (
        select(ReachMark, Programme.name)
        .join(Programme, Programme.id == ReachMark.programme_id)
        .where(ReachMark.beneficiary_id == c.person.id)
        .order_by(ReachMark.first_month, ReachMark.id)
    )
    return [
        {
            "programme": name,
            "first_month": mark.first_month,
            "period_start": mark.period_start,
        }
        for mark, name in c.session.execute(stmt)
    ]


Section = Callable[[_Context], list[Row]]

# Every section of the export, in the order the document shows them. A new table with data
# about a person is one more line here (tests/db/test_subject_export.py fails until it is).
SECTIONS: list[tuple[str, Section]] = [
    ("profile", _profile),
    ("custom_fields", _custom_fields),
    ("changes", _changes),
    ("consent", _consent),
    ("consent_history", _consent_history),
    ("cases", _cases),
    ("sessions", _sessions),
    ("assessments", _assessments),
    ("referrals", _referrals),
    ("received_referrals", _received_referrals),
    ("participant_notes", _participant_notes),
    ("projects", _projects),
    ("counted", _counted),
    ("audit", _audit),
]


# --- gathering --------------------------------------------------------------------------------


def person_id_for_code(store: Store, code: str) -> int:
    """The id of the (live) person with this code: :class:`RecordNotFound` if there is none."""
    store.require(Permission.PEOPLE_VIEW)
    with store.read() as session:
        found = session.scalar(
            select(B.id).where(B.code == code.strip().upper(), B.deleted_at.is_(None))
        )
    if found is None:
        raise RecordNotFound("person")
    return int(found)


def check_may_export(store: Store, person_id: int) -> None:
    """:class:`PermissionDenied` unless the user may make a subject export,
    :class:`AccessDenied` / :class:`RecordNotFound` for a person they may not see in full."""
    store.require(Permission.PEOPLE_EXPORT)
    access.require_full(store, person_id)


def may_export(store: Store) -> bool:
    """Whether the user's role may make subject exports at all (to show the action)."""
    return store.can(Permission.PEOPLE_EXPORT)


def gather(store: Store, person_id: int, now: dt.datetime | None = None) -> SubjectExport:
    """Everything held about the person, read in one snapshot. Not audited by itself: the
    export that writes it is (:func:`write_export`)."""
    check_may_export(store, person_id)
    with store.snapshot(), store.read() as session:
        person = session.get(B, person_id)
        if person is None or person.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        users = {u.id: u.full_name for u in session.scalars(select(User))}
        context = _Context(store, session, person, users)
        sections = {name: read(context) for name, read in SECTIONS}
        cso = store.cso
        return SubjectExport(
            cso_name=cso.name,
            cso_code=cso.code,
            person_id=person.id,
            code=person.code,
            name_latin=person.name_latin,
            name_script=person.name_script,
            language=person.language,
            exported_at=now or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
            exported_by=store.user.username,
            exported_by_name=store.user.full_name,
            sections=sections,
        )


# --- JSON ------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def as_document(export: SubjectExport) -> dict[str, Any]:
    """The export as JSON-ready data: ISO dates, the sections by name."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "cso": {"code": export.cso_code, "name": export.cso_name},
        "exported_at": export.exported_at.isoformat(),
        "exported_by": export.exported_by,
        "exported_by_name": export.exported_by_name,
        "person": {
            "code": export.code,
            "name_latin": export.name_latin,
            "name_script": export.name_script,
            "language": export.language,
        },
        "sections": {name: _plain(rows) for name, rows in export.sections.items()},
    }


def to_json(export: SubjectExport) -> bytes:
    """UTF-8 JSON, keys sorted (the same record always gives the same bytes), Burmese and Thai
    written as they are (``ensure_ascii=False``)."""
    text = json.dumps(as_document(export), ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


# --- writing ---------------------------------------------------------------------------------

Render = Callable[[SubjectExport], bytes]


def _storage_problem(exc: OSError) -> StorageProblem:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageProblem("disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageProblem("read_only")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return StorageProblem("no_folder")
    return StorageProblem("cannot_write")


def write_export(
    store: Store,
    person_id: int,
    out: Path,
    render: Render | None = None,
    now: dt.datetime | None = None,
) -> SubjectExport:
    """Gather, render (JSON unless ``render`` is given: the Word document's writer), write
    ``out`` atomically and audit the export. On any failure no file is left: a full or
    read-only disk raises :class:`StorageProblem`; an export that cannot be audited is removed.
    """
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationFailed({"out": "json_or_docx"})
    if suffix == ".docx" and render is None:
        raise ValidationFailed({"out": "json_or_docx"})
    export = gather(store, person_id, now)
    data = (render or to_json)(export)
    try:
        write_atomically(out, data)
    except OSError as exc:
        raise _storage_problem(exc) from exc
    try:
        with store.write() as session:
            store.audit(session, "subject_export", "person", person_id, f"format={suffix[1:]}")
    except BaseException:
        out.unlink(missing_ok=True)  # an export that cannot be audited must not exist
        raise
    return export


__all__ = [
    "FORMAT",
    "SECTIONS",
    "SUFFIXES",
    "VERSION",
    "SubjectExport",
    "as_document",
    "check_may_export",
    "columns",
    "gather",
    "may_export",
    "person_id_for_code",
    "to_json",
    "write_export",
]
