"""Exports of shared data: aggregates (CSV, XLSX with an HXL hashtag row), the service
directory (Open Referral HSDS 3.0 JSON, and CSV), and a donor progress summary (Word).

Everything here is built from bundles and the merged report, i.e. from data that has already
passed suppression: no export reads a CSO's database.

A withheld figure is never written as 0 (a reader who sums a column would under-report):

- XLSX: the cell is EMPTY (so SUM does not count it), with a grey hatched fill and a note
  "Fewer than k: withheld for privacy". A network total with withheld parts ("at least N")
  holds N as a number (HXL tools and SUM read a number, a lower bound) shown as "at least N"
  by its number format, with an amber fill and a note saying how many parts were withheld.
  A text cell would read the same but fail HXL's number check (HDX), so the number stays a
  number and the words come from the format. The "Legend" sheet explains both marks (it is
  a sheet of its own so that HXL tools reading the data sheet see only data rows).
- CSV: the cell is empty (withheld) or the known part (at least), and two flag columns name
  the row's withheld columns and its at-least columns.
- The Word summary writes "withheld" and "at least N".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from db.atomic import open_atomically, open_text_atomically, write_atomically
from db.text_safety import csv_row, xlsx_row, xml_safe
from directory.merge import Figure, NetworkReport
from directory.network import Network
from directory.tables import (
    AT_LEAST,
    NETWORK_ROW,
    WITHHELD,
    AggregateGrid,
    Cell,
    aggregate_grid,
    aggregate_table,
    bundle_rows,
    directory_hsds,
    flows_table,
    report_notes,
)

WITHHELD_FILL = "D9D9D9"  # grey, hatched
AT_LEAST_FILL = "FCE4C4"  # amber
AT_LEAST_FORMAT = '"at least "#,##0'


def withheld_note(k: int) -> str:
    return f"Fewer than {k}: withheld for privacy (not zero)."


def at_least_note(known: int, parts: int, k: int) -> str:
    figures = "figure was" if parts == 1 else "figures were"
    return (
        f"At least {known:,}: {parts} CSO {figures} withheld (each fewer than {k}, or "
        "withheld so it cannot be worked out); the true total is higher."
    )


def legend_lines(k: int) -> list[tuple[str, str]]:
    """(mark, meaning) of the aggregate workbook's legend."""
    return [
        (
            "Empty grey hatched cell",
            f"Withheld for privacy: fewer than {k} people, or withheld with such a figure so it "
            "cannot be worked out. It is not zero; a sum of the column leaves it out.",
        ),
        (
            'Amber cell reading "at least N"',
            "A network total with some CSOs' figures withheld: N is the sum of the published "
            "parts, the true figure is higher. The cell holds the number N (a lower bound).",
        ),
        (
            "Withheld (fewer than k) / At least (part withheld)",
            "The last two columns name the row's withheld and at-least figures (also in the "
            "CSV export).",
        ),
        ("A number with no mark", "An exact figure."),
    ]


