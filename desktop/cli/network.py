"""Headless commands of the shared network (registered by :mod:`desktop.cli`):

    saphan bundle  --db PATH --user NAME --out FILE.json [--network FILE]
    saphan publish --db PATH --user NAME --folder DIR
    saphan pull    --db PATH --user NAME --folder DIR
    saphan merge   --folder DIR --out FILE.xlsx|FILE.csv [--network-key HEX] [--state FILE]
    saphan donor-report --folder DIR --out FILE.docx [--language en|my|th] [--network-key HEX]
                   [--state FILE]
    saphan merge   --db COORD.db [--user NAME] --folder DIR --out FILE.xlsx|FILE.csv
                   [--5w FILE.csv|FILE.xlsx]

``bundle`` writes exactly the bundle that publishing would sign and write (a preview: the
revision is not reserved). ``publish`` signs it and writes it into the shared folder.
``pull`` reads the folder's network file (its coordinator key trusted on first use) and the
sealed referral feedback addressed to this CSO, and updates its referrals from it.
``merge`` reads every bundle of the folder, lists the accepted ones and the rejected files
with their reasons, and writes the merged aggregates; it succeeds when the valid bundles were
merged, whatever the folder also holds. When two laptops of one CSO published bundles that do
not agree, it says so in a ``WARNING`` line naming the CSO (the higher revision counts). It
remembers, in a small state file (``--state``;
default ``coordinator-merge.json`` in the user's Saphan data folder, or ``$SAPHAN_MERGE_STATE``),
the coordinator key it trusted first for each network, the revisions it merged and which laptop
published each CSO's last bundle, so a network file signed by another key, or a replayed older
network file or bundle, is refused. With ``--db COORD.db`` (the coordinator's database, see
``saphan network``) it merges as the app's coordinator workspace does: the network is the one
kept in that database, the folder's ``network.json`` must be signed by its key (pinned), and the
revisions merged and the CSOs' last publishers are remembered in the database instead of the
state file; the merged service directory is written back to the folder, signed.
``--5w FILE`` also writes the 5W table (who, what, where, when, for whom; HXL tagged, withheld
counts empty and flagged; :mod:`directory.five_w`), as the coordinator workspace's button does.
``donor-report`` merges the same way and writes the donor report
(:mod:`desktop.coordinator.donor_report`: its charts are drawn offscreen with Qt, imported
only then).

No Qt here otherwise. Nothing printed names a person: only CSO codes, file names, revisions
and counts of files. Expected failures end with exit code 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    key_changed,
    open_store,
    pulled_summary,
    trusting,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.store import Store
    from directory.folder import ReadResult
    from directory.merge import NetworkReport
    from directory.merge_state import NetworkMemory
    from directory.network import Network
    from directory.sharing.state import MergeResult

NETWORK_COMMANDS = ("bundle", "publish", "pull", "merge", "donor-report")
DONOR_REPORT_LANGUAGES = ("en", "my", "th")
MERGE_STATE_ENV = "SAPHAN_MERGE_STATE"
MERGE_STATE_FILE = "coordinator-merge.json"


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
    bundle.set_defaults(run=run_network_command)

    publish = commands.add_parser(
        "publish",
        help="sign and write this CSO's bundle into the shared folder",
        description="Build, sign and write this CSO's bundle into DIR/bundles/. The network "
        "file is DIR/network.json; its coordinator key is trusted on first use.",
    )
    publish.add_argument("--db", required=True, type=Path, metavar="PATH")
    publish.add_argument("--user", required=True, metavar="NAME")
    publish.add_argument("--folder", required=True, type=Path, metavar="DIR")
    publish.set_defaults(run=run_network_command)  # unless --server: see desktop.cli.server

    pull = commands.add_parser(
        "pull",
        help="read the network file and the referral feedback for this CSO (folder or server)",
        description="Read the network file (coordinator key trusted on first use) and the sealed "
        "referral feedback for this CSO from DIR (or --server URL --network N), and update the "
        "referrals it concerns (status and feedback state).",
    )
    pull.add_argument("--db", required=True, type=Path, metavar="PATH")
    pull.add_argument("--user", required=True, metavar="NAME")
    pull.add_argument("--folder", required=True, type=Path, metavar="DIR")
    pull.set_defaults(run=run_network_command)

    merge = commands.add_parser(
        "merge",
        help="merge the CSOs' bundles of a shared folder (coordinator)",
        description="Read every bundle in DIR/bundles/, list accepted and rejected files, and "
        "write the merged aggregates (.xlsx or .csv, HXL tagged). The coordinator key that "
        "signs DIR/network.json is trusted on first use and remembered (see --state) with the "
        "revisions merged, so a network file signed by another key, or a replayed older "
        "network file or bundle, is refused.",
    )
    merge.add_argument("--folder", required=True, type=Path, metavar="DIR")
    merge.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    merge.add_argument(
        "--5w",
        dest="five_w",
        type=Path,
        metavar="FILE.csv",
        help="also write the 5W table (who, what, where, when, for whom; HXL tagged) as .csv "
        "or .xlsx; the network file must list areas for the CSOs to publish 5W figures",
    )
    _add_trust_arguments(merge)
    merge.set_defaults(run=run_network_command)

    donor = commands.add_parser(
        "donor-report",
        help="merge the CSOs' bundles and write the donor report (.docx, coordinator)",
        description="Merge DIR as 'saphan merge' does and write the donor report: progress "
        "against the targets with charts, completeness per CSO and month, and how the "
        "figures were made, in English, Burmese or Thai.",
    )
    donor.add_argument("--folder", required=True, type=Path, metavar="DIR")
    donor.add_argument("--out", required=True, type=Path, metavar="FILE.docx")
    donor.add_argument(
        "--language",
        default="en",
        choices=DONOR_REPORT_LANGUAGES,
        help="the report's language (default: en)",
    )
    _add_trust_arguments(donor)
    donor.set_defaults(run=run_network_command)


def _add_trust_arguments(merge: argparse.ArgumentParser) -> None:
    merge.add_argument(
        "--network-key",
        metavar="HEX",
        help="the coordinator's public key to check network.json against (else the key "
        "trusted on first use, see --state); giving it also trusts it from then on",
    )
    merge.add_argument(
        "--state",
        type=Path,
        metavar="FILE",
        help="where the merge remembers, between runs, the coordinator key it trusts for each "
        "network (pinned on first use: a network.json signed by another key is refused) and "
        "the highest network-file and bundle revisions merged (an older, replayed one is "
        f"refused); no data about any person. Default: ${MERGE_STATE_ENV}, else "
        f"{MERGE_STATE_FILE} in the user's Saphan data folder",
    )
    merge.add_argument(
        "--db",
        type=Path,
        metavar="COORD.db",
        help="the coordinator's database: merge with the network, pinned key and memory of "
        "revisions kept there (as the app does) instead of --state",
    )
    merge.add_argument(
        "--user",
        metavar="NAME",
        help="with --db: who signs in (default: the database's only account)",
    )
    merge.set_defaults(run=run_network_command)


def run_network_command(args: argparse.Namespace) -> int:
    from desktop.errors import terminal_text
    from directory.errors import DirectoryError, FolderUnreachable

    try:
        if args.command == "bundle":
            return _bundle(args)
        if args.command == "publish":
            return _publish(args)
        if args.command == "pull":
            return _pull(args)
        if args.command == "donor-report":
            return _donor_report(args)
        return _merge(args)
    except NetworkCliFailure as exc:
        message = str(exc)
    except (FolderUnreachable, DirectoryError) as exc:
        message = terminal_text(exc)
    print(f"saphan: {message}", file=sys.stderr)
    return EXIT_FAILED


def _open(args: argparse.Namespace) -> Store:
    return open_store(args.db, args.user)


def _network_for(store: Store, path: Path | None) -> Network:
    from directory.sharing import state

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
    stored = state.stored_network(store)
    if stored is None:
        raise NetworkCliFailure("no network file: give --network FILE, or join in the app")
    return stored


def _trusted_network(store: Store, folder: Path) -> Network:
    from directory.sharing import state

    network = state.load_network_file(folder / "network.json")
    trust = state.trust_state(store, network)
    if trust == "changed":
        raise NetworkCliFailure(key_changed("network.json"))
    if trust == "new":
        print(trusting(state.key_fingerprint_hex(network.coordinator_key)))
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
    from db.atomic import write_atomically

    text = json.dumps(bundle.document(), ensure_ascii=False, indent=2, sort_keys=True)
    write_atomically(args.out, (text + "\n").encode("utf-8"))
    print(
        f"Wrote the bundle of {bundle.cso.code} (revision {bundle.revision}, "
        f"{len(bundle.services)} services, {len(bundle.programmes)} programmes) to {args.out}."
    )
    return EXIT_OK


def _publish(args: argparse.Namespace) -> int:
    from directory.sharing import state

    store = _open(args)
    try:
        folder = state.require_folder(args.folder)
        network = _trusted_network(store, folder)
        bundle = state.publish(store, network, folder).bundle
        code = bundle.cso.code
    finally:
        store.close()
    print(f"Published revision {bundle.revision} to {folder / 'bundles' / (code + '.json')}.")
    return EXIT_OK


def _pull(args: argparse.Namespace) -> int:
    from directory.sharing import pipeline, state

    store = _open(args)
    try:
        folder = state.require_folder(args.folder)
        _trusted_network(store, folder)
        transport = state.folder_transport(store, folder)
        pulled = pipeline.pull(store, transport)
        applied = pipeline.keep_pulled(store, transport, pulled)
    finally:
        store.close()
    print(pulled_summary(pulled.network.revision, applied))
    return EXIT_OK


def default_merge_state() -> Path:
    """The merge state file: ``$SAPHAN_MERGE_STATE``, else in the user's Saphan data folder
    (beside the app's database, under the user's profile)."""
    import os

    import platformdirs

    configured = os.environ.get(MERGE_STATE_ENV, "").strip()
    if configured:
        return Path(configured)
    return platformdirs.user_data_path("Saphan", appauthor=False) / MERGE_STATE_FILE


def _merge(args: argparse.Namespace) -> int:
    from directory import exports

    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise NetworkCliFailure("the output file must end in .xlsx or .csv")
    five_w: Path | None = getattr(args, "five_w", None)
    if five_w is not None and five_w.suffix.lower() not in (".xlsx", ".csv"):
        raise NetworkCliFailure("the 5W file must end in .xlsx or .csv")
    if args.db is not None:
        return _merge_with_database(args, suffix)
    result, network = _merge_folder(args)
    if suffix == ".xlsx":
        exports.aggregates_xlsx(result.report, args.out)
    else:
        exports.aggregates_csv(result.report, args.out)
    print(
        f"Merged {len(result.read.accepted)} of {len(network.members)} CSOs "
        f"({len(result.read.rejected)} files rejected) into {args.out}."
    )
    _write_five_w(result.report, network, five_w)
    return EXIT_OK


def _write_five_w(report: NetworkReport, network: Network, path: Path | None) -> None:
    """``--5w FILE``: the 5W table, and what it holds."""
    if path is None:
        return
    from directory.five_w import write_five_w

    write_five_w(report, network, path)
    cso = len({r.cso_code for r in report.five_w})
    print(f"Wrote the 5W table ({len(report.five_w)} rows from {cso} CSOs) to {path}.")
    if not network.areas:
        print(
            "The network file lists no areas, so the CSOs publish no 5W figures: set them "
            "with `saphan network areas`."
        )


def _donor_report(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() != ".docx":
        raise NetworkCliFailure("the output file must end in .docx")
    if out.is_dir():
        raise NetworkCliFailure(f"{out} is a folder: give a file name ending in .docx")
    result, network = _merge_folder(args)
    from PySide6.QtWidgets import QApplication

    # The charts are widgets drawn offscreen: no window opens, no display is needed.
    app = QApplication.instance() or QApplication(["saphan", "-platform", "offscreen"])
    from desktop.coordinator import donor_report

    donor_report.donor_report(result.report, network, out, args.language)
    del app
    print(
        f"Merged {len(result.read.accepted)} of {len(network.members)} CSOs "
        f"({len(result.read.rejected)} files rejected); wrote the donor report to {out}."
    )
    return EXIT_OK


def _merge_folder(args: argparse.Namespace) -> tuple[MergeResult, Network]:
    """Merge the folder's bundles as ``saphan merge`` does: check the network file against
    the key trusted before, remember what was merged, print what was read."""
    from directory.folder import read_network
    from directory.merge_state import (
        NetworkMemory,
        folder_id,
        load_merge_state,
        save_merge_state,
    )
    from directory.sharing import state

    key = (args.network_key or "").strip().lower() or None
    if key is not None and (len(key) != 64 or any(c not in "0123456789abcdef" for c in key)):
        raise NetworkCliFailure("--network-key must be 64 hexadecimal characters")
    folder = state.require_folder(args.folder)
    state_path: Path = args.state or default_merge_state()
    memory = load_merge_state(state_path)
    network = read_network(folder, key)
    known = memory.networks.get(network.network_id)
    here = folder_id(folder)
    _check_trust(
        network, known, memory.folders.get(here), key, state_path, state.key_fingerprint_hex
    )
    seen = dict(known.seen) if known is not None else {}
    history = dict(known.publishers) if known is not None else {}
    result = state.merge_folder(folder, network, seen, history=history)
    read = result.read
    memory.networks[network.network_id] = NetworkMemory(
        coordinator_key=network.coordinator_key,
        network_revision=max(network.revision, known.network_revision if known else 0),
        seen=read.seen,
        publishers=result.report.publishers,
    )
    memory.folders[here] = network.network_id
    try:
        save_merge_state(state_path, memory)
    except OSError as exc:
        raise NetworkCliFailure(
            f"cannot write the merge state {state_path} ({exc.strerror or exc}); nothing was merged"
        ) from None
    _print_read(read, seen)
    _print_divergences(result.report)
    return result, network


def _merge_with_database(args: argparse.Namespace, suffix: str) -> int:
    """``merge --db COORD.db``: the app's coordinator merge, from the terminal."""
    from desktop.cli.common import sole_user
    from directory import exports
    from directory.sharing import coordinator, state

    if args.network_key or args.state:
        raise NetworkCliFailure(
            "--db pins the coordinator key and keeps the revisions merged in the database: "
            "leave out --network-key and --state"
        )
    user = args.user or sole_user(args.db)
    if user is None:
        raise NetworkCliFailure(f"{args.db} has more than one account: give --user NAME")
    store = open_store(args.db, user)
    try:
        folder = state.require_folder(args.folder)
        inputs = coordinator.merge_inputs(store)
        coordinator.check_folder_network(inputs.network, folder)
        result = state.merge_folder(folder, inputs.network, inputs.seen, inputs.key, inputs.history)
        coordinator.remember_merge(store, result.read.seen, result.report.publishers)
    finally:
        store.close()
    _print_read(result.read, inputs.seen)
    _print_divergences(result.report)
    if suffix == ".xlsx":
        exports.aggregates_xlsx(result.report, args.out)
    else:
        exports.aggregates_csv(result.report, args.out)
    written = ""
    if result.directory_written:
        written = " The service directory was written to the folder."
    print(
        f"Merged {len(result.read.accepted)} of {len(inputs.network.members)} CSOs "
        f"({len(result.read.rejected)} files rejected) into {args.out}.{written}"
    )
    _write_five_w(result.report, inputs.network, getattr(args, "five_w", None))
    return EXIT_OK


