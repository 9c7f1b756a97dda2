"""The import wizard, driven the way a caseworker brings their Excel list into Saphan.

Set SAPHAN_SCREENSHOTS=FOLDER to save pictures of the mapping and preview pages there."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

from db import beneficiaries, importing
from db.types import PersonQuery, PopulationGroup
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.importing.preview_model import STATUS, UNICODE
from desktop.importing.wizard import ImportWizard
from desktop.main_window import MainWindow
from tests.db.test_importing import messy_workbook
from tests.desktop.conftest import activate, type_text

LEFT = Qt.MouseButton.LeftButton


def _snap(wizard: ImportWizard, name: str) -> None:
    folder = os.environ.get("SAPHAN_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        wizard.grab().save(str(Path(folder) / f"{name}.png"))


def _next(qtbot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)


def _open_wizard(qtbot, window: MainWindow) -> tuple[BeneficiariesPage, ImportWizard]:
    page = window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    assert page.import_button.isVisibleTo(page)
    qtbot.mouseClick(page.import_button, LEFT)
    wizard = page.import_wizard
    qtbot.waitExposed(wizard)
    return page, wizard


def _choose_file(qtbot, wizard: ImportWizard, path: Path) -> None:
    edit = wizard.file_page.file_edit
    activate(qtbot, wizard)
    edit.setFocus()
    type_text(qtbot, edit, str(path))
    # Tab reads the file and stays on the page (Return would also go on to the next page).
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(wizard.file_page.isComplete)


def _give_consent(qtbot, wizard: ImportWizard) -> None:
    consent = wizard.consent_page
    type_text(qtbot, consent.consent_date.edit, "01/12/2025")
    assert not consent.isComplete()
    assert "consent to receive services" in consent.missing.text()
    box = consent.services
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # on the tick box
    consent.group.setCurrentIndex(consent.group.findData(PopulationGroup.NEW_ARRIVAL.value))
    assert consent.isComplete()


def test_import_a_messy_list_through_to_the_registry(
    qtbot, main_window: MainWindow, tmp_path: Path
) -> None:
    page, wizard = _open_wizard(qtbot, main_window)
    # First page: the file, its sheets, and a template to download.
    assert wizard.file_page.template_button.isVisible()
    _choose_file(qtbot, wizard, messy_workbook(tmp_path / "list.xlsx"))
    assert wizard.file_page.sheet_combo.isVisible()  # two sheets in this workbook
    assert "9 rows" in wizard.file_page.status.text()
    _next(qtbot, wizard)

    mapping_page = wizard.mapping_page
    assert wizard.currentPage() is mapping_page
    assert [c.currentData() for c in mapping_page.combos] == [
        "",
        "name_latin",
        "name_script",
        "sex",
        "birth_date",
        "age",
        "phone",
        "area",
        "nationality",
        "documentation",
    ]
    assert "မနှင်းအိ" in mapping_page.table.item(2, 1).text()  # sample values are shown
    # Take the sex column away: the page says what is missing and cannot go on.
    sex_combo = mapping_page.combos[3]
    sex_combo.setCurrentIndex(0)
    assert "sex" in mapping_page.missing.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    sex_combo.setCurrentIndex(sex_combo.findData("sex"))
    assert mapping_page.missing.text() == ""
    _snap(wizard, "import-mapping")
    _next(qtbot, wizard)

    _give_consent(qtbot, wizard)
    _next(qtbot, wizard)

    preview_page = wizard.preview_page
    assert wizard.currentPage() is preview_page
    model = preview_page.model
    assert model is not None
    counts = preview_page.counts.text()
    assert "9 rows: 7 ready, 2 with problems." in counts
    assert "2 names are typed in Zawgyi" in counts
    statuses = [model.index(r, STATUS).data() for r in range(model.rowCount())]
    assert statuses.count("Problem") == 2
    assert statuses.count("Duplicate?") == 1
    problems = " ".join(model.index(r, model.columnCount() - 1).data() for r in range(9))
    assert "Phone: Enter a Thai" in problems
    assert "Sex: Write Female, Male or Other" in problems
    assert "Same name and birth year as row 3." in problems
    assert model.index(2, UNICODE).data() == "ကျော်ဇော"  # spreadsheet row 6
    _snap(wizard, "import-preview")
    qtbot.mouseClick(preview_page.only_problems, LEFT)
    assert preview_page.proxy.rowCount() == 5  # 2 problems, 1 duplicate, 2 Zawgyi
    # Keep the second Zawgyi name as it was typed.
    preview_page.check_row(4, UNICODE, on=False)  # spreadsheet row 8
    assert "6 will be imported" in preview_page.counts.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import"
    _next(qtbot, wizard)

    summary = wizard.summary_page
    qtbot.waitUntil(lambda: summary.finished, timeout=5000)
    assert summary.message.text().startswith("Imported 6 people (BEAM-000001 to BEAM-000006).")
    assert "Skipped 3" in summary.message.text()
    skipped = [summary.skipped.item(i).text() for i in range(summary.skipped.count())]
    assert skipped[0] == "Row 10: possible duplicate"
    assert skipped[1].startswith("Row 11: Phone:")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)

    assert page.count_label.text() == "6 people"
    names = {page.model.row_at(r).name_script for r in range(page.model.rowCount())}
    assert "ကျော်ဇော" in names
    assert "ေအာင္ေအာင္" in names
    # The next list with these columns maps itself.
    sheet = importing.read_sheet(tmp_path / "list.xlsx")
    assert importing.suggest_mapping(main_window.store, sheet)[1] is True


def test_a_list_with_problems_only_imports_nothing(
    qtbot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Name,Sex,DOB\nKo Aung,?,soon\nMa Su,F,31/02/1990\n", encoding="utf-8-sig")
    _page, wizard = _open_wizard(qtbot, main_window)
    _choose_file(qtbot, wizard, path)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _give_consent(qtbot, wizard)
    _next(qtbot, wizard)
    preview_page = wizard.preview_page
    assert "2 rows: 0 ready, 2 with problems." in preview_page.counts.text()
    assert "Date of birth / age: The date cannot be read" in preview_page.model.index(1, 9).data()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert beneficiaries.count_people(main_window.store, PersonQuery()) == 0


def test_download_the_template(qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "template"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _page, wizard = _open_wizard(qtbot, main_window)
    qtbot.mouseClick(wizard.file_page.template_button, LEFT)
    saved = tmp_path / "template.xlsx"
    assert saved.exists()
    assert "Template saved" in wizard.file_page.status.text()
    sheet = importing.read_sheet(saved)
    assert sheet.header[0] == "Name (Latin script)"


def test_unreadable_file_is_explained(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    _page, wizard = _open_wizard(qtbot, main_window)
    edit = wizard.file_page.file_edit
    type_text(qtbot, edit, str(old))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "Save an older .xls file as .xlsx" in wizard.file_page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
