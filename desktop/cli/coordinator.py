"""The coordinator's commands (registered by :mod:`desktop.cli`):

    saphan network create --db COORD.db --user NAME (--folder DIR | --server URL) --id ID
        --name TEXT --start YYYY-MM --end YYYY-MM [--threshold K]
    saphan network add-member --db COORD.db --user NAME (--folder DIR | --server URL)
        --code CODE --cso-name TEXT --public-key HEX [--fingerprint XXXX-XXXX-XXXX-XXXX]
    saphan network remove-member --db COORD.db --user NAME (--folder DIR | --server URL)
        --code CODE
    saphan network targets --db COORD.db --user NAME (--folder DIR | --server URL)
        --set PROGRAMME=N [--set ...] [--cso CODE] [--set-outcome PROGRAMME:INSTRUMENT=N ...]
    saphan network areas --db COORD.db --user NAME (--folder DIR | --server URL)
        --set CODE=NAME[:ADMINCODE[:PARENT]] [--set ...] [--remove CODE ...]
    saphan network show (--folder DIR | --server URL --network N) [--db PATH --user NAME]
    saphan cso-key --db CSO.db --user NAME

The network file lives in the coordinator's own Saphan database with the key that signs it
(``network create`` makes the database when it is missing, NAME as its admin, who coordinates;
the key never leaves it). Each change makes the next revision there, signed, and writes it to
``DIR/network.json`` or sends it to the coordination server. The operations are those of the
app's coordinator workspace (:mod:`directory.sharing.coordinator`).

Nothing is changed when the folder or the server cannot be reached, or holds a network file
that is not an older revision of this network (another network's, or a newer one). If writing
fails after the database took the change, the command says so: the next network command (or
``network create`` with the same ID) writes the newest revision.

On the server the coordinator's token comes from ``SAPHAN_SERVER_TOKEN`` or the OS keyring
(kept there by ``saphan server-token --db COORD.db ...``). The server must hold the network
already: its administrator registers the first network file with ``saphan-server
create-network``.

``cso-key`` prints what a CSO gives the coordinator to join: its code, its public key (hex)
and the key's fingerprint, to read out over the phone.

No Qt here. Nothing printed names a person. Expected failures end with exit code 2 and one
line on stderr.
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.common import EXIT_OK, CliFailure, finish_interrupted, open_store, read_password

if TYPE_CHECKING:
    from db.store import Store
    from directory.network import Network

TOKEN_ENV = "SAPHAN_SERVER_TOKEN"
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


# --- the parser -----------------------------------------------------------------------------


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    network = commands.add_parser(
        "network",
        help="create and change the network file (coordinator)",
        description="The coordinator's network file: create the network, add and remove "
        "members, set targets, show it. Kept and signed in the coordinator's database, "
        "written to the shared folder or sent to the server.",
    )
    actions = network.add_subparsers(dest="action", metavar="ACTION", required=True)
    _add_create(actions)
    _add_changes(actions)
    _add_show(actions)

    key = commands.add_parser(
        "cso-key",
        help="print this CSO's code, public key and fingerprint (to join a network)",
        description="Print the CSO's code, its public key (hex) and the key's fingerprint, "
        "made on first use. Give them to the coordinator (`saphan network add-member`).",
    )
    key.add_argument("--db", required=True, type=Path, metavar="PATH")
    key.add_argument("--user", required=True, metavar="NAME")
    key.set_defaults(run=_cso_key)


def _add_create(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    create = actions.add_parser(
        "create",
        help="create the network (and the coordinator's database when missing)",
        description="Create the network, signed by the network key kept in COORD.db (made "
        "when missing, with NAME as its admin), and write it to the folder or server. Run "
        "again with the same ID, it writes the network kept in COORD.db again.",
    )
    _changing(create)
    create.add_argument("--id", required=True, metavar="ID", help="network code, e.g. maesot")
    create.add_argument("--name", required=True, metavar="TEXT")
    create.add_argument("--start", required=True, type=_month, metavar="YYYY-MM")
    create.add_argument("--end", required=True, type=_month, metavar="YYYY-MM")
    create.add_argument(
        "--threshold",
        type=int,
        default=5,
        metavar="K",
        help="counts below K are withheld (default %(default)s)",
    )
    create.add_argument(
        "--cso-code",
        metavar="CODE",
        help="the code of the coordinator's own database when it is created (default: from "
        "the network ID)",
    )
    create.set_defaults(run=_create)


def _add_changes(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    add = actions.add_parser(
        "add-member",
        help="register a CSO (or replace its key)",
        description="Register a CSO with its public key (from its `saphan cso-key`). Compare "
        "the fingerprint printed with the one the CSO reads out, or give it with "
        "--fingerprint to have it checked.",
    )
    _changing(add)
    add.add_argument("--code", required=True, metavar="CODE")
    add.add_argument("--cso-name", required=True, metavar="TEXT")
    add.add_argument("--public-key", required=True, metavar="HEX")
    add.add_argument("--fingerprint", metavar="XXXX-XXXX-XXXX-XXXX")
    add.set_defaults(run=_add_member)

    remove = actions.add_parser("remove-member", help="remove a CSO and its shares of the targets")
    _changing(remove)
    remove.add_argument("--code", required=True, metavar="CODE")
    remove.set_defaults(run=_remove_member)

    targets = actions.add_parser(
        "targets",
        help="set the network's targets, a CSO's shares of them, or outcome targets",
        description="Set people-reached targets per programme: the network's, or with --cso "
        "that member's share (what its dashboard then shows as its target). --set-outcome "
        "sets the network's outcome target of a programme and instrument: how many people "
        "improve by at least the instrument's minimal important difference (e.g. "
        "mhpss:who5=40). N 'none' removes the target. Give --set, --set-outcome or both; "
        "the change is one new revision.",
    )
    _changing(targets)
    targets.add_argument(
        "--set",
        dest="values",
        action="append",
        default=[],
        type=_target,
        metavar="PROGRAMME=N",
    )
    targets.add_argument("--cso", metavar="CODE", help="set this member's shares")
    targets.add_argument(
        "--set-outcome",
        dest="outcomes",
        action="append",
        default=[],
        type=_outcome_target,
        metavar="PROGRAMME:INSTRUMENT=N",
        help="an outcome target, e.g. mhpss:who5=40 (people improved)",
    )
    targets.set_defaults(run=_targets)

    areas = actions.add_parser(
        "areas",
        help="set the areas where activities happen (the 'where' of the 5W report)",
        description="Add or change areas (code, name, the admin code where the place has one, "
        "e.g. a tambon's P-code TH630603, and the area it lies in), or remove them. The CSOs "
        "pick an area when they log a session; their bundles then carry 5W figures.",
    )
    _changing(areas)
    areas.add_argument(
        "--set",
        dest="areas",
        action="append",
        default=[],
        type=_area,
        metavar="CODE=NAME[:ADMINCODE[:PARENT]]",
    )
    areas.add_argument("--remove", action="append", default=[], metavar="CODE")
    areas.set_defaults(run=_areas)


def _add_show(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    show = actions.add_parser(
        "show",
        help="print the network file and check its signature",
        description="Print the network file of the folder or server and check its signature: "
        "against the key kept in --db (the coordinator's own, or the one a CSO trusts), "
        "else the one the merge pinned (--state), else the key the file names.",
    )
    where = show.add_mutually_exclusive_group(required=True)
    where.add_argument("--folder", type=Path, metavar="DIR")
    where.add_argument("--server", metavar="URL")
    show.add_argument("--network", dest="server_network", metavar="N", help="with --server")
    show.add_argument("--db", type=Path, metavar="PATH")
    show.add_argument("--user", metavar="NAME")
    show.add_argument("--state", type=Path, metavar="FILE", help="the merge's state file")
    show.set_defaults(run=_show)


def _changing(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="COORD.db")
    parser.add_argument("--user", required=True, metavar="NAME")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--folder", type=Path, metavar="DIR")
    where.add_argument("--server", metavar="URL")


def _month(text: str) -> str:
    if not _MONTH.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not a month YYYY-MM: {text!r}")
    return text


def _target(text: str) -> tuple[str, int | None]:
    programme, sep, value = text.partition("=")
    programme, value = programme.strip(), value.strip().replace(",", "")
    if not sep or not programme:
        raise argparse.ArgumentTypeError(f"not PROGRAMME=N: {text!r}")
    if value.lower() in ("none", ""):
        return programme, None
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}")
    return programme, int(value)


_AREA_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_ADMIN_CODE = re.compile(r"^[A-Z]{2}([0-9]{2}){1,6}$")


def _area(text: str) -> tuple[str, str, str | None, str | None]:
    """``CODE=NAME[:ADMINCODE[:PARENT]]`` -> (code, name, admin code, parent)."""
    code, sep, rest = text.partition("=")
    code = code.strip()
    name, _, more = rest.partition(":")
    admin, _, parent = more.partition(":")
    name, admin, parent = name.strip(), admin.strip().upper(), parent.strip()
    if not sep or not _AREA_CODE.fullmatch(code) or not name:
        raise argparse.ArgumentTypeError(
            f"not CODE=NAME[:ADMINCODE[:PARENT]] (code: small letters, digits and _): {text!r}"
        )
    if admin and not _ADMIN_CODE.fullmatch(admin):
        raise argparse.ArgumentTypeError(f"not an admin code such as TH630603: {admin!r}")
    if parent and not _AREA_CODE.fullmatch(parent):
        raise argparse.ArgumentTypeError(f"not an area code: {parent!r}")
    return code, name, admin or None, parent or None


def _outcome_target(text: str) -> tuple[tuple[str, str], int | None]:
    code, sep, _ = text.partition("=")
    programme, colon, instrument = code.partition(":")
    programme, instrument = programme.strip(), instrument.strip().lower()
    if not sep or not colon or not programme or not instrument:
        raise argparse.ArgumentTypeError(f"not PROGRAMME:INSTRUMENT=N: {text!r}")
    _, value = _target(f"{programme}={text.partition('=')[2]}")
    return (programme, instrument), value


# --- changing the network -------------------------------------------------------------------


def _token(url: str, network_id: str, store: Store | None) -> str:
    token = os.environ.get(TOKEN_ENV, "").strip()
    if token:
        return token
    if store is None:
        raise CliFailure(f"no server token: set {TOKEN_ENV} or give --db and --user")
    from directory.server_client import load_token

    return load_token(url, network_id, store.cso.code)


def _folder_network(folder: Path) -> Network | None:
    """The folder's network file when it is a validly signed one (else None)."""
    from directory import folder as shared
    from directory.errors import BundleInvalid, NetworkInvalid

    try:
        return shared.read_network(folder)
    except (NetworkInvalid, BundleInvalid):
        return None


