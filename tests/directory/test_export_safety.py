"""The coordinator's exports are made of other people's text (CSO names, services, the network
file): none of it runs as a formula, and no character breaks the Word summary (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import setup
from db.services import ServiceInput, save_service
from db.store import Store
from directory import exports, folder, merge
from directory.network import Network, NetworkProgramme
from tests.db.spreadsheets import CANARIES, assert_no_formula_in_csv, assert_no_formula_in_xlsx
from tests.directory.conftest import TODAY, member_network


@pytest.fixture
def canary_report(tmp_path: Path, shared: Path) -> tuple[merge.NetworkReport, Network]:
    """A merged report of one CSO whose name and services are formulas, under a network whose
    programme names are formulas and hold control characters."""
    cso: Store = setup.create_cso_database(
        tmp_path / "cso" / "saphan.db",
        cso_code="EVIL",
        cso_name=CANARIES[1],
        admin_username="admin",
        admin_full_name="Admin",
        admin_password="mae-sot-2026",
    ).store
    try:
        for canary in CANARIES:
            save_service(
                cso,
                ServiceInput(name=canary, category="mhpss", contact=canary, description=canary),
            )
        network = member_network(cso)
        folder.publish_bundle(cso, network, shared, today=TODAY)
    finally:
        cso.close()
    result = folder.read_bundles(shared, network)
    assert result.rejected == []
    names = [*CANARIES, "Thai\x0b language", "Vocational\x00"]
    hostile = network.model_copy(
        update={
            "name": "Mae Sot\x0c network",
            "programmes": [
                NetworkProgramme(code=p.code, name=names[i % len(names)])
                for i, p in enumerate(network.programmes)
            ],
        }
    )
    return merge.merge(result.accepted, hostile), hostile


def test_merged_exports_never_write_a_formula(
    canary_report: tuple[merge.NetworkReport, Network], tmp_path: Path
) -> None:
    report, _network = canary_report
    exports.aggregates_csv(report, tmp_path / "a.csv")
    exports.aggregates_xlsx(report, tmp_path / "a.xlsx")
    exports.directory_csv(report, tmp_path / "d.csv")
    for name in ("a.csv", "d.csv"):
        assert_no_formula_in_csv(tmp_path / name)
    assert_no_formula_in_xlsx(tmp_path / "a.xlsx")
    directory = (tmp_path / "d.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK" in directory
    assert "'+cmd" in directory
    preview = tmp_path / "preview.csv"
    preview.write_text(exports.csv_text(*exports.aggregate_table(report)), encoding="utf-8")
    assert_no_formula_in_csv(preview, encoding="utf-8")


def test_aggregate_exports_of_any_text_and_negative_numbers(
    canary_report: tuple[merge.NetworkReport, Network],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whatever text reaches the aggregate table is written as text; numbers stay numbers."""
    from openpyxl import load_workbook

    report, _network = canary_report
    headers = ["Organisation", "Programme", "Reached"]
    rows: list[list[exports.Cell]] = [[c, "Thai\x0b class", -5] for c in CANARIES]
    grid = exports.AggregateGrid(headers, ["#org", "#a", "#r"], rows, [{}] * len(rows), [], 5)
    monkeypatch.setattr(exports, "aggregate_grid", lambda *_a, **_k: grid)
    exports.aggregates_csv(report, tmp_path / "a.csv")
    exports.aggregates_xlsx(report, tmp_path / "a.xlsx")
    assert_no_formula_in_csv(tmp_path / "a.csv")
    assert_no_formula_in_xlsx(tmp_path / "a.xlsx")
    sheet = load_workbook(tmp_path / "a.xlsx").worksheets[0]
    assert [c.value for c in sheet[3]] == [CANARIES[0], "Thai  class", -5]
    assert sheet.cell(row=3, column=3).data_type == "n"


def test_donor_summary_with_control_characters_in_the_network_file(
    canary_report: tuple[merge.NetworkReport, Network], tmp_path: Path
) -> None:
    from docx import Document

    report, network = canary_report
    exports.donor_summary_docx(report, network, tmp_path / "s.docx")
    doc = Document(str(tmp_path / "s.docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Mae Sot  network" in text
    names = [row.cells[0].text for row in doc.tables[0].rows[1:]]
    assert "Thai  language" in names
