"""Start-up: the QApplication, fonts and look, then setup or sign-in, then the main window.

The sign-in window is the first thing a user waits for, so it paints before anything heavy is
loaded: this module imports Qt and small modules only; SQLAlchemy, the migrations, the main
window (pyqtgraph, python-docx) and the setup wizard are imported when they are needed
(tests/desktop/test_startup.py checks it).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from db import keys, remember, switch
from db.errors import SaphanError
from db.file_modes import PRIVATE_FOLDER, tighten
from desktop import i18n
from desktop.crash import dialog as crash_dialog
from desktop.crash import hook as crash_hook
from desktop.fonts import install_script_fallbacks
from desktop.languages import forced_language
from desktop.login.dialog import LoginDialog
from desktop.login.last_user import last_language, last_username, set_last_language
from desktop.style import apply_style
from desktop.tasks import collect_garbage_on_gui_thread

if TYPE_CHECKING:
    from db.store import Store
    from desktop.main_window import MainWindow
    from desktop.setup_wizard.wizard import SetupWizard


def __getattr__(name: str) -> Any:
    """The setup wizard and the message boxes (which import every module's errors, through
    desktop.errors), imported when first used; a test may put a stand-in here."""
    if name == "SetupWizard":
        from desktop.setup_wizard.wizard import SetupWizard

        return SetupWizard
    if name == "dialogs":
        from desktop.widgets import dialogs

        return dialogs
    raise AttributeError(name)


def _this() -> ModuleType:
    return sys.modules[__name__]


APP_NAME = "Saphan"
# Smoke tests and start-up benchmarks: print WINDOW_SHOWN once the main window is up and the
# event loop runs, then quit after this many milliseconds (e.g. ``saphan --demo``).
SMOKE_EXIT_ENV = "SAPHAN_SMOKE_EXIT_MS"
WINDOW_SHOWN = "saphan: main window shown"
# Start-up benchmarks and tests: print SIGN_IN_SHOWN once the sign-in window is painted, then
# close it (the app ends as if the user quit there).
SMOKE_SIGN_IN_ENV = "SAPHAN_SMOKE_SIGN_IN"
SIGN_IN_SHOWN = "saphan: sign-in window shown"

translate = QCoreApplication.translate


def default_db_path() -> Path:
    """Where the CSO's database lives: the user's data folder (per Windows account)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "saphan.db"


