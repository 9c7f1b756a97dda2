"""The coordinator's merge and the exports (CSV/XLSX with HXL, HSDS directory, Word)."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest

from db import setup
from db.demo import fill_demo_data
from db.services import ServiceInput, save_service
from db.store import Store
from directory import cube, exports, folder, merge
from directory.bundle import CUMULATIVE
from directory.network import Network
from tests.directory.conftest import TODAY, member_network

HSDS = Path(__file__).parent / "hsds"


@pytest.fixture
def report_and_network(
    store: Store, tmp_path: Path, shared: Path
) -> tuple[merge.NetworkReport, Network]:
    other = setup.create_cso_database(
        tmp_path / "kaq" / "saphan.db",
        cso_code="KAQ",
        cso_name="Kings and Queens",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password="mae-sot-2026",
    ).store
    try:
        fill_demo_data(store, 150, seed=1, today=TODAY)
        fill_demo_data(other, 40, seed=2, today=TODAY)
        save_service(
            store,
            ServiceInput(
                name="Counselling",
                category="mhpss",
                languages=["my", "ksw", "en"],
                hours="Mon-Fri 09:00-16:00",
                area="Mae Sot",
                contact="055 123 456",
                how_to_refer="Call or walk in",
            ),
        )
        save_service(
            other,
            ServiceInput(name="Safe house", category="safe_shelter", status="temporarily closed"),
        )  # type: ignore[arg-type]
        network = member_network(store, other)
        folder.publish_bundle(store, network, shared, today=TODAY)
        folder.publish_bundle(other, network, shared, today=TODAY)
    finally:
        other.close()
    result = folder.read_bundles(shared, network)
    assert result.rejected == []
    return merge.merge(result.accepted, network), network


def test_network_totals_are_sums_of_published_figures(
    report_and_network: tuple[merge.NetworkReport, Network],
) -> None:
    report, _network = report_and_network
    for (programme, period), figures in report.people.items():
        for i in (cube.TOTAL_INDEX, cube.index("female", "0-17", "all", "all")):
            parts = []
            for b in report.bundles.values():
                p = b.programme(programme)
                if p is None:
                    continue
                if period == CUMULATIVE:
                    parts.append(p.cumulative[i])
                else:
                    parts += [m.people[i] for m in p.months if m.period == period]
            assert figures[i].known == sum(v for v in parts if v is not None)
            assert figures[i].withheld == sum(1 for v in parts if v is None)
    mhpss = next(p for p in report.progress if p.programme == "mhpss")
    assert mhpss.target == 1000
    assert mhpss.reached == report.total("mhpss", CUMULATIVE)
    assert len(report.directory) == 2
    assert str(merge.Figure(12, 1)) == "≥12"


def test_aggregate_exports_with_hxl(
    report_and_network: tuple[merge.NetworkReport, Network], tmp_path: Path
) -> None:
    import hxl
    from openpyxl import load_workbook

    report, _ = report_and_network
    exports.aggregates_csv(report, tmp_path / "a.csv")
    exports.aggregates_xlsx(report, tmp_path / "a.xlsx")
    with open(tmp_path / "a.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[1][:4] == [
        "#org+code",
        "#activity+programme+code",
        "#date+reported",
        "#reached+ind",
    ]
    data = hxl.data(str(tmp_path / "a.csv"), hxl.InputOptions(allow_local=True))
    tags = [c.display_tag for c in data.columns]
    assert "#reached+ind+f+children+age0_17" in tags
    assert "#reached+ind+disabled" in tags
    hxl_rows = list(data)
    values = [r.get("#reached+ind") for r in hxl_rows]
    assert values
    assert all(v == "" or v is None or int(v) >= 0 for v in values)
    network_rows = [r for r in hxl_rows if r.get("#org+code") == exports.NETWORK_ROW]
    assert network_rows
    schema = hxl.schema([["#valid_tag", "#valid_datatype"], ["#reached", "number"]])
    assert schema.validate(hxl.data(str(tmp_path / "a.csv"), hxl.InputOptions(allow_local=True)))
    xlsx = hxl.data(str(tmp_path / "a.xlsx"), hxl.InputOptions(allow_local=True))
    assert [c.display_tag for c in xlsx.columns] == tags
    assert schema.validate(xlsx)
    ws = load_workbook(tmp_path / "a.xlsx").active
    assert ws is not None
    assert [c.value for c in ws[2]][:2] == ["#org+code", "#activity+programme+code"]
    assert ws.max_row == len(rows)


def test_directory_as_hsds(
    report_and_network: tuple[merge.NetworkReport, Network], tmp_path: Path
) -> None:
    import jsonschema

    report, _ = report_and_network
    exports.directory_hsds_json(report, tmp_path / "d.json")
    exports.directory_csv(report, tmp_path / "d.csv")
    services = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    schema = json.loads(gzip.decompress((HSDS / "service.json.gz").read_bytes()))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for s in services:
        errors = list(validator.iter_errors(s))
        assert errors == [], errors[0].message if errors else ""
    assert {s["status"] for s in services} == {"active", "temporarily closed"}
    langs = next(s for s in services if s["name"] == "Counselling")["languages"]
    assert [lang["code"] for lang in langs] == ["my", "ksw", "en"]
    with open(tmp_path / "d.csv", encoding="utf-8-sig") as f:
        assert len(list(csv.reader(f))) == 3


def test_donor_summary(
    report_and_network: tuple[merge.NetworkReport, Network], tmp_path: Path
) -> None:
    from docx import Document

    report, network = report_and_network
    exports.donor_summary_docx(report, network, tmp_path / "s.docx")
    doc = Document(str(tmp_path / "s.docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "counts twice" in text
    assert "withheld" in text
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Programme",
        "Indicator",
        "Target",
        "Reached",
        "%",
    ]
    assert any(r.cells[2].text == "1,000" for r in table.rows[1:])
