"""The network operations the Share page, the coordinator's workspace and the headless
commands share (no Qt here): join, pull, publish through the sharing pipeline
(:mod:`directory.sharing.pipeline`), send what waits in the outbox, merge a folder. What the
database remembers about the network is :mod:`directory.sharing.memory`, re-exported here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.store import Store
from directory import folder as shared
from directory import server_client as client
from directory import signing
from directory.errors import BundleInvalid, FolderUnreachable, NetworkInvalid
from directory.folder import FolderTransport, require_folder
from directory.merge import LastPublisher, NetworkReport, merge
from directory.network import Network, parse_network, sign_network, utc_timestamp
from directory.server_client import ServerTransport
from directory.sharing import keys, pipeline
from directory.sharing.memory import (
    FOLDER,
    SERVER,
    UNREACHABLE,
    PublishRecord,
    accept_network,
    coordinator_network,
    keep_coordinator_network,
    keep_publishers,
    keep_seen,
    keep_server_directory,
    last_publish,
    publishers,
    remember_publish,
    seen,
    server_address,
    server_directory,
    set_server_address,
    set_shared_folder,
    set_transport,
    shared_folder,
    stored_network,
    transport,
    trust_state,
    trusted_key,
)
from directory.sharing.pipeline import Published, Pulled, Step, keep_pulled, pull

key_fingerprint_hex = signing.key_fingerprint_hex


def load_network_file(path: Path) -> Network:
    """A network file (``network.json`` of a folder, or one received otherwise), checked to be
    signed by the key it names. Whether that key is *trusted* is :func:`trust_state`'s job."""
    try:
        document = shared.read_json_file(Path(path))
    except BundleInvalid as exc:
        raise NetworkInvalid(exc.reason) from None
    network = parse_network(document)
    if not signing.verify(document, network.coordinator_key):
        raise NetworkInvalid("bad_signature")
    return network


def folder_transport(store: Store, folder: Path | None = None) -> FolderTransport:
    """The shared folder (the one chosen on this laptop unless ``folder`` is given)."""
    return FolderTransport(folder if folder is not None else shared_folder(store))


def server_transport(
    store: Store, url: str, network_id: str, token: str | None = None, attempts: int = 3
) -> ServerTransport:
    """The coordination server; the token kept in the OS keyring unless one is given.
    Raises :class:`db.errors.KeyringUnavailable`, :class:`client.ServerError` ``no_token``."""
    token = token or client.load_token(url, network_id, store.cso.code)
    return ServerTransport(url, network_id, token, attempts=attempts)


# --- publishing ------------------------------------------------------------------------------


def publish(
    store: Store, network: Network, folder: Path | None, *, step: Step | None = None
) -> Published:
    """Publish this CSO's bundle to the folder for ``network``; remember how it went either
    way. Raises :class:`FolderUnreachable`."""
    return pipeline.publish(store, FolderTransport(folder), network, step=step)


def publish_server(
    store: Store,
    url: str,
    network_id: str,
    token: str | None = None,
    attempts: int = 3,
    *,
    step: Step | None = None,
) -> Published:
    """Publish this CSO's bundle to the server: pull the network file (coordinator key pinned;
    trusted on first use), build, sign, send. Offline, the network file kept from the last
    pull is used and the bundle waits in the outbox (inside this database) for
    :func:`send_waiting` or the next publish. Remembers how it went. Raises
    :class:`directory.server_client.ServerError` (refused, or unreachable with nothing
    built), :class:`db.errors.KeyringUnavailable`, :class:`directory.errors.NotAMember`."""
    transport = server_transport(store, url, network_id, token, attempts)
    return pipeline.publish(store, transport, step=step)


def server_address_problem(url: str, network_id: str) -> str:
    """``""`` when usable; else ``url`` (not http(s)://host) or ``network`` (not a code)."""
    url = url.strip()
    if not url.startswith(("https://", "http://")) or len(url.split("://", 1)[1].strip("/")) == 0:
        return "url"
    try:
        client.api_url(url, network_id.strip())
    except ValueError:
        return "network"
    return ""


