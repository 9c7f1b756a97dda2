"""The shared-folder transport: a network drive, a OneDrive/Google Drive folder, a USB stick.

Layout of the shared folder::

    network.json          the network file, written by the coordinator
    directory.json        the merged service directory, written by the coordinator
    bundles/<CSO>.json    one bundle per CSO, written only by that CSO
    feedback/<CSO>.json   one CSO's sealed referral feedback (:mod:`directory.feedback`):
                          signed envelopes, each openable only by the CSO it is addressed to

Writes are atomic (a temporary file in the same folder, fsync, ``os.replace``), so a reader
sees the old file or the new one, never half of one; torn files (a sync client copying
mid-write, a pulled USB stick) are skipped all the same. Readers trust nothing in the folder:
every file is size-limited, depth-checked, schema-validated, signature-checked against the key
the network file registers for that CSO, and must not go back in revision. Cloud "conflicted
copy" duplicates (``BEAM (conflicted copy 2025-03-01).json``, ``BEAM (1).json``,
``BEAM-DESKTOP-ABC.json``) are read too, and the highest valid revision wins.

Reason codes of rejected files (stable; the UI translates them): ``bad_filename``,
``not_a_file``, ``too_large``, ``unreadable``, ``unparsable``, ``too_deep``,
``duplicate_key`` (an object names a member twice), ``unknown_schema``, ``invalid``,
``other_network``, ``filename_mismatch``, ``unknown_member``, ``wrong_key``,
``bad_signature``, ``threshold_too_low``, ``small_cell``, ``stale_revision``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import zlib
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db import atomic
from db.store import Store
from directory import signing
from directory.bundle_schema import Bundle
from directory.documents import DIRECTORY_SCHEMA, encode, read_json_file, read_limited
from directory.errors import BundleInvalid, FolderUnreachable, NetworkInvalid
from directory.feedback import FeedbackRefused, envelopes_of
from directory.merge import NetworkReport
from directory.network import CSO_CODE_RE, Network, utc_timestamp
from directory.sharing import memory, pipeline
from directory.validation import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    check_bundle,
    check_bundle_bytes,
    check_network_document,
    depth_within,
    parse_bundle,
)

BUNDLES_DIR = "bundles"
FEEDBACK_DIR = "feedback"
NETWORK_FILE = "network.json"
DIRECTORY_FILE = "directory.json"

_CODE = r"[A-Z][A-Z0-9]{1,11}"
# The CSO's own file, and what cloud sync clients make of it when two copies collide.
_NAME_PATTERNS = (
    re.compile(rf"^({_CODE})\.json$"),
    re.compile(rf"^({_CODE}) \([^()/\\]{{0,80}}conflicted copy[^()/\\]{{0,80}}\)\.json$"),
    re.compile(rf"^({_CODE}) \(\d{{1,4}}\)\.json$"),
    re.compile(rf"^({_CODE})-[A-Za-z0-9-]{{1,60}}\.json$"),
)

# A temp file of a killed write, removed by the next write of the same file after this long.
STALE_TEMP_SECONDS = 600.0
_TEMP = re.compile(rf"^\.{_CODE}\.json\.[A-Za-z0-9_]{{1,40}}\.tmp$")


@dataclass(frozen=True)
class Rejected:
    filename: str
    reason: str


@dataclass
class ReadResult:
    """What :func:`read_bundles` found. ``seen`` is the highest revision accepted per CSO so
    far (keep it and pass it to the next read, so an older file cannot come back).
    ``copies``: the valid bundles of the files in ``superseded`` (a CSO's other copies, e.g.
    written by another of its laptops), which the merge compares with the one it counts."""

    accepted: list[Bundle]
    rejected: list[Rejected]
    superseded: list[str] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict)
    copies: list[Bundle] = field(default_factory=list)


def check_cso_code(code: str) -> str:
    """The code, if it is a valid CSO code (which makes it a safe file name)."""
    if not isinstance(code, str) or not CSO_CODE_RE.fullmatch(code):
        raise BundleInvalid("bad_filename")
    return code


def bundle_path(folder: Path, code: str) -> Path:
    return Path(folder) / BUNDLES_DIR / f"{check_cso_code(code)}.json"


def code_from_filename(name: str) -> str | None:
    """The CSO code a bundle file name stands for (including conflicted copies), or None."""
    for pattern in _NAME_PATTERNS:
        m = pattern.fullmatch(name)
        if m:
            return m.group(1)
    return None


def write_atomically(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename over the target, fsync the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Other computers write into a shared folder too and their locks cannot be seen from here:
    # only a temp file of this target left untouched for a while is taken for a leftover.
    atomic.write_atomically(path, data, mode=0o600, stale_after=STALE_TEMP_SECONDS)


# --- reading untrusted files -------------------------------------------------------------------


# Bundles already validated, with their bytes, by a checksum of those bytes (with the CSO the
# file name says and the network they were checked against): the coordinator reads the folder
# again and again, and a file that did not change is not parsed, validated and verified again.
# A file is taken from here only when its bytes are the very bytes validated (a checksum is
# quick, not proof); a changed network file (a key, a member, the threshold) is a new key.
_VALIDATED: OrderedDict[tuple[int, int, str, bytes], tuple[bytes, Bundle]] = OrderedDict()
_VALIDATED_MAX = 512


def _network_key(network: Network) -> bytes:
    return hashlib.sha256(network.model_dump_json(by_alias=True).encode()).digest()


def _checksum(data: bytes) -> int:
    return zlib.crc32(data)  # (a third of the time of a SHA-256 of a large bundle)


def _checked(data: bytes, network: Network, code: str, network_key: bytes) -> Bundle:
    key = (len(data), _checksum(data), code, network_key)
    known = _VALIDATED.get(key)
    if known is not None and known[0] == data:
        _VALIDATED.move_to_end(key)
        return known[1]
    bundle = check_bundle_bytes(data, network, code)
    _VALIDATED[key] = (data, bundle)
    _VALIDATED.move_to_end(key)
    while len(_VALIDATED) > _VALIDATED_MAX:
        _VALIDATED.popitem(last=False)
    return bundle


def _file_size(entry: os.DirEntry[str]) -> int:
    try:
        return entry.stat().st_size
    except OSError:
        return 0  # gone meanwhile: reading it says so


def read_bundles(
    folder: Path,
    network: Network,
    seen: Mapping[str, int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ReadResult:
    """Read every bundle in ``folder/bundles``; keep the highest valid revision per CSO.

    Files that fail a check are listed in ``rejected`` with a reason code and skipped; the
    rest are still read. ``seen`` (from the previous read) makes older revisions stale.
    ``progress(done, total)``: the bytes of the files read so far, of all of them; raising
    in it stops the reading (nothing is written here).
    """
    seen = dict(seen or {})
    network_key = _network_key(network)
    rejected: list[Rejected] = []
    candidates: dict[str, list[tuple[int, bool, str, Bundle]]] = {}
    directory = Path(folder) / BUNDLES_DIR
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except FileNotFoundError:
        entries = []
    # (A CSO's write in progress is skipped: see write_atomically.)
    entries = [entry for entry in entries if not _TEMP.fullmatch(entry.name)]
    sizes = [_file_size(entry) for entry in entries] if progress is not None else []
    total, done = sum(sizes), 0
    for i, entry in enumerate(entries):
        if progress is not None:
            progress(done, total)
            done += sizes[i]
        name = entry.name
        code = code_from_filename(name)
        if code is None:
            rejected.append(Rejected(name, "bad_filename"))
            continue
        try:
            bundle = _checked(read_limited(Path(entry.path)), network, code, network_key)
        except BundleInvalid as exc:
            rejected.append(Rejected(name, exc.reason))
            continue
        if bundle.revision < seen.get(code, 0):
            rejected.append(Rejected(name, "stale_revision"))
            continue
        candidates.setdefault(code, []).append(
            (bundle.revision, name == f"{code}.json", name, bundle)
        )
    accepted: list[Bundle] = []
    superseded: list[str] = []
    copies: list[Bundle] = []
    for code in sorted(candidates):
        ranked = sorted(candidates[code], key=lambda c: (c[0], c[1], c[2]), reverse=True)
        best = ranked[0][3]
        accepted.append(best)
        superseded += [c[2] for c in ranked[1:]]
        copies += [c[3] for c in ranked[1:]]
        seen[code] = max(seen.get(code, 0), best.revision)
    if progress is not None:
        progress(total, total)
    return ReadResult(accepted, rejected, superseded, seen, copies)


# --- writing ------------------------------------------------------------------------------------


def read_network(folder: Path, trusted_coordinator_key: str | None = None) -> Network:
    """The network file of the shared folder, checked against the coordinator's key."""
    try:
        document = read_json_file(Path(folder) / NETWORK_FILE)
    except BundleInvalid as exc:
        raise NetworkInvalid(exc.reason) from None
    return check_network_document(document, trusted_coordinator_key)


