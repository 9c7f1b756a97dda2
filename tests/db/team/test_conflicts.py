"""The "Sync conflicts" list: what two laptops changed at once is listed on both, named only
as the user may see it, and settled by keeping the value or taking the other one, which syncs."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.beneficiaries import get_person, register_person, update_person
from db.errors import PermissionDenied, RecordNotFound
from db.store import Store
from db.team import conflicts
from tests.db.people import person
from tests.db.team.replicas import Device, canonical_dump, make_team


def _sync(devices: list[Device]) -> None:
    for d in devices:
        d.send()
    for d in devices:
        d.pull(devices)


@pytest.fixture
def conflicted(store: Store, tmp_path: Path) -> tuple[list[Device], int]:
    """Two laptops that changed one person's phone between syncs."""
    pid = register_person(store, person("Naw Paw", phone="0810000000")).id
    devices = make_team(store, 2, tmp_path)
    a, b = devices
    update_person(a.store, pid, person("Naw Paw", phone="0811111111"))
    update_person(b.store, pid, person("Naw Paw", phone="0822222222"))
    _sync(devices)
    yield devices, pid
    devices[1].store.close()


def test_a_concurrent_edit_is_listed_on_both_laptops_by_code_only(conflicted) -> None:
    devices, pid = conflicted
    code = get_person(devices[0].store, pid).code
    values = {"0811111111", "0822222222"}
    for d in devices:
        listed = conflicts.list_conflicts(d.store)
        assert [(c.kind, c.record, c.field) for c in listed] == [("beneficiaries", code, "phone")]
        (c,) = listed
        assert {c.kept, c.other} == values
        assert c.kept == get_person(d.store, pid).phone
        assert "Naw Paw" not in repr(c)


def test_keep_settles_without_changing_the_record(conflicted) -> None:
    devices, pid = conflicted
    a = devices[0]
    (c,) = conflicts.list_conflicts(a.store)
    conflicts.keep(a.store, c.id)
    assert conflicts.list_conflicts(a.store) == []
    assert get_person(a.store, pid).phone == c.kept
    with pytest.raises(RecordNotFound):
        conflicts.keep(a.store, c.id)  # settled already


def test_take_other_writes_the_other_value_and_it_syncs(conflicted) -> None:
    devices, pid = conflicted
    a, b = devices
    (c,) = conflicts.list_conflicts(b.store)
    conflicts.take_other(b.store, c.id)
    assert conflicts.list_conflicts(b.store) == []
    assert get_person(b.store, pid).phone == c.other
    _sync(devices)
    assert get_person(a.store, pid).phone == c.other
    # Settled on the other laptop too: its field now holds a change newer than both sides.
    assert conflicts.list_conflicts(a.store) == []
    assert conflicts.settle_outdated(a.store) == 1
    assert conflicts.settle_outdated(a.store) == 0
    assert canonical_dump(a.store)["beneficiaries"] == canonical_dump(b.store)["beneficiaries"]
    # Found by its new phone number (the search text follows the value).
    from db.beneficiaries import find_people
    from db.types import PersonQuery

    found = find_people(b.store, PersonQuery(text=str(c.other)), 0, 10)
    assert [p.id for p in found] == [pid]


def test_a_later_edit_on_either_laptop_settles_the_conflict_everywhere(conflicted) -> None:
    devices, pid = conflicted
    a, b = devices
    update_person(a.store, pid, person("Naw Paw", phone="0833333333"))
    assert conflicts.list_conflicts(a.store) == []
    assert len(conflicts.list_conflicts(b.store)) == 1
    _sync(devices)
    assert conflicts.list_conflicts(b.store) == []


def test_a_role_that_cannot_edit_people_sees_no_conflicts_about_them(conflicted) -> None:
    devices, _pid = conflicted
    a = devices[0]
    from dataclasses import replace

    from db.types import Role

    facilitator = replace(a.store, user=replace(a.store.user, role=Role.FACILITATOR.value))
    assert conflicts.list_conflicts(facilitator) == []
    (c,) = conflicts.list_conflicts(a.store)
    with pytest.raises(PermissionDenied):
        conflicts.take_other(facilitator, c.id)


def test_a_caseworker_outside_the_persons_cases_sees_no_values(conflicted) -> None:
    """Need to know (db.access): the conflict is listed by code, its values are not, and
    only who sees the person in full settles it."""
    devices, _pid = conflicted
    a = devices[0]
    from dataclasses import replace

    from db.errors import AccessDenied
    from db.types import Role

    other = replace(
        a.store, user=replace(a.store.user, id=a.store.user.id + 50, role=Role.CASEWORKER)
    )
    (c,) = conflicts.list_conflicts(other)
    assert c.hidden
    assert c.kept is None
    assert c.other is None
    assert "0811111111" not in repr(c)
    with pytest.raises(AccessDenied):
        conflicts.take_other(other, c.id)


def test_keep_on_one_laptop_settles_the_conflict_on_the_others(conflicted) -> None:
    devices, pid = conflicted
    a, b = devices
    (c,) = conflicts.list_conflicts(a.store)
    conflicts.keep(a.store, c.id)
    _sync(devices)
    conflicts.settle_outdated(b.store)  # (what every sync does)
    assert canonical_dump(a.store) == canonical_dump(b.store)
    assert conflicts.list_conflicts(b.store) == []
    assert get_person(b.store, pid).phone == get_person(a.store, pid).phone == c.kept
