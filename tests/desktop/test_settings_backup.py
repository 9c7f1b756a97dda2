"""The Settings page: auto-lock, backup to a folder, restore (refused and accepted), and the
backup reminder in the main window."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from db import backup, beneficiaries, settings, setup
from db.types import PersonQuery
from desktop.main_window import MainWindow
from desktop.settings_page.page import SettingsPage
from desktop.settings_page.restore_dialog import RestoreDialog
from tests.conftest import ADMIN_PASSWORD
from tests.desktop.protection_helpers import LEFT, a_person, answer_message_box


def settings_page(qtbot, window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    qtbot.waitExposed(page)
    return page


def names(window: MainWindow) -> list[str]:
    return [r.name_latin for r in beneficiaries.find_people(window.store, PersonQuery())]


def back_up_through_page(
    qtbot, page: SettingsPage, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    folder.mkdir(exist_ok=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    seen: list[str] = []
    answer_message_box("OK", seen)
    qtbot.mouseClick(page.backup_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    return seen


def test_backup_reminder_then_backup_to_a_usb_folder(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main_window.notice.isVisible()
    assert main_window.notice.label.text() == "There is no backup yet."
    assert main_window.notice.action_button.text() == "Back up now…"

    page = settings_page(qtbot, main_window)
    assert page.last_backup_label.text() == "There is no backup yet."
    usb = tmp_path / "usb"
    seen = back_up_through_page(qtbot, page, usb, monkeypatch)

    files = list(usb.glob("saphan-BEAM-*.saphan-backup"))
    assert len(files) == 1
    assert f"The backup was saved as {files[0].name}" in seen[0]
    assert " kB) in " in seen[0]
    assert page.last_backup_label.text().startswith("Last backup: ")
    assert not main_window.notice.isVisible()
    assert not backup.backup_overdue(main_window.store)


def test_the_reminder_button_makes_the_backup(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    seen: list[str] = []
    answer_message_box("OK", seen)
    qtbot.mouseClick(main_window.notice.action_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    assert main_window.stack.currentWidget() is main_window.pages["settings"]
    assert list(tmp_path.glob("*.saphan-backup"))


def test_a_failed_backup_says_why(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = settings_page(qtbot, main_window)
    missing = tmp_path / "unplugged-usb"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(missing))
    seen: list[str] = []
    answer_message_box("OK", seen)
    qtbot.mouseClick(page.backup_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    assert "Traceback" not in seen[0]
    assert seen[0]  # a sentence, e.g. "Saphan could not write to the disk…"
    assert page.last_backup_label.text() == "There is no backup yet."


def _damaged_copy(good: Path, out: Path) -> Path:
    """The same manifest, but the database inside changed: the checksum no longer matches."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "saphan.db":
                data = data[:4096] + bytes(b ^ 0xFF for b in data[4096:8192]) + data[8192:]
            dst.writestr(item, data)
    return out


def restore_through_page(
    qtbot,
    page: SettingsPage,
    backup_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    finish: bool = True,
) -> list[str]:
    """Restore ``backup_file`` as a person would; ``finish=False``: return once the restore
    has started (the message box that ends it is left to the caller)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup_file), ""))
    qtbot.mouseClick(page.restore_button, LEFT)
    dialog = page.flows.restore_dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitExposed(dialog)
    assert "Organisation: BEAM" in dialog.findChildren(type(dialog.other_cso))[0].text()
    assert dialog.username.text() == "admin"
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    seen: list[str] = []
    answer_message_box("Replace the data", seen)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: len(seen) >= 1)
    if not finish:
        return seen
    answer_message_box("OK", seen)
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=15_000)
    return seen


def test_a_damaged_backup_is_refused_and_nothing_changes(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = main_window.store
    beneficiaries.register_person(store, a_person("Ma Before"))
    good = backup.backup_database(store, tmp_path)
    beneficiaries.register_person(store, a_person("Ko After"))
    damaged = _damaged_copy(good.path, tmp_path / "damaged.saphan-backup")

    page = settings_page(qtbot, main_window)
    seen = restore_through_page(qtbot, page, damaged, monkeypatch)
    assert seen[0].startswith("This replaces the data on this laptop with the backup from ")
    assert "The current data is kept beside it as a safety copy." in seen[0]
    assert seen[1] == (
        "This backup is damaged and cannot be restored. Try another copy of the backup."
    )
    # Everything as it was, and the window still works with the same store.
    assert sorted(names(main_window)) == ["Ko After", "Ma Before"]
    assert not list(store.path.parent.glob("*.before-restore-*"))


def test_a_file_that_is_not_a_backup_is_refused_at_once(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "holiday.jpg"
    fake.write_bytes(b"\xff\xd8\xff not a backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    page = settings_page(qtbot, main_window)
    seen: list[str] = []
    answer_message_box("OK", seen)
    qtbot.mouseClick(page.restore_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["This file is not a Saphan backup."]
    assert page.flows.restore_dialog is None


def test_restore_replaces_the_data_and_asks_to_sign_in_again(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = main_window.store
    beneficiaries.register_person(store, a_person("Ma Before"))
    good = backup.backup_database(store, tmp_path)
    beneficiaries.register_person(store, a_person("Ko After"))
    page = settings_page(qtbot, main_window)
    with qtbot.waitSignal(main_window.sign_in_again, timeout=15_000):
        seen = restore_through_page(qtbot, page, good.path, monkeypatch)
    assert seen[1].startswith("The backup from ")
    assert "Sign in again" in seen[1]
    reopened = setup.open_database(store.path, "admin", ADMIN_PASSWORD)
    try:
        people = beneficiaries.find_people(reopened, PersonQuery())
        assert [p.name_latin for p in people] == ["Ma Before"]
    finally:
        reopened.close()
    (kept,) = store.path.parent.glob("*.before-restore-*[0-9]")
    # The message says where the replaced data is, in full, and that copy opens.
    assert f"The data that was on this laptop before is kept as {kept}." in seen[1]
    replaced = setup.open_database(kept, "admin", ADMIN_PASSWORD)
    try:
        people = beneficiaries.find_people(replaced, PersonQuery())
        assert sorted(p.name_latin for p in people) == ["Ko After", "Ma Before"]
    finally:
        replaced.close()


def test_auto_lock_minutes_are_saved_and_applied(qtbot, main_window: MainWindow) -> None:
    page = settings_page(qtbot, main_window)
    assert page.auto_lock.value() == 10
    page.auto_lock.setValue(3)
    page.save_auto_lock()
    assert settings.auto_lock_minutes(main_window.store) == 3
    assert main_window.lock.lock_after_ms == 3 * 60_000
    page.auto_lock.setValue(0)
    assert page.auto_lock.text() == "Never"
    page.save_auto_lock()
    assert not main_window.lock.is_running()