def aggregates_csv(report: NetworkReport, path: Path, *, per_cso: bool = True) -> None:
    """Withheld figures empty, at-least totals as their known part; the flag columns say
    which is which (see the module's docstring)."""
    grid = aggregate_grid(report, per_cso=per_cso)
    with open_text_atomically(path, newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(grid.headers)
        writer.writerow(grid.tags)
        writer.writerows(_csv_cells(row) for row in grid.rows)


def referral_flows_csv(report: NetworkReport, path: Path) -> None:
    """Referrals between members per CSO pair and category, with completion (HXL-tagged;
    withheld blank, the flag columns say which figures are withheld or lower bounds)."""
    headers, tags, rows = flows_table(report)
    with open_text_atomically(path, newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerow(tags)
        writer.writerows(_csv_cells(row) for row in rows)


def _csv_cells(row: Sequence[Cell]) -> list[Any]:
    """Cells of other CSOs' documents: text is never a formula (db.text_safety)."""
    return csv_row("" if v is None else v for v in row)


def aggregates_xlsx(report: NetworkReport, path: Path, *, per_cso: bool = True) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    grid = aggregate_grid(report, per_cso=per_cso)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "People reached"
    ws.append(grid.headers)
    ws.append(grid.tags)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cell in ws[2]:
        cell.font = Font(italic=True, color="666666")
    for row in grid.rows:
        ws.append(xlsx_row(ws, row))
    _mark_cells(ws, grid)
    ws.freeze_panes = "D3"
    flows = wb.create_sheet("Referrals between CSOs")
    headers, tags, rows = flows_table(report)
    flows.append(headers)
    flows.append(tags)
    for cell in flows[1]:
        cell.font = Font(bold=True)
    for cell in flows[2]:
        cell.font = Font(italic=True, color="666666")
    for row in rows:
        flows.append(xlsx_row(flows, row))
    legend = wb.create_sheet("Legend")
    legend.append(["Mark", "Meaning"])
    for cell in legend[1]:
        cell.font = Font(bold=True)
    for mark, meaning in legend_lines(grid.threshold):
        legend.append([mark, meaning])
    legend.column_dimensions["A"].width = 46
    legend.column_dimensions["B"].width = 110
    _mark_legend(legend)
    notes = wb.create_sheet("Notes")
    for line in report_notes():
        notes.append([line])
    with open_atomically(path) as f:
        wb.save(f)


def _withheld_style(cell: Any, k: int) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    cell.fill = PatternFill(fill_type="lightUp", fgColor="808080", bgColor=WITHHELD_FILL)
    cell.comment = Comment(withheld_note(k), "Saphan")


def _at_least_style(cell: Any, note: str) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    cell.fill = PatternFill(fill_type="solid", fgColor=AT_LEAST_FILL)
    cell.number_format = AT_LEAST_FORMAT
    cell.font = Font(italic=True)
    cell.comment = Comment(note, "Saphan")


def _mark_cells(ws: Any, grid: AggregateGrid) -> None:
    """The withheld cells (empty) and the at-least totals: fill, format and note."""
    for r, (row, marks) in enumerate(zip(grid.rows, grid.marks, strict=True), start=3):
        for c, state in marks.items():
            cell = ws.cell(row=r, column=c + 1)
            if state == WITHHELD:
                assert cell.value is None  # never a 0
                _withheld_style(cell, grid.threshold)
            elif state == AT_LEAST:
                value = row[c]
                assert isinstance(value, int)
                parts = grid.withheld_parts[r - 3].get(c, 1)
                _at_least_style(cell, at_least_note(value, parts, grid.threshold))


def _mark_legend(legend: Any) -> None:
    from openpyxl.styles import Alignment, PatternFill

    _withheld_style(legend["A2"], 5)
    legend["A2"].comment = None
    legend["A3"].fill = PatternFill(fill_type="solid", fgColor=AT_LEAST_FILL)
    for row in legend.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def directory_hsds_json(report: NetworkReport, path: Path) -> None:
    write_atomically(
        path, json.dumps(directory_hsds(report), ensure_ascii=False, indent=2).encode("utf-8")
    )


DIRECTORY_COLUMNS = (
    "organisation_code",
    "organisation",
    "service_id",
    "name",
    "category",
    "status",
    "languages",
    "description",
    "eligibility",
    "hours",
    "area",
    "contact",
    "how_to_refer",
    "cost",
    "updated_at",
)


def directory_csv(report: NetworkReport, path: Path) -> None:
    with open_text_atomically(path, newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(DIRECTORY_COLUMNS)
        for e in report.directory:
            s = e.service
            writer.writerow(
                _csv_cells(
                    [
                        e.cso_code,
                        e.cso_name,
                        s.id,
                        s.name,
                        s.category,
                        s.status,
                        " ".join(s.languages),
                        s.description,
                        s.eligibility,
                        s.hours,
                        s.area,
                        s.contact,
                        s.how_to_refer,
                        s.cost,
                        s.updated_at,
                    ]
                )
            )


# --- donor summary -----------------------------------------------------------------------------


def _figure_text(f: Figure) -> str:
    if f.exact:
        return f"{f.known:,}"
    return "withheld" if f.known == 0 else f"at least {f.known:,}"


def _percent_text(percent: float | None, reached: Figure) -> str:
    if percent is None or (not reached.exact and reached.known == 0):
        return ""
    return f"{percent:.0f}%" if reached.exact else f"at least {percent:.0f}%"


def donor_summary_docx(report: NetworkReport, network: Network, path: Path) -> None:
    """A Word progress summary: programme x target x reached x %, completeness, and notes on
    suppression and double counting."""
    from docx import Document

    doc = Document()
    # The network file and the bundles are other people's text: XML cannot hold every
    # character a JSON string can (db.text_safety).
    doc.add_heading(xml_safe(f"{network.name}: progress summary"), level=0)
    period = network.reporting_period
    doc.add_paragraph(f"Reporting period: {period.start} to {period.end}.")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("Programme", "Indicator", "Target", "Reached", "%"), strict=True
    ):
        cell.text = text
    for p in report.progress:
        row = table.add_row().cells
        row[0].text = xml_safe(p.name)
        row[1].text = xml_safe(p.indicator.replace("_", " "))
        row[2].text = "" if p.target is None else f"{p.target:,}"
        row[3].text = _figure_text(p.reached)
        row[4].text = _percent_text(p.percent, p.reached)
    doc.add_heading("Reporting completeness", level=1)
    members = len(report.completeness)
    for month in _recent(report.months, report):
        done = sum(1 for m in report.completeness.values() if m.get(month))
        doc.add_paragraph(f"{month}: {done} of {members} CSOs reported", style="List Bullet")
    if report.referral_flows:
        _flows_docx(doc, report)
    doc.add_heading("About these figures", level=1)
    for line in report_notes():
        doc.add_paragraph(line)
    with open_atomically(path) as f:
        doc.save(f)


def _flows_docx(doc: Any, report: NetworkReport) -> None:
    """Referrals between CSOs per service category, and their completion."""
    doc.add_heading("Referrals between CSOs", level=1)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    heads = ("Service category", "Referrals made", "Served", "Completion")
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.text = text
    for f in [*report.flows_by_category(), report.flows_total()]:
        row = table.add_row().cells
        row[0].text = xml_safe(f.category.replace("_", " ") or "All categories")
        row[1].text = _figure_text(f.made)
        row[2].text = _figure_text(f.served)
        row[3].text = "" if f.completion is None else f"{100 * f.completion:.0f}%"


def _recent(months: Sequence[str], report: NetworkReport) -> list[str]:
    reported = [m for m in months if any(c.get(m) for c in report.completeness.values())]
    return reported[-12:] if reported else list(months[:1])


def csv_text(headers: Sequence[str], tags: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """The CSV as text (e.g. for a preview)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(headers)
    writer.writerow(tags)
    writer.writerows(_csv_cells(row) for row in rows)
    return buf.getvalue()


__all__ = [
    "DIRECTORY_COLUMNS",
    "NETWORK_ROW",
    "aggregate_grid",
    "aggregate_table",
    "aggregates_csv",
    "aggregates_xlsx",
    "bundle_rows",
    "csv_text",
    "directory_csv",
    "directory_hsds",
    "directory_hsds_json",
    "donor_summary_docx",
    "legend_lines",
    "referral_flows_csv",
    "report_notes",
    "withheld_note",
]
