"""A CSO's first day, in one go, as a new user would: set up, sign in, register a person, find
them, edit, delete; then the database file holds none of it in readable form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from desktop.main_window import MainWindow
from tests.desktop.conftest import activate, click_in_next_modal
from tests.desktop.test_beneficiaries import (
    page_of,
    register_through_ui,
    search_for,
    visible_codes,
)
from tests.desktop.test_login import open_login, wait_unlocked
from tests.desktop.test_setup_wizard import fill_organisation, start

LEFT = Qt.MouseButton.LeftButton
PASSWORD = "first-day-at-beam"


def test_setup_sign_in_register_search_edit_delete(qtbot, db_path: Path) -> None:
    # Set up the CSO.
    wizard = start(qtbot, db_path)
    fill_organisation(qtbot, wizard)
    qtbot.keyClicks(wizard.admin.full_name, "Daw Khin Myo")
    qtbot.keyClicks(wizard.admin.username, "khinmyo")
    qtbot.keyClicks(wizard.admin.password, PASSWORD)
    qtbot.keyClicks(wizard.admin.confirm, PASSWORD)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), LEFT)
    box = wizard.passphrase.confirm
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert wizard.store is not None
    wizard.store.close()

    # Sign in the next morning.
    login = open_login(qtbot, db_path)
    qtbot.keyClicks(login.username, "khinmyo")
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    wait_unlocked(qtbot, login)
    assert login.store is not None
    window = MainWindow(login.store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    status = " ".join(w.text() for w in window.statusBar().findChildren(type(login.cso_label)))
    assert "BEAM" in status
    assert "Daw Khin Myo" in status

    # Register, find, edit, delete.
    page = page_of(window)
    code = register_through_ui(qtbot, page, name="Ma CANARY Thiri", phone="089 765 4321")
    assert code == "BEAM-000001"
    search_for(qtbot, page, "canary")
    assert visible_codes(page) == [code]
    page.select_row(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.current_form
    assert form is not None
    qtbot.waitExposed(form)
    form.person_tab.area.lineEdit().selectAll()
    qtbot.keyClicks(form.person_tab.area.lineEdit(), "Tha Sai Luat")
    qtbot.mouseClick(form.ok_button, LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert page.model.index(0, 6).data() == "Tha Sai Luat"
    activate(qtbot, window)
    page.select_row(0)
    page.table.setFocus()
    click_in_next_modal("Delete")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert visible_codes(page) == []

    # Nothing readable on disk: database, its write-ahead log and the key file.
    files = [p for p in db_path.parent.iterdir() if p.is_file()]
    assert files
    raw = b"".join(p.read_bytes() for p in files)
    for needle in ("CANARY", "Thiri", "0897654321", "089 765 4321", "Tha Sai Luat", "BEAM-000001"):
        assert needle.encode() not in raw, needle
    window.close()
