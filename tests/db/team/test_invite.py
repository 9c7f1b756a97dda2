"""Invitations and pairing codes (db/team/invite.py)."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from db import keys
from db.errors import TeamFileRefused
from db.team import crypto, invite
from db.team.crypto import DeviceKeys
from tests.db.team.conftest import Device, create_team

CODE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")


def _wrong_codes(code: str) -> list[str]:
    plain = code.replace("-", "")
    flipped = ("1" if plain[0] != "1" else "2") + plain[1:]
    return [flipped, plain[::-1], "0000-0000-0000", "ZZZZ-ZZZZ-ZZZZ", "", "not a code", plain[:-1]]


def test_pairing_codes_are_12_crockford_characters() -> None:
    codes = {invite.new_pairing_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(CODE.fullmatch(c) for c in codes)


def test_a_code_is_accepted_however_it_is_typed() -> None:
    assert invite.normalise_code("k7qx-m3pa-9rtw") == "K7QX-M3PA-9RTW"
    assert invite.normalise_code(" K7QX M3PA 9RTW ") == "K7QX-M3PA-9RTW"
    assert invite.normalise_code("K7QXM3PA9RTW") == "K7QX-M3PA-9RTW"
    # Crockford's confusables: O is 0, I and L are 1.
    assert invite.normalise_code("OIL0-1234-5678") == "0110-1234-5678"
    for bad in ("K7QX-M3PA-9RT", "K7QX-M3PA-9RTWX", "K7QU-M3PA-9RTW", "K7Q!-M3PA-9RTW"):
        assert invite.normalise_code(bad) is None


def test_invite_and_join(office: Device) -> None:
    data, code = office.invite("Field laptop")
    assert CODE.fullmatch(code)
    public = invite.read_invitation(data)
    assert public["team_id"] == office.team_id
    assert public["device_no"] == 1
    opened = invite.open_invitation(data, code.lower().replace("-", ""))
    assert opened.team_id == office.team_id
    assert opened.device_no == 1
    assert opened.epoch_keys == office.epoch_keys
    assert opened.creator_sign_pub == office.keys.public().sign_pub
    assert opened.team_key.hex() not in repr(opened)
    roster = office.roster()
    announced = roster.invites[opened.invite_id]
    assert (announced.by, announced.joined_by, announced.name) == (
        office.device_id,
        None,
        "Field laptop",
    )
    new = Device(office.folder, crypto.new_id(), DeviceKeys.generate(), opened.team_id)
    joined = invite.join_entry(office.folder, opened, device_id=new.device_id, device_keys=new.keys)
    member = joined.members[new.device_id]
    assert (member.device_no, member.name, member.invite_id) == (
        1,
        "Field laptop",
        opened.invite_id,
    )
    assert joined.invites[opened.invite_id].joined_by == new.device_id
    assert office.folder.invite_claimed(opened.invite_id)
    assert office.roster().next_device_no() == 2
    assert not joined.needs_new_epoch


def test_the_invitation_alone_reveals_no_key(office: Device) -> None:
    """Treated as public: no key in any encoding, and wrong codes open nothing."""
    data, code = office.invite()
    secrets = invite.open_invitation(data, code)
    text = data.decode("ascii")
    for key in (*office.epoch_keys.values(), secrets.invite_private):
        assert key not in data
        assert key.hex() not in text.lower()
        assert base64.b64encode(key).decode() not in text
    for wrong in _wrong_codes(code):
        with pytest.raises(TeamFileRefused) as caught:
            invite.open_invitation(data, wrong)
        assert caught.value.reason == "wrong_code"
    # The code's key derivation is argon2id with the parameters the file states (the suite's
    # cheap ones here; the product's default is t=3, 64 MiB).
    slot = json.loads(data)["code_key"]
    assert (slot["kdf"], slot["t"], slot["m"]) == (
        "argon2id",
        keys.DEFAULT_KDF.time_cost,
        keys.DEFAULT_KDF.memory_kib,
    )


def test_a_wrong_code_burns_nothing(office: Device) -> None:
    data, code = office.invite()
    before = sorted(p.name for p in office.folder.path.rglob("*"))
    with pytest.raises(TeamFileRefused):
        invite.open_invitation(data, "0000-0000-0000")
    assert sorted(p.name for p in office.folder.path.rglob("*")) == before
    new = office.join(data, code)
    assert new.device_id in office.roster().members


def test_an_invitation_is_used_once(office: Device) -> None:
    data, code = office.invite()
    first = office.join(data, code)
    with pytest.raises(TeamFileRefused) as caught:
        office.join(data, code)
    assert caught.value.reason == "invite_used"
    assert [m.device_id for m in office.roster().members.values() if m.device_no == 1] == [
        first.device_id
    ]


def test_a_claimed_invitation_cannot_be_joined_again(office: Device) -> None:
    """Two laptops joining with one invitation at once: the claim file decides."""
    data, code = office.invite()
    secrets = invite.open_invitation(data, code)
    office.folder.claim_invite(secrets.invite_id, crypto.new_id())
    with pytest.raises(TeamFileRefused) as caught:
        office.join(data, code)
    assert caught.value.reason == "invite_used"


def test_only_one_join_per_invitation_counts(office: Device) -> None:
    """The claim file got lost (a cloud folder, a USB stick copied back): two join entries
    with one invitation. Every device keeps the same one (the first by name)."""
    data, code = office.invite()
    first = office.join(data, code)
    secrets = invite.open_invitation(data, code)
    (office.folder.path / "invites" / f"{secrets.invite_id}.claimed").unlink()
    second = Device(office.folder, crypto.new_id(), DeviceKeys.generate(), office.team_id)
    entry = {
        "kind": "join",
        "invite_id": secrets.invite_id,
        "device": {
            "device_id": second.device_id,
            "device_no": 1,
            "name": "Second",
            "sign_pub": second.keys.public().sign_pub.hex(),
            "kx_pub": second.keys.public().kx_pub.hex(),
        },
    }
    office.folder.append(
        entry,
        device_id=second.device_id,
        signer=crypto.SigningKey(secrets.invite_private),
        n=1,
    )
    members = office.roster().members
    winner = min(first.device_id, second.device_id)
    assert winner in members
    assert max(first.device_id, second.device_id) not in members


def test_an_altered_invitation_is_refused(office: Device) -> None:
    data, code = office.invite()
    doc = json.loads(data)
    doc["device_no"] = 7
    with pytest.raises(TeamFileRefused) as caught:
        invite.open_invitation(json.dumps(doc).encode(), code)
    assert caught.value.reason == "tampered"
    for junk in (b"", b"{}", b"not json", b"[1, 2]", data[:40]):
        with pytest.raises(TeamFileRefused) as caught:
            invite.open_invitation(junk, code)
        assert caught.value.reason == "not_an_invitation"
    # Parameters that would make one guess cost minutes and gigabytes: never derived with.
    doc = json.loads(data)
    doc["code_key"]["m"] = 64 * 1024 * 1024
    with pytest.raises(TeamFileRefused) as caught:
        invite.open_invitation(json.dumps(doc).encode(), code)
    assert caught.value.reason == "not_an_invitation"


def test_an_invitation_to_another_folder_is_refused(office: Device, tmp_path: Path) -> None:
    other = create_team(tmp_path / "Other")
    data, code = office.invite()
    with pytest.raises(TeamFileRefused) as caught:
        other.join(data, code)
    assert caught.value.reason == "other_team"


def test_a_removed_device_cannot_invite(office: Device, field_laptop: Device) -> None:
    roster = office.roster()
    office.folder.remove_device(
        roster,
        device_id=field_laptop.device_id,
        last_seq=0,
        by=office.device_id,
        signer=office.keys,
    )
    epoch_id, team_key = next(iter(field_laptop.epoch_keys.items()))
    with pytest.raises(TeamFileRefused) as caught:
        invite.make_invitation(
            field_laptop.folder,
            field_laptop.roster(),
            inviter_id=field_laptop.device_id,
            inviter_keys=field_laptop.keys,
            epoch_id=epoch_id,
            team_key=team_key,
            name="Another",
        )
    assert caught.value.reason == "removed_device"
