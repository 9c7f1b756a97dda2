"""The coordinator's operations on its network, one function each, for the coordinator's
workspace in the app and the ``saphan network`` commands alike (no Qt here).

The network file lives in the coordinator's own Saphan database (``settings.COORDINATOR_NETWORK``)
with the key that signs it (``settings.NETWORK_SIGNING_KEY``, made on first use; it never
leaves the database). Each change reads the network kept there, makes the next revision, signs
it and keeps it; :func:`write_to_folder` and :func:`send_to_server` then hand it to the CSOs.
Both refuse to overwrite a network file that is not an older revision of this one (another
network's, one signed by another key, or a newer revision written from another copy of the
database), so a slip of the folder or server never destroys the network the CSOs follow.

What a merge keeps in the database (:func:`merge_inputs`, :func:`remember_merge`): the highest
bundle revision accepted per CSO (an older one is a replay) and each CSO's last publisher
block. The pinned coordinator key is the database's own network key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from db.store import Store
from directory import folder as shared
from directory import network as net
from directory import server_client as client
from directory.errors import BundleInvalid, NetworkInvalid
from directory.merge import LastPublisher
from directory.network import Network
from directory.sharing import keys, memory


def current(store: Store) -> Network | None:
    """The network kept in the coordinator's database, if one was created."""
    return memory.coordinator_network(store)


def require_network(store: Store) -> Network:
    """The network kept in the database. Raises :class:`NetworkInvalid` ``no_network``."""
    network = current(store)
    if network is None:
        raise NetworkInvalid("no_network")
    return network


def _key(store: Store) -> bytes:
    return keys.ensure_network_signing_key(store)


def _keep(store: Store, network: Network) -> Network:
    memory.keep_coordinator_network(store, network)
    return network


def create(
    store: Store,
    network_id: str,
    name: str,
    *,
    start: str = "2024-12",
    end: str = "2026-10",
    threshold: int = 5,
) -> Network:
    """Create the network (revision 1, the pilot's programmes and targets, no members) signed
    by this database's network key, made on first use. Raises :class:`NetworkInvalid`
    ``network_exists`` when the database holds a network already, ``schema`` for a bad code,
    period or threshold, :class:`db.errors.ValidationFailed` for a name with control
    characters."""
    if current(store) is not None:
        raise NetworkInvalid("network_exists")
    check_new(network_id, name, start=start, end=end, threshold=threshold)
    network = net.create_network(
        network_id, name, _key(store), start=start, end=end, threshold=threshold
    )
    return _keep(store, network)


def check_new(network_id: str, name: str, *, start: str, end: str, threshold: int) -> None:
    """Raise what :func:`create` would for these values, changing nothing anywhere (signed
    with a throw-away key): :class:`NetworkInvalid` ``bad_network_id``, ``bad_period``,
    ``bad_threshold``, ``schema``; :class:`db.errors.ValidationFailed` for the name."""
    from pydantic import ValidationError

    from directory import signing

    if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", network_id):
        raise NetworkInvalid("bad_network_id")
    if end < start:
        raise NetworkInvalid("bad_period")
    if not 2 <= threshold <= 100:
        raise NetworkInvalid("bad_threshold")
    try:
        net.create_network(
            network_id,
            name,
            signing.new_private_key(),
            start=start,
            end=end,
            threshold=threshold,
        )
    except ValidationError:
        raise NetworkInvalid("schema") from None


def add_member(
    store: Store, *, code: str, name: str, public_key: bytes, fingerprint: str | None = None
) -> Network:
    """Register a CSO (or replace its key) and keep the next revision. ``fingerprint``: the one
    the CSO read out (must match the key); None when the key itself came from the CSO (its
    ``saphan cso-key``). Raises :class:`NetworkInvalid` ``no_network``, ``bad_public_key``,
    ``bad_cso_code``, ``key_taken`` (another member's), ``fingerprint_mismatch``;
    :class:`db.errors.ValidationFailed` for a name with control characters."""
    from pydantic import ValidationError

    from directory.signing import key_fingerprint

    network = require_network(store)
    if len(public_key) != 32:
        raise NetworkInvalid("bad_public_key")
    if not net.CSO_CODE_RE.fullmatch(code):
        raise NetworkInvalid("bad_cso_code")
    if any(m.public_key == public_key.hex() and m.code != code for m in network.members):
        raise NetworkInvalid("key_taken")
    try:
        changed = net.add_member(
            network,
            _key(store),
            code=code,
            name=name,
            public_key=public_key,
            fingerprint=fingerprint if fingerprint is not None else key_fingerprint(public_key),
        )
    except ValidationError:
        raise NetworkInvalid("schema") from None
    return _keep(store, changed)


def remove_member(store: Store, code: str) -> Network:
    """Remove a member and its shares of the targets; keep the next revision. Raises
    :class:`NetworkInvalid` ``no_network`` or ``not_a_member``."""
    network = require_network(store)
    if network.member(code) is None:
        raise NetworkInvalid("not_a_member")
    return _keep(store, net.remove_member(network, _key(store), code))