def _check_trust(
    network: Network,
    known: NetworkMemory | None,
    before: str | None,
    key: str | None,
    state_path: Path,
    fingerprint: Callable[[str], str],
) -> None:
    """Refuse a network file that is not the one trusted before: another network in this
    folder, another coordinator key (unless given with --network-key), or an older revision
    than already merged. ``before`` is the network last merged from this folder."""
    if key is None:
        if before is not None and before != network.network_id:
            raise NetworkCliFailure(
                f"network.json of this folder is now for network {network.network_id}, not "
                f"{before} as when it was last merged; check with the coordinator, then pass "
                "--network-key HEX to accept it"
            )
        if known is not None and known.coordinator_key != network.coordinator_key:
            raise NetworkCliFailure(
                "network.json is signed by another coordinator key "
                f"({fingerprint(network.coordinator_key)}) than the one trusted for network "
                f"{network.network_id} ({fingerprint(known.coordinator_key)}); if the "
                "coordinator changed keys, check the new one with them and pass it with "
                "--network-key HEX"
            )
        if known is None:
            print(
                f"Trusting the coordinator key {fingerprint(network.coordinator_key)} of "
                f"network {network.network_id} (first use; remembered in {state_path}). "
                "Pass --network-key to check it against the coordinator's instead."
            )
    elif known is not None and known.coordinator_key != key:
        print(
            f"Now trusting the coordinator key {fingerprint(key)} given with --network-key "
            f"for network {network.network_id} (was {fingerprint(known.coordinator_key)})."
        )
    if known is not None and network.revision < known.network_revision:
        raise NetworkCliFailure(
            f"network.json is revision {network.revision}, older than revision "
            f"{known.network_revision} of network {network.network_id} already merged "
            "(a replayed copy?); nothing was merged"
        )


