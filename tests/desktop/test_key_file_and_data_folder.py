"""Signing in without a key file, a damaged one, and where the data and backups live."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from db import backup, keys
from db.errors import KeyFileCorrupt, KeyFileMissing
from db.store import Store
from desktop import app as app_module
from desktop.errors import describe
from desktop.main_window import MainWindow
from desktop.settings_page.page import SettingsPage
from tests.conftest import ADMIN_PASSWORD
from tests.desktop import app_runs
from tests.desktop.test_login import LEFT, open_login, visible_messages, wait_unlocked


def test_a_missing_key_file_shows_sign_in_saying_so_not_the_setup_wizard(
    qtbot, store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    keys.KeyFile.path_for(db_path).unlink()
    shown: list[str] = []

    class StandIn:
        def __init__(self, kind: str) -> None:
            shown.append(kind)
            self.store = None

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(app_module, "SetupWizard", lambda _path: StandIn("wizard"))
    monkeypatch.setattr(app_module, "LoginDialog", lambda _path: StandIn("sign-in"))
    assert app_module.sign_in(db_path) is None
    assert shown == ["sign-in"]


def test_the_sign_in_dialog_says_the_key_file_is_missing_and_how_to_get_it_back(
    qtbot, store: Store, db_path: Path
) -> None:
    store.close()
    keys.KeyFile.path_for(db_path).unlink()
    dialog = open_login(qtbot, db_path)
    for text in (dialog.cso_label.text(), None):
        if text is None:
            qtbot.keyClicks(dialog.username, "admin")
            qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
            qtbot.mouseClick(dialog.sign_in, LEFT)
            wait_unlocked(qtbot, dialog)
            [text] = visible_messages(dialog)
        assert "key file saphan.db.keys is missing" in text
        assert str(db_path.parent) in text
        assert "saphan restore --key-file-only" in text
        assert "No Saphan database" not in text
    assert dialog.store is None


def test_key_file_messages_in_words() -> None:
    missing = describe(KeyFileMissing("/data/saphan.db", "/data/saphan.db.keys"))
    assert missing.startswith("The database is here, but its key file saphan.db.keys is missing")
    damaged = describe(KeyFileCorrupt("key derivation parameters out of range"))
    assert "key file next to the database is damaged" in damaged
    assert "out of range" not in damaged  # the detail is for developers, not the sentence


def test_the_backup_dialog_starts_in_the_backups_folder_beside_the_database(
    qtbot, main_window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[object, ...]] = []

    def choose(*args: object, **_kwargs: object) -> str:
        asked.append(args)
        return ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    main_window.show_page("settings")
    page = main_window.pages["settings"]
    assert isinstance(page, SettingsPage)
    qtbot.mouseClick(page.backup_button, LEFT)
    [args] = asked
    start = Path(str(args[2]))
    assert start == backup.default_backup_folder(store.path) == store.path.parent / "Backups"
    assert start.is_dir()


def test_the_default_backup_folder_is_under_the_users_profile() -> None:
    """%LOCALAPPDATA%\\Saphan\\Backups on Windows: never the folder the app started in."""
    folder = backup.default_backup_folder(app_module.default_db_path())
    assert folder.is_relative_to(Path.home())
    assert folder.parent == app_module.default_db_path().parent


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_apps_own_data_folder_is_made_private_at_start(
    qtbot, store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path.parent.chmod(0o755)  # as earlier versions left it
    monkeypatch.setattr(app_module, "default_db_path", lambda: db_path)

    def quit_soon() -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.close()

    QTimer.singleShot(50, quit_soon)
    assert app_runs.run_app(db_path, store=store) == 0
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
