"""One sync with the team folder: read what the other devices wrote, apply it, write ours.

Every segment is applied in one transaction together with the note that it was applied (the
peer's count in ``team_peers``): a crash leaves all of it or none, and the next sync goes on
from there. Our own segment is written to the folder (atomically) before the database notes it
as sent: a crash between the two sends the same changes again under the next number, which the
others apply as no change. Segments of one device are applied in order; a missing one stops
that device's line ("waiting for changes from ...") rather than being skipped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from db.changes import TABLE_KINDS
from db.errors import TeamFileRefused
from db.store import Store
from db.team import crypto, local, replica
from db.team.apply import Applied
from db.team.changeset import ChangeSet
from db.team.conflicts import settle_outdated
from db.team.folder import Roster, TeamFolder
from db.team.local import Local

Transaction = Callable[[], AbstractContextManager[Connection]]
Progress = Callable[[int, int], None]  # (done, total)

# A device writes a new snapshot of everything after this many segments of its own.
SNAPSHOT_EVERY = 200


class NotInTeam(TeamFileRefused):
    """This database is not part of a team (or no longer knows its folder)."""

    def __init__(self, reason: str = "not_in_team") -> None:
        super().__init__(reason)


@dataclass
class SyncResult:
    sent: int = 0  # changes sent (row and field versions)
    received: int = 0  # changes received that changed something here
    conflicts: int = 0
    segments: int = 0  # segments applied
    waiting_for: list[str] = field(default_factory=list)  # names of devices we wait for
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    tables: set[str] = field(default_factory=set)  # tables whose rows changed here

    def count(self, applied: Applied) -> None:
        """Add what one segment (or a snapshot) did here."""
        self.received += applied.received
        self.conflicts += applied.conflicts
        self.tables.update(applied.touched)
        self.segments += 1


def _store_transaction(store: Store) -> Transaction:
    @contextlib.contextmanager
    def run() -> Iterator[Connection]:
        with store.write() as session:
            yield session.connection()

    return run


def _open(local_: Local, roster: Roster, device_id: str, seq: int) -> ChangeSet:
    assert local_.folder is not None
    _header, payload = local_.folder.open_segment(
        device_id, seq, roster=roster, epoch_keys=local_.epoch_keys
    )
    try:
        return ChangeSet.from_bytes(payload)
    except (ValueError, KeyError, TypeError):
        raise TeamFileRefused("bad_format") from None


def receive(transaction: Transaction, local_: Local, roster: Roster, result: SyncResult) -> None:
    """Apply every segment of the other devices not applied here, each device's in order and
    each in its own transaction, until nothing more can be applied."""
    assert local_.folder is not None
    folder = local_.folder
    progress = True
    stuck: dict[str, str] = {}
    while progress:
        progress = False
        with transaction() as c:
            done = replica.applied(c)
        for device_id in folder.device_ids():
            if device_id == local_.device_id or device_id not in roster.devices:
                continue
            last = max(folder.segments(device_id) or [0])
            if last <= done.get(device_id, 0):
                if _newer_snapshot(transaction, local_, roster, device_id, done, result):
                    progress = True
                continue
            for seq in range(done.get(device_id, 0) + 1, last + 1):
                outcome = _receive_one(transaction, local_, roster, device_id, seq, result)
                if outcome is not None:
                    stuck[device_id] = outcome
                    break
                stuck.pop(device_id, None)
                progress = True
    for device_id in sorted(stuck):
        member = roster.devices.get(stuck[device_id]) or roster.devices.get(device_id)
        result.waiting_for.append(member.name if member else stuck[device_id])


def _receive_one(
    transaction: Transaction,
    local_: Local,
    roster: Roster,
    device_id: str,
    seq: int,
    result: SyncResult,
) -> str | None:
    """Apply one segment; the device we wait for when it cannot be applied yet."""
    assert local_.folder is not None
    if seq not in local_.folder.segments(device_id):
        # Missing from the folder: not synced here yet, or compacted away once its writer's
        # snapshot covered it (then the snapshot brings it, merged like any change set).
        return _catch_up(transaction, local_, roster, device_id, seq, result)
    try:
        change_set = _open(local_, roster, device_id, seq)
    except TeamFileRefused as exc:
        result.refused.append((f"{device_id}/{seq}", exc.reason))
        return device_id
    try:
        with transaction() as c:
            applied: Applied = replica.incoming(c, device_id, seq, change_set)
    except replica.WaitingFor as waiting:
        return waiting.device_id
    result.count(applied)
    return None


def _newer_snapshot(
    transaction: Transaction,
    local_: Local,
    roster: Roster,
    device_id: str,
    done: dict[str, int],
    result: SyncResult,
) -> bool:
    """With no segment of ``device_id`` left to apply: a snapshot of it not looked at yet may
    cover segments compacted away before they were applied here. True when it brought some."""
    assert local_.folder is not None
    n = local_.folder.latest_snapshots().get(device_id)
    if n is None:
        return False
    with transaction() as c:
        seen = c.execute(
            text("SELECT snapshot_seen FROM team_peers WHERE device_id = :d"), {"d": device_id}
        ).scalar()
    if seen is not None and int(seen) >= n:
        return False
    outcome = _catch_up(transaction, local_, roster, device_id, done.get(device_id, 0) + 1, result)
    with transaction() as c:
        replica.applied_upto(c, device_id, 0)  # (makes sure the row is there)
        c.execute(
            text(
                "UPDATE team_peers SET snapshot_seen = max(snapshot_seen, :n) WHERE device_id = :d"
            ),
            {"n": n, "d": device_id},
        )
    return outcome is None


def _catch_up(
    transaction: Transaction,
    local_: Local,
    roster: Roster,
    device_id: str,
    seq: int,
    result: SyncResult,
) -> str | None:
    """Apply ``device_id``'s newest snapshot when it covers its segment ``seq``; else the
    device we wait for."""
    assert local_.folder is not None
    n = local_.folder.latest_snapshots().get(device_id)
    if n is None:
        return device_id
    try:
        _header, payload = local_.folder.open_snapshot(
            device_id, n, roster=roster, epoch_keys=local_.epoch_keys
        )
        change_set = ChangeSet.from_bytes(payload)
    except TeamFileRefused as exc:
        result.refused.append((f"{device_id}/snapshot {n}", exc.reason))
        return device_id
    except (ValueError, KeyError, TypeError):
        result.refused.append((f"{device_id}/snapshot {n}", "bad_format"))
        return device_id
    if int(change_set.deps.get(device_id, 0)) < seq:
        return device_id
    try:
        with transaction() as c:
            applied = replica.incoming(c, device_id, 0, change_set)
    except replica.WaitingFor as waiting:
        return waiting.device_id
    result.count(applied)
    return None


def _current_epoch(local_: Local, roster: Roster) -> tuple[str, bytes]:
    """The epoch this device writes under; after a removal, a new one that the removed device
    never receives is started here when nobody started one yet."""
    assert local_.folder is not None
    local_.refresh_keys(roster)
    epoch = roster.current_epoch_for(local_.device_id)
    if epoch is None or epoch.epoch_id not in local_.epoch_keys:
        epoch_id, key = local_.folder.new_epoch(
            roster, device_id=local_.device_id, signer=local_.keys, known_keys=local_.epoch_keys
        )
        local_.epoch_keys[epoch_id] = key
        return epoch_id, key
    return epoch.epoch_id, local_.epoch_keys[epoch.epoch_id]


def _next_segment(c: Connection, local_: Local) -> int:
    """The number of our next segment: after what the database noted and after every file of
    ours in the folder (one written just before a crash keeps its number)."""
    assert local_.folder is not None
    noted = int(c.execute(text("SELECT next_segment FROM team_local WHERE id = 1")).scalar_one())
    written = max(local_.folder.segments(local_.device_id) or [0])
    return max(noted, written + 1)


def send(transaction: Transaction, local_: Local, roster: Roster, result: SyncResult) -> None:
    """Write our changes since the last segment as our next segment (nothing when none)."""
    assert local_.folder is not None
    with transaction() as c:
        change_set, upto = replica.outgoing(c)
        seq = _next_segment(c, local_)
        if change_set.size == 0:
            replica.mark_sent(c, upto, seq - 1)
            return
        epoch_id, key = _current_epoch(local_, roster)
        sealed = crypto.seal(
            "segment",
            change_set.to_bytes(),
            team_id=local_.team_id,
            epoch_id=epoch_id,
            device_id=local_.device_id,
            seq=seq,
            team_key=key,
            signer=local_.keys,
        )
        local_.folder.write_segment(local_.device_id, seq, sealed)
        replica.mark_sent(c, upto, seq)
        local.save(c, local_)
    result.sent += change_set.size
    if seq % SNAPSHOT_EVERY == 0:
        write_snapshot(transaction, local_, roster)


def write_snapshot(transaction: Transaction, local_: Local, roster: Roster) -> None:
    """Everything here as one sealed snapshot, so that a device joining later starts from it;
    our older snapshots are removed."""
    assert local_.folder is not None
    with transaction() as c:
        state = replica.full_state(c)
    n = max(local_.folder.latest_snapshots().get(local_.device_id, 0) + 1, 1)
    epoch_id, key = _current_epoch(local_, roster)
    sealed = crypto.seal(
        "snapshot",
        state.to_bytes(),
        team_id=local_.team_id,
        epoch_id=epoch_id,
        device_id=local_.device_id,
        seq=n,
        team_key=key,
        signer=local_.keys,
        level=1,
    )
    local_.folder.write_snapshot(local_.device_id, n, sealed)
    covers = int(state.deps.get(local_.device_id, 0))
    with transaction() as c:
        c.execute(text("UPDATE team_local SET snapshot_through = :n WHERE id = 1"), {"n": covers})
    local_.folder.compact(local_.device_id, keep_snapshot=n)


def compact(transaction: Transaction, local_: Local, roster: Roster) -> None:
    """Remove our segments that every current member has applied and our newest snapshot
    covers: a device joining later starts from a snapshot, so the folder does not grow with
    every change ever made."""
    assert local_.folder is not None
    members = [d for d in roster.members if d != local_.device_id]
    with transaction() as c:
        through = int(
            c.execute(text("SELECT snapshot_through FROM team_local WHERE id = 1")).scalar_one()
        )
        acked = {
            str(d): int(n) for d, n in c.execute(text("SELECT device_id, acked FROM team_peers"))
        }
    through = min([through] + [acked.get(d, 0) for d in members])
    latest = local_.folder.latest_snapshots().get(local_.device_id)
    if through > 0 and latest is not None:
        local_.folder.compact(local_.device_id, keep_snapshot=latest, segments_through=through)


def sync_with(transaction: Transaction, local_: Local) -> SyncResult:
    """Receive, then send: one sync of this device with its team folder."""
    if local_.folder is None:
        raise NotInTeam()
    result = SyncResult()
    roster = local_.roster(local_.folder)
    if local_.device_id in roster.removed:
        raise TeamFileRefused("removed_device")
    local_.refresh_keys(roster)
    with transaction() as c:
        local.save(c, local_, roster)
    receive(transaction, local_, roster, result)
    send(transaction, local_, roster, result)
    compact(transaction, local_, roster)
    with transaction() as c:
        local.save(c, local_, roster)
        c.execute(
            text("UPDATE team_local SET last_sync_at = :now WHERE id = 1"),
            {"now": dt.datetime.now(dt.UTC).replace(tzinfo=None)},
        )
    return result


def sync(store: Store, folder: TeamFolder | None = None) -> SyncResult:
    """Sync this device with its team folder (``folder``: another path to it, e.g. where the
    USB stick is today; remembered)."""
    with store.read() as session:
        local_ = local.load(session.connection())
    if local_ is None:
        raise NotInTeam()
    if folder is not None:
        local_.folder = folder
    result = sync_with(_store_transaction(store), local_)
    settle_outdated(store)  # a conflict another laptop settled is settled here too
    # The apply writes through the DB-API directly: tell the pages what it changed.
    kinds = {kind for table in result.tables for kind in TABLE_KINDS.get(table, ())}
    if kinds:
        store.note_change(*kinds)
    return result
