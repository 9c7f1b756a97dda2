"""An input with its validation message underneath, shown only when there is a problem."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLayout, QVBoxLayout, QWidget

from desktop.style import set_role


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its content at its width (never smaller)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = (
        layout.totalHeightForWidth(window.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > window.height():
        window.resize(window.width(), needed)


class FieldMessage(QLabel):
    """Red text under a field; hidden (and taking no space) when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if text and isinstance(self.window(), QDialog):
            # A wrapped message needs more height than the dialog had: grow it once laid out.
            dialog = self.window()

            def grow() -> None:
                if shiboken6.isValid(dialog):
                    grow_to_fit(dialog)

            QTimer.singleShot(0, grow)

    def clear_message(self) -> None:
        self.show_message("")


class Field(QWidget):
    """An editor (widget or layout) stacked over its :class:`FieldMessage`."""

    def __init__(self, editor: QWidget | QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(editor, QLayout):
            layout.addLayout(editor)
        else:
            layout.addWidget(editor)
            self.setFocusProxy(editor)
        self.message = FieldMessage(self)
        layout.addWidget(self.message)