STYLED = "saphan_styled"  # a QApplication property: style and script fonts applied


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one if any), with fonts, style and translations."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv)
    # Qt objects must never be destroyed by a collection that happens on a worker thread.
    collect_garbage_on_gui_thread(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setQuitOnLastWindowClosed(True)
    crash_dialog.attach()  # from now on an unexpected error shows the crash dialog
    if not app.property(STYLED):
        # Once per application, before its first window: styling again re-polishes every
        # widget there is (a second run_app in one process, as the tests do).
        apply_style(app)
        install_script_fallbacks(app)
        app.setProperty(STYLED, True)
    # Before anyone signs in: the language given with --lang, else the one last used on this
    # Windows account, else Windows'.
    i18n.set_language(i18n.start_language(last_language()))
    return app


def finish_interrupted(db_path: Path) -> bool:
    """Complete or undo a restore or first setup that a crash (a power cut, a closed lid)
    interrupted, remove what it left behind, and tell the user what was done. False when it
    cannot be done now (the user has been told why)."""
    try:
        done = switch.clear_interrupted(db_path)
    except SaphanError as exc:
        _this().dialogs.show_error(
            None, translate("Startup", "Saphan cannot open the database"), exc
        )
        return False
    title = translate("Startup", "Saphan was interrupted")
    if done.restore_completed:
        _this().dialogs.inform(
            None,
            title,
            translate(
                "Startup",
                "Restoring a backup was interrupted; it has now been completed. The data that "
                "was on this laptop before is kept as {safety}.",
            ).format(safety=str(done.kept_copy) if done.kept_copy else "—"),
        )
    if done.restore_undone:
        _this().dialogs.inform(
            None,
            title,
            translate(
                "Startup",
                "Restoring a backup was interrupted before it could finish, so it has been "
                "undone: the data on this laptop is as it was before.",
            ),
        )
    if done.setup_cleared:
        _this().dialogs.inform(
            None,
            title,
            translate(
                "Startup",
                "Setting up Saphan was interrupted before it could finish. The unfinished "
                "database held no records and has been removed: please set up Saphan again.",
            ),
        )
    return True


def sign_in(db_path: Path) -> Store | None:
    """The first-run wizard when there is no database yet; no dialog at all when the last
    user asked to be remembered on this Windows account; else the sign-in dialog.
    None when the user gave up."""
    if not finish_interrupted(db_path):
        return None
    # A database without its key file is no new laptop: the sign-in dialog then says that the
    # key file is missing and how to get it back (the wizard would refuse to overwrite it).
    if not keys.database_exists(db_path) and not db_path.exists():
        return first_run(db_path)
    username = last_username(db_path)
    if username and remember.is_remembered(db_path, username):
        store = remember.open_remembered(db_path, username)
        if store is not None:
            return store
    login = LoginDialog(db_path)
    if os.environ.get(SMOKE_SIGN_IN_ENV):
        QTimer.singleShot(0, lambda: _smoke_sign_in(login))
    if login.exec() != QDialog.DialogCode.Accepted:
        return None
    if login.store is not None and login.chosen_language and not forced_language():
        # Picked before signing in: from now on the language of this user.
        from db import users

        with contextlib.suppress(SaphanError):
            users.set_language(login.store, login.chosen_language)
    return login.store


def _smoke_sign_in(login: QDialog) -> None:
    login.repaint()  # painted, not merely shown
    print(SIGN_IN_SHOWN, flush=True)
    login.reject()


def first_run(db_path: Path) -> Store | None:
    """The setup wizard; or, when the person chooses to join their CSO's team, the join
    dialog (giving up there goes back to the wizard)."""
    wizard_class: type[SetupWizard] = _this().SetupWizard
    while True:
        wizard = wizard_class(db_path)
        result = wizard.exec()
        if result == wizard_class.JOIN:
            from desktop.team.join import JoinTeamDialog

            join = JoinTeamDialog(db_path)
            if join.exec() == QDialog.DialogCode.Accepted and join.store is not None:
                return join.store
            continue
        if result != QDialog.DialogCode.Accepted:
            return None
        if wizard.store is not None and not forced_language():
            from db import users

            # The administrator keeps the language the wizard was shown in.
            with contextlib.suppress(SaphanError):
                users.set_language(wizard.store, i18n.current_language())
        return wizard.store


def run_app(db_path: Path, store: Store | None = None, argv: list[str] | None = None) -> int:
    """Create the QApplication (if none), then show the main window: signed in already when
    ``store`` is given (demo), after the setup wizard when no database exists at ``db_path``,
    else after the sign-in dialog. Returns the exit code of the event loop."""
    app = make_application(argv)
    if db_path.parent == default_db_path().parent:
        # Saphan's own folder in the user's profile: only this account may list it (earlier
        # versions left it to the umask). A folder given with --db is left as it is.
        tighten(db_path.parent, PRIVATE_FOLDER)
    crash_hook.set_context("database file", db_path.name)  # the name only: no account folder
    if store is None:
        store = sign_in(db_path)
        if store is None:
            return 0
    session = _Session(app, db_path)
    session.show(store)
    smoke_ms = os.environ.get(SMOKE_EXIT_ENV)
    if smoke_ms is not None:
        QTimer.singleShot(0, lambda: print(WINDOW_SHOWN, flush=True))
        QTimer.singleShot(int(smoke_ms), app.quit)
    return app.exec()


class _Session:
    """The one main window, replaced by a new one after a restore (sign in again)."""

    def __init__(self, app: QApplication, db_path: Path) -> None:
        self.app = app
        self.db_path = db_path
        self.window: MainWindow | None = None
        self.store: Store | None = None
        app.aboutToQuit.connect(self._close_store)

    def show(self, store: Store) -> None:
        from desktop.main_window import MainWindow, apply_preferences

        self.store = store
        # Each user works in their own language and calendar, remembered in the database.
        language = apply_preferences(store)
        if not forced_language():
            set_last_language(language)
        self.window = MainWindow(store)
        self.window.sign_in_again.connect(self.sign_in_again)
        self.window.show_on_screen()

    def _close_store(self) -> None:
        if self.store is not None:
            self.store.close()

    def sign_in_again(self) -> None:
        # Closing the last window would end the app before the sign-in dialog is shown.
        self.app.setQuitOnLastWindowClosed(False)
        old = self.window
        if old is not None:
            old.close()
            old.deleteLater()
        self._close_store()
        self.store = None
        store = sign_in(self.db_path)
        self.app.setQuitOnLastWindowClosed(True)
        if store is None:
            self.app.quit()
            return
        self.show(store)
