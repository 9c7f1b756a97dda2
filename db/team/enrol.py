"""Devices joining and leaving the team: create, invite, join, remove.

The laptop that creates the team becomes its device 0 without any change to its records or
codes. Another laptop joins with an invitation file and the pairing code read out in person:
the joining builds a new database beside nothing (under a staging name, switched into place
only when complete), with its own master key, from the newest snapshot and the segments after
it, and checks the user's password against the team's users before the invitation is used.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Engine, event, text

from db import atomic, keys, migrate, setup, sharing, switch
from db.engine import make_engine
from db.errors import (
    AccountDisabled,
    DatabaseExists,
    StorageProblem,
    TeamFileRefused,
    WrongCredentials,
)
from db.permissions import Permission
from db.store import Store
from db.team import crypto, invite, local, replica
from db.team.changeset import ChangeSet
from db.team.folder import Roster, TeamFolder
from db.team.local import Local
from db.team.sync import SyncResult, Transaction, receive, sync_with, write_snapshot


@dataclass(frozen=True)
class Invitation:
    data: bytes  # the invitation file
    code: str  # the pairing code, XXXX-XXXX-XXXX, read out in person


@dataclass(frozen=True)
class Joined:
    store: Store
    recovery_passphrase: str  # of the new database's key file, shown once
    result: SyncResult
    people: int  # people on record now on this laptop


class Cancelled(Exception):
    """The person cancelled the join; nothing was written."""


def _engine_transaction(engine: Engine) -> Transaction:
    @contextlib.contextmanager
    def run() -> Iterator[Connection]:
        with engine.begin() as c:
            yield c

    return run


def create_team(
    store: Store, folder_path: Path, *, device_name: str, recovery_passphrase: str
) -> None:
    """Make this database device 0 of a new team whose folder is ``folder_path`` (empty or
    new). ``recovery_passphrase`` also opens every team key (e.g. to read the folder after
    every laptop was lost). Admin only."""
    store.require(Permission.USERS_MANAGE)
    with store.read() as session:
        if local.load(session.connection()) is not None:
            raise TeamFileRefused("already_in_team")
    # One CSO, one voice: the key that signs the CSO's bundles is made now, before the first
    # snapshot, so every laptop that joins signs with the same one.
    if sharing.cso_signing_key(store) is None:
        sharing.keep_cso_signing_key(store, Ed25519PrivateKey.generate().private_bytes_raw())
    device_keys = crypto.DeviceKeys.generate()
    team_id, device_id = crypto.new_id(), crypto.new_id()
    team_key = crypto.new_team_key()
    try:
        folder_path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageProblem("folder") from exc
    folder = TeamFolder.init(
        folder_path,
        team_id=team_id,
        device_id=device_id,
        device_name=device_name,
        device_keys=device_keys,
        team_key=team_key,
        recovery_passphrase=recovery_passphrase,
    )
    identity = replica.Identity(
        team_id, device_id, 0, device_name, device_keys.to_bytes(), device_keys.kx_private
    )
    local_ = Local(
        team_id,
        device_id,
        0,
        device_name,
        device_keys,
        folder,
        device_keys.public().sign_pub,
        {},
        {},
    )
    roster = local_.roster(folder)
    local_.refresh_keys(roster)
    with store.write() as session:
        c = session.connection()
        replica.enable(c, identity)
        local.save(c, local_, roster)
        store.audit(session, "team_create", "team", None)
    write_snapshot(_store_transaction(store), local_, roster)


def _store_transaction(store: Store) -> Transaction:
    @contextlib.contextmanager
    def run() -> Iterator[Connection]:
        with store.write() as session:
            yield session.connection()

    return run


def _local(store: Store) -> Local:
    with store.read() as session:
        found = local.load(session.connection())
    if found is None or found.folder is None:
        raise TeamFileRefused("not_in_team")
    return found


def invite_device(store: Store, *, name: str) -> Invitation:
    """An invitation for another laptop called ``name``, announced in the team folder. Admin
    only. The file can travel any way; the code must be read out in person."""
    store.require(Permission.USERS_MANAGE)
    local_ = _local(store)
    assert local_.folder is not None
    # The new laptop starts from the newest snapshot: make it hold everything known here.
    sync_with(_store_transaction(store), local_)
    roster = local_.roster(local_.folder)
    local_.refresh_keys(roster)
    write_snapshot(_store_transaction(store), local_, roster)
    epoch = roster.current_epoch_for(local_.device_id)
    if epoch is None or epoch.epoch_id not in local_.epoch_keys:
        raise TeamFileRefused("no_key_for_epoch")
    data, code = invite.make_invitation(
        local_.folder,
        roster,
        inviter_id=local_.device_id,
        inviter_keys=local_.keys,
        epoch_id=epoch.epoch_id,
        team_key=local_.epoch_keys[epoch.epoch_id],
        older_keys=local_.epoch_keys,
        name=name,
        folder_hint=str(local_.folder.path),
    )
    with store.write() as session:
        store.audit(session, "team_invite", "team", None)
    return Invitation(data, code)


def _best_snapshot(
    folder: TeamFolder, roster: Roster, epoch_keys: dict[str, bytes]
) -> tuple[str, ChangeSet] | None:
    """The newest snapshot that covers the most segments (each device writes its own)."""
    best: tuple[int, str, ChangeSet] | None = None
    for device_id, n in sorted(folder.latest_snapshots().items()):
        try:
            _header, payload = folder.open_snapshot(
                device_id, n, roster=roster, epoch_keys=epoch_keys
            )
            change_set = ChangeSet.from_bytes(payload)
        except (TeamFileRefused, ValueError, KeyError, TypeError):
            continue
        covered = sum(int(v) for v in change_set.deps.values())
        if best is None or covered > best[0]:
            best = (covered, device_id, change_set)
    return None if best is None else (best[1], best[2])


def _check_user(c: Connection, username: str, password: str) -> None:
    row = c.execute(
        text("SELECT password_hash, active FROM users WHERE username = :u"), {"u": username}
    ).first()
    if row is None or not setup.hash_matches(str(row[0]), password):
        raise WrongCredentials()
    if not row[1]:
        raise AccountDisabled(username)


@dataclass(frozen=True)
class JoinRequest:
    db_path: Path
    folder: Path
    invitation: bytes
    code: str
    username: str
    password: str
    device_name: str = ""


def join_team(
    request: JoinRequest,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Joined:
    """Join the team of an invitation as a new laptop: the new database at ``db_path`` holds
    the CSO's identity, users and every record. The user must be one of the team's users with
    that password. ``progress(done, total)`` counts rows; ``cancelled()`` stops it with
    :class:`Cancelled`, nothing written and the invitation still unused."""
    secrets = invite.open_invitation(request.invitation, request.code)
    folder = TeamFolder(request.folder)
    roster = folder.roster(
        expect_team_id=secrets.team_id, creator_sign_pub=secrets.creator_sign_pub
    )
    path = request.db_path
    username = request.username.strip().lower()
    if setup.database_exists(path) or path.exists():
        raise DatabaseExists(str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic.database_lock(path):
            switch.clear_interrupted_locked(path)
            staged = switch.staging_path(path, "setup")
            try:
                master, recovery, result, people = _build_joined(
                    staged, request, username, secrets, folder, roster, progress, cancelled
                )
                switch.install(staged, path, purpose="setup")
            finally:
                switch.remove_staged(staged)
    except atomic.LockBusy as exc:
        raise StorageProblem("busy") from exc
    store = setup.open_with_key(path, master, username, password=request.password)
    return Joined(store, recovery, result, people)


def _build_joined(
    staged: Path,
    request: JoinRequest,
    username: str,
    secrets: invite.InvitationSecrets,
    folder: TeamFolder,
    roster: Roster,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[bytes, str, SyncResult, int]:
    """The joined database under its staging name, complete with its key file."""
    master = keys.new_master_key()
    device_keys = crypto.DeviceKeys.generate()
    device_id = crypto.new_id()
    name = request.device_name.strip() or secrets.name
    local_ = Local(
        secrets.team_id,
        device_id,
        secrets.device_no,
        name,
        device_keys,
        folder,
        secrets.creator_sign_pub,
        dict(secrets.epoch_keys),
        {},
    )
    engine = make_engine(staged, master)
    # The staged file is thrown away if anything stops the join: no need to wait for the disk
    # on every page of the first fill. The last checkpoint, below, is made with full syncs.
    engine.dispose()
    event.listen(engine, "connect", _no_syncs)
    try:
        migrate.upgrade(engine)
        transaction = _engine_transaction(engine)
        identity = replica.Identity(
            secrets.team_id,
            device_id,
            secrets.device_no,
            name,
            device_keys.to_bytes(),
            device_keys.kx_private,
        )
        with transaction() as c:
            replica.enable(c, identity)
            _start_from_snapshot(c, folder, roster, local_, progress, cancelled)
        result = SyncResult()
        receive(transaction, local_, roster, result)
        if cancelled is not None and cancelled():
            raise Cancelled()
        with transaction() as c:
            _check_user(c, username, request.password)
            cso_code = str(c.execute(text("SELECT code FROM cso_profile")).scalar_one())
            people = int(c.execute(text("SELECT count(*) FROM beneficiaries")).scalar_one())
        # Only now, with everything in place and the user known, is the invitation used.
        roster = invite.join_entry(
            folder, secrets, device_id=device_id, device_keys=device_keys, name=name
        )
        with transaction() as c:
            local.save(c, local_, roster)
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA synchronous = FULL")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    recovery = keys.new_recovery_passphrase()
    keyfile = keys.KeyFile(path=switch.staged_keys(staged), cso_code=cso_code)
    keyfile.set_user(master, username, request.password)
    keyfile.set_recovery(master, recovery)
    keyfile.save()
    return master, recovery, result, people


def _no_syncs(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA synchronous = OFF")


def _start_from_snapshot(
    c: Connection,
    folder: TeamFolder,
    roster: Roster,
    local_: Local,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    best = _best_snapshot(folder, roster, local_.epoch_keys)
    if best is None:
        raise TeamFileRefused("no_snapshot")
    _writer, change_set = best
    total = change_set.size

    def step(done: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise Cancelled()

    from db.team.apply import apply_fresh

    c.execute(text("UPDATE team_local SET capture = 0 WHERE id = 1"))
    applied = apply_fresh(c, change_set, step)
    c.execute(text("UPDATE team_local SET capture = 1 WHERE id = 1"))
    c.execute(text("UPDATE team_local SET hlc = max(hlc, :h) WHERE id = 1"), {"h": applied.max_hlc})
    for device, upto in change_set.deps.items():
        replica.applied_upto(c, device, int(upto))
    # A snapshot carries each person's search text; only one written without it is rebuilt.
    people = c.execute(text("SELECT id FROM beneficiaries WHERE search_text = ''")).scalars().all()
    replica.rebuild_search_text(c, people)
    local.save(c, local_)


def remove_device(store: Store, device: str) -> str:
    """Remove a lost or stolen laptop (its name, fingerprint or id) from the team: its later
    segments are refused, and a new team key it never receives is started. Admin only.
    Returns the removed device's name."""
    store.require(Permission.USERS_MANAGE)
    local_ = _local(store)
    assert local_.folder is not None
    roster = local_.roster(local_.folder)
    local_.refresh_keys(roster)
    wanted = device.strip().lower()
    found = [
        m
        for m in roster.members.values()
        if wanted in (m.device_id, m.name.lower(), m.fingerprint.lower())
    ]
    if len(found) != 1 or found[0].device_id == local_.device_id:
        raise TeamFileRefused("unknown_device")
    member = found[0]
    with store.read() as session:
        last_seq = replica.applied(session.connection()).get(member.device_id, 0)
    local_.folder.remove_device(
        roster,
        device_id=member.device_id,
        last_seq=last_seq,
        by=local_.device_id,
        signer=local_.keys,
    )
    roster = local_.roster(local_.folder)
    epoch_id, key = local_.folder.new_epoch(
        roster, device_id=local_.device_id, signer=local_.keys, known_keys=local_.epoch_keys
    )
    local_.epoch_keys[epoch_id] = key
    roster = local_.roster(local_.folder)
    with store.write() as session:
        local.save(session.connection(), local_, roster)
        store.audit(session, "team_remove_device", "team", None)
    return member.name
