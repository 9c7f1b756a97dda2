""" "Remember me on this Windows account", and "Forgot password?" with the recovery passphrase."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QPoint

from db import remember, setup
from db.store import Store
from desktop import app as app_module
from desktop.login.dialog import LoginDialog
from desktop.login.recovery_dialog import RecoveryDialog
from desktop.main_window import MainWindow
from desktop.settings_page.page import SettingsPage
from tests.conftest import ADMIN_PASSWORD, MemoryKeyring
from tests.desktop.protection_helpers import LEFT, answer_message_box, visible_error_texts
from tests.desktop.test_login import open_login, wait_unlocked

NO_KEYRING = (
    "This computer has no secure password store, so Saphan cannot remember you. "
    "Your password is never saved in a file."
)


def click_box(qtbot, page: SettingsPage) -> None:
    """Click on the tick box itself, as a person does (the widget is as wide as the page)."""
    box = page.remember_box
    qtbot.waitExposed(page)
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def sign_in_with_remember(qtbot, db_path: Path) -> LoginDialog:
    dialog = open_login(qtbot, db_path)
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    dialog.remember.setChecked(True)
    qtbot.mouseClick(dialog.sign_in, LEFT)
    wait_unlocked(qtbot, dialog)
    return dialog


def test_remember_me_skips_the_sign_in_next_time(
    qtbot, store: Store, db_path: Path, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    dialog = sign_in_with_remember(qtbot, db_path)
    assert dialog.store is not None
    dialog.store.close()
    assert remember.is_remembered(db_path, "admin")
    # What the keyring holds is the key, never the password.
    assert ADMIN_PASSWORD not in repr(memory_keyring.secrets)

    def no_dialog(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the sign-in dialog was shown")

    monkeypatch.setattr(app_module, "LoginDialog", no_dialog)
    again = app_module.sign_in(db_path)
    assert again is not None
    try:
        assert again.user.username == "admin"
    finally:
        again.close()

    # The next sign-in dialog offers the last user name (never a password).
    monkeypatch.undo()
    remember.forget_me(db_path, "admin")
    login = open_login(qtbot, db_path)
    assert login.username.text() == "admin"
    assert login.password.text() == ""


def test_without_a_keyring_the_login_says_so_and_signs_in(
    qtbot, store: Store, db_path: Path
) -> None:
    keyring.set_keyring(FailKeyring())
    seen: list[str] = []
    answer_message_box("OK", seen)
    dialog = sign_in_with_remember(qtbot, db_path)
    qtbot.waitUntil(lambda: dialog.store is not None)
    assert seen == [NO_KEYRING]
    assert dialog.store is not None
    dialog.store.close()
    assert not remember.is_remembered(db_path, "admin")


def test_settings_checkbox_remembers_and_forgets(
    qtbot, main_window: MainWindow, db_path: Path
) -> None:
    page = main_window.pages["settings"]
    assert isinstance(page, SettingsPage)
    main_window.show_page("settings")
    assert not page.remember_box.isChecked()
    click_box(qtbot, page)
    assert page.remember_box.isChecked()
    assert remember.is_remembered(db_path, "admin")
    click_box(qtbot, page)
    assert not remember.is_remembered(db_path, "admin")


def test_settings_checkbox_without_a_keyring_says_so(qtbot, main_window: MainWindow) -> None:
    keyring.set_keyring(FailKeyring())
    page = main_window.pages["settings"]
    assert isinstance(page, SettingsPage)
    main_window.show_page("settings")
    click_box(qtbot, page)
    assert not page.remember_box.isChecked()
    assert visible_error_texts(page) == [NO_KEYRING]


@pytest.fixture
def recoverable(tmp_path: Path) -> tuple[Path, str]:
    """A database whose recovery passphrase the test knows (as written down at setup)."""
    path = tmp_path / "rec" / "saphan.db"
    result = setup.create_cso_database(
        path,
        cso_code="BEAM",
        cso_name="BEAM Education Foundation",
        admin_username="admin",
        admin_full_name="Daw Khin Myo",
        admin_password=ADMIN_PASSWORD,
    )
    result.store.close()
    return path, result.recovery_passphrase


def test_forgot_password_recovers_with_the_passphrase(qtbot, recoverable: tuple[Path, str]) -> None:
    db_path, passphrase = recoverable
    login = open_login(qtbot, db_path)
    login.forgot.linkActivated.emit("#recover")
    dialog = login.recovery_dialog
    assert isinstance(dialog, RecoveryDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.admin.isEnabled()

    qtbot.keyClicks(dialog.passphrase, "wrong words entirely here")
    qtbot.mouseClick(dialog.check_button, LEFT)
    assert visible_error_texts(dialog) == ["This recovery passphrase does not open this database."]

    # Typed back from paper: small letters, spaces instead of dashes.
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase.lower().replace("-", " "))
    qtbot.mouseClick(dialog.check_button, LEFT)
    assert visible_error_texts(dialog) == []
    assert [dialog.admin.itemText(i) for i in range(dialog.admin.count())] == ["admin"]
    qtbot.keyClicks(dialog.passwords.password, "found-it-2026")
    qtbot.keyClicks(dialog.passwords.confirm, "found-it-2026")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)

    qtbot.waitUntil(lambda: login.store is not None)
    assert login.result() == LoginDialog.DialogCode.Accepted
    assert login.store is not None
    assert login.store.user.username == "admin"
    login.store.close()
    setup.open_database(db_path, "admin", "found-it-2026").close()


def test_recovery_can_create_a_new_admin(qtbot, recoverable: tuple[Path, str]) -> None:
    db_path, passphrase = recoverable
    dialog = RecoveryDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    assert dialog.check_passphrase()
    dialog.admin.setEditText("")
    qtbot.keyClicks(dialog.admin.lineEdit(), "newadmin")
    qtbot.keyClicks(dialog.passwords.password, "found-it-2026")
    qtbot.keyClicks(dialog.passwords.confirm, "found-it-2026")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.store is not None
    assert dialog.store.user.username == "newadmin"
    dialog.store.close()