def _check_destination(args: argparse.Namespace, store: Store, network: Network) -> None:
    """Before changing anything: the folder or server can be reached and its network file
    (if any) may be replaced by a newer revision of ``network``."""
    from directory import server_client as client
    from directory.sharing import coordinator
    from directory.sharing.state import require_folder

    if args.folder is not None:
        there = _folder_network(require_folder(args.folder))
    else:
        token = _token(args.server, network.network_id, store)
        there = client.pull_network(args.server, network.network_id, token, network.coordinator_key)
    if there is not None:
        coordinator.check_replaces(network, there)


def _deliver(args: argparse.Namespace, store: Store, network: Network) -> str:
    """Write or send ``network``; where it went. A failure says the database kept it."""
    from desktop.errors import terminal_text
    from directory.errors import FolderUnreachable
    from directory.server_client import ServerError
    from directory.sharing import coordinator

    try:
        if args.folder is not None:
            folder = coordinator.write_to_folder(network, args.folder)
            return str(folder / "network.json")
        token = _token(args.server, network.network_id, store)
        coordinator.send_to_server(network, args.server, token)
        return f"{args.server} ({network.network_id})"
    except ServerError as exc:
        if exc.status == 404:
            why = (
                f"the server does not hold network {network.network_id} yet: its administrator "
                "registers it with `saphan-server create-network` from the network file "
                "(write one with --folder)"
            )
        else:
            why = terminal_text(exc)
    except (FolderUnreachable, OSError) as exc:
        why = terminal_text(exc) if isinstance(exc, FolderUnreachable) else str(exc)
    raise CliFailure(
        f"revision {network.revision} of network {network.network_id} is kept in {args.db} "
        f"but was not written: {why}; the next network command writes it"
    )


