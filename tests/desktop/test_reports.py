"""The headless activity report (CSV and XLSX) on a small known dataset."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db import referrals
from db.activities import ActivityType
from db.errors import ValidationFailed
from db.referrals import ReferralInput
from db.store import Store
from db.types import Sex
from desktop.cli.activity_report import HEADER, write_report
from tests.desktop.activity_helpers import log, person, programme_id


@pytest.fixture
def known(store: Store) -> Store:
    # Ma Hnin Ei (adult woman) comes to Thai class in January AND February 2025;
    # Mg Zaw (boy, 9) only in February. One referral in February.
    hnin = person(store, "Ma Hnin Ei", born=dt.date(1990, 5, 17), referral_consent=True)
    zaw = person(store, "Mg Zaw", born=dt.date(2015, 6, 1), sex=Sex.MALE)
    log(store, ActivityType.THAI_CLASS, "thai_language", dt.date(2025, 1, 14), [hnin.id])
    log(store, ActivityType.THAI_CLASS, "thai_language", dt.date(2025, 2, 11), [hnin.id, zaw.id])
    log(store, ActivityType.THAI_CLASS, "thai_language", dt.date(2025, 2, 18), [hnin.id])
    service = referrals.add_partner_service(store, "Mae Tao Clinic", "Health check")
    referrals.refer_person(
        store,
        ReferralInput(
            hnin.id,
            service.id,
            "Check-up",
            consent_confirmed=True,
            programme_id=programme_id(store, "thai_language"),
            date=dt.date(2025, 2, 11),
        ),
    )
    return store


def rows_of(table: list[list[str]], programme: str) -> dict[str, dict[str, str]]:
    header = table[0]
    return {row[2]: dict(zip(header, row, strict=True)) for row in table[1:] if row[0] == programme}


def test_csv_monthly_and_cumulative_uniques_differ(known: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    count = write_report(known, "2025-01", "2025-02", out)
    table = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert tuple(table[0]) == HEADER
    assert count == len(table) - 1
    thai = rows_of(table, "thai_language")
    assert set(thai) == {"2025-01", "2025-02", "Cumulative 2025-01 to 2025-02"}
    january, february = thai["2025-01"], thai["2025-02"]
    cumulative = thai["Cumulative 2025-01 to 2025-02"]
    assert january["People reached"] == "1"
    assert february["People reached"] == "2"
    assert cumulative["People reached"] == "2"  # not 1 + 2: Ma Hnin Ei counts once
    assert february["Female 18-59"] == "1"
    assert february["Male 0-17"] == "1"
    assert february["Children 5-11"] == "1"
    assert february["New arrivals"] == "2"
    assert january["Sessions held"] == "1"
    assert february["Sessions held"] == "2"
    assert cumulative["Sessions held"] == "3"
    assert february["Referrals made"] == "1"
    assert cumulative["Referrals made"] == "1"
    mhpss = rows_of(table, "mhpss")
    assert mhpss["2025-01"]["People reached"] == "0"


def test_xlsx_has_the_same_numbers(known: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_report(known, "2025-01", "2025-02", out)
    sheet = load_workbook(out).active
    table = [
        ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
    ]
    thai = rows_of(table, "thai_language")
    assert thai["2025-01"]["People reached"] == "1"
    assert thai["2025-02"]["People reached"] == "2"
    assert thai["Cumulative 2025-01 to 2025-02"]["People reached"] == "2"
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically, nothing left over


def test_bad_input_is_refused(known: Store, tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed) as refused:
        write_report(known, "2025-13", "2025-02", tmp_path / "r.csv")
    assert refused.value.problems == {"from": "month_format"}
    with pytest.raises(ValidationFailed):
        write_report(known, "2025-03", "2025-02", tmp_path / "r.csv")
    with pytest.raises(ValidationFailed):
        write_report(known, "2025-01", "2025-02", tmp_path / "r.pdf")
    assert not (tmp_path / "r.csv").exists()


def test_reports_module_does_not_import_qt() -> None:
    import desktop.cli.activity_report  # noqa: F401

    source = Path(sys.modules["desktop.cli.activity_report"].__file__).read_text()
    assert "PySide6" not in source
    assert "pyqtgraph" not in source
