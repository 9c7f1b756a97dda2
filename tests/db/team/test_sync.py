"""Sync through a real team folder: sealed segments, refusals with a reason, crash safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import keys
from db.beneficiaries import count_people, register_person
from db.store import Store
from db.team import enrol, replica
from db.team.sync import sync
from db.types import PersonQuery
from tests.conftest import ADMIN_PASSWORD
from tests.db.people import person
from tests.db.team.replicas import canonical_dump


@pytest.fixture
def pair(store: Store, tmp_path: Path) -> tuple[Store, Store, Path]:
    folder = tmp_path / "Team"
    enrol.create_team(
        store,
        folder,
        device_name="Office laptop",
        recovery_passphrase=keys.new_recovery_passphrase(),
    )
    invitation = enrol.invite_device(store, name="Field laptop")
    joined = enrol.join_team(
        enrol.JoinRequest(
            tmp_path / "b" / "saphan.db",
            folder,
            invitation.data,
            invitation.code,
            store.user.username,
            ADMIN_PASSWORD,
        )
    )
    yield store, joined.store, folder
    joined.store.close()


def test_a_tampered_segment_is_refused_with_a_reason_and_nothing_of_it_applied(
    pair: tuple[Store, Store, Path],
) -> None:
    a, b, folder = pair
    register_person(a, person("Ma Hla"))
    sync(a)
    me = _device(a)
    segment = sorted((folder / "devices" / me).glob("*.seg"))[-1]  # the one just written
    data = bytearray(segment.read_bytes())
    data[len(data) // 2] ^= 0x01
    segment.write_bytes(bytes(data))
    before = count_people(b, PersonQuery())
    result = sync(b)
    assert result.refused
    assert result.refused[0][1] in {"tampered", "bad_signature"}
    assert result.waiting_for == ["Office laptop"]
    assert count_people(b, PersonQuery()) == before


def test_a_crash_after_writing_a_segment_sends_the_changes_again_and_loses_nothing(
    pair: tuple[Store, Store, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _folder = pair
    register_person(a, person("Ko Tun"))

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt  # the process stops between the file and the database note

    with monkeypatch.context() as m:
        m.setattr(replica, "mark_sent", crash)
        with pytest.raises(KeyboardInterrupt):
            sync(a)
    register_person(a, person("Naw Eh"))
    sync(a)  # the same changes again, under the next number, with the new one
    sync(b)
    sync(a)
    assert canonical_dump(a) == canonical_dump(b)


def test_a_segment_from_another_team_is_refused(
    pair: tuple[Store, Store, Path], tmp_path: Path, db_path: Path
) -> None:
    a, b, folder = pair
    register_person(a, person("Daw Mya"))
    sync(a)
    me = _device(a)
    # Another team's device writes a segment under the same device id and number.
    other_folder = tmp_path / "Other"
    from db import setup

    other = setup.create_cso_database(
        tmp_path / "other" / "saphan.db",
        cso_code="OTH",
        cso_name="Other",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store
    enrol.create_team(other, other_folder, device_name="X", recovery_passphrase="A" * 20)
    register_person(other, person("Saw Eh"))
    sync(other)
    theirs = sorted((other_folder / "devices").glob("*/*.seg"))[-1]
    ours = sorted((folder / "devices" / me).glob("*.seg"))[-1]
    ours.write_bytes(theirs.read_bytes())
    result = sync(b)
    assert result.refused
    assert result.refused[0][1] in {
        "other_team",
        "seq_mismatch",
        "bad_signature",
    }
    other.close()


def _device(store: Store) -> str:
    with store.read() as session:
        ident = replica.identity(session.connection())
    assert ident is not None
    return ident.device_id


def test_a_reference_to_a_service_deleted_on_another_laptop_is_emptied_alike_everywhere(
    store: Store, tmp_path: Path
) -> None:
    """One laptop deletes a service while another refers a person to it: after syncing, both
    keep the referral (with the service's name) and neither sync stops on the broken link."""
    from db.referrals import ReferralInput, refer_person
    from db.services import ServiceInput, delete_service, save_service
    from tests.db.team.replicas import make_team

    service = save_service(store, ServiceInput(name="Counselling", category="mhpss"))
    pid = register_person(store, person("Ma Hla", consent_referral=True)).id
    a, b = make_team(store, 2, tmp_path)
    delete_service(a.store, service.id)
    refer_person(
        b.store,
        ReferralInput(
            person_id=pid, service_id=service.id, reason="needs support", consent_confirmed=True
        ),
    )
    for _ in range(2):
        a.send()
        b.send()
        a.pull([a, b])
        b.pull([a, b])
    dump = canonical_dump(a.store)
    assert dump == canonical_dump(b.store)
    referral = [r for r in dump["referrals"]]
    assert len(referral) == 1
    assert referral[0][2] is None  # service_id: emptied on both laptops
    assert [s for s in dump["services"] if s[0] == service.id] == []
    b.store.close()


def test_signing_in_with_the_old_password_on_another_laptop_never_undoes_a_password_change(
    store: Store, tmp_path: Path
) -> None:
    from db import setup
    from db.users import change_own_password
    from tests.db.team.replicas import Device, make_team

    a, b = make_team(store, 2, tmp_path)
    new_password = "a-new-password-2026"
    change_own_password(a.store, ADMIN_PASSWORD, new_password)
    a.send()
    b.pull([a, b])
    b.store.close()
    # The second laptop's key file still opens with the old password (as its slot would).
    reopened = setup.open_with_key(
        b.store.path, b.store.master_key, "admin", password=ADMIN_PASSWORD
    )
    again = Device(reopened, b.device_id, b.segments)
    again.send()
    a.pull([a, again])
    assert setup.verify_password(a.store, new_password)
    assert not setup.verify_password(a.store, ADMIN_PASSWORD)
    again.store.close()


def test_segments_every_laptop_has_are_compacted_and_a_late_laptop_catches_up_from_a_snapshot(
    pair: tuple[Store, Store, Path], tmp_path: Path
) -> None:
    from db.team import sync as team_sync

    a, b, folder = pair
    for name in ("Ma Hla", "Ko Tun", "Naw Eh"):
        register_person(a, person(name))
        sync(a)
    sync(b)  # b applies them, and says so in its own next segment
    register_person(b, person("Saw Eh"))
    sync(b)
    me = _device(a)
    before = sorted((folder / "devices" / me).glob("*.seg"))
    # A new snapshot of a (as inviting another laptop writes), then a sync: what b has and the
    # snapshot covers goes.
    enrol.invite_device(a, name="Third laptop")
    sync(a)
    after = sorted((folder / "devices" / me).glob("*.seg"))
    assert len(after) < len(before)
    # A third laptop joins and holds everything.
    invitation = enrol.invite_device(a, name="Fourth laptop")
    c = enrol.join_team(
        enrol.JoinRequest(
            tmp_path / "c" / "saphan.db",
            folder,
            invitation.data,
            invitation.code,
            a.user.username,
            ADMIN_PASSWORD,
        )
    ).store
    register_person(a, person("Daw Mya"))
    for laptop in (a, b, c, a, b, c):
        sync(laptop)
    assert canonical_dump(a) == canonical_dump(b) == canonical_dump(c)
    assert team_sync.SNAPSHOT_EVERY > 1
    c.close()


def test_a_laptop_whose_segments_went_missing_catches_up_from_the_writers_snapshot(
    pair: tuple[Store, Store, Path],
) -> None:
    a, b, folder = pair
    for name in ("Ma Hla", "Ko Tun"):
        register_person(a, person(name))
        sync(a)
    enrol.invite_device(a, name="Third laptop")  # a snapshot covering both
    me = _device(a)
    for segment in (folder / "devices" / me).glob("*.seg"):
        segment.unlink()  # as if compacted away before b synced
    result = sync(b)
    assert result.waiting_for == []
    assert count_people(b, PersonQuery()) == count_people(a, PersonQuery())
    sync(a)  # what a did after its snapshot (the invitation's audit event)
    sync(b)
    assert canonical_dump(a) == canonical_dump(b)


def test_an_existing_database_becomes_the_first_laptop_without_any_change_to_its_records(
    store: Store, tmp_path: Path
) -> None:
    from db.demo import fill_demo_data

    fill_demo_data(store, 30, seed=4)
    before = canonical_dump(store)
    enrol.create_team(store, tmp_path / "Team", device_name="Office", recovery_passphrase="B" * 24)
    after = canonical_dump(store)
    for table in ("beneficiaries", "sessions", "attendance", "referrals", "users", "programmes"):
        assert after[table] == before[table], table