def _change(
    args: argparse.Namespace, operate: Callable[[Store], Network], done: Callable[[Network], str]
) -> int:
    from directory.sharing import coordinator

    store = open_store(args.db, args.user)
    try:
        _check_destination(args, store, coordinator.require_network(store))
        network = operate(store)
        where = _deliver(args, store, network)
    finally:
        store.close()
    print(f"{done(network)}; revision {network.revision} written to {where}.")
    return EXIT_OK


def _add_member(args: argparse.Namespace) -> int:
    from directory.sharing import coordinator
    from directory.signing import key_fingerprint

    text = args.public_key.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{64}", text):
        raise CliFailure("--public-key must be 64 hexadecimal characters")
    key = bytes.fromhex(text)
    code = args.code.strip().upper()
    return _change(
        args,
        lambda store: coordinator.add_member(
            store, code=code, name=args.cso_name.strip(), public_key=key,
            fingerprint=args.fingerprint,
        ),
        lambda _n: f"Added {code} (key fingerprint {key_fingerprint(key)})",
    )  # fmt: skip


def _remove_member(args: argparse.Namespace) -> int:
    from directory.sharing import coordinator

    code = args.code.strip().upper()
    return _change(
        args, lambda store: coordinator.remove_member(store, code), lambda _n: f"Removed {code}"
    )


