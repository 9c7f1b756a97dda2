"""Printable Word (.docx) session plans: what a facilitator takes into the room.

No Qt here: the ``saphan export-plan`` command runs this headless. The layout is A4 portrait
with 2 cm margins; every table has fixed column widths that add up to the text width, so
nothing runs off the page. Labels are in the plan's language; every run's fonts are set per
script (see ``docx_fonts``), so Burmese and Thai print in Word and LibreOffice alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Length, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from db.atomic import open_atomically
from db.plans import PlanInfo, get_plan, over_time, project_title_of, total_minutes
from db.projects import ProjectInfo, get_project
from db.store import Store
from desktop.documents.docx_fonts import (
    LANGUAGE_SCRIPT,
    Script,
    add_text,
    set_document_fonts,
    style_run,
)
from desktop.plans.docx_labels import (
    clock,
    format_date,
    labels_for,
    number,
    session_heading,
)

PAGE_WIDTH = Cm(21.0)
PAGE_HEIGHT = Cm(29.7)
MARGIN = Cm(2.0)
TEXT_WIDTH = Emu(PAGE_WIDTH - 2 * MARGIN)  # 17 cm

BODY_PT = 10.5
SMALL_PT = 9
H1_PT = 16
H2_PT = 12.5
GREY = RGBColor(0x55, 0x55, 0x55)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
WARNING = RGBColor(0xB0, 0x1E, 0x1E)
HEADER_FILL = "D9E2F3"

# Widths in cm; each set adds up to the 17 cm text width.
STEP_COLUMNS = (2.2, 1.3, 3.7, 9.8)
INFO_COLUMNS = (2.9, 5.6, 2.9, 5.6)
ATTENDANCE_COLUMNS = (1.3, 7.0, 3.2, 5.5)
SUMMARY_COLUMNS = (1.3, 9.2, 4.0, 2.5)


class _Writer:
    """Writes one document; remembers the language whose labels and fonts to use."""

    def __init__(self, document: DocxDocument, language: str, buddhist_era: bool = False) -> None:
        self.doc = document
        self.buddhist_era = buddhist_era
        self.set_language(language)

    def date(self, day: dt.date | None, language: str | None = None) -> str:
        return format_date(language or self.language, day, buddhist_era=self.buddhist_era)

    def set_language(self, language: str) -> None:
        self.language = language
        self.labels = labels_for(language)
        self.script: Script = LANGUAGE_SCRIPT.get(language, "latin")

    # --- paragraphs ---

    def text(
        self,
        paragraph: Paragraph,
        text: str,
        *,
        size: float = BODY_PT,
        bold: bool = False,
        italic: bool = False,
        color: RGBColor | None = None,
    ) -> None:
        add_text(
            paragraph,
            text,
            size=size,
            default=self.script,
            bold=bold,
            italic=italic,
            color=color,
        )

    def paragraph(self, text: str = "", **kwargs: object) -> Paragraph:
        p = self.doc.add_paragraph()
        _spacing(p, after=4)
        if text:
            self.text(p, text, **kwargs)  # type: ignore[arg-type]
        return p

    def heading(self, text: str, level: int = 2) -> Paragraph:
        p = self.doc.add_paragraph(style=f"Heading {level}")
        _spacing(p, before=12 if level == 2 else 0, after=4)
        p.paragraph_format.keep_with_next = True
        self.text(p, text, size=H1_PT if level == 1 else H2_PT, bold=True, color=ACCENT)
        return p

    def items(self, items: Sequence[str], *, numbered: bool, container: _Cell | None = None,
              size: float = BODY_PT) -> None:  # fmt: skip
        """A list with hanging indent. Numbers and bullets are text, not Word numbering, so
        they print in the same font as the item."""
        for i, item in enumerate(items, 1):
            p = _next_paragraph(container) if container is not None else self.doc.add_paragraph()
            marker = f"{number(self.language, i)}." if numbered else "•"
            _hanging(p, Cm(0.6))
            _spacing(p, after=2)
            self.text(p, f"{marker}\t{item}", size=size)

    def lines(self, text: str) -> None:
        for line in text.splitlines():
            if line.strip().startswith(("- ", "• ")):
                self.items([line.strip()[2:]], numbered=False)
            elif line.strip():
                self.paragraph(line.strip())

    # --- tables ---

    def table(self, widths_cm: Sequence[float], header: Sequence[str] | None) -> Table:
        table: Table = self.doc.add_table(rows=0, cols=len(widths_cm))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        _fix_widths(table, [Cm(w) for w in widths_cm])
        if header is not None:
            cells = table.add_row().cells  # type: ignore[no-untyped-call]
            _repeat_header(table.rows[0])
            for cell, label, width in zip(cells, header, widths_cm, strict=True):
                cell.width = Cm(width)
                _shade(cell, HEADER_FILL)
                self.text(cell.paragraphs[0], label, size=SMALL_PT + 0.5, bold=True)
        return table

    def row(self, table: Table, widths_cm: Sequence[float]) -> list[_Cell]:
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        for cell, width in zip(cells, widths_cm, strict=True):
            cell.width = Cm(width)
        return list(cells)

    def cell_text(self, cell: _Cell, text: str, **kwargs: object) -> Paragraph:
        """Text in a cell's first paragraph (or a new one when the first is taken)."""
        p = _next_paragraph(cell)
        _spacing(p, after=2)
        if text:
            self.text(p, text, **kwargs)  # type: ignore[arg-type]
        return p


