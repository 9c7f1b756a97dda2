"""What a CSO's database remembers about the shared network (no Qt here).

Kept as settings inside the encrypted database (nothing about any person; the keys are declared
in :mod:`db.settings`): the shared folder chosen on this laptop, the coordinator key trusted on
first use, the network file accepted last, how and when this CSO last published, the server's
address (never its token: that lives in the OS keyring, see
:func:`directory.server_client.save_token`) and the directory pulled from it; for the
coordinator, its own network file, the bundle revisions it accepted, and what it kept of
each CSO's last accepted bundle (its publisher block, to notice two laptops of a CSO that
publish figures that do not agree).

CSO admins write them audited; a coordinator account, which has no ``SETTINGS`` permission,
keeps the network's state unaudited (:func:`db.settings.keep`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from db import settings, sharing
from db.store import Store
from directory import signing
from directory.errors import NetworkInvalid
from directory.merge import LastPublisher
from directory.network import Network, parse_network

FOLDER, SERVER = "folder", "server"

# Why a publish failed (the publish record's ``problem``; the UI words them).
FOLDER_PROBLEM, UNREACHABLE, REFUSED = "folder", "unreachable", "refused"


def keep_changed(store: Store, values: Iterable[settings.Value[Any]]) -> None:
    """Keep the values that differ from what is kept, in one transaction (none: no write)."""
    changed = [v for v in values if settings.get(store, v.key) != v.value]
    if changed:
        sharing.keep_settings(store, changed)


# --- the shared folder -----------------------------------------------------------------------


def shared_folder(store: Store) -> Path | None:
    return settings.get(store, settings.SHARED_FOLDER)


def set_shared_folder(store: Store, path: Path) -> None:
    settings.keep(store, settings.SHARED_FOLDER, Path(path))


# --- the network file (CSO side) -------------------------------------------------------------


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
    """Trust the network's coordinator key and keep the network file for offline use, in one
    transaction (none when both are kept already)."""
    keep_changed(store, network_settings(network))


def network_settings(network: Network) -> list[settings.Value[Any]]:
    """What :func:`accept_network` keeps."""
    return [
        settings.Value(settings.TRUSTED_KEY, network.coordinator_key),
        settings.Value(settings.NETWORK_DOCUMENT, network.document()),
    ]


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

    def value(self) -> dict[str, Any]:
        """As it is kept (``settings.LAST_PUBLISH``)."""
        return asdict(self)


def remember_publish(store: Store, record: PublishRecord) -> None:
    sharing.record_publish(store, record.value())


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


def keep_server_directory(store: Store, services: list[dict[str, Any]]) -> None:
    settings.keep(store, settings.SERVER_DIRECTORY, services)


def server_directory(store: Store) -> list[dict[str, Any]] | None:
    """The service directory last pulled from the server, if any."""
    data = settings.get(store, settings.SERVER_DIRECTORY)
    return [s for s in data if isinstance(s, dict)] if data is not None else None


# --- the coordinator -------------------------------------------------------------------------


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


def seen(store: Store) -> dict[str, int]:
    return settings.get(store, settings.SEEN)


def keep_seen(store: Store, value: dict[str, int]) -> None:
    settings.keep(store, settings.SEEN, value)


def publishers(store: Store) -> dict[str, LastPublisher]:
    """What the coordinator kept of each CSO's last accepted bundle (a damaged entry is left
    out: the next merge keeps it again)."""
    kept: dict[str, LastPublisher] = {}
    for code, value in settings.get(store, settings.PUBLISHERS).items():
        try:
            kept[code] = LastPublisher.parse(value)
        except ValueError:
            continue
    return kept


def keep_publishers(store: Store, value: dict[str, LastPublisher]) -> None:
    document = {code: kept.document() for code, kept in sorted(value.items())}
    if settings.get(store, settings.PUBLISHERS) != document:
        settings.keep(store, settings.PUBLISHERS, document)
