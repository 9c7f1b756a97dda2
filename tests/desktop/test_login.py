"""Signing in, and the whole start-up path of run_app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from db import keys
from db.errors import AccountDisabled
from db.store import Store
from desktop import app as app_module
from desktop.login import dialog as dialog_module
from desktop.login.dialog import LoginDialog
from desktop.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD
from tests.desktop import app_runs

LEFT = Qt.MouseButton.LeftButton


def open_login(qtbot, db_path: Path) -> LoginDialog:
    dialog = LoginDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def wait_unlocked(qtbot, dialog: LoginDialog) -> None:
    """The database is unlocked off the GUI thread: wait until the answer is back."""
    qtbot.waitUntil(lambda: dialog.unlocking is None, timeout=15000)


def visible_messages(dialog: LoginDialog) -> list[str]:
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.property("role") == "fieldError"
    ]


def test_wrong_password_says_only_that(qtbot, store: Store, db_path: Path) -> None:
    dialog = open_login(qtbot, db_path)
    assert "BEAM" in dialog.cso_label.text()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.mouseClick(dialog.sign_in, LEFT)
    wait_unlocked(qtbot, dialog)
    assert visible_messages(dialog) == ["The user name or password is wrong."]
    assert dialog.password.text() == ""
    assert dialog.focusWidget() is dialog.password
    assert dialog.store is None
    assert dialog.isVisible()
    assert QApplication.activeModalWidget() in (None, dialog)

    # An unknown user gets exactly the same answer.
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "nobody")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    wait_unlocked(qtbot, dialog)
    assert visible_messages(dialog) == ["The user name or password is wrong."]


def test_correct_password_opens_main_window(qtbot, store: Store, db_path: Path) -> None:
    dialog = open_login(qtbot, db_path)
    qtbot.keyClicks(dialog.username, "Admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    wait_unlocked(qtbot, dialog)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.store is not None
    window = MainWindow(dialog.store)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Saphan — BEAM Education Foundation"
    assert window.cso_label.text() == "BEAM · BEAM Education Foundation"
    assert window.user_label.text() == "Signed in: Daw Khin Myo (Admin)"
    assert window.sync_label.text() == "Not shared yet"
    dialog.store.close()


def test_disabled_account(qtbot, store: Store, db_path: Path, monkeypatch) -> None:
    def disabled(*_args):
        raise AccountDisabled("admin")

    monkeypatch.setattr(dialog_module.setup, "open_database", disabled)
    dialog = open_login(qtbot, db_path)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.sign_in, LEFT)
    wait_unlocked(qtbot, dialog)
    assert visible_messages(dialog) == ["This account has been disabled. Ask your CSO's admin."]


def test_corrupt_key_file(qtbot, store: Store, db_path: Path) -> None:
    keys.KeyFile.path_for(db_path).write_text("{not json")
    dialog = open_login(qtbot, db_path)
    assert "key file" in dialog.cso_label.text()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.sign_in, LEFT)
    wait_unlocked(qtbot, dialog)
    [message] = visible_messages(dialog)
    assert "key file" in message


def test_run_app_signs_in_then_shows_main_window(qtbot, store: Store, db_path: Path) -> None:
    seen: dict[str, str] = {}

    def sign_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, sign_in)
            return
        qtbot.keyClicks(dialog.username, "admin")
        qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
        qtbot.mouseClick(dialog.sign_in, LEFT)
        QTimer.singleShot(50, look_and_quit)

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        visible = [w for w in windows if w.isVisible()]
        if not visible:
            QTimer.singleShot(20, look_and_quit)
            return
        window = visible[0]
        seen["user"] = window.user_label.text()
        seen["title"] = window.windowTitle()
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        if window.isVisible():
            window.close()

    QTimer.singleShot(0, sign_in)
    assert app_runs.run_app(db_path) == 0
    assert seen == {
        "user": "Signed in: Daw Khin Myo (Admin)",
        "title": "Saphan — BEAM Education Foundation",
    }


def test_run_app_with_a_store_skips_sign_in(qtbot, store: Store, db_path: Path) -> None:
    def quit_soon() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        for window in windows:
            window.close()

    QTimer.singleShot(50, quit_soon)
    assert app_runs.run_app(db_path, store=store) == 0


def test_default_db_path_is_in_user_data() -> None:
    path = app_module.default_db_path()
    assert path.name == "saphan.db"
    assert "Saphan" in str(path)
