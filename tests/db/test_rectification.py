"""Rectification history: each edit of a person keeps old and new value, who and when, in the
same transaction; only the admin reads it."""

from __future__ import annotations

import dataclasses

import pytest

from db import audit, beneficiaries, rectification, users
from db.errors import PermissionDenied, RecordNotFound, ValidationFailed
from db.models import PersonChange
from db.store import Store
from db.types import Role, UserInfo
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person
from tests.db.test_protection import as_role


def _supervisor(store: Store) -> Store:
    account = users.create_user(store, "mya", "Ma Mya Sandar", Role.SUPERVISOR, ADMIN_PASSWORD)
    return dataclasses.replace(
        store, user=UserInfo(account.id, "mya", "Ma Mya Sandar", Role.SUPERVISOR, "en")
    )


def test_each_changed_field_is_kept_with_old_new_who(store: Store) -> None:
    pid = beneficiaries.register_person(store, person("Ma Hnin Ei", phone="081 234 5678")).id
    assert rectification.changes(store, pid) == []  # registering is no change
    mya = _supervisor(store)
    beneficiaries.update_person(
        mya, pid, person("Ma Hnin Ei Wai", phone="089 765 4321", area="Mae Pa", birth_year=1990)
    )
    found = {c.field: c for c in rectification.changes(store, pid)}
    assert set(found) == {"name_latin", "phone", "area", "birth_date"}
    assert (found["name_latin"].old_value, found["name_latin"].new_value) == (
        "Ma Hnin Ei",
        "Ma Hnin Ei Wai",
    )
    assert (found["phone"].old_value, found["phone"].new_value) == ("081 234 5678", "089 765 4321")
    assert (found["area"].old_value, found["area"].new_value) == ("", "Mae Pa")
    assert (found["birth_date"].old_value, found["birth_date"].new_value) == (
        "1994-07-01",
        "1990-07-01",
    )
    assert {c.changed_by for c in found.values()} == {"Ma Mya Sandar"}
    # Saving without a change adds nothing.
    beneficiaries.update_person(
        mya, pid, person("Ma Hnin Ei Wai", phone="089 765 4321", area="Mae Pa", birth_year=1990)
    )
    assert len(rectification.changes(store, pid)) == 4
    # Closing and reopening the person's case are changes of their record too.
    beneficiaries.close_case(store, pid, "moved to Bangkok")
    newest = rectification.changes(store, pid)[:2]
    assert {(c.field, c.new_value) for c in newest} == {
        ("status", "closed"),
        ("closed_reason", "moved to Bangkok"),
    }


def test_history_is_written_in_the_edits_transaction(store: Store) -> None:
    pid = beneficiaries.register_person(store, person("Ma Hnin Ei")).id
    bad = person("Ma Hnin Ei", notes="ok")
    bad.name_latin = ""  # refused before anything is written
    with pytest.raises(ValidationFailed):
        beneficiaries.update_person(store, pid, bad)
    with store.read() as session:
        assert session.query(PersonChange).count() == 0


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_only_the_admin_reads_the_history(store: Store, role: Role) -> None:
    pid = beneficiaries.register_person(store, person()).id
    beneficiaries.update_person(store, pid, person("Ma Other"))
    with pytest.raises(PermissionDenied):
        rectification.changes(as_role(store, role), pid)


def test_reading_the_history_is_audited_without_values(store: Store) -> None:
    pid = beneficiaries.register_person(store, person("Ma CANARY Old")).id
    beneficiaries.update_person(store, pid, person("Ma CANARY New"))
    rectification.changes(store, pid)
    events = audit.list_audit_events(store, audit.AuditFilter(action="view_changes"))
    assert [(e.entity, e.entity_id) for e in events] == [("person", pid)]
    every = audit.list_audit_events(store, audit.AuditFilter())
    assert all("CANARY" not in e.detail for e in every)
    with pytest.raises(RecordNotFound):
        rectification.changes(store, pid + 1000)


def test_the_history_and_the_retention_rule_reach_the_teams_laptops() -> None:
    from db import settings
    from db.team.apply import ERASED_WITH_PERSON
    from db.team.tables import synced_tables

    assert "person_changes" in synced_tables()
    assert "person_changes" in ERASED_WITH_PERSON  # an erasure arriving takes it along
    assert settings.RETENTION_YEARS.name in settings.TEAM_SYNCED
