"""``saphan erase``: erase one person for good, by their code, with a reason (admin only).

saphan erase --db PATH --user NAME --code CODE --reason TEXT

Everything recorded about the person goes, and the database file is rebuilt so that nothing of
them is left in it or in its write-ahead log (db.housekeeping.erase_person); on a team's
laptop the erasure reaches the other laptops at their next sync. The audit trail keeps the
record number, who, when and the reason as typed: write no name in it. Backups made before
still hold the person. Prints ``erased CODE``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, CliFailure, open_store


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``erase``; it runs its handler as ``args.run(args)``."""
    parser = commands.add_parser(
        "erase",
        help="erase one person and everything recorded about them (admin)",
        description="Erase one person, by their code, and everything recorded about them, "
        "leaving no trace in the database file. It cannot be undone. The reason is kept in "
        "the audit trail as typed: write no name in it.",
    )
    parser.add_argument("--db", required=True, type=Path, metavar="PATH")
    parser.add_argument("--user", required=True, metavar="NAME")
    parser.add_argument("--code", required=True, metavar="CODE", help="e.g. BEAM-000123")
    parser.add_argument("--reason", required=True, metavar="TEXT", help="why (no names)")
    parser.set_defaults(run=_erase)


def _erase(args: argparse.Namespace) -> int:
    from db import housekeeping
    from db.errors import RecordNotFound, ValidationFailed

    code = str(args.code).strip()
    if not code:
        raise CliFailure("give the person's code (--code CODE)")
    try:
        reason = housekeeping.check_reason(args.reason)
    except ValidationFailed as exc:
        problem = exc.problems.get("reason")
        if problem == "too_long":
            raise CliFailure(
                f"the reason is too long (at most {housekeeping.MAX_REASON} characters)"
            ) from None
        if problem == "required":
            raise CliFailure("give a reason for the erasure (--reason TEXT)") from None
        raise CliFailure("the reason holds characters that cannot be kept") from None
    store = open_store(args.db, args.user)
    try:
        housekeeping.erase_by_code(store, code, reason)
    except RecordNotFound:
        raise CliFailure(f"no person has the code {code}") from None
    finally:
        store.close()
    print(f"erased {code}")
    return EXIT_OK
