"""The team folder and its roster (db/team/folder.py): layout, atomic files, what is refused."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from db.errors import TeamFileRefused, WrongCredentials
from db.team import crypto, invite
from db.team.crypto import DeviceKeys
from db.team.folder import TeamFolder, entry_name, epoch_keys_for, recover_epoch_keys
from tests.db.team.conftest import RECOVERY, Device, create_team

CANARY = "Daw Khin Myo 1990-05-17 089-555-0142 MS-000101"


def _refused(call: object) -> str:
    with pytest.raises(TeamFileRefused) as caught:
        call()  # type: ignore[operator]
    return caught.value.reason


def _remove(admin: Device, gone: Device, last_seq: int) -> str:
    """``admin`` removes ``gone`` and starts a new epoch, as the app does."""
    roster = admin.refresh_keys()
    admin.folder.remove_device(
        roster, device_id=gone.device_id, last_seq=last_seq, by=admin.device_id, signer=admin.keys
    )
    roster = admin.roster()
    assert roster.needs_new_epoch
    epoch_id, key = admin.folder.new_epoch(
        roster, device_id=admin.device_id, signer=admin.keys, known_keys=admin.epoch_keys
    )
    admin.epoch_keys[epoch_id] = key
    return epoch_id


def test_a_new_team_folder_has_the_creator_and_epoch_0(office: Device, team_path: Path) -> None:
    folder = TeamFolder(team_path)
    assert folder.is_team_folder()
    assert folder.team_id() == office.team_id
    roster = office.roster()
    assert list(roster.members) == [office.device_id]
    member = roster.members[office.device_id]
    assert (member.device_no, member.name) == (0, "Office laptop")
    assert member.fingerprint == office.keys.public().fingerprint
    epoch = roster.current_epoch_for(office.device_id)
    assert epoch is not None
    assert epoch.epoch_id == entry_name(office.device_id, 1)
    assert not roster.needs_new_epoch
    assert not roster.refused
    assert sorted(p.name for p in team_path.iterdir()) == ["roster", "saphan-team.json"]


def test_a_folder_with_a_team_is_not_made_a_team_again(office: Device, team_path: Path) -> None:
    with pytest.raises(TeamFileRefused) as caught:
        create_team(team_path)
    assert caught.value.reason == "folder_in_use"


def test_not_a_team_folder_and_another_team(office: Device, tmp_path: Path) -> None:
    assert _refused(lambda: TeamFolder(tmp_path / "empty").roster()) == "not_a_team_folder"
    assert not TeamFolder(tmp_path).is_team_folder()
    assert _refused(lambda: office.folder.roster(expect_team_id="f" * 32)) == "other_team"


def test_segments_round_trip_between_devices(office: Device, field_laptop: Device) -> None:
    seq = office.write(b"from the office")
    assert field_laptop.read(office.device_id, seq) == b"from the office"
    seq = field_laptop.write(b"from the field")
    assert office.read(field_laptop.device_id, seq) == b"from the field"
    assert office.folder.segments(office.device_id) == [1]
    assert office.folder.device_ids() == sorted([office.device_id, field_laptop.device_id])
    roster = office.roster()
    assert roster.members[field_laptop.device_id].device_no == 1
    assert roster.members[field_laptop.device_id].name == "Field laptop"


def test_a_segment_is_never_rewritten(office: Device) -> None:
    office.write(b"one")
    data = office.folder.read_segment(office.device_id, 1)
    assert _refused(lambda: office.folder.write_segment(office.device_id, 1, data)) == (
        "already_written"
    )


def test_junk_conflicted_copies_and_temp_files_are_ignored(office: Device) -> None:
    office.write(b"one")
    office.write(b"two")
    mine = office.folder.path / "devices" / office.device_id
    original = mine / "000000002.seg"
    for junk in (
        "000000002 (conflicted copy 2026-01-05).seg",
        "000000002 (1).seg",
        ".000000003.seg.a1b2c3d4.tmp",
        "000000003.seg.partial",
        "3.seg",
        "000000000.seg",
        "desktop.ini",
        "0000000004.seg",
    ):
        shutil.copy(original, mine / junk)
    assert office.folder.segments(office.device_id) == [1, 2]
    (office.folder.path / "devices" / "Thumbs.db").write_bytes(b"x")
    (office.folder.path / "roster" / "notes.json").write_text("{}")
    (office.folder.path / "roster" / f"{office.device_id}-000001 (2).json").write_text("{}")
    assert office.folder.device_ids() == [office.device_id]
    assert not office.roster().refused


def test_a_renamed_or_moved_segment_is_refused(office: Device, field_laptop: Device) -> None:
    office.write(b"one")
    office.write(b"two")
    folder = office.folder.path / "devices" / office.device_id
    os.replace(folder / "000000002.seg", folder / "000000003.seg")
    assert _refused(lambda: field_laptop.read(office.device_id, 3)) == "seq_mismatch"
    theirs = office.folder.path / "devices" / field_laptop.device_id
    theirs.mkdir()
    shutil.copy(folder / "000000001.seg", theirs / "000000001.seg")
    assert _refused(lambda: office.read(field_laptop.device_id, 1)) == "seq_mismatch"


def test_a_truncated_segment_is_torn(office: Device, field_laptop: Device) -> None:
    office.write(b"payload " * 100)
    path = office.folder.path / "devices" / office.device_id / "000000001.seg"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert _refused(lambda: field_laptop.read(office.device_id, 1)) == "torn"
    path.write_bytes(b"")
    assert _refused(lambda: field_laptop.read(office.device_id, 1)) == "torn"


def test_a_segment_replayed_from_another_team_is_refused(office: Device, tmp_path: Path) -> None:
    other = create_team(tmp_path / "OtherTeam")
    other.write(b"another team's change")
    # Put where this team's devices write: refused by its header, before anything else.
    target = office.folder.path / "devices" / other.device_id
    target.mkdir(parents=True)
    shutil.copy(other.folder.path / "devices" / other.device_id / "000000001.seg", target)
    assert _refused(lambda: office.read(other.device_id, 1)) == "other_team"


def test_a_segment_of_an_unknown_device_is_refused(office: Device) -> None:
    stranger = Device(office.folder, crypto.new_id(), DeviceKeys.generate(), office.team_id)
    data = crypto.seal(
        "segment",
        b"forged",
        team_id=office.team_id,
        epoch_id=entry_name(office.device_id, 1),
        device_id=stranger.device_id,
        seq=1,
        team_key=crypto.new_team_key(),
        signer=stranger.keys,
    )
    office.folder.write_segment(stranger.device_id, 1, data)
    assert _refused(lambda: office.read(stranger.device_id, 1)) == "unknown_device"


def test_a_removed_device_counts_up_to_its_last_segment_only(
    office: Device, field_laptop: Device
) -> None:
    field_laptop.write(b"before the removal, seen")
    field_laptop.write(b"before the removal, not seen yet")
    assert office.read(field_laptop.device_id, 1)
    new_epoch = _remove(office, field_laptop, last_seq=1)
    # The stolen laptop still has its keys and writes on under the old epoch.
    old_epoch = entry_name(office.device_id, 1)
    forged = crypto.seal(
        "segment",
        b"after the removal",
        team_id=office.team_id,
        epoch_id=old_epoch,
        device_id=field_laptop.device_id,
        seq=3,
        team_key=field_laptop.epoch_keys[old_epoch],
        signer=field_laptop.keys,
    )
    office.folder.write_segment(field_laptop.device_id, 3, forged)
    assert office.read(field_laptop.device_id, 1) == b"before the removal, seen"
    assert _refused(lambda: office.read(field_laptop.device_id, 2)) == "removed_device"
    assert _refused(lambda: office.read(field_laptop.device_id, 3)) == "removed_device"
    roster = office.roster()
    assert field_laptop.device_id not in roster.members
    assert roster.removed[field_laptop.device_id].last_seq == 1
    assert roster.current_epoch_for(office.device_id).epoch_id == new_epoch  # type: ignore[union-attr]
    assert not roster.needs_new_epoch


def test_a_removed_device_cannot_read_the_new_epoch(office: Device, field_laptop: Device) -> None:
    new_epoch = _remove(office, field_laptop, last_seq=0)
    office.write(b"written after the removal")
    roster = field_laptop.roster()
    keys = epoch_keys_for(
        roster,
        device_id=field_laptop.device_id,
        kx_private=field_laptop.keys.kx_private,
        known=field_laptop.epoch_keys,
    )
    assert new_epoch not in keys
    epoch = roster.epochs[new_epoch]
    assert field_laptop.device_id not in epoch.wraps
    for device_id, wrapped in [*epoch.wraps.items(), ("recovery", epoch.recovery)]:
        with pytest.raises(TeamFileRefused):
            crypto.unwrap_for_device(
                wrapped,
                field_laptop.keys.kx_private,
                team_id=office.team_id,
                device_id=device_id,
                epoch_id=new_epoch,
            )
    with pytest.raises(TeamFileRefused) as caught:
        office.folder.open_segment(office.device_id, 1, roster=roster, epoch_keys=keys)
    assert caught.value.reason == "no_key_for_epoch"


def test_a_removed_device_cannot_add_to_the_roster(office: Device, field_laptop: Device) -> None:
    """After its removal the stolen laptop invites a new laptop, removes the office laptop
    and starts an epoch: none of it counts, and its invitation cannot be used."""
    roster = field_laptop.refresh_keys()  # what the stolen laptop knew
    _remove(office, field_laptop, last_seq=0)
    old_epoch = entry_name(office.device_id, 1)
    data, code = invite.make_invitation(
        field_laptop.folder,
        roster,
        inviter_id=field_laptop.device_id,
        inviter_keys=field_laptop.keys,
        epoch_id=old_epoch,
        team_key=field_laptop.epoch_keys[old_epoch],
        name="Thief's laptop",
    )
    field_laptop.folder.remove_device(
        roster,
        device_id=office.device_id,
        last_seq=0,
        by=field_laptop.device_id,
        signer=field_laptop.keys,
    )
    field_laptop.folder.new_epoch(
        roster,
        device_id=field_laptop.device_id,
        signer=field_laptop.keys,
        known_keys=field_laptop.epoch_keys,
    )
    roster = office.roster()
    assert list(roster.members) == [office.device_id]
    assert field_laptop.device_id in roster.removed
    assert office.device_id not in roster.removed
    # The thief's invitation was never announced.
    assert [i.by for i in roster.invites.values()] == [office.device_id]
    assert set(roster.refused.values()) == {"removed_device"}
    assert roster.current_epoch_for(office.device_id) is not None
    with pytest.raises(TeamFileRefused) as caught:
        office.join(data, code)
    assert caught.value.reason == "unknown_invite"


def test_an_open_invitation_of_a_removed_device_is_cancelled(office: Device) -> None:
    second = office.join(*office.invite("Second"))
    pending = second.invite("Never used")
    _remove(office, second, last_seq=0)
    invite = office.roster().invites
    assert [i.cancelled for i in invite.values() if i.by == second.device_id] == [True]
    with pytest.raises(TeamFileRefused) as caught:
        office.join(*pending)
    assert caught.value.reason == "invite_used"


def test_deleting_the_removal_from_the_folder_brings_no_device_back(
    office: Device, field_laptop: Device
) -> None:
    _remove(office, field_laptop, last_seq=0)
    kept = office.roster().entries  # what the office laptop keeps in its database
    removal = [n for n in kept if json.loads(kept[n])["entry"]["kind"] == "remove"]
    (office.folder.path / "roster" / f"{removal[0]}.json").unlink()
    assert field_laptop.device_id in office.roster(known=kept).removed
    assert field_laptop.device_id not in office.roster().removed  # without what it kept
    assert office.folder.restore_entries(office.roster(known=kept)) == removal
    assert field_laptop.device_id in office.roster().removed


def test_a_forged_roster_is_refused(office: Device, field_laptop: Device) -> None:
    """Someone who can write the folder replaces the creator's entry and the team file with
    their own keys: a device that knows the creator's key refuses the whole roster."""
    anchor = office.keys.public().sign_pub
    intruder = DeviceKeys.generate()
    path = office.folder.path
    forged_path = path.parent / "forged"
    TeamFolder.init(
        forged_path,
        team_id=office.team_id,
        device_id=office.device_id,
        device_name="Office laptop",
        device_keys=intruder,
        team_key=crypto.new_team_key(),
        recovery_passphrase=RECOVERY,
    )
    for name in ("saphan-team.json", f"roster/{office.device_id}-000001.json"):
        shutil.copy(forged_path / name, path / name)
    with pytest.raises(TeamFileRefused) as caught:
        office.folder.roster(creator_sign_pub=anchor)
    assert caught.value.reason == "bad_signature"
    # The joined laptop's entry was signed for the real team: refused in the forged one.
    roster = office.folder.roster()
    assert field_laptop.device_id not in roster.members