# --- low-level layout helpers ----------------------------------------------------------------


def _next_paragraph(cell: _Cell) -> Paragraph:
    """The cell's own first paragraph while it is still empty, else a new one at the end."""
    paragraphs: list[Paragraph] = cell.paragraphs
    if len(paragraphs) == 1 and not paragraphs[0].runs:
        return paragraphs[0]
    new: Paragraph = cell.add_paragraph()
    return new


def _spacing(p: Paragraph, *, before: float = 0, after: float = 4) -> None:
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)


def _hanging(p: Paragraph, indent: Length) -> None:
    fmt = p.paragraph_format
    fmt.left_indent = indent
    fmt.first_line_indent = -indent
    fmt.tab_stops.add_tab_stop(indent)


def _fix_widths(table: Table, widths: Sequence[Length]) -> None:
    """Fixed layout: Word and LibreOffice keep these widths instead of fitting to content."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(sum(w.twips for w in widths)))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def _shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _field(w: _Writer, p: Paragraph, instruction: str, placeholder: str) -> None:
    """A field (PAGE, NUMPAGES) as begin / instruction / separate / result / end runs."""
    for kind in ("begin", "instr", "separate", "result", "end"):
        if kind == "result":
            w.text(p, placeholder, size=SMALL_PT, color=GREY)
            continue
        run = p.add_run()
        style_run(run, "latin", SMALL_PT, color=GREY)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def _new_document(language: str, buddhist_era: bool = False) -> tuple[DocxDocument, _Writer]:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.header_distance = section.footer_distance = Cm(1.0)
    set_document_fonts(doc, language, BODY_PT)
    return doc, _Writer(doc, language, buddhist_era)


def _header_footer(w: _Writer, header_lines: Sequence[str]) -> None:
    section = w.doc.sections[0]
    header = section.header
    first = True
    for line in header_lines:
        if not line:
            continue
        p = header.paragraphs[0] if first else header.add_paragraph()
        first = False
        _spacing(p, after=0)
        w.text(p, line, size=SMALL_PT, color=GREY)
    footer_p = section.footer.paragraphs[0]
    footer_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    template = w.labels["page"]
    before, rest = template.split("{page}", 1)
    middle, after = rest.split("{pages}", 1)
    w.text(footer_p, before, size=SMALL_PT, color=GREY)
    _field(w, footer_p, "PAGE", "1")
    w.text(footer_p, middle, size=SMALL_PT, color=GREY)
    _field(w, footer_p, "NUMPAGES", "1")
    if after:
        w.text(footer_p, after, size=SMALL_PT, color=GREY)


def _page_break(w: _Writer) -> None:
    p = w.doc.add_paragraph()
    _spacing(p, after=0)
    p.add_run().add_break(WD_BREAK.PAGE)


# --- the plan ----------------------------------------------------------------------------------


def _info_table(w: _Writer, pairs: Sequence[tuple[str, str]]) -> None:
    """Label/value pairs, two pairs per row; empty values get a line to fill in by hand."""
    table = w.table(INFO_COLUMNS, header=None)
    for i in range(0, len(pairs), 2):
        cells = w.row(table, INFO_COLUMNS)
        for j, (label, value) in enumerate(pairs[i : i + 2]):
            _shade(cells[2 * j], "F2F2F2")
            w.cell_text(cells[2 * j], label, size=SMALL_PT + 0.5, bold=True)
            w.cell_text(cells[2 * j + 1], value or "", size=BODY_PT)


def _write_plan(
    w: _Writer,
    plan: PlanInfo,
    *,
    project_title: str,
    facilitators: str,
    attendance_rows: int,
) -> None:
    w.set_language(plan.language.value)
    lab = w.labels
    w.heading(session_heading(plan.language.value, plan.session_number, plan.title), level=1)
    _info_table(
        w,
        [
            (lab["project"], project_title),
            (lab["date"], w.date(plan.planned_date)),
            (lab["duration"], f"{number(w.language, plan.duration_minutes)} {lab['minutes']}"),
            (lab["place"], ""),
            (lab["facilitators"], facilitators),
            (lab["session"], number(w.language, plan.session_number)),
        ],
    )
    if plan.objectives:
        w.heading(lab["objectives"])
        w.paragraph(lab["objectives_lead"], italic=True)
        w.items(plan.objectives, numbered=True)
    if plan.key_messages:
        w.heading(lab["key_messages"])
        w.items(plan.key_messages, numbered=False)
    if plan.materials:
        w.heading(lab["materials"])
        w.items(plan.materials, numbered=False)
    if plan.preparation:
        w.heading(lab["preparation"])
        w.items(plan.preparation, numbered=False)
    _steps_table(w, plan)
    if plan.safety_notes.strip():
        w.heading(lab["safety"])
        w.lines(plan.safety_notes)
    if plan.facilitator_notes.strip():
        w.heading(lab["facilitator_notes"])
        w.lines(plan.facilitator_notes)
    w.heading(lab["after_session"])
    for _ in range(3):
        w.paragraph("_" * 80, color=GREY, size=BODY_PT)
    _page_break(w)
    _attendance(w, plan, project_title, attendance_rows)


def _steps_table(w: _Writer, plan: PlanInfo) -> None:
    lab = w.labels
    if not plan.steps:
        return
    w.heading(lab["steps"])
    table = w.table(STEP_COLUMNS, [lab["time"], lab["min"], lab["step"], lab["what_to_do"]])
    at = 0
    for step in plan.steps:
        time_cell, min_cell, step_cell, todo_cell = w.row(table, STEP_COLUMNS)
        w.cell_text(
            time_cell, f"{clock(w.language, at)}–{clock(w.language, at + step.minutes)}",
            size=SMALL_PT + 0.5,
        )  # fmt: skip
        w.cell_text(min_cell, number(w.language, step.minutes), size=SMALL_PT + 0.5)
        w.cell_text(step_cell, lab.get(step.kind.value, step.kind.value), size=SMALL_PT,
                    color=GREY)  # fmt: skip
        w.cell_text(step_cell, step.title, bold=True)
        w.items(step.instructions, numbered=True, container=todo_cell)
        if step.questions:
            w.cell_text(todo_cell, lab["questions"], bold=True, size=BODY_PT)
            w.items(step.questions, numbered=False, container=todo_cell)
        at += step.minutes
    summary = w.paragraph(
        lab["total"].format(
            steps=number(w.language, total_minutes(plan)),
            planned=number(w.language, plan.duration_minutes),
        ),
        size=SMALL_PT + 0.5,
        color=GREY,
    )
    _spacing(summary, before=4)
    extra = over_time(plan)
    if extra:
        w.paragraph(lab["over_time"].format(over=number(w.language, extra)), bold=True,
                    color=WARNING)  # fmt: skip


def _attendance(w: _Writer, plan: PlanInfo, project_title: str, rows: int) -> None:
    lab = w.labels
    w.heading(lab["attendance"], level=1)
    _info_table(
        w,
        [
            (lab["project"], project_title),
            (lab["session"], f"{number(w.language, plan.session_number)} — {plan.title}"),
            (lab["date"], w.date(plan.planned_date)),
            (lab["place"], ""),
        ],
    )
    w.paragraph("")
    table = w.table(ATTENDANCE_COLUMNS, [lab["no"], lab["name"], lab["code"], lab["signature"]])
    for i in range(1, rows + 1):
        cells = w.row(table, ATTENDANCE_COLUMNS)
        table.rows[-1].height = Cm(0.95)
        table.rows[-1].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        w.cell_text(cells[0], number(w.language, i), size=SMALL_PT + 0.5)
    p = w.paragraph("")
    _spacing(p, before=10)
    w.text(p, f"{lab['facilitator_signature']}: ", size=BODY_PT)
    w.text(p, "_" * 40, size=BODY_PT, color=GREY)


def _save(doc: DocxDocument, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open_atomically(out) as fh:  # never half a document at ``out``
        doc.save(fh)
    return out


def export_plan(
    plan: PlanInfo,
    out: Path,
    *,
    project_title: str = "",
    cso_name: str = "",
    attendance_rows: int = 20,
    facilitators: str = "",
    buddhist_era: bool = False,
) -> Path:
    """Write one session plan, with its attendance sheet on a new page, to ``out``.
    ``buddhist_era``: years in the Thai Buddhist era whatever the plan's language."""
    doc, w = _new_document(plan.language.value, buddhist_era)
    top = " · ".join(part for part in (cso_name, project_title) if part)
    second = session_heading(plan.language.value, plan.session_number, plan.title)
    when = w.date(plan.planned_date)
    _header_footer(w, [top, f"{second} · {when}" if when else second])
    _write_plan(
        w,
        plan,
        project_title=project_title,
        facilitators=facilitators,
        attendance_rows=attendance_rows,
    )
    return _save(doc, out)


