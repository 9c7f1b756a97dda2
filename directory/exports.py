"""Exports of shared data: aggregates (CSV, XLSX with an HXL hashtag row), the service
directory (Open Referral HSDS 3.0 JSON, and CSV), and a donor progress summary (Word).

Everything here is built from bundles and the merged report, i.e. from data that has already
passed suppression: no export reads a CSO's database. Withheld values are left blank; a network
figure with withheld parts is written as its known part with a ``#meta+withheld`` count, and
the Word summary writes it as "at least N".
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
    NETWORK_ROW,
    Cell,
    aggregate_table,
    bundle_rows,
    directory_hsds,
    report_notes,
)


def aggregates_csv(report: NetworkReport, path: Path, *, per_cso: bool = True) -> None:
    headers, tags, rows = aggregate_table(report, per_cso=per_cso)
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

    headers, tags, rows = aggregate_table(report, per_cso=per_cso)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "People reached"
    ws.append(headers)
    ws.append(tags)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cell in ws[2]:
        cell.font = Font(italic=True, color="666666")
    for row in rows:
        ws.append(xlsx_row(ws, row))
    ws.freeze_panes = "D3"
    notes = wb.create_sheet("Notes")
    for line in report_notes():
        notes.append([line])
    with open_atomically(path) as f:
        wb.save(f)


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
    return f"{f.known:,}" if f.exact else f"at least {f.known:,}"


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
        row[4].text = "" if p.percent is None else f"{p.percent:.0f}%"
    doc.add_heading("Reporting completeness", level=1)
    members = len(report.completeness)
    for month in _recent(report.months, report):
        done = sum(1 for m in report.completeness.values() if m.get(month))
        doc.add_paragraph(f"{month}: {done} of {members} CSOs reported", style="List Bullet")
    doc.add_heading("About these figures", level=1)
    for line in report_notes():
        doc.add_paragraph(line)
    with open_atomically(path) as f:
        doc.save(f)


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
    "aggregate_table",
    "aggregates_csv",
    "aggregates_xlsx",
    "bundle_rows",
    "csv_text",
    "directory_csv",
    "directory_hsds",
    "directory_hsds_json",
    "donor_summary_docx",
    "report_notes",
]