def _print_read(read: ReadResult, seen: dict[str, int]) -> None:
    """One line per bundle file: accepted, skipped as an older copy, or rejected and why."""
    from desktop.errors import terminal_text
    from directory.errors import BundleInvalid
    from directory.folder import code_from_filename

    for b in read.accepted:
        print(f"accepted  {b.cso.code}  revision {b.revision}")
    for name in read.superseded:
        print(f"skipped   {name}: an older copy")
    for r in read.rejected:
        cso = code_from_filename(r.filename)
        if r.reason == "stale_revision" and cso is not None and cso in seen:
            why = (
                f"older than revision {seen[cso]} of {cso} already merged (a replayed copy?); "
                "not merged"
            )
        else:
            why = terminal_text(BundleInvalid(r.reason))
        print(f"REJECTED  {r.filename}: {why}")


def _print_divergences(report: NetworkReport) -> None:
    """One line per CSO whose laptops published bundles that do not agree."""
    for d in report.divergences:
        name = "".join(c if c.isprintable() else " " for c in d.cso_name)
        print(
            f"WARNING   {d.cso_code} ({name}): two laptops published figures that do not "
            f"agree (revisions {d.other_revision} and {d.revision}); the figures of revision "
            f"{d.revision} count. The CSO should sync its team and publish again."
        )