def plain_http(url: str) -> bool:
    """True for an unencrypted address that is not this computer (the token would travel
    in the clear)."""
    url = url.strip().lower()
    if not url.startswith("http://"):
        return False
    host = url[len("http://") :].split("/", 1)[0].rsplit(":", 1)[0]
    return host not in ("127.0.0.1", "localhost", "[::1]")


def waiting_revision(store: Store, url: str, network_id: str) -> int | None:
    """The revision waiting in the server outbox, if any."""
    if server_address_problem(url, network_id):
        return None
    bundle = client.pending_bundle(store, url, network_id)
    return None if bundle is None else bundle.revision


def send_waiting(
    store: Store, url: str, network_id: str, token: str | None = None, attempts: int = 3
) -> client.PublishResult | None:
    """Send the bundle waiting in the outbox (None when nothing waits); remembers it."""
    token = token or client.load_token(url, network_id, store.cso.code)
    try:
        result = client.send_outbox(store, url, network_id, token, attempts=attempts)
    except client.ServerUnreachable:
        waiting = waiting_revision(store, url, network_id)
        remember_publish(
            store, PublishRecord(utc_timestamp(), url, None, UNREACHABLE, SERVER, waiting)
        )
        raise
    if result is not None:
        remember_publish(store, PublishRecord(utc_timestamp(), url, result.revision, "", SERVER))
    return result


# --- the coordinator -------------------------------------------------------------------------


def coordinator_key(store: Store) -> bytes:
    return keys.ensure_network_signing_key(store)


def revise(network: Network, key: bytes, **changes: Any) -> Network:
    """The network with ``changes`` (plain JSON values), next revision, signed again."""
    data = network.document()
    data.pop("signature", None)
    data.update(changes)
    data["revision"] = network.revision + 1
    data["created_at"] = utc_timestamp()
    return sign_network(parse_network(data), key)


@dataclass
class MergeResult:
    read: shared.ReadResult
    report: NetworkReport
    directory_written: bool


def merge_folder(
    folder: Path,
    network: Network,
    previous: dict[str, int] | None = None,
    key: bytes | None = None,
    history: dict[str, LastPublisher] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> MergeResult:
    """Read every bundle of the folder and merge the valid ones. With the coordinator's
    ``key``, the merged service directory is written back for the CSOs to pull. ``history``:
    what was kept of each CSO's last accepted bundle (keep ``report.publishers`` for the next
    merge); the report's ``divergences`` name the CSOs whose laptops published bundles that do
    not agree, in the folder now or against the bundle accepted before. ``progress(done,
    total)``: the bytes of the bundles read; raising in it (the user cancelled) stops the
    merge before anything is written (it is called once more after merging, before the
    directory is written)."""
    folder = require_folder(folder)
    read_total = [0]

    def reading(done: int, total: int) -> None:
        read_total[0] = total
        if progress is not None:
            progress(done, total)

    read = shared.read_bundles(folder, network, previous, progress=reading)
    report = merge([*read.accepted, *read.copies], network, history=history)
    if progress is not None:
        progress(read_total[0], read_total[0])  # merged: the last point to stop at
    written = False
    if key is not None:
        try:
            shared.write_directory(folder, report, network, key)
            written = True
        except OSError:
            written = False
    return MergeResult(read, report, written)


__all__ = [
    "FOLDER",
    "SERVER",
    "FolderUnreachable",
    "MergeResult",
    "PublishRecord",
    "Published",
    "Pulled",
    "accept_network",
    "coordinator_key",
    "coordinator_network",
    "folder_transport",
    "keep_coordinator_network",
    "keep_publishers",
    "keep_pulled",
    "keep_seen",
    "keep_server_directory",
    "key_fingerprint_hex",
    "last_publish",
    "load_network_file",
    "merge_folder",
    "plain_http",
    "publish",
    "publish_server",
    "publishers",
    "pull",
    "require_folder",
    "revise",
    "seen",
    "send_waiting",
    "server_address",
    "server_address_problem",
    "server_directory",
    "server_transport",
    "set_server_address",
    "set_shared_folder",
    "set_transport",
    "shared_folder",
    "stored_network",
    "transport",
    "trust_state",
    "trusted_key",
]
