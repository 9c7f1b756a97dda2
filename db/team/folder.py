"""The team folder: its layout, its files written atomically, and the roster of devices.

::

    TEAM/
      saphan-team.json                    {"format": "saphan.team/1", team_id, creator, sig}
      roster/<signer>-<n:06d>.json        roster entries, each signed (see below)
      devices/<device_id>/<seq:09d>.seg   a device's segments (sealed), from 1, never rewritten
      snapshots/<device_id>-<n:09d>.snap  a device's full states (sealed); older ones compacted
      invites/<invite_id>.claimed         created exclusively by the device that used an invite

Every name is an id or a number: nothing about a person. Readers ignore any name that is not
exactly one of these (a cloud's "conflicted copy", a temp file of a write in progress, junk).

**Roster entries** ``{"format": "saphan.roster/1", team_id, signer, n, entry, sig}``: the
Ed25519 signature (hex) covers the canonical JSON of everything but ``sig``; ``n`` counts per
signer from 1, so two devices never write the same name. Kinds of ``entry``:

- ``create`` {device, recovery_pub, recovery_key, epoch}: the creator's entry 1, self-signed;
  ``epoch`` is epoch 0 (its id is the entry's name), ``recovery_key`` the recovery private key
  wrapped under the recovery passphrase (argon2id).
- ``invite`` {invite_id, invite_pub, device_no, name, epochs}: a member announces an invitation
  (``epochs``: the ids of the team keys the invitation holds).
- ``join`` {invite_id, device}: the invited device's entry 1, signed with the invitation's key;
  one per invitation (the first by name when ever two).
- ``remove`` {device_id, last_seq, last_roster, cancel_invites}: a member removes another;
  the removed device's segments after ``last_seq`` and roster entries after ``last_roster``
  are refused, and so are joins with the invitations it had announced and were not used.
- ``epoch`` {epoch_id, gen, wraps, recovery, previous}: a new team key wrapped to every member
  and to the recovery key; ``previous`` holds the older keys its signer knew, encrypted under
  the new key (so a newer member can read older files). ``epoch_id`` is the entry's name.

A DEVICE is {device_id, device_no, name, sign_pub, kx_pub} (keys in hex).

**Which roster holds.** Entries are checked in passes in name order, each pass against what
the previous passes accepted, until nothing more can be accepted: deterministic for a given set
of files. Removals are then applied one at a time, the removal by the lowest device number (then
by name) first; a removal that would undo one already applied (e.g. a stolen laptop removing the
laptop that removed it) is not applied. Entries a device has accepted before can be passed back
in (``known``) so that deleting a file from the folder never brings a removed device back.

**Epochs.** The devices that know an epoch's key are those it was wrapped to, those that joined
with an invitation holding it, and those that know any later epoch holding it as ``previous``.
An epoch is *clean* when no removed device knows it; the team's current epoch is the clean one
with the highest (gen, id). When there is none, or a member does not know it, any member makes a
new one (:meth:`TeamFolder.new_epoch`).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from db import atomic
from db.errors import KeyFileCorrupt, StorageProblem, TeamFileRefused
from db.keys import KdfParams, strict_json
from db.team import crypto
from db.team.crypto import DeviceKeys, Header, Signer
from db.text_safety import has_control_character

TEAM_FILE = "saphan-team.json"
TEAM_FORMAT = "saphan.team/1"
ROSTER_FORMAT = "saphan.roster/1"
ROSTER, DEVICES, SNAPSHOTS, INVITES = "roster", "devices", "snapshots", "invites"

MAX_ROSTER_ENTRY_BYTES = 1024 * 1024
MAX_TEAM_FILE_BYTES = 64 * 1024
MAX_NAME_CHARS = 100
# A temp file in the team folder younger than this may be another process's write in progress
# (the folder's other computers' locks are invisible from here).
STALE_AFTER = 3600.0

_ROSTER_NAME = re.compile(r"([0-9a-f]{32})-(\d{6})\.json")
_SEGMENT_NAME = re.compile(r"(\d{9})\.seg")
_SNAPSHOT_NAME = re.compile(r"([0-9a-f]{32})-(\d{9})\.snap")
_TEMP_NAME = re.compile(r"\..+\.[A-Za-z0-9_]{8}\.tmp")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX128 = re.compile(r"[0-9a-f]{128}")


def entry_name(device_id: str, n: int) -> str:
    """The name (without ``.json``) of ``device_id``'s roster entry ``n``; also the id of the
    epoch that entry starts."""
    return f"{device_id}-{n:06d}"


# --- what the roster says -----------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    """A device of the team (also one removed since)."""

    device_id: str
    device_no: int
    name: str
    sign_pub: bytes
    kx_pub: bytes
    invite_id: str | None  # None for the creator
    entry: str  # the roster entry that added it

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint(self.sign_pub, self.kx_pub)


@dataclass(frozen=True)
class Removal:
    device_id: str
    last_seq: int  # its last segment that counts
    last_roster: int  # its last roster entry that counts
    cancel_invites: frozenset[str]
    by: str  # the removing device
    entry: str


@dataclass(frozen=True)
class Invite:
    invite_id: str
    invite_pub: bytes
    device_no: int
    name: str
    epochs: tuple[str, ...]  # the team keys the invitation holds
    by: str
    entry: str
    joined_by: str | None = None  # the device that used it
    cancelled: bool = False


@dataclass(frozen=True)
class Epoch:
    epoch_id: str
    gen: int
    by: str
    wraps: Mapping[str, Mapping[str, str]]  # device_id -> wrapped team key
    recovery: Mapping[str, str]  # the team key wrapped to the recovery key
    previous: Mapping[str, str] | None  # {"nonce", "ct"}: older keys under this one
    previous_ids: tuple[str, ...]
    knowers: frozenset[str] = frozenset()
    clean: bool = True


@dataclass(frozen=True)
class Roster:
    """The verified roster of a team folder."""

    team_id: str
    creator: str
    devices: Mapping[str, Member]  # every device ever added, also removed ones
    removed: Mapping[str, Removal]
    invites: Mapping[str, Invite]
    epochs: Mapping[str, Epoch]
    recovery_pub: bytes
    recovery_key: Mapping[str, Any]  # the recovery private key under the passphrase
    entries: Mapping[str, bytes]  # every accepted entry: name -> its bytes (keep them)
    refused: Mapping[str, str] = field(default_factory=dict)  # name -> reason code
    last_roster: Mapping[str, int] = field(default_factory=dict)  # device -> its highest n

    @property
    def members(self) -> dict[str, Member]:
        """The devices of the team now (not removed)."""
        return {d: m for d, m in self.devices.items() if d not in self.removed}

    def sign_pub_of(self, device_id: str) -> bytes | None:
        member = self.devices.get(device_id)
        return member.sign_pub if member else None

    def check_segment(self, device_id: str, seq: int) -> None:
        """Refuse (``unknown_device``, ``removed_device``) a segment of a device that is not in
        the team, or of a removed device after its last segment that counts."""
        if device_id not in self.devices:
            raise TeamFileRefused("unknown_device")
        removal = self.removed.get(device_id)
        if removal is not None and seq > removal.last_seq:
            raise TeamFileRefused("removed_device")

    def check_snapshot(self, device_id: str) -> None:
        """A snapshot counts only from a member (a removed device's never does)."""
        if device_id not in self.devices:
            raise TeamFileRefused("unknown_device")
        if device_id in self.removed:
            raise TeamFileRefused("removed_device")

    @property
    def current_epoch(self) -> Epoch | None:
        """The team's current epoch: the clean one with the highest (gen, id), if any."""
        clean = [e for e in self.epochs.values() if e.clean]
        return max(clean, key=lambda e: (e.gen, e.epoch_id)) if clean else None

    def current_epoch_for(self, device_id: str) -> Epoch | None:
        """The epoch ``device_id`` writes under: the team's current one, if it knows its key;
        None when a new epoch is needed first (:meth:`TeamFolder.new_epoch`)."""
        current = self.current_epoch
        if current is None or device_id not in current.knowers:
            return None
        return current

    @property
    def needs_new_epoch(self) -> bool:
        """True when no epoch is clean, or a member does not know the current one."""
        current = self.current_epoch
        return current is None or not set(self.members) <= current.knowers

    def next_device_no(self) -> int:
        """The device number for the next invitation."""
        taken = [m.device_no for m in self.devices.values()]
        taken += [i.device_no for i in self.invites.values()]
        return max(taken, default=0) + 1

    def open_invites(self, by: str | None = None) -> list[Invite]:
        """Invitations not used and not cancelled (announced by ``by``, if given)."""
        return [
            i
            for i in self.invites.values()
            if i.joined_by is None and not i.cancelled and (by is None or i.by == by)
        ]


def epoch_keys_for(
    roster: Roster, *, device_id: str, kx_private: bytes, known: Mapping[str, bytes] = {}
) -> dict[str, bytes]:
    """Every team key ``device_id`` can have: those it ``known`` already, those wrapped to it,
    and the older ones held by an epoch whose key it has. Wraps that do not open are skipped."""
    found = dict(known)
    for epoch in roster.epochs.values():
        wrapped = epoch.wraps.get(device_id)
        if wrapped is not None and epoch.epoch_id not in found:
            with contextlib.suppress(TeamFileRefused):
                found[epoch.epoch_id] = crypto.unwrap_for_device(
                    wrapped,
                    kx_private,
                    team_id=roster.team_id,
                    device_id=device_id,
                    epoch_id=epoch.epoch_id,
                )
    return _add_previous(roster, found)


def recover_epoch_keys(roster: Roster, passphrase: str) -> dict[str, bytes]:
    """Every team key, from the recovery passphrase alone (all devices lost). A wrong
    passphrase raises :class:`~db.errors.WrongCredentials`."""
    private = crypto.unlock_recovery_key(roster.recovery_key, passphrase, team_id=roster.team_id)
    found: dict[str, bytes] = {}
    for epoch in roster.epochs.values():
        with contextlib.suppress(TeamFileRefused):
            found[epoch.epoch_id] = crypto.unwrap_for_device(
                epoch.recovery,
                private,
                team_id=roster.team_id,
                device_id=crypto.RECOVERY_DEVICE,
                epoch_id=epoch.epoch_id,
            )
    return _add_previous(roster, found)


def _previous_aad(team_id: str, epoch_id: str) -> bytes:
    return crypto.canonical_json({"use": "previous-keys", "team_id": team_id, "epoch": epoch_id})


def _add_previous(roster: Roster, found: dict[str, bytes]) -> dict[str, bytes]:
    progress = True
    while progress:
        progress = False
        for epoch in roster.epochs.values():
            key = found.get(epoch.epoch_id)
            if key is None or epoch.previous is None or set(epoch.previous_ids) <= set(found):
                continue
            try:
                plain = AESGCM(key).decrypt(
                    bytes.fromhex(epoch.previous["nonce"]),
                    bytes.fromhex(epoch.previous["ct"]),
                    _previous_aad(roster.team_id, epoch.epoch_id),
                )
                older = json.loads(plain)
            except (InvalidTag, ValueError):
                continue
            if not isinstance(older, dict) or sorted(older) != sorted(epoch.previous_ids):
                continue
            for epoch_id, hex_key in older.items():
                if epoch_id not in found and isinstance(hex_key, str) and _HEX64.fullmatch(hex_key):
                    found[epoch_id] = bytes.fromhex(hex_key)
                    progress = True
    return found


# --- reading and checking roster entries --------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    name: str
    signer: str
    n: int
    body: dict[str, Any]  # everything but "sig"
    sig: bytes
    raw: bytes

    @property
    def kind(self) -> str:
        return str(self.body["entry"]["kind"])

    @property
    def entry(self) -> dict[str, Any]:
        entry: dict[str, Any] = self.body["entry"]
        return entry

    def signed_by(self, sign_pub: bytes) -> bool:
        return crypto.verify(sign_pub, self.sig, crypto.canonical_json(self.body))


def _strict_json(data: bytes) -> Any:
    """JSON as Saphan writes it (:func:`db.keys.strict_json`); ValueError otherwise."""
    try:
        return strict_json(data)
    except KeyFileCorrupt as exc:
        raise ValueError("not JSON Saphan writes") from exc


def _hex_key(value: object) -> bytes:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise ValueError("not a key")
    return bytes.fromhex(value)


def _int(value: object, low: int = 0) -> int:
    if type(value) is not int or value < low:
        raise ValueError("not a count")
    return value


def _text(value: object) -> str:
    if (
        not isinstance(value, str)
        or not 0 < len(value) <= MAX_NAME_CHARS
        or has_control_character(value)
    ):
        raise ValueError("not a name")
    return value


def check_device_name(name: str) -> str:
    """A laptop's name as the roster keeps it (1 to 100 characters, no control characters);
    ValueError otherwise."""
    return _text(name)


def _ids(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("not a list of ids")
    return tuple(value)


def _device(value: object, *, entry: str, invite_id: str | None) -> Member:
    if not isinstance(value, dict) or set(value) != {
        "device_id",
        "device_no",
        "name",
        "sign_pub",
        "kx_pub",
    }:
        raise ValueError("not a device")
    if not crypto.is_id(value["device_id"]):
        raise ValueError("not a device id")
    return Member(
        device_id=value["device_id"],
        device_no=_int(value["device_no"]),
        name=_text(value["name"]),
        sign_pub=_hex_key(value["sign_pub"]),
        kx_pub=_hex_key(value["kx_pub"]),
        invite_id=invite_id,
        entry=entry,
    )


def _epoch(value: object, *, epoch_id: str, by: str) -> Epoch:
    if not isinstance(value, dict) or set(value) != {
        "kind",
        "epoch_id",
        "gen",
        "wraps",
        "recovery",
        "previous",
    }:
        raise ValueError("not an epoch")
    if value["epoch_id"] != epoch_id:
        raise ValueError("epoch id is not the entry's name")
    wraps = value["wraps"]
    if not isinstance(wraps, dict) or not all(crypto.is_id(d) for d in wraps):
        raise ValueError("bad wraps")
    try:
        for wrapped in (*wraps.values(), value["recovery"]):
            crypto.check_wrapped(wrapped)
    except TeamFileRefused:
        raise ValueError("bad wrap") from None
    previous = value["previous"]
    previous_ids: tuple[str, ...] = ()
    if previous is not None:
        if not isinstance(previous, dict) or set(previous) != {"ids", "nonce", "ct"}:
            raise ValueError("bad previous")
        previous_ids = _ids(previous["ids"])
        bytes.fromhex(previous["nonce"])
        bytes.fromhex(previous["ct"])
        previous = {"nonce": previous["nonce"], "ct": previous["ct"]}
    return Epoch(
        epoch_id=epoch_id,
        gen=_int(value["gen"]),
        by=by,
        wraps=wraps,
        recovery=value["recovery"],
        previous=previous,
        previous_ids=previous_ids,
    )


_ENTRY_FIELDS = {
    "create": {"kind", "device", "recovery_pub", "recovery_key", "epoch"},
    "invite": {"kind", "invite_id", "invite_pub", "device_no", "name", "epochs"},
    "join": {"kind", "invite_id", "device"},
    "remove": {"kind", "device_id", "last_seq", "last_roster", "cancel_invites"},
    "epoch": {"kind", "epoch_id", "gen", "wraps", "recovery", "previous"},
}


def _parse_entry(name: str, raw: bytes, team_id: str) -> _Entry:
    """One roster file, its envelope and the shape of its entry checked (not its signature)."""
    match = _ROSTER_NAME.fullmatch(name + ".json")
    if match is None:
        raise TeamFileRefused("bad_format")
    try:
        doc = _strict_json(raw)
    except ValueError:
        raise TeamFileRefused("torn") from None
    if not isinstance(doc, dict) or doc.get("format") != ROSTER_FORMAT:
        raise TeamFileRefused("bad_format")
    if set(doc) != {"format", "team_id", "signer", "n", "entry", "sig"}:
        raise TeamFileRefused("bad_format")
    if doc["team_id"] != team_id:
        raise TeamFileRefused("other_team")
    if doc["signer"] != match[1] or doc["n"] != int(match[2]) or type(doc["n"]) is not int:
        raise TeamFileRefused("seq_mismatch")
    entry, sig = doc["entry"], doc["sig"]
    if not isinstance(sig, str) or not _HEX128.fullmatch(sig) or not isinstance(entry, dict):
        raise TeamFileRefused("bad_format")
    kind = entry.get("kind")
    if not isinstance(kind, str) or set(entry) != _ENTRY_FIELDS.get(kind, set()):
        raise TeamFileRefused("bad_format")
    body = {k: v for k, v in doc.items() if k != "sig"}
    parsed = _Entry(name, doc["signer"], doc["n"], body, bytes.fromhex(sig), raw)
    try:
        _check_shape(parsed)
    except (ValueError, KeyError, TypeError):
        raise TeamFileRefused("bad_format") from None
    return parsed


def _check_shape(e: _Entry) -> None:
    entry = e.entry
    if e.kind == "create":
        _device(entry["device"], entry=e.name, invite_id=None)
        _hex_key(entry["recovery_pub"])
        try:
            crypto.check_recovery_wrapped(entry["recovery_key"])
        except TeamFileRefused:
            raise ValueError("bad recovery key") from None
        _epoch(entry["epoch"], epoch_id=e.name, by=e.signer)
    elif e.kind == "invite":
        if not crypto.is_id(entry["invite_id"]):
            raise ValueError("bad invite id")
        _hex_key(entry["invite_pub"])
        _int(entry["device_no"], 1)
        _text(entry["name"])
        _ids(entry["epochs"])
    elif e.kind == "join":
        if not crypto.is_id(entry["invite_id"]):
            raise ValueError("bad invite id")
        _device(entry["device"], entry=e.name, invite_id=entry["invite_id"])
    elif e.kind == "remove":
        if not crypto.is_id(entry["device_id"]):
            raise ValueError("bad device id")
        _int(entry["last_seq"])
        _int(entry["last_roster"])
        _ids(entry["cancel_invites"])
    else:
        _epoch(entry, epoch_id=e.name, by=e.signer)


@dataclass
class _State:
    """What one run of the passes accepted."""

    devices: dict[str, Member] = field(default_factory=dict)
    invites: dict[str, Invite] = field(default_factory=dict)
    epochs: dict[str, Epoch] = field(default_factory=dict)
    removes: dict[str, Removal] = field(default_factory=dict)  # entry name -> removal
    accepted: dict[str, _Entry] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)


def _accept(
    create: _Entry, others: list[_Entry], limits: Mapping[str, int], cancelled: set[str]
) -> _State:
    """Accept the entries that hold, in passes (see the module's docstring)."""
    state = _State()
    creator = _device(create.entry["device"], entry=create.name, invite_id=None)
    state.devices[creator.device_id] = creator
    state.epochs[create.name] = _epoch(
        create.entry["epoch"], epoch_id=create.name, by=creator.device_id
    )
    state.accepted[create.name] = create
    pending = sorted(others, key=lambda e: e.name)
    while pending:
        ready = []
        waiting = []
        for e in pending:
            verdict = _verdict(e, state, limits, cancelled)
            if verdict == "wait":
                waiting.append(e)
            elif verdict == "ok":
                ready.append(e)
            else:
                state.refused[e.name] = verdict
        if not ready:
            for e in waiting:
                state.refused[e.name] = "unknown_device"
            break
        for e in ready:  # in name order, each against what this pass applied before it
            verdict = _apply(e, state)
            if verdict != "ok":
                state.refused[e.name] = verdict
        pending = waiting
    return state


def _verdict(e: _Entry, state: _State, limits: Mapping[str, int], cancelled: set[str]) -> str:
    """Whether ``e`` can be accepted now ("ok"), later ("wait"), or never (a reason)."""
    if e.signer in limits and e.n > limits[e.signer]:
        return "removed_device"
    entry = e.entry
    if e.kind == "create":
        return "bad_format"  # only the creator's entry 1, taken first
    if e.kind == "join":
        invite = state.invites.get(entry["invite_id"])
        if invite is None:
            return "wait"
        if entry["invite_id"] in cancelled:
            return "invite_used"
        if e.n != 1 or entry["device"]["device_id"] != e.signer:
            return "bad_format"
        return "ok" if e.signed_by(invite.invite_pub) else "bad_signature"
    member = state.devices.get(e.signer)
    if member is None:
        return "wait"
    if not e.signed_by(member.sign_pub):
        return "bad_signature"
    if e.kind == "remove" and entry["device_id"] not in state.devices:
        return "wait"
    return "ok"


def _apply(e: _Entry, state: _State) -> str:
    entry = e.entry
    if e.kind == "invite":
        taken = {m.device_no for m in state.devices.values()}
        taken |= {i.device_no for i in state.invites.values()}
        if entry["invite_id"] in state.invites:
            return "invite_used"
        if entry["device_no"] in taken:
            return "bad_format"  # two invitations made at once for one device number
        state.invites[entry["invite_id"]] = Invite(
            invite_id=entry["invite_id"],
            invite_pub=bytes.fromhex(entry["invite_pub"]),
            device_no=entry["device_no"],
            name=entry["name"],
            epochs=tuple(entry["epochs"]),
            by=e.signer,
            entry=e.name,
        )
    elif e.kind == "join":
        invite = state.invites[entry["invite_id"]]
        device = _device(entry["device"], entry=e.name, invite_id=invite.invite_id)
        if invite.joined_by is not None:
            return "invite_used"
        if device.device_id in state.devices or device.device_no != invite.device_no:
            return "bad_format"
        state.devices[device.device_id] = device
        state.invites[invite.invite_id] = replace(invite, joined_by=device.device_id)
    elif e.kind == "remove":
        if entry["device_id"] == e.signer:
            return "bad_format"
        state.removes[e.name] = Removal(
            device_id=entry["device_id"],
            last_seq=entry["last_seq"],
            last_roster=entry["last_roster"],
            cancel_invites=frozenset(entry["cancel_invites"]),
            by=e.signer,
            entry=e.name,
        )
    elif e.kind == "epoch":
        state.epochs[e.name] = _epoch(entry, epoch_id=e.name, by=e.signer)
    state.accepted[e.name] = e
    return "ok"


def _decide(create: _Entry, others: list[_Entry]) -> tuple[_State, dict[str, Removal]]:
    """Accept the entries, then apply the removals one at a time (module docstring)."""
    limits: dict[str, int] = {}
    cancelled: set[str] = set()
    applied: dict[str, Removal] = {}
    conflicting: set[str] = set()
    state = _accept(create, others, limits, cancelled)
    while True:
        candidates = [
            r
            for name, r in state.removes.items()
            if name not in applied and name not in conflicting
        ]
        if not candidates:
            break
        removal = min(candidates, key=lambda r: (state.devices[r.by].device_no, r.entry))
        new_limits = dict(limits)
        new_limits[removal.device_id] = min(
            new_limits.get(removal.device_id, removal.last_roster), removal.last_roster
        )
        new_cancelled = cancelled | removal.cancel_invites
        trial = _accept(create, others, new_limits, new_cancelled)
        if all(name in trial.removes for name in [*applied, removal.entry]):
            limits, cancelled, state = new_limits, new_cancelled, trial
            applied[removal.entry] = removal
        else:
            conflicting.add(removal.entry)
    for name in conflicting:
        state.refused[name] = "removed_device"
        state.accepted.pop(name, None)
    removed: dict[str, Removal] = {}
    for removal in sorted(applied.values(), key=lambda r: (r.last_seq, r.entry)):
        removed.setdefault(removal.device_id, removal)  # the strictest: the lowest last_seq
    for invite_id in cancelled:
        invite = state.invites.get(invite_id)
        if invite is not None and invite.joined_by is None:
            state.invites[invite_id] = replace(invite, cancelled=True)
    return state, removed


def _with_knowers(state: _State, removed: Mapping[str, Removal]) -> dict[str, Epoch]:
    knowers = {eid: {e.by, *e.wraps} for eid, e in state.epochs.items()}
    for invite in state.invites.values():
        if invite.joined_by is not None:
            for eid in invite.epochs:
                if eid in knowers:
                    knowers[eid].add(invite.joined_by)
    progress = True
    while progress:
        progress = False
        for eid, epoch in state.epochs.items():
            for older in epoch.previous_ids:
                if older in knowers and not knowers[eid] <= knowers[older]:
                    knowers[older] |= knowers[eid]
                    progress = True
    return {
        eid: replace(e, knowers=frozenset(knowers[eid]), clean=not knowers[eid] & set(removed))
        for eid, e in state.epochs.items()
    }


# --- the folder ---------------------------------------------------------------------------------


def _storage_problem(exc: OSError) -> StorageProblem:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageProblem("disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageProblem("read_only")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return StorageProblem("no_folder")
    return StorageProblem("cannot_write")


def _check_team(data: bytes, roster: Roster) -> None:
    """A file of another team is refused as such, whoever it claims to come from."""
    if crypto.read_header(data).team_id != roster.team_id:
        raise TeamFileRefused("other_team")


def _check_id(value: str) -> str:
    if not crypto.is_id(value):
        raise ValueError("not an id")  # a caller's mistake: ids come from new_id()
    return value


class TeamFolder:
    """A team folder at ``path`` (see the module's docstring). Reading never changes it;
    every file is written atomically (temp file in the same folder, fsync, rename)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    # --- creating and recognising -----------------------------------------------------------

    @classmethod
    def init(
        cls,
        path: Path | str,
        *,
        team_id: str,
        device_id: str,
        device_name: str,
        device_keys: DeviceKeys,
        team_key: bytes,
        recovery_passphrase: str,
        kdf: KdfParams | None = None,
    ) -> TeamFolder:
        """Make ``path`` the team's folder: the creator's ``create`` entry (epoch 0's key
        wrapped to itself and to the recovery key, kept under ``recovery_passphrase``), then
        ``saphan-team.json``. A folder that already holds a team is refused
        (``folder_in_use``). ``kdf``: argon2id parameters (:class:`db.keys.KdfParams`)."""
        folder = cls(path)
        _check_id(team_id)
        _check_id(device_id)
        if (folder.path / TEAM_FILE).exists():
            raise TeamFileRefused("folder_in_use")
        public = device_keys.public()
        name = entry_name(device_id, 1)
        recovery_pub, recovery_key = crypto.new_recovery_key(
            recovery_passphrase, team_id=team_id, params=kdf
        )
        epoch = _epoch_entry(
            team_id=team_id,
            epoch_id=name,
            gen=0,
            team_key=team_key,
            recipients={device_id: public.kx_pub},
            recovery_pub=recovery_pub,
            older={},
        )
        entry = {
            "kind": "create",
            "device": _device_json(device_id, 0, device_name, public),
            "recovery_pub": recovery_pub.hex(),
            "recovery_key": recovery_key,
            "epoch": epoch,
        }
        folder._write_entry(team_id, device_id, 1, entry, device_keys)
        body = {"format": TEAM_FORMAT, "team_id": team_id, "creator": device_id}
        doc = {**body, "sig": device_keys.sign(crypto.canonical_json(body)).hex()}
        folder._write(folder.path / TEAM_FILE, json.dumps(doc, indent=1).encode("ascii"))
        return folder

    def _team_file(self) -> dict[str, str]:
        try:
            with open(self.path / TEAM_FILE, "rb") as fh:
                data = fh.read(MAX_TEAM_FILE_BYTES + 1)
            doc = _strict_json(data)
        except (OSError, ValueError):
            raise TeamFileRefused("not_a_team_folder") from None
        if (
            not isinstance(doc, dict)
            or set(doc) != {"format", "team_id", "creator", "sig"}
            or doc["format"] != TEAM_FORMAT
            or not crypto.is_id(doc["team_id"])
            or not crypto.is_id(doc["creator"])
            or not isinstance(doc["sig"], str)
            or not _HEX128.fullmatch(doc["sig"])
        ):
            raise TeamFileRefused("not_a_team_folder")
        return doc

    def is_team_folder(self) -> bool:
        try:
            self._team_file()
        except TeamFileRefused:
            return False
        return True

    def team_id(self) -> str:
        """The team id the folder claims (checked only by :meth:`roster`)."""
        return self._team_file()["team_id"]

    # --- the roster -------------------------------------------------------------------------

    def roster(
        self,
        *,
        expect_team_id: str | None = None,
        creator_sign_pub: bytes | None = None,
        known: Mapping[str, bytes] | None = None,
    ) -> Roster:
        """The verified roster. ``expect_team_id``: the team this device is in (else
        ``other_team``); ``creator_sign_pub``: the creator's key as this device learnt it (from
        its invitation; else ``bad_signature``); ``known``: entries accepted before
        (:attr:`Roster.entries`), which win over a changed or deleted file of the folder.
        Refuses ``not_a_team_folder``; entries that do not hold are listed in
        :attr:`Roster.refused` and otherwise ignored."""
        team = self._team_file()
        team_id, creator = team["team_id"], team["creator"]
        if expect_team_id is not None and team_id != expect_team_id:
            raise TeamFileRefused("other_team")
        raws = dict(self._roster_files())
        raws.update(known or {})
        refused: dict[str, str] = {}
        parsed: list[_Entry] = []
        for name, raw in sorted(raws.items()):
            try:
                parsed.append(_parse_entry(name, raw, team_id))
            except TeamFileRefused as exc:
                refused[name] = exc.reason
        create = next((e for e in parsed if e.name == entry_name(creator, 1)), None)
        if create is None or create.kind != "create":
            raise TeamFileRefused("not_a_team_folder")
        device = create.entry["device"]
        sign_pub = bytes.fromhex(device["sign_pub"])
        if device["device_id"] != creator or device["device_no"] != 0:
            raise TeamFileRefused("not_a_team_folder")
        if not create.signed_by(sign_pub) or not crypto.verify(
            sign_pub,
            bytes.fromhex(team["sig"]),
            crypto.canonical_json({k: v for k, v in team.items() if k != "sig"}),
        ):
            raise TeamFileRefused("bad_signature")
        if creator_sign_pub is not None and creator_sign_pub != sign_pub:
            raise TeamFileRefused("bad_signature")
        others = [e for e in parsed if e is not create]
        state, removed = _decide(create, others)
        refused.update(state.refused)
        last: dict[str, int] = {}
        for e in state.accepted.values():
            last[e.signer] = max(last.get(e.signer, 0), e.n)
        return Roster(
            team_id=team_id,
            creator=creator,
            devices=state.devices,
            removed=removed,
            invites=state.invites,
            epochs=_with_knowers(state, removed),
            recovery_pub=bytes.fromhex(create.entry["recovery_pub"]),
            recovery_key=create.entry["recovery_key"],
            entries={name: e.raw for name, e in sorted(state.accepted.items())},
            refused=refused,
            last_roster=last,
        )

    def _roster_files(self) -> Iterable[tuple[str, bytes]]:
        folder = self.path / ROSTER
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            return
        for name in names:
            if _ROSTER_NAME.fullmatch(name):
                data = self._read(folder / name, MAX_ROSTER_ENTRY_BYTES, quiet=True)
                if data is not None:
                    yield name[: -len(".json")], data

    def next_roster_n(self, device_id: str, *, at_least: int = 1) -> int:
        """The next free entry number of ``device_id`` (``at_least``: what this device knows it
        used before, should a file have gone missing from the folder)."""
        taken = [at_least - 1]
        with contextlib.suppress(OSError):
            for name in os.listdir(self.path / ROSTER):
                match = _ROSTER_NAME.fullmatch(name)
                if match and match[1] == device_id:
                    taken.append(int(match[2]))
        return max(taken) + 1

    def append(
        self,
        entry: Mapping[str, Any],
        *,
        device_id: str,
        signer: Signer,
        team_id: str | None = None,
        n: int | None = None,
    ) -> str:
        """Write ``entry`` as ``device_id``'s next roster entry, signed by ``signer``; returns
        its name. ``n``: a number chosen beforehand (an epoch's id is its entry's name)."""
        _check_id(device_id)
        team_id = team_id or self.team_id()
        n = n or self.next_roster_n(device_id)
        return self._write_entry(team_id, device_id, n, entry, signer)

    def _write_entry(
        self, team_id: str, device_id: str, n: int, entry: Mapping[str, Any], signer: Signer
    ) -> str:
        name = entry_name(device_id, n)
        target = self.path / ROSTER / f"{name}.json"
        if target.exists():
            raise TeamFileRefused("already_written")
        body = {
            "format": ROSTER_FORMAT,
            "team_id": team_id,
            "signer": device_id,
            "n": n,
            "entry": dict(entry),
        }
        doc = {**body, "sig": signer.sign(crypto.canonical_json(body)).hex()}
        self._write(target, json.dumps(doc, indent=1, sort_keys=True).encode("ascii"))
        return name

    def restore_entries(self, roster: Roster) -> list[str]:
        """Put back the accepted entries the folder lost (deleted, or replaced by something
        that does not hold): the names written."""
        present = dict(self._roster_files())
        written = []
        for name, raw in roster.entries.items():
            if present.get(name) != raw:
                self._write(self.path / ROSTER / f"{name}.json", raw)
                written.append(name)
        return written

    def new_epoch(
        self,
        roster: Roster,
        *,
        device_id: str,
        signer: Signer,
        known_keys: Mapping[str, bytes],
        team_key: bytes | None = None,
    ) -> tuple[str, bytes]:
        """Start a new epoch: a new team key wrapped to every member and to the recovery key,
        holding the older keys in ``known_keys``. Returns (epoch id, team key)."""
        team_key = team_key or crypto.new_team_key()
        n = self.next_roster_n(device_id, at_least=roster.last_roster.get(device_id, 0) + 1)
        epoch_id = entry_name(device_id, n)
        entry = _epoch_entry(
            team_id=roster.team_id,
            epoch_id=epoch_id,
            gen=max((e.gen for e in roster.epochs.values()), default=0) + 1,
            team_key=team_key,
            recipients={d: m.kx_pub for d, m in roster.members.items()},
            recovery_pub=roster.recovery_pub,
            older=known_keys,
        )
        self._write_entry(roster.team_id, device_id, n, entry, signer)
        return epoch_id, team_key

    def remove_device(
        self, roster: Roster, *, device_id: str, last_seq: int, by: str, signer: Signer
    ) -> str:
        """Remove ``device_id``: its segments after ``last_seq`` and its roster entries after
        the last one ``roster`` holds no longer count, nor do its open invitations. Start a new
        epoch afterwards (:meth:`new_epoch`, on a fresh roster)."""
        entry = {
            "kind": "remove",
            "device_id": device_id,
            "last_seq": last_seq,
            "last_roster": roster.last_roster.get(device_id, 0),
            "cancel_invites": sorted(i.invite_id for i in roster.open_invites(by=device_id)),
        }
        n = self.next_roster_n(by, at_least=roster.last_roster.get(by, 0) + 1)
        return self._write_entry(roster.team_id, by, n, entry, signer)

    # --- segments and snapshots -------------------------------------------------------------

    def device_ids(self) -> list[str]:
        """The devices that have a segment folder (whether or not they are members)."""
        try:
            names = os.listdir(self.path / DEVICES)
        except OSError:
            return []
        return sorted(n for n in names if crypto.is_id(n))

    def _segment_path(self, device_id: str, seq: int) -> Path:
        if seq < 1:
            raise ValueError("segments are numbered from 1")
        return self.path / DEVICES / _check_id(device_id) / f"{seq:09d}.seg"

    def segments(self, device_id: str) -> list[int]:
        """The numbers of ``device_id``'s segments in the folder, in order."""
        try:
            names = os.listdir(self.path / DEVICES / _check_id(device_id))
        except OSError:
            return []
        found = [int(m[1]) for m in map(_SEGMENT_NAME.fullmatch, names) if m]
        return sorted(s for s in found if s >= 1)

    def write_segment(self, device_id: str, seq: int, data: bytes) -> Path:
        """Write a sealed segment. A segment is never rewritten: one already there is refused
        (``already_written``; read it back to see whether it is this device's own)."""
        target = self._segment_path(device_id, seq)
        if target.exists():
            raise TeamFileRefused("already_written")
        self._write(target, data)
        return target

    def read_segment(self, device_id: str, seq: int) -> bytes:
        data = self._read(self._segment_path(device_id, seq), None)
        assert data is not None
        return data

    def open_segment(
        self, device_id: str, seq: int, *, roster: Roster, epoch_keys: Mapping[str, bytes]
    ) -> tuple[Header, bytes]:
        """Read, check and open one segment (every refusal of :func:`crypto.open_sealed`, and
        ``unknown_device`` / ``removed_device`` from the roster)."""
        data = self.read_segment(device_id, seq)
        _check_team(data, roster)
        roster.check_segment(device_id, seq)
        return crypto.open_sealed(
            data,
            expect_team_id=roster.team_id,
            epoch_keys=epoch_keys,
            sign_pub_of=roster.sign_pub_of,
            expect_kind="segment",
            expect_device_id=device_id,
            expect_seq=seq,
        )

    def _snapshot_path(self, device_id: str, n: int) -> Path:
        return self.path / SNAPSHOTS / f"{_check_id(device_id)}-{n:09d}.snap"

    def snapshots(self) -> list[tuple[str, int]]:
        """Every (device id, number) of a snapshot in the folder."""
        try:
            names = os.listdir(self.path / SNAPSHOTS)
        except OSError:
            return []
        return sorted((m[1], int(m[2])) for m in map(_SNAPSHOT_NAME.fullmatch, names) if m)

    def latest_snapshots(self) -> dict[str, int]:
        """Each device's newest snapshot number."""
        latest: dict[str, int] = {}
        for device_id, n in self.snapshots():
            latest[device_id] = max(latest.get(device_id, 0), n)
        return latest

    def write_snapshot(self, device_id: str, n: int, data: bytes) -> Path:
        """Write a sealed snapshot (``n``: the number in its header), replacing one of the same
        number. Then :meth:`compact` removes this device's older ones."""
        target = self._snapshot_path(device_id, n)
        self._write(target, data)
        return target

    def read_snapshot(self, device_id: str, n: int) -> bytes:
        data = self._read(self._snapshot_path(device_id, n), None)
        assert data is not None
        return data

    def open_snapshot(
        self, device_id: str, n: int, *, roster: Roster, epoch_keys: Mapping[str, bytes]
    ) -> tuple[Header, bytes]:
        data = self.read_snapshot(device_id, n)
        _check_team(data, roster)
        roster.check_snapshot(device_id)
        return crypto.open_sealed(
            data,
            expect_team_id=roster.team_id,
            epoch_keys=epoch_keys,
            sign_pub_of=roster.sign_pub_of,
            expect_kind="snapshot",
            expect_device_id=device_id,
            expect_seq=n,
        )

    def compact(
        self, device_id: str, *, keep_snapshot: int, segments_through: int | None = None
    ) -> list[Path]:
        """Remove THIS device's snapshots older than ``keep_snapshot`` (only once that one is
        in the folder), and its segments up to ``segments_through`` when given (the caller
        knows every member has them, or the kept snapshot covers them). Never touches another
        device's files. Returns what was removed."""
        if not self._snapshot_path(device_id, keep_snapshot).is_file():
            return []
        doomed = [
            self._snapshot_path(d, n)
            for d, n in self.snapshots()
            if d == device_id and n < keep_snapshot
        ]
        if segments_through is not None:
            doomed += [
                self._segment_path(device_id, s)
                for s in self.segments(device_id)
                if s <= segments_through
            ]
        removed = []
        for path in doomed:
            with contextlib.suppress(FileNotFoundError):
                try:
                    path.unlink()
                except OSError as exc:
                    raise _storage_problem(exc) from exc
                removed.append(path)
        return removed

    # --- invitations ------------------------------------------------------------------------

    def claim_invite(self, invite_id: str, device_id: str | None = None) -> None:
        """Mark ``invite_id`` used, exclusively: a second claim is refused (``invite_used``).
        The file holds the claiming device's id, if given (nothing else)."""
        folder = self.path / INVITES
        target = folder / f"{_check_id(invite_id)}.claimed"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0))
        except FileExistsError:
            raise TeamFileRefused("invite_used") from None
        except OSError as exc:
            raise _storage_problem(exc) from exc
        try:
            if device_id is not None:
                os.write(fd, _check_id(device_id).encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        atomic.fsync_dir(folder)

    def invite_claimed(self, invite_id: str) -> bool:
        return (self.path / INVITES / f"{_check_id(invite_id)}.claimed").exists()

    # --- files ------------------------------------------------------------------------------

    def _write(self, target: Path, data: bytes) -> None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic.remove_stale(target.parent, _TEMP_NAME, older_than=STALE_AFTER)
            atomic.write_atomically(target, data, stale_after=STALE_AFTER)
        except OSError as exc:
            raise _storage_problem(exc) from exc

    @staticmethod
    def _read(path: Path, limit: int | None, *, quiet: bool = False) -> bytes | None:
        try:
            with open(path, "rb") as fh:
                data = fh.read() if limit is None else fh.read(limit + 1)
        except OSError:
            if quiet:
                return None
            raise TeamFileRefused("unreadable") from None
        if limit is not None and len(data) > limit:
            if quiet:
                return None
            raise TeamFileRefused("torn")
        return data


def _device_json(
    device_id: str, device_no: int, name: str, public: crypto.DevicePublic
) -> dict[str, Any]:
    return {
        "device_id": device_id,
        "device_no": device_no,
        "name": _text(name),
        "sign_pub": public.sign_pub.hex(),
        "kx_pub": public.kx_pub.hex(),
    }


def device_json(
    device_id: str, device_no: int, name: str, public: crypto.DevicePublic
) -> dict[str, Any]:
    """A DEVICE as roster entries hold it."""
    return _device_json(device_id, device_no, name, public)


def _epoch_entry(
    *,
    team_id: str,
    epoch_id: str,
    gen: int,
    team_key: bytes,
    recipients: Mapping[str, bytes],
    recovery_pub: bytes,
    older: Mapping[str, bytes],
) -> dict[str, Any]:
    previous = None
    older = {eid: k for eid, k in older.items() if eid != epoch_id}
    if older:
        nonce = secrets.token_bytes(crypto.NONCE_BYTES)
        ct = AESGCM(team_key).encrypt(
            nonce,
            crypto.canonical_json({eid: k.hex() for eid, k in older.items()}),
            _previous_aad(team_id, epoch_id),
        )
        previous = {"ids": sorted(older), "nonce": nonce.hex(), "ct": ct.hex()}
    return {
        "kind": "epoch",
        "epoch_id": epoch_id,
        "gen": gen,
        "wraps": {
            d: crypto.wrap_to_device(team_key, kx, team_id=team_id, device_id=d, epoch_id=epoch_id)
            for d, kx in sorted(recipients.items())
        },
        "recovery": crypto.wrap_to_device(
            team_key,
            recovery_pub,
            team_id=team_id,
            device_id=crypto.RECOVERY_DEVICE,
            epoch_id=epoch_id,
        ),
        "previous": previous,
    }


__all__ = [
    "Epoch",
    "Invite",
    "Member",
    "Removal",
    "Roster",
    "TeamFolder",
    "check_device_name",
    "device_json",
    "entry_name",
    "epoch_keys_for",
    "recover_epoch_keys",
]
