"""Long work in the app: a backup, a restore, an import, a publish, a pull and a merge show how
far they are (sizes and time left, or "Step 2 of 4") and can be cancelled. A cancelled backup
leaves no file (and says the USB stick may be removed); a cancelled import changes nothing; a
cancelled restore leaves the database as it was and no temp file; a cancelled publish, pull or
merge writes, records and keeps nothing."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid
from sqlalchemy import select

from db import backup, beneficiaries, sharing
from db.models import Setting
from db.store import Store
from db.types import PersonQuery
from desktop import tasks
from desktop.coordinator.page import CoordinatorPage
from desktop.main_window import MainWindow
from desktop.settings_page.page import SettingsPage
from desktop.tasks import Task
from directory import folder as shared
from directory.sharing import pipeline, state
from tests.db.test_importing import messy_workbook
from tests.desktop.protection_helpers import LEFT, a_person, answer_message_box
from tests.desktop.test_import_wizard import _choose_file, _give_consent, _next, _open_wizard
from tests.desktop.test_settings_backup import names, restore_through_page, settings_page
from tests.desktop.test_share_pipeline import share_page
from tests.directory.conftest import member_network


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


# --- restore, publish, pull and merge: held part-way, cancelled with the dialog's button -------

SLOW = 10.0  # seconds held work waits at most (the test releases it long before)


@dataclass
class Hold:
    """Work held on its pool thread at one point until the test releases it."""

    reached: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


def hold_part_way(monkeypatch: pytest.MonkeyPatch) -> Hold:
    """The first report of a task measured in bytes with some bytes done (not all) is shown,
    then the work waits there: the test sees the dialog and presses Cancel meanwhile."""
    hold = Hold()
    real = Task.advance

    def advance(self: Task, done: int, total: int) -> None:
        part_way = 0 < done < total and not hold.reached.is_set()
        if part_way:
            self._shown_at = 0.0  # shown at once, whatever was shown just before
        real(self, done, total)
        if part_way:
            hold.reached.set()
            hold.release.wait(SLOW)

    monkeypatch.setattr(Task, "advance", advance)
    return hold


def hold_at_step(monkeypatch: pytest.MonkeyPatch, name: str) -> Hold:
    """A stepped task reports step ``name`` (shown in the dialog), then waits there."""
    hold = Hold()
    real = Task.step

    def step(self: Task, reached: str) -> None:
        real(self, reached)
        if reached == name and not hold.reached.is_set():
            hold.reached.set()
            hold.release.wait(SLOW)

    monkeypatch.setattr(Task, "step", step)
    return hold


def shown_progress(qtbot, hold: Hold, task_of: Callable[[], Task | None]) -> QProgressDialog:
    """The progress dialog once the held work reached its point and the dialog shows it."""
    qtbot.waitUntil(lambda: hold.reached.is_set() and task_of() is not None, timeout=15_000)
    task = task_of()
    assert task is not None
    assert task.progress is not None
    progress = task.progress
    qtbot.waitUntil(progress.isVisible, timeout=5_000)  # after its short delay
    return progress


def press_cancel(qtbot, progress: QProgressDialog, hold: Hold) -> None:
    (button,) = [b for b in progress.findChildren(QPushButton) if b.isVisible()]
    assert button.text() == "Cancel"
    qtbot.mouseClick(button, LEFT)
    hold.release.set()


def files_in(folder: Path) -> list[str]:
    """What is in ``folder`` (SQLite's own -wal/-shm files come and go with connections)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def test_a_cancelled_restore_leaves_the_database_as_it_was_and_no_temp_file(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    store = main_window.store
    beneficiaries.register_person(store, a_person("Ma Before"))
    made = backup.backup_database(store, tmp_path)
    beneficiaries.register_person(store, a_person("Ko After"))
    page = settings_page(qtbot, main_window)
    hold = hold_part_way(monkeypatch)
    store.close()
    before = files_in(store.path.parent)
    database = store.path.read_bytes()
    seen = restore_through_page(qtbot, page, made.path, monkeypatch, finish=False)
    answer_message_box("OK", seen)  # what the restore says at its end
    progress = shown_progress(qtbot, hold, lambda: page.flows.task)

    lines = progress.labelText().splitlines()
    assert lines[0] == "Checking and restoring the backup…"
    assert re.fullmatch(r"[\d.]+ [kKM]?B of [\d.]+ [kKM]?B", lines[1])  # sizes, never a spinner
    assert lines[2] == "Do not unplug the USB stick until the restore is finished."
    assert 0 < progress.value() < progress.maximum()
    press_cancel(qtbot, progress, hold)
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=15_000)

    assert seen[1].startswith("The restore was cancelled. The data on this laptop is as it was")
    assert page.flows.task is None
    assert store.path.read_bytes() == database  # not a byte changed, and nothing beside it
    assert files_in(store.path.parent) == before
    assert sorted(names(main_window)) == ["Ko After", "Ma Before"]  # the window still works


