"""Importing a CSO's Excel list: messy real-world sheets, generated here with openpyxl."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from db import beneficiaries, importing
from db.audit import AuditFilter, list_audit_events
from db.errors import PermissionDenied, ValidationFailed
from db.importing import ImportChoices, ImportFileProblem, ImportOptions
from db.store import Store
from db.types import (
    Documentation,
    Nationality,
    PersonQuery,
    PopulationGroup,
    Role,
    Sex,
    UserInfo,
)
from tests.db.people import person

TODAY = dt.date(2026, 1, 15)
CONSENT = ImportOptions(
    consent_date=dt.date(2025, 12, 1),
    consent_services=True,
    population_group=PopulationGroup.NEW_ARRIVAL,
    today=TODAY,
)
ZAWGYI_KYAW_ZAW = "ေက်ာ္ေဇာ"  # Unicode: ကျော်ဇော
ZAWGYI_AUNG_AUNG = "ေအာင္ေအာင္"  # Unicode: အောင်အောင်


def messy_workbook(path: Path) -> Path:
    """A list as CSOs keep them: a merged title, a header with Burmese and Thai words, a merged
    "Area" over a block of rows, empty rows, dates written every which way."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Register 2025"
    ws.append(["Beneficiary list — Mae Pa learning centre"])
    ws.merge_cells("A1:J1")
    ws.append(["No.", "Name", "အမည်", "ကျား/မ", "DOB", "Age", "ဖုန်း", "Area", "Nationality", "Doc"])
    rows = [
        # 3..6: the Area "Mae Pa" is merged over these four rows; row 5 is empty
        [
            1,
            "Ma Hnin Ei",
            "မနှင်းအိ",
            "F",
            "12/03/1990",
            None,
            "081 234 5678",
            "Mae Pa",
            "Myanmar",
            "Pink card",
        ],
        [2, "Saw Htoo", None, "M", dt.datetime(1985, 7, 1), None, 812345678, None, "Karen", "none"],
        [None] * 10,
        [3, None, ZAWGYI_KYAW_ZAW, "ကျား", "1-2-88", None, "09 4512 3456", None, None, None],
        # 7: Buddhist-era year in Thai digits
        [4, "Nang Mon", None, "หญิง", "๑๒/๐๓/๒๕๓๓", None, None, "Tha Sai Luat", "Thai", "Thai ID"],
        # 8: age instead of a date, Burmese digits
        [5, None, ZAWGYI_AUNG_AUNG, "ကျား", None, "၃၅", None, "Mae Tao", None, None],
        [None] * 10,
        # 10: the same person as row 3, again
        [6, "Ma Hnin Ei", "မနှင်းအိ", "female", "1990-03-12", None, None, "Mae Pa", None, None],
        # 11: a bad phone, 12: an unreadable date and an unknown sex
        [7, "Ko Zaw", None, "M", "12 Mar 1992", None, "12345", "Mae Ku", None, None],
        [8, "Mi Mi", None, "?!x?", "31/02/1999", None, None, "Mae Ku", None, None],
        # 13: a Buddhist-era year alone in the date column
        [9, "Naw Paw", None, "F", 2533, None, None, "Mae Ku", None, "passport"],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("H3:H6")
    wb.create_sheet("Notes").append(["nothing here", "at all"])
    wb.save(path)
    return path


def _by_row(preview: importing.ImportPreview) -> dict[int, importing.PreviewRow]:
    return {r.row_number: r for r in preview.rows}


def test_messy_sheet_reads_as_people(store: Store, tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "list.xlsx")
    assert importing.list_sheets(path) == ["Register 2025", "Notes"]
    sheet = importing.read_sheet(path)
    assert sheet.header_row == 2  # the merged title row is skipped
    assert sheet.row_numbers == (3, 4, 6, 7, 8, 10, 11, 12, 13)  # empty rows skipped
    mapping, remembered = importing.suggest_mapping(store, sheet)
    assert not remembered
    assert mapping == {
        1: "name_latin",
        2: "name_script",
        3: "sex",
        4: "birth_date",
        5: "age",
        6: "phone",
        7: "area",
        8: "nationality",
        9: "documentation",
    }
    preview = importing.preview(store, sheet, mapping, CONSENT)
    rows = _by_row(preview)

    hnin = rows[3].person
    assert hnin is not None
    assert rows[3].ready
    assert (hnin.name_latin, hnin.name_script, hnin.sex) == ("Ma Hnin Ei", "မနှင်းအိ", Sex.FEMALE)
    assert hnin.birth_date == dt.date(1990, 3, 12)
    assert hnin.documentation is Documentation.PINK_CARD
    saw = rows[4].person
    assert saw is not None
    assert saw.birth_date == dt.date(1985, 7, 1)  # a real Excel date
    assert saw.phone == "0812345678"  # Excel dropped the leading 0
    assert saw.area == "Mae Pa"  # from the merged cell
    assert saw.nationality is Nationality.MYANMAR  # "Karen"
    kyaw = rows[6]
    assert kyaw.person is not None
    assert kyaw.person.area == "Mae Pa"
    assert kyaw.person.birth_date == dt.date(1988, 2, 1)  # d-m-yy
    assert [(z.zawgyi, z.unicode) for z in kyaw.zawgyi] == [(ZAWGYI_KYAW_ZAW, "ကျော်ဇော")]
    mon = rows[7].person
    assert mon is not None
    assert mon.birth_date == dt.date(1990, 3, 12)  # Thai digits, Buddhist era 2533
    assert mon.documentation is Documentation.THAI_ID
    assert mon.nationality is Nationality.THAI
    aung = rows[8]
    assert aung.person is not None
    assert aung.person.birth_date is None
    assert aung.person.birth_year == TODAY.year - 35
    assert aung.zawgyi[0].unicode == "အောင်အောင်"
    assert rows[10].duplicate_of_row == 3
    assert rows[10].is_duplicate
    assert rows[11].problems == (importing.RowProblem("phone", "phone_format"),)
    assert {(p.field, p.code) for p in rows[12].problems} == {
        ("sex", "sex_unknown"),
        ("birth", "date_format"),
    }
    naw = rows[13].person
    assert naw is not None
    assert naw.birth_year == 1990
    assert naw.birth_date is None
    assert naw.documentation is Documentation.PASSPORT_VISA

    assert (preview.ready, preview.with_problems) == (7, 2)
    assert preview.duplicates == 1
    assert preview.zawgyi_rows == 2

    summary = importing.import_people(store, preview, ImportChoices.default(preview))
    assert summary.imported == 6
    assert summary.codes[0] == "BEAM-000001"
    assert sorted((s.row_number, s.reason) for s in summary.skipped) == [
        (10, "duplicate"),
        (11, "problems"),
        (12, "problems"),
    ]
    # Zawgyi names were converted and are found by a search typed in Unicode.
    found = beneficiaries.find_people(store, PersonQuery(text="ကျော်ဇော"))
    assert [r.name_script for r in found] == ["ကျော်ဇော"]
    assert beneficiaries.count_people(store, PersonQuery()) == 6


def test_zawgyi_kept_as_typed_when_not_accepted(store: Store, tmp_path: Path) -> None:
    sheet = importing.read_sheet(messy_workbook(tmp_path / "list.xlsx"))
    preview = importing.preview(store, sheet, importing.suggest_mapping(store, sheet)[0], CONSENT)
    choices = ImportChoices.default(preview)
    choices = dataclasses.replace(choices, convert_zawgyi=choices.convert_zawgyi - {6})
    importing.import_people(store, preview, choices)
    names = {r.name_script for r in beneficiaries.find_people(store, PersonQuery())}
    assert ZAWGYI_KYAW_ZAW in names
    assert "အောင်အောင်" in names


def test_duplicate_of_someone_already_registered(store: Store, tmp_path: Path) -> None:
    beneficiaries.register_person(store, person("Ma Hnin Ei", birth_year=1990), TODAY)
    sheet = importing.read_sheet(messy_workbook(tmp_path / "list.xlsx"))
    preview = importing.preview(store, sheet, importing.suggest_mapping(store, sheet)[0], CONSENT)
    first = _by_row(preview)[3]
    assert [d.reason for d in first.existing] == ["same_name"]
    summary = importing.import_people(
        store, preview, ImportChoices.default(preview, skip_duplicates=False)
    )
    assert summary.imported == 7


def test_nothing_half_imported_when_the_database_fails(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = importing.read_sheet(messy_workbook(tmp_path / "list.xlsx"))
    preview = importing.preview(store, sheet, importing.suggest_mapping(store, sheet)[0], CONSENT)
    real_apply = beneficiaries._apply
    calls = []

    def failing_apply(b, p):
        calls.append(1)
        if len(calls) == 4:
            raise OSError("disk went away")
        real_apply(b, p)

    monkeypatch.setattr(beneficiaries, "_apply", failing_apply)
    with pytest.raises(OSError, match="disk went away"):
        importing.import_people(store, preview)
    monkeypatch.undo()
    assert len(calls) == 4
    assert beneficiaries.count_people(store, PersonQuery()) == 0
    assert list_audit_events(store, AuditFilter(action="import")) == []
    # The codes handed out inside the failed transaction were not used up either.
    assert beneficiaries.register_person(store, person(), TODAY).code == "BEAM-000001"


def test_mapping_is_remembered_for_the_same_layout(store: Store, tmp_path: Path) -> None:
    sheet = importing.read_sheet(messy_workbook(tmp_path / "a.xlsx"))
    mapping = {1: "name_latin", 2: "name_script", 3: "sex", 4: "birth_date", 7: "area"}
    importing.remember_mapping(store, sheet, mapping)
    again = importing.read_sheet(messy_workbook(tmp_path / "b.xlsx"))
    assert importing.suggest_mapping(store, again) == (mapping, True)


def test_consent_is_required(store: Store, tmp_path: Path) -> None:
    sheet = importing.read_sheet(messy_workbook(tmp_path / "list.xlsx"))
    mapping = importing.suggest_mapping(store, sheet)[0]
    no_consent = dataclasses.replace(CONSENT, consent_services=False)
    with pytest.raises(ValidationFailed) as failed:
        importing.preview(store, sheet, mapping, no_consent)
    assert failed.value.problems == {"consent_services": "consent_required"}
    with pytest.raises(ValidationFailed) as failed:
        importing.preview(store, sheet, {1: "name"}, ImportOptions())
    assert set(failed.value.problems) == {
        "sex",
        "birth",
        "population_group",
        "consent_date",
        "consent_services",
    }


def test_consent_column_per_row(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "consent.csv"
    path.write_text(
        "Name,Sex,Year of birth,Consent date,Consent to services,Population group\n"
        "Ko Aung,M,1990,01/12/2025,Yes,new arrival\n"
        "Ma Su,F,2535,01/12/2025,No,host community\n",
        encoding="utf-8",
    )
    sheet = importing.read_sheet(path)
    mapping, _ = importing.suggest_mapping(store, sheet)
    preview = importing.preview(store, sheet, mapping, ImportOptions(today=TODAY))
    ko, su = preview.rows
    assert ko.ready
    assert ko.person is not None
    assert ko.person.population_group is PopulationGroup.NEW_ARRIVAL
    assert su.problems == (importing.RowProblem("consent_services", "consent_required"),)
    assert su.person is not None
    assert su.person.birth_year == 1992


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ","), ("utf-16", "\t"), ("utf-8", ";")],
)
def test_csv_from_excel(store: Store, tmp_path: Path, encoding: str, delimiter: str) -> None:
    lines = [
        ["ชื่อ", "เพศ", "วันเกิด", "โทรศัพท์", "พื้นที่"],
        ["นางสาวมาลี", "หญิง", "๑/๒/๒๕๓๓", "๐๘๑๒๓๔๕๖๗๘", "แม่สอด"],
        ["", "", "", "", ""],
        ["Ko Min", "ช", "5 Jun 1980", "09-4512-3456", "Mae Pa"],
    ]
    path = tmp_path / "list.csv"
    path.write_text("\r\n".join(delimiter.join(cells) for cells in lines), encoding=encoding)
    if encoding == "utf-16":
        assert path.read_bytes().startswith(codecs.BOM_UTF16_LE)
    sheet = importing.read_sheet(path)
    assert sheet.header[0] == "ชื่อ"
    assert len(sheet.rows) == 2
    mapping, _ = importing.suggest_mapping(store, sheet)
    assert mapping == {0: "name", 1: "sex", 2: "birth_date", 3: "phone", 4: "area"}
    preview = importing.preview(store, sheet, mapping, CONSENT)
    assert preview.ready == 2
    mali, min_ = (r.person for r in preview.rows)
    assert mali is not None
    assert min_ is not None
    assert mali.name_script == "นางสาวมาลี"
    assert mali.name_latin == ""
    assert mali.birth_date == dt.date(1990, 2, 1)
    assert mali.phone == "0812345678"
    assert min_.sex is Sex.MALE
    assert min_.birth_date == dt.date(1980, 6, 5)