def set_targets(
    store: Store,
    values: Mapping[str, int | None],
    *,
    cso: str | None = None,
    threshold: int | None = None,
    projects: int | None = None,
    shares: Mapping[str, Mapping[str, int | None]] | None = None,
    outcomes: Mapping[tuple[str, str], int | None] | None = None,
    all_outcomes: bool = False,
) -> Network:
    """Set people-reached targets, programme code -> value (None: no target): the network's,
    or with ``cso`` that member's share. ``threshold``: the suppression threshold too;
    ``projects``: the participatory-projects target too; ``shares``: members' shares, CSO
    code -> programme code -> value (None: no share); ``outcomes``: outcome targets,
    (programme, instrument) -> people improved (None: no target), with ``all_outcomes`` the
    whole list (targets not named are removed). Keeps one new revision. Raises
    :class:`NetworkInvalid` ``no_network``, ``unknown_programme``, ``not_a_member``,
    ``bad_target``, ``bad_instrument``."""
    network = require_network(store)
    key = _key(store)
    changed = net.set_targets(network, key, values, cso=cso)
    extra: dict[str, object] = {}
    if projects is not None and any(p.code == "participatory" for p in network.programmes):
        changed = net.set_targets(
            changed,
            key,
            {"participatory": projects},
            cso=cso,
            indicator=net.PARTICIPATORY_PROJECTS,
        )
    if shares:
        changed = net.set_shares(changed, key, shares)
    if outcomes is not None and (outcomes or all_outcomes):
        changed = net.set_outcome_targets(changed, key, outcomes, replace=all_outcomes)
    if threshold is not None and threshold != changed.suppression_threshold:
        if not 2 <= threshold <= 100:
            raise NetworkInvalid("bad_threshold")
        extra["suppression_threshold"] = threshold
    if extra or changed.revision > network.revision + 1:
        changed = _one_revision(network, changed, key, extra)
    return _keep(store, changed)


def set_areas(store: Store, areas: Mapping[str, net.Area | None]) -> Network:
    """Add or change (code -> area) and remove (code -> None) the network's areas; keep the
    next revision. Raises :class:`NetworkInvalid` ``no_network``, ``bad_area``;
    :class:`db.errors.ValidationFailed` for a name with control characters."""
    network = require_network(store)
    return _keep(store, net.set_areas(network, _key(store), areas))


def _one_revision(
    before: Network, after: Network, key: bytes, extra: Mapping[str, object]
) -> Network:
    """``after`` with ``extra`` as the single revision following ``before``."""
    data = after.document()
    data.pop("signature", None)
    data.update(extra)
    data["revision"] = before.revision + 1
    return net.sign_network(net.parse_network(data), key)


# --- handing the network to the CSOs -------------------------------------------------------


def check_replaces(network: Network, there: Network) -> None:
    """Refuse to replace ``there`` (the network file a folder or server holds) with
    ``network`` unless it is an older or the same revision of this very network. Raises
    :class:`NetworkInvalid` ``another_network_file`` or ``newer_elsewhere``."""
    if there.network_id != network.network_id or there.coordinator_key != network.coordinator_key:
        raise NetworkInvalid("another_network_file")
    if there.revision > network.revision:
        raise NetworkInvalid("newer_elsewhere")


def write_to_folder(network: Network, folder: Path | None) -> Path:
    """Write the network file into the shared folder; the folder. Raises
    :class:`directory.errors.FolderUnreachable`, :class:`NetworkInvalid` (see
    :func:`check_replaces`; a damaged or unsigned file there is replaced), ``OSError``."""
    target = shared.require_folder(folder)
    try:
        there = shared.read_network(target)
    except (NetworkInvalid, BundleInvalid):
        there = None  # none yet, or not a signed network file: nothing to keep
    if there is not None:
        check_replaces(network, there)
    shared.write_network(target, network)
    return target


def send_to_server(network: Network, url: str, token: str) -> client.PublishResult:
    """Send the network file to the coordination server (coordinator token). The server
    holds the network already (its administrator creates it from the first network file,
    ``saphan-server create-network``) and takes only a newer revision signed by the pinned
    key. Raises :class:`NetworkInvalid` (see :func:`check_replaces`),
    :class:`directory.server_client.ServerError`."""
    there = client.pull_network(url, network.network_id, token, network.coordinator_key)
    check_replaces(network, there)
    if there.revision == network.revision and there.document() == network.document():
        return client.PublishResult(network.revision, stored=False)
    return client.push_network(network, url, token)


# --- merging --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeInputs:
    """What a merge needs from the coordinator's database."""

    network: Network
    seen: dict[str, int]  # CSO code -> highest bundle revision accepted
    history: dict[str, LastPublisher]  # CSO code -> what was kept of its last bundle
    key: bytes  # the network key (to sign the merged directory written back)


def merge_inputs(store: Store) -> MergeInputs:
    """The network, the revisions seen, the publishers kept and the key. Raises
    :class:`NetworkInvalid` ``no_network``."""
    return MergeInputs(
        require_network(store), memory.seen(store), memory.publishers(store), _key(store)
    )


def check_folder_network(network: Network, folder: Path) -> None:
    """The shared folder's network file must be this network's, signed by the pinned key
    (the database's own); an older revision is fine (the CSOs have not pulled the newest
    yet). Raises :class:`NetworkInvalid` (``bad_signature`` for another key's,
    ``another_network_file``, ``newer_elsewhere``, ``unreadable``)."""
    there = shared.read_network(folder, network.coordinator_key)
    check_replaces(network, there)


def remember_merge(
    store: Store, seen: dict[str, int], publishers: dict[str, LastPublisher]
) -> None:
    """Keep what a merge accepted, for the next merge."""
    memory.keep_seen(store, seen)
    memory.keep_publishers(store, publishers)


__all__ = [
    "MergeInputs",
    "add_member",
    "check_folder_network",
    "check_new",
    "check_replaces",
    "create",
    "current",
    "merge_inputs",
    "remember_merge",
    "remove_member",
    "require_network",
    "send_to_server",
    "set_areas",
    "set_targets",
    "write_to_folder",
]
