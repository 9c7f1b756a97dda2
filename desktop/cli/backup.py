"""Backups: ``saphan backup`` and ``saphan restore``.

saphan backup --db PATH --user NAME [--out FILE|FOLDER]
saphan restore --backup FILE --db PATH [--user NAME | --recovery] [--key-file-only]
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from desktop.cli.common import EXIT_OK, CliFailure, finish_interrupted, open_store, read_password

RECOVERY_ENV = "SAPHAN_RECOVERY_PASSPHRASE"


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register this module's commands; each runs its handler as ``args.run(args)``."""
    backup = commands.add_parser(
        "backup",
        help="write an encrypted backup (admin only)",
        description="Write an encrypted backup of the database to FILE, or to a dated file in "
        "FOLDER (e.g. a USB stick).",
    )
    backup.add_argument("--db", required=True, type=Path, metavar="PATH")
    backup.add_argument("--user", required=True, metavar="NAME")
    backup.add_argument(
        "--out",
        type=Path,
        metavar="FILE|FOLDER",
        help="default: the Backups folder beside the database (better: a USB stick)",
    )
    backup.set_defaults(run=_backup)

    restore = commands.add_parser(
        "restore",
        help="restore a backup after checking it completely",
        description="Check a backup completely (checksum, password, encryption) and put it in "
        "place of the database at PATH. The database it replaces is kept beside it. Unlock the "
        "backup with a user's password (SAPHAN_PASSWORD or a prompt) or, with --recovery, the "
        f"recovery passphrase ({RECOVERY_ENV} or a prompt).",
    )
    restore.add_argument("--backup", required=True, type=Path, metavar="FILE")
    restore.add_argument("--db", required=True, type=Path, metavar="PATH")
    who = restore.add_mutually_exclusive_group()
    who.add_argument("--user", default="admin", metavar="NAME", help="default: %(default)s")
    who.add_argument("--recovery", action="store_true", help="use the recovery passphrase")
    restore.add_argument(
        "--allow-other-cso",
        action="store_true",
        help="replace a database that belongs to another CSO code",
    )
    restore.add_argument(
        "--key-file-only",
        action="store_true",
        help="put back only the backup's key file, when the database's own is missing or "
        "damaged: keeps everything entered since the backup",
    )
    restore.set_defaults(run=_restore)


def _backup(args: argparse.Namespace) -> int:
    from db.backup import backup_database, prepare_default_backup_folder

    store = open_store(args.db, args.user)
    try:
        info = backup_database(store, args.out or prepare_default_backup_folder(args.db))
    finally:
        store.close()
    print(f"Backed up to {info.path} ({info.size_bytes / 1_048_576:.1f} MB, encrypted).")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from db.backup import read_backup_manifest, restore_backup

    manifest = read_backup_manifest(args.backup)
    finish_interrupted(args.db)
    if args.key_file_only:
        return _restore_key_file(args, manifest)
    if args.recovery:
        passphrase = _read_passphrase()
        restored = restore_backup(
            args.backup,
            args.db,
            recovery_passphrase=passphrase,
            allow_other_cso=args.allow_other_cso,
        )
    else:
        restored = restore_backup(
            args.backup,
            args.db,
            username=args.user,
            password=read_password(args.user),
            allow_other_cso=args.allow_other_cso,
        )
    made = f"{restored.created_at:%Y-%m-%d %H:%M} UTC"
    print(f"Restored the backup of {manifest.get('cso_code', '?')} made {made}.")
    if restored.safety_copy is not None:
        print(f"The database it replaced is kept as {restored.safety_copy}.")
    return EXIT_OK


def _read_passphrase() -> str:
    passphrase = os.environ.get(RECOVERY_ENV)
    if passphrase is None:
        try:
            passphrase = getpass.getpass("Recovery passphrase: ")
        except EOFError:
            raise CliFailure(f"no passphrase given (set {RECOVERY_ENV})") from None
    return passphrase


def _restore_key_file(args: argparse.Namespace, manifest: dict[str, str]) -> int:
    from db.backup import restore_key_file

    if args.recovery:
        key_file = restore_key_file(args.backup, args.db, recovery_passphrase=_read_passphrase())
    else:
        key_file = restore_key_file(
            args.backup, args.db, username=args.user, password=read_password(args.user)
        )
    print(
        f"Put back the key file {key_file} from the backup of {manifest.get('cso_code', '?')} "
        f"made {manifest.get('created_at', '?')[:16].replace('T', ' ')} UTC; the database "
        "keeps everything entered since."
    )
    print(
        "Sign in with the passwords of that date (or recover with the recovery passphrase); "
        "an admin then sets passwords for staff accounts added or changed since."
    )
    return EXIT_OK
