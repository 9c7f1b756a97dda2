"""The sharing pipeline: the one way this CSO's bundle is published and the network's files are
pulled, whatever carries them. A :class:`Transport` is the shared folder
(:class:`directory.folder.FolderTransport`) or the coordination server
(:class:`directory.server_client.ServerTransport`); both go through :func:`publish` and
:func:`pull` here, so they build, sign and remember in the same way, byte for byte.

:func:`publish`, in order:

1. **check**: the network file (given, or fetched with the trusted coordinator key pinned;
   offline, the one kept from the last pull), this CSO a member with this database's key, the
   destination reachable (an unreachable folder fails here, before anything is changed); then,
   when the network file says months close by themselves, the months due close
   (:func:`directory.closing.close_due`);
2. **build** from one read snapshot (every count in one read transaction) and **sign**;
3. **claim** the bundle's revision, and put the bundle in the transport's outbox if it has
   one, in one write transaction (if another publish claimed that revision meanwhile: build
   again above it);
4. **deliver** (a destination holding a newer revision, e.g. after a database was restored
   from an old backup: build again above it, once);
5. **feedback**: once the bundle is delivered, this CSO's sealed referral feedback
   (:mod:`directory.sharing.feedback`) goes the same way (not while the bundle waits in
   the outbox);
6. **remember** how it went (and empty the outbox once delivered), in one write transaction.

So a publish writes twice. A failure of the transport (the folder gone, the server down or
refusing) is remembered too, then raised. ``step`` reports progress (``NETWORK``, ``COUNT``,
``SEND``) and may raise to cancel: it is called only before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from db import settings, sharing
from db.referral_feedback import Applied
from db.store import Store
from directory import signing
from directory.bundle import build_bundle
from directory.bundle_schema import Bundle, Publisher, sign_bundle
from directory.closing import close_due
from directory.errors import BundleInvalid, NotAMember, StaleRevision
from directory.network import Network, utc_timestamp
from directory.sharing import feedback, memory
from directory.validation import parse_bundle

# Steps reported while publishing.
NETWORK, COUNT, SEND = "network", "count", "send"
PUBLISH_STEPS = (NETWORK, COUNT, SEND)
# Steps reported while pulling (each before what it reads; nothing is kept while pulling).
READ_NETWORK, READ_DIRECTORY, READ_FEEDBACK = "read_network", "read_directory", "read_feedback"
PULL_STEPS = (READ_NETWORK, READ_DIRECTORY, READ_FEEDBACK)
Step = Callable[[str], None]
ATTEMPTS = 3  # builds per publish: the first, and one more per revision found taken


@dataclass(frozen=True)
class Delivery:
    """What a transport did with a bundle."""

    stored: bool = True  # False: the destination had this exact bundle already
    queued: bool = False  # True: not delivered (unreachable); it waits in the outbox
    newer: int | None = None  # the destination keeps this revision, newer than the bundle's


class Transport(Protocol):
    """Where this CSO's bundle goes and where the network's files come from."""

    @property
    def kind(self) -> str:
        """``memory.FOLDER`` or ``memory.SERVER`` (as the publish record says it)."""

    @property
    def address(self) -> str:
        """The folder's path or the server's URL."""

    @property
    def network_id(self) -> str | None:
        """The network this transport is for, when it is known before its file is read."""

    @property
    def outbox(self) -> settings.Key[dict[str, Any] | None] | None:
        """The setting a signed bundle waits in until it is delivered (None: the transport
        keeps none; nothing is claimed while the folder is unreachable)."""

    @property
    def keeps_directory(self) -> bool:
        """True: a pulled directory is kept in the database (the folder's is read where it
        lies)."""

    def fetch_network(self, trusted_key: str | None) -> Network:
        """The network file, checked against ``trusted_key`` (the key it names when None)."""

    def fetch_directory(self, network: Network) -> list[dict[str, Any]] | None:
        """The merged service directory (None: the coordinator has not written one)."""

    def floor(self, code: str) -> int:
        """The lowest revision the destination takes from this CSO; raises when it cannot be
        reached now."""

    def deliver(self, bundle: Bundle) -> Delivery:
        """Send or write the signed bundle."""

    def deliver_feedback(self, code: str, document: dict[str, Any]) -> None:
        """Send or write this CSO's sealed referral feedback document."""

    def fetch_feedback(self, code: str) -> list[Any]:
        """The sealed feedback envelopes there are for this CSO (still to be checked)."""

    def problem(self, error: Exception) -> str | None:
        """The reason code a failed publish is remembered with (``memory.FOLDER_PROBLEM``,
        ``memory.UNREACHABLE``, ``memory.REFUSED``); None: not the transport's failure."""


