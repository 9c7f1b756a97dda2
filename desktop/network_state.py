"""What this database remembers about the shared network, and the network operations the
Share page, the coordinator's workspace and the headless commands share. No Qt here.

Kept as settings inside the encrypted database (nothing about any person; the keys are declared
in :mod:`db.settings`): the shared folder chosen on this laptop, the coordinator key trusted on
first use, the network file accepted last, how and when this CSO last published, the server's
address (never its token: that lives in the OS keyring, see
:func:`directory.server_client.save_token`) and the directory pulled from it; for the
coordinator, its own network file and the bundle revisions it accepted.

CSO admins write them audited; a coordinator account, which has no ``SETTINGS`` permission,
keeps the network's state unaudited (:func:`db.settings.keep`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import settings
from db.errors import SaphanError
from db.sharing import ensure_network_signing_key, key_fingerprint
from db.store import Store
from directory import folder as shared
from directory import server_client as client
from directory import signing
from directory.bundle import Bundle
from directory.errors import BundleInvalid, NetworkInvalid
from directory.merge import NetworkReport, merge
from directory.network import Network, parse_network, sign_network, utc_timestamp

FOLDER, SERVER = "folder", "server"


class FolderUnreachable(SaphanError):
    """The shared folder is not there (a USB stick out, a network drive offline)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


# --- the shared folder -----------------------------------------------------------------------


def shared_folder(store: Store) -> Path | None:
    return settings.get(store, settings.SHARED_FOLDER)


def set_shared_folder(store: Store, path: Path) -> None:
    settings.keep(store, settings.SHARED_FOLDER, Path(path))


def require_folder(path: Path | None) -> Path:
    """The folder, if it can be reached now."""
    if path is None or not Path(path).is_dir():
        raise FolderUnreachable(Path(path or ""))
    return Path(path)


# --- the network file (CSO side) -------------------------------------------------------------


def key_fingerprint_hex(public_key_hex: str) -> str:
    return key_fingerprint(bytes.fromhex(public_key_hex))


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


def trusted_key(store: Store) -> str | None:
    return settings.get(store, settings.TRUSTED_KEY)


def trust_state(store: Store, network: Network) -> str:
    """ "new" (no coordinator key trusted yet), "same", or "changed" (a different key signed
    this network file than the one trusted before: ask before accepting it)."""
    known = trusted_key(store)
    if known is None:
        return "new"
    return "same" if known == network.coordinator_key else "changed"


def accept_network(store: Store, network: Network) -> None:
    """Trust the network's coordinator key and keep the network file for offline use."""
    settings.keep(store, settings.TRUSTED_KEY, network.coordinator_key)
    settings.keep(store, settings.NETWORK_DOCUMENT, network.document())


def stored_network(store: Store) -> Network | None:
    """The network file accepted last, if it is still signed by the trusted key."""
    document = settings.get(store, settings.NETWORK_DOCUMENT)
    if document is None:
        return None
    try:
        network = parse_network(document)
    except (ValueError, NetworkInvalid):
        return None
    key = trusted_key(store)
    if key != network.coordinator_key or not signing.verify(network.document(), key):
        return None
    return network


def pull(store: Store, folder: Path) -> tuple[Network, list[dict[str, Any]] | None]:
    """Read the folder's network file (trusted key checked) and its directory, if any."""
    folder = require_folder(folder)
    network = shared.read_network(folder, trusted_key(store))
    accept_network(store, network)
    try:
        services = shared.read_directory(folder, network)
    except NetworkInvalid:
        services = None
    return network, services


# --- publishing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishRecord:
    at: str  # UTC timestamp
    folder: str
    revision: int | None  # None: it failed
    problem: str = ""  # a reason code when it failed ("folder", "unreachable", "refused")
    transport: str = FOLDER  # ``folder`` is the folder's path then, ``server`` its address
    waiting: int | None = None  # the revision left in the server outbox, if any

    @property
    def ok(self) -> bool:
        return self.revision is not None


