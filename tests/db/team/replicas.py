"""Replicas of one team for tests: devices joined from a snapshot, segments passed in memory
(the folder and its sealing are tested on their own, in test_crypto and test_sync)."""

from __future__ import annotations

import functools
import secrets
import shutil
import tempfile
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


@functools.cache
def _migrated() -> tuple[Path, bytes]:
    """An empty database with every migration applied, made once per test process (what a
    joining laptop starts from before the snapshot; migrating a new file for each of them was
    much of the team tests' time)."""
    path = Path(tempfile.mkdtemp(prefix="replica-template-")) / "saphan.db"
    master = keys.new_master_key()
    engine = make_engine(path, master)
    migrate.upgrade(engine)
    engine.dispose()  # the last connection closed: the write-ahead log is folded into the file
    return path, master


def migrated_copy(path: Path) -> bytes:
    """A copy of the migrated empty database at ``path``, re-keyed with a new master key of its
    own (as a laptop's); that key. The same file as ``migrate.upgrade`` on a new one makes."""
    template, template_key = _migrated()
    shutil.copy2(template, path)
    master = keys.new_master_key()
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{template_key.hex()}'\"")
        conn.execute("PRAGMA journal_mode = DELETE")  # re-keyed in place (WAL again when opened)
        conn.execute(f"PRAGMA rekey = \"x'{master.hex()}'\"")
    finally:
        conn.close()
    return master


@functools.cache
def _created(cso_code: str, cso_name: str) -> Path:
    """A CSO database as setup makes it (admin ``admin``), made once per test process."""
    path = Path(tempfile.mkdtemp(prefix="cso-template-")) / "saphan.db"
    setup.create_cso_database(
        path,
        cso_code=cso_code,
        cso_name=cso_name,
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store.close()  # the write-ahead log folded into the file
    return path


def new_cso(path: Path, cso_code: str, cso_name: str) -> Store:
    """A CSO database at ``path`` as ``setup.create_cso_database`` makes it, signed in as its
    admin: a copy of one made once (running every migration and seeding the templates for
    each example of a state machine was most of its time)."""
    made = _created(cso_code, cso_name)
    path.parent.mkdir(parents=True, exist_ok=True)
    for name in (made.name, keys.KeyFile.path_for(made).name):
        shutil.copy2(made.with_name(name), path.with_name(name))
    return setup.open_database(path, "admin", ADMIN_PASSWORD)


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
        master = migrated_copy(path)
        engine = make_engine(path, master)
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
