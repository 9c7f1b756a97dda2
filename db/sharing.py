"""What a CSO's database keeps for the shared network: signing keys and the bundle revision.

- The CSO's Ed25519 private key lives in ``cso_profile.signing_key`` (inside the encrypted
  database, so it is backed up with it). It is generated once, on first use.
- The coordinator's *network* signing key (signs ``network.json``) lives in the coordinator's
  own Saphan database, as the setting ``network_signing_key`` (hex). No schema change.
- The bundle revision only grows; the last one published is the setting ``bundle_revision``.

Fingerprints are what people compare over the phone when the coordinator registers a CSO:
four groups of four characters from the base32 of the SHA-256 of the raw public key.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import func, select

from db import settings
from db.models import CsoProfile, Project
from db.permissions import Permission
from db.store import Store


def _raw_public(private_key: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )


def _new_private() -> bytes:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    return Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )


def ensure_cso_signing_key(store: Store) -> bytes:
    """The CSO's Ed25519 private key (32 raw bytes), generated and stored on first use."""
    store.require(Permission.NETWORK)
    with store.write() as session:
        profile = session.get(CsoProfile, 1)
        assert profile is not None
        if profile.signing_key is None:
            profile.signing_key = _new_private()
            store.audit(session, "signing_key", "cso", 1, "generated")
        return bytes(profile.signing_key)


def cso_public_key(store: Store) -> bytes:
    """The CSO's raw Ed25519 public key (32 bytes), to register with the coordinator."""
    return _raw_public(ensure_cso_signing_key(store))


def ensure_network_signing_key(store: Store) -> bytes:
    """The coordinator's Ed25519 private key for the network file, generated on first use."""
    store.require(Permission.NETWORK)
    with store.write() as session:
        key = settings.get_in(session, settings.NETWORK_SIGNING_KEY)
        if key is None:
            key = _new_private()
            settings.put_in(session, settings.NETWORK_SIGNING_KEY, key)
            store.audit(session, "signing_key", "network", None, "generated")
        return key


def network_public_key(store: Store) -> bytes:
    return _raw_public(ensure_network_signing_key(store))


def key_fingerprint(public_key: bytes) -> str:
    """A short fingerprint to read out over the phone, e.g. ``"K3QF-7ZMA-PL2X-4EWN"``."""
    if len(public_key) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    text = base64.b32encode(hashlib.sha256(public_key).digest()).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def last_bundle_revision(store: Store) -> int:
    return settings.get(store, settings.BUNDLE_REVISION)


def claim_bundle_revision(store: Store, at_least: int = 1) -> int:
    """Reserve the next bundle revision (greater than every earlier one and ``>= at_least``)
    and record it, in one transaction. A reserved number that is never published is harmless:
    readers only require revisions to grow."""
    store.require(Permission.NETWORK)
    with store.write() as session:
        revision = max(settings.get_in(session, settings.BUNDLE_REVISION) + 1, at_least)
        settings.put_in(session, settings.BUNDLE_REVISION, revision)
        store.audit(session, "bundle_revision", "cso", 1, str(revision))
        return revision


def participatory_projects(store: Store, start: dt.date, end: dt.date) -> int:
    """Participatory projects (not deleted) that ran at some point between start and end."""
    store.require(Permission.AGGREGATES_VIEW)
    stmt = select(func.count(Project.id)).where(
        Project.deleted_at.is_(None),
        (Project.start_date.is_(None)) | (Project.start_date <= end),
        (Project.end_date.is_(None)) | (Project.end_date >= start),
    )
    with store.read() as session:
        return int(session.execute(stmt).scalar_one())


__all__ = [
    "claim_bundle_revision",
    "cso_public_key",
    "ensure_cso_signing_key",
    "ensure_network_signing_key",
    "key_fingerprint",
    "last_bundle_revision",
    "network_public_key",
    "participatory_projects",
]