def test_an_entry_signed_by_no_member_is_ignored(office: Device) -> None:
    intruder = DeviceKeys.generate()
    office.folder.append(
        {
            "kind": "remove",
            "device_id": office.device_id,
            "last_seq": 0,
            "last_roster": 0,
            "cancel_invites": [],
        },
        device_id=crypto.new_id(),
        signer=intruder,
    )
    roster = office.roster()
    assert office.device_id in roster.members
    assert not roster.removed
    assert list(roster.refused.values()) == ["unknown_device"]
    # A member's name on an intruder's signature.
    office.folder.append(
        {
            "kind": "remove",
            "device_id": office.device_id,
            "last_seq": 0,
            "last_roster": 0,
            "cancel_invites": [],
        },
        device_id=office.device_id,
        signer=intruder,
    )
    assert "bad_signature" in office.roster().refused.values()
    assert not office.roster().removed


def test_an_altered_roster_entry_is_refused(office: Device, field_laptop: Device) -> None:
    roster = office.roster()
    join = roster.members[field_laptop.device_id].entry
    path = office.folder.path / "roster" / f"{join}.json"
    doc = json.loads(path.read_text())
    doc["entry"]["device"]["name"] = "Renamed"
    path.write_text(json.dumps(doc))
    roster = office.roster()
    assert field_laptop.device_id not in roster.members
    assert roster.refused[join] == "bad_signature"