def write_network(folder: Path, network: Network) -> None:
    """Write the (signed) network file: coordinator only."""
    if network.signature is None:
        raise NetworkInvalid("unsigned")
    write_atomically(Path(folder) / NETWORK_FILE, encode(network.document()))


def write_directory(
    folder: Path, report: NetworkReport, network: Network, coordinator_private_key: bytes
) -> dict[str, Any]:
    """Write the merged service directory (Open Referral HSDS 3.0 services), signed by the
    coordinator, as ``directory.json``. Coordinator only; returns the document."""
    from directory.exports import directory_hsds  # exports builds on merge: import late

    if signing.public_key_hex(coordinator_private_key) != network.coordinator_key:
        raise NetworkInvalid("wrong_coordinator_key")
    document: dict[str, Any] = {
        "schema": DIRECTORY_SCHEMA,
        "network_id": network.network_id,
        "created_at": utc_timestamp(),
        "services": directory_hsds(report),
    }
    document["signature"] = signing.sign(document, coordinator_private_key)
    write_atomically(Path(folder) / DIRECTORY_FILE, encode(document))
    return document


def read_directory(folder: Path, network: Network) -> list[dict[str, Any]]:
    """The merged directory's services, if ``directory.json`` is signed by the coordinator."""
    try:
        document = read_json_file(Path(folder) / DIRECTORY_FILE)
    except BundleInvalid as exc:
        raise NetworkInvalid(exc.reason) from None
    if (
        not isinstance(document, dict)
        or document.get("schema") != DIRECTORY_SCHEMA
        or document.get("network_id") != network.network_id
        or not isinstance(document.get("services"), list)
    ):
        raise NetworkInvalid("invalid")
    if not signing.verify(document, network.coordinator_key):
        raise NetworkInvalid("bad_signature")
    services: list[dict[str, Any]] = document["services"]
    return services


