"""What a CSO's database keeps for the shared network: signing keys' bytes and the bundle
revision. The keys themselves (Ed25519: making one, its public key, its fingerprint) are the
sharing layer's business (:mod:`directory.signing`); the store only keeps their bytes.

- The CSO's Ed25519 private key lives in ``cso_profile.signing_key`` (inside the encrypted
  database, so it is backed up with it).
- The coordinator's *network* signing key (signs ``network.json``) lives in the coordinator's
  own Saphan database, as the setting ``network_signing_key`` (hex). No schema change.
- The bundle revision only grows; the last one published is the setting ``bundle_revision``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import CsoProfile, Project, Setting
from db.permissions import Permission
from db.settings import LAST_PUBLISH
from db.store import Store

NETWORK_SIGNING_KEY = "network_signing_key"
BUNDLE_REVISION = "bundle_revision"


def cso_signing_key(store: Store) -> bytes | None:
    """The CSO's private key bytes, or None before the first one is kept."""
    store.require(Permission.NETWORK)
    with store.read() as session:
        profile = session.get(CsoProfile, 1)
        assert profile is not None
        return None if profile.signing_key is None else bytes(profile.signing_key)


def keep_cso_signing_key(store: Store, key: bytes) -> bytes:
    """Keep ``key`` as the CSO's private key unless one is kept already; the key kept."""
    store.require(Permission.NETWORK)
    with store.write() as session:
        profile = session.get(CsoProfile, 1)
        assert profile is not None
        if profile.signing_key is None:
            profile.signing_key = key
            store.audit(session, "signing_key", "cso", 1, "generated")
        return bytes(profile.signing_key)


def network_signing_key(store: Store) -> bytes | None:
    """The coordinator's network key bytes, or None before the first one is kept."""
    store.require(Permission.NETWORK)
    with store.read() as session:
        row = session.get(Setting, NETWORK_SIGNING_KEY)
        return None if row is None else bytes.fromhex(row.value)


def keep_network_signing_key(store: Store, key: bytes) -> bytes:
    """Keep ``key`` as the network's signing key unless one is kept already; the key kept."""
    store.require(Permission.NETWORK)
    with store.write() as session:
        row = session.get(Setting, NETWORK_SIGNING_KEY)
        if row is None:
            row = Setting(key=NETWORK_SIGNING_KEY, value=key.hex())
            session.add(row)
            store.audit(session, "signing_key", "network", None, "generated")
        return bytes.fromhex(row.value)


def _revision(session: Session) -> int:
    row = session.get(Setting, BUNDLE_REVISION)
    try:
        return int(row.value) if row is not None else 0
    except ValueError:
        return 0


def last_bundle_revision(store: Store) -> int:
    with store.read() as session:
        return _revision(session)


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def claim_bundle_revision(
    store: Store, revision: int, *, waiting: Mapping[str, str] | None = None
) -> bool:
    """Claim ``revision`` for a bundle about to be published and keep ``waiting`` (the outbox
    settings holding it until it is delivered; not audited, like ``remember_setting``), in one
    transaction. False, with nothing changed, when an earlier claim reached ``revision``
    already (another publish got there first: build again above it). Revisions only grow; a
    claimed one that is never delivered is harmless."""
    store.require(Permission.NETWORK)
    with store.write() as session:
        if _revision(session) >= revision:
            return False
        _put(session, BUNDLE_REVISION, str(revision))
        store.audit(session, "bundle_revision", "cso", 1, str(revision))
        for key, value in (waiting or {}).items():
            _put(session, key, value)
        return True


def _keep(store: Store, session: Session, key: str, value: str) -> None:
    _put(session, key, value)
    if store.can(Permission.SETTINGS):
        store.audit(session, "setting", "setting", None, key)


def keep_settings(store: Store, values: Mapping[str, str]) -> None:
    """Keep network settings in one transaction: audited like ``put_setting`` for those who
    may change settings (a CSO admin), kept like ``remember_setting`` for the others (a
    coordinator keeping the network's state)."""
    with store.write() as session:
        for key, value in values.items():
            _keep(store, session, key, value)


def record_publish(store: Store, record: str, *, cleared: Mapping[str, str] | None = None) -> None:
    """Remember how a publish went (``settings.LAST_PUBLISH``, kept as :func:`keep_settings`
    does) and empty each setting of ``cleared`` that still holds the value given (the outbox,
    once its bundle is delivered; a newer bundle put there meanwhile stays), in one
    transaction."""
    with store.write() as session:
        _keep(store, session, LAST_PUBLISH, record)
        for key, value in (cleared or {}).items():
            row = session.get(Setting, key)
            if row is not None and row.value == value:
                row.value = ""


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
    "cso_signing_key",
    "keep_cso_signing_key",
    "keep_network_signing_key",
    "keep_settings",
    "last_bundle_revision",
    "network_signing_key",
    "participatory_projects",
    "record_publish",
]
