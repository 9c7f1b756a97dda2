"""``saphan import``: register the people of an Excel or CSV list, all in one go.

saphan import --db PATH --user NAME --file FILE.xlsx --mapping MAP.json [--skip-invalid]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_OK, CliFailure, open_store


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register this module's commands; each runs its handler as ``args.run(args)``."""
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
    imports.set_defaults(run=_import_people)


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


_ROW_PROBLEMS = {
    "control_character": "holds an invisible control character; type the text again in the file",
}


def _row_problem(field: str, code: str) -> str:
    return f"{field} {_ROW_PROBLEMS[code]}" if code in _ROW_PROBLEMS else f"{field} ({code})"


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
    store = open_store(args.db, args.user)
    try:
        try:
            mapping = importing.mapping_from_headers(sheet, columns, store)
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
        what = ", ".join(_row_problem(p.field, p.code) for p in row.problems) or row.reason
        print(f"  row {row.row_number}: {what}")
    return EXIT_OK