def _targets(args: argparse.Namespace) -> int:
    from directory.sharing import coordinator

    values = dict(args.values)
    outcomes = dict(args.outcomes)
    cso = args.cso.strip().upper() if args.cso else None
    if not values and not outcomes:
        raise CliFailure("give --set PROGRAMME=N or --set-outcome PROGRAMME:INSTRUMENT=N")
    if cso and not values:
        raise CliFailure("--cso sets a member's shares: give them with --set PROGRAMME=N")

    def done(network: Network) -> str:
        said = []
        if values:
            set_ = ", ".join(f"{p} {'none' if v is None else v}" for p, v in values.items())
            said.append(f"Set the targets of {cso}: {set_}" if cso else f"Set the targets: {set_}")
        if outcomes:
            set_ = ", ".join(
                f"{p}:{i} {'none' if v is None else v}" for (p, i), v in outcomes.items()
            )
            said.append(f"Set the outcome targets: {set_}")
        return "; ".join(said)

    return _change(
        args,
        lambda store: coordinator.set_targets(store, values, cso=cso, outcomes=outcomes),
        done,
    )


def _areas(args: argparse.Namespace) -> int:
    from directory.network import Area
    from directory.sharing import coordinator

    if not args.areas and not args.remove:
        raise CliFailure("give --set CODE=NAME[:ADMINCODE[:PARENT]] or --remove CODE")
    changes: dict[str, Area | None] = {code.strip(): None for code in args.remove}
    for code, name, admin, parent in args.areas:
        changes[code] = Area(code=code, name=name, admin_code=admin, parent=parent)

    def done(network: Network) -> str:
        return f"Set the areas: {len(network.areas or ())} in the network"

    return _change(args, lambda store: coordinator.set_areas(store, changes), done)


