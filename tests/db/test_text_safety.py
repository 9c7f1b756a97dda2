"""Control characters never get into the store, and every spreadsheet Saphan writes is safe:
no text runs as a formula, and text an older version stored still exports (issue 14, items 5
and 6)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from db import activities, beneficiaries, importing, plans, projects, referrals, services, users
from db.errors import ValidationFailed
from db.models import Beneficiary as B
from db.models import Programme
from db.programmes import list_programmes
from db.records_export import HEADER, export_records
from db.store import Store
from db.text_safety import csv_row, neutralise_formula, xlsx_row, xml_safe
from db.types import PersonQuery, PopulationGroup, Role
from tests.db.people import person
from tests.db.spreadsheets import CANARIES, assert_no_formula_in_csv, assert_no_formula_in_xlsx

TODAY = dt.date(2026, 1, 15)
CONSENT = importing.ImportOptions(
    consent_date=dt.date(2025, 12, 1),
    consent_services=True,
    population_group=PopulationGroup.NEW_ARRIVAL,
    today=TODAY,
)
# C0 (U+000B is what Word puts in a pasted line break), DEL, C1, a lone surrogate, U+FFFE.
CONTROLS = ("\x00", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\ud800", "\ufffe")


def people_count(store: Store) -> int:
    return beneficiaries.count_people(store, PersonQuery())


def store_name_as_an_old_version_did(store: Store, person_id: int, name: str) -> None:
    """Put a name with a control character into the database the way an older Saphan could
    (a plain SQL update, which no check of today's store sees)."""
    with store.write() as session:
        session.execute(update(B).where(B.id == person_id).values(name_latin=name))


# --- the store refuses control characters ---------------------------------------------------


@pytest.mark.parametrize("control", CONTROLS)
def test_registering_a_name_with_a_control_character_is_refused(store: Store, control: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        beneficiaries.register_person(store, person(f"Aung{control}Kyaw"), today=TODAY)
    assert refused.value.problems == {"name_latin": "control_character"}
    assert people_count(store) == 0


@pytest.mark.parametrize("field", ["name_latin", "name_script", "area", "notes", "phone"], ids=str)
def test_every_text_of_a_person_is_checked(store: Store, field: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        beneficiaries.register_person(store, person(**{field: "09\x0b123"}), today=TODAY)
    assert refused.value.problems[field] == "control_character"
    saved = beneficiaries.register_person(store, person(), today=TODAY)
    with pytest.raises(ValidationFailed):
        beneficiaries.update_person(store, saved.id, person(**{field: "x\x0by"}), today=TODAY)
    assert beneficiaries.get_person(store, saved.id).name_latin == "Ma Hnin Ei"


def test_tabs_and_line_breaks_become_spaces_in_a_single_line_field(store: Store) -> None:
    saved = beneficiaries.register_person(
        store,
        person(
            "Aung\tKyaw\r\nZaw",
            area="Mae\nPa",
            notes="Call after 5 pm.\r\n\tNot on Sundays.",
        ),
        today=TODAY,
    )
    assert saved.name_latin == "Aung Kyaw Zaw"
    assert saved.area == "Mae Pa"
    assert saved.notes == "Call after 5 pm.\n\tNot on Sundays."  # notes keep their lines
    found = beneficiaries.find_people(store, PersonQuery(text="kyaw zaw"))
    assert [r.id for r in found] == [saved.id]


def test_burmese_and_thai_format_characters_are_kept(store: Store) -> None:
    # Zero-width space, non-joiner and joiner are part of how Burmese and Thai are written.
    script = "မ\u200bနှင်း\u200cအိ\u200d"
    thai = "สมศรี\u200bใจดี"
    saved = beneficiaries.register_person(store, person(name_script=script, area=thai), today=TODAY)
    assert saved.name_script == script
    assert saved.area == thai


def _write_paths(store: Store) -> list[tuple[str, Callable[[], Any]]]:
    """Each way the store saves text a person typed, with a control character in it."""
    programme = list_programmes(store)[0].id
    someone = beneficiaries.register_person(store, person(consent_referral=True), today=TODAY).id
    partner = referrals.add_partner_service(store, "Mae Tao Clinic", "Health")
    bad = "Ward\x0b2"
    return [
        (
            "session",
            lambda: activities.log_session(
                store,
                activities.SessionInput(
                    activities.ActivityType.AWARENESS,
                    programme,
                    TODAY,
                    location=bad,
                    attendee_ids=[someone],
                ),
                today=TODAY,
            ),
        ),
        ("project", lambda: projects.create_project(store, projects.ProjectInput("T", goals=bad))),
        (
            "plan",
            lambda: plans.create_plan(
                store,
                plans.PlanInput(
                    "Stress",
                    objectives=["ok", bad],
                    steps=[plans.StepInput(plans.StepKind.WELCOME, "Hi", 5, [bad])],
                ),
            ),
        ),
        ("service", lambda: services.save_service(store, services.ServiceInput(bad, "mhpss"))),
        ("partner", lambda: referrals.add_partner_service(store, bad, "Health")),
        (
            "referral",
            lambda: referrals.refer_person(
                store,
                referrals.ReferralInput(
                    person_id=someone,
                    service_id=partner.id,
                    reason=bad,
                    urgency=referrals.Urgency.NORMAL,
                    consent_confirmed=True,
                ),
            ),
        ),
        ("close case", lambda: beneficiaries.close_case(store, someone, bad)),
        (
            "user",
            lambda: users.create_user(store, "nawpaw", bad, Role.CASEWORKER, "a-long-password"),
        ),
    ]


def test_every_write_path_refuses_control_characters(store: Store) -> None:
    for what, write in _write_paths(store):
        with pytest.raises(ValidationFailed) as refused:
            write()
        assert "control_character" in refused.value.problems.values(), what


def test_nothing_bypasses_the_check_of_the_store(store: Store) -> None:
    """Even code that changes a row directly, past the facade's checks, cannot store a
    control character: the store checks every row before it is written."""
    saved = beneficiaries.register_person(store, person(), today=TODAY)

    def rename_directly() -> None:
        with store.write() as session:
            row = session.get(B, saved.id)
            assert row is not None
            row.name_latin = "Aung\x0bKyaw"

    def add_directly() -> None:
        with store.write() as session:
            session.add(Programme(code="x", name="Thai\x1b class"))

    with pytest.raises(ValidationFailed) as refused:
        rename_directly()
    assert refused.value.problems == {"name_latin": "control_character"}
    with pytest.raises(ValidationFailed):
        add_directly()
    assert beneficiaries.get_person(store, saved.id).name_latin == "Ma Hnin Ei"
    assert all("\x1b" not in p.name for p in list_programmes(store, include_inactive=True))


def test_a_row_stored_by_an_older_version_can_still_be_changed(store: Store) -> None:
    """Only changed text is checked: closing the case of someone whose name an older version
    stored with a control character still works, and correcting the name is accepted."""
    saved = beneficiaries.register_person(store, person(), today=TODAY)
    store_name_as_an_old_version_did(store, saved.id, "Aung\x0bKyaw")
    beneficiaries.close_case(store, saved.id, "Moved to Bangkok")
    beneficiaries.update_person(store, saved.id, person("Aung Kyaw"), today=TODAY)
    assert beneficiaries.get_person(store, saved.id).name_latin == "Aung Kyaw"


# --- import -------------------------------------------------------------------------------------


def test_importing_a_row_with_a_control_character(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    rows = [
        ["Name", "Sex", "Year of birth", "Area", "Notes"],
        ["Aung\x1bKyaw", "M", "1990", "Mae Pa", ""],
        ["Ma\tHnin\x0bEi", "F", "1994", "Mae\nPa", "Call after 5 pm.\r\nNot on Sundays."],
        ["Saw Htoo", "M", "1985", "Mae\x07Ku", ""],
    ]
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    sheet = importing.read_sheet(path)
    mapping = importing.mapping_from_headers(
        sheet,
        {
            "Name": "name_latin",
            "Sex": "sex",
            "Year of birth": "birth_year",
            "Area": "area",
            "Notes": "notes",
        },
    )
    preview = importing.preview(store, sheet, mapping, CONSENT)
    by_row = {r.row_number: r for r in preview.rows}
    assert by_row[2].problems == (importing.RowProblem("name_latin", "control_character"),)
    assert by_row[4].problems == (importing.RowProblem("area", "control_character"),)
    # A tab, a line break or a vertical tab in a cell is harmless: a space.
    assert by_row[3].ready
    assert by_row[3].person is not None
    assert by_row[3].person.name_latin == "Ma Hnin Ei"
    assert by_row[3].person.area == "Mae Pa"
    assert by_row[3].person.notes == "Call after 5 pm. Not on Sundays."

    summary = importing.import_people(store, preview)
    assert summary.imported == 1
    assert [s.row_number for s in summary.skipped] == [2, 4]
    stored = beneficiaries.find_people(store, PersonQuery())
    assert [(p.name_latin, p.area) for p in stored] == [("Ma Hnin Ei", "Mae Pa")]


# --- export-records: old data and formulas -----------------------------------------------------


def test_export_records_of_a_name_an_older_version_stored(store: Store, tmp_path: Path) -> None:
    saved = beneficiaries.register_person(store, person(), today=TODAY)
    store_name_as_an_old_version_did(store, saved.id, "Aung\x0bKyaw\x00")
    col = HEADER.index("Name (Latin script)")

    assert export_records(store, tmp_path / "p.xlsx", today=TODAY) == 1
    sheet = load_workbook(tmp_path / "p.xlsx").worksheets[0]
    assert sheet.cell(row=2, column=col + 1).value.strip() == "Aung Kyaw"

    assert export_records(store, tmp_path / "p.csv", today=TODAY) == 1
    line = list(csv.reader(io.StringIO((tmp_path / "p.csv").read_text("utf-8-sig"))))[1]
    assert line[col].strip() == "Aung Kyaw"


def test_export_records_never_writes_a_formula(store: Store, tmp_path: Path) -> None:
    for canary in CANARIES:
        beneficiaries.register_person(store, person(canary, area=canary), today=TODAY)
    export_records(store, tmp_path / "p.csv", today=TODAY)
    export_records(store, tmp_path / "p.xlsx", today=TODAY)
    assert_no_formula_in_csv(tmp_path / "p.csv")
    assert_no_formula_in_xlsx(tmp_path / "p.xlsx")


# --- the shared helpers ------------------------------------------------------------------------


def test_csv_cells_are_neutralised_and_numbers_stay_numbers() -> None:
    row = csv_row([*CANARIES, -5, 3.5, "+66 81 234 5678", "-", "Aung\x0bKyaw", None])
    assert [str(v)[0] for v in row[: len(CANARIES)]] == ["'"] * len(CANARIES)
    assert row[len(CANARIES) :] == [-5, 3.5, "+66 81 234 5678", "-", "Aung Kyaw", None]
    assert neutralise_formula("\t=1+1") == "'\t=1+1"
    assert neutralise_formula("Ma Hnin Ei") == "Ma Hnin Ei"


def test_xlsx_cells_are_text_and_numbers_stay_numbers(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(xlsx_row(sheet, [*CANARIES, -5, "Aung\x0bKyaw", "မ\u200bနှင်း"]))
    workbook.save(tmp_path / "x.xlsx")
    assert_no_formula_in_xlsx(tmp_path / "x.xlsx")
    values = [c.value for c in load_workbook(tmp_path / "x.xlsx").active[1]]
    assert values[: len(CANARIES)] == list(CANARIES)  # text, exactly as typed
    assert values[len(CANARIES) :] == [-5, "Aung Kyaw", "မ\u200bနှင်း"]
    cell = load_workbook(tmp_path / "x.xlsx").active.cell(row=1, column=len(CANARIES) + 1)
    assert cell.data_type == "n"


def test_xml_safe_keeps_tabs_line_breaks_and_format_characters() -> None:
    assert xml_safe("a\tb\nc\r") == "a\tb\nc\r"
    assert xml_safe("\u200b\u200c\u200d\u00ad") == "\u200b\u200c\u200d\u00ad"
    assert xml_safe("".join(CONTROLS)) == " " * len(CONTROLS)
