"""Long work in the app: a backup and an import show how far they are and can be cancelled.
A cancelled backup leaves no file (and says the USB stick may be removed); a cancelled import
changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from db import backup, beneficiaries
from db.types import PersonQuery
from desktop import tasks
from desktop.main_window import MainWindow
from desktop.settings_page.page import SettingsPage
from desktop.tasks import Task
from tests.db.test_importing import messy_workbook
from tests.desktop.protection_helpers import LEFT, answer_message_box
from tests.desktop.test_import_wizard import _choose_file, _give_consent, _next, _open_wizard


@pytest.fixture
def cancel_at_once(monkeypatch: pytest.MonkeyPatch) -> list[Task]:
    """Every task started is cancelled through its dialog's Cancel button before it runs:
    its first progress report then stops it."""
    started: list[Task] = []
    real_start = tasks._start

    def start(task: Task) -> None:
        started.append(task)
        if task.progress is not None:
            task.progress.canceled.emit()  # what the Cancel button does
        real_start(task)

    monkeypatch.setattr(tasks, "_start", start)
    return started


def test_a_cancelled_backup_leaves_no_file_and_says_the_stick_may_be_removed(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch, cancel_at_once
) -> None:
    main_window.show_page("settings")
    page = main_window.pages["settings"]
    assert isinstance(page, SettingsPage)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    seen: list[str] = []
    answer_message_box("OK", seen)
    qtbot.mouseClick(page.backup_button, LEFT)
    (task,) = cancel_at_once
    assert task.progress is not None
    assert "Do not unplug the USB stick" in task.progress.labelText()
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    assert "cancelled and nothing was saved" in seen[0]
    assert "USB stick can be removed" in seen[0]
    assert list(usb.iterdir()) == []
    assert backup.last_backup_at(main_window.store) is None
    assert page.flows.task is None


def test_backup_progress_shows_sizes_and_time_left(qtbot) -> None:
    task = Task(None, lambda _r: None, lambda _e: None, None)
    task.label, task.note = "Making a backup…", "Do not unplug the USB stick."
    text = task.progress_text(1024 * 1024, 4 * 1024 * 1024, 10.0)
    lines = text.splitlines()
    assert lines[0] == "Making a backup…"
    assert "1.0 MB of 4.0 MB" in lines[1]
    assert "about 30 s left" in lines[1]
    assert lines[2] == "Do not unplug the USB stick."
    assert "left" not in task.progress_text(0, 100, 10.0)  # nothing to go by yet
    assert tasks.time_left_text(125) == "about 3 min left"


def test_a_cancelled_import_changes_nothing(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    _page, wizard = _open_wizard(qtbot, main_window)
    _choose_file(qtbot, wizard, messy_workbook(tmp_path / "list.xlsx"))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _give_consent(qtbot, wizard)
    _next(qtbot, wizard)
    started: list[Task] = []
    real_start = tasks._start

    def start(task: Task) -> None:
        started.append(task)
        task.cancel()  # Cancel pressed before the first person was counted
        real_start(task)

    monkeypatch.setattr(tasks, "_start", start)
    _next(qtbot, wizard)  # Import
    summary = wizard.summary_page
    qtbot.waitUntil(lambda: summary.finished, timeout=5000)
    assert len(started) == 1
    assert "cancelled" in summary.message.text()
    assert summary.summary is None
    assert beneficiaries.count_people(main_window.store, PersonQuery()) == 0
    QCoreApplication.processEvents()
