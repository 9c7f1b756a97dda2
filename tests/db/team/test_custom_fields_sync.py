"""Custom fields on a team's laptops: the admin's fields and a person's values reach the other
laptops; two laptops changing different fields of one person keep both; erasing the person on
one laptop takes their values away on every laptop (they name the person without a foreign
key, db.team.apply.ERASED_WITH_PERSON_BY)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from db import beneficiaries, custom_fields, housekeeping
from db.custom_fields import Entity, FieldInput, Kind
from db.store import Store
from tests.db.people import person
from tests.db.team.replicas import Device, make_team


def _sync(devices: list[Device]) -> None:
    for d in devices:
        d.send()
    for d in devices:
        d.pull(devices)


@pytest.fixture
def team(store: Store, tmp_path: Path) -> Iterator[list[Device]]:
    devices = make_team(store, 2, tmp_path)
    yield devices
    for d in devices[1:]:
        d.store.close()


def _values(store: Store) -> list[tuple[str, int, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT entity, record_id, value FROM custom_values ORDER BY field_id, record_id")
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_fields_and_values_sync_and_go_with_an_erased_person(team: list[Device]) -> None:
    a, b = team
    for code in ("hometown", "children"):
        kind = Kind.TEXT if code == "hometown" else Kind.NUMBER
        custom_fields.add_field(a.store, FieldInput(Entity.PERSON, code, kind, {"en": code}))
    p = beneficiaries.register_person(a.store, person(custom={"hometown": "Hpa-an"}))
    _sync(team)
    assert [f.code for f in custom_fields.list_fields(b.store)] == ["hometown", "children"]
    assert beneficiaries.get_person(b.store, p.id).custom == {"hometown": "Hpa-an"}

    on_a = beneficiaries.get_person(a.store, p.id).as_input()
    on_a.custom = {"hometown": "Myawaddy"}
    beneficiaries.update_person(a.store, p.id, on_a)
    on_b = beneficiaries.get_person(b.store, p.id).as_input()
    on_b.custom = {"children": "3"}
    beneficiaries.update_person(b.store, p.id, on_b)
    _sync(team)
    _sync(team)
    for d in team:
        assert beneficiaries.get_person(d.store, p.id).custom == {
            "hometown": "Myawaddy",
            "children": 3,
        }
    assert _values(a.store) == _values(b.store)

    # Meanwhile laptop a gives the person a value of a field they had none of: arriving after
    # the erasure, it is erased too (it names the person without a foreign key).
    custom_fields.add_field(a.store, FieldInput(Entity.PERSON, "dialect", Kind.TEXT, {"en": "D"}))
    _sync(team)
    housekeeping.erase_person(b.store, p.id, "asked")
    on_a = beneficiaries.get_person(a.store, p.id).as_input()
    on_a.custom = {"dialect": "Pwo"}
    beneficiaries.update_person(a.store, p.id, on_a)
    _sync(team)
    _sync(team)
    assert _values(a.store) == []
    assert _values(b.store) == []
