"""A small dialog to pick one person of the CSO's own registry (search as you type)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.beneficiaries import find_people
from db.errors import SaphanError
from db.store import Store
from db.types import PersonQuery
from desktop.fonts import script_font
from desktop.style import set_role

PAGE = 50


class PersonPicker(QDialog):
    def __init__(
        self,
        store: Store,
        service_text: str,
        parent: QWidget | None = None,
        *,
        about: str | None = None,
    ) -> None:
        """``about``: what the picked person is for (else: referred to ``service_text``)."""
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Who is referred?"))
        self.setMinimumSize(460, 420)
        if about is None:
            about = self.tr("Refer to: {service}").format(service=service_text)
        about_label = QLabel(about, self)
        about_label.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, code or phone"))
        self.search.textChanged.connect(self.refresh)
        self.people = QListWidget(self)
        self.people.setFont(script_font(self.people.font()))
        self.people.itemDoubleClicked.connect(lambda _i: self.accept())
        self.people.currentRowChanged.connect(lambda _r: self._update())
        self.empty = QLabel(self)
        set_role(self.empty, "muted")
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about_label)
        layout.addWidget(self.search)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.people.clear()
        try:
            rows = find_people(self._store, PersonQuery(text=self.search.text().strip()), 0, PAGE)
        except SaphanError:
            rows = []
        for row in rows:
            names = " · ".join(n for n in (row.name_latin, row.name_script) if n)
            item = QListWidgetItem(f"{row.code}   {names}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.people.addItem(item)
        self.empty.setText("" if rows else self.tr("Nobody found."))
        if rows:
            self.people.setCurrentRow(0)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.person_id() is not None)

    def person_id(self) -> int | None:
        item = self.people.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
