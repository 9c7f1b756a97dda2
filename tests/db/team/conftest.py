"""A team folder with devices in it, for the tests of db/team (argon2id is cheap here: the
suite's ``fast_kdf`` fixture lowers :data:`db.keys.DEFAULT_KDF`, which every wrap uses)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from db.team import crypto, invite
from db.team.crypto import DeviceKeys
from db.team.folder import Roster, TeamFolder, epoch_keys_for

RECOVERY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"


@dataclass
class Device:
    """One laptop of the team: its id, keys and the team keys it holds."""

    folder: TeamFolder
    device_id: str
    keys: DeviceKeys
    team_id: str
    epoch_keys: dict[str, bytes] = field(default_factory=dict)
    seq: int = 0

    def roster(self, known: Mapping[str, bytes] | None = None) -> Roster:
        return self.folder.roster(expect_team_id=self.team_id, known=known)

    def refresh_keys(self) -> Roster:
        roster = self.roster()
        self.epoch_keys = epoch_keys_for(
            roster,
            device_id=self.device_id,
            kx_private=self.keys.kx_private,
            known=self.epoch_keys,
        )
        return roster

    def write(self, payload: bytes) -> int:
        """Seal ``payload`` under this device's current epoch and write it as its next
        segment."""
        roster = self.refresh_keys()
        epoch = roster.current_epoch_for(self.device_id)
        assert epoch is not None
        self.seq += 1
        data = crypto.seal(
            "segment",
            payload,
            team_id=self.team_id,
            epoch_id=epoch.epoch_id,
            device_id=self.device_id,
            seq=self.seq,
            team_key=self.epoch_keys[epoch.epoch_id],
            signer=self.keys,
        )
        self.folder.write_segment(self.device_id, self.seq, data)
        return self.seq

    def read(self, device_id: str, seq: int) -> bytes:
        roster = self.refresh_keys()
        return self.folder.open_segment(device_id, seq, roster=roster, epoch_keys=self.epoch_keys)[
            1
        ]

    def invite(self, name: str = "Field laptop") -> tuple[bytes, str]:
        roster = self.refresh_keys()
        epoch = roster.current_epoch_for(self.device_id)
        assert epoch is not None
        return invite.make_invitation(
            self.folder,
            roster,
            inviter_id=self.device_id,
            inviter_keys=self.keys,
            epoch_id=epoch.epoch_id,
            team_key=self.epoch_keys[epoch.epoch_id],
            older_keys=self.epoch_keys,
            name=name,
        )

    def join(self, data: bytes, code: str) -> Device:
        """A new laptop joining with this invitation."""
        secrets = invite.open_invitation(data, code)
        new = Device(
            self.folder,
            crypto.new_id(),
            DeviceKeys.generate(),
            secrets.team_id,
            dict(secrets.epoch_keys),
        )
        invite.join_entry(self.folder, secrets, device_id=new.device_id, device_keys=new.keys)
        return new


def create_team(path: Path) -> Device:
    creator = Device(TeamFolder(path), crypto.new_id(), DeviceKeys.generate(), crypto.new_id())
    team_key = crypto.new_team_key()
    TeamFolder.init(
        path,
        team_id=creator.team_id,
        device_id=creator.device_id,
        device_name="Office laptop",
        device_keys=creator.keys,
        team_key=team_key,
        recovery_passphrase=RECOVERY,
    )
    creator.refresh_keys()
    assert list(creator.epoch_keys.values()) == [team_key]
    return creator


@pytest.fixture
def team_path(tmp_path: Path) -> Path:
    return tmp_path / "Team"


@pytest.fixture
def office(team_path: Path) -> Device:
    """The laptop that created the team."""
    return create_team(team_path)


@pytest.fixture
def field_laptop(office: Device) -> Device:
    """A second laptop, joined with an invitation from the office laptop."""
    return office.join(*office.invite("Field laptop"))
