"""The retention rule: who is due for erasure (every case closed more than N years ago, no
activity within those years), and erasing the people the admin approves."""

from __future__ import annotations

import datetime as dt

import pytest

from db import audit, beneficiaries, retention, settings
from db.errors import PermissionDenied, RecordNotFound, ValidationFailed
from db.models import Assessment, Attendance, Beneficiary, Case, Programme, Referral
from db.models import Session as ActivitySession
from db.store import Store
from db.types import Role
from tests.db.test_protection import as_role

TODAY = dt.date(2031, 6, 1)  # five years back: 2026-06-01
D = dt.date


def _people(store: Store) -> dict[str, int]:
    """People with cases closed at various times and activity after or before the closure."""
    cases: dict[str, list[tuple[str, D | None, str]]] = {
        "due": [("closed", D(2025, 1, 10), "lost_contact")],
        "two_cases": [
            ("closed", D(2024, 1, 1), "goals_met"),
            ("closed", D(2025, 3, 1), "moved_away"),
        ],
        "recent": [("closed", D(2027, 1, 1), "goals_met")],
        "one_open": [("closed", D(2024, 1, 1), "goals_met"), ("open", None, "")],
        "attended_since": [("closed", D(2025, 1, 1), "goals_met")],
        "referred_since": [("closed", D(2025, 1, 1), "goals_met")],
        "assessed_since": [("closed", D(2025, 1, 1), "goals_met")],
        "attended_before": [("closed", D(2025, 1, 1), "declined")],
        "old_activity_after": [("closed", D(2024, 1, 1), "other")],
        "no_case": [],
    }
    ids: dict[str, int] = {}
    with store.write() as session:
        programme = Programme(code="retention", name="Retention")
        session.add(programme)
        session.flush()
        for n, (label, rows) in enumerate(cases.items(), start=1):
            b = Beneficiary(
                code=f"RT-{n:06d}",
                name_latin=f"Ma {label}",
                sex="female",
                birth_date=D(1990, 7, 1),
                population_group="new_arrival",
                consent_date=D(2023, 1, 1),
            )
            session.add(b)
            session.flush()
            ids[label] = b.id
            for status, closed_on, reason in rows:
                session.add(
                    Case(
                        beneficiary_id=b.id,
                        status=status,
                        opened_on=D(2023, 6, 1),
                        closed_on=closed_on,
                        closed_reason=reason,
                    )
                )
        attended = (
            ("attended_since", D(2027, 3, 1)),
            ("attended_before", D(2024, 12, 1)),
            ("old_activity_after", D(2025, 6, 1)),  # after the closure, before the 5 years
        )
        for label, day in attended:
            activity = ActivitySession(
                kind="group", activity_type="other", programme_id=programme.id, date=day
            )
            session.add(activity)
            session.flush()
            session.add(Attendance(session_id=activity.id, beneficiary_id=ids[label]))
        session.add(Referral(beneficiary_id=ids["referred_since"], date=D(2029, 2, 1)))
        session.add(
            Assessment(
                beneficiary_id=ids["assessed_since"],
                instrument="who5",
                date=D(2030, 9, 1),  # within even a one-year rule
                answers="[3, 3, 3, 3, 3]",
                raw_score=15,
            )
        )
    return ids


def test_nobody_is_due_without_a_rule(store: Store) -> None:
    _people(store)
    assert settings.retention_years(store) == 0
    assert retention.due_for_erasure(store, TODAY) == []


def test_due_list(store: Store) -> None:
    ids = _people(store)
    settings.set_retention_years(store, 5)
    due = retention.due_for_erasure(store, TODAY)
    assert [(d.person_id, d.closed_on, d.reason) for d in due] == [
        (ids["old_activity_after"], D(2024, 1, 1), "other"),
        (ids["attended_before"], D(2025, 1, 1), "declined"),
        (ids["due"], D(2025, 1, 10), "lost_contact"),
        (ids["two_cases"], D(2025, 3, 1), "moved_away"),
    ]
    assert [d.name_latin for d in due][1:] == ["Ma attended_before", "Ma due", "Ma two_cases"]
    assert due[2].code == "RT-000001"
    # A shorter rule: the recently closed are due, and so is recent activity older than a year;
    # activity within the year keeps a person.
    settings.set_retention_years(store, 1)
    labels = {v: k for k, v in ids.items()}
    assert {labels[d.person_id] for d in retention.due_for_erasure(store, TODAY)} == {
        "old_activity_after",
        "attended_before",
        "due",
        "two_cases",
        "recent",
        "attended_since",
        "referred_since",
    }


def test_rule_is_one_to_thirty_years(store: Store) -> None:
    for bad in (-1, 31):
        with pytest.raises(ValidationFailed):
            settings.set_retention_years(store, bad)
    settings.set_retention_years(store, 30)
    assert settings.retention_years(store) == 30
    with pytest.raises(PermissionDenied):
        settings.set_retention_years(as_role(store, Role.SUPERVISOR), 3)


def test_erase_due_erases_only_approved_people_still_due(store: Store) -> None:
    ids = _people(store)
    settings.set_retention_years(store, 5)
    seen: list[int] = []
    erased = retention.erase_due(
        store,
        [ids["due"], ids["attended_since"], ids["no_case"]],
        "retention rule, 5 years",
        today=TODAY,
        progress=seen.append,
    )
    assert erased == [ids["due"]]  # the others are not due: left alone
    assert seen == [1]
    with pytest.raises(RecordNotFound):
        beneficiaries.get_person(store, ids["due"])
    for label in ("attended_since", "no_case", "two_cases"):
        beneficiaries.get_person(store, ids[label])
    with store.read() as session:
        assert session.query(Case).filter(Case.beneficiary_id == ids["due"]).count() == 0
    events = audit.list_audit_events(store, audit.AuditFilter(action="erase"))
    assert [(e.entity_id, e.detail) for e in events] == [
        (ids["due"], "reason: retention rule, 5 years")
    ]
    assert [d.person_id for d in retention.due_for_erasure(store, TODAY)] == [
        ids["old_activity_after"],
        ids["attended_before"],
        ids["two_cases"],
    ]
    with pytest.raises(ValidationFailed):
        retention.erase_due(store, [ids["two_cases"]], "  ", today=TODAY)


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_only_the_admin_sees_and_erases_the_due(store: Store, role: Role) -> None:
    ids = _people(store)
    settings.set_retention_years(store, 5)
    other = as_role(store, role)
    with pytest.raises(PermissionDenied):
        retention.due_for_erasure(other, TODAY)
    with pytest.raises(PermissionDenied):
        retention.erase_due(other, [ids["due"]], "retention", today=TODAY)
    assert len(retention.due_for_erasure(store, TODAY)) == 4
