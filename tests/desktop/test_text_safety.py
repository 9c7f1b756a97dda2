"""Control characters and formulas in the desktop: the person form refuses a pasted control
character as you type; Word documents and the activity report are safe with any text,
including what an older version stored (issue 14, items 5 and 6)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from db import beneficiaries
from db.models import Programme
from db.programmes import list_programmes
from db.store import Store
from db.types import PersonQuery
from desktop.beneficiaries.person_form import PersonForm
from desktop.cli import activity_report as reports
from desktop.labels import problem_message
from desktop.referrals.slip_docx import SlipDetails, slip_bytes
from desktop.sessions.roster_docx import Roster, RosterPerson, roster_bytes
from tests.db.people import person
from tests.db.spreadsheets import (
    CANARIES,
    assert_no_formula_in_csv,
    assert_no_formula_in_xlsx,
)

OLD_NAME = "Aung\x0bKyaw"  # as an older version let it in: a pasted Word line break


def document_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def paste(qtbot, editor, text: str) -> None:
    """Paste ``text`` with Ctrl+V, as a person copying a name from Word or a chat would."""
    QApplication.clipboard().setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def form(qtbot, store: Store) -> Iterator[PersonForm]:
    # Not given to qtbot, which would close it with "Discard changes?" waiting for an answer.
    form = PersonForm(store)
    form.show()
    qtbot.waitExposed(form)
    yield form
    form.done(0)  # closed without asking, even when a check above failed
    form.deleteLater()


def test_person_form_refuses_a_pasted_control_character(qtbot, form: PersonForm) -> None:
    tab = form.person_tab
    qtbot.keyClicks(tab.name_latin, "Aung")
    paste(qtbot, tab.name_latin, "\x0bKyaw")
    assert tab.name_latin.text() == "Aung\x0bKyaw"
    female = next(b for b in tab.sex_buttons.buttons() if b.property("value") == "female")
    qtbot.mouseClick(female, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.birth_date.edit, "12/03/1991")
    tab.population_group.setCurrentIndex(tab.population_group.findData("new_arrival"))

    message = tab.fields["name_latin"].message
    assert message.isVisible()
    assert message.text() == problem_message("name_latin", "control_character")
    assert "invisible control character" in message.text()
    assert not form.ok_button.isEnabled()

    # Typed again without it, the person can be registered.
    tab.name_latin.selectAll()
    qtbot.keyClicks(tab.name_latin, "Aung Kyaw")
    assert not message.isVisible()
    assert form.ok_button.isEnabled()


def test_a_pasted_tab_or_line_break_in_a_name_is_no_problem(qtbot, form: PersonForm) -> None:
    paste(qtbot, form.person_tab.name_latin, "Aung\tKyaw\n")
    assert not form.person_tab.fields["name_latin"].message.isVisible()
    assert "name_latin" not in form.problems()


def test_roster_of_names_an_older_version_stored(tmp_path: Path) -> None:
    roster = Roster(
        organisation="BEAM\x0c Education Foundation",
        details=[("Topic", "Stress\x00 and coping")],
        people=[RosterPerson("BEAM-000001", OLD_NAME, "မ\u200bနှင်း\x1bအိ")],
    )
    text = document_text(roster_bytes(roster))
    assert "Aung Kyaw" in text
    assert "မ\u200bနှင်း အိ" in text  # the zero-width space of Burmese is kept
    assert "Stress  and coping" in text


def test_referral_slip_of_a_name_an_older_version_stored() -> None:
    slip = SlipDetails(
        code="BEAM-000001",
        name_latin=OLD_NAME,
        name_script="",
        service="Health\x0b check",
        organisation="Mae Tao Clinic",
        date=dt.date(2026, 1, 15),
        reason="Check-up\x0c after the flood",
        urgency="normal",
        referring_cso="BEAM",
        referring_staff="Daw Khin Myo",
    )
    for language in ("en", "my", "th"):
        text = document_text(slip_bytes(slip, language))
        assert "Aung Kyaw" in text
        assert "\x0b" not in text


def test_report_never_writes_a_programme_name_as_a_formula(store: Store, tmp_path: Path) -> None:
    with store.write() as session:
        for n, canary in enumerate(CANARIES):
            session.add(Programme(code=f"canary_{n}", name=canary, sort_order=100 + n))
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"report{suffix}"
        reports.write_report(store, "2025-01", "2025-02", out)
        if suffix == ".csv":
            assert_no_formula_in_csv(out)
            assert "'=HYPERLINK" in out.read_text("utf-8-sig")
        else:
            assert_no_formula_in_xlsx(out)


def test_report_of_a_programme_name_an_older_version_stored(store: Store, tmp_path: Path) -> None:
    first = list_programmes(store)[0]
    with store.write() as session:
        session.execute(update(Programme).where(Programme.id == first.id).values(name=OLD_NAME))
    reports.write_report(store, "2025-01", "2025-01", tmp_path / "report.xlsx")
    from openpyxl import load_workbook

    names = {row[1] for row in load_workbook(tmp_path / "report.xlsx").active.values}
    assert "Aung Kyaw" in names


def test_report_numbers_stay_numbers(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only text is neutralised: a negative number (a correction, say) stays a number."""
    width = len(reports.HEADER)
    rows: list[list[object]] = [["x", CANARIES[1], "2025-01", -5, *[0] * (width - 4)]]
    monkeypatch.setattr(reports, "report_rows", lambda *_args: rows)
    reports.write_report(store, "2025-01", "2025-01", tmp_path / "r.csv")
    reports.write_report(store, "2025-01", "2025-01", tmp_path / "r.xlsx")
    line = (tmp_path / "r.csv").read_text("utf-8-sig").splitlines()[1].split(",")
    assert line[1].startswith("'+cmd")
    assert line[3] == "-5"
    from openpyxl import load_workbook

    cell = load_workbook(tmp_path / "r.xlsx").active.cell(row=2, column=4)
    assert (cell.value, cell.data_type) == (-5, "n")
    assert_no_formula_in_xlsx(tmp_path / "r.xlsx")


def test_other_forms_refuse_a_pasted_control_character(qtbot, store: Store) -> None:
    """The staff account, close-case and partner-service dialogs say it under the field and
    keep their button disabled."""
    from desktop.beneficiaries.case_actions import CloseCaseDialog
    from desktop.referrals.service_dialog import ServiceDialog
    from desktop.users.dialogs import AddUserDialog

    users = AddUserDialog(store)
    qtbot.addWidget(users)
    users.show()
    paste(qtbot, users.full_name, OLD_NAME)
    assert users.full_name_field.message.isVisible()
    assert not users.ok_button.isEnabled()

    beneficiaries.register_person(store, person())
    close = CloseCaseDialog(store, beneficiaries.find_people(store, PersonQuery())[0])
    qtbot.addWidget(close)
    close.show()
    paste(qtbot, close.reason, "Moved\x0c away")
    assert close.error.isVisible()
    assert not close.ok_button.isEnabled()

    service = ServiceDialog(store)
    qtbot.addWidget(service)
    service.show()
    qtbot.keyClicks(service.organisation, "Mae Tao Clinic")
    paste(qtbot, service.name, "Health\x1b check")
    assert service.fields["name"].message.isVisible()
    assert not service.add_button.isEnabled()
