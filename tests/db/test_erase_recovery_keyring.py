"""Permanent erasure, recovery with the passphrase, and "remember me" in the OS keyring."""

from __future__ import annotations

import zipfile
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from db import audit, backup, beneficiaries, cases, housekeeping, recovery, remember, setup
from db.errors import KeyringUnavailable, RecordNotFound, WrongCredentials
from db.store import Store
from db.types import PersonQuery, Role
from tests.conftest import ADMIN_PASSWORD, MemoryKeyring
from tests.db.decrypt import decrypted_pages, decrypted_wal_frames, plaintext_of
from tests.db.people import person

ERASED = "Ma ERASECANARY Thet"
ERASED_SCRIPT = "မသက်ထားဆွေ"
ERASED_PHONE = "0891234567"
ERASED_OLD_PHONE = "0817654321"
ERASED_GOAL = "GOALCANARY find work in Mae Sot"


def _backup_plaintext(store: Store, out: Path) -> bytes:
    """Every page of the database inside a backup made now, decrypted: a backup holds the
    database encrypted with the same key (db.backup)."""
    out.parent.mkdir()
    made = backup.backup_database(store, out)
    with zipfile.ZipFile(made.path) as zf:
        (out.parent / "backup-db").write_bytes(zf.read("saphan.db"))
    return b"".join(decrypted_pages(out.parent / "backup-db", store.master_key))


