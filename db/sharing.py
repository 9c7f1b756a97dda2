"""What a CSO's database keeps for the shared network: signing keys' bytes and the bundle
revision. The keys themselves (Ed25519: making one, its public key, its fingerprint) are the
sharing layer's business (:mod:`directory.signing`); the store only keeps their bytes.

- The CSO's Ed25519 private key lives in ``cso_profile.signing_key`` (inside the encrypted
  database, so it is backed up with it).
- The coordinator's *network* signing key (signs ``network.json``) lives in the coordinator's
  own Saphan database, as the setting ``network_signing_key`` (hex). No schema change.
- The bundle revision only grows; the last one reserved is the setting ``bundle_revision``.
  Revisions are team-wide (see :func:`next_bundle_revision`): ``n * 64 + device_no``, so two
  laptops of one CSO never publish under the same revision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db import settings
from db.models import CsoProfile, Project
from db.permissions import Permission
from db.store import Store


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


def network_key(store: Store) -> bytes | None:
    """The coordinator's network key bytes, or None before the first one is kept."""
    store.require(Permission.NETWORK)
    return settings.get(store, settings.NETWORK_SIGNING_KEY)


def keep_network_key(store: Store, key: bytes) -> bytes:
    """Keep ``key`` as the network's signing key unless one is kept already; the key kept."""
    store.require(Permission.NETWORK)
    with store.write() as session:
        kept = settings.get_in(session, settings.NETWORK_SIGNING_KEY)
        if kept is None:
            kept = key
            settings.put_in(session, settings.NETWORK_SIGNING_KEY, kept)
            store.audit(session, "signing_key", "network", None, "generated")
        return kept


# A CSO's laptops share one series of bundle revisions: revision = n * REVISION_DEVICES +
# device_no, with n counted in whole minutes since the Unix epoch (so a later publish from any
# laptop tends to be higher) and never below the last n this laptop reserved plus one.
REVISION_DEVICES = 64
MAX_REVISION = 2**53  # the bundle schema's bound (a JSON number exact in every reader)


def utc_now() -> dt.datetime:
    """The clock bundle revisions are counted by."""
    return dt.datetime.now(dt.UTC)


def next_bundle_revision(
    last: int, device_no: int = 0, *, floor: int = 1, now: dt.datetime | None = None
) -> int:
    """The revision a publish reserves after ``last`` (the last one reserved on this laptop):
    ``n * 64 + device_no`` with ``n = max(last // 64 + 1, whole minutes since the epoch)``,
    raised to the first of ``device_no``'s series that is at least ``floor`` (what the
    destination takes). Always above ``last`` (an older database's small revision, or one
    larger than the clock's, included) and never the revision of another device number.
    Raises ``ValueError`` for a device number outside 0..63 or past the bundle schema's bound.
    """
    if isinstance(device_no, bool) or not 0 <= device_no < REVISION_DEVICES:
        raise ValueError("device_no must be 0..63")
    moment = now or utc_now()
    minutes = int(moment.timestamp()) // 60
    n = max(last // REVISION_DEVICES + 1, minutes, -(-(floor - device_no) // REVISION_DEVICES))
    revision = n * REVISION_DEVICES + device_no
    if revision > MAX_REVISION:
        raise ValueError("no bundle revision left")
    return revision


def last_bundle_revision(store: Store) -> int:
    return settings.get(store, settings.BUNDLE_REVISION)


def claim_bundle_revision(
    store: Store,
    revision: int | None = None,
    *,
    waiting: Iterable[settings.Value[Any]] = (),
    device_no: int = 0,
) -> int | None:
    """Claim ``revision`` (None: the next one of ``device_no``'s series, see
    :func:`next_bundle_revision`) for a bundle about to be published and keep
    ``waiting`` (the outbox settings holding it until it is delivered; not audited, like
    :func:`db.settings.remember`), in one transaction; the revision claimed. None, with nothing
    changed, when an earlier claim reached ``revision`` already (another publish got there
    first: build again above it). Revisions only grow; a claimed one that is never delivered
    is harmless."""
    store.require(Permission.NETWORK)
    with store.write() as session:
        last = settings.get_in(session, settings.BUNDLE_REVISION)
        if revision is None:
            revision = next_bundle_revision(last, device_no)
        elif last >= revision:
            return None
        settings.put_in(session, settings.BUNDLE_REVISION, revision)
        store.audit(session, "bundle_revision", "cso", 1, str(revision))
        for entry in waiting:
            settings.put_in(session, entry.key, entry.value)
        return revision


def _keep(store: Store, session: Session, entry: settings.Value[Any]) -> None:
    settings.put_in(session, entry.key, entry.value)
    if store.can(Permission.SETTINGS):
        store.audit(session, "setting", "setting", None, entry.key.name)


def keep_settings(store: Store, values: Iterable[settings.Value[Any]]) -> None:
    """Keep network settings in one transaction, as :func:`db.settings.keep` keeps one:
    audited for those who may change settings (a CSO admin), unaudited for the others (a
    coordinator keeping the network's state)."""
    with store.write() as session:
        for entry in values:
            _keep(store, session, entry)


def record_publish(
    store: Store,
    record: dict[str, Any],
    *,
    cleared: Iterable[settings.Value[Any]] = (),
) -> None:
    """Remember how a publish went (``settings.LAST_PUBLISH``, kept as :func:`keep_settings`
    does) and empty each setting of ``cleared`` that still holds the value given (the outbox,
    once its bundle is delivered; a newer bundle put there meanwhile stays), in one
    transaction."""
    with store.write() as session:
        _keep(store, session, settings.Value(settings.LAST_PUBLISH, record))
        for entry in cleared:
            held = settings.get_in(session, entry.key)
            if entry.key.format(held) == entry.text():
                settings.put_in(session, entry.key, entry.key.default)


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
    "MAX_REVISION",
    "REVISION_DEVICES",
    "claim_bundle_revision",
    "cso_signing_key",
    "keep_cso_signing_key",
    "keep_network_key",
    "keep_settings",
    "last_bundle_revision",
    "network_key",
    "next_bundle_revision",
    "participatory_projects",
    "record_publish",
]


def team_publisher(store: Store) -> tuple[int, str, dict[str, int]] | None:
    """On a laptop of a CSO's team: its device number, device id and the team state its
    records come from (segments applied per device, its own sent ones included), for the
    bundle's publisher block. None on a CSO's only laptop."""
    with store.read() as session:
        c = session.connection()
        row = c.execute(
            text("SELECT device_no, device_id, next_segment FROM team_local WHERE id = 1")
        ).first()
        if row is None:
            return None
        state = {
            str(d): int(n)
            for d, n in c.execute(text("SELECT device_id, applied_seq FROM team_peers"))
            if int(n) > 0
        }
    if int(row[2]) > 1:
        state[str(row[1])] = int(row[2]) - 1
    return int(row[0]), str(row[1]), state
