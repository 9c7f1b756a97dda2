"""Rectification history: every change of a person's fields, kept with who made it and when.

An edit of a person's record (db.beneficiaries) writes one ``person_changes`` row per field
that changed, in the same transaction: the old value, the new value, who and when. The
history is for the CSO's admin, who answers a person's request to correct their data (and the
questions that follow it); it is read with :func:`changes`, which only the admin may call
(``Permission.PEOPLE_DELETE``, the admin's permission over people's records as a whole: a
supervisor reads the audit trail, which holds no values, but not this). Erasing a person
erases their history too (db.housekeeping).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import RecordNotFound
from db.models import Beneficiary, PersonChange, User
from db.permissions import Permission
from db.store import Store
from db.types import WG_DOMAINS

# The fields of a person's record whose changes are kept, in the order the form shows them.
# (The search text and the disability flag follow from these; timestamps are not the person's.)
FIELDS: tuple[str, ...] = (
    "name_latin",
    "name_script",
    "sex",
    "birth_date",
    "birth_date_estimated",
    "nationality",
    "population_group",
    "documentation",
    *(f"wg_{domain}" for domain in WG_DOMAINS),
    "phone",
    "area",
    "language",
    "consent_date",
    "consent_services",
    "consent_referral",
    "consent_data_use",
    "status",
    "closed_reason",
    "notes",
)


@dataclass(frozen=True)
class FieldChange:
    """One changed field: ``field`` is a name from :data:`FIELDS`; the values are text (dates
    ISO, booleans "true"/"false", no value "")."""

    field: str
    old_value: str
    new_value: str
    changed_by: str  # the user's full name ("" when the account is gone)
    changed_at: dt.datetime  # UTC


def as_text(value: object) -> str:
    """How a field's value is kept in the history."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def snapshot(b: Beneficiary) -> dict[str, str]:
    """The tracked fields of a record, as text: taken before a change, compared after."""
    return {name: as_text(getattr(b, name)) for name in FIELDS}


def record_changes(
    session: Session, store: Store, b: Beneficiary, before: dict[str, str]
) -> list[str]:
    """Add a history row for each field of ``b`` that differs from ``before`` (a
    :func:`snapshot`), in the caller's transaction. Returns the changed field names."""
    after = snapshot(b)
    changed = [name for name in FIELDS if before[name] != after[name]]
    for name in changed:
        session.add(
            PersonChange(
                beneficiary_id=b.id,
                field=name,
                old_value=before[name],
                new_value=after[name],
                changed_by=store.user.id,
            )
        )
    return changed


CUSTOM_PREFIX = "custom."  # a custom field's change is kept as "custom.<code>"


def record_custom_changes(
    session: Session,
    store: Store,
    person_id: int,
    changed: list[tuple[int, str, str]],
    codes: dict[int, str],
) -> None:
    """History rows for the custom fields of a person that changed (db.custom_fields
    write_values gives them: field id, old and new stored text)."""
    for field_id, old, new in changed:
        session.add(
            PersonChange(
                beneficiary_id=person_id,
                field=f"{CUSTOM_PREFIX}{codes.get(field_id, field_id)}",
                old_value=old,
                new_value=new,
                changed_by=store.user.id,
            )
        )


def changes(store: Store, person_id: int) -> list[FieldChange]:
    """The person's rectification history, newest first (admin only). Reading it is audited."""
    store.require(Permission.PEOPLE_DELETE)
    with store.write() as session:
        if session.get(Beneficiary, person_id) is None:
            raise RecordNotFound(str(person_id))
        rows = session.execute(
            select(PersonChange, User.full_name)
            .outerjoin(User, User.id == PersonChange.changed_by)
            .where(PersonChange.beneficiary_id == person_id)
            .order_by(PersonChange.changed_at.desc(), PersonChange.id.desc())
        ).all()
        store.audit(session, "view_changes", "person", person_id)
        return [
            FieldChange(c.field, c.old_value, c.new_value, name or "", c.changed_at)
            for c, name in rows
        ]


__all__ = ["FIELDS", "FieldChange", "as_text", "changes", "record_changes", "snapshot"]
