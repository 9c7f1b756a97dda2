"""Participatory projects: a group of registered people, its facilitators, its goals, the group
sessions it ran (with attendance) and the session plans written for it (see ``db.plans``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session as OrmSession

from db import access
from db.errors import RecordNotFound, ValidationFailed
from db.models import Attendance, Programme, Project, ProjectParticipant, SessionPlan, utcnow
from db.models import Beneficiary as B
from db.models import Session as S
from db.permissions import Permission
from db.store import Store
from db.validation import clean_text, text_problems

TITLE_MAX = 200
COMMUNITY_MAX = 200


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


@dataclass
class ProjectInput:
    title: str
    community: str = ""  # the community or group, e.g. "Women's group, Ward 2"
    facilitators: str = ""  # free text: staff and volunteer facilitators
    goals: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: ProjectStatus = ProjectStatus.PLANNED
    programme_id: int | None = None


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    title: str
    community: str
    facilitators: str
    goals: str
    start_date: dt.date | None
    end_date: dt.date | None
    status: ProjectStatus
    programme_id: int | None
    programme_name: str
    participants: int
    sessions: int
    plans: int
    created_at: dt.datetime

    def to_input(self) -> ProjectInput:
        """The editable fields, e.g. to fill an edit dialog."""
        return ProjectInput(
            title=self.title,
            community=self.community,
            facilitators=self.facilitators,
            goals=self.goals,
            start_date=self.start_date,
            end_date=self.end_date,
            status=self.status,
            programme_id=self.programme_id,
        )


@dataclass(frozen=True)
class ParticipantRow:
    """A registered person taking part in a project (only what a participant list shows)."""

    id: int
    code: str
    name_latin: str
    name_script: str


@dataclass(frozen=True)
class ProjectSessionRow:
    """A group session linked to a project, with its attendance summary."""

    id: int
    date: dt.date
    topic: str
    location: str
    duration_minutes: int
    attendees: int  # everybody recorded as present
    participants_present: int  # of whom registered project participants
    participants_absent: int  # registered participants not recorded as present


def validate_project(project: ProjectInput) -> dict[str, str]:
    """Problem codes by field name; empty when the project can be saved."""
    problems = text_problems(
        {
            "title": project.title,
            "community": project.community,
            "facilitators": project.facilitators,
            "goals": project.goals,
        }
    )
    title = project.title.strip()
    if not title:
        problems["title"] = "required"
    elif len(title) > TITLE_MAX:
        problems["title"] = "too_long"
    if len(project.community.strip()) > COMMUNITY_MAX:
        problems["community"] = "too_long"
    if (
        project.start_date is not None
        and project.end_date is not None
        and project.end_date < project.start_date
    ):
        problems["end_date"] = "before_start"
    try:
        ProjectStatus(project.status)
    except ValueError:
        problems["status"] = "unknown"
    return problems


def _check(session: OrmSession, project: ProjectInput) -> None:
    problems = validate_project(project)
    if project.programme_id is not None and session.get(Programme, project.programme_id) is None:
        problems["programme_id"] = "unknown"
    if problems:
        raise ValidationFailed(problems)


def _apply(row: Project, project: ProjectInput) -> None:
    row.title = clean_text(project.title).strip()
    row.community = clean_text(project.community).strip()
    row.facilitators = clean_text(project.facilitators).strip()
    row.goals = clean_text(project.goals, multiline=True).strip()
    row.start_date = project.start_date
    row.end_date = project.end_date
    row.status = ProjectStatus(project.status).value
    row.programme_id = project.programme_id


def _live(session: OrmSession, project_id: int) -> Project:
    row = session.get(Project, project_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound(str(project_id))
    return row


def create_project(store: Store, project: ProjectInput) -> ProjectInfo:
    """Start a participatory project."""
    store.require(Permission.PLANS)
    with store.write() as session:
        _check(session, project)
        row = Project()
        _apply(row, project)
        session.add(row)
        session.flush()
        store.audit(session, "create", "project", row.id)
        new_id = row.id
    return get_project(store, new_id)


def update_project(store: Store, project_id: int, project: ProjectInput) -> ProjectInfo:
    store.require(Permission.PLANS)
    with store.write() as session:
        row = _live(session, project_id)
        _check(session, project)
        _apply(row, project)
        store.audit(session, "update", "project", project_id)
    return get_project(store, project_id)


def delete_project(store: Store, project_id: int) -> None:
    """Soft delete. Its sessions stay (they still count as group sessions); its plans are
    no longer listed under it."""
    store.require(Permission.PLANS)
    with store.write() as session:
        row = _live(session, project_id)
        row.deleted_at = utcnow()
        store.audit(session, "delete", "project", project_id)


def get_project(store: Store, project_id: int) -> ProjectInfo:
    store.require(Permission.PLANS)
    found = _infos(store, project_id=project_id)
    if not found:
        raise RecordNotFound(str(project_id))
    return found[0]


def list_projects(store: Store, *, status: ProjectStatus | None = None) -> list[ProjectInfo]:
    """Live projects: active and planned first, then by start date (newest first)."""
    store.require(Permission.PLANS)
    return _infos(store, status=status)


_STATUS_ORDER = {
    ProjectStatus.ACTIVE: 0,
    ProjectStatus.PLANNED: 1,
    ProjectStatus.COMPLETED: 2,
    ProjectStatus.CANCELLED: 3,
}


def _infos(
    store: Store, *, project_id: int | None = None, status: ProjectStatus | None = None
) -> list[ProjectInfo]:
    participants = (
        select(func.count())
        .select_from(ProjectParticipant)
        .join(B, B.id == ProjectParticipant.beneficiary_id)
        .where(ProjectParticipant.project_id == Project.id, B.deleted_at.is_(None))
        .correlate(Project)
        .scalar_subquery()
    )
    sessions = (
        select(func.count())
        .where(S.project_id == Project.id, S.deleted_at.is_(None))
        .correlate(Project)
        .scalar_subquery()
    )
    plans = (
        select(func.count())
        .where(
            SessionPlan.project_id == Project.id,
            SessionPlan.deleted_at.is_(None),
            SessionPlan.is_template.is_(False),
        )
        .correlate(Project)
        .scalar_subquery()
    )
    stmt = (
        select(Project, Programme.name, participants, sessions, plans)
        .outerjoin(Programme, Programme.id == Project.programme_id)
        .where(Project.deleted_at.is_(None))
    )
    if project_id is not None:
        stmt = stmt.where(Project.id == project_id)
    if status is not None:
        stmt = stmt.where(Project.status == ProjectStatus(status).value)
    with store.read() as session:
        infos = [
            ProjectInfo(
                id=p.id,
                title=p.title,
                community=p.community,
                facilitators=p.facilitators,
                goals=p.goals,
                start_date=p.start_date,
                end_date=p.end_date,
                status=ProjectStatus(p.status),
                programme_id=p.programme_id,
                programme_name=programme_name or "",
                participants=int(n_people),
                sessions=int(n_sessions),
                plans=int(n_plans),
                created_at=p.created_at,
            )
            for p, programme_name, n_people, n_sessions, n_plans in session.execute(stmt)
        ]
    infos.sort(
        key=lambda i: (
            _STATUS_ORDER[i.status],
            -(i.start_date or dt.date.max).toordinal(),
            i.title.casefold(),
        )
    )
    return infos


# --- participants ----------------------------------------------------------------------------


def add_participants(store: Store, project_id: int, person_ids: list[int]) -> int:
    """Add registered people to a project; people already in it are skipped. Returns how many
    were added."""
    store.require(Permission.PLANS)
    wanted = set(person_ids)
    with store.write() as session:
        _live(session, project_id)
        if wanted:
            live = set(
                session.scalars(
                    select(B.id).where(
                        B.id.in_(wanted), B.deleted_at.is_(None), access.visible_people(store)
                    )
                )
            )
            if wanted - live:
                raise ValidationFailed({"person_ids": "unknown_person"})
        already = set(
            session.scalars(
                select(ProjectParticipant.beneficiary_id).where(
                    ProjectParticipant.project_id == project_id
                )
            )
        )
        new = sorted(wanted - already)
        if new:
            session.execute(
                insert(ProjectParticipant),
                [{"project_id": project_id, "beneficiary_id": p} for p in new],
            )
        store.audit(session, "participants_add", "project", project_id, str(len(new)))
    return len(new)


def remove_participants(store: Store, project_id: int, person_ids: list[int]) -> int:
    """Take people off a project's list (their attendance at past sessions stays)."""
    store.require(Permission.PLANS)
    with store.write() as session:
        _live(session, project_id)
        result = session.execute(
            delete(ProjectParticipant).where(
                ProjectParticipant.project_id == project_id,
                ProjectParticipant.beneficiary_id.in_(set(person_ids)),
            )
        )
        removed = int(getattr(result, "rowcount", 0) or 0)
        store.audit(session, "participants_remove", "project", project_id, str(removed))
    return removed


