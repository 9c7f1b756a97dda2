"""The donor report (.docx): progress against targets with the app's charts, completeness per
CSO and month, the method note, fonts for Burmese and Thai, in the coordinator's language; the
charts' numbers are the table's, and a withheld figure is "withheld", never 0."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from docx import Document

from desktop.coordinator import donor_report
from desktop.documents.docx_fonts import FONTS
from directory import merge
from directory.network import PILOT_PROGRAMMES, Network
from tests.desktop.test_withheld_charts import _report
from tests.directory.conftest import member_network, shared  # noqa: F401  (fixture)
from tests.directory.test_withheld_exports import real_report  # noqa: F401  (fixture)

MYANMAR = re.compile(r"[\u1000-\u109f]")
THAI = re.compile(r"[\u0e00-\u0e7f]")


def _write(
    report: merge.NetworkReport, network: Network, path: Path, language: str = "en"
) -> tuple[Document, list[donor_report.ChartImage]]:
    charts = donor_report.render_charts(report, network, language)
    donor_report.write_donor_report(report, network, path, language, charts)
    return Document(str(path)), charts


def _table_texts(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[c.text for c in row.cells] for row in table.rows]


def _headings(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]


def test_sections_tables_and_charts_agree(qtbot, tmp_path: Path) -> None:
    report, network = _report(), member_network()
    doc, charts = _write(report, network, tmp_path / "d.docx")
    headings = _headings(doc)
    for expected in (
        "Progress against the targets",
        "People reached per month",
        "People reached by sex and age",
        "Reporting completeness",
        "How these figures were made",
    ):
        assert expected in headings
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "counts twice" in text
    assert "below the threshold of 5" in text
    assert "complementary suppression" in text
    assert "once per programme" in text

    # Progress: the table's figures are the merge's; the chart shows the same.
    progress = _table_texts(doc.tables[0])
    assert progress[0] == ["Programme", "Code", "Target", "Reached", "% of target"]
    by_code = {r[1]: r for r in progress[1:]}
    assert by_code["mhpss"][2:] == ["1,000", "at least 40", "at least 4%"]
    assert by_code["youth"][2:] == ["100", "withheld", ""]
    chart = next(c for c in charts if c.key == "progress")
    # The chart's axis names the programmes as the table does (not by their codes).
    assert chart.categories == ["MHPSS", "Youth"]  # the names the network file gives
    by_name = {r[0]: r for r in progress[1:]}
    shown = {name: (values, flags) for name, values, flags in chart.shown}
    assert shown["Target"][0] == [1000, 100]
    assert shown["Reached"] == ([40, None], [True, False])
    for category, value, flag in zip(chart.categories, *shown["Reached"], strict=True):
        cell = by_name[category][3]
        assert cell == ("withheld" if value is None else f"at least {value}" if flag else value)

    # Sex and age: withheld is "withheld" in the table and None (not 0) in the chart.
    breakdown = next(c for c in charts if c.key == "breakdown:mhpss")
    sex_table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Age")
    rows = _table_texts(sex_table)
    assert rows[0] == ["Age", "Female", "Male", "Other"]
    for column, (name, values, flags) in enumerate(breakdown.shown, start=1):
        assert rows[0][column] == name
        for row, value, flag in zip(rows[1:], values, flags, strict=True):
            expected = (
                "withheld" if value is None else f"at least {value:,}" if flag else f"{value:,}"
            )
            assert row[column] == expected
    assert rows[1][1] == "withheld"
    assert rows[1][2] == "at least 11"
    assert all(c.png.startswith(b"\x89PNG") for c in charts)
    assert len(doc.inline_shapes) == len(charts)


def test_the_report_holds_the_merged_figures(qtbot, real_report, tmp_path: Path) -> None:  # noqa: F811
    report, network = real_report
    doc, _charts = _write(report, network, tmp_path / "d.docx")
    progress = _table_texts(doc.tables[0])[1:]
    assert len(progress) == len(report.progress)
    for p, row in zip(report.progress, progress, strict=True):
        assert row[1] == p.programme.replace("_", " ")
        assert row[2] == ("" if p.target is None else f"{p.target:,}")
        if p.reached.exact:
            assert row[3] == f"{p.reached.known:,}"
        elif p.reached.known == 0:
            assert row[3] == "withheld"
        else:
            assert row[3] == f"at least {p.reached.known:,}"
    # The completeness table: one row per member, ✓ where the CSO's figures cover the month.
    completeness = next(_table_texts(t) for t in doc.tables if t.rows[0].cells[0].text == "CSO")
    codes = [r[0].split(" · ")[0] for r in completeness[1:-1]]
    assert codes == [m.code for m in network.members]
    for row, code in zip(completeness[1:-1], codes, strict=True):
        months = report.months[: len(row) - 1]
        assert row[1:] == ["✓" if report.completeness[code][m] else "–" for m in months]
    # No cell of any table is a small number (1..k-1) nor a 0 where the merge withheld.
    k = network.suppression_threshold
    for table in doc.tables:
        for row in _table_texts(table)[1:]:
            assert not [c for c in row[1:] if re.fullmatch(r"[1-9]", c) and int(c) < k]


def test_burmese_and_thai_reports_are_in_their_language_and_fonts(qtbot, tmp_path: Path) -> None:
    report, network = _report(), member_network()
    # The pilot's programmes, named in English in the network file.
    pilot = {code: name for code, name, _ in PILOT_PROGRAMMES}
    report.progress = [dataclasses.replace(p, name=pilot[p.programme]) for p in report.progress]
    for language, pattern in (("my", MYANMAR), ("th", THAI)):
        doc, charts = _write(report, network, tmp_path / f"d-{language}.docx", language)
        # The charts' words are in the report's language too, programme names included
        # (the network file gives them in English; the app has their translations).
        words = [t for c in charts for t in [*c.legend, *c.categories]]
        assert len(words) >= 8
        assert all(pattern.search(t) for t in words), words
        headings = _headings(doc)
        assert len(headings) >= 5
        assert all(pattern.search(h) for h in headings), headings
        progress = _table_texts(doc.tables[0])
        assert all(pattern.search(row[0]) for row in progress[1:]), progress
        trend = next(t for t in doc.tables if len(t.rows[0].cells) == 3)
        assert all(pattern.search(name) for name in _table_texts(trend)[0][1:])
        # Dates and months: month names in the language, digits 0–9 as in the app.
        text = "\n".join(p.text for p in doc.paragraphs)
        assert not re.search("[\u1040-\u1049\u0e50-\u0e59]", text)
        assert re.search(r"\b(20|25)\d\d\b", text)
        fonts = {
            r._r.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cs")
            for p in doc.paragraphs
            for r in p.runs
            if pattern.search(r.text)
        }
        assert fonts == {FONTS[language]}
        withheld = donor_report.Words(language)("withheld")
        assert withheld != "withheld"
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        assert withheld in cells


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftoppm") and shutil.which("pdffonts")),
    reason="needs LibreOffice (soffice) and poppler-utils",
)
def test_the_report_renders_in_three_languages(qtbot, tmp_path: Path) -> None:
    report, network = _report(), member_network()
    docs = []
    for language in ("en", "my", "th"):
        path = tmp_path / f"donor-{language}.docx"
        _write(report, network, path, language)
        docs.append(path)
    profile = tmp_path / f"lo-{uuid.uuid4().hex}"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, docs)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    # Word's fonts fall back to ones with the script (Calibri: Carlito or Noto Sans; Myanmar
    # Text: Padauk or Noto Sans Myanmar; Leelawadee UI: a TLWG or Noto Thai font).
    expected_font = {
        "en": r"Carlito|Calibri|NotoSans-",
        "my": r"Padauk|Myanmar",
        "th": r"Leelawadee|Tlwg|Loma|Garuda|NotoSansThai|Sarabun|Kinnari|Norasi|Waree|Umpush",
    }
    keep = os.environ.get("SAPHAN_KEEP_RENDER")
    for language in ("en", "my", "th"):
        pdf = tmp_path / f"donor-{language}.pdf"
        fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
        assert re.search(expected_font[language], fonts.stdout), fonts.stdout
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        plain = re.sub(r"[\s\u200b\u200c]", "", text)
        heading = donor_report.Words(language)("Progress against the targets")
        assert re.sub(r"\s", "", heading) in plain
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / f"page-{language}")],
            check=True,
        )
        if keep:
            for png in tmp_path.glob(f"page-{language}*.png"):
                shutil.copy(png, Path(keep) / f"donor-{png.name}")