def write_bundle(folder: Path, bundle: Bundle) -> Path:
    """Write a signed bundle as ``bundles/<CSO>.json``, atomically."""
    if bundle.signature is None:
        raise BundleInvalid("unsigned")
    path = bundle_path(folder, bundle.cso.code)
    write_atomically(path, encode(bundle.document()))
    return path


def _revision_in_folder(folder: Path, code: str) -> int:
    """The revision of this CSO's file already in the folder (e.g. written before a database
    was restored from an older backup), so the next one is higher."""
    try:
        document = read_json_file(bundle_path(folder, code))
    except BundleInvalid:
        return 0
    revision = document.get("revision") if isinstance(document, dict) else None
    return revision if isinstance(revision, int) and not isinstance(revision, bool) else 0


# --- sealed referral feedback --------------------------------------------------------------------


def feedback_path(folder: Path, code: str) -> Path:
    return Path(folder) / FEEDBACK_DIR / f"{check_cso_code(code)}.json"


def write_feedback(folder: Path, code: str, document: Mapping[str, Any]) -> Path:
    """Write this CSO's feedback document (:func:`directory.feedback.feedback_document`)."""
    path = feedback_path(folder, code)
    write_atomically(path, encode(document))
    return path


def read_feedback(folder: Path) -> list[Any]:
    """Every envelope of every feedback file in the folder (conflicted copies too), each still
    to be checked and opened (:func:`directory.feedback.open_all`); unreadable files are
    skipped."""
    envelopes: list[Any] = []
    try:
        entries = sorted(os.scandir(Path(folder) / FEEDBACK_DIR), key=lambda e: e.name)
    except FileNotFoundError:
        return envelopes
    for entry in entries:
        if _TEMP.fullmatch(entry.name) or code_from_filename(entry.name) is None:
            continue
        try:
            envelopes += envelopes_of(read_json_file(Path(entry.path)))
        except (BundleInvalid, FeedbackRefused):
            continue
    return envelopes