def list_participants(store: Store, project_id: int) -> list[ParticipantRow]:
    """The project's participants by code (deleted people are left out)."""
    store.require(Permission.PLANS)
    store.require(Permission.PEOPLE_VIEW)
    stmt = (
        select(B.id, B.code, B.name_latin, B.name_script)
        .join(ProjectParticipant, ProjectParticipant.beneficiary_id == B.id)
        .where(
            ProjectParticipant.project_id == project_id,
            B.deleted_at.is_(None),
            access.visible_people(store),  # a facilitator: only the people of their groups
        )
        .order_by(B.code)
    )
    with store.read() as session:
        _live(session, project_id)
        return [ParticipantRow(*row) for row in session.execute(stmt)]


# --- sessions and attendance -----------------------------------------------------------------


def project_sessions(store: Store, project_id: int) -> list[ProjectSessionRow]:
    """Group sessions linked to the project, oldest first, with attendance per session."""
    store.require(Permission.PLANS)
    with store.read() as session:
        _live(session, project_id)
        members = set(
            session.scalars(
                select(ProjectParticipant.beneficiary_id)
                .join(B, B.id == ProjectParticipant.beneficiary_id)
                .where(ProjectParticipant.project_id == project_id, B.deleted_at.is_(None))
            )
        )
        rows = list(
            session.execute(
                select(S.id, S.date, S.topic, S.location, S.duration_minutes)
                .where(S.project_id == project_id, S.deleted_at.is_(None))
                .order_by(S.date, S.id)
            )
        )
        present: dict[int, set[int]] = {r[0]: set() for r in rows}
        if rows:
            for sid, pid in session.execute(
                select(Attendance.session_id, Attendance.beneficiary_id).where(
                    Attendance.session_id.in_(present)
                )
            ):
                present[sid].add(pid)
    return [
        ProjectSessionRow(
            id=sid,
            date=date,
            topic=topic,
            location=location,
            duration_minutes=minutes,
            attendees=len(present[sid]),
            participants_present=len(present[sid] & members),
            participants_absent=len(members - present[sid]),
        )
        for sid, date, topic, location, minutes in rows
    ]


def participant_attendance(store: Store, project_id: int) -> dict[int, int]:
    """How many of the project's sessions each participant attended (person id -> count)."""
    store.require(Permission.PLANS)
    with store.read() as session:
        _live(session, project_id)
        members = list(
            session.scalars(
                select(ProjectParticipant.beneficiary_id)
                .join(B, B.id == ProjectParticipant.beneficiary_id)
                .where(ProjectParticipant.project_id == project_id, access.visible_people(store))
            )
        )
        counts = dict.fromkeys(members, 0)
        stmt = (
            select(Attendance.beneficiary_id, func.count())
            .join(S, S.id == Attendance.session_id)
            .where(S.project_id == project_id, S.deleted_at.is_(None))
            .group_by(Attendance.beneficiary_id)
        )
        for pid, n in session.execute(stmt):
            if pid in counts:
                counts[pid] = int(n)
    return counts
