"""Word session plans: structure, A4 layout and complex-script fonts on every run."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm

from db.plans import (
    PlanInfo,
    PlanInput,
    PlanLanguage,
    create_plan,
    list_plans,
    new_plan_from_template,
    update_plan,
)
from db.projects import ProjectInfo, get_project
from db.store import Store
from desktop.documents.docx_fonts import split_by_script
from desktop.plans.docx_export import (
    TEXT_WIDTH,
    export_plan,
    export_plan_by_id,
    export_project,
)
from desktop.plans.docx_labels import LABELS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def plan_from_template(
    store: Store, project: ProjectInfo, language: PlanLanguage, number: int = 1
) -> PlanInfo:
    template = next(
        t
        for t in list_plans(store, templates=True, language=language)
        if t.session_number == number
    )
    return new_plan_from_template(store, template.id, project.id, number, dt.date(2025, 6, 3))


def all_runs(doc):
    """Every w:r in body, header and footer, with its text."""
    parts = [doc.element.body]
    for section in doc.sections:
        parts += [section.header._element, section.footer._element]
    for part in parts:
        for r in part.iter(f"{W}r"):
            yield r, "".join(t.text or "" for t in r.iter(f"{W}t"))


def test_split_by_script() -> None:
    text = "ကြိုဆိုပါ — “สวัสดีค่ะ ยินดีต้อนรับ” (Hello) 191"
    assert split_by_script(text) == [
        ("my", "ကြိုဆိုပါ — “"),
        ("th", "สวัสดีค่ะ ยินดีต้อนรับ” ("),
        ("latin", "Hello) 191"),
    ]
    assert split_by_script("12:00", "my") == [("my", "12:00")]


def test_structure_of_an_english_plan(store: Store, project: ProjectInfo, tmp_path: Path) -> None:
    plan = plan_from_template(store, project, PlanLanguage.ENGLISH)
    out = export_plan_by_id(store, plan.id, tmp_path / "plan.docx", attendance_rows=20)
    doc = Document(str(out))

    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert all(
        abs(m.cm - 2.0) < 0.01
        for m in (section.left_margin, section.right_margin, section.top_margin)
    )
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    labels = LABELS["en"]
    for key in ("objectives", "key_messages", "materials", "preparation", "steps", "safety",
                "facilitator_notes", "attendance"):  # fmt: skip
        assert labels[key] in headings, key
    assert headings[0] == f"Session 1: {plan.title}"

    header_text = "\n".join(p.text for p in section.header.paragraphs)
    assert project.title in header_text
    assert "BEAM Education Foundation" in header_text
    assert "3 June 2025" in header_text

    steps_table = next(t for t in doc.tables if t.rows[0].cells[0].text == labels["time"])
    assert len(steps_table.rows) == len(plan.steps) + 1
    assert steps_table.rows[1].cells[0].text == "0:00–0:15"
    assert steps_table.rows[-1].cells[0].text.endswith("–2:00")
    first_instruction = plan.steps[0].instructions[0]
    assert first_instruction in steps_table.rows[1].cells[3].text
    assert plan.steps[2].questions[0] in steps_table.rows[3].cells[3].text
    assert steps_table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None

    # Every table fits the 17 cm text width with a fixed layout.
    for table in doc.tables:
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(grid) <= TEXT_WIDTH.twips
        layout = table._tbl.tblPr.find(qn("w:tblLayout"))
        assert layout is not None
        assert layout.get(qn("w:type")) == "fixed"
    assert Cm(17).twips == TEXT_WIDTH.twips

    # The attendance sheet starts on a new page, with 20 numbered empty rows.
    attendance = doc.tables[-1]
    assert [c.text for c in attendance.rows[0].cells] == [
        labels["no"], labels["name"], labels["code"], labels["signature"],
    ]  # fmt: skip
    assert len(attendance.rows) == 21
    assert [r.cells[0].text for r in attendance.rows[1:]] == [str(i) for i in range(1, 21)]
    assert all(not c.text for r in attendance.rows[1:] for c in r.cells[1:])
    body = doc.element.body
    breaks = body.findall(f".//{W}br[@{W}type='page']")
    assert breaks, "attendance sheet must start on a new page"

    # Page X of Y in the footer.
    instructions = [t.text.strip() for t in section.footer._element.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]


def test_attendance_rows_are_configurable(
    store: Store, project: ProjectInfo, tmp_path: Path
) -> None:
    plan = plan_from_template(store, project, PlanLanguage.ENGLISH)
    out = export_plan(plan, tmp_path / "p.docx", attendance_rows=12)
    assert len(Document(str(out)).tables[-1].rows) == 13


def _rpr_fonts(r):
    rpr = r.find(f"{W}rPr")
    assert rpr is not None
    fonts = rpr.find(f"{W}rFonts")
    assert fonts is not None
    return rpr, {k.replace(W, ""): v for k, v in fonts.attrib.items()}


def _check_script_runs(doc, script_range, font, bidi) -> int:
    checked = 0
    for r, text in all_runs(doc):
        if not any(script_range[0] <= ch <= script_range[1] for ch in text):
            continue
        rpr, fonts = _rpr_fonts(r)
        assert fonts == {"ascii": font, "hAnsi": font, "eastAsia": font, "cs": font}, text
        sz, szcs = rpr.find(f"{W}sz"), rpr.find(f"{W}szCs")
        assert sz is not None
        assert szcs is not None
        assert sz.getnext() is szcs
        assert szcs.get(f"{W}val") == sz.get(f"{W}val")
        assert rpr.find(f"{W}lang").get(f"{W}bidi") == bidi
        checked += 1
    return checked


def test_fonts_on_burmese_and_thai_runs(store: Store, project: ProjectInfo, tmp_path: Path) -> None:
    plan = plan_from_template(store, project, PlanLanguage.BURMESE, 3)  # Thai lessons inside
    out = export_plan_by_id(store, plan.id, tmp_path / "my.docx")
    doc = Document(str(out))
    assert _check_script_runs(doc, ("\u1000", "\u109f"), "Myanmar Text", "my-MM") > 100
    assert _check_script_runs(doc, ("\u0e00", "\u0e7f"), "Leelawadee UI", "th-TH") > 5
    # Latin runs (e.g. "GBV") get the Latin font; no run keeps a theme font.
    for r, text in all_runs(doc):
        rpr = r.find(f"{W}rPr")
        if rpr is None:
            continue
        fonts = rpr.find(f"{W}rFonts")
        if fonts is not None:
            assert not any("theme" in k.lower() for k in fonts.attrib), text
    latin = [r for r, text in all_runs(doc) if text.isascii() and any(c.isalpha() for c in text)]
    assert latin
    assert all(_rpr_fonts(r)[1]["cs"] == "Calibri" for r in latin)
    assert LABELS["my"]["objectives"] in [p.text for p in doc.paragraphs]

    # Defaults and styles: Myanmar Text in all four slots, no theme fonts anywhere.
    styles = doc.styles.element
    default = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert {default.get(f"{W}{k}") for k in ("ascii", "hAnsi", "eastAsia", "cs")} == {
        "Myanmar Text"
    }
    assert not [
        f for f in styles.iter(f"{W}rFonts") if any("Theme" in k or "theme" in k for k in f.attrib)
    ]
    for style_name in ("Normal", "Heading 1", "Heading 2", "Table Grid"):
        fonts = doc.styles[style_name].element.find(f"{W}rPr/{W}rFonts")
        assert fonts is not None, style_name
        assert fonts.get(f"{W}cs") == "Myanmar Text", style_name


def test_thai_plan_labels_and_fonts(store: Store, project: ProjectInfo, tmp_path: Path) -> None:
    english = plan_from_template(store, project, PlanLanguage.ENGLISH, 3)
    thai_input = english.to_input()
    thai_input.language = PlanLanguage.THAI
    thai_input.title = "ภาษาไทยในชีวิตประจำวัน"
    thai = update_plan(store, english.id, thai_input)
    doc = Document(str(export_plan(thai, tmp_path / "th.docx")))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert LABELS["th"]["objectives"] in headings
    assert _check_script_runs(doc, ("\u0e00", "\u0e7f"), "Leelawadee UI", "th-TH") > 10
    default = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert default.get(f"{W}cs") == "Leelawadee UI"


def test_over_time_warning(store: Store, project: ProjectInfo, tmp_path: Path) -> None:
    plan = plan_from_template(store, project, PlanLanguage.ENGLISH)
    short = replace(plan, duration_minutes=90)
    doc = Document(str(export_plan(short, tmp_path / "over.docx")))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "30 minutes more than planned" in text
    doc = Document(str(export_plan(plan, tmp_path / "fits.docx")))
    assert "more than planned" not in "\n".join(p.text for p in doc.paragraphs)


def test_export_project(store: Store, project: ProjectInfo, tmp_path: Path) -> None:
    plans = [plan_from_template(store, project, PlanLanguage.ENGLISH, n) for n in (2, 1)]
    out = export_project(
        get_project(store, project.id), plans, tmp_path / "project.docx", cso_name="KQ"
    )
    doc = Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == project.title
    assert headings[1].startswith("Session 1:")
    assert headings[3].startswith("Session 2:")
    attendance_tables = [
        t for t in doc.tables if t.rows[0].cells[-1].text == "Signature / thumbprint"
    ]
    assert len(attendance_tables) == 2


def test_plan_without_steps_or_date(store: Store, tmp_path: Path) -> None:
    plan = create_plan(store, PlanInput("Draft"))
    doc = Document(str(export_plan(plan, tmp_path / "draft.docx")))
    assert doc.paragraphs[0].text == "Session 1: Draft"
    assert len(doc.tables) == 3  # info, attendance info, attendance


@pytest.mark.parametrize("language", list(PlanLanguage))
def test_all_labels_exist(language: PlanLanguage) -> None:
    assert set(LABELS[language.value]) == set(LABELS["en"])
