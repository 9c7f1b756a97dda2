"""The ``saphan`` command: opens the app, or runs a headless task for scripts.

    saphan                          the app, on this Windows account's CSO database
    saphan --db PATH                the app, on another database
    saphan --demo                   the app, on a throw-away demo CSO with synthetic people
    saphan --lang my|th|en|...      any of the above in that language (``pseudo``: the
                                    pseudo-locale that shows untranslated text)
    saphan demo-data --db PATH --user admin --beneficiaries N [--seed S]
    saphan export-records --db PATH --user NAME --out FILE.csv|FILE.xlsx
    saphan report --db PATH --user NAME --from YYYY-MM --to YYYY-MM --out FILE.csv|FILE.xlsx
    saphan export-plan --db PATH --user NAME --plan ID --out FILE.docx
    saphan backup --db PATH --user NAME [--out FILE|FOLDER]
    saphan restore --backup FILE --db PATH [--user NAME | --recovery] [--key-file-only]
    saphan import --db PATH --user NAME --file FILE.xlsx --mapping MAP.json [--skip-invalid]
    saphan bundle|publish|merge|donor-report ...   the shared network (desktop/cli/network.py)
    saphan publish --server URL ...   the coordination server (see desktop/cli/server.py)
    saphan network create|add-member|remove-member|targets|show ...   the network file
    saphan cso-key --db PATH --user NAME   this CSO's code, public key and fingerprint
    saphan team ... / saphan sync       the CSO's own laptops (see desktop/cli/team.py)
    saphan worklist --db PATH --user NAME [--json]   what is due for the user
    saphan subject-export --db PATH --user NAME --code CODE --out FILE.docx|FILE.json
    saphan erase --db PATH --user NAME --code CODE --reason TEXT   erase a person (admin)
    saphan consent --db PATH --user NAME --code CODE --grant|--withdraw SCOPE [--date D]
    saphan months close|reopen|show --db PATH --user NAME ...   months closed as reported
    saphan instruments import --db PATH --user NAME --file FORM.xlsx   an XLSForm (admin)
    saphan instruments list --db PATH --user NAME [--json]            the instruments
    saphan reach rebuild --db PATH --user NAME   recompute the reach table counting reads (admin)

One module per command group registers its commands (``add_commands``) with the handler each
runs; this module assembles the parser and runs :func:`main`. What the commands share (exit
codes, the password, :func:`~desktop.cli.common.open_store`) is in :mod:`desktop.cli.common`,
the one-line failure messages in :mod:`desktop.cli.failures`. No module here imports this one.

Headless commands never import Qt, and the modules import almost nothing at start, so
``saphan --version`` and the scripting commands start fast. The password comes from the
``SAPHAN_PASSWORD`` environment variable or a prompt. Any expected failure (wrong password,
missing database, full disk, ...) ends with exit code 2 and one line on stderr, never a
traceback. Nothing here logs or prints data about a person.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.cli import (
    backup,
    consent,
    coordinator,
    demo,
    erase,
    exports,
    gui,
    instruments,
    months,
    network,
    people_import,
    reach,
    server,
    subject,
    team,
    win_console,
    worklist,
)
from desktop.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    PASSWORD_ENV,
    CliFailure,
    open_store,
    read_password,
)
from desktop.cli.demo import DEMO_CSO_NAME, DEMO_PEOPLE
from desktop.cli.failures import failure_message
from desktop.crash import hook as crash_hook
from desktop.crash import logs as crash_logs

__all__ = [
    "DEMO_CSO_NAME",
    "DEMO_PEOPLE",
    "EXIT_FAILED",
    "EXIT_OK",
    "PASSWORD_ENV",
    "CliFailure",
    "failure_message",
    "main",
    "open_store",
    "read_password",
    "version",
]


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
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="show the app in this language for this run (en, my, th, ...; pseudo)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In this order in --help.
    demo.add_commands(commands)  # demo-data
    exports.add_commands(commands)  # export-records, report, export-plan
    backup.add_commands(commands)  # backup, restore
    people_import.add_commands(commands)  # import
    network.add_network_commands(commands)  # bundle, publish --folder, merge
    server.add_server_commands(commands)  # publish --server, server-token
    coordinator.add_commands(commands)  # network create|add-member|..., cso-key
    team.add_commands(commands)  # team create|invite|join|status|remove-device, sync
    worklist.add_commands(commands)  # worklist
    subject.add_commands(commands)  # subject-export
    erase.add_commands(commands)  # erase
    consent.add_commands(commands)  # consent
    months.add_commands(commands)  # months close|reopen|show
    instruments.add_commands(commands)  # instruments import|list
    reach.add_commands(commands)  # reach rebuild
    return parser


def _force_language(code: str) -> None:
    """``--lang``: the windows of this run show ``code`` (checked against the languages this
    copy of Saphan has)."""
    from desktop import languages

    known = (*languages.codes(), languages.PSEUDO)
    if code not in known:
        raise CliFailure(f"unknown language {code!r}: choose one of {', '.join(known)}")
    os.environ[languages.FORCED_ENV] = code


def main(argv: list[str] | None = None) -> int:
    """Run the ``saphan`` command; returns the process exit code."""
    # First of all: a bug anywhere below leaves a crash report and one line (or the crash
    # dialog, once the app's window system is up), never a traceback or silence.
    # The windowed Saphan.exe has no console: give print() the caller's handles back.
    win_console.reattach_std_streams()
    crash_hook.install()
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse already printed
        return exc.code if isinstance(exc.code, int) else EXIT_FAILED
    crash_logs.configure()  # the log file in the user's log folder, and the console

    if args.version:
        print(f"saphan {version()}")
        return EXIT_OK
    try:
        if args.lang is not None:
            _force_language(args.lang)
        if server.wants_server(args):  # publish --server shares its name with the folder's
            return server.run_server_command(args)
        if args.command is not None:
            run: Callable[[argparse.Namespace], int] = args.run
            return run(args)
        if args.demo:
            return demo.run_demo()
        return gui.run_gui(args.gui_db)
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