@dataclass(frozen=True)
class Published:
    bundle: Bundle  # exactly what left the machine (or waits in the outbox): show it
    network: Network  # the network file it was built for
    stored: bool = True  # False: the destination had this exact bundle already
    queued: bool = False  # True: it waits in the outbox (the server could not be reached)
    newly_trusted: bool = False  # the network file's coordinator key was trusted just now
    kind: str = memory.FOLDER  # the transport's (``memory.FOLDER`` or ``memory.SERVER``)


def _team_publisher(store: Store, given: Publisher | None) -> tuple[int, Publisher | None]:
    team = sharing.team_publisher(store)
    if team is None:
        return 0, given
    device_no, device_id, state = team
    return device_no, given or Publisher(device=device_id, team_state=state)


def publish(
    store: Store,
    transport: Transport,
    network: Network | None = None,
    *,
    today: dt.date | None = None,
    step: Step | None = None,
    device_no: int | None = None,
    publisher: Publisher | None = None,
) -> Published:
    """Publish this CSO's bundle through ``transport`` (see the module's steps). ``network``:
    the network file to build for (None: fetch it). ``device_no`` (0..63): this laptop's
    number in the CSO's team; its revisions are ``n * 64 + device_no``, so no other laptop of
    the team ever publishes under one of them (0: a CSO on one laptop). ``publisher``: this
    laptop's device id and the team state the bundle was built from, written into the bundle
    for the coordinator to compare (None: left out). Raises the transport's errors,
    :class:`NotAMember`, :class:`directory.errors.NetworkInvalid`, ``ValueError`` for a
    device number outside 0..63."""
    if device_no is None:  # from the store: the laptop's place in its CSO's team, if any
        device_no, publisher = _team_publisher(store, publisher)
    sharing.next_bundle_revision(0, device_no)  # a device number outside 0..63 fails here
    step = step or _no_step
    newly_trusted = False
    try:
        step(NETWORK)
        if network is None:
            network, newly_trusted = current_network(store, transport)
        key = member_key(store, network)
        floor = transport.floor(store.cso.code)
        if network.close_months_after_days is not None:
            # Months due for closing by the network file close first (their own transaction,
            # kept even when this publish fails later: they were due anyway).
            close_due(store, network, today)
        public = signing.public_key(key)
        claimed: list[settings.Value[Any]] | None = None
        for _ in range(ATTEMPTS):
            if claimed is None:
                step(COUNT)
            bundle = build_bundle(
                store,
                network,
                today=today,
                floor=floor,
                public_key=public,
                device_no=device_no,
                publisher=publisher,
            )
            bundle = sign_bundle(bundle, key)
            if claimed is None:
                step(SEND)  # the last step before anything is written
            held = outbox_entry(transport, bundle)
            if not sharing.claim_bundle_revision(store, bundle.revision, waiting=held):
                floor = bundle.revision + 1  # another publish claimed it first
                continue
            claimed = held
            delivery = transport.deliver(bundle)
            if delivery.newer is None:
                break
            floor = delivery.newer + 1
        else:
            raise StaleRevision()
        if not delivery.queued:
            document = feedback.build(store, network, key)
            if document is not None:
                transport.deliver_feedback(store.cso.code, document)
    except Exception as exc:
        problem = transport.problem(exc)
        if problem is not None:
            waiting = waiting_revision(store, transport) if problem == memory.UNREACHABLE else None
            _remember(store, transport, None, problem, waiting)
        raise
    if delivery.queued:
        _remember(store, transport, None, memory.UNREACHABLE, bundle.revision)
    else:
        _remember(store, transport, bundle.revision, "", None, cleared=claimed)
    return Published(
        bundle, network, delivery.stored, delivery.queued, newly_trusted, transport.kind
    )


def _no_step(_: str) -> None:
    return None


