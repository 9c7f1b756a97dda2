"""What the Team page and ``saphan team status`` show: devices, last sync, what waits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text

from db.errors import TeamFileRefused
from db.store import Store
from db.team import local, replica


@dataclass(frozen=True)
class DeviceStatus:
    device_id: str
    name: str
    fingerprint: str
    this_device: bool
    removed: bool
    last_seen_at: dt.datetime | None  # when a segment of it was last applied here
    applied: int  # its segments applied here
    in_folder: int  # its segments in the folder now


@dataclass(frozen=True)
class TeamStatus:
    device_name: str
    fingerprint: str
    folder: str
    folder_reachable: bool
    devices: list[DeviceStatus]
    changes_waiting: int  # changes made here and not sent yet
    conflicts: int  # conflicts not settled
    last_sync_at: dt.datetime | None


def _parse(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def team_status(store: Store) -> TeamStatus | None:
    """None when this database is not part of a team."""
    with store.read() as session:
        c = session.connection()
        local_ = local.load(c)
        if local_ is None:
            return None
        waiting, last = c.execute(
            text("SELECT seq - sent_seq, last_sync_at FROM team_local WHERE id = 1")
        ).one()
        conflicts = c.execute(
            text("SELECT count(*) FROM team_conflicts WHERE settled_at IS NULL")
        ).scalar_one()
        seen = {
            str(d): _parse(at)
            for d, at in c.execute(text("SELECT device_id, last_seen_at FROM team_peers"))
        }
        applied = replica.applied(c)
    devices: list[DeviceStatus] = []
    reachable = local_.folder is not None and local_.folder.is_team_folder()
    mine = local_.keys.public().fingerprint
    if reachable and local_.folder is not None:
        try:
            roster = local_.roster(local_.folder)
        except TeamFileRefused:
            roster = None
        for m in roster.devices.values() if roster else []:
            devices.append(
                DeviceStatus(
                    m.device_id,
                    m.name,
                    m.fingerprint,
                    m.device_id == local_.device_id,
                    m.device_id in roster.removed if roster else False,
                    seen.get(m.device_id),
                    applied.get(m.device_id, 0),
                    len(local_.folder.segments(m.device_id)),
                )
            )
    return TeamStatus(
        local_.device_name,
        mine,
        str(local_.folder.path) if local_.folder else "",
        reachable,
        devices,
        int(waiting),
        int(conflicts),
        _parse(last),
    )


@dataclass(frozen=True)
class TeamSummary:
    """What this database knows of its team without reading the team folder (which may be a
    network drive that is slow or gone): quick enough for the GUI thread."""

    device_name: str
    folder: str
    last_sync_at: dt.datetime | None
    changes_waiting: int
    conflicts: int


def team_summary(store: Store) -> TeamSummary | None:
    """None when this database is not part of a team."""
    with store.read() as session:
        c = session.connection()
        has_table = c.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'team_local'")
        ).first()
        if has_table is None:
            return None
        row = c.execute(
            text(
                "SELECT device_name, folder, last_sync_at, seq - sent_seq FROM team_local "
                "WHERE id = 1"
            )
        ).first()
        if row is None:
            return None
        conflicts = c.execute(
            text("SELECT count(*) FROM team_conflicts WHERE settled_at IS NULL")
        ).scalar_one()
    return TeamSummary(str(row[0]), str(row[1] or ""), _parse(row[2]), int(row[3]), int(conflicts))