def require_folder(path: Path | None) -> Path:
    """The folder, if it can be reached now."""
    if path is None or not Path(path).is_dir():
        raise FolderUnreachable(Path(path or ""))
    return Path(path)


@dataclass(frozen=True)
class FolderTransport:
    """The shared folder as a :class:`directory.sharing.pipeline.Transport`. Nothing waits
    in an outbox: an unreachable folder is found before a revision is claimed."""

    folder: Path | None

    kind = memory.FOLDER
    network_id = None
    outbox = None
    keeps_directory = False

    @property
    def address(self) -> str:
        return str(self.folder or "")

    def fetch_network(self, trusted_key: str | None) -> Network:
        return read_network(require_folder(self.folder), trusted_key)

    def fetch_directory(self, network: Network) -> list[dict[str, Any]] | None:
        try:
            return read_directory(require_folder(self.folder), network)
        except NetworkInvalid:
            return None  # none written yet (or not the coordinator's): nothing to show

    def floor(self, code: str) -> int:
        return _revision_in_folder(require_folder(self.folder), code) + 1

    def deliver(self, bundle: Bundle) -> pipeline.Delivery:
        try:
            write_bundle(require_folder(self.folder), bundle)
        except OSError:
            raise FolderUnreachable(Path(self.folder or "")) from None
        return pipeline.Delivery()

    def deliver_feedback(self, code: str, document: dict[str, Any]) -> None:
        try:
            write_feedback(require_folder(self.folder), code, document)
        except OSError:
            raise FolderUnreachable(Path(self.folder or "")) from None

    def fetch_feedback(self, code: str) -> list[Any]:
        return read_feedback(require_folder(self.folder))

    def problem(self, error: Exception) -> str | None:
        if isinstance(error, FolderUnreachable | OSError):
            return memory.FOLDER_PROBLEM
        return None


def publish_bundle(
    store: Store, network: Network, folder: Path, *, today: dt.date | None = None
) -> Bundle:
    """Build, sign and write this CSO's bundle into the shared folder (the sharing pipeline
    over a :class:`FolderTransport`). Returns what was written (show it to the user: it is
    exactly what leaves the machine)."""
    return pipeline.publish(store, FolderTransport(folder), network, today=today).bundle


__all__ = [
    "DIRECTORY_SCHEMA",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "FolderTransport",
    "ReadResult",
    "Rejected",
    "bundle_path",
    "check_bundle",
    "check_bundle_bytes",
    "code_from_filename",
    "depth_within",
    "encode",
    "feedback_path",
    "parse_bundle",
    "publish_bundle",
    "read_bundles",
    "read_directory",
    "read_feedback",
    "read_json_file",
    "read_limited",
    "read_network",
    "require_folder",
    "write_atomically",
    "write_bundle",
    "write_directory",
    "write_feedback",
    "write_network",
]
