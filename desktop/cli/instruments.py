"""``saphan instruments``: the instruments (questionnaires with scoring) a CSO uses.

saphan instruments import --db PATH --user NAME --file FORM.xlsx   (admin)
saphan instruments list --db PATH --user NAME [--json]

``import`` reads an XLSForm workbook (docs/instruments.md) and stores it as an instrument, or
as a new version of the instrument with its code when the content differs; it prints the code,
the version and the number of items ("imported: phq9 version 1, 9 items"; "already there,
unchanged: ..." when that content is stored already). A form with problems is not stored at
all: each problem is printed on its own line ("survey row 7: the choice list 'freq5' does not
exist") and the exit code is 2. ``list`` prints one line per instrument (its newest version):
code, version, items, name and source; ``--json`` prints a list of objects with the same
fields. Nothing here is about a person.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_FAILED, EXIT_OK, open_store

if TYPE_CHECKING:
    from db.instruments.store import InstrumentInfo


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="PATH")
    parser.add_argument("--user", required=True, metavar="NAME")


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``instruments import|list``; each runs its handler as ``args.run(args)``."""
    group = commands.add_parser(
        "instruments",
        help="the CSO's instruments: import one from an XLSForm (admin), list them",
        description="Instruments are questionnaires with their scoring: the shipped scales "
        "and those an admin imports from an XLSForm workbook (.xlsx).",
    )
    sub = group.add_subparsers(dest="instruments_command", metavar="COMMAND", required=True)
    imp = sub.add_parser(
        "import",
        help="import an instrument from an XLSForm workbook (admin)",
        description="Import an instrument from an XLSForm workbook (.xlsx): survey, choices "
        "and settings sheets, with Saphan's columns for reverse items, bands and alerts "
        "(docs/instruments.md). A form with problems is not imported at all; each problem "
        "is printed with its sheet and row.",
    )
    _common(imp)
    imp.add_argument("--file", required=True, type=Path, metavar="FORM.xlsx")
    imp.set_defaults(run=_import)
    listing = sub.add_parser("list", help="list the instruments and their versions")
    _common(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(run=_list)


def _import(args: argparse.Namespace) -> int:
    from db.instruments.problems import FormProblems
    from db.instruments.store import list_instruments
    from db.instruments.xlsform import import_xlsform, problem_lines

    store = open_store(args.db, args.user)
    try:
        before = {(i.code, i.version) for i in list_instruments(store)}
        try:
            info = import_xlsform(store, args.file)
        except FormProblems as exc:
            print(f"saphan: {args.file.name} was not imported (nothing changed):", file=sys.stderr)
            for line in problem_lines(exc.problems):
                print(line, file=sys.stderr)
            return EXIT_FAILED
    finally:
        store.close()
    what = "already there, unchanged" if (info.code, info.version) in before else "imported"
    print(f"{what}: {info.code} version {info.version}, {len(info.items)} items")
    return EXIT_OK


def _row(info: InstrumentInfo) -> dict[str, Any]:
    return {
        "code": info.code,
        "version": info.version,
        "name": info.name,
        "items": len(info.items),
        "source": info.definition.source,
    }


def _list(args: argparse.Namespace) -> int:
    from db.instruments.store import list_instruments

    store = open_store(args.db, args.user)
    try:
        found = list_instruments(store)
    finally:
        store.close()
    rows = [_row(info) for info in found]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return EXIT_OK
    if not rows:
        print("No instruments yet.")
        return EXIT_OK
    for row in rows:
        print(
            f"{row['code']:<20}  v{row['version']:<4}  {row['items']:>3} items  {row['name']}"
            + (f"  ({row['source']})" if row["source"] else "")
        )
    return EXIT_OK
