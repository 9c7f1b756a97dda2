"""Subject access (db.subject): the export of one person holds a canary from every table with
data about them and none of anyone else's, in JSON and in the Word document; who may make it;
the export is audited and never half-written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, select

from db import beneficiaries, subject
from db.errors import AccessDenied, PermissionDenied, RecordNotFound, StorageProblem
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
    CustomField,
    CustomValue,
    MonthClosure,
    ParticipantNote,
    PersonChange,
    Programme,
    Project,
    ProjectParticipant,
    ReachMark,
    ReceivedReferral,
    Referral,
    User,
)
from db.models import Beneficiary as B
from db.models import Session as ActivitySession
from db.store import Store
from db.types import Role, UserInfo
from tests.db.people import person

NOW = dt.datetime(2026, 3, 10, 9, 30)


def person_tables(metadata: MetaData) -> set[str]:
    """Every table with data about a person: ``beneficiaries``, the tables with a foreign key
    to it, and (repeatedly) the tables with a foreign key to those (case goals through cases,
    ...). The audit trail and the custom fields' values name a person by id without a foreign
    key: they are added by hand."""
    found = {"beneficiaries"}
    grew = True
    while grew:
        grew = False
        for table in metadata.sorted_tables:
            if table.name in found:
                continue
            if any(fk.column.table.name in found for fk in table.foreign_keys):
                found.add(table.name)
                grew = True
    return found | {"audit_events", "custom_values"}


# Where plant() puts a canary: every table with data about a person (and the MHPSS notes of an
# individual session). A table about a person that is not here fails the first test.
CANARIES = (
    "beneficiaries",
    "person_changes",
    "consent_events",
    "cases",
    "case_shares",
    "case_goals",
    "case_actions",
    "attendance",
    "participant_notes",
    "assessments",
    "referrals",
    "received_referrals",
    "project_participants",
    "audit_events",
    "sessions.mhpss_notes",
    "custom_values",
    "custom_values.session",  # a custom field of a session the person attended
    "reach_marks",  # the network's figures counted the person (closed months)
)


def plant(store: Store, pid: int, tag: str) -> dict[str, str]:
    """A canary about person ``pid`` in every table with data about a person (keys: table
    names, and ``sessions.mhpss_notes`` for the notes of an individual session)."""
    c = {name: f"{tag}-{name}-canary" for name in CANARIES}
    with store.write() as s:
        programme = s.scalars(select(Programme.id)).first()
        assert programme is not None
        s.get_one(B, pid).notes = c["beneficiaries"]
        colleague = User(
            username=f"share{tag.lower()}",
            full_name=c["case_shares"],
            role="caseworker",
            password_hash="x",
        )
        case = Case(beneficiary_id=pid, opened_on=dt.date(2026, 1, 5), outcome=c["cases"])
        s.add_all([colleague, case])
        s.flush()
        s.add(CaseShare(case_id=case.id, user_id=colleague.id))
        goal = CaseGoal(case_id=case.id, text=c["case_goals"])
        s.add(goal)
        s.flush()
        s.add(CaseAction(case_id=case.id, goal_id=goal.id, text=c["case_actions"]))
        group = ActivitySession(
            kind="group",
            activity_type="mhpss_group",
            programme_id=programme,
            date=dt.date(2026, 2, 3),
            topic=c["attendance"],
        )
        individual = ActivitySession(
            kind="individual",
            activity_type="counselling",
            programme_id=programme,
            date=dt.date(2026, 2, 4),
            mhpss_notes=c["sessions.mhpss_notes"],
        )
        project = Project(title=c["project_participants"])
        closure = MonthClosure(through="2026-01", action="close")
        s.add_all([group, individual, project, closure])
        s.flush()
        fields = {f.entity: f.id for f in s.scalars(select(CustomField))}
        if not fields:
            person_field = CustomField(
                entity="person", code="housing", kind="text", labels='{"en": "Housing FIELD"}'
            )
            session_field = CustomField(
                entity="session", code="venue", kind="text", labels='{"en": "Venue FIELD"}'
            )
            s.add_all([person_field, session_field])
            s.flush()
            fields = {"person": person_field.id, "session": session_field.id}
        s.add_all(
            [
                ReachMark(
                    closure_id=closure.id,
                    period_start="2026-01",
                    programme_id=programme,
                    beneficiary_id=pid,
                    first_month=c["reach_marks"],
                ),
                CustomValue(
                    field_id=fields["person"],
                    record_id=pid,
                    entity="person",
                    value=c["custom_values"],
                ),
                CustomValue(
                    field_id=fields["session"],
                    record_id=group.id,
                    entity="session",
                    value=c["custom_values.session"],
                ),
            ]
        )
        s.add_all(
            [
                Attendance(session_id=group.id, beneficiary_id=pid),
                Attendance(session_id=individual.id, beneficiary_id=pid),
                ParticipantNote(
                    session_id=group.id, beneficiary_id=pid, note=c["participant_notes"]
                ),
                Assessment(
                    beneficiary_id=pid,
                    instrument=c["assessments"],
                    date=dt.date(2026, 2, 5),
                    answers="[1, 2, 3, 4, 5]",
                    raw_score=15,
                ),
                Referral(
                    beneficiary_id=pid,
                    service_name="Legal clinic",
                    date=dt.date(2026, 2, 6),
                    reason=c["referrals"],
                ),
                ReceivedReferral(
                    code=f"KWA-{tag}",
                    from_cso="KWA",
                    person_id=pid,
                    received_on=dt.date(2026, 2, 6),
                    state="not_served",
                    reason=c["received_referrals"],
                    state_on=dt.date(2026, 2, 6),
                ),
                ProjectParticipant(project_id=project.id, beneficiary_id=pid),
                ConsentEvent(
                    beneficiary_id=pid,
                    scope="data_use",
                    granted=False,
                    effective=dt.date(2026, 2, 7),
                    method="verbal",
                    note=c["consent_events"],
                ),
                PersonChange(
                    beneficiary_id=pid,
                    field="phone",
                    old_value=c["person_changes"],
                    new_value="",
                ),
                AuditEvent(
                    username="admin",
                    action="break_glass",
                    entity="person",
                    entity_id=pid,
                    detail=c["audit_events"],
                ),
            ]
        )
    return c


@pytest.fixture
def two(store: Store) -> tuple[int, dict[str, str], int, dict[str, str]]:
    p1 = beneficiaries.register_person(store, person("Ma Canary One", language="en")).id
    p2 = beneficiaries.register_person(store, person("Ko Canary Two", language="en")).id
    return p1, plant(store, p1, "P1"), p2, plant(store, p2, "P2")


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_the_canaries_cover_every_table_with_data_about_a_person() -> None:
    tables = person_tables(Base.metadata)
    # Directly, and through cases and case goals:
    assert {"attendance", "cases", "case_goals", "case_actions", "case_shares"} <= tables
    missing = tables - {name.split(".")[0] for name in CANARIES}
    assert not missing, (
        f"{sorted(missing)} hold data about a person: add them to db.subject.SECTIONS and "
        "plant a canary in them here"
    )


def test_a_new_table_about_a_person_is_found_by_the_enumeration() -> None:
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    Table("future_notes", metadata, Column("id", Integer, primary_key=True),
          Column("beneficiary_id", ForeignKey("beneficiaries.id")))  # fmt: skip
    assert "future_notes" in person_tables(metadata)


def test_json_holds_every_canary_of_the_person_and_none_of_another(store: Store, two) -> None:
    p1, c1, _p2, c2 = two
    assert set(c1) >= person_tables(Base.metadata)
    data = subject.to_json(subject.gather(store, p1, NOW))
    text = data.decode("utf-8")
    assert [name for name, canary in c1.items() if canary not in text] == []
    assert [name for name, canary in c2.items() if canary in text] == []
    assert "P2-" not in text
    assert "Ko Canary Two" not in text
    document = json.loads(text)
    assert list(document["sections"]) == sorted(name for name, _ in subject.SECTIONS)
    profile = document["sections"]["profile"][0]
    assert set(profile) >= {c.name for c in B.__table__.columns}  # every column of the person
    assert profile["birth_date"] == "1994-07-01"  # ISO dates
    assert document["exported_at"] == "2026-03-10T09:30:00"


def test_the_word_document_holds_every_canary_of_the_person_and_none_of_another(
    store: Store, two
) -> None:
    from desktop.documents.subject_docx import docx_bytes

    p1, c1, _p2, c2 = two
    text = docx_text(docx_bytes(subject.gather(store, p1, NOW)))
    assert [name for name, canary in c1.items() if canary not in text] == []
    assert [name for name, canary in c2.items() if canary in text] == []
    assert "Ko Canary Two" not in text
    assert "What BEAM Education Foundation holds about Ma Canary One" in text
    # A custom field's value is shown with its label.
    assert f"Housing FIELD\n{c1['custom_values']}" in text
    assert f"Venue FIELD: {c1['custom_values.session']}" in text


def test_json_is_utf8_with_burmese_as_it_is(store: Store) -> None:
    pid = beneficiaries.register_person(
        store, person("Ma Aye", name_script="မအေး", language="my")
    ).id
    data = subject.to_json(subject.gather(store, pid, NOW))
    assert "မအေး".encode() in data
    assert b"\\u" not in data


def test_who_may_make_it(store: Store) -> None:
    pid = beneficiaries.register_person(store, person()).id
    for role in (Role.CASEWORKER, Role.FACILITATOR, Role.COORDINATOR):
        other = dataclasses.replace(store, user=UserInfo(99, "x", "X", role, "en"))
        with pytest.raises(PermissionDenied):
            subject.gather(other, pid)
    supervisor = dataclasses.replace(store, user=UserInfo(98, "sup", "Sup", Role.SUPERVISOR, "en"))
    assert subject.gather(supervisor, pid).code.startswith("BEAM-")
    with pytest.raises(RecordNotFound):
        subject.person_id_for_code(store, "BEAM-999999")
    beneficiaries.delete_person(store, pid)
    with pytest.raises((RecordNotFound, AccessDenied)):
        subject.gather(store, pid)


def test_the_export_is_audited_without_a_name(store: Store, tmp_path: Path) -> None:
    pid = beneficiaries.register_person(store, person("Ma Audit Canary")).id
    code = subject.gather(store, pid).code
    assert subject.person_id_for_code(store, code.lower()) == pid
    out = tmp_path / "copy.json"
    subject.write_export(store, pid, out)
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["code"] == code
    with store.read() as s:
        event = s.execute(
            select(AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.detail)
            .order_by(AuditEvent.id.desc())
            .limit(1)
        ).one()
    assert tuple(event) == ("subject_export", "person", pid, "format=json")


def test_a_failed_write_leaves_no_file_and_no_audit(store: Store, tmp_path: Path) -> None:
    pid = beneficiaries.register_person(store, person()).id
    out = tmp_path / "missing-folder" / "copy.json"
    with pytest.raises(StorageProblem):
        subject.write_export(store, pid, out)
    assert not out.exists()
    with store.read() as s:
        actions = list(s.scalars(select(AuditEvent.action)))
    assert "subject_export" not in actions


def test_an_audit_that_fails_takes_the_file_away(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = beneficiaries.register_person(store, person()).id
    out = tmp_path / "exports" / "copy.json"
    out.parent.mkdir()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise StorageProblem("disk_full")

    monkeypatch.setattr(store, "audit", refuse)
    with pytest.raises(StorageProblem):
        subject.write_export(store, pid, out)
    assert not out.exists()
    assert list(out.parent.iterdir()) == []  # nor a temp file
