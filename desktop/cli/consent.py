"""``saphan consent``: record a grant or withdrawal of a person's consent, headless.

saphan consent --db PATH --user NAME --code CODE --withdraw SCOPE [--date YYYY-MM-DD]
saphan consent --db PATH --user NAME --code CODE --grant SCOPE [--date YYYY-MM-DD]
    [--method verbal|signed_form]

SCOPE is ``services``, ``referral``, ``data_use`` or the code of a scope the CSO added. The
date is when it takes effect (today by default). Prints one line saying what was recorded:
the person's code and the scope, nothing else about the person.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.cli.common import EXIT_OK, CliFailure, open_store

METHODS = ("verbal", "signed_form")


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``consent``; it runs its handler as ``args.run(args)``."""
    parser = commands.add_parser(
        "consent",
        help="record that a person grants or withdraws consent",
        description="Record a grant or withdrawal of one person's consent to a scope "
        "(services, referral, data_use, or one the CSO added). Withdrawing consent to "
        "services restricts the record (no new sessions or referrals); withdrawing consent "
        "to data use leaves the person out of shared figures from that date.",
    )
    parser.add_argument("--db", required=True, type=Path, metavar="PATH")
    parser.add_argument("--user", required=True, metavar="NAME")
    parser.add_argument("--code", required=True, metavar="CODE", help="the person's code")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--grant", metavar="SCOPE")
    which.add_argument("--withdraw", metavar="SCOPE")
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", help="when it takes effect (default: today)"
    )
    parser.add_argument("--method", choices=METHODS, default="verbal", help="default: verbal")
    parser.set_defaults(run=_consent)


def _day(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CliFailure(f"--date {text!r} is not a date (YYYY-MM-DD)") from None


def _consent(args: argparse.Namespace) -> int:
    from db import consent
    from db.beneficiaries import person_id_by_code

    day = _day(args.date)
    granted = args.grant is not None
    scope = (args.grant if granted else args.withdraw).strip()
    store = open_store(args.db, args.user)
    try:
        known = {s.code for s in consent.scopes(store)}
        if scope not in known:
            raise CliFailure(
                f"unknown consent scope {scope!r} (one of: {', '.join(sorted(known))})"
            )
        person_id = person_id_by_code(store, args.code)
        if person_id is None:
            raise CliFailure(f"no person with the code {args.code.strip()!r}")
        if granted:
            consent.grant(store, person_id, scope, day, args.method)
        else:
            consent.withdraw(store, person_id, scope, day, args.method)
    finally:
        store.close()
    what = "granted" if granted else "withdrawn"
    restricted = (
        " (the record is now restricted: no new sessions or referrals)"
        if not granted and scope == consent.SERVICES
        else ""
    )
    print(
        f"Recorded: consent to {scope} {what} for {args.code.strip()}, effective "
        f"{day.isoformat()} ({args.method.replace('_', ' ')}, by {args.user}){restricted}."
    )
    return EXIT_OK
