"""An erasure leaves no row about the person in ANY table that refers to them.

The tables are found from the models' metadata, not listed by hand: every table with a foreign
key to ``beneficiaries.id``, and every table with a foreign key to one of those (a case's goals
and actions, through the case). Each gets a row about the person to erase and a row about a
neighbour, filled in generically; after the erase the person's rows are gone from every one of
them and the neighbour's are all there. A table added later that the erasure forgets makes this
test fail until db.housekeeping handles it.

A table that names a person without a foreign key (the custom fields' values name their record
by ``record_id``, of a person or a session by the field's entity) is listed in
:data:`NAMED_WITHOUT_FOREIGN_KEY` with how it names them, and checked the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    and_,
    func,
    insert,
    select,
)
from sqlalchemy.orm import Session

from db import beneficiaries, housekeeping
from db.models import Base, MonthClosure, Programme, Project, Service, User
from db.models import Session as ActivitySession
from db.store import Store
from tests.db.people import person

PEOPLE = "beneficiaries"

# table -> (the column holding the person's id, the other columns that say it is a person)
NAMED_WITHOUT_FOREIGN_KEY: dict[str, tuple[str, dict[str, Any]]] = {
    "custom_values": ("record_id", {"entity": "person"}),
}


def tables_about_people() -> list[Table]:
    """Every table that refers to a person, directly or through another such table, parents
    before children."""
    about: set[str] = {PEOPLE}
    grown = True
    while grown:
        grown = False
        for table in Base.metadata.tables.values():
            if table.name in about:
                continue
            if any(fk.column.table.name in about for fk in table.foreign_keys):
                about.add(table.name)
                grown = True
    return [t for t in Base.metadata.sorted_tables if t.name in about and t.name != PEOPLE]


def test_the_enumeration_finds_the_known_tables() -> None:
    names = {t.name for t in tables_about_people()}
    # direct, and indirect through cases
    assert {"attendance", "assessments", "referrals", "person_changes", "cases"} <= names
    assert {"case_goals", "case_actions", "case_shares"} <= names
    assert "sessions" not in names
    assert "users" not in names


def _value(column: Column[Any], n: int) -> Any:
    """A value for a column without a foreign key to a person's table."""
    default = column.default
    if default is not None and default.is_scalar:
        return default.arg
    kind = column.type
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, DateTime):
        return dt.datetime(2024, 1, 1, 12, 0)
    if isinstance(kind, Date):
        return dt.date(2024, 1, 1)
    if isinstance(kind, Integer):
        return n
    if isinstance(kind, LargeBinary):
        return b"x"
    if isinstance(kind, String):
        return f"ROWCANARY {n}"[: kind.length or 100]
    return None


def _fill(session: Session, people: dict[str, int]) -> dict[str, dict[str, dict[str, Any]]]:
    """One row per table about people for each person (by label); returns each row's key."""
    user = session.scalar(select(User.id).limit(1))
    programme = Programme(code="erase-test", name="Erase test")
    session.add(programme)
    session.flush()
    activity = ActivitySession(
        kind="group", activity_type="other", programme_id=programme.id, date=dt.date(2024, 1, 1)
    )
    session.add(activity)
    session.flush()
    project = Project(title="Erase test", programme_id=programme.id)
    service = Service(uuid="00000000-0000-4000-8000-000000000001", name="Erase test")
    closure = MonthClosure(through="2024-01", action="close")
    session.add_all([project, service, closure])
    session.flush()
    parents = {
        "month_closures": closure.id,
        "users": user,
        "programmes": programme.id,
        "sessions": activity.id,
        "projects": project.id,
        "services": service.id,
    }
    keys: dict[str, dict[str, dict[str, Any]]] = {}
    for n, table in enumerate(tables_about_people(), start=1):
        for row_number, (label, person_id) in enumerate(people.items()):
            mine = {PEOPLE: person_id} | {t: k[label] for t, k in keys.items() if label in k}
            row: dict[str, Any] = {}
            for column in table.columns:
                fks = list(column.foreign_keys)
                if fks:
                    target = fks[0].column.table.name
                    if target in mine:
                        ref = mine[target]
                        row[column.name] = ref if isinstance(ref, int) else ref["id"]
                    elif target in parents:
                        row[column.name] = parents[target]
                    elif column.nullable:
                        row[column.name] = None
                    else:
                        pytest.fail(f"teach this test a parent row in {target} for {table.name}")
                elif column.primary_key and column.name == "id":
                    continue
                else:
                    # a value of each row its own (a column may be unique, e.g. a code)
                    row[column.name] = _value(column, n * 10 + row_number)
            result = session.execute(insert(table).values(**row))
            key = {c.name: row.get(c.name) for c in table.primary_key.columns}
            if "id" in key and key["id"] is None:
                key["id"] = result.inserted_primary_key[0]
            keys.setdefault(table.name, {})[label] = key
    return keys