def _default_code(network_id: str) -> str:
    code = re.sub(r"[^A-Z0-9]", "", network_id.upper())[:12]
    return code if len(code) >= 2 else "COORD"


def _create(args: argparse.Namespace) -> int:
    from db.setup import create_cso_database, database_exists
    from directory.sharing import coordinator, state

    coordinator.check_new(
        args.id, args.name, start=args.start, end=args.end, threshold=args.threshold
    )
    there: Network | None = None
    if args.folder is not None:
        try:
            args.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CliFailure(
                f"cannot make the folder {args.folder} ({exc.strerror or exc})"
            ) from None
        there = _folder_network(args.folder)
    db_path: Path = args.db
    finish_interrupted(db_path)
    if not database_exists(db_path):
        if there is not None:
            raise CliFailure(
                f"{args.folder} holds the network file of {there.network_id} already (revision "
                f"{there.revision}, another coordinator key); choose another folder"
            )
        if db_path.exists():
            raise CliFailure(f"{db_path} exists but has no key file next to it")
        code = (args.cso_code or _default_code(args.id)).strip().upper()
        result = create_cso_database(
            db_path,
            cso_code=code,
            cso_name=f"{args.name} (coordinator)"[:200],
            admin_username=args.user,
            admin_full_name=args.user,
            admin_password=read_password(args.user, confirm=True),
        )
        store = result.store
        print(f"Created {db_path} for {code}, admin {store.user.username}.")
        print(
            f"Recovery passphrase (write it down, it is shown once): {result.recovery_passphrase}"
        )
    else:
        store = open_store(db_path, args.user)
    try:
        network = coordinator.current(store)
        if network is not None and network.network_id != args.id:
            raise CliFailure(
                f"{db_path} holds the network {network.network_id} already; one coordinator "
                "database holds one network"
            )
        if network is not None:
            print(
                f"{db_path} holds network {network.network_id} already (revision "
                f"{network.revision}); writing it again."
            )
            _check_destination(args, store, network)
        else:
            if there is not None:
                raise CliFailure(
                    f"{args.folder} holds the network file of {there.network_id} already "
                    f"(revision {there.revision}); choose another folder"
                )
            if args.server is not None:
                _token(args.server, args.id, store)  # a token first, or nothing is made
            network = coordinator.create(
                store,
                args.id,
                args.name,
                start=args.start,
                end=args.end,
                threshold=args.threshold,
            )
        where = _deliver(args, store, network)
    finally:
        store.close()
    fingerprint = state.key_fingerprint_hex(network.coordinator_key)
    print(
        f"Network {network.network_id} ({network.name}), revision {network.revision}, written "
        f"to {where}. Coordinator key fingerprint: {fingerprint}"
    )
    return EXIT_OK


# --- reading ---------------------------------------------------------------------------------


def _cso_key(args: argparse.Namespace) -> int:
    from directory.sharing import keys
    from directory.signing import key_fingerprint

    store = open_store(args.db, args.user)
    try:
        code = store.cso.code
        public = keys.cso_public_key(store)
    finally:
        store.close()
    print(f"code: {code}")
    print(f"public key: {public.hex()}")
    print(f"fingerprint: {key_fingerprint(public)}")
    return EXIT_OK


def _pinned(args: argparse.Namespace, store: Store | None, network_id: str) -> tuple[str, str]:
    """The key the network file must be signed by, and where it was pinned ("" if nowhere)."""
    from desktop.cli.network import default_merge_state
    from directory.merge_state import load_merge_state
    from directory.sharing import coordinator, memory

    if store is not None:
        own = coordinator.current(store)
        if own is not None:
            return own.coordinator_key, f"the coordinator's key kept in {args.db}"
        trusted = memory.trusted_key(store)
        if trusted:
            return trusted, f"the coordinator key trusted in {args.db}"
    path = args.state or default_merge_state()
    known = load_merge_state(path).networks.get(network_id)
    if known is not None:
        return known.coordinator_key, f"the coordinator key the merge pinned in {path}"
    return "", ""


