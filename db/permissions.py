"""What each role may do. Checked in the facade, so a hidden button is never the only guard."""

from __future__ import annotations

from enum import StrEnum

from db.types import Role


class Permission(StrEnum):
    PEOPLE_VIEW = "people.view"
    PEOPLE_REGISTER = "people.register"
    PEOPLE_EDIT = "people.edit"
    PEOPLE_DELETE = "people.delete"
    PEOPLE_EXPORT = "people.export"
    SESSIONS_LOG = "sessions.log"
    MHPSS_NOTES = "mhpss.notes"
    ASSESSMENTS = "assessments"
    REFERRALS = "referrals"
    PLANS = "plans"
    AGGREGATES_VIEW = "aggregates.view"
    NETWORK = "network"
    USERS_MANAGE = "users.manage"
    SETTINGS = "settings"
    BACKUP = "backup"
    AUDIT_VIEW = "audit.view"
    # Cases: open, own, plan, close, transfer and share them (db.cases).
    CASES = "cases"


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.CASEWORKER: frozenset(
        {
            Permission.PEOPLE_VIEW,
            Permission.PEOPLE_REGISTER,
            Permission.PEOPLE_EDIT,
            Permission.SESSIONS_LOG,
            Permission.MHPSS_NOTES,
            Permission.ASSESSMENTS,
            Permission.REFERRALS,
            Permission.PLANS,
            Permission.AGGREGATES_VIEW,
            Permission.CASES,
        }
    ),
    # Supervisors do what caseworkers do, and read every case in full (db.access).
    Role.SUPERVISOR: frozenset(
        {
            Permission.PEOPLE_VIEW,
            Permission.PEOPLE_REGISTER,
            Permission.PEOPLE_EDIT,
            Permission.PEOPLE_EXPORT,
            Permission.SESSIONS_LOG,
            Permission.MHPSS_NOTES,
            Permission.ASSESSMENTS,
            Permission.REFERRALS,
            Permission.PLANS,
            Permission.AGGREGATES_VIEW,
            Permission.AUDIT_VIEW,
            Permission.CASES,
        }
    ),
    # Facilitators run groups: they see and register participants and take attendance, but
    # never MHPSS notes or assessments.
    Role.FACILITATOR: frozenset(
        {
            Permission.PEOPLE_VIEW,
            Permission.PEOPLE_REGISTER,
            Permission.SESSIONS_LOG,
            Permission.PLANS,
            Permission.AGGREGATES_VIEW,
        }
    ),
    # Coordinators see aggregates and the network only: no person-level data at all.
    Role.COORDINATOR: frozenset({Permission.AGGREGATES_VIEW, Permission.NETWORK}),
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
