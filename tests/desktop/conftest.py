"""Desktop fixtures: the main window on a fresh encrypted database, and helpers that answer
modal dialogs the way a person would (by clicking a button with the given text)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from db import setup
from db.store import Store
from db.types import Role
from db.users import create_user
from desktop.main_window import MainWindow
from desktop.tasks import collect_garbage_on_gui_thread
from tests.conftest import ADMIN_PASSWORD

COORDINATOR_PASSWORD = "coordinator-2026"


@pytest.fixture
def coordinator_store(tmp_path: Path) -> Iterator[Store]:
    """Another database (the network's), signed in with the coordinator role."""
    path = tmp_path / "coordinator" / "saphan.db"
    admin = setup.create_cso_database(
        path,
        cso_code="NET",
        cso_name="Network coordination",
        admin_username="admin",
        admin_full_name="Admin",
        admin_password=ADMIN_PASSWORD,
    ).store
    create_user(admin, "coord", "Naw Coordinator", Role.COORDINATOR, COORDINATOR_PASSWORD)
    admin.close()
    store = setup.open_database(path, "coord", COORDINATOR_PASSWORD)
    yield store
    store.close()


@pytest.fixture
def main_window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def click_in_next_modal(button_text: str, seen: list[str] | None = None) -> None:
    """When the next modal dialog with a button labelled ``button_text`` opens, click it.
    The dialog's text is appended to ``seen`` so the test can check what was asked.

    Modals without that button (e.g. a progress dialog shown while background work runs on a
    busy machine) are waited out, not answered. Gives up after 20 s."""

    def attempt(tries: int = 0) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            for button in modal.findChildren(QAbstractButton):
                if button.text().replace("&", "") == button_text and button.isVisible():
                    if seen is not None:
                        seen.append(_visible_text(modal))
                    button.click()
                    return
        if tries < 2000:
            QTimer.singleShot(10, lambda: attempt(tries + 1))

    QTimer.singleShot(0, attempt)


def activate(qtbot, window: QWidget) -> None:
    """Make ``window`` the active window again (the offscreen platform does not always do it
    when a dialog closes), so its keyboard shortcuts work."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as a keyboard would, including Myanmar and Thai letters
    (QTest.keyClicks only knows Latin-1). Each character is a key press carrying its text,
    as a Burmese or Thai keyboard layout sends it."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def _visible_text(widget: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.text())


@pytest.fixture
def answer_next() -> Callable[..., None]:
    return click_in_next_modal


@pytest.fixture(autouse=True)
def collect_on_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app: Python's cycle collector runs on the GUI thread only (a widget of an
    earlier test collected on a pool thread would crash the run); after each test, its
    background work ends and its garbage is collected here."""
    collector = collect_garbage_on_gui_thread(qapp)
    yield
    QThreadPool.globalInstance().waitForDone(30000)
    collector.collect_if_due()


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings (e.g. the last user name) in a fresh folder per test, never the real ones."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
