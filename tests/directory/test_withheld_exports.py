"""Withheld is never zero: every export of the merged figures (XLSX, CSV, the server's JSON,
the Word summary) leaves a withheld figure empty and marks it, and a network total with
withheld parts says "at least N"."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from db import setup
from db.demo import fill_demo_data
from db.store import Store
from directory import cube, exports, folder, merge
from directory.bundle import CUMULATIVE
from directory.network import Network
from directory.tables import _COLUMNS, AT_LEAST, WITHHELD, aggregate_grid
from tests.directory.conftest import TODAY, member_network

TOTAL = cube.TOTAL_INDEX
FEMALE = cube.index("female", "all", "all", "all")
MALE = cube.index("male", "all", "all", "all")
GIRLS = cube.index("female", "0-17", "all", "all")


def _cubes(known: dict[int, int], withheld: dict[int, int]) -> merge.CubeFigures:
    return merge.CubeFigures(
        [known.get(i, 0) for i in range(cube.CUBE_SIZE)],
        [withheld.get(i, 0) for i in range(cube.CUBE_SIZE)],
    )


def synthetic_report(threshold: int = 5) -> merge.NetworkReport:
    """mhpss cumulative: total 40 exact, female all withheld (0 known, 2 parts), male at
    least 12 (1 part withheld), girls 0 exact; sessions at least 7 (1 CSO withheld)."""
    people = {
        ("mhpss", CUMULATIVE): _cubes({TOTAL: 40, MALE: 12}, {FEMALE: 2, MALE: 1}),
        ("mhpss", "2026-05"): _cubes({TOTAL: 9}, {}),
    }
    return merge.NetworkReport(
        network_id="maesot",
        months=["2026-05"],
        bundles={},
        people=people,
        sessions={("mhpss", CUMULATIVE): 7, ("mhpss", "2026-05"): 3},
        referrals={},
        participatory_projects=0,
        progress=[],
        completeness={},
        sessions_withheld={("mhpss", CUMULATIVE): 1},
        threshold=threshold,
    )


def _column(headers: list[str], name: str) -> int:
    return headers.index(name)


def test_the_grid_leaves_withheld_empty_and_marks_at_least() -> None:
    grid = aggregate_grid(synthetic_report())
    h = grid.headers
    cumulative = next(n for n, r in enumerate(grid.rows) if r[2] == CUMULATIVE)
    row, marks = grid.rows[cumulative], grid.marks[cumulative]
    assert row[_column(h, "People reached")] == 40
    assert _column(h, "People reached") not in marks
    assert row[_column(h, "Female")] is None  # never 0
    assert marks[_column(h, "Female")] == WITHHELD
    assert row[_column(h, "Male")] == 12
    assert marks[_column(h, "Male")] == AT_LEAST
    assert grid.withheld_parts[cumulative][_column(h, "Male")] == 1
    assert row[_column(h, "Girls 0-17")] == 0  # a real zero stays a zero
    assert row[_column(h, "Sessions held")] == 7
    assert marks[_column(h, "Sessions held")] == AT_LEAST
    assert row[_column(h, "Withheld (fewer than k)")] == "Female"
    assert row[_column(h, "At least (part withheld)")] == "Male; Sessions held"
    month = next(n for n, r in enumerate(grid.rows) if r[2] == "2026-05")
    assert grid.marks[month] == {}
    assert grid.rows[month][-2:] == ["", ""]


def test_xlsx_withheld_is_an_empty_marked_cell_and_totals_say_at_least(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    exports.aggregates_xlsx(synthetic_report(threshold=7), tmp_path / "a.xlsx")
    wb = load_workbook(tmp_path / "a.xlsx")
    ws = wb["People reached"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=3) if r[2].value == CUMULATIVE)
    female = row[headers.index("Female")]
    assert female.value is None
    assert female.comment is not None
    assert "Fewer than 7: withheld for privacy" in female.comment.text
    assert female.fill.fill_type == "lightUp"
    male = row[headers.index("Male")]
    assert male.value == 12
    assert male.data_type == "n"  # a number: HXL tools and SUM read a lower bound
    assert male.number_format.startswith('"at least "')
    assert male.comment is not None
    assert male.comment.text.startswith("At least 12: 1 CSO figure was withheld")
    sessions = row[headers.index("Sessions held")]
    assert sessions.value == 7
    assert "at least" in sessions.number_format
    total = row[headers.index("People reached")]
    assert total.value == 40
    assert total.comment is None
    assert total.number_format == "General"
    legend = [[c.value for c in r] for r in wb["Legend"].iter_rows()]
    assert legend[0] == ["Mark", "Meaning"]
    assert any("not zero" in (meaning or "") and "7" in (meaning or "") for _, meaning in legend)
    assert any("at least" in (mark or "") for mark, _ in legend)


def test_csv_withheld_is_empty_with_flag_columns(tmp_path: Path) -> None:
    exports.aggregates_csv(synthetic_report(), tmp_path / "a.csv")
    with open(tmp_path / "a.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    headers, tags = rows[0], rows[1]
    assert tags[-2:] == ["#meta+withheld+columns", "#meta+lower_bound+columns"]
    row = next(r for r in rows[2:] if r[2] == CUMULATIVE)
    assert row[headers.index("Female")] == ""
    assert row[headers.index("Male")] == "12"
    assert row[headers.index("Withheld (fewer than k)")] == "Female"
    assert row[headers.index("At least (part withheld)")] == "Male; Sessions held"


@pytest.fixture
def real_report(store: Store, tmp_path: Path, shared: Path) -> tuple[merge.NetworkReport, Network]:
    """Two CSOs' published figures, one small enough that many figures are withheld."""
    other = setup.create_cso_database(
        tmp_path / "kaq" / "saphan.db",
        cso_code="KAQ",
        cso_name="Kings and Queens",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password="mae-sot-2026",
    ).store
    try:
        fill_demo_data(store, 60, seed=3, today=TODAY)
        fill_demo_data(other, 25, seed=4, today=TODAY)
        network = member_network(store, other)
        folder.publish_bundle(store, network, shared, today=TODAY)
        folder.publish_bundle(other, network, shared, today=TODAY)
    finally:
        other.close()
    result = folder.read_bundles(shared, network)
    return merge.merge(result.accepted, network), network


