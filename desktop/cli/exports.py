"""The CSO's own files: ``saphan export-records``, ``saphan report`` and ``saphan export-plan``.

saphan export-records --db PATH --user NAME --out FILE.csv|FILE.xlsx
saphan report --db PATH --user NAME --from YYYY-MM --to YYYY-MM --out FILE.csv|FILE.xlsx
saphan export-plan --db PATH --user NAME --plan ID --out FILE.docx
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, CliFailure, open_store


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register this module's commands; each runs its handler as ``args.run(args)``."""
    export = commands.add_parser(
        "export-records",
        help="export the CSO's own beneficiary list (admin only)",
        description="Write the CSO's beneficiary list to a .csv or .xlsx file. The file holds "
        "personal data: keep it on this machine.",
    )
    export.add_argument("--db", required=True, type=Path, metavar="PATH")
    export.add_argument("--user", required=True, metavar="NAME")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.set_defaults(run=_export_records)

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
    report.set_defaults(run=_report)

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
    plan.set_defaults(run=_export_plan)


def _export_records(args: argparse.Namespace) -> int:
    from db.records_export import export_records

    store = open_store(args.db, args.user)
    try:
        count = export_records(store, args.out)
    finally:
        store.close()
    print(f"Exported {count} people to {args.out}. The file holds personal data: keep it safe.")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from desktop.cli.activity_report import write_report

    store = open_store(args.db, args.user)
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
    store = open_store(args.db, args.user)
    try:
        export_plan_by_id(store, args.plan, args.out)
    finally:
        store.close()
    print(f"Wrote plan {args.plan} to {args.out}.")
    return EXIT_OK
