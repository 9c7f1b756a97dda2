"""The Share page runs pulls and publishes off the GUI thread, through the sharing pipeline,
with progress and Cancel: the window keeps answering while a slow shared folder is read, and
a publish cancelled before it writes anything leaves everything as it was."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from db import sharing
from db.store import Store
from desktop.main_window import MainWindow
from desktop.share_page.page import SharePage
from directory import folder as shared
from directory.sharing import pipeline, state
from tests.directory.conftest import member_network

SLOW = 10.0  # seconds a blocked step waits at most (the test releases it long before)


def share_page(qtbot, store: Store) -> tuple[MainWindow, SharePage]:
    """The window (keep it: qtbot holds it weakly) and its Share page."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_page("share")
    page = window.pages["share"]
    assert isinstance(page, SharePage)
    return window, page


def held(real: Callable[..., Any]) -> tuple[Callable[..., Any], list[int], threading.Event]:
    """``real``, recording the thread it runs on and waiting until released."""
    threads: list[int] = []
    release = threading.Event()

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        release.wait(SLOW)
        return real(*args, **kwargs)

    return wrapper, threads, release


def test_the_folder_pull_runs_in_a_worker_and_the_window_keeps_answering(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = member_network(store)
    folder = tmp_path / "shared"
    shared.write_network(folder, network)
    state.set_shared_folder(store, folder)
    _window, page = share_page(qtbot, store)
    slow_read, threads, release = held(shared.read_json_file)
    monkeypatch.setattr(shared, "read_json_file", slow_read)

    qtbot.mouseClick(page.pull_button, Qt.MouseButton.LeftButton)
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked) and bool(threads), timeout=5000)  # painting goes on
    assert page.result_label.text() == "Pulling…"
    assert not page.pull_button.isEnabled()  # not twice at once
    release.set()
    qtbot.waitUntil(lambda: page.result_label.text().startswith("Pulled"), timeout=15000)

    assert threads
    assert threading.main_thread().ident not in threads
    assert state.stored_network(store) == network  # trusted on first use and kept
    assert page.pull_button.isEnabled()
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=15000)  # the preview follows


def test_a_publish_cancelled_before_it_writes_changes_nothing(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = member_network(store)
    folder = tmp_path / "shared"
    folder.mkdir()
    state.accept_network(store, network)
    state.set_shared_folder(store, folder)
    _window, page = share_page(qtbot, store)
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=15000)  # the preview
    slow_build, threads, release = held(pipeline.build_bundle)
    monkeypatch.setattr(pipeline, "build_bundle", slow_build)

    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    task = page.task
    assert task is not None
    assert task.progress is not None
    task.progress.canceled.emit()  # what its Cancel button does
    release.set()
    expected = "Cancelled: nothing was published."
    qtbot.waitUntil(lambda: page.result_label.text() == expected, timeout=15000)

    assert threading.main_thread().ident not in threads
    assert sharing.last_bundle_revision(store) == 0  # no revision claimed
    assert not (folder / "bundles").exists()
    assert state.last_publish(store) is None  # nothing happened, nothing to remember
    assert page.publish_button.isEnabled()

    # Not cancelled, the same button publishes.
    release.set()
    with qtbot.waitSignal(page.published, timeout=15000):
        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    revision = sharing.last_bundle_revision(store)  # the one publishing reserved
    assert revision > 0
    assert page.result_label.text() == f"Published revision {revision} to {folder}."
