"""What this device keeps about its team in its own database: identity, keys, roster."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from db.team.crypto import DeviceKeys
from db.team.folder import Roster, TeamFolder, epoch_keys_for


@dataclass
class Local:
    team_id: str
    device_id: str
    device_no: int
    device_name: str
    keys: DeviceKeys
    folder: TeamFolder | None
    creator_sign_pub: bytes | None
    epoch_keys: dict[str, bytes]
    roster_entries: dict[str, bytes]

    def roster(self, folder: TeamFolder) -> Roster:
        """The verified roster: the folder's entries together with every one seen before."""
        return folder.roster(
            expect_team_id=self.team_id,
            creator_sign_pub=self.creator_sign_pub,
            known=self.roster_entries,
        )

    def refresh_keys(self, roster: Roster) -> None:
        self.epoch_keys = epoch_keys_for(
            roster,
            device_id=self.device_id,
            kx_private=self.keys.kx_private,
            known=self.epoch_keys,
        )


def load(connection: Connection) -> Local | None:
    """This device in its team, or None when the database is not part of a team."""
    row = connection.execute(
        text(
            "SELECT team_id, device_id, device_no, device_name, sign_private, folder, "
            "creator_sign_pub FROM team_local WHERE id = 1"
        )
    ).first()
    if row is None:
        return None
    keys = {
        str(e): bytes(k) for e, k in connection.execute(text("SELECT epoch_id, key FROM team_keys"))
    }
    entries = {
        str(n): bytes(d) for n, d in connection.execute(text("SELECT name, data FROM team_roster"))
    }
    return Local(
        team_id=str(row[0]),
        device_id=str(row[1]),
        device_no=int(row[2]),
        device_name=str(row[3]),
        keys=DeviceKeys.from_bytes(bytes(row[4])),
        folder=TeamFolder(Path(row[5])) if row[5] else None,
        creator_sign_pub=bytes(row[6]) if row[6] is not None else None,
        epoch_keys=keys,
        roster_entries=entries,
    )


def save(connection: Connection, local: Local, roster: Roster | None = None) -> None:
    """Keep the team keys and roster entries this device knows, and the folder."""
    for epoch_id, key in local.epoch_keys.items():
        connection.execute(
            text(
                "INSERT INTO team_keys (epoch_id, key, position) VALUES (:e, :k, 0) "
                "ON CONFLICT (epoch_id) DO NOTHING"
            ),
            {"e": epoch_id, "k": key},
        )
    if roster is not None:
        for name, data in roster.entries.items():
            if name not in local.roster_entries:
                connection.execute(
                    text("INSERT INTO team_roster (name, data) VALUES (:n, :d)"),
                    {"n": name, "d": data},
                )
                local.roster_entries[name] = data
    connection.execute(
        text("UPDATE team_local SET folder = :f, creator_sign_pub = :c WHERE id = 1"),
        {"f": str(local.folder.path) if local.folder else "", "c": local.creator_sign_pub},
    )
