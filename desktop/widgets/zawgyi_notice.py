"""An inline offer to convert Zawgyi-encoded Burmese to Unicode, under a text field.

Zawgyi text looks right only in a Zawgyi font and is not found by a search typed in Unicode.
Many people in Mae Sot still type or paste it from older phones. The notice appears while they
type (after a short pause) or when they leave the field, shows the Unicode spelling, and
converts only when they say so: the converter is wrong on a few words.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.myanmar_text import looks_like_zawgyi, zawgyi_to_unicode
from desktop.fonts import script_font

CHECK_DELAY_MS = 400


class ZawgyiNotice(QFrame):
    """Watches ``editor``; emits ``converted`` after the text was replaced by its Unicode
    spelling (so that the form knows it was edited)."""

    converted = Signal()

    def __init__(self, editor: QLineEdit | QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zawgyiNotice")
        self.setStyleSheet(
            "#zawgyiNotice { background: #fff6d6; border: 1px solid #e0c36a; border-radius: 4px; }"
        )
        self.editor = editor
        self._kept = ""  # the text the person chose to keep as typed
        self._unicode = ""
        self.question = QLabel(self.tr("This looks like Zawgyi text. Convert it to Unicode?"), self)
        self.question.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setFont(script_font(self.preview.font()))
        self.preview.setWordWrap(True)
        self.convert_button = QPushButton(self.tr("Convert"), self)
        self.keep_button = QPushButton(self.tr("Keep as typed"), self)
        self.convert_button.clicked.connect(self.convert)
        self.keep_button.clicked.connect(self.keep)
        buttons = QHBoxLayout()
        buttons.addWidget(self.convert_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.question)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        self.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        editor.textChanged.connect(self._timer.start)
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(self.check)

    def text(self) -> str:
        editor = self.editor
        return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()

    def check(self) -> None:
        """Show the offer when the field holds Zawgyi the person has not chosen to keep."""
        self._timer.stop()
        text = self.text()
        if (
            self.editor.isReadOnly()
            or not text.strip()
            or text == self._kept
            or not looks_like_zawgyi(text)
        ):
            self.hide()
            return
        self._unicode = zawgyi_to_unicode(text)
        self.preview.setText(self.tr("In Unicode: {text}").format(text=self._unicode))
        self.show()

    def convert(self) -> None:
        converted = self._unicode or zawgyi_to_unicode(self.text())
        self._timer.stop()
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(converted)
        else:
            self.editor.setPlainText(converted)
        self._timer.stop()
        self.hide()
        self.converted.emit()

    def keep(self) -> None:
        self._kept = self.text()
        self.hide()
        self.editor.setFocus()


def attach_zawgyi_notice(editor: QLineEdit | QPlainTextEdit, layout: QVBoxLayout) -> ZawgyiNotice:
    """Put a Zawgyi notice for ``editor`` at the end of ``layout`` (e.g. under the field)."""
    notice = ZawgyiNotice(editor, layout.parentWidget())
    layout.addWidget(notice)
    return notice
