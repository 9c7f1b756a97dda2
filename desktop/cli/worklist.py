"""``saphan worklist``: what is due for a user, as lines or as JSON.

saphan worklist --db PATH --user NAME [--json]

Plain output is one line per item: the due date, overdue/today, the kind, the person's code
("-" for none) and what to do, in English (the app shows the same sentences in the user's
language). ``--json`` prints a list of objects with ``kind``, ``due`` (YYYY-MM-DD),
``person_code`` (or null), ``key``, ``overdue`` and ``what``. The output is about people the
user works with: it stays on this laptop, like the database.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli.common import EXIT_OK, open_store


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``worklist``; it runs its handler as ``args.run(args)``."""
    parser = commands.add_parser(
        "worklist",
        help="list what is due for a user: follow-ups, case actions, reviews, ...",
        description="List the user's worklist: follow-ups and case plan actions due within "
        "a week or overdue, wellbeing reviews, referrals waiting for feedback, consents to "
        "renew, group sessions without attendance and the week's project sessions.",
    )
    parser.add_argument("--db", required=True, type=Path, metavar="PATH")
    parser.add_argument("--user", required=True, metavar="NAME")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(run=_worklist)


def _worklist(args: argparse.Namespace) -> int:
    from db.worklist import When, worklist
    from desktop.worklist.wording import what

    store = open_store(args.db, args.user)
    try:
        items = worklist(store)
    finally:
        store.close()
    if args.json:
        rows = [
            {
                "kind": item.kind.value,
                "due": item.due.isoformat(),
                "person_code": item.person_code,
                "key": item.key,
                "overdue": item.overdue,
                "what": what(item),
            }
            for item in items
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return EXIT_OK
    if not items:
        print(f"Nothing is due for {args.user}.")
        return EXIT_OK
    flags = {When.OVERDUE: "overdue", When.TODAY: "today"}
    for item in items:
        flag = flags.get(item.when, "")
        code = item.person_code or "-"
        print(f"{item.due.isoformat()}  {flag:<7}  {item.kind.value:<18}  {code:<12}  {what(item)}")
    return EXIT_OK