def test_a_publish_shows_its_steps_and_cancelled_part_way_publishes_nothing(
    qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:
    network = member_network(store)
    folder = tmp_path / "shared"
    folder.mkdir()
    state.accept_network(store, network)
    state.set_shared_folder(store, folder)
    _window, page = share_page(qtbot, store)
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=15_000)  # the preview
    hold = hold_at_step(monkeypatch, pipeline.COUNT)

    qtbot.mouseClick(page.publish_button, LEFT)
    progress = shown_progress(qtbot, hold, lambda: page.task)
    qtbot.waitUntil(lambda: "Step 2 of 3" in progress.labelText(), timeout=5_000)
    assert progress.labelText() == "Counting…\nStep 2 of 3"
    assert (progress.value(), progress.maximum()) == (1, 3)
    press_cancel(qtbot, progress, hold)
    expected = "Cancelled: nothing was published."
    qtbot.waitUntil(lambda: page.result_label.text() == expected, timeout=15_000)

    assert os.listdir(folder) == []  # no bundle, no temp file
    assert sharing.last_bundle_revision(store) == 0  # no revision claimed
    assert state.last_publish(store) is None  # nothing recorded as published
    assert page.publish_button.isEnabled()


def test_a_pull_shows_its_steps_and_cancelled_part_way_keeps_nothing(
    qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:
    network = member_network(store)
    folder = tmp_path / "shared"
    shared.write_network(folder, network)
    state.set_shared_folder(store, folder)
    hold = hold_at_step(monkeypatch, pipeline.READ_DIRECTORY)
    _window, page = share_page(qtbot, store)
    before = settings_values(store)

    qtbot.mouseClick(page.pull_button, LEFT)
    progress = shown_progress(qtbot, hold, lambda: page.task)
    qtbot.waitUntil(lambda: "Step 2 of 4" in progress.labelText(), timeout=5_000)
    assert progress.labelText() == "Reading the service directory…\nStep 2 of 4"
    press_cancel(qtbot, progress, hold)
    expected = "Cancelled: nothing was pulled or changed."
    qtbot.waitUntil(lambda: page.result_label.text() == expected, timeout=15_000)

    assert state.stored_network(store) is None  # not trusted, not kept
    assert settings_values(store) == before
    assert page.pull_button.isEnabled()


def test_a_merge_shows_sizes_and_cancelled_part_way_writes_and_keeps_nothing(
    qtbot,
    coordinator_store: Store,
    tmp_path: Path,
    monkeypatch,
) -> None:
    from directory import signing
    from tests.server.conftest import make_bundle, private_key

    folder = tmp_path / "shared"
    (folder / "bundles").mkdir(parents=True)
    window = MainWindow(coordinator_store)
    qtbot.addWidget(window)
    window.show()
    window.show_page("coordinator")
    page = window.pages["coordinator"]
    assert isinstance(page, CoordinatorPage)
    qtbot.mouseClick(page.setup.create_button, LEFT)
    for code in ("BEAM", "KWAT"):
        public = bytes.fromhex(signing.public_key_hex(private_key(code)))
        assert page.setup.add(code, f"{code} CSO", public, signing.key_fingerprint(public))
    assert page.setup.network is not None
    network_id = page.setup.network.network_id
    for code in ("BEAM", "KWAT"):
        bundle = make_bundle(code, 64, network_id)
        (folder / "bundles" / f"{code}.json").write_bytes(shared.encode(bundle.document()))
    page.use_folder(folder)
    before = files_in(folder), settings_values(coordinator_store)
    hold = hold_part_way(monkeypatch)

    qtbot.mouseClick(page.merge_button, LEFT)
    progress = shown_progress(qtbot, hold, lambda: page.task)
    lines = progress.labelText().splitlines()
    assert lines[0] == "Reading and merging the bundles…"
    assert re.fullmatch(r"[\d.]+ [kKM]?B of [\d.]+ [kKM]?B", lines[1])
    press_cancel(qtbot, progress, hold)
    expected = "The merge was cancelled: nothing was merged or written to the folder."
    qtbot.waitUntil(lambda: page.summary.text() == expected, timeout=15_000)

    assert (files_in(folder), settings_values(coordinator_store)) == before  # no directory.json
    assert page.result is None
    assert page.merge_button.isEnabled()

    # Not cancelled, the same button merges and writes the directory.
    hold.release.set()
    with qtbot.waitSignal(page.merged, timeout=15_000):
        qtbot.mouseClick(page.merge_button, LEFT)
    assert "directory.json" in files_in(folder)
    assert page.accepted.column_texts(0) == ["BEAM", "KWAT"]


def test_a_stepped_dialog_counts_its_steps(qtbot) -> None:
    task = Task(None, lambda _r: None, lambda _e: None, None)
    task.steps, task.describe = ("a", "b", "c", "d"), str.upper
    assert task.step_text("c") == "C\nStep 3 of 4"
    assert task.step_text("other") == "OTHER"  # a step not counted: what it does only


def settings_values(store: Store) -> dict[str, Any]:
    with store.read() as session:
        return {row.key: row.value for row in session.scalars(select(Setting))}


def test_a_task_whose_window_closed_meanwhile_still_ends_cleanly(qtbot) -> None:
    """The dialog went with its window while the work ran: the result is still delivered
    (no error from the dialog that is gone)."""
    parent = QWidget()
    release = threading.Event()
    results: list[object] = []

    def work(step: tasks.Step) -> str:
        release.wait(SLOW)
        step("b")
        return "done"

    task = tasks.run_cancellable(
        parent, "Working…", work, results.append, results.append, lambda: None, steps=("a", "b")
    )
    parent.deleteLater()
    qtbot.waitUntil(lambda: task.progress is not None and not isValid(task.progress))
    release.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5_000)
