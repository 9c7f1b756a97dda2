"""Participatory projects: CRUD, participants, linked sessions and attendance, permissions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from db import setup, users
from db.activities import ActivityType, SessionInput, delete_session, log_session
from db.audit import AuditFilter, list_audit_events
from db.beneficiaries import delete_person, register_person
from db.errors import PermissionDenied, RecordNotFound, ValidationFailed
from db.programmes import list_programmes
from db.projects import (
    ProjectInfo,
    ProjectInput,
    ProjectStatus,
    add_participants,
    create_project,
    delete_project,
    get_project,
    list_participants,
    list_projects,
    participant_attendance,
    project_sessions,
    remove_participants,
    update_project,
    validate_project,
)
from db.store import Store
from db.types import Role
from tests.db.people import person


def test_create_get_update_list(store: Store, project: ProjectInfo) -> None:
    assert project.title == "Women's voices, Ward 2"
    assert project.status is ProjectStatus.PLANNED
    assert (project.participants, project.sessions, project.plans) == (0, 0, 0)
    programme = next(p for p in list_programmes(store) if p.code == "participatory")
    changed = project.to_input()
    changed.status = ProjectStatus.ACTIVE
    changed.programme_id = programme.id
    changed.title = "  Women's voices  "
    updated = update_project(store, project.id, changed)
    assert updated.title == "Women's voices"
    assert updated.programme_name == programme.name
    assert get_project(store, project.id) == updated
    other = create_project(store, ProjectInput("Youth leaders", status=ProjectStatus.COMPLETED))
    assert [p.id for p in list_projects(store)] == [project.id, other.id]  # active first
    assert [p.id for p in list_projects(store, status=ProjectStatus.COMPLETED)] == [other.id]


def test_validation(store: Store) -> None:
    assert validate_project(ProjectInput(" ")) == {"title": "required"}
    bad = ProjectInput("x", start_date=dt.date(2025, 5, 2), end_date=dt.date(2025, 5, 1))
    assert validate_project(bad) == {"end_date": "before_start"}
    with pytest.raises(ValidationFailed) as exc:
        create_project(store, ProjectInput("x", programme_id=999))
    assert exc.value.problems == {"programme_id": "unknown"}


def test_soft_delete(store: Store, project: ProjectInfo) -> None:
    delete_project(store, project.id)
    assert list_projects(store) == []
    with pytest.raises(RecordNotFound):
        get_project(store, project.id)
    with pytest.raises(RecordNotFound):
        delete_project(store, project.id)


def test_participants_and_session_attendance(store: Store, project: ProjectInfo) -> None:
    a = register_person(store, person("Ma Hnin Ei")).id
    b = register_person(store, person("Naw Htoo")).id
    c = register_person(store, person("Ma Su")).id
    visitor = register_person(store, person("Visitor")).id
    assert add_participants(store, project.id, [a, b, c, a]) == 3
    assert add_participants(store, project.id, [a]) == 0
    rows = list_participants(store, project.id)
    assert [r.code for r in rows] == sorted(r.code for r in rows)
    assert {r.name_latin for r in rows} == {"Ma Hnin Ei", "Naw Htoo", "Ma Su"}
    with pytest.raises(ValidationFailed):
        add_participants(store, project.id, [9999])

    programme_id = list_programmes(store)[0].id
    first = log_session(
        store,
        SessionInput(
            ActivityType.PROJECT_SESSION,
            programme_id,
            dt.date(2025, 5, 6),
            120,
            topic="Rights",
            project_id=project.id,
            attendee_ids=[a, b, visitor],
        ),
    )
    second = log_session(
        store,
        SessionInput(
            ActivityType.PROJECT_SESSION,
            programme_id,
            dt.date(2025, 5, 13),
            project_id=project.id,
            attendee_ids=[a],
        ),
    )
    gone = log_session(
        store,
        SessionInput(
            ActivityType.PROJECT_SESSION, programme_id, dt.date(2025, 5, 20), project_id=project.id
        ),
    )
    delete_session(store, gone.id)
    # a session of no project is not listed
    log_session(store, SessionInput(ActivityType.AWARENESS, programme_id, dt.date(2025, 5, 6)))

    sessions = project_sessions(store, project.id)
    assert [s.id for s in sessions] == [first.id, second.id]
    assert (sessions[0].attendees, sessions[0].participants_present) == (3, 2)
    assert sessions[0].participants_absent == 1
    assert (sessions[1].attendees, sessions[1].participants_absent) == (1, 2)
    assert participant_attendance(store, project.id) == {a: 2, b: 1, c: 0}
    info = get_project(store, project.id)
    assert (info.participants, info.sessions) == (3, 2)

    assert remove_participants(store, project.id, [b, visitor]) == 1
    delete_person(store, c)
    assert [r.id for r in list_participants(store, project.id)] == [a]
    assert get_project(store, project.id).participants == 1


def test_audit_holds_ids_not_names(store: Store, project: ProjectInfo) -> None:
    a = register_person(store, person("Ma Hnin Ei")).id
    add_participants(store, project.id, [a])
    events = list_audit_events(store, AuditFilter(entity="project"))
    assert {e.action for e in events} == {"create", "participants_add"}
    assert all(e.entity_id == project.id for e in events)
    assert not any("Hnin" in e.detail or "Women" in e.detail for e in events)


def test_roles(store: Store, db_path: Path, project: ProjectInfo) -> None:
    users.create_user(store, "nilar", "Nilar", Role.FACILITATOR, "facilitator-pw")
    users.create_user(store, "coord", "Coordinator", Role.COORDINATOR, "coordinator-pw")
    facilitator = setup.open_database(db_path, "nilar", "facilitator-pw")
    try:
        assert [p.id for p in list_projects(facilitator)] == [project.id]
        create_project(facilitator, ProjectInput("Thai class group"))
    finally:
        facilitator.close()
    coordinator = setup.open_database(db_path, "coord", "coordinator-pw")
    try:
        with pytest.raises(PermissionDenied):
            list_projects(coordinator)
        with pytest.raises(PermissionDenied):
            list_participants(coordinator, project.id)
    finally:
        coordinator.close()