def current_network(store: Store, transport: Transport) -> tuple[Network, bool]:
    """The network file from the transport, its coordinator key pinned (trusted and kept on
    first use); when the transport cannot be reached, the one kept from the last pull of the
    same network. Also whether its key was trusted just now."""
    try:
        network = transport.fetch_network(memory.trusted_key(store))
    except Exception as exc:
        kept = memory.stored_network(store)
        if (
            transport.problem(exc) != memory.UNREACHABLE
            or kept is None
            or kept.network_id != transport.network_id
        ):
            raise
        return kept, False
    newly_trusted = memory.trust_state(store, network) == "new"
    memory.accept_network(store, network)
    return network, newly_trusted


def member_key(store: Store, network: Network) -> bytes:
    """This database's signing key, if the network lists this CSO with it."""
    key = sharing.cso_signing_key(store)
    member = network.member(store.cso.code)
    if key is None or member is None or member.public_key != signing.public_key_hex(key):
        raise NotAMember(store.cso.code)
    return key


def _remember(
    store: Store,
    transport: Transport,
    revision: int | None,
    problem: str,
    waiting: int | None,
    *,
    cleared: list[settings.Value[Any]] | None = None,
) -> None:
    record = memory.PublishRecord(
        utc_timestamp(), transport.address, revision, problem, transport.kind, waiting
    )
    sharing.record_publish(store, record.value(), cleared=cleared or ())


# --- the outbox: a setting inside the CSO's encrypted database -----------------------------------


def outbox_entry(transport: Transport, bundle: Bundle) -> list[settings.Value[Any]]:
    """The outbox setting that keeps ``bundle`` until it is delivered ([]: no outbox)."""
    if transport.outbox is None:
        return []
    value = {
        "address": transport.address,
        "network": bundle.network_id,
        "queued_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "bundle": bundle.document(),
    }
    return [settings.Value(transport.outbox, value)]


def read_outbox(waiting: dict[str, Any] | None) -> Bundle | None:
    """The bundle an outbox setting holds, if any."""
    if waiting is None:
        return None
    try:
        return parse_bundle(waiting["bundle"])
    except (ValueError, KeyError, TypeError, BundleInvalid):
        return None


def waiting_bundle(store: Store, transport: Transport) -> Bundle | None:
    """The bundle waiting in the transport's outbox, if any."""
    if transport.outbox is None:
        return None
    return read_outbox(settings.get(store, transport.outbox))


def waiting_revision(store: Store, transport: Transport) -> int | None:
    bundle = waiting_bundle(store, transport)
    return None if bundle is None else bundle.revision


# --- pulling ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pulled:
    network: Network  # signed by the key it names
    services: list[dict[str, Any]] | None  # the merged directory, if the coordinator wrote one
    trust: str  # "new", "same" or "changed" (ask before keeping a changed key)
    # Sealed referral feedback envelopes there for this CSO (opened by keep_pulled)
    feedback: list[Any] = field(default_factory=list)


def pull(store: Store, transport: Transport, step: Step | None = None) -> Pulled:
    """The network file and the merged directory from the transport (slow: off the GUI
    thread). Nothing is kept: whether the coordinator key is trusted is ``trust``; then
    :func:`keep_pulled`. ``step`` reports progress (:data:`PULL_STEPS`) and may raise to
    cancel (nothing is kept either way)."""
    step = step or _no_step
    step(READ_NETWORK)
    network = transport.fetch_network(None)
    step(READ_DIRECTORY)
    services = transport.fetch_directory(network)
    step(READ_FEEDBACK)
    envelopes = transport.fetch_feedback(store.cso.code)
    return Pulled(network, services, memory.trust_state(store, network), envelopes)


def keep_pulled(store: Store, transport: Transport, pulled: Pulled) -> Applied:
    """Trust the network's coordinator key and keep its file (and the server's directory), in
    one transaction; then apply the referral feedback addressed to this CSO (another, only
    when there is some)."""
    values = memory.network_settings(pulled.network)
    if transport.keeps_directory and pulled.services is not None:
        values.append(settings.Value(settings.SERVER_DIRECTORY, pulled.services))
    memory.keep_changed(store, values)
    return feedback.apply(store, pulled.network, pulled.feedback)


__all__ = [
    "COUNT",
    "NETWORK",
    "PUBLISH_STEPS",
    "PULL_STEPS",
    "READ_DIRECTORY",
    "READ_FEEDBACK",
    "READ_NETWORK",
    "SEND",
    "Delivery",
    "Published",
    "Pulled",
    "Transport",
    "current_network",
    "keep_pulled",
    "member_key",
    "outbox_entry",
    "publish",
    "pull",
    "read_outbox",
    "waiting_bundle",
    "waiting_revision",
]