def test_erased_person_leaves_no_trace_in_decrypted_pages(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    for i in range(40):  # neighbours on the same pages
        beneficiaries.register_person(store, person(f"Ko Neighbour {i:02d}"))
    victim = beneficiaries.register_person(
        store, person(ERASED, name_script=ERASED_SCRIPT, phone=ERASED_OLD_PHONE)
    )
    # The edit keeps the old phone number in the rectification history only.
    beneficiaries.update_person(
        store,
        victim.id,
        person(ERASED, name_script=ERASED_SCRIPT, phone=ERASED_PHONE, area="Mae Pa"),
    )
    case = cases.open_case(store, victim.id, cases.MHPSS)
    cases.add_goal(store, case.id, ERASED_GOAL)
    # Positive control: the decryption really sees the person before the erase, in the file
    # (and WAL) and in a backup.
    before = plaintext_of(db_path, store.master_key)
    assert ERASED.encode() in before
    assert ERASED_SCRIPT.encode() in before
    assert ERASED_OLD_PHONE.encode() in before
    assert ERASED_GOAL.encode() in before
    assert ERASED.encode() in _backup_plaintext(store, tmp_path / "before" / "b.saphan-backup")

    housekeeping.erase_person(store, victim.id, "asked to be forgotten, record 1")
    with pytest.raises(RecordNotFound):
        beneficiaries.get_person(store, victim.id)
    # Work goes on after the erase: the write-ahead log has frames again.
    beneficiaries.register_person(store, person("Ko After Erase"))
    wal = db_path.with_name(db_path.name + "-wal")
    wal_text = b"".join(decrypted_wal_frames(wal, store.master_key))
    assert b"Ko After Erase" in wal_text  # the WAL is really read

    after = plaintext_of(db_path, store.master_key)
    new_backup = _backup_plaintext(store, tmp_path / "after" / "b.saphan-backup")
    needles = (
        ERASED,
        "ERASECANARY",
        ERASED_SCRIPT,
        ERASED_PHONE,
        ERASED_OLD_PHONE,
        ERASED_GOAL,
        victim.code,
    )
    for where, data in (("file+WAL", after), ("WAL", wal_text), ("new backup", new_backup)):
        for needle in needles:
            assert needle.encode() not in data, (where, needle)
    assert b"Ko Neighbour 39" in after  # the rest is intact
    assert b"Ko Neighbour 39" in new_backup
    assert beneficiaries.count_people(store, PersonQuery()) == 41
    events = audit.list_audit_events(store, audit.AuditFilter(action="erase"))
    assert [(e.entity, e.entity_id, e.detail) for e in events] == [
        ("person", victim.id, "reason: asked to be forgotten, record 1")
    ]


def test_a_person_registered_after_an_erasure_never_gets_the_erased_record_number(
    store: Store,
) -> None:
    first = beneficiaries.register_person(store, person("Ma Aye Aye"))
    last = beneficiaries.register_person(store, person(ERASED))
    beneficiaries.get_person(store, last.id)  # audited: someone looked at the record
    housekeeping.erase_person(store, last.id, reason="asked to be forgotten")

    after = beneficiaries.register_person(store, person("Ko Zaw Min"))
    imported = beneficiaries.register_people(store, [person("Ma Su Su"), person("Ko Hla")])
    assert after.id > last.id > first.id
    people = beneficiaries.find_people(store, PersonQuery(text="Hla"))
    assert [p.code for p in people] == [imported[1]]
    assert people[0].id > after.id
    # The new person's audit trail holds nothing of the erased one's.
    events = audit.list_audit_events(store, audit.AuditFilter())
    about_new = {e.action for e in events if e.entity == "person" and e.entity_id == after.id}
    assert "erase" not in about_new


def test_only_admins_erase(store: Store) -> None:
    from db.errors import PermissionDenied
    from tests.db.test_protection import as_role

    pid = beneficiaries.register_person(store, person()).id
    with pytest.raises(PermissionDenied):
        housekeeping.erase_person(as_role(store, Role.CASEWORKER), pid)


def test_recovery_passphrase_sets_a_new_admin_password(db_path: Path) -> None:
    result = setup.create_cso_database(
        db_path,
        cso_code="KQ",
        cso_name="Kings and Queens",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    )
    beneficiaries.register_person(result.store, person("Ma Kept"))
    result.store.close()
    typed_back = result.recovery_passphrase.lower().replace("-", " ")
    with pytest.raises(WrongCredentials):
        recovery.recovery_admins(db_path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert recovery.recovery_admins(db_path, typed_back) == ["admin"]

    store = recovery.recover_admin(db_path, typed_back, "admin", "the-new-password")
    try:
        assert store.user.role is Role.ADMIN
        assert [r.name_latin for r in beneficiaries.find_people(store, PersonQuery())] == [
            "Ma Kept"
        ]
        assert audit.count_audit_events(store, audit.AuditFilter(action="recovery")) == 1
    finally:
        store.close()
    with pytest.raises(WrongCredentials):
        setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    setup.open_database(db_path, "admin", "the-new-password").close()


def test_remember_me_opens_without_password(
    store: Store, db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    assert remember.open_remembered(db_path, "admin") is None
    remember.remember_me(store)
    assert remember.is_remembered(db_path, "admin")
    # Only the OS keyring holds the key, as hex of the raw key, never a file next to the db.
    assert list(memory_keyring.secrets.values()) == [store.master_key.hex()]
    assert not any(
        store.master_key.hex().encode() in p.read_bytes() for p in db_path.parent.iterdir()
    )
    reopened = remember.open_remembered(db_path, "admin")
    assert reopened is not None
    assert reopened.user.username == "admin"
    reopened.close()
    remember.forget_me(db_path, "admin")
    assert remember.open_remembered(db_path, "admin") is None


def test_remember_me_without_a_keyring_says_so(store: Store) -> None:
    keyring.set_keyring(FailKeyring())
    assert not remember.keyring_available()
    with pytest.raises(KeyringUnavailable):
        remember.remember_me(store)
    assert not any(
        store.master_key.hex().encode() in p.read_bytes() for p in store.path.parent.iterdir()
    )


def test_stale_remembered_key_is_forgotten(
    store: Store, db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    remember.remember_me(store)
    account = next(iter(memory_keyring.secrets))
    memory_keyring.secrets[account] = "00" * 32
    assert remember.open_remembered(db_path, "admin") is None
    assert not memory_keyring.secrets