def test_mutual_removal_is_decided_the_same_way_everywhere(
    office: Device, field_laptop: Device
) -> None:
    """Two laptops remove each other without having seen the other's removal: the removal by
    the lower device number holds, on every device, whatever the order of the files."""
    roster = office.roster()
    for by, gone in ((office, field_laptop), (field_laptop, office)):
        by.folder.remove_device(
            roster, device_id=gone.device_id, last_seq=0, by=by.device_id, signer=by.keys
        )
    seen = office.roster()
    assert list(seen.removed) == [field_laptop.device_id]
    assert list(seen.members) == [office.device_id]
    assert field_laptop.roster().removed.keys() == seen.removed.keys()


def test_recovery_passphrase_opens_every_epoch(office: Device, field_laptop: Device) -> None:
    _remove(office, field_laptop, last_seq=0)
    office.refresh_keys()
    roster = office.roster()
    assert recover_epoch_keys(roster, RECOVERY.lower()) == office.epoch_keys
    with pytest.raises(WrongCredentials):
        recover_epoch_keys(roster, "WRONG-PASS-PHRA-SE00")


def test_a_later_member_gets_the_older_keys(office: Device, field_laptop: Device) -> None:
    office.write(b"under epoch 0")
    third = office.join(*office.invite("Third"))
    _remove(office, field_laptop, last_seq=0)
    fourth = office.join(*office.invite("Fourth"))
    for device in (third, fourth):
        device.refresh_keys()
        assert device.read(office.device_id, 1) == b"under epoch 0"
    seq = fourth.write(b"under the new epoch")
    assert third.read(fourth.device_id, seq) == b"under the new epoch"
    assert third.roster().current_epoch_for(third.device_id) is not None


