"""The 5W export: who does what, where, when and for whom, with HXL hashtags.

One row per CSO (who), network programme (the sector) and activity type (what), area (where:
the network file's area, its code and the admin codes of levels 2 and 3 where the place has
them), and month (when), with the people reached in all and per population group (for whom).
The figures are the CSOs' 5W rows as their bundles published them: already suppressed with
the network's threshold ``k`` together with their other figures (:mod:`directory.bundle`), so
no cell holds 1 to k-1 and none can be worked out from the others. Nothing is added up across
CSOs or rows here.

The first row holds the headers, the second the HXL hashtags (``#org``, ``#sector``,
``#activity``, ``#loc``, ``#adm2``, ``#adm3``, ``#date``, ``#reached``, ``#meta``).

Withheld is never zero (issue 20): a withheld cell is EMPTY, and the row's flag column
(``#meta+withheld``) names its withheld columns; in the workbook the cell is also hatched grey
with a note. A person counts once in each activity type and area they came to in a month:
the rows of a CSO do not add up to its unique people (the aggregates export has those).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.atomic import open_atomically, open_text_atomically
from db.text_safety import csv_row, xlsx_row
from directory.bundle_schema import FIVE_W_GROUPS
from directory.merge import NetworkReport
from directory.network import Network

Cell = str | int | None

UNKNOWN_AREA = "Not known"

# (header, HXL hashtag) of each column, in order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Who: CSO code", "#org+code"),
    ("Who: CSO", "#org+name"),
    ("What: sector (network programme) code", "#sector+code"),
    ("What: sector (network programme)", "#sector+name"),
    ("What: activity code", "#activity+code"),
    ("What: activity", "#activity+name"),
    ("Where: area code", "#loc+code"),
    ("Where: area", "#loc+name"),
    ("Where: district P-code (admin 2)", "#adm2+code"),
    ("Where: subdistrict P-code (admin 3)", "#adm3+code"),
    ("When: month", "#date+month"),
    ("For whom: everyone, people reached", "#reached+ind"),
    ("For whom: new arrivals, people reached", "#reached+ind+new_arrival"),
    ("For whom: long-term migrants, people reached", "#reached+ind+long_term_migrant"),
    ("For whom: host community, people reached", "#reached+ind+host_community"),
    ("Withheld (fewer than k, not zero)", "#meta+withheld"),
)
HEADERS = tuple(h for h, _ in COLUMNS)
TAGS = tuple(t for _, t in COLUMNS)
# Where the counts are: everyone first, then the groups in FIVE_W_GROUPS order.
FIRST_COUNT = HEADERS.index("For whom: everyone, people reached")
_GROUP_NAMES = {
    "new_arrival": "new arrivals",
    "long_term_migrant": "long-term migrants",
    "host_community": "host community",
    "all": "everyone",
}


@dataclass(frozen=True)
class FiveWGrid:
    """The 5W table: headers, HXL hashtags, rows, and per row the columns withheld."""

    headers: tuple[str, ...]
    tags: tuple[str, ...]
    rows: list[list[Cell]]
    withheld: list[list[int]]  # per row, the column indices withheld (empty cells)
    threshold: int


def five_w_grid(report: NetworkReport, network: Network) -> FiveWGrid:
    """The 5W table of a merge (see the module's docstring)."""
    programmes = {p.code: p.name for p in network.programmes}
    rows: list[list[Cell]] = []
    withheld: list[list[int]] = []
    # Everyone first: FIVE_W_GROUPS ends with "all".
    order = [len(FIVE_W_GROUPS) - 1, *range(len(FIVE_W_GROUPS) - 1)]
    for r in report.five_w:
        area = network.area(r.area) if r.area is not None else None
        admin = network.admin_codes(r.area) if r.area is not None else {}
        counts = [r.people[i] for i in order]
        hidden = [FIRST_COUNT + n for n, v in enumerate(counts) if v is None]
        flag = ", ".join(_GROUP_NAMES[FIVE_W_GROUPS[order[i - FIRST_COUNT]]] for i in hidden)
        rows.append(
            [
                r.cso_code,
                r.cso_name,
                r.programme,
                programmes.get(r.programme, r.programme),
                r.activity,
                r.activity_name,
                r.area or "",
                area.name if area is not None else (r.area or UNKNOWN_AREA),
                admin.get(2, ""),
                admin.get(3, ""),
                r.period,
                *counts,
                flag,
            ]
        )
        withheld.append(hidden)
    return FiveWGrid(HEADERS, TAGS, rows, withheld, report.threshold)


def five_w_notes(k: int) -> list[str]:
    return [
        "Who: the CSO. What: the network programme (sector) and the CSO's activity type. "
        "Where: the network's area (its admin codes where the place has them). When: the month "
        "(YYYY-MM). For whom: people reached, everyone and per population group.",
        f"An empty count is withheld for privacy: fewer than {k} people, or withheld so such a "
        "figure cannot be worked out. It is not zero; the last column names it.",
        "A person counts once in each activity type and area they came to in a month: rows do "
        "not add up to the unique people a CSO reached (see the aggregates export). A person "
        "served by two CSOs counts for each.",
        f"'{UNKNOWN_AREA}': sessions logged without an area.",
    ]


def five_w_csv(report: NetworkReport, network: Network, path: Path) -> None:
    """The 5W table as CSV (UTF-8 with a byte order mark, for Excel): headers, hashtags, rows;
    withheld counts empty and named in the flag column."""
    grid = five_w_grid(report, network)
    with open_text_atomically(path, newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(grid.headers)
        writer.writerow(grid.tags)
        writer.writerows(_csv_cells(row) for row in grid.rows)


def _csv_cells(row: Sequence[Cell]) -> list[Any]:
    """Other CSOs' text is never a formula (db.text_safety)."""
    return csv_row("" if v is None else v for v in row)


def five_w_xlsx(report: NetworkReport, network: Network, path: Path) -> None:
    """The 5W table as a workbook: the "5W" sheet (headers, hashtags, rows; a withheld count
    is an empty grey hatched cell with a note), then "Notes"."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from directory.exports import _withheld_style

    grid = five_w_grid(report, network)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "5W"
    ws.append(list(grid.headers))
    ws.append(list(grid.tags))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cell in ws[2]:
        cell.font = Font(italic=True, color="666666")
    for r, (row, hidden) in enumerate(zip(grid.rows, grid.withheld, strict=True), start=3):
        ws.append(xlsx_row(ws, row))
        for c in hidden:
            cell = ws.cell(row=r, column=c + 1)
            assert cell.value is None  # never a 0
            _withheld_style(cell, grid.threshold)
    ws.freeze_panes = "C3"
    widths = (10, 28, 14, 28, 16, 28, 14, 24, 12, 12, 10)
    for letter, width in zip("ABCDEFGHIJK", widths, strict=True):
        ws.column_dimensions[letter].width = width
    notes = wb.create_sheet("Notes")
    for line in five_w_notes(grid.threshold):
        notes.append([line])
    notes.column_dimensions["A"].width = 120
    with open_atomically(path) as f:
        wb.save(f)


def write_five_w(report: NetworkReport, network: Network, path: Path) -> None:
    """The 5W export to ``path``: a workbook for ``.xlsx``, else CSV."""
    if path.suffix.lower() == ".xlsx":
        five_w_xlsx(report, network, path)
    else:
        five_w_csv(report, network, path)


__all__ = [
    "COLUMNS",
    "FiveWGrid",
    "five_w_csv",
    "five_w_grid",
    "five_w_notes",
    "five_w_xlsx",
    "write_five_w",
]
