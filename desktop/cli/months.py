"""``saphan months``: close the CSO's months as reported, reopen one, or show what is closed.

saphan months close  --db PATH --user NAME --through YYYY-MM
saphan months reopen --db PATH --user NAME --month YYYY-MM --reason TEXT
saphan months show   --db PATH --user NAME

Closing freezes the shared figures of every month of the network's reporting period up to
``--through`` as a bundle built now shows them (the network file this CSO accepted last);
reopening a month (admin only, with a reason, audited) opens it and every later month again,
and the next bundle marks it as a correction. Nothing printed here is about a person.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, open_store


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``months close|reopen|show``; each runs its handler as ``args.run(args)``."""
    parser = commands.add_parser(
        "months",
        help="close months as reported (their shared figures are then frozen), reopen one",
        description="Close the CSO's months as reported: their shared figures stay exactly as "
        "published, whatever is edited or erased later. Reopening a month is a correction the "
        "coordinator sees.",
    )
    months = parser.add_subparsers(dest="months_command", metavar="ACTION", required=True)
    close = months.add_parser("close", help="close every month up to --through (admin)")
    _common(close)
    close.add_argument("--through", required=True, metavar="YYYY-MM")
    close.set_defaults(run=_close)
    reopen = months.add_parser("reopen", help="reopen a closed month and the later ones (admin)")
    _common(reopen)
    reopen.add_argument("--month", required=True, metavar="YYYY-MM")
    reopen.add_argument("--reason", required=True, metavar="TEXT")
    reopen.set_defaults(run=_reopen)
    show = months.add_parser("show", help="what is closed, and every close and reopen")
    _common(show)
    show.set_defaults(run=_show)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="PATH")
    parser.add_argument("--user", required=True, metavar="NAME")


def _close(args: argparse.Namespace) -> int:
    from directory.closing import close_through

    store = open_store(args.db, args.user)
    try:
        through = close_through(store, args.through)
    finally:
        store.close()
    print(f"closed through {through}")
    return EXIT_OK


def _reopen(args: argparse.Namespace) -> int:
    from db.closing import reopen

    store = open_store(args.db, args.user)
    try:
        through = reopen(store, args.month, args.reason)
    finally:
        store.close()
    print(f"reopened {args.month}; closed through {through}")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from db.closing import history

    store = open_store(args.db, args.user)
    try:
        entries = history(store)
    finally:
        store.close()
    if not entries:
        print("no month is closed")
        return EXIT_OK
    print(f"closed through {entries[-1].through}")
    for e in entries:
        how = "automatic" if e.automatic else e.username or "-"
        what = f"reopened {e.reopened}" if e.reopened else f"closed through {e.through}"
        reason = f"  {e.reason}" if e.reason else ""
        print(f"{e.at:%Y-%m-%d %H:%M}  {what:<26}  {how}{reason}")
    return EXIT_OK