def test_snapshots_and_compaction(office: Device, field_laptop: Device) -> None:
    def snap(device: Device, n: int) -> bytes:
        roster = device.refresh_keys()
        epoch = roster.current_epoch_for(device.device_id)
        assert epoch is not None
        return crypto.seal(
            "snapshot",
            b"state %d" % n,
            team_id=device.team_id,
            epoch_id=epoch.epoch_id,
            device_id=device.device_id,
            seq=n,
            team_key=device.epoch_keys[epoch.epoch_id],
            signer=device.keys,
        )

    folder = office.folder
    for n in (1, 2):
        folder.write_snapshot(office.device_id, n, snap(office, n))
    folder.write_snapshot(field_laptop.device_id, 1, snap(field_laptop, 1))
    for _ in range(3):
        office.write(b"change")
    field_laptop.write(b"theirs")
    assert folder.latest_snapshots() == {office.device_id: 2, field_laptop.device_id: 1}
    assert folder.compact(office.device_id, keep_snapshot=5) == []  # not written: keep all
    removed = folder.compact(office.device_id, keep_snapshot=2, segments_through=2)
    assert sorted(p.name for p in removed) == [
        "000000001.seg",
        "000000002.seg",
        f"{office.device_id}-000000001.snap",
    ]
    assert folder.segments(office.device_id) == [3]
    assert folder.segments(field_laptop.device_id) == [1]
    assert folder.snapshots() == sorted([(office.device_id, 2), (field_laptop.device_id, 1)])
    roster = field_laptop.refresh_keys()
    header, payload = folder.open_snapshot(
        office.device_id, 2, roster=roster, epoch_keys=field_laptop.epoch_keys
    )
    assert (header.kind, header.seq, payload) == ("snapshot", 2, b"state 2")
    os.replace(
        folder.path / "snapshots" / f"{office.device_id}-000000002.snap",
        folder.path / "snapshots" / f"{office.device_id}-000000009.snap",
    )
    with pytest.raises(TeamFileRefused) as caught:
        folder.open_snapshot(office.device_id, 9, roster=roster, epoch_keys=field_laptop.epoch_keys)
    assert caught.value.reason == "seq_mismatch"