def test_no_export_writes_zero_where_a_figure_is_withheld(
    real_report: tuple[merge.NetworkReport, Network], tmp_path: Path
) -> None:
    """Every figure of the merged XLSX and CSV against the merge: withheld -> empty and
    marked; a total with withheld parts -> its known part, marked "at least"; exact -> the
    number, unmarked."""
    from openpyxl import load_workbook

    report, _network = real_report
    exports.aggregates_xlsx(report, tmp_path / "a.xlsx")
    exports.aggregates_csv(report, tmp_path / "a.csv")
    ws = load_workbook(tmp_path / "a.xlsx")["People reached"]
    with open(tmp_path / "a.csv", encoding="utf-8-sig") as f:
        csv_rows = list(csv.reader(f))[2:]
    headers = [c.value for c in ws[1]]
    figure_columns = [(n, i) for n, (_h, _t, i) in enumerate(_COLUMNS, start=3)]
    seen = {"withheld": 0, "at_least": 0, "cso_withheld": 0}
    xlsx_rows = list(ws.iter_rows(min_row=3))
    assert len(xlsx_rows) == len(csv_rows)
    for cells, text in zip(xlsx_rows, csv_rows, strict=True):
        org, programme, period = (c.value for c in cells[:3])
        withheld_names = text[headers.index("Withheld (fewer than k)")].split("; ")
        at_least_names = text[headers.index("At least (part withheld)")].split("; ")
        for column, i in figure_columns:
            cell, name = cells[column], headers[column]
            if org == exports.NETWORK_ROW:
                figure = report.people[(programme, period)][i]
                if not figure.exact and figure.known == 0:
                    seen["withheld"] += 1
                    assert cell.value is None
                    assert text[column] == ""
                    assert cell.comment is not None
                    assert name in withheld_names
                elif not figure.exact:
                    seen["at_least"] += 1
                    assert cell.value == figure.known
                    assert text[column] == str(figure.known)
                    assert "at least" in cell.number_format
                    assert name in at_least_names
                else:
                    assert cell.value == figure.known
                    assert cell.comment is None
                    assert name not in withheld_names + at_least_names
            else:
                p = report.bundles[org].programme(programme)
                assert p is not None
                people = (
                    p.cumulative
                    if period == CUMULATIVE
                    else next(m.people for m in p.months if m.period == period)
                )
                if people[i] is None:
                    seen["cso_withheld"] += 1
                    assert cell.value is None
                    assert text[column] == ""
                    assert cell.comment is not None
                    assert name in withheld_names
                else:
                    assert cell.value == people[i]
                    assert cell.comment is None
    # The data had all three kinds (else this test would prove nothing).
    assert all(seen.values()), seen


def test_the_servers_report_has_no_zero_for_withheld() -> None:
    from directory.server.app import report_json

    report = synthetic_report()
    network = member_network()
    data = report_json(network, report)
    headers = data["aggregates"]["headers"]
    row = next(r for r in data["aggregates"]["rows"] if r[2] == CUMULATIVE)
    assert row[headers.index("Female")] is None
    assert row[headers.index("At least (part withheld)")] == "Male; Sessions held"


def test_the_word_summary_says_withheld_and_at_least(tmp_path: Path) -> None:
    from docx import Document

    report = synthetic_report()
    network = member_network()
    report.progress = [
        merge.Progress("mhpss", "MHPSS", "people_reached", 100, merge.Figure(0, 2)),
        merge.Progress("protection", "Protection", "people_reached", 100, merge.Figure(30, 1)),
    ]
    exports.donor_summary_docx(report, network, tmp_path / "s.docx")
    table = Document(str(tmp_path / "s.docx")).tables[0]
    assert [c.text for c in table.rows[1].cells][3:] == ["withheld", ""]
    assert [c.text for c in table.rows[2].cells][3:] == ["at least 30", "at least 30%"]
