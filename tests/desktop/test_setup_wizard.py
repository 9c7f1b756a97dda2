"""The first-run setup wizard, filled in the way a new CSO admin would."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard

from db import setup
from db.errors import StorageProblem
from desktop.setup_wizard import wizard as wizard_module
from desktop.setup_wizard.pages import password_strength
from desktop.setup_wizard.passphrase_print import write_passphrase_pdf
from desktop.setup_wizard.wizard import SetupWizard

LEFT = Qt.MouseButton.LeftButton
PASSWORD = "river-bridge-2026"


def start(qtbot, db_path: Path) -> SetupWizard:
    wizard = SetupWizard(db_path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def button(wizard: SetupWizard, which: QWizard.WizardButton):
    return wizard.button(which)


def fill_organisation(qtbot, wizard: SetupWizard) -> None:
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentId() == SetupWizard.ORGANISATION
    page = wizard.organisation
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(page.cso_code, "beam")
    assert page.cso_code.text() == "BEAM"  # capitals as you type
    qtbot.keyClicks(page.cso_name, "BEAM Education Foundation")
    assert button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentId() == SetupWizard.ADMIN


def test_setup_end_to_end(qtbot, db_path: Path) -> None:
    wizard = start(qtbot, db_path)
    fill_organisation(qtbot, wizard)
    page = wizard.admin
    create = button(wizard, QWizard.WizardButton.CommitButton)
    assert create.text() == "Create database"
    qtbot.keyClicks(page.full_name, "Daw Khin Myo")
    qtbot.keyClicks(page.username, "KhinMyo")
    assert page.username.text() == "khinmyo"
    qtbot.keyClicks(page.password, "short")
    assert not create.isEnabled()
    assert page.fields["password"].message.isVisible()
    assert page.fields["password"].message.text() == "Use at least 10 characters."
    assert page.strength_label.text() == "Too short"
    qtbot.keyClicks(page.password, "-but-now-long")
    assert not page.fields["password"].message.isVisible()
    qtbot.keyClicks(page.confirm, "short-but")
    assert page.fields["confirm"].message.text() == "The two passwords are not the same."
    assert not create.isEnabled()
    qtbot.keyClicks(page.confirm, "-now-long")
    assert create.isEnabled()
    assert not setup.database_exists(db_path)
    qtbot.mouseClick(create, LEFT)

    assert wizard.currentId() == SetupWizard.PASSPHRASE
    assert setup.database_exists(db_path)
    shown = wizard.passphrase.passphrase_label.text()
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}\n[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", shown)
    finish = button(wizard, QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    # Escape cannot throw away the passphrase page once the database exists.
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    qtbot.mouseClick(wizard.passphrase.copy_button, LEFT)
    assert QApplication.clipboard().text() == shown.replace("\n", "-")
    box = wizard.passphrase.confirm
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert finish.isEnabled()
    qtbot.mouseClick(finish, LEFT)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.store is not None
    assert wizard.store.cso.code == "BEAM"
    assert wizard.store.user.full_name == "Daw Khin Myo"
    wizard.store.close()
    setup.open_database(db_path, "khinmyo", "short-but-now-long").close()


def test_storage_problem_is_a_readable_message(qtbot, db_path: Path, monkeypatch) -> None:
    def read_only(*_args, **_kwargs):
        raise StorageProblem("read_only")

    monkeypatch.setattr(wizard_module.setup, "create_cso_database", read_only)
    wizard = start(qtbot, db_path)
    fill_organisation(qtbot, wizard)
    page = wizard.admin
    qtbot.keyClicks(page.full_name, "Daw Khin Myo")
    qtbot.keyClicks(page.username, "khinmyo")
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClicks(page.confirm, PASSWORD)
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.CommitButton), LEFT)
    assert wizard.currentId() == SetupWizard.ADMIN
    assert page.error.isVisible()
    assert "read-only" in page.error.text()
    assert "Traceback" not in page.error.text()


def test_password_strength() -> None:
    assert password_strength("short") == 0
    assert password_strength("aaaaaaaaaaaa") == 1
    assert password_strength("mae-sot-2026") >= 1
    assert password_strength("Four Rivers Meet At Dawn 7") == 3


def test_passphrase_pdf(qapp, tmp_path: Path) -> None:
    target = tmp_path / "recovery.pdf"
    write_passphrase_pdf(str(target), "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", "BEAM", "BEAM")
    assert target.read_bytes().startswith(b"%PDF")