def test_an_invitation_is_claimed_once(office: Device) -> None:
    invite_id = crypto.new_id()
    assert not office.folder.invite_claimed(invite_id)
    office.folder.claim_invite(invite_id, office.device_id)
    assert office.folder.invite_claimed(invite_id)
    with pytest.raises(TeamFileRefused) as caught:
        office.folder.claim_invite(invite_id, crypto.new_id())
    assert caught.value.reason == "invite_used"


def test_no_canary_anywhere_in_the_folder(office: Device, field_laptop: Device) -> None:
    """Names, codes, phones, notes: none of it in any byte or name under the team folder."""
    record = json.dumps({"name": CANARY, "notes": CANARY * 3}).encode()
    office.write(record)
    field_laptop.write(record * 50)
    roster = office.refresh_keys()
    epoch = roster.current_epoch
    assert epoch is not None
    snapshot = crypto.seal(
        "snapshot",
        record * 1000,
        team_id=office.team_id,
        epoch_id=epoch.epoch_id,
        device_id=office.device_id,
        seq=1,
        team_key=office.epoch_keys[epoch.epoch_id],
        signer=office.keys,
    )
    office.folder.write_snapshot(office.device_id, 1, snapshot)
    needles = [CANARY.encode(), b"Khin Myo", b"089-555", b"MS-000101", b"1990-05-17"]
    needles += [CANARY.encode("utf-16-le"), CANARY.encode().hex().encode()]
    needles += [key.hex().encode() for key in office.epoch_keys.values()]
    needles += list(office.epoch_keys.values())
    needles += [office.keys.sign_private, office.keys.kx_private]
    files = [p for p in office.folder.path.rglob("*")]
    assert len([p for p in files if p.is_file()]) >= 6
    for path in files:
        assert "Khin" not in path.name
        assert "MS-0" not in path.name
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, (path, needle[:12])


def _leaves(doc: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    if isinstance(doc, dict):
        return [path, *(p for k, v in doc.items() for p in _leaves(v, (*path, k)))]
    if isinstance(doc, list):
        return [path, *(p for i, v in enumerate(doc) for p in _leaves(v, (*path, i)))]
    return [path]


def _set(doc: object, path: tuple[object, ...], value: object) -> object:
    if not path:
        return value
    inner = doc[path[0]]  # type: ignore[index]
    doc[path[0]] = _set(inner, path[1:], value)  # type: ignore[index]
    return doc


ODD_VALUES = [None, True, -1, 2**70, "x", "0" * 64, [], {}, {"kind": "create"}, 1.5]


@pytest.mark.parametrize("which", ["create", "invite", "join", "team file"])
def test_an_entry_of_any_odd_shape_is_refused_never_crashes(office: Device, which: str) -> None:
    """Every value of an entry replaced by values of other types: the roster refuses the
    entry (or, for the creator's entry and the team file, the folder), and nothing else
    happens."""
    office.join(*office.invite())
    roster = office.roster()
    names = {json.loads(raw)["entry"]["kind"]: name for name, raw in roster.entries.items()}
    if which == "team file":
        path = office.folder.path / "saphan-team.json"
    else:
        path = office.folder.path / "roster" / f"{names[which]}.json"
    original = path.read_bytes()
    for leaf in _leaves(json.loads(original)):
        for value in ODD_VALUES:
            path.write_text(json.dumps(_set(json.loads(original), leaf, value)))
            try:
                changed = office.roster()
            except TeamFileRefused:
                assert which in ("create", "team file")
                continue
            kept = changed.entries.get(path.stem)
            assert kept is None or json.loads(kept) == json.loads(original), (leaf, value)
    path.write_bytes(original)
    assert office.roster().entries == roster.entries
