"""Inactivity watch and screen lock for the main window.

An application-wide event filter restarts a timer on every key, click or mouse movement, in any
window of the app. When it runs out (or on Ctrl+L, which also works while a dialog has the
focus), the window shows its lock screen and every open dialog is hidden — hidden, not closed,
so a half-filled form is still there after unlocking."""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


_QUESTIONS = (QMessageBox, QFileDialog, QInputDialog)


def is_lock_key(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_L and mods == Qt.KeyboardModifier.ControlModifier


class InactivityWatch(QObject):
    """Emits ``idle`` after ``lock_after_ms`` without input (0 = never), ``lock_key`` on
    Ctrl+L anywhere in the app."""

    idle = Signal()
    lock_key = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._paused = False
        self._lock_after_ms = 0
        self.last_activity = time.monotonic()  # when the count last started again
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def lock_after_ms(self) -> int:
        return self._lock_after_ms

    @lock_after_ms.setter
    def lock_after_ms(self, ms: int) -> None:
        self._lock_after_ms = max(0, ms)
        self.restart()

    def set_minutes(self, minutes: int) -> None:
        self.lock_after_ms = max(0, minutes) * 60_000

    def restart(self) -> None:
        if self._paused or self._lock_after_ms <= 0:
            self._timer.stop()
        else:
            self.last_activity = time.monotonic()
            self._timer.start(self._lock_after_ms)

    def pause(self) -> None:
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        self._paused = False
        self.restart()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and is_lock_key(event):
            self.lock_key.emit()
            return True
        if kind in _ACTIVITY and not self._paused and self._lock_after_ms > 0:
            self.last_activity = time.monotonic()
            self._timer.start(self._lock_after_ms)
        return False


class HiddenDialogs:
    """Hides every visible dialog of the app and shows them again later, parents first."""

    def __init__(self, keep: Callable[[QWidget], bool] = lambda _w: False) -> None:
        self._keep = keep
        self._hidden: list[QWidget] = []

    def hide_all(self) -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:  # open menus and calendars: closed, they hold no input
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog)
            and w.isVisible()
            and not isinstance(w, QProgressDialog)
            and not self._keep(w)
        ]
        dialogs.sort(key=_depth)
        for dialog in reversed(dialogs):  # children first, so no modal one is left on top
            if isinstance(dialog, _QUESTIONS):
                # A question or file chooser holds no typed data: it is answered "Cancel"
                # (its safe default), rather than coming back later without its caller.
                dialog.reject()
            else:
                dialog.hide()
                self._hidden.append(dialog)
        self._hidden.sort(key=_depth)

    def show_all(self) -> None:
        hidden, self._hidden = self._hidden, []
        for dialog in hidden:
            if shiboken6.isValid(dialog):
                dialog.show()
                dialog.raise_()
                dialog.activateWindow()

    @property
    def hidden(self) -> list[QWidget]:
        return [w for w in self._hidden if shiboken6.isValid(w)]


def _depth(widget: QWidget) -> int:
    depth = 0
    parent = widget.parentWidget()
    while parent is not None:
        depth += 1
        parent = parent.parentWidget()
    return depth
