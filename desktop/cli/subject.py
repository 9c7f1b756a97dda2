"""``saphan subject-export``: everything the CSO holds about one person, for that person.

saphan subject-export --db PATH --user NAME --code CODE --out FILE.docx|FILE.json

The .docx is in the person's language (Burmese, Thai or English), the .json holds the same
rows with ISO dates (db.subject). Admin and supervisor only; the export is audited. The file
holds personal data: it is for the person, and stays on this machine until it is handed over.
Only the path written is printed, never anything about the person.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, CliFailure, open_store

SUFFIXES = (".docx", ".json")


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``subject-export``; it runs its handler as ``args.run(args)``."""
    parser = commands.add_parser(
        "subject-export",
        help="write everything held about one person (.docx in their language, or .json)",
        description="Write everything the CSO holds about the person with code CODE: profile, "
        "consent, cases and plans, sessions, assessments, referrals, notes you may read and "
        "who looked at the record. A .docx file is in the person's language, a .json file "
        "holds the same data for machines. Admin and supervisor only; the export is audited.",
    )
    parser.add_argument("--db", required=True, type=Path, metavar="PATH")
    parser.add_argument("--user", required=True, metavar="NAME")
    parser.add_argument("--code", required=True, metavar="CODE")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE")
    parser.set_defaults(run=_subject_export)


def _subject_export(args: argparse.Namespace) -> int:
    from db.errors import RecordNotFound
    from db.subject import person_id_for_code, write_export

    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise CliFailure(f"the output file must end in .docx or .json (not {suffix or 'nothing'})")
    if out.is_dir():
        raise CliFailure(f"{out} is a folder: give a file name ending in .docx or .json")
    store = open_store(args.db, args.user)
    try:
        try:
            person_id = person_id_for_code(store, args.code)
        except RecordNotFound:
            raise CliFailure(f"there is no person with the code {args.code}") from None
        if suffix == ".docx":
            from desktop.documents.subject_docx import write_subject_export

            write_subject_export(store, person_id, out)
        else:
            write_export(store, person_id, out)
    finally:
        store.close()
    print(out)
    return EXIT_OK