def publish(store: Store, network: Network, folder: Path | None) -> Bundle:
    """Publish this CSO's bundle to the folder; remember how it went either way."""
    try:
        bundle = shared.publish_bundle(store, network, require_folder(folder))
    except FolderUnreachable:
        _remember_publish(store, PublishRecord(utc_timestamp(), str(folder or ""), None, "folder"))
        raise
    except OSError:
        _remember_publish(store, PublishRecord(utc_timestamp(), str(folder), None, "folder"))
        raise FolderUnreachable(Path(folder or "")) from None
    _remember_publish(store, PublishRecord(utc_timestamp(), str(folder), bundle.revision))
    return bundle


def _remember_publish(store: Store, record: PublishRecord) -> None:
    settings.keep(store, settings.LAST_PUBLISH, dict(record.__dict__))


def last_publish(store: Store) -> PublishRecord | None:
    data = settings.get(store, settings.LAST_PUBLISH)
    try:
        return PublishRecord(**data) if data is not None else None
    except TypeError:
        return None


# --- the coordination server ----------------------------------------------------------------


def transport(store: Store) -> str:
    return SERVER if settings.get(store, settings.TRANSPORT) == SERVER else FOLDER


def set_transport(store: Store, value: str) -> None:
    if value not in (FOLDER, SERVER):
        raise ValueError(value)
    if settings.get(store, settings.TRANSPORT) != value:
        settings.keep(store, settings.TRANSPORT, value)


def server_address(store: Store) -> tuple[str, str]:
    """The server's URL and the network code chosen on this laptop (either may be empty)."""
    return settings.get(store, settings.SERVER_URL), settings.get(store, settings.SERVER_NETWORK)


def set_server_address(store: Store, url: str, network_id: str) -> None:
    url, network_id = url.strip().rstrip("/"), network_id.strip()
    if settings.get(store, settings.SERVER_URL) != url:
        settings.keep(store, settings.SERVER_URL, url)
    if settings.get(store, settings.SERVER_NETWORK) != network_id:
        settings.keep(store, settings.SERVER_NETWORK, network_id)


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


@dataclass(frozen=True)
class ServerOutcome:
    bundle: Bundle | None  # None: nothing could be built (offline, no network file kept)
    result: client.PublishResult | None
    network: Network | None  # the network file used (pulled, or kept from the last pull)
    newly_trusted: bool = False

    @property
    def queued(self) -> bool:
        return self.result is None or self.result.queued


def publish_server(
    store: Store, url: str, network_id: str, token: str | None = None, attempts: int = 3
) -> ServerOutcome:
    """Publish this CSO's bundle to the server (the CLI's ``publish --server``): pull the
    network file (coordinator key pinned; trusted on first use), build, sign, send. Offline,
    the network file kept from the last pull is used and the bundle waits in the outbox
    (inside this database) for :func:`send_waiting` or the next publish. Remembers how it went.
    Raises :class:`directory.server_client.ServerError` (refused, or unreachable with nothing
    built), :class:`db.errors.KeyringUnavailable`, :class:`directory.errors.NotAMember`."""
    token = token or client.load_token(url, network_id, store.cso.code)
    newly_trusted = False
    try:
        try:
            network = client.pull_network(url, network_id, token, trusted_key(store))
        except client.ServerUnreachable:
            kept = stored_network(store)
            if kept is None or kept.network_id != network_id:
                raise
            network = kept
        else:
            newly_trusted = trust_state(store, network) == "new"
            accept_network(store, network)
        bundle, result = client.publish_via_server(
            store, url, network_id, token=token, network=network, attempts=attempts
        )
    except client.ServerUnreachable:
        _remember_publish(
            store,
            PublishRecord(
                utc_timestamp(), url, None, "unreachable", SERVER, _waiting(store, url, network_id)
            ),
        )
        raise
    except client.ServerError:
        _remember_publish(store, PublishRecord(utc_timestamp(), url, None, "refused", SERVER))
        raise
    if result.queued:
        record = PublishRecord(utc_timestamp(), url, None, "unreachable", SERVER, bundle.revision)
    else:
        record = PublishRecord(utc_timestamp(), url, bundle.revision, "", SERVER)
    _remember_publish(store, record)
    return ServerOutcome(bundle, result, network, newly_trusted)


