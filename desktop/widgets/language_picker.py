"""The language picker of the sign-in window and the setup wizard's first page.

Each language is named in its own script (English, မြန်မာ, ไทย, and any language a translator
added), so a person finds theirs whatever the window is showing. Choosing one switches the
interface at once; the window that holds the picker remembers it on this laptop
(``desktop.login.last_user``) for the next start. Once someone signs in, their own language
(kept in the database) applies.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop import i18n
from desktop.fonts import script_font


class LanguagePicker(QWidget):
    """A caption and a list of languages. Emits ``chosen(code)`` after the person picked a
    language (the interface has switched by then)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("languagePicker")
        # Burmese and Thai names need their script's font, whatever the interface shows.
        self.combo.setFont(script_font(self.combo.font()))
        for code, name in i18n.available():
            self.combo.addItem(name, code)
        self.caption.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        self._show_current()
        self.combo.activated.connect(self._picked)
        self._retranslate()

    def codes(self) -> list[str]:
        return [str(self.combo.itemData(i)) for i in range(self.combo.count())]

    def choose(self, code: str) -> None:
        """Pick ``code`` as a person would (tests and keyboard users alike)."""
        index = self.combo.findData(code)
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self._picked(index)

    def _picked(self, index: int) -> None:
        code = str(self.combo.itemData(index))
        used = i18n.set_language(code)
        self._show_current()
        self.chosen.emit(used)

    def _show_current(self) -> None:
        index = self.combo.findData(i18n.current_language())
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def _retranslate(self) -> None:
        self.caption.setText(self.tr("Language"))
        self.combo.setToolTip(self.tr("The language Saphan is shown in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_current()
        super().changeEvent(event)
