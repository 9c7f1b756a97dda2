"""Staff accounts, driven by an admin; and "Change my password" for everyone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from db import setup, users
from db.store import Store
from db.types import Role
from desktop.main_window import MainWindow
from desktop.users.dialogs import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from desktop.users.own_password import ChangeOwnPasswordDialog
from desktop.users.page import StaffAccountsPage
from tests.conftest import ADMIN_PASSWORD
from tests.desktop.protection_helpers import LEFT, answer_message_box, visible_error_texts
from tests.desktop.test_login import open_login, wait_unlocked

NEW_PASSWORD = "htoo-2026-river"


def staff_page(qtbot, window: MainWindow) -> StaffAccountsPage:
    window.show_page("users")
    page = window.pages["users"]
    assert isinstance(page, StaffAccountsPage)
    qtbot.waitExposed(page)
    return page


def table_rows(page: StaffAccountsPage) -> list[tuple[str, ...]]:
    model = page.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def select(page: StaffAccountsPage, username: str) -> None:
    account = next(a for a in users.list_users(page._store) if a.username == username)
    page.select_account(account.id)
    assert page.selected_account() is not None


def add_through_dialog(qtbot, page: StaffAccountsPage, username: str = "nawpaw") -> None:
    qtbot.mouseClick(page.add_button, LEFT)
    dialog = page.current_dialog
    assert isinstance(dialog, AddUserDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.full_name, "Naw Paw Htoo")
    qtbot.keyClicks(dialog.username, username)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CASEWORKER.value))
    qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.passwords.confirm, NEW_PASSWORD)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)


def test_admin_adds_an_account_who_can_then_sign_in(
    qtbot, main_window: MainWindow, db_path: Path
) -> None:
    page = staff_page(qtbot, main_window)
    assert [r[:4] for r in table_rows(page)] == [("Daw Khin Myo", "admin", "Admin", "Active")]

    qtbot.mouseClick(page.add_button, LEFT)
    dialog = page.current_dialog
    assert isinstance(dialog, AddUserDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.full_name, "Naw Paw Htoo")
    qtbot.keyClicks(dialog.username, "Naw Paw")  # a space: not a valid user name
    assert visible_error_texts(dialog) == [
        "Use 2 to 32 small letters, digits, dots, dashes or underscores (e.g. khinmyo)."
    ]
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "nawpaw")
    qtbot.keyClicks(dialog.passwords.password, "short")
    assert "Use at least 10 characters." in visible_error_texts(dialog)
    qtbot.keyClicks(dialog.passwords.password, "-and-longer")
    qtbot.keyClicks(dialog.passwords.confirm, "short-and-longe")
    assert visible_error_texts(dialog) == ["The two passwords are not the same."]
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.passwords.confirm, "r")
    assert visible_error_texts(dialog) == []
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    row = next(r for r in table_rows(page) if r[1] == "nawpaw")
    assert row[:5] == ("Naw Paw Htoo", "nawpaw", "Caseworker", "Active", "Never")
    assert page.selected_account() is not None
    assert page.selected_account().username == "nawpaw"
    assert "Added the account nawpaw." in main_window.statusBar().currentMessage()

    login = open_login(qtbot, db_path)
    login.username.clear()
    qtbot.keyClicks(login.username, "nawpaw")
    qtbot.keyClicks(login.password, "short-and-longer")
    qtbot.mouseClick(login.sign_in, LEFT)
    wait_unlocked(qtbot, login)
    assert login.store is not None
    try:
        assert login.store.user.full_name == "Naw Paw Htoo"
        assert login.store.user.role is Role.CASEWORKER
    finally:
        login.store.close()


def test_a_taken_user_name_is_said_under_the_field(qtbot, main_window: MainWindow) -> None:
    page = staff_page(qtbot, main_window)
    add_through_dialog(qtbot, page, username="admin")
    dialog = page.current_dialog
    assert isinstance(dialog, AddUserDialog)
    assert dialog.isVisible()
    assert visible_error_texts(dialog) == ["This user name is already taken. Choose another one."]


def test_disabling_yourself_is_refused_with_a_clear_message(qtbot, main_window: MainWindow) -> None:
    page = staff_page(qtbot, main_window)
    select(page, "admin")
    seen: list[str] = []
    answer_message_box("OK", seen)
    qtbot.mouseClick(page.disable_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["You cannot disable your own account. Ask another admin to do it."]
    assert table_rows(page)[0][3] == "Active"


def test_disable_after_confirming_then_reset_enables_again(
    qtbot, main_window: MainWindow, db_path: Path
) -> None:
    page = staff_page(qtbot, main_window)
    add_through_dialog(qtbot, page)
    select(page, "nawpaw")

    seen: list[str] = []
    answer_message_box("Cancel", seen)
    qtbot.mouseClick(page.disable_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Disable the account of Naw Paw Htoo (nawpaw)?" in seen[0]
    assert next(r for r in table_rows(page) if r[1] == "nawpaw")[3] == "Active"

    answer_message_box("Disable", seen)
    qtbot.mouseClick(page.disable_button, LEFT)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert next(r for r in table_rows(page) if r[1] == "nawpaw")[3] == "Disabled"
    assert not page.disable_button.isEnabled()

    qtbot.mouseClick(page.reset_button, LEFT)
    dialog = page.current_dialog
    assert isinstance(dialog, ResetPasswordDialog)
    qtbot.keyClicks(dialog.passwords.password, "a-new-one-2026")
    qtbot.keyClicks(dialog.passwords.confirm, "a-new-one-2026")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert next(r for r in table_rows(page) if r[1] == "nawpaw")[3] == "Active"
    setup.open_database(db_path, "nawpaw", "a-new-one-2026").close()


def test_the_last_admin_keeps_the_admin_role(qtbot, main_window: MainWindow) -> None:
    page = staff_page(qtbot, main_window)
    select(page, "admin")
    qtbot.mouseClick(page.role_button, LEFT)
    dialog = page.current_dialog
    assert isinstance(dialog, ChangeRoleDialog)
    assert not dialog.ok_button.isEnabled()  # nothing changed yet
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CASEWORKER.value))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert visible_error_texts(dialog) == [
        "This is the only active admin. Make another account an admin first, "
        "so someone can still manage the CSO."
    ]
    assert table_rows(page)[0][2] == "Admin"


def test_change_my_password_from_the_file_menu(
    qtbot, main_window: MainWindow, store: Store, db_path: Path
) -> None:
    main_window.change_password_action.trigger()
    dialog = next(w for w in main_window.findChildren(ChangeOwnPasswordDialog) if w.isVisible())
    qtbot.keyClicks(dialog.old_password, "wrong-password")
    qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.passwords.confirm, NEW_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert visible_error_texts(dialog) == ["The current password is wrong."]
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.old_password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.old_password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert main_window.statusBar().currentMessage() == "Your password was changed."
    setup.open_database(db_path, "admin", NEW_PASSWORD).close()


def test_add_account_says_a_cleared_field_is_needed_and_enter_adds(
    qtbot, main_window: MainWindow
) -> None:
    page = staff_page(qtbot, main_window)
    qtbot.mouseClick(page.add_button, LEFT)
    dialog = page.current_dialog
    assert isinstance(dialog, AddUserDialog)
    qtbot.waitExposed(dialog)
    assert visible_error_texts(dialog) == []  # no red text on a fresh form
    qtbot.keyClicks(dialog.username, "x")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Backspace)
    assert visible_error_texts(dialog) == ["Enter a user name."]
    qtbot.keyClicks(dialog.full_name, "Naw Paw Htoo")
    qtbot.keyClicks(dialog.username, "nawpaw")
    qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.passwords.confirm, NEW_PASSWORD)
    qtbot.keyClick(dialog.passwords.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert any(r[1] == "nawpaw" for r in table_rows(page))
