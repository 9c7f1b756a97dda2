"""A CSO's team of laptops: ``saphan team ...`` and ``saphan sync``.

saphan team create --db PATH --user NAME --folder TEAM --invite-out FILE [--device-name NAME]
saphan team invite --db PATH --user NAME --invite-out FILE [--device-name NAME]
saphan team join --db NEW.db --user NAME --folder TEAM --invite FILE --code CODE
saphan team status --db PATH --user NAME [--json]
saphan team remove-device --db PATH --user NAME DEVICE
saphan sync --db PATH --user NAME [--folder TEAM] [--json]

The password comes from SAPHAN_PASSWORD or a prompt, as for every command. Output names
devices and counts, never a person.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
from pathlib import Path

from desktop.cli.common import EXIT_OK, CliFailure, open_store, read_password


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="PATH")
    parser.add_argument("--user", required=True, metavar="NAME")


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    team = commands.add_parser(
        "team",
        help="the CSO's laptops: create a team, invite or remove a laptop, status",
        description="A CSO's laptops keep the same records through a team folder (network "
        "drive, synced cloud folder or USB stick); everything in it is encrypted.",
    )
    sub = team.add_subparsers(dest="team_command", metavar="COMMAND", required=True)
    create = sub.add_parser("create", help="make this database the first laptop of a team")
    _common(create)
    create.add_argument("--folder", required=True, type=Path, metavar="TEAM")
    create.add_argument("--invite-out", required=True, type=Path, metavar="FILE")
    create.add_argument("--device-name", default="", metavar="NAME")
    create.add_argument("--invite-name", default="Laptop 2", metavar="NAME")
    create.set_defaults(run=_create)
    inv = sub.add_parser("invite", help="invite one more laptop (admin)")
    _common(inv)
    inv.add_argument("--invite-out", required=True, type=Path, metavar="FILE")
    inv.add_argument("--device-name", default="", metavar="NAME")
    inv.set_defaults(run=_invite)
    join = sub.add_parser("join", help="join a team: creates the database of this laptop")
    _common(join)
    join.add_argument("--folder", required=True, type=Path, metavar="TEAM")
    join.add_argument("--invite", required=True, type=Path, metavar="FILE")
    join.add_argument("--code", required=True, metavar="CODE")
    join.add_argument("--device-name", default="", metavar="NAME")
    join.set_defaults(run=_join)
    status = sub.add_parser("status", help="the team's laptops and what waits to sync")
    _common(status)
    status.add_argument("--json", action="store_true")
    status.set_defaults(run=_status)
    remove = sub.add_parser("remove-device", help="remove a lost or stolen laptop (admin)")
    _common(remove)
    remove.add_argument("device", metavar="DEVICE", help="its name, fingerprint or id")
    remove.set_defaults(run=_remove)

    sync = commands.add_parser("sync", help="sync with the CSO's other laptops")
    _common(sync)
    sync.add_argument("--folder", type=Path, metavar="TEAM", help="default: the one remembered")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(run=_sync)


def _device_name(given: str) -> str:
    return given.strip() or socket.gethostname()[:60] or "Laptop"


def _write_invitation(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise CliFailure(f"cannot write the invitation to {path}: {exc.strerror}") from exc


def _create(args: argparse.Namespace) -> int:
    from db import keys
    from db.team import enrol

    store = open_store(args.db, args.user)
    try:
        passphrase = keys.new_recovery_passphrase()
        enrol.create_team(
            store,
            args.folder,
            device_name=_device_name(args.device_name),
            recovery_passphrase=passphrase,
        )
        invitation = enrol.invite_device(store, name=args.invite_name)
    finally:
        store.close()
    _write_invitation(args.invite_out, invitation.data)
    print(f"team created in {args.folder}")
    print(f"team recovery passphrase: {passphrase}")
    print("  (write it down and keep it safe: it opens the team folder if every laptop is lost)")
    print(f"invitation written to {args.invite_out}")
    print(f"pairing code: {invitation.code}")
    return EXIT_OK


def _invite(args: argparse.Namespace) -> int:
    from db.team import enrol

    store = open_store(args.db, args.user)
    try:
        invitation = enrol.invite_device(store, name=args.device_name.strip() or "Laptop")
    finally:
        store.close()
    _write_invitation(args.invite_out, invitation.data)
    print(f"invitation written to {args.invite_out}")
    print(f"pairing code: {invitation.code}")
    return EXIT_OK


def _join(args: argparse.Namespace) -> int:
    from db.team import enrol

    try:
        data = args.invite.read_bytes()
    except OSError as exc:
        raise CliFailure(f"cannot read the invitation {args.invite}: {exc.strerror}") from exc
    request = enrol.JoinRequest(
        db_path=args.db,
        folder=args.folder,
        invitation=data,
        code=args.code,
        username=args.user,
        password=read_password(args.user),
        device_name=args.device_name,
    )
    joined = enrol.join_team(request)
    joined.store.close()
    print(f"joined the team: {args.db} holds {joined.people} people")
    print(f"recovery passphrase: {joined.recovery_passphrase}")
    print("  (for this laptop's database: write it down and keep it safe)")
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from db.team.status import team_status

    store = open_store(args.db, args.user)
    try:
        status = team_status(store)
    finally:
        store.close()
    if status is None:
        raise CliFailure("this database is not part of a team (saphan team create / join)")
    if args.json:
        print(json.dumps(_status_json(status), indent=1))
        return EXIT_OK
    print(f"this laptop: {status.device_name} ({status.fingerprint})")
    print(f"team folder: {status.folder}" + ("" if status.folder_reachable else " (not reachable)"))
    last = status.last_sync_at.isoformat(" ", "minutes") if status.last_sync_at else "never"
    print(
        f"last sync: {last}; changes waiting to send: {status.changes_waiting}; "
        f"conflicts: {status.conflicts}"
    )
    for d in status.devices:
        state = (
            "removed"
            if d.removed
            else (
                "this laptop" if d.this_device else f"{d.applied} of {d.in_folder} segments applied"
            )
        )
        print(f"  {d.name} ({d.fingerprint}): {state}")
    return EXIT_OK


def _status_json(status: object) -> dict[str, object]:
    import dataclasses

    def plain(value: object) -> object:
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value

    doc = dataclasses.asdict(status)  # type: ignore[call-overload]
    doc["last_sync_at"] = plain(doc["last_sync_at"])
    for d in doc["devices"]:
        d["last_seen_at"] = plain(d["last_seen_at"])
    return doc  # type: ignore[no-any-return]


def _remove(args: argparse.Namespace) -> int:
    from db.team import enrol

    store = open_store(args.db, args.user)
    try:
        name = enrol.remove_device(store, args.device)
    finally:
        store.close()
    print(f"removed {name}: it can read nothing written from now on, and what it writes is refused")
    return EXIT_OK


def _sync(args: argparse.Namespace) -> int:
    from db.team.folder import TeamFolder
    from db.team.sync import sync

    store = open_store(args.db, args.user)
    try:
        result = sync(store, TeamFolder(args.folder) if args.folder else None)
    finally:
        store.close()
    if args.json:
        print(
            json.dumps(
                {
                    "sent": result.sent,
                    "received": result.received,
                    "conflicts": result.conflicts,
                    "waiting_for": result.waiting_for,
                    "refused": [{"file": f, "reason": r} for f, r in result.refused],
                }
            )
        )
        return EXIT_OK
    print(f"sent {result.sent}, received {result.received}, conflicts {result.conflicts}")
    for name in result.waiting_for:
        print(f"waiting for changes from {name}")
    for file, reason in result.refused:
        print(f"refused {file}: {reason}", file=sys.stderr)
    return EXIT_OK
