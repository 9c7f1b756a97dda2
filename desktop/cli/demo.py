"""Demo data: ``saphan demo-data`` fills a database with synthetic people, and ``saphan --demo``
opens the app on a throw-away demo CSO with them.

    saphan demo-data --db PATH --user admin --beneficiaries N [--seed S] [--casework]
    saphan --demo

With casework (always in ``saphan --demo``) the demo also has its staff (a supervisor,
caseworkers, facilitators), who sign in with the same password as the admin, and their cases,
follow-ups, scores and referrals, so that each one's day looks like a real Monday.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, CliFailure, finish_interrupted, open_store, read_password
from desktop.cli.gui import load_app

DEMO_CSO_CODE = "DEMO"
DEMO_CSO_NAME = "Demo CSO — Mae Sot"
DEMO_ADMIN = "admin"
DEMO_PEOPLE = 800


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register this module's commands; each runs its handler as ``args.run(args)``."""
    demo = commands.add_parser(
        "demo-data",
        help="fill a database with synthetic people (created if missing)",
        description="Fill a database with synthetic demo people and activity. If the database "
        "does not exist it is created, with USER as its admin.",
    )
    demo.add_argument("--db", required=True, type=Path, metavar="PATH")
    demo.add_argument("--user", required=True, metavar="NAME")
    demo.add_argument("--beneficiaries", required=True, type=_count, metavar="N")
    demo.add_argument("--seed", type=int, default=0, metavar="S")
    demo.add_argument(
        "--cso-code",
        default=DEMO_CSO_CODE,
        metavar="CODE",
        help="CSO code when the database is created (default %(default)s)",
    )
    demo.add_argument(
        "--no-activity", action="store_true", help="people only, no sessions or attendance"
    )
    demo.add_argument(
        "--casework",
        action="store_true",
        help="also staff accounts (with USER's password), cases, plans, follow-ups, WHO-5 "
        "scores and referrals, relative to today",
    )
    demo.set_defaults(run=_demo_data)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _demo_data(args: argparse.Namespace) -> int:
    from db.demo import fill_demo_data
    from db.setup import check_database, create_cso_database, database_exists, open_database

    db_path: Path = args.db
    if args.casework and args.no_activity:
        raise CliFailure("--casework needs activity: leave out --no-activity")
    finish_interrupted(db_path)
    password: str | None = None
    if database_exists(db_path):
        if args.casework:  # the staff accounts get this password too
            check_database(db_path)
            password = read_password(args.user)
            store = open_database(db_path, args.user, password)
        else:
            store = open_store(db_path, args.user)
    else:
        if db_path.exists():
            raise CliFailure(f"{db_path} exists but has no key file next to it")
        cso_code = args.cso_code.strip().upper()
        result = create_cso_database(
            db_path,
            cso_code=cso_code,
            cso_name=DEMO_CSO_NAME if cso_code == DEMO_CSO_CODE else f"{cso_code} (demo)",
            admin_username=args.user,
            admin_full_name=args.user,
            admin_password=(password := read_password(args.user, confirm=True)),
        )
        store = result.store
        print(f"Created {db_path} for CSO {cso_code}, admin {store.user.username}.")
        print(
            f"Recovery passphrase (write it down, it is shown once): {result.recovery_passphrase}"
        )
    try:
        summary = fill_demo_data(
            store,
            args.beneficiaries,
            seed=args.seed,
            activity=not args.no_activity,
            casework=args.casework,
            staff_password=password,
        )
    finally:
        store.close()
    print(
        f"Added {summary.people} demo people ({summary.first_code or '-'} to "
        f"{summary.last_code or '-'}), {summary.sessions} sessions, "
        f"{summary.attendance} attendance records."
    )
    if args.casework:
        print(f"Added {summary.cases} cases.")
        if summary.staff:
            print(f"Staff accounts, with {args.user}'s password: {_staff_list(summary.staff)}.")
    return EXIT_OK


def _staff_list(usernames: tuple[str, ...]) -> str:
    from db.demo_casework import DEMO_STAFF

    roles = {s.username: s.role.value for s in DEMO_STAFF}
    return ", ".join(f"{name} ({roles[name]})" for name in usernames)


def run_demo() -> int:
    """``saphan --demo``: the app on a throw-away demo CSO, deleted when the app closes."""
    import secrets
    import shutil
    import tempfile

    from db.demo import fill_demo_data
    from db.setup import create_cso_database
    from desktop.languages import forced_language

    run_app, _ = load_app()
    folder = Path(tempfile.mkdtemp(prefix="saphan-demo-"))
    try:
        password = "demo-" + secrets.token_urlsafe(9)
        result = create_cso_database(
            folder / "demo.db",
            cso_code=DEMO_CSO_CODE,
            cso_name=DEMO_CSO_NAME,
            admin_username=DEMO_ADMIN,
            admin_full_name="Demo admin",
            admin_password=password,
        )
        store = result.store
        try:
            # Topics as a facilitator would have typed them, in the language of the run.
            summary = fill_demo_data(
                store,
                DEMO_PEOPLE,
                seed=0,
                casework=True,
                staff_password=password,
                language=forced_language() or "en",
            )
            print(f"Demo CSO in {folder} (deleted when the app closes).")
            print(f"Sign in again as {DEMO_ADMIN} with password: {password}")
            print(f"Staff, with the same password: {_staff_list(summary.staff)}")
            return int(run_app(store.path, store=store))
        finally:
            store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