def test_template_round_trip(store: Store, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    importing.write_import_template(template)
    wb = load_workbook(template)
    assert wb.sheetnames == ["People", "Notes"]
    notes = "\n".join(str(c.value) for row in wb["Notes"].iter_rows() for c in row)
    assert "Buddhist-era" in notes
    assert "ရက်/လ/နှစ်" in notes
    assert "วัน/เดือน/ปี" in notes
    ws = wb["People"]
    header = [c.value for c in ws[1]]
    assert header == [title for title, _ in importing.TEMPLATE_HEADER]
    column = {field: i + 1 for i, (_, field) in enumerate(importing.TEMPLATE_HEADER)}
    ws.delete_rows(2)  # the example row
    people = [
        {
            "name_latin": "Ma Thida",
            "sex": "Female",
            "birth_date": "03/04/1995",
            "phone": "0812345678",
        },
        {"name_script": "မောင်ကျော်", "sex": "Male", "birth_year": 2530, "area": "Mae Pa"},
        {"name_latin": "Nang Kham", "sex": "Female", "age": 40, "documentation": "Border pass"},
    ]
    for row, values in enumerate(people, 2):
        for key, value in {
            "population_group": "Long-term migrant",
            "consent_date": "01/12/2025",
            "consent_services": "Yes",
            **values,
        }.items():
            ws.cell(row, column[key], value)
    wb.save(template)

    sheet = importing.read_sheet(template, "People")
    mapping, _ = importing.suggest_mapping(store, sheet)
    assert sorted(mapping.values()) == sorted(field for _, field in importing.TEMPLATE_HEADER)
    preview = importing.preview(store, sheet, mapping, ImportOptions(today=TODAY))
    assert preview.ready == 3, [r.problems for r in preview.rows]
    summary = importing.import_people(store, preview)
    assert summary.imported == 3
    rows = beneficiaries.find_people(store, PersonQuery())
    assert {r.population_group for r in rows} == {PopulationGroup.LONG_TERM_MIGRANT}
    assert {r.birth_date for r in rows} >= {dt.date(1995, 4, 3), dt.date(1987, 7, 1)}


def test_template_example_row_is_not_imported(store: Store, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    importing.write_import_template(template)
    sheet = importing.read_sheet(template)
    preview = importing.preview(store, sheet, importing.suggest_mapping(store, sheet)[0], CONSENT)
    assert [(p.field, p.code) for p in preview.rows[0].problems] == [("name_latin", "example_row")]


def test_import_is_audited_with_counts_only(store: Store, tmp_path: Path) -> None:
    sheet = importing.read_sheet(messy_workbook(tmp_path / "list.xlsx"))
    preview = importing.preview(store, sheet, importing.suggest_mapping(store, sheet)[0], CONSENT)
    importing.import_people(store, preview)
    [event] = list_audit_events(store, AuditFilter(action="import"))
    assert event.detail == "count=6 skipped=3"
    details = " ".join(e.detail for e in list_audit_events(store))
    assert "Hnin" not in details
    assert "မနှင်း" not in details


def test_import_needs_permission_to_register(store: Store, tmp_path: Path) -> None:
    sheet = importing.read_sheet(messy_workbook(tmp_path / "list.xlsx"))
    mapping = importing.suggest_mapping(store, sheet)[0]
    coordinator = dataclasses.replace(
        store, user=UserInfo(store.user.id, "coord", "Coordinator", Role.COORDINATOR, "en")
    )
    with pytest.raises(PermissionDenied):
        importing.preview(coordinator, sheet, mapping, CONSENT)
    preview = importing.preview(store, sheet, mapping, CONSENT)
    with pytest.raises(PermissionDenied):
        importing.import_people(coordinator, preview)


def test_unreadable_files(tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileProblem) as problem:
        importing.read_sheet(old)
    assert problem.value.reason == "unsupported_format"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ImportFileProblem) as problem:
        importing.read_sheet(broken)
    assert problem.value.reason == "cannot_read"
    empty = tmp_path / "empty.csv"
    empty.write_text("just a title\n\n", encoding="utf-8")
    with pytest.raises(ImportFileProblem) as problem:
        importing.read_sheet(empty)
    assert problem.value.reason == "no_header"


def test_mapping_from_headers(tmp_path: Path) -> None:
    sheet = importing.read_sheet(messy_workbook(tmp_path / "list.xlsx"))
    assert importing.mapping_from_headers(sheet, {"name": "name_latin", "DOB": "birth_date"}) == {
        1: "name_latin",
        4: "birth_date",
    }
    with pytest.raises(ValidationFailed) as failed:
        importing.mapping_from_headers(sheet, {"Nope": "name", "Name": "favourite_colour"})
    assert failed.value.problems == {"Nope": "no_such_column", "favourite_colour": "unknown_field"}
