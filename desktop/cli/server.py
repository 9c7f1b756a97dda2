"""Headless commands of the coordination server (registered by :mod:`desktop.cli`):

    saphan publish --db PATH --user NAME --server URL --network N
    saphan pull --db PATH --user NAME --server URL --network N
    saphan server-token --db PATH --user NAME --server URL --network N

``publish --server`` pulls the network file from the server (its coordinator key trusted on
first use, like the shared folder's), builds and signs this CSO's bundle and sends it. When the
server cannot be reached the bundle waits in the outbox (inside the CSO's encrypted database)
and goes with the next ``publish``. ``pull --server`` reads the network file, the server's
merged directory and the sealed referral feedback addressed to this CSO, and updates the
referrals it concerns. ``server-token`` keeps the CSO's token, read from
SAPHAN_SERVER_TOKEN or a prompt, in the OS keyring (never in a file).

No Qt here. Expected failures end with exit code 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
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
    from db.store import Store

TOKEN_ENV = "SAPHAN_SERVER_TOKEN"


def add_server_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``--server URL --network N`` on ``publish`` and ``pull`` (whose ``--folder`` becomes
    one choice of two), and the ``server-token`` command."""
    for name, text in (
        ("publish", "publish this CSO's bundle"),
        ("pull", "read the network file and this CSO's referral feedback"),
    ):
        parser = commands.choices.get(name)
        if parser is None:
            parser = commands.add_parser(name, help=text)
            parser.add_argument("--db", required=True, type=Path, metavar="PATH")
            parser.add_argument("--user", required=True, metavar="NAME")
        for action in parser._actions:
            if action.dest == "folder":
                action.required = False
        _server_options(parser)
    token = commands.add_parser(
        "server-token",
        help="keep this CSO's coordination-server token in the OS keyring",
        description=f"Read the token from {TOKEN_ENV} or a prompt and keep it in the OS "
        "keyring for --server publishes. It is never written to a file.",
    )
    token.add_argument("--db", required=True, type=Path, metavar="PATH")
    token.add_argument("--user", required=True, metavar="NAME")
    _server_options(token, required=True)
    token.set_defaults(run=run_server_command)


def _server_options(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--server", required=required, metavar="URL", help="the coordination server (https://...)"
    )
    parser.add_argument(
        "--network", dest="server_network", required=required, metavar="N", help="network code"
    )


def wants_server(args: argparse.Namespace) -> bool:
    """True when this command line is for the server (``cli.main`` dispatches it here)."""
    if args.command == "server-token":
        return True
    return args.command in ("publish", "pull") and (
        getattr(args, "server", None) is not None or getattr(args, "folder", None) is None
    )


def run_server_command(args: argparse.Namespace) -> int:
    from db.errors import KeyringUnavailable
    from desktop.errors import terminal_text
    from directory.errors import DirectoryError

    try:
        if args.command == "server-token":
            return _save_token(args)
        if args.server is None or getattr(args, "folder", None) is not None:
            raise _Failure("give either --folder DIR or --server URL --network N")
        if not args.server_network:
            raise _Failure("--server needs --network N")
        return _pull(args) if args.command == "pull" else _publish(args)
    except _Failure as exc:
        message = str(exc)
    except (KeyringUnavailable, DirectoryError) as exc:
        message = terminal_text(exc)
    print(f"saphan: {message}", file=sys.stderr)
    return EXIT_FAILED


class _Failure(Exception):
    pass


def _open(args: argparse.Namespace) -> Store:
    return open_store(args.db, args.user)


def _save_token(args: argparse.Namespace) -> int:
    from directory.server_client import save_token

    token = os.environ.get(TOKEN_ENV) or ""
    if not token:
        try:
            token = getpass.getpass("Server token: ")
        except EOFError:
            raise _Failure(f"no token given (set {TOKEN_ENV} or run in a terminal)") from None
    token = token.strip()
    if not token:
        raise _Failure("no token given")
    store = _open(args)
    try:
        code = store.cso.code
    finally:
        store.close()
    save_token(args.server, args.server_network, code, token)
    print(f"Kept the server token of {code} for {args.server_network} in the OS keyring.")
    return EXIT_OK


def _publish(args: argparse.Namespace) -> int:
    from directory import server_client as client
    from directory.sharing import state

    store = _open(args)
    try:
        url, network_id = args.server, args.server_network
        token = client.load_token(url, network_id, store.cso.code)
        sent = None
        if _pending(store, args):
            # Offline, superseded or refused: the new bundle below replaces it anyway.
            with contextlib.suppress(client.ServerError):
                sent = client.send_outbox(store, url, network_id, token, attempts=2)
        published = state.publish_server(store, url, network_id, token, attempts=3)
    finally:
        store.close()
    if published.newly_trusted:
        fingerprint = state.key_fingerprint_hex(published.network.coordinator_key)
        print(trusting(fingerprint))
    if sent is not None:
        print(f"Sent revision {sent.revision}, which was waiting in the outbox.")
    revision = published.bundle.revision
    if published.queued:
        print(
            f"The server cannot be reached: revision {revision} waits in the outbox "
            "and goes with the next publish."
        )
    else:
        print(f"Published revision {revision} to {url} ({network_id}).")
    return EXIT_OK


def _pull(args: argparse.Namespace) -> int:
    from directory.sharing import pipeline, state

    store = _open(args)
    try:
        transport = state.server_transport(store, args.server, args.server_network)
        pulled = pipeline.pull(store, transport)
        if pulled.trust == "changed":
            raise _Failure(key_changed("the server's network file"))
        applied = pipeline.keep_pulled(store, transport, pulled)
    finally:
        store.close()
    if pulled.trust == "new":
        fingerprint = state.key_fingerprint_hex(pulled.network.coordinator_key)
        print(trusting(fingerprint))
    print(pulled_summary(pulled.network.revision, applied))
    return EXIT_OK


def _pending(store: Store, args: argparse.Namespace) -> bool:
    from directory.server_client import pending_bundle

    return pending_bundle(store, args.server, args.server_network) is not None
