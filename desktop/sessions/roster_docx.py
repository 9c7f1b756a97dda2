"""An attendance roster as a Word document: who came to a group session, with room to sign.

No Qt here: the page passes the words already translated, so this module can be tested (and
used by scripts) on its own. The file is written atomically."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from db.keys import write_atomically
from desktop.documents.docx_fonts import add_text

EMPTY_ROWS = 8


@dataclass(frozen=True)
class RosterPerson:
    code: str
    name_latin: str
    name_script: str


@dataclass(frozen=True)
class RosterLabels:
    title: str = "Attendance roster"
    number: str = "No."
    code: str = "Code"
    name: str = "Name"
    name_script: str = "Name in Myanmar/Thai script"
    signature: str = "Signature"
    footer: str = "Facilitator's signature: ____________________    Date: ____________"


@dataclass(frozen=True)
class Roster:
    organisation: str
    # (label, value) lines under the title: activity, programme, date, place, facilitator, ...
    details: list[tuple[str, str]]
    people: list[RosterPerson]
    labels: RosterLabels = field(default_factory=RosterLabels)
    empty_rows: int = EMPTY_ROWS


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    """The header row is printed again at the top of every page."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def roster_bytes(roster: Roster) -> bytes:
    labels = roster.labels
    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin = section.bottom_margin = Cm(1.5)

    heading = document.add_paragraph()
    add_text(heading, roster.organisation, size=10)
    title = document.add_paragraph()
    add_text(title, labels.title, size=16, bold=True)
    for label, value in roster.details:
        line = document.add_paragraph()
        line.paragraph_format.space_after = Pt(0)
        add_text(line, f"{label}: ", size=10, bold=True)
        add_text(line, value, size=10)
    document.add_paragraph()

    headers = (labels.number, labels.code, labels.name, labels.name_script, labels.signature)
    widths = (Cm(1.1), Cm(3.0), Cm(4.6), Cm(4.6), Cm(4.1))
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text, width in zip(table.rows[0].cells, headers, widths, strict=True):
        cell.width = width
        add_text(cell.paragraphs[0], text, size=10, bold=True)
    _repeat_header(table.rows[0])
    rows: list[tuple[str, str, str]] = [
        (p.code, p.name_latin, p.name_script) for p in roster.people
    ]
    rows += [("", "", "")] * roster.empty_rows
    for number, (code, name, script) in enumerate(rows, start=1):
        cells = table.add_row().cells
        values = (str(number), code, name, script, "")
        for column, (cell, value, width) in enumerate(zip(cells, values, widths, strict=True)):
            cell.width = width
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_before = Pt(5)
            paragraph.paragraph_format.space_after = Pt(5)
            if value:
                add_text(paragraph, value, size=11 if column == 3 else 10)
            if column == 0:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    document.add_paragraph()
    footer = document.add_paragraph()
    add_text(footer, labels.footer, size=10)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_roster(roster: Roster, out: Path) -> None:
    """Write the roster to ``out`` (.docx) atomically; raises OSError if it cannot."""
    write_atomically(out, roster_bytes(roster))
