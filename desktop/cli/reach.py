"""``saphan reach rebuild``: recompute the reach table from the attendance (admin only).

saphan reach rebuild --db PATH --user NAME

The reach table (db/reach.py: who each programme reached in each month, which counting reads)
is kept in step by the database itself; this recomputes it from scratch, for instance after a
repair by hand. Prints how many rows it holds (a count, nothing about a person).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, open_store


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``reach rebuild``; it runs its handler as ``args.run(args)``."""
    parser = commands.add_parser(
        "reach",
        help="the reach table counting reads: rebuild it (admin)",
        description="The reach table (who each programme reached in each month) is kept in "
        "step by the database; rebuild recomputes it from the attendance.",
    )
    actions = parser.add_subparsers(dest="reach_command", metavar="ACTION", required=True)
    rebuild = actions.add_parser("rebuild", help="recompute the reach table (admin)")
    rebuild.add_argument("--db", required=True, type=Path, metavar="PATH")
    rebuild.add_argument("--user", required=True, metavar="NAME")
    rebuild.set_defaults(run=_rebuild)


def _rebuild(args: argparse.Namespace) -> int:
    from db import reach

    store = open_store(args.db, args.user)
    try:
        rows = reach.rebuild(store)
    finally:
        store.close()
    print(f"reach table rebuilt: {rows} rows")
    return EXIT_OK
