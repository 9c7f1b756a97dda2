"""The ``saphan-server`` command.

    saphan-server init                                   create / upgrade the database schema
    saphan-server serve [--bind H] [--port P] [--tls-cert F --tls-key F | --behind-proxy]
    saphan-server create-network --network N --network-file network.json
    saphan-server issue-token --network N (--cso CODE | --coordinator) [--label TEXT]
    saphan-server revoke-token --network N (--cso CODE | --coordinator | --token-id ID)
    saphan-server list-tokens [--network N]

``--database-url`` (or SAPHAN_SERVER_DATABASE_URL) picks the database; see
:mod:`directory.server.config` for the other settings. A token is printed once, when it is
issued: the server keeps only its hash. Expected failures end with exit code 2 and one line.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path
from typing import Any

from directory.documents import encode, read_json_file
from directory.errors import BundleInvalid, NetworkInvalid
from directory.server.config import ConfigError, Settings
from directory.server.storage import COORDINATOR, CSO, Storage, StorageConflict
from directory.validation import check_network_document

EXIT_OK = 0
EXIT_FAILED = 2


class Failure(Exception):
    """A failure worded for the terminal."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="saphan-server",
        description="The Saphan coordination server: stores signed bundles and network files.",
    )
    parser.add_argument("--database-url", metavar="URL", help="default sqlite:///saphan-server.db")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    commands.add_parser("init", help="create or upgrade the database schema")

    serve = commands.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--bind", metavar="HOST", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, metavar="PORT")
    serve.add_argument("--tls-cert", type=Path, metavar="FILE", help="serve HTTPS with this")
    serve.add_argument("--tls-key", type=Path, metavar="FILE")
    serve.add_argument(
        "--behind-proxy",
        action="store_true",
        default=None,
        help="a reverse proxy terminates TLS; trust its X-Forwarded-Proto/For headers only",
    )
    serve.add_argument(
        "--trusted-proxies",
        metavar="IPS",
        help="comma-separated addresses or networks of the proxy (default 127.0.0.1)",
    )

    create = commands.add_parser("create-network", help="register a network and its file")
    create.add_argument("--network", required=True, metavar="N")
    create.add_argument("--network-file", required=True, type=Path, metavar="FILE")

    issue = commands.add_parser("issue-token", help="issue a CSO's or the coordinator's token")
    issue.add_argument("--network", required=True, metavar="N")
    who = issue.add_mutually_exclusive_group(required=True)
    who.add_argument("--cso", metavar="CODE")
    who.add_argument("--coordinator", action="store_true")
    issue.add_argument("--label", default="", metavar="TEXT", help="e.g. the laptop's name")

    revoke = commands.add_parser("revoke-token", help="revoke tokens")
    revoke.add_argument("--network", required=True, metavar="N")
    which = revoke.add_mutually_exclusive_group(required=True)
    which.add_argument("--cso", metavar="CODE")
    which.add_argument("--coordinator", action="store_true")
    which.add_argument("--token-id", type=int, metavar="ID")

    listing = commands.add_parser("list-tokens", help="list tokens (never the tokens)")
    listing.add_argument("--network", metavar="N")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env().with_flags(database_url=args.database_url)
        if args.command == "serve":
            return _serve(args, settings)
        storage = Storage(settings.database_url)
        try:
            return _run(args, storage)
        finally:
            storage.dispose()
    except (Failure, ConfigError) as exc:
        print(f"saphan-server: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _run(args: argparse.Namespace, storage: Storage) -> int:
    if args.command == "init":
        storage.upgrade()
        print(f"Database ready: {_safe_url(storage.url)}")
        return EXIT_OK
    if args.command == "create-network":
        return _create_network(storage, args.network, args.network_file)
    if args.command == "issue-token":
        role = COORDINATOR if args.coordinator else CSO
        try:
            info, token = storage.issue_token(args.network, role, args.cso, args.label)
        except StorageConflict:
            raise Failure(f"no network {args.network!r} on this server") from None
        who = "coordinator" if info.role == COORDINATOR else f"CSO {info.cso_code}"
        print(f"Token {info.id} for {who} of {info.network_id} (shown once; keep it secret):")
        print(token)
        return EXIT_OK
    if args.command == "revoke-token":
        n = storage.revoke_tokens(
            args.network, cso_code=args.cso, coordinator=args.coordinator, token_id=args.token_id
        )
        print(f"Revoked {n} token(s).")
        return EXIT_OK if n else EXIT_FAILED
    if args.command == "list-tokens":
        for t in storage.list_tokens(args.network):
            who = "coordinator" if t.role == COORDINATOR else str(t.cso_code)
            state = f"revoked {t.revoked_at:%Y-%m-%d}" if t.revoked_at else "active"
            print(f"{t.id}\t{t.network_id}\t{who}\t{state}\t{t.created_at:%Y-%m-%d}\t{t.label}")
        return EXIT_OK
    raise Failure(f"unknown command {args.command}")


def _create_network(storage: Storage, network_id: str, path: Path) -> int:
    try:
        document = read_json_file(path)
        network = check_network_document(document)
    except (BundleInvalid, NetworkInvalid) as exc:
        raise Failure(f"{path} is not a signed network file ({exc.reason})") from None
    if network.network_id != network_id:
        raise Failure(f"{path} is the network {network.network_id!r}, not {network_id!r}")
    try:
        storage.create_network(
            network_id, network.coordinator_key, network.revision, encode(document)
        )
    except StorageConflict:
        raise Failure(f"the network {network_id!r} exists already") from None
    print(
        f"Network {network_id} created (revision {network.revision}, "
        f"{len(network.members)} members); coordinator key pinned: {network.coordinator_key}"
    )
    return EXIT_OK


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from directory.server.app import create_app

    settings = settings.with_flags(
        bind=args.bind,
        port=args.port,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
        behind_proxy=args.behind_proxy,
        trusted_proxies=args.trusted_proxies,
    )
    settings.check_serving()
    app = create_app(settings)
    uvicorn.run(
        app,
        host=settings.bind,
        port=settings.port,
        ssl_certfile=str(settings.tls_cert) if settings.tls_cert else None,
        ssl_keyfile=str(settings.tls_key) if settings.tls_key else None,
        # The app reads X-Forwarded-For itself, and only from the trusted proxies when
        # --behind-proxy is given (directory.server.guards.ForwardedFor); uvicorn's own
        # handling would trust 127.0.0.1 by default.
        proxy_headers=False,
        server_header=False,
        log_config=_log_config(),
        log_level="info",
        access_log=True,  # method, path and status only: no bodies, no tokens
    )
    return EXIT_OK


def _log_config() -> dict[str, Any]:
    """uvicorn's logging, and the app's own one-line notes (``saphan.server``) beside it."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["saphan.server"] = {
        "handlers": ["default"],
        "level": "INFO",
        "propagate": False,
    }
    return config


def _safe_url(url: str) -> str:
    """The URL without a password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


if __name__ == "__main__":
    sys.exit(main())
