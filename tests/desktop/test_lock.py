"""The screen lock: Ctrl+L or inactivity hides every record and open form until the password
is typed again; unsaved input survives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from db import beneficiaries
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD
from tests.desktop.protection_helpers import LEFT, a_person, visible_error_texts

CTRL = Qt.KeyboardModifier.ControlModifier


def registry(window: MainWindow) -> BeneficiariesPage:
    page = window.pages["beneficiaries"]
    assert isinstance(page, BeneficiariesPage)
    return page


def visible_person_data(window: MainWindow) -> list[str]:
    """Anything on screen that could show a person: tables and text fields with content."""
    shown = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for table in top.findChildren(QTableView):
            if table.isVisible() and table.model() and table.model().rowCount():
                shown.append(f"table {table.objectName() or type(table.model()).__name__}")
        for edit in top.findChildren(QLineEdit):
            if edit.isVisible() and edit.text() and edit is not window.lock_screen.password:
                shown.append(edit.text())
    return shown


def unlock_with(qtbot, window: MainWindow, password: str) -> None:
    screen = window.lock_screen
    screen.password.clear()
    qtbot.keyClicks(screen.password, password)
    qtbot.mouseClick(screen.unlock_button, LEFT)


def test_ctrl_l_hides_an_unsaved_form_and_unlocking_brings_it_back(
    qtbot, main_window: MainWindow
) -> None:
    beneficiaries.register_person(main_window.store, a_person("Ma Already Registered"))
    page = registry(main_window)
    page.refresh()
    qtbot.mouseClick(page.register_button, LEFT)
    form = page.current_form
    assert form is not None
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.person_tab.name_latin, "Ma Not Yet Saved")
    assert "Ma Not Yet Saved" in visible_person_data(main_window)  # the check sees data

    # Ctrl+L pressed while the form (a dialog of its own) has the focus.
    qtbot.keyClick(form.person_tab.name_latin, Qt.Key.Key_L, CTRL)

    assert main_window.is_locked()
    assert not form.isVisible()
    assert not page.isVisible()
    assert main_window.lock_screen.isVisible()
    assert visible_person_data(main_window) == []
    assert "BEAM Education Foundation" in main_window.lock_screen.cso_label.text()
    assert "Daw Khin Myo" in main_window.lock_screen.user_label.text()
    assert not main_window.menuBar().isEnabled()

    # A wrong password keeps it locked and says so.
    unlock_with(qtbot, main_window, "not-my-password")
    assert main_window.is_locked()
    assert not form.isVisible()
    assert visible_error_texts(main_window.lock_screen) == ["The password is wrong."]
    assert main_window.lock_screen.password.text() == ""

    unlock_with(qtbot, main_window, ADMIN_PASSWORD)
    assert not main_window.is_locked()
    qtbot.waitUntil(form.isVisible)
    assert form.person_tab.name_latin.text() == "Ma Not Yet Saved"
    assert page.isVisible()
    assert main_window.menuBar().isEnabled()
    # The form still works: it can be saved after the lock.
    assert page.current_form is form


def test_file_lock_menu_and_enter_unlocks(qtbot, main_window: MainWindow) -> None:
    assert main_window.lock_action.shortcut().toString() == "Ctrl+L"
    main_window.lock_action.trigger()
    assert main_window.is_locked()
    qtbot.keyClicks(main_window.lock_screen.password, ADMIN_PASSWORD)
    qtbot.keyClick(main_window.lock_screen.password, Qt.Key.Key_Return)
    assert not main_window.is_locked()


def test_locks_after_inactivity_and_input_postpones_it(qtbot, main_window: MainWindow) -> None:
    watch = main_window.lock
    assert watch.lock_after_ms == 10 * 60_000  # the default
    assert watch.is_running()

    # Typing starts the count again (measured on the timer: no race with a slow machine).
    watch.lock_after_ms = 60_000
    started = watch.last_activity
    qtbot.wait(20)
    qtbot.keyClick(registry(main_window).search, Qt.Key.Key_A)
    assert watch.last_activity > started
    after_key = watch.last_activity
    qtbot.wait(20)
    qtbot.mouseClick(registry(main_window).search, LEFT)
    assert watch.last_activity > after_key
    assert not main_window.is_locked()

    watch.lock_after_ms = 50
    qtbot.waitUntil(main_window.is_locked, timeout=3000)
    assert not watch.is_running()  # no timer while locked
    unlock_with(qtbot, main_window, ADMIN_PASSWORD)
    assert not main_window.is_locked()
    assert watch.is_running()


def test_zero_minutes_never_locks(qtbot, main_window: MainWindow) -> None:
    main_window.lock.set_minutes(0)
    assert not main_window.lock.is_running()
    qtbot.wait(50)
    assert not main_window.is_locked()