def _waiting(store: Store, url: str, network_id: str) -> int | None:
    bundle = client.pending_bundle(store, url, network_id)
    return None if bundle is None else bundle.revision


def waiting_revision(store: Store, url: str, network_id: str) -> int | None:
    """The revision waiting in the server outbox, if any."""
    if server_address_problem(url, network_id):
        return None
    return _waiting(store, url, network_id)


def send_waiting(
    store: Store, url: str, network_id: str, token: str | None = None, attempts: int = 3
) -> client.PublishResult | None:
    """Send the bundle waiting in the outbox (None when nothing waits); remembers it."""
    token = token or client.load_token(url, network_id, store.cso.code)
    try:
        result = client.send_outbox(store, url, network_id, token, attempts=attempts)
    except client.ServerUnreachable:
        waiting = _waiting(store, url, network_id)
        _remember_publish(
            store, PublishRecord(utc_timestamp(), url, None, "unreachable", SERVER, waiting)
        )
        raise
    if result is not None:
        _remember_publish(store, PublishRecord(utc_timestamp(), url, result.revision, "", SERVER))
    return result


def pull_server(
    store: Store, url: str, network_id: str, token: str | None = None
) -> tuple[Network, list[dict[str, Any]]]:
    """The network file (signed by the key it names; whether that key is *trusted* is the
    caller's question, see :func:`trust_state`) and the merged directory from the server.
    Nothing is kept here: accept the network, then :func:`keep_server_directory`."""
    token = token or client.load_token(url, network_id, store.cso.code)
    network = client.pull_network(url, network_id, token)
    return network, client.pull_directory(url, network_id, token)


def keep_server_directory(store: Store, services: list[dict[str, Any]]) -> None:
    settings.keep(store, settings.SERVER_DIRECTORY, services)


def server_directory(store: Store) -> list[dict[str, Any]] | None:
    """The service directory last pulled from the server, if any."""
    data = settings.get(store, settings.SERVER_DIRECTORY)
    return [s for s in data if isinstance(s, dict)] if data is not None else None


# --- the coordinator -------------------------------------------------------------------------


def coordinator_key(store: Store) -> bytes:
    return ensure_network_signing_key(store)


def coordinator_network(store: Store) -> Network | None:
    document = settings.get(store, settings.COORDINATOR_NETWORK)
    if document is None:
        return None
    try:
        return parse_network(document)
    except (ValueError, NetworkInvalid):
        return None


def keep_coordinator_network(store: Store, network: Network) -> None:
    settings.keep(store, settings.COORDINATOR_NETWORK, network.document())


def revise(network: Network, key: bytes, **changes: Any) -> Network:
    """The network with ``changes`` (plain JSON values), next revision, signed again."""
    data = network.document()
    data.pop("signature", None)
    data.update(changes)
    data["revision"] = network.revision + 1
    data["created_at"] = utc_timestamp()
    return sign_network(parse_network(data), key)


def seen(store: Store) -> dict[str, int]:
    return settings.get(store, settings.SEEN)


def keep_seen(store: Store, value: dict[str, int]) -> None:
    settings.keep(store, settings.SEEN, value)


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
) -> MergeResult:
    """Read every bundle of the folder and merge the valid ones. With the coordinator's
    ``key``, the merged service directory is written back for the CSOs to pull."""
    folder = require_folder(folder)
    read = shared.read_bundles(folder, network, previous)
    report = merge(read.accepted, network)
    written = False
    if key is not None:
        try:
            shared.write_directory(folder, report, network, key)
            written = True
        except OSError:
            written = False
    return MergeResult(read, report, written)
