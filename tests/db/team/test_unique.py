"""Two laptops that gave one unique value to two rows between syncs (a user name, a programme's
code, a service's uuid) still converge: no sync stops, one row keeps the value and the other
is renamed alike on every laptop, listed as a conflict with the value it had."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db import setup, users
from db.errors import ValidationFailed, WrongCredentials
from db.models import Programme, Service, User
from db.setup import password_hasher
from db.store import Store
from db.team import conflicts
from db.team.tables import synced_tables
from db.team.unique import is_renamed, unique_columns
from db.types import Role
from tests.db.team.replicas import Device, canonical_dump, make_team

MYA_A = "mya's own password A"
MYA_B = "mya's own password B"


def _sync(devices: list[Device]) -> None:
    for d in devices:
        d.send()
    for d in devices:
        d.pull(devices)


def _all_applied(devices: list[Device]) -> None:
    for d in devices:
        for other in devices:
            if other is not d:
                assert d.applied().get(other.device_id, 0) == len(other.segments)


def _same_everywhere(devices: list[Device]) -> None:
    dumps = [canonical_dump(d.store) for d in devices]
    for dump in dumps[1:]:
        assert dump == dumps[0]


@pytest.fixture
def team(store: Store, tmp_path: Path) -> Iterator[list[Device]]:
    devices = make_team(store, 3, tmp_path)
    yield devices
    for d in devices[1:]:
        d.store.close()


def _add_user(d: Device, name: str, password: str) -> int:
    with d.store.write() as s:
        user = User(
            username=name,
            full_name=name.title(),
            role=Role.FACILITATOR.value,
            password_hash=password_hasher().hash(password),
        )
        s.add(user)
        s.flush()
        return user.id


def _usernames(d: Device) -> dict[int, str]:
    with d.store.engine.connect() as c:
        return {int(i): str(n) for i, n in c.execute(text("SELECT id, username FROM users"))}


def test_two_laptops_add_user_mya_one_is_renamed_and_listed_on_both(team: list[Device]) -> None:
    a, b, c = team
    first = _add_user(a, "mya", MYA_A)
    time.sleep(0.005)  # b's account is the later one: it keeps the name
    second = _add_user(b, "mya", MYA_B)
    _sync(team)  # the old code: IntegrityError on UNIQUE(username), for good
    _sync(team)
    _all_applied(team)
    _same_everywhere(team)
    names = _usernames(c)
    assert names[second] == "mya"
    assert names[first].startswith("mya-")
    assert is_renamed("users", str(first), "username", names[first])
    for d in team:
        assert _usernames(d)[first] == names[first]
        listed = [
            (x.kind, x.record, x.field, x.kept, x.other) for x in conflicts.list_conflicts(d.store)
        ]
        assert listed == [("users", names[first], "username", names[first], "mya")]


def test_every_laptop_decides_alike_whatever_the_order(store: Store, tmp_path: Path) -> None:
    """Two laptops that receive the two accounts in opposite orders, without hearing from each
    other, rename the same one the same way."""
    team = make_team(store, 4, tmp_path)
    a, b, c, d = team
    first = _add_user(a, "mya", MYA_A)
    time.sleep(0.005)
    second = _add_user(b, "mya", MYA_B)
    a.send()
    b.send()
    c.pull([b])
    c.pull([a])
    d.pull([a])
    d.pull([b])
    assert _usernames(c) == _usernames(d)
    assert _usernames(c)[second] == "mya"
    _sync(team)
    _sync(team)
    _all_applied(team)
    _same_everywhere(team)
    assert _usernames(a)[first] == _usernames(c)[first] != "mya"
    for x in team:
        assert [k.field for k in conflicts.list_conflicts(x.store)] == ["username"]
    for x in team[1:]:
        x.store.close()


def test_programme_code_and_service_uuid_collisions_converge(team: list[Device]) -> None:
    a, b, _c = team
    for d, name in ((a, "WASH on laptop A"), (b, "WASH on laptop B")):
        with d.store.write() as s:
            s.add(Programme(code="wash", name=name))
            s.add(Service(uuid="0b7e-same-uuid", name=name))
    _sync(team)
    _sync(team)
    _all_applied(team)
    _same_everywhere(team)
    with a.store.engine.connect() as conn:
        codes = sorted(
            conn.execute(text("SELECT code FROM programmes WHERE code LIKE 'wash%'")).scalars()
        )
        uuids = sorted(conn.execute(text("SELECT uuid FROM services")).scalars())
    assert codes[0] == "wash"
    assert codes[1].startswith("wash-")
    assert uuids[0] == "0b7e-same-uuid"
    assert uuids[1].startswith("0b7e-same-uuid-")
    assert len(uuids[1]) <= 36
    for d in team:
        fields = sorted(x.field for x in conflicts.list_conflicts(d.store))
        assert fields == ["code", "uuid"]


def test_a_person_code_given_twice_is_renamed_as_a_safety_net(team: list[Device]) -> None:
    from db.beneficiaries import get_person, register_person
    from tests.db.people import person

    a, b, _c = team
    pa = register_person(a.store, person("Naw Paw")).id
    pb = register_person(b.store, person("Ko Tun")).id
    with b.store.engine.begin() as conn:  # a bug that issued one code twice
        conn.execute(
            text("UPDATE beneficiaries SET code = :code WHERE id = :id"),
            {"code": get_person(a.store, pa).code, "id": pb},
        )
    _sync(team)
    _sync(team)
    _all_applied(team)
    _same_everywhere(team)
    codes = {get_person(d.store, pid).code for d in team for pid in (pa, pb)}
    assert len(codes) == 2


def test_the_other_name_cannot_be_taken_back_while_held(team: list[Device]) -> None:
    a, b, _c = team
    _add_user(a, "mya", MYA_A)
    time.sleep(0.005)
    _add_user(b, "mya", MYA_B)
    _sync(team)
    (listed,) = conflicts.list_conflicts(a.store)
    with pytest.raises(ValidationFailed) as exc:
        conflicts.take_other(a.store, listed.id)
    assert exc.value.problems == {"username": "username_taken"}
    conflicts.keep(a.store, listed.id)
    assert conflicts.list_conflicts(a.store) == []


def test_only_single_column_unique_constraints_on_synced_tables() -> None:
    """db.team.unique settles one column at a time: a unique constraint over two columns of a
    synced table would stop a sync again (as plan_steps' did)."""
    for t in synced_tables().values():
        multi = [
            c
            for c in t.table.constraints
            if c.__class__.__name__ == "UniqueConstraint" and len(c.columns) > 1
        ] + [i for i in t.table.indexes if i.unique and len(i.columns) > 1]
        assert multi == [], t.name
    assert unique_columns("users") == ("username",)
    assert unique_columns("plan_steps") == ()


# --- signing in after a rename -------------------------------------------------------------


def test_a_renamed_account_still_signs_in_here_with_its_own_password(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    team = make_team(store, 2, tmp_path)
    a, b = team
    users.create_user(a.store, "mya", "Mya A", Role.FACILITATOR, MYA_A)  # its key slot is here
    time.sleep(0.005)
    other = _add_user(b, "mya", MYA_B)  # made on the other laptop: it keeps the name
    _sync(team)
    renamed = next(n for n in _usernames(a).values() if n.startswith("mya-"))
    b.store.close()
    # The other account's password does not open this laptop's old slot, and never takes
    # over the renamed one (the old code healed the other account's hash with this password).
    with pytest.raises(WrongCredentials):
        setup.open_database(db_path, "mya", MYA_B)
    signed_in = setup.open_database(db_path, "mya", MYA_A)
    try:
        assert signed_in.user.username == renamed
        assert signed_in.user.id != other
        with signed_in.read() as s:
            other_hash = s.scalar(select(User.password_hash).where(User.id == other))
        assert not setup.hash_matches(str(other_hash), MYA_A)
    finally:
        signed_in.close()
    # The key file now knows the account by its new name.
    again = setup.open_database(db_path, renamed, MYA_A)
    again.close()
    # Without a password (remember me), the old name opens neither account.
    with pytest.raises(WrongCredentials):
        setup.open_with_key(db_path, store.master_key, "mya")
