"""Replicas of one team for tests: devices joined from a snapshot, segments passed in memory
(the folder and its sealing are tested on their own, in test_crypto and test_sync)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from db import keys, migrate, setup
from db.engine import make_engine
from db.store import Store
from db.team import replica
from db.team.apply import Applied
from db.team.changeset import ChangeSet
from db.team.tables import synced_tables
from tests.conftest import ADMIN_PASSWORD


@dataclass
class Device:
    store: Store
    device_id: str
    segments: list[bytes] = field(default_factory=list)  # this device's, in order

    def send(self) -> int:
        """Write a segment of the changes made here since the last one (if any); its number."""
        with self.store.engine.begin() as c:
            change_set, upto = replica.outgoing(c)
            if change_set.size == 0:
                replica.mark_sent(c, upto, len(self.segments))
                return 0
            self.segments.append(change_set.to_bytes())
            replica.mark_sent(c, upto, len(self.segments))
            return len(self.segments)

    def receive(self, other: Device, seq: int) -> Applied:
        with self.store.engine.begin() as c:
            return replica.incoming(
                c, other.device_id, seq, ChangeSet.from_bytes(other.segments[seq - 1])
            )

    def applied(self) -> dict[str, int]:
        with self.store.engine.connect() as c:
            return replica.applied(c)

    def pull(self, others: list[Device]) -> int:
        """Apply every segment of ``others`` not applied here, each device's in order, waiting
        for what a segment needs; returns how many were applied."""
        count = 0
        progress = True
        while progress:
            progress = False
            done = self.applied()
            for other in others:
                if other is self:
                    continue
                for seq in range(done.get(other.device_id, 0) + 1, len(other.segments) + 1):
                    try:
                        self.receive(other, seq)
                    except replica.WaitingFor:
                        break
                    count += 1
                    progress = True
        return count


def identity(device_no: int, team_id: str) -> replica.Identity:
    return replica.Identity(
        team_id=team_id,
        device_id=secrets.token_hex(16),
        device_no=device_no,
        name=f"Laptop {device_no + 1}",
        sign_private=secrets.token_bytes(32),
        kx_private=secrets.token_bytes(32),
    )


def make_team(first: Store, count: int, tmp_path: Path) -> list[Device]:
    """``first`` becomes device 0 of a new team; ``count - 1`` devices join from its snapshot."""
    team_id = secrets.token_hex(16)
    me = identity(0, team_id)
    with first.engine.begin() as c:
        replica.enable(c, me)
    devices = [Device(first, me.device_id)]
    with first.engine.connect() as c:
        state = replica.full_state(c).to_bytes()
    for n in range(1, count):
        path = tmp_path / f"device{n}" / "saphan.db"
        path.parent.mkdir()
        master = keys.new_master_key()
        engine = make_engine(path, master)
        migrate.upgrade(engine)
        ident = identity(n, team_id)
        with engine.begin() as c:
            replica.enable(c, ident)
            replica.incoming(c, me.device_id, 0, ChangeSet.from_bytes(state))
        engine.dispose()
        store = setup.open_with_key(path, master, first.user.username, password=ADMIN_PASSWORD)
        devices.append(Device(store, ident.device_id))
    return devices


def canonical_dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every synced table's synced columns, rows sorted: what must be equal on every device."""
    dump: dict[str, list[tuple[object, ...]]] = {}
    with store.engine.connect() as c:
        for name, t in synced_tables().items():
            cols = ", ".join(col.name for col in t.columns)
            rows = c.execute(text(f"SELECT {cols} FROM {name}"))
            dump[name] = sorted((tuple(r) for r in rows), key=repr)
    return dump


def sync_all(devices: list[Device]) -> Iterator[None]:
    for d in devices:
        d.send()
    for d in devices:
        d.pull(devices)
    yield