def _show(args: argparse.Namespace) -> int:
    from directory import server_client as client
    from directory.sharing import coordinator, state

    if (args.db is None) != (args.user is None):
        raise CliFailure("give --db and --user together")
    store = open_store(args.db, args.user) if args.db is not None else None
    try:
        if args.folder is not None:
            folder = state.require_folder(args.folder)
            network = state.load_network_file(folder / "network.json")  # signed by its key
            source = str(folder / "network.json")
        else:
            own = coordinator.current(store) if store is not None else None
            network_id = args.server_network or (own.network_id if own else None)
            if not network_id:
                raise CliFailure("--server needs --network N")
            token = _token(args.server, network_id, store)
            network = client.pull_network(args.server, network_id, token)
            source = f"{args.server} ({network_id})"
        key, where = _pinned(args, store, network.network_id)
    finally:
        if store is not None:
            store.close()
    fingerprint = state.key_fingerprint_hex(network.coordinator_key)
    if key and key != network.coordinator_key:
        raise CliFailure(
            f"{source} is signed by the coordinator key {fingerprint}, not by "
            f"{where} ({state.key_fingerprint_hex(key)}): do not use it; ask the coordinator"
        )
    for line in network_lines(network):
        print(line)
    if key:
        print(f"signature: valid, by {where} ({fingerprint})")
    else:
        print(
            f"signature: valid, by the key the file names ({fingerprint}); nothing pinned it "
            "here: compare the fingerprint with the coordinator's"
        )
    return EXIT_OK


def network_lines(network: Network) -> list[str]:
    """The network file as lines for the terminal."""
    from directory.network import PEOPLE_REACHED
    from directory.signing import key_fingerprint_hex

    period = network.reporting_period
    lines = [
        f"network: {network.network_id}",
        f"name: {_printable(network.name)}",
        f"revision: {network.revision} ({network.created_at})",
        f"period: {period.start} to {period.end}",
        f"threshold: {network.suppression_threshold} (smaller counts are withheld)",
        f"coordinator key: {key_fingerprint_hex(network.coordinator_key)}",
        "programmes:",
    ]
    for p in network.programmes:
        target = network.target(p.code)
        others = [
            f"{t.value} {t.indicator.replace('_', ' ')}"
            for t in network.targets
            if t.programme == p.code and t.indicator != PEOPLE_REACHED
        ]
        text = "no target" if target is None else f"target {target} people"
        shares = {
            m.code: v
            for m in network.members
            if (v := network.cso_target(m.code, p.code)) is not None
        }
        if shares:
            listed = ", ".join(f"{code} {v}" for code, v in shares.items())
            text += f"; shares {listed} (together {sum(shares.values())})"
        if others:
            text += "; " + ", ".join(others)
        lines.append(f"  {p.code}: {_printable(p.name)}: {text}")
    if network.outcome_targets:
        lines.append("outcome targets (people improved):")
        lines += [f"  {t.programme}:{t.instrument}: {t.improved}" for t in network.outcome_targets]
    lines.append(f"members: {len(network.members)}")
    for m in network.members:
        shares = network.shares(m.code)
        targets = ", ".join(f"{p} {v}" for p, v in shares.items()) if shares else "no own targets"
        lines.append(f"  {m.code}: {_printable(m.name)}: {m.fingerprint}; targets: {targets}")
    if network.areas:
        lines.append(f"areas: {len(network.areas)}")
        for a in network.areas:
            where = [a.admin_code or "no admin code"]
            if a.parent:
                where.append(f"in {a.parent}")
            lines.append(f"  {a.code}: {_printable(a.name)} ({', '.join(where)})")
    return lines


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else " " for c in text)