def export_project(
    project: ProjectInfo,
    plans: Sequence[PlanInfo],
    out: Path,
    *,
    cso_name: str = "",
    language: str | None = None,
    attendance_rows: int = 20,
    buddhist_era: bool = False,
) -> Path:
    """A project's overview page followed by each plan (each with its attendance sheet)."""
    ordered = sorted(plans, key=lambda p: (p.session_number, p.planned_date or p.created_at.date()))
    language = language or (ordered[0].language.value if ordered else "en")
    doc, w = _new_document(language, buddhist_era)
    _header_footer(w, [" · ".join(part for part in (cso_name, project.title) if part)])
    lab = w.labels
    w.heading(project.title, level=1)
    start, end = (w.date(d, language) for d in (project.start_date, project.end_date))
    dates = " – ".join(d for d in (start, end) if d)
    _info_table(
        w,
        [
            (lab["community"], project.community),
            (lab["status"], lab.get(project.status.value, project.status.value)),
            (lab["facilitators"], project.facilitators),
            (lab["date"], dates),
            (lab["programme"], project.programme_name),
            (lab["participants"], number(language, project.participants)),
        ],
    )
    if project.goals.strip():
        w.heading(lab["goals"])
        w.lines(project.goals)
    if ordered:
        w.heading(lab["sessions"])
        table = w.table(SUMMARY_COLUMNS, [lab["no"], lab["session"], lab["date"], lab["min"]])
        for plan in ordered:
            cells = w.row(table, SUMMARY_COLUMNS)
            w.cell_text(cells[0], number(language, plan.session_number))
            w.cell_text(cells[1], plan.title)
            w.cell_text(cells[2], w.date(plan.planned_date, language))
            w.cell_text(cells[3], number(language, plan.duration_minutes))
    for plan in ordered:
        _page_break(w)
        _write_plan(
            w,
            plan,
            project_title=project.title,
            facilitators=project.facilitators,
            attendance_rows=attendance_rows,
        )
        w.set_language(language)
    return _save(doc, out)


def export_plan_by_id(store: Store, plan_id: int, out: Path, *, attendance_rows: int = 20) -> Path:
    """What ``saphan export-plan --plan ID --out FILE.docx`` runs: the plan, its project's
    title and facilitators, and the CSO's name in the header."""
    plan = get_plan(store, plan_id)
    facilitators = ""
    project_title = project_title_of(store, plan)
    if project_title and plan.project_id is not None:
        facilitators = get_project(store, plan.project_id).facilitators
    return export_plan(
        plan,
        out,
        project_title=project_title,
        cso_name=store.cso.name,
        attendance_rows=attendance_rows,
        facilitators=facilitators,
    )
