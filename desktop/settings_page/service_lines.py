"""The service lines a case may be opened in (admins): the built-in MHPSS and protection lines,
and the CSO's own, added and removed here."""

from __future__ import annotations

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

from db import cases
from db.cases import LINE_NAME_MAX
from db.errors import SaphanError, ValidationFailed
from db.store import Store
from desktop.beneficiaries.case_words import case_problem_message, service_line_label
from desktop.errors import describe
from desktop.style import set_role
from desktop.widgets.field import FieldMessage


class ServiceLinesBox(QGroupBox):
    """Emits ``status_message`` after a line was added or removed."""

    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Service lines for cases"))
        self._store = store
        self.lines = QListWidget(self)
        self.lines.setMaximumHeight(130)
        self.lines.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.name = QLineEdit(self)
        self.name.setMaxLength(LINE_NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Livelihoods"))
        self.name.textChanged.connect(self._update_buttons)
        self.name.returnPressed.connect(self.add_line)
        self.add_button = QPushButton(self.tr("Add line"), self)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("Remove line"), self)
        self.remove_button.clicked.connect(self.remove_line)
        self.message = FieldMessage(self)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        explain = QLabel(
            self.tr(
                "A person has one case at a time in each line. Besides psychosocial support "
                "and protection, your organisation may add its own lines."
            ),
            self,
        )
        explain.setWordWrap(True)
        set_role(explain, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(explain)
        self.reload()

    def reload(self) -> None:
        self.lines.clear()
        lines = cases.service_lines(self._store)
        for line in lines:
            text = service_line_label(line.code, lines)
            if line.built_in:
                text = self.tr("{line} (built in)").format(line=text)
            item = QListWidgetItem(text, self.lines)
            item.setData(Qt.ItemDataRole.UserRole, None if line.built_in else line.code)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.lines.currentItem()
        self.remove_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        )
        self.add_button.setEnabled(bool(self.name.text().strip()))

    def _refused(self, exc: SaphanError) -> None:
        if isinstance(exc, ValidationFailed) and exc.problems:
            key, code = next(iter(exc.problems.items()))
            self.message.show_message(case_problem_message(key, code))
        else:
            self.message.show_message(describe(exc))

    def add_line(self) -> None:
        name = self.name.text()
        if not name.strip():
            return
        try:
            line = cases.add_service_line(self._store, name)
        except SaphanError as exc:
            self._refused(exc)
            return
        self.message.clear_message()
        self.name.clear()
        self.reload()
        self.status_message.emit(self.tr("Added the service line {line}.").format(line=line.name))

    def remove_line(self) -> None:
        item = self.lines.currentItem()
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if code is None:
            return
        try:
            cases.remove_service_line(self._store, str(code))
        except SaphanError as exc:
            self._refused(exc)
            return
        self.message.clear_message()
        self.reload()
        self.status_message.emit(self.tr("Removed the service line."))
