"""Roles, staff accounts and the audit trail, at the facade level."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db import audit, beneficiaries, keys, setup, users
from db.errors import AccountDisabled, PermissionDenied, ValidationFailed, WrongCredentials
from db.permissions import ROLE_PERMISSIONS, Permission
from db.store import Store
from db.types import PersonQuery, Role, UserInfo
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person


def as_role(store: Store, role: Role) -> Store:
    """The same open database, with a user of another role signed in."""
    return dataclasses.replace(
        store, user=UserInfo(store.user.id, f"{role.value}-user", "Test", role, "en")
    )


# What each role must be able to do, and what it must not: the facade's answer, not the UI's.
PERSON_ACTIONS = {
    "find": lambda s, pid: beneficiaries.find_people(s, PersonQuery()),
    "view": lambda s, pid: beneficiaries.get_person(s, pid),
    "register": lambda s, pid: beneficiaries.register_person(s, person("Ko Zaw")),
    "edit": lambda s, pid: beneficiaries.update_person(s, pid, person("Ma Hnin Ei Edited")),
    "delete": lambda s, pid: beneficiaries.delete_person(s, pid),
    "audit": lambda s, pid: audit.list_audit_events(s),
    "users": lambda s, pid: users.list_users(s),
}
ALLOWED = {
    Role.ADMIN: {"find", "view", "register", "edit", "delete", "audit", "users"},
    Role.CASEWORKER: {"find", "view", "register", "edit"},
    Role.SUPERVISOR: {"find", "view", "register", "edit", "audit"},
    Role.FACILITATOR: {"find", "view", "register"},
    Role.COORDINATOR: set(),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(PERSON_ACTIONS))
def test_each_role_can_do_exactly_what_it_may(store: Store, role: Role, action: str) -> None:
    pid = beneficiaries.register_person(store, person()).id
    acting = as_role(store, role)
    if action in ALLOWED[role]:
        PERSON_ACTIONS[action](acting, pid)
    else:
        with pytest.raises(PermissionDenied):
            PERSON_ACTIONS[action](acting, pid)


def test_only_caseworkers_and_admins_see_mhpss_notes_and_assessments() -> None:
    for role, perms in ROLE_PERMISSIONS.items():
        sees = Permission.MHPSS_NOTES in perms and Permission.ASSESSMENTS in perms
        assert sees == (role in {Role.ADMIN, Role.SUPERVISOR, Role.CASEWORKER}), role


def test_coordinator_has_no_person_level_permission() -> None:
    person_level = {p for p in Permission if p.value.startswith(("people.", "mhpss", "assess"))}
    assert not person_level & ROLE_PERMISSIONS[Role.COORDINATOR]


def test_new_user_can_sign_in_and_has_their_role(store: Store, db_path: Path) -> None:
    users.create_user(store, "Thida", "Thida Aye", Role.CASEWORKER, "caseworker-pass")
    other = setup.open_database(db_path, "thida", "caseworker-pass")
    try:
        assert other.user.role is Role.CASEWORKER
        assert other.user.full_name == "Thida Aye"
    finally:
        other.close()


def test_user_name_must_be_unique_and_password_long_enough(store: Store) -> None:
    with pytest.raises(ValidationFailed) as err:
        users.create_user(store, "admin", "Another", Role.CASEWORKER, "short")
    assert err.value.problems == {"username": "username_taken", "password": "too_short"}
    assert [u.username for u in users.list_users(store)] == ["admin"]


def test_disabled_user_cannot_sign_in_and_their_key_slot_is_gone(
    store: Store, db_path: Path
) -> None:
    account = users.create_user(store, "nilar", "Nilar", Role.FACILITATOR, "facilitator-pw")
    users.disable_user(store, account.id)
    with pytest.raises(WrongCredentials):
        setup.open_database(db_path, "nilar", "facilitator-pw")
    keyfile = keys.KeyFile.load(keys.KeyFile.path_for(db_path))
    assert keys.KeyFile.user_slot("nilar") not in keyfile.slots
    # Re-enabled by a password reset, with the new password only.
    users.reset_password(store, account.id, "a-new-password")
    with pytest.raises(WrongCredentials):
        setup.open_database(db_path, "nilar", "facilitator-pw")
    setup.open_database(db_path, "nilar", "a-new-password").close()


def test_inactive_account_is_refused_even_with_a_key_slot(store: Store, db_path: Path) -> None:
    account = users.create_user(store, "nilar", "Nilar", Role.FACILITATOR, "facilitator-pw")
    with store.write() as session:  # an account disabled by an older version, slot left behind
        session.execute(text("UPDATE users SET active = 0 WHERE id = :i"), {"i": account.id})
    with pytest.raises(AccountDisabled):
        setup.open_database(db_path, "nilar", "facilitator-pw")


def test_the_last_admin_cannot_be_disabled_or_demoted(store: Store) -> None:
    second = users.create_user(store, "second", "Second Admin", Role.ADMIN, "second-admin-pw")
    with pytest.raises(ValidationFailed):
        users.disable_user(store, store.user.id)  # not yourself
    users.disable_user(store, second.id)
    with pytest.raises(ValidationFailed) as err:
        users.set_role(store, store.user.id, Role.CASEWORKER)
    assert err.value.problems == {"role": "last_admin"}


def test_change_own_password_needs_the_old_one(store: Store, db_path: Path) -> None:
    with pytest.raises(WrongCredentials):
        users.change_own_password(store, "not-my-password", "brand-new-password")
    users.change_own_password(store, ADMIN_PASSWORD, "brand-new-password")
    with pytest.raises(WrongCredentials):
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    setup.open_database(db_path, "admin", "brand-new-password").close()


def test_audit_trail_records_who_did_what_without_names(store: Store) -> None:
    pid = beneficiaries.register_person(store, person("Ma CANARYAUDIT")).id
    beneficiaries.get_person(store, pid)
    beneficiaries.update_person(store, pid, person("Ma CANARYAUDIT Two"))
    beneficiaries.delete_person(store, pid)
    events = audit.list_audit_events(store, audit.AuditFilter(entity="person", entity_id=pid))
    assert [e.action for e in events] == ["delete", "edit", "view", "create"]
    assert {e.username for e in events} == {"admin"}
    everything = audit.list_audit_events(store, limit=1000)
    assert not any("CANARY" in (e.detail + e.entity) for e in everything)
    assert audit.count_audit_events(store, audit.AuditFilter(action="view")) == 1
    assert {"setup", "create", "view", "edit", "delete"} <= set(audit.audit_actions(store))


def test_audit_trail_is_append_only(store: Store) -> None:
    with pytest.raises(IntegrityError, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET username = 'someone else'"))
    with pytest.raises(IntegrityError, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events"))
    assert audit.count_audit_events(store) >= 1
