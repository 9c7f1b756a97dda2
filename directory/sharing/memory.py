"""What a CSO's database remembers about the shared network (no Qt here).

Kept as settings inside the encrypted database (nothing about any person):

- ``network/shared_folder``: the shared folder chosen on this laptop;
- ``network/coordinator_key``: the coordinator's public key, trusted on first use;
- ``network/document``: the last network file accepted (so the preview works offline);
- ``network/last_publish``: when and what was last published (JSON);
- ``network/transport``: how this CSO shares, ``folder`` (the default) or ``server``;
- ``network/server_url``, ``network/server_network``: the coordination server and network code
  (the server token is never here: it lives in the OS keyring, see
  :func:`directory.server_client.save_token`);
- ``network/server_directory``: the service directory last pulled from the server (JSON);
- ``coordinator/network``: the coordinator's own network file (signed);
- ``coordinator/seen``: the highest bundle revision accepted per CSO (JSON).

CSO admins write them as audited settings (``put_setting``); a coordinator account, which has
no ``SETTINGS`` permission, keeps the network's state with ``remember_setting``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from db import settings, sharing
from db.permissions import Permission
from db.store import Store
from directory import signing
from directory.errors import NetworkInvalid
from directory.network import Network, parse_network

SHARED_FOLDER = "network/shared_folder"
TRUSTED_KEY = "network/coordinator_key"
NETWORK_DOCUMENT = "network/document"
LAST_PUBLISH = settings.LAST_PUBLISH
COORDINATOR_NETWORK = "coordinator/network"
SEEN = "coordinator/seen"
TRANSPORT = "network/transport"
SERVER_URL = "network/server_url"
SERVER_NETWORK = "network/server_network"
SERVER_DIRECTORY = "network/server_directory"
FOLDER, SERVER = "folder", "server"

# Why a publish failed (the publish record's ``problem``; the UI words them).
FOLDER_PROBLEM, UNREACHABLE, REFUSED = "folder", "unreachable", "refused"


def keep(store: Store, key: str, value: str) -> None:
    if store.can(Permission.SETTINGS):
        settings.put_setting(store, key, value)
    else:
        settings.remember_setting(store, key, value)


def keep_changed(store: Store, values: Mapping[str, str]) -> None:
    """Keep the values that differ from what is kept, in one transaction (none: no write)."""
    changed = {k: v for k, v in values.items() if settings.get_setting(store, k) != v}
    if changed:
        sharing.keep_settings(store, changed)


# --- the shared folder -----------------------------------------------------------------------


def shared_folder(store: Store) -> Path | None:
    text = settings.get_setting(store, SHARED_FOLDER)
    return Path(text) if text else None


def set_shared_folder(store: Store, path: Path) -> None:
    keep(store, SHARED_FOLDER, str(path))


# --- the network file (CSO side) -------------------------------------------------------------


def trusted_key(store: Store) -> str | None:
    return settings.get_setting(store, TRUSTED_KEY) or None


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


def network_settings(network: Network) -> dict[str, str]:
    """What :func:`accept_network` keeps."""
    return {
        TRUSTED_KEY: network.coordinator_key,
        NETWORK_DOCUMENT: json.dumps(network.document()),
    }


def stored_network(store: Store) -> Network | None:
    """The network file accepted last, if it is still signed by the trusted key."""
    text = settings.get_setting(store, NETWORK_DOCUMENT)
    if not text:
        return None
    try:
        network = parse_network(json.loads(text))
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

    def text(self) -> str:
        return json.dumps(asdict(self))


def remember_publish(store: Store, record: PublishRecord) -> None:
    sharing.record_publish(store, record.text())


def last_publish(store: Store) -> PublishRecord | None:
    try:
        data = json.loads(settings.get_setting(store, LAST_PUBLISH) or "null")
        return PublishRecord(**data) if isinstance(data, dict) else None
    except (ValueError, TypeError):
        return None


# --- the coordination server ----------------------------------------------------------------


def transport(store: Store) -> str:
    return SERVER if settings.get_setting(store, TRANSPORT) == SERVER else FOLDER


def set_transport(store: Store, value: str) -> None:
    if value not in (FOLDER, SERVER):
        raise ValueError(value)
    if settings.get_setting(store, TRANSPORT, FOLDER) != value:
        keep(store, TRANSPORT, value)


def server_address(store: Store) -> tuple[str, str]:
    """The server's URL and the network code chosen on this laptop (either may be empty)."""
    return settings.get_setting(store, SERVER_URL), settings.get_setting(store, SERVER_NETWORK)


def set_server_address(store: Store, url: str, network_id: str) -> None:
    url, network_id = url.strip().rstrip("/"), network_id.strip()
    if settings.get_setting(store, SERVER_URL) != url:
        keep(store, SERVER_URL, url)
    if settings.get_setting(store, SERVER_NETWORK) != network_id:
        keep(store, SERVER_NETWORK, network_id)


def keep_server_directory(store: Store, services: list[dict[str, Any]]) -> None:
    keep(store, SERVER_DIRECTORY, directory_text(services))


def directory_text(services: list[dict[str, Any]]) -> str:
    return json.dumps(services, ensure_ascii=False)


def server_directory(store: Store) -> list[dict[str, Any]] | None:
    """The service directory last pulled from the server, if any."""
    try:
        data = json.loads(settings.get_setting(store, SERVER_DIRECTORY) or "null")
    except ValueError:
        return None
    return [s for s in data if isinstance(s, dict)] if isinstance(data, list) else None


# --- the coordinator -------------------------------------------------------------------------


def coordinator_network(store: Store) -> Network | None:
    text = settings.get_setting(store, COORDINATOR_NETWORK)
    if not text:
        return None
    try:
        return parse_network(json.loads(text))
    except (ValueError, NetworkInvalid):
        return None


def keep_coordinator_network(store: Store, network: Network) -> None:
    keep(store, COORDINATOR_NETWORK, json.dumps(network.document()))


def seen(store: Store) -> dict[str, int]:
    try:
        data = json.loads(settings.get_setting(store, SEEN) or "{}")
    except ValueError:
        return {}
    return {k: v for k, v in data.items() if isinstance(v, int)} if isinstance(data, dict) else {}


def keep_seen(store: Store, value: dict[str, int]) -> None:
    keep(store, SEEN, json.dumps(value, sort_keys=True))
