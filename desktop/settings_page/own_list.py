"""A Settings box of built-in entries and the organisation's own (service lines, consents): the
list, a name field, Add and a second action on the selected own entry, and the field's message.
Subclasses say what the entries are and what the buttons do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import SaphanError
from db.store import Store
from desktop.style import set_role
from desktop.widgets.field import FieldMessage


class OwnListBox(QGroupBox):
    """Emits ``status_message`` after an entry was added or changed. ``second_needs_name``:
    the second action uses the name typed (rename) rather than only the selection (remove)."""

    status_message = Signal(str)

    def __init__(
        self,
        store: Store,
        texts: tuple[str, str, str, str, str],  # title, placeholder, add, second, explanation
        max_length: int,
        second_needs_name: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title, placeholder, add, second, explanation = texts
        self.setTitle(title)
        self._store = store
        self._second_needs_name = second_needs_name
        self.entries = QListWidget(self)
        self.entries.setMaximumHeight(130)
        self.entries.currentItemChanged.connect(lambda *_a: self._selected())
        self.name = QLineEdit(self)
        self.name.setMaxLength(max_length)
        self.name.setPlaceholderText(placeholder)
        self.name.textChanged.connect(self._update_buttons)
        self.name.returnPressed.connect(self.add_entry)
        self.add_button = QPushButton(add, self)
        self.add_button.clicked.connect(self.add_entry)
        self.second_button = QPushButton(second, self)
        self.second_button.clicked.connect(self.second_action)
        self.message = FieldMessage(self)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.second_button)
        explain = QLabel(explanation, self)
        explain.setWordWrap(True)
        set_role(explain, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.entries)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(explain)

    # --- what a subclass says -------------------------------------------------------------

    def listed(self) -> list[tuple[str, str | None]]:
        """The entries as shown, each with its own code (None: built in, not changeable)."""
        raise NotImplementedError

    def add(self, name: str) -> str:
        """Add the entry named ``name``; returns the status message."""
        raise NotImplementedError

    def second(self, code: str, name: str) -> str:
        """The second action on the own entry ``code``; returns the status message."""
        raise NotImplementedError

    def refusal(self, exc: SaphanError) -> str:
        """The sentence under the field for a refusal."""
        raise NotImplementedError

    # --- the box --------------------------------------------------------------------------

    def reload(self) -> None:
        self.entries.clear()
        for text, code in self.listed():
            item = QListWidgetItem(text, self.entries)
            item.setData(Qt.ItemDataRole.UserRole, code)
        self._update_buttons()

    def own_code(self) -> str | None:
        item = self.entries.currentItem()
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return None if code is None else str(code)

    def _selected(self) -> None:
        self.message.clear_message()
        self._update_buttons()

    def _update_buttons(self) -> None:
        typed = bool(self.name.text().strip())
        self.add_button.setEnabled(typed)
        own = self.own_code() is not None
        self.second_button.setEnabled(own and (typed or not self._second_needs_name))

    def add_entry(self) -> None:
        name = self.name.text()
        if name.strip():
            self._run(lambda: self.add(name))

    def second_action(self) -> None:
        code, name = self.own_code(), self.name.text()
        if code is None or (self._second_needs_name and not name.strip()):
            return
        self._run(lambda: self.second(code, name))

    def _run(self, action: Callable[[], str]) -> None:
        try:
            done = action()
        except SaphanError as exc:
            self.message.show_message(self.refusal(exc))
            return
        self.message.clear_message()
        self.name.clear()
        self.reload()
        self.status_message.emit(done)
