"""The signing keys of a CSO's database: made on first use with :mod:`directory.signing`,
their bytes kept encrypted inside the database by :mod:`db.sharing`.

- The CSO's key signs its bundles; its fingerprint is read out to the coordinator.
- The coordinator's network key (in the coordinator's own database) signs ``network.json``.
"""

from __future__ import annotations

from db import sharing
from db.store import Store
from directory import signing


def ensure_cso_signing_key(store: Store) -> bytes:
    """The CSO's Ed25519 private key (32 raw bytes), made and kept on first use."""
    key = sharing.cso_signing_key(store)
    if key is None:
        key = sharing.keep_cso_signing_key(store, signing.new_private_key())
    return key


def cso_public_key(store: Store) -> bytes:
    """The CSO's raw Ed25519 public key (32 bytes), to register with the coordinator."""
    return signing.public_key(ensure_cso_signing_key(store))


def ensure_network_signing_key(store: Store) -> bytes:
    """The coordinator's Ed25519 private key for the network file, made on first use."""
    key = sharing.network_key(store)
    if key is None:
        key = sharing.keep_network_key(store, signing.new_private_key())
    return key


def network_public_key(store: Store) -> bytes:
    return signing.public_key(ensure_network_signing_key(store))


__all__ = [
    "cso_public_key",
    "ensure_cso_signing_key",
    "ensure_network_signing_key",
    "network_public_key",
]