def _count(session: Session, table: Table, key: dict[str, Any]) -> int:
    condition = and_(*(table.c[name] == value for name, value in key.items()))
    return int(session.scalar(select(func.count()).select_from(table).where(condition)) or 0)


def test_erase_leaves_no_row_about_the_person_in_any_table(store: Store) -> None:
    victim = beneficiaries.register_person(store, person("Ma Victim")).id
    neighbour = beneficiaries.register_person(store, person("Ma Neighbour")).id
    with store.write() as session:
        keys = _fill(session, {"victim": victim, "neighbour": neighbour})
        named = _fill_named(session, {"victim": victim, "neighbour": neighbour})
    with store.read() as session:
        for table in tables_about_people():
            assert _count(session, table, keys[table.name]["victim"]) == 1, table.name
        for table, rows in named.items():
            assert _count(session, table, rows["victim"]) == 1, table.name

    housekeeping.erase_person(store, victim, "test")

    left: list[str] = []
    with store.read() as session:
        for table in tables_about_people():
            if _count(session, table, keys[table.name]["victim"]):
                left.append(table.name)
            assert _count(session, table, keys[table.name]["neighbour"]) == 1, table.name
        for table, rows in named.items():
            if _count(session, table, rows["victim"]):
                left.append(table.name)
            assert _count(session, table, rows["neighbour"]) == 1, table.name
            # the same id as another kind of record (a session's) is no row about the person
            assert _count(session, table, rows["other"]) == 1, table.name
    assert left == [], f"erase_person leaves rows about the person in {left}"


def _fill_named(session: Session, people: dict[str, int]) -> dict[Table, dict[str, Any]]:
    """A row naming each person in every table of NAMED_WITHOUT_FOREIGN_KEY, and one with the
    victim's id that names something else (label "other"); returns each row's key columns."""
    from db.models import CustomField

    field = CustomField(entity="person", code="erase_test", kind="text", labels='{"en": "X"}')
    other_field = CustomField(entity="session", code="erase_other", kind="text", labels="{}")
    session.add_all([field, other_field])
    session.flush()
    parents = {"custom_fields": {"person": field.id, "session": other_field.id}}
    found: dict[Table, dict[str, Any]] = {}
    for name, (column, marks) in NAMED_WITHOUT_FOREIGN_KEY.items():
        table = Base.metadata.tables[name]
        rows: dict[str, Any] = {}
        labelled = [(label, pid, marks) for label, pid in people.items()]
        labelled.append(("other", people["victim"], {"entity": "session"}))
        for label, pid, kind in labelled:
            row: dict[str, Any] = {column: pid, **kind}
            for c in table.columns:
                fks = list(c.foreign_keys)
                if c.name in row:
                    continue
                if fks and fks[0].column.table.name in parents:
                    row[c.name] = parents[fks[0].column.table.name][kind["entity"]]
                elif not fks:
                    row[c.name] = _value(c, 1)
                else:
                    pytest.fail(f"teach this test a parent row in {fks[0].column.table.name}")
            session.execute(insert(table).values(**row))
            rows[label] = {c.name: row[c.name] for c in table.primary_key.columns}
        found[table] = rows
    return found


def test_tables_that_name_a_person_without_a_foreign_key_are_listed() -> None:
    """A column named like a record id in a table no foreign key leads to from a person is
    listed above (or is known to name something else)."""
    about = {t.name for t in tables_about_people()} | {PEOPLE}
    suspects = {
        t.name
        for t in Base.metadata.sorted_tables
        if t.name not in about and "record_id" in t.columns
    }
    assert suspects <= set(NAMED_WITHOUT_FOREIGN_KEY)
