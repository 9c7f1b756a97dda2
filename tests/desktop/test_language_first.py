"""Language first: the sign-in window and the setup wizard offer the languages before anyone
signs in, switch at once, remember the choice on the laptop, and a new user's first session
opens in the language chosen at sign-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from db import users
from db.store import Store
from db.types import Role
from desktop import app as app_module
from desktop import i18n
from desktop.login.dialog import LoginDialog
from desktop.login.last_user import last_language
from desktop.main_window import MainWindow
from desktop.setup_wizard.wizard import SetupWizard
from tests.desktop import app_runs
from tests.desktop.i18n_helpers import MYANMAR, THAI

LEFT = Qt.MouseButton.LeftButton
NEW_PASSWORD = "river-bridge-2026"


@pytest.fixture(autouse=True)
def back_to_english(monkeypatch) -> Iterator[None]:
    monkeypatch.delenv("SAPHAN_LANG", raising=False)
    i18n.set_language("en")
    yield
    i18n.set_language("en")
    QApplication.processEvents()


def open_login(qtbot, db_path: Path) -> LoginDialog:
    dialog = LoginDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(picker, code: str) -> None:
    """Pick ``code`` and let Qt deliver the LanguageChange it posts to every window."""
    picker.choose(code)
    QApplication.processEvents()


def test_the_sign_in_window_offers_each_language_in_its_own_script(
    qtbot, store: Store, db_path: Path
) -> None:
    dialog = open_login(qtbot, db_path)
    combo = dialog.language.combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[:3] == ["English", "မြန်မာ", "ไทย"]
    assert dialog.language.codes()[:3] == ["en", "my", "th"]
    assert combo.currentData() == "en"
    assert dialog.sign_in.text() == "Sign in"


@pytest.mark.parametrize(("code", "script"), [("my", MYANMAR), ("th", THAI)])
def test_choosing_a_language_shows_the_sign_in_window_in_it_at_once(
    qtbot, store: Store, db_path: Path, code, script
) -> None:
    dialog = open_login(qtbot, db_path)
    qtbot.keyClicks(dialog.username, "admin")
    choose(dialog.language, code)
    for text in (
        dialog.windowTitle(),
        dialog.sign_in.text(),
        dialog.username_caption.text(),
        dialog.password_caption.text(),
        dialog.remember.text(),
        dialog.language.caption.text(),
    ):
        assert script.search(text), text
    assert dialog.username.text() == "admin"  # nothing typed is lost
    assert i18n.current_language() == code
    assert last_language() == code  # remembered on this laptop for the next start
    # The next start begins in it.
    assert i18n.start_language(last_language()) == code
    # Back to English in one choice, the names still in their own script.
    choose(dialog.language, "en")
    assert dialog.sign_in.text() == "Sign in"
    assert dialog.language.combo.itemText(1) == "မြန်မာ"


def test_choosing_burmese_on_the_wizards_first_page_shows_the_wizard_in_burmese(
    qtbot, db_path: Path
) -> None:
    wizard = SetupWizard(db_path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.welcome.title() == "Welcome to Saphan"
    choose(wizard.welcome.language, "my")
    assert MYANMAR.search(wizard.welcome.title())
    assert MYANMAR.search(wizard.welcome.join_button.text())
    assert MYANMAR.search(wizard.windowTitle())
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isVisible()
    qtbot.mouseClick(next_button, LEFT)
    assert wizard.currentId() == SetupWizard.ORGANISATION
    assert MYANMAR.search(wizard.organisation.title())
    assert last_language() == "my"


def _new_caseworker(store: Store) -> None:
    users.create_user(store, "aye", "Ma Aye", Role.CASEWORKER, NEW_PASSWORD)


def _sign_in_through_the_app(qtbot, db_path: Path, username: str, code: str | None) -> str:
    """run_app as a person starts it: the sign-in window, the language picked there (if
    ``code``), then the main window. Returns the language the main window opened in."""
    seen: dict[str, str] = {}

    def sign_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, sign_in)
            return
        if code is not None:
            choose(dialog.language, code)
        dialog.username.setText(username)
        qtbot.keyClicks(dialog.password, NEW_PASSWORD)
        qtbot.mouseClick(dialog.sign_in, LEFT)
        QTimer.singleShot(50, look_and_quit)

    def look_and_quit() -> None:
        visible = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not visible:
            QTimer.singleShot(20, look_and_quit)
            return
        seen["language"] = i18n.current_language()
        seen["user"] = visible[0].user_label.text()
        visible[0].close()

    QTimer.singleShot(0, sign_in)
    assert app_runs.run_app(db_path) == 0
    return seen["language"]


def test_a_new_users_first_session_opens_in_the_language_chosen_at_sign_in(
    qtbot, store: Store, db_path: Path
) -> None:
    _new_caseworker(store)
    store.close()
    assert _sign_in_through_the_app(qtbot, db_path, "aye", "my") == "my"
    # Remembered for the user: the next sign-in opens in Burmese without touching the picker,
    # even when the laptop was last used in Thai.
    i18n.set_language("th")
    app_module.set_last_language("th")
    assert _sign_in_through_the_app(qtbot, db_path, "aye", None) == "my"


def test_a_new_user_who_does_not_touch_the_picker_keeps_the_laptops_language(
    qtbot, store: Store, db_path: Path
) -> None:
    _new_caseworker(store)
    store.close()
    app_module.set_last_language("th")
    assert _sign_in_through_the_app(qtbot, db_path, "aye", None) == "th"


def test_lang_forces_the_language_of_the_run(monkeypatch) -> None:
    monkeypatch.setenv("SAPHAN_LANG", "my")
    assert i18n.start_language("th") == "my"
    monkeypatch.delenv("SAPHAN_LANG")
    assert i18n.start_language("th") == "th"


def test_lang_refuses_a_language_saphan_does_not_have(capsys) -> None:
    from desktop.cli import main

    assert main(["--lang", "xx"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("saphan: unknown language 'xx': choose one of en, my, th")
    assert "\n" not in err  # one line, no traceback


def test_a_closed_main_window_is_not_rebuilt_when_a_language_is_picked_afterwards(
    qtbot, store: Store
) -> None:
    """After a restore the old window is closed, its store closed, and the sign-in window
    shows while the old window waits to be deleted: picking Burmese there rebuilt the old
    window's pages on the closed store, which crashed the app."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = window.pages.built()
    assert before  # the first page is built
    window.close()
    i18n.set_language("my")
    QApplication.processEvents()
    qtbot.wait(20)  # the re-translation runs from a zero-interval timer
    assert window.pages.built() == before
    assert all(window.pages.built()[k] is page for k, page in before.items())
