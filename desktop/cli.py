"""The ``saphan`` command: opens the app, or runs a headless task for scripts.

    saphan                          the app, on this Windows account's CSO database
    saphan --db PATH                the app, on another database
    saphan --demo                   the app, on a throw-away demo CSO with synthetic people
    saphan demo-data --db PATH --user admin --beneficiaries N [--seed S]
    saphan export-records --db PATH --user NAME --out FILE.csv|FILE.xlsx
    saphan report --db PATH --user NAME --from YYYY-MM --to YYYY-MM --out FILE.csv|FILE.xlsx
    saphan export-plan --db PATH --user NAME --plan ID --out FILE.docx
    saphan backup --db PATH --user NAME --out FILE|FOLDER
    saphan restore --backup FILE --db PATH [--user NAME | --recovery]
    saphan import --db PATH --user NAME --file FILE.xlsx --mapping MAP.json [--skip-invalid]
    saphan bundle|publish|merge ...   the shared network (see desktop/cli_network.py)
    saphan publish --server URL ...   the coordination server (see desktop/cli_server.py)

Headless commands never import Qt, and the module itself imports almost nothing, so
``saphan --version`` and the scripting commands start fast. The password comes from the
``SAPHAN_PASSWORD`` environment variable or a prompt. Any expected failure (wrong password,
missing database, full disk, ...) ends with exit code 2 and one line on stderr, never a
traceback. Nothing here logs or prints data about a person.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli_network import NETWORK_COMMANDS, add_network_commands, run_network_command
from desktop.cli_server import add_server_commands, run_server_command, wants_server

if TYPE_CHECKING:
    from db.store import Store

PASSWORD_ENV = "SAPHAN_PASSWORD"
RECOVERY_ENV = "SAPHAN_RECOVERY_PASSPHRASE"
EXIT_OK = 0
EXIT_FAILED = 2
EXIT_INTERRUPTED = 130

DEMO_CSO_CODE = "DEMO"
DEMO_CSO_NAME = "Demo CSO — Mae Sot"
DEMO_ADMIN = "admin"
DEMO_PEOPLE = 800

log = logging.getLogger("saphan")


class CliFailure(Exception):
    """A failure already worded for the terminal."""


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("saphan")
    except PackageNotFoundError:
        return "0+unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="saphan",
        description="Records, referrals and shared counts for CSOs in Mae Sot.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--db", dest="gui_db", type=Path, metavar="PATH", help="open the app on this database"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a throw-away demo CSO with synthetic people",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

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

    export = commands.add_parser(
        "export-records",
        help="export the CSO's own beneficiary list (admin only)",
        description="Write the CSO's beneficiary list to a .csv or .xlsx file. The file holds "
        "personal data: keep it on this machine.",
    )
    export.add_argument("--db", required=True, type=Path, metavar="PATH")
    export.add_argument("--user", required=True, metavar="NAME")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")

    report = commands.add_parser(
        "report",
        help="the CSO's own counts per programme and month (internal, not suppressed)",
        description="Write people reached (unique per month, and over the whole period), "
        "sessions held and referrals made per programme to a .csv or .xlsx file. These are the "
        "CSO's own, unsuppressed counts: for internal use, not for sharing.",
    )
    report.add_argument("--db", required=True, type=Path, metavar="PATH")
    report.add_argument("--user", required=True, metavar="NAME")
    report.add_argument("--from", dest="from_month", required=True, metavar="YYYY-MM")
    report.add_argument("--to", dest="to_month", required=True, metavar="YYYY-MM")
    report.add_argument("--out", required=True, type=Path, metavar="FILE")

    plan = commands.add_parser(
        "export-plan",
        help="write a session plan as a Word document",
        description="Write session plan ID as a printable A4 Word document (.docx), in the "
        "plan's language, with an attendance sheet.",
    )
    plan.add_argument("--db", required=True, type=Path, metavar="PATH")
    plan.add_argument("--user", required=True, metavar="NAME")
    plan.add_argument("--plan", required=True, type=int, metavar="ID")
    plan.add_argument("--out", required=True, type=Path, metavar="FILE")

    backup = commands.add_parser(
        "backup",
        help="write an encrypted backup (admin only)",
        description="Write an encrypted backup of the database to FILE, or to a dated file in "
        "FOLDER (e.g. a USB stick).",
    )
    backup.add_argument("--db", required=True, type=Path, metavar="PATH")
    backup.add_argument("--user", required=True, metavar="NAME")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE|FOLDER")

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

    imports = commands.add_parser(
        "import",
        help="register the people of an Excel or CSV list, all in one go",
        description="Register the people listed in FILE (.xlsx or .csv). MAP.json maps the "
        'file\'s column headers to fields, e.g. {"Name": "name_latin", "DOB": "birth_date"}, '
        'with optional "sheet", "consent_date" (YYYY-MM-DD, for all rows), "consent_scopes" '
        '(["services", "referral", "data_use"]), "population_group", "accept_zawgyi" and '
        '"skip_duplicates" (true/false). Everyone imported must have consented to services. '
        "All rows are registered in one transaction; if any row has a problem nothing is "
        "imported, unless --skip-invalid.",
    )
    imports.add_argument("--db", required=True, type=Path, metavar="PATH")
    imports.add_argument("--user", required=True, metavar="NAME")
    imports.add_argument("--file", required=True, type=Path, metavar="FILE")
    imports.add_argument("--mapping", required=True, type=Path, metavar="MAP.json")
    imports.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the other rows, skip those with problems",
    )
    add_network_commands(commands)
    add_server_commands(commands)  # publish --server, server-token
    return parser


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def main(argv: list[str] | None = None) -> int:
    """Run the ``saphan`` command; returns the process exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse already printed
        return exc.code if isinstance(exc.code, int) else EXIT_FAILED
    logging.basicConfig(level=logging.WARNING, format="saphan: %(levelname)s: %(message)s")

    if args.version:
        print(f"saphan {version()}")
        return EXIT_OK
    try:
        if args.command == "demo-data":
            return _demo_data(args)
        if args.command == "export-records":
            return _export_records(args)
        if args.command == "report":
            return _report(args)
        if args.command == "export-plan":
            return _export_plan(args)
        if args.command == "backup":
            return _backup(args)
        if args.command == "restore":
            return _restore(args)
        if args.command == "import":
            return _import_people(args)
        if wants_server(args):
            return run_server_command(args)
        if args.command in NETWORK_COMMANDS:
            return run_network_command(args)
        if args.demo:
            return _run_demo()
        return _run_gui(args.gui_db)
    except KeyboardInterrupt:
        print("saphan: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except CliFailure as exc:
        print(f"saphan: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        message = failure_message(exc, args)
        if message is None:
            raise
        print(f"saphan: {message}", file=sys.stderr)
        return EXIT_FAILED


# --- Messages ----------------------------------------------------------------------------------

_STORAGE_REASONS = {
    "disk_full": "the disk is full",
    "read_only": "cannot write there: the folder is read-only or not yours",
    "cannot_open": "cannot open the database file",
    "no_folder": "the folder does not exist",
    "cannot_write": "cannot write the file there",
}

_BACKUP_REFUSALS = {
    "not_a_backup": "this file is not a Saphan backup",
    "corrupt": "the backup is damaged",
    "wrong_password": "this password (or recovery passphrase) does not open the backup",
    "newer_version": "the backup was made by a newer Saphan; update the app first",
    "other_cso": "the backup belongs to another CSO (use --allow-other-cso to replace anyway)",
}

_IMPORT_FILE_PROBLEMS = {
    "unsupported_format": "import reads .xlsx and .csv files (save an old .xls as .xlsx first)",
    "cannot_read": "cannot read this file as a spreadsheet",
    "no_sheet": "the file has no sheet of that name",
    "no_header": "found no header row (a row with at least two column titles)",
    "too_large": "the file is too large to import (split the list into smaller files)",
}

_PASSWORD_PROBLEMS = {
    "too_short": "the password must be at least 10 characters",
    "spaces_at_ends": "the password must not start or end with a space",
}


def failure_message(exc: BaseException, args: argparse.Namespace | None = None) -> str | None:
    """One sentence for an expected failure, or None for a bug (which keeps its traceback).

    Error details from the store never hold names or other person data, only codes, field
    names and paths.
    """
    from db import errors

    db_path = getattr(args, "db", None) or getattr(args, "gui_db", None)
    where = f" at {db_path}" if db_path else ""
    if isinstance(exc, errors.WrongCredentials):
        return "the user name or password is wrong"
    if isinstance(exc, errors.AccountDisabled):
        return "this account is disabled; ask your CSO's admin"
    if isinstance(exc, errors.DatabaseNotFound):
        return f"no Saphan database{where}"
    if isinstance(exc, errors.RecordNotFound):
        return f"there is no record {exc} (it may have been deleted)"
    if isinstance(exc, errors.DatabaseExists):
        return f"a Saphan database already exists{where}"
    if isinstance(exc, errors.KeyFileCorrupt):
        return "the key file next to the database cannot be read; restore it from a backup"
    if isinstance(exc, errors.DatabaseCorrupt):
        return "the database cannot be opened: it is damaged or does not match its key file"
    too_new = getattr(errors, "DatabaseTooNew", None)
    if too_new is not None and isinstance(exc, too_new):
        return "the database was written by a newer Saphan; update the app to open it"
    if isinstance(exc, errors.PermissionDenied):
        return f"your role does not allow this ({exc.permission})"
    if isinstance(exc, errors.ValidationFailed):
        if "password" in exc.problems and exc.problems["password"] in _PASSWORD_PROBLEMS:
            return _PASSWORD_PROBLEMS[exc.problems["password"]]
        if "format" in exc.problems:
            return "the output file must end in .csv or .xlsx"
        if {"from", "to"} & exc.problems.keys():
            return "months are written YYYY-MM, and --to must not be before --from"
        details = ", ".join(f"{field} ({code})" for field, code in sorted(exc.problems.items()))
        return f"not valid: {details}"
    if isinstance(exc, errors.StorageProblem):
        return _STORAGE_REASONS.get(exc.reason, f"cannot write: {exc.reason}")
    from db.import_sheets import ImportFileProblem

    if isinstance(exc, ImportFileProblem):
        return _IMPORT_FILE_PROBLEMS.get(exc.reason, "cannot read this file")
    from db.backup import BackupRefused

    if isinstance(exc, BackupRefused):
        return _BACKUP_REFUSALS.get(exc.reason, exc.reason) + "; nothing was changed"
    if isinstance(exc, errors.SaphanError):
        return f"cannot do that ({type(exc).__name__})"
    if isinstance(exc, PermissionError):
        return f"no permission to use {exc.filename or 'that file'}"
    if isinstance(exc, FileNotFoundError):
        return f"not found: {exc.filename or 'a file'}"
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        return f"{reason}: {exc.filename}" if exc.filename else reason
    return None


# --- Headless commands -------------------------------------------------------------------------


def read_password(username: str, *, confirm: bool = False) -> str:
    """The password from ``SAPHAN_PASSWORD``, or asked for on the terminal."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    try:
        password = getpass.getpass(f"Password for {username}: ")
        if confirm and getpass.getpass("Type it again: ") != password:
            raise CliFailure("the two passwords are not the same")
    except EOFError:
        raise CliFailure(f"no password given (set {PASSWORD_ENV} or run in a terminal)") from None
    return password


def _open(db_path: Path, username: str) -> Store:
    from db.setup import database_exists, open_database

    if not database_exists(db_path):
        raise CliFailure(f"no Saphan database at {db_path}")
    return open_database(db_path, username, read_password(username))


def _demo_data(args: argparse.Namespace) -> int:
    from db.demo import fill_demo_data
    from db.setup import create_cso_database, database_exists

    db_path: Path = args.db
    if database_exists(db_path):
        store = _open(db_path, args.user)
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
            admin_password=read_password(args.user, confirm=True),
        )
        store = result.store
        print(f"Created {db_path} for CSO {cso_code}, admin {store.user.username}.")
        print(
            f"Recovery passphrase (write it down, it is shown once): {result.recovery_passphrase}"
        )
    try:
        summary = fill_demo_data(
            store, args.beneficiaries, seed=args.seed, activity=not args.no_activity
        )
    finally:
        store.close()
    print(
        f"Added {summary.people} demo people ({summary.first_code or '-'} to "
        f"{summary.last_code or '-'}), {summary.sessions} sessions, "
        f"{summary.attendance} attendance records."
    )
    return EXIT_OK


def _export_records(args: argparse.Namespace) -> int:
    from db.records_export import export_records

    store = _open(args.db, args.user)
    try:
        count = export_records(store, args.out)
    finally:
        store.close()
    print(f"Exported {count} people to {args.out}. The file holds personal data: keep it safe.")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from desktop.reports import write_report

    store = _open(args.db, args.user)
    try:
        rows = write_report(store, args.from_month, args.to_month, args.out)
    finally:
        store.close()
    print(f"Wrote {rows} rows to {args.out} (internal counts, not for sharing).")
    return EXIT_OK


def _export_plan(args: argparse.Namespace) -> int:
    from desktop.plans.docx_export import export_plan_by_id

    if args.out.suffix.lower() != ".docx":
        raise CliFailure("the output file must end in .docx")
    store = _open(args.db, args.user)
    try:
        export_plan_by_id(store, args.plan, args.out)
    finally:
        store.close()
    print(f"Wrote plan {args.plan} to {args.out}.")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from db.backup import backup_database

    store = _open(args.db, args.user)
    try:
        info = backup_database(store, args.out)
    finally:
        store.close()
    print(f"Backed up to {info.path} ({info.size_bytes / 1_048_576:.1f} MB, encrypted).")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from db.backup import read_backup_manifest, restore_backup

    manifest = read_backup_manifest(args.backup)
    if args.recovery:
        passphrase = os.environ.get(RECOVERY_ENV)
        if passphrase is None:
            try:
                passphrase = getpass.getpass("Recovery passphrase: ")
            except EOFError:
                raise CliFailure(f"no passphrase given (set {RECOVERY_ENV})") from None
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


_IMPORT_KEYS = frozenset(
    {"columns", "sheet", "consent_date", "consent_scopes", "population_group"}
    | {"accept_zawgyi", "skip_duplicates"}
)


def _import_options(spec: dict[str, Any]) -> Any:
    import datetime as dt

    from db.importing import CONSENT_SCOPES, ImportOptions
    from db.types import PopulationGroup

    try:
        consent_date = (
            dt.date.fromisoformat(spec["consent_date"]) if spec.get("consent_date") else None
        )
    except (TypeError, ValueError):
        raise CliFailure("consent_date in the mapping is written YYYY-MM-DD") from None
    scopes = spec.get("consent_scopes", [])
    if not isinstance(scopes, list) or not set(scopes) <= set(CONSENT_SCOPES):
        raise CliFailure(f"consent_scopes in the mapping is a list of {', '.join(CONSENT_SCOPES)}")
    try:
        group = PopulationGroup(spec["population_group"]) if spec.get("population_group") else None
    except ValueError:
        names = ", ".join(g.value for g in PopulationGroup)
        raise CliFailure(f"population_group in the mapping is one of {names}") from None
    return ImportOptions(
        consent_date=consent_date,
        consent_services="services" in scopes,
        consent_referral="referral" in scopes,
        consent_data_use="data_use" in scopes,
        population_group=group,
    )


def _import_people(args: argparse.Namespace) -> int:
    import json

    from db import errors, importing

    try:
        spec = json.loads(args.mapping.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CliFailure(f"{args.mapping} is not a JSON file") from None
    if not isinstance(spec, dict):
        raise CliFailure(f"{args.mapping} must hold a JSON object of column header: field")
    columns = spec.get("columns")
    if not isinstance(columns, dict):
        columns = {k: v for k, v in spec.items() if k not in _IMPORT_KEYS}
    options = _import_options(spec)
    sheet = importing.read_sheet(args.file, spec.get("sheet"))
    store = _open(args.db, args.user)
    try:
        try:
            mapping = importing.mapping_from_headers(sheet, columns)
            preview = importing.preview(store, sheet, mapping, options)
        except errors.ValidationFailed as exc:
            missing = ", ".join(f"{k} ({v})" for k, v in sorted(exc.problems.items()))
            raise CliFailure(f"the mapping is not complete: {missing}") from None
        bad = preview.with_problems
        if bad and not args.skip_invalid:
            raise CliFailure(
                f"{bad} of {len(preview.rows)} rows have problems; nothing was imported "
                "(correct them, or use --skip-invalid)"
            )
        choices = importing.ImportChoices.default(
            preview,
            accept_zawgyi=bool(spec.get("accept_zawgyi", True)),
            skip_duplicates=bool(spec.get("skip_duplicates", True)),
        )
        summary = importing.import_people(store, preview, choices)
    finally:
        store.close()
    skipped = summary.skipped
    codes = f" ({summary.codes[0]} to {summary.codes[-1]})" if summary.codes else ""
    print(
        f"Imported {summary.imported} people{codes}; skipped {len(skipped)}: "
        f"{sum(s.reason == 'problems' for s in skipped)} with problems, "
        f"{sum(s.reason == 'duplicate' for s in skipped)} possible duplicates."
    )
    # Row numbers and problem codes only: never a cell's content.
    for row in skipped:
        what = ", ".join(f"{p.field} ({p.code})" for p in row.problems) or row.reason
        print(f"  row {row.row_number}: {what}")
    return EXIT_OK


# --- The app -----------------------------------------------------------------------------------


def _load_app() -> tuple[Any, Any]:
    """``desktop.app``'s entry points, imported only now: headless commands never load Qt."""
    try:
        from desktop.app import default_db_path, run_app
    except ImportError as exc:  # e.g. Qt's system libraries are missing
        raise CliFailure(f"cannot start the app: {exc}") from exc
    return run_app, default_db_path


def _run_gui(db_path: Path | None) -> int:
    run_app, default_db_path = _load_app()
    return int(run_app(db_path or default_db_path()))


def _run_demo() -> int:
    import secrets
    import shutil
    import tempfile

    from db.demo import fill_demo_data
    from db.setup import create_cso_database

    run_app, _ = _load_app()
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
            fill_demo_data(store, DEMO_PEOPLE, seed=0)
            print(f"Demo CSO in {folder} (deleted when the app closes).")
            print(f"Sign in again as {DEMO_ADMIN} with password: {password}")
            return int(run_app(store.path, store=store))
        finally:
            store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
