"""Headless commands of the shared network (registered by :mod:`desktop.cli`):

    saphan bundle  --db PATH --user NAME --out FILE.json [--network FILE]
    saphan publish --db PATH --user NAME --folder DIR
    saphan merge   --folder DIR --out FILE.xlsx|FILE.csv [--network-key HEX]

``bundle`` writes exactly the bundle that publishing would sign and write (a preview: the
revision is not reserved). ``publish`` signs it and writes it into the shared folder.
``merge`` reads every bundle of the folder, lists the accepted ones and the rejected files
with their reasons, and writes the merged aggregates; it succeeds when the valid bundles were
merged, whatever the folder also holds.

No Qt here. Nothing printed names a person: only CSO codes, file names, revisions and counts
of files. Expected failures end with exit code 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.store import Store
    from directory.network import Network

NETWORK_COMMANDS = ("bundle", "publish", "merge")
EXIT_OK = 0
EXIT_FAILED = 2

REJECTED_REASONS = {
    "bad_filename": "the file name is not a CSO code",
    "unreadable": "cannot read the file",
    "not_a_file": "not a regular file",
    "too_large": "too large to be a bundle",
    "too_deep": "nested too deeply to be a bundle",
    "unparsable": "not valid JSON (maybe incomplete)",
    "duplicate_key": "names a member twice in one object (readers would disagree on it)",
    "invalid": "not in the form of a bundle",
    "unknown_schema": "not a Saphan bundle",
    "bad_signature": "the signature does not match (changed after signing)",
    "other_network": "belongs to another network",
    "filename_mismatch": "the file name does not match the CSO inside",
    "unknown_member": "the CSO is not a member of the network",
    "wrong_key": "the CSO's key is not the registered one",
    "threshold_too_low": "suppressed with a lower threshold than the network's",
    "small_cell": "shows a count below the threshold",
    "stale_revision": "older than a revision already merged",
    "unsigned": "not signed",
}

NETWORK_PROBLEMS = {
    "bad_signature": "the network file is not signed by the trusted coordinator key",
    "schema": "the network file does not have the expected form",
    "unreadable": "there is no readable network file",
    "unparsable": "the network file is not valid JSON",
    "duplicate_key": "the network file names a member twice in one object",
}


class NetworkCliFailure(Exception):
    """A failure already worded for the terminal."""


def add_network_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bundle = commands.add_parser(
        "bundle",
        help="write the bundle this CSO would publish (a preview of what leaves the machine)",
        description="Write exactly the bundle that would be published to the network (services "
        "and suppressed counts, no data about any person), unsigned, as JSON.",
    )
    bundle.add_argument("--db", required=True, type=Path, metavar="PATH")
    bundle.add_argument("--user", required=True, metavar="NAME")
    bundle.add_argument("--out", required=True, type=Path, metavar="FILE.json")
    bundle.add_argument(
        "--network",
        type=Path,
        metavar="FILE",
        help="the network file (default: network.json of the shared folder chosen in the app)",
    )

    publish = commands.add_parser(
        "publish",
        help="sign and write this CSO's bundle into the shared folder",
        description="Build, sign and write this CSO's bundle into DIR/bundles/. The network "
        "file is DIR/network.json; its coordinator key is trusted on first use.",
    )
    publish.add_argument("--db", required=True, type=Path, metavar="PATH")
    publish.add_argument("--user", required=True, metavar="NAME")
    publish.add_argument("--folder", required=True, type=Path, metavar="DIR")

    merge = commands.add_parser(
        "merge",
        help="merge the CSOs' bundles of a shared folder (coordinator)",
        description="Read every bundle in DIR/bundles/, list accepted and rejected files, and "
        "write the merged aggregates (.xlsx or .csv, HXL tagged).",
    )
    merge.add_argument("--folder", required=True, type=Path, metavar="DIR")
    merge.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    merge.add_argument(
        "--network-key",
        metavar="HEX",
        help="the coordinator's public key to check network.json against (else the key it names)",
    )


def run_network_command(args: argparse.Namespace) -> int:
    from desktop.network_state import FolderUnreachable
    from directory.errors import DirectoryError

    try:
        if args.command == "bundle":
            return _bundle(args)
        if args.command == "publish":
            return _publish(args)
        return _merge(args)
    except NetworkCliFailure as exc:
        message = str(exc)
    except FolderUnreachable as exc:
        message = f"the shared folder {exc.path} is not reachable; nothing was changed"
    except DirectoryError as exc:
        if type(exc).__name__ == "NotAMember":
            message = "this CSO is not a member of the network (or with another key)"
        else:
            message = NETWORK_PROBLEMS.get(
                exc.reason, REJECTED_REASONS.get(exc.reason, f"not valid ({exc.reason})")
            )
    print(f"saphan: {message}", file=sys.stderr)
    return EXIT_FAILED


def _open(args: argparse.Namespace) -> Store:
    from desktop.cli import _open as open_store

    return open_store(args.db, args.user)


def _network_for(store: Store, path: Path | None) -> Network:
    from desktop import network_state as state

    if path is not None:
        network = state.load_network_file(path)
        if state.trust_state(store, network) == "changed":
            raise NetworkCliFailure(
                "this network file is signed by another coordinator key than the trusted one"
            )
        return network
    folder = state.shared_folder(store)
    if folder is not None and folder.is_dir():
        return _trusted_network(store, folder)
    network = state.stored_network(store)
    if network is None:
        raise NetworkCliFailure("no network file: give --network FILE, or join in the app")
    return network


def _trusted_network(store: Store, folder: Path) -> Network:
    from desktop import network_state as state

    network = state.load_network_file(folder / "network.json")
    trust = state.trust_state(store, network)
    if trust == "changed":
        raise NetworkCliFailure(
            "network.json is signed by another coordinator key than the trusted one; "
            "accept the new key in the app (Share page) after checking it with the coordinator"
        )
    if trust == "new":
        print(
            "Trusting the coordinator key "
            f"{state.key_fingerprint_hex(network.coordinator_key)} (first use)."
        )
    state.accept_network(store, network)
    return network


def _bundle(args: argparse.Namespace) -> int:
    from directory.bundle import build_bundle

    store = _open(args)
    try:
        network = _network_for(store, args.network)
        bundle = build_bundle(store, network)
    finally:
        store.close()
    text = json.dumps(bundle.document(), ensure_ascii=False, indent=2, sort_keys=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(
        f"Wrote the bundle of {bundle.cso.code} (revision {bundle.revision}, "
        f"{len(bundle.services)} services, {len(bundle.programmes)} programmes) to {args.out}."
    )
    return EXIT_OK


def _publish(args: argparse.Namespace) -> int:
    from desktop import network_state as state

    store = _open(args)
    try:
        folder = state.require_folder(args.folder)
        network = _trusted_network(store, folder)
        bundle = state.publish(store, network, folder)
        code = bundle.cso.code
    finally:
        store.close()
    print(f"Published revision {bundle.revision} to {folder / 'bundles' / (code + '.json')}.")
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    from desktop import network_state as state
    from directory import exports
    from directory.folder import read_network

    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise NetworkCliFailure("the output file must end in .xlsx or .csv")
    key = (args.network_key or "").strip().lower() or None
    if key is not None and (len(key) != 64 or any(c not in "0123456789abcdef" for c in key)):
        raise NetworkCliFailure("--network-key must be 64 hexadecimal characters")
    folder = state.require_folder(args.folder)
    network = read_network(folder, key)
    if key is None:
        print(
            "Note: network.json is signed by the key it names "
            f"({state.key_fingerprint_hex(network.coordinator_key)}); "
            "pass --network-key to check it against the coordinator's."
        )
    result = state.merge_folder(folder, network)
    read = result.read
    for b in read.accepted:
        print(f"accepted  {b.cso.code}  revision {b.revision}")
    for name in read.superseded:
        print(f"skipped   {name}: an older copy")
    for r in read.rejected:
        print(f"REJECTED  {r.filename}: {REJECTED_REASONS.get(r.reason, r.reason)}")
    if suffix == ".xlsx":
        exports.aggregates_xlsx(result.report, args.out)
    else:
        exports.aggregates_csv(result.report, args.out)
    print(
        f"Merged {len(read.accepted)} of {len(network.members)} CSOs "
        f"({len(read.rejected)} files rejected) into {args.out}."
    )
    return EXIT_OK
