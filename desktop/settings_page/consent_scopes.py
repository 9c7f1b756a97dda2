"""The consents a person may give or withdraw (admins): the built-in three, and the CSO's own
(e.g. "Photos in reports"), added and renamed here. A scope is never removed: the history of
what people agreed to keeps its name."""

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

from db import consent
from db.consent import SCOPE_NAME_MAX
from db.errors import SaphanError, ValidationFailed
from db.store import Store
from desktop.beneficiaries.consent_dialog import scope_label
from desktop.errors import describe
from desktop.style import set_role
from desktop.widgets.field import FieldMessage


class ConsentScopesBox(QGroupBox):
    """Emits ``status_message`` after a scope was added or renamed."""

    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Consents a person may give"))
        self._store = store
        self.scopes = QListWidget(self)
        self.scopes.setMaximumHeight(130)
        self.scopes.currentItemChanged.connect(lambda *_a: self._selected())
        self.name = QLineEdit(self)
        self.name.setMaxLength(SCOPE_NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Photos in reports"))
        self.name.textChanged.connect(self._update_buttons)
        self.name.returnPressed.connect(self.add_scope)
        self.add_button = QPushButton(self.tr("Add consent"), self)
        self.add_button.clicked.connect(self.add_scope)
        self.rename_button = QPushButton(self.tr("Rename"), self)
        self.rename_button.clicked.connect(self.rename_scope)
        self.message = FieldMessage(self)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        explain = QLabel(
            self.tr(
                "Each consent has its own history of when it was given or withdrawn, and by "
                "whom. Your organisation may add its own; they are kept, never removed, so the "
                "history keeps its meaning. Type a new name and choose Rename to correct one."
            ),
            self,
        )
        explain.setWordWrap(True)
        set_role(explain, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scopes)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(explain)
        self.reload()

    def reload(self) -> None:
        self.scopes.clear()
        scopes = consent.scopes(self._store)
        for scope in scopes:
            text = scope_label(scope.code, scopes)
            if scope.built_in:
                text = self.tr("{scope} (built in)").format(scope=text)
            item = QListWidgetItem(text, self.scopes)
            item.setData(Qt.ItemDataRole.UserRole, None if scope.built_in else scope.code)
        self._update_buttons()

    def _own_code(self) -> str | None:
        item = self.scopes.currentItem()
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return None if code is None else str(code)

    def _selected(self) -> None:
        self.message.clear_message()
        self._update_buttons()

    def _update_buttons(self) -> None:
        typed = bool(self.name.text().strip())
        self.add_button.setEnabled(typed)
        self.rename_button.setEnabled(typed and self._own_code() is not None)

    def _refused(self, exc: SaphanError) -> None:
        if isinstance(exc, ValidationFailed) and exc.problems:
            code = next(iter(exc.problems.values()))
            words = {
                "required": self.tr("Type the consent's name."),
                "too_long": self.tr("Use a shorter name."),
                "scope_exists": self.tr("There is already a consent with this name."),
            }
            self.message.show_message(words.get(code, describe(exc)))
        else:
            self.message.show_message(describe(exc))

    def add_scope(self) -> None:
        name = self.name.text()
        if not name.strip():
            return
        try:
            scope = consent.add_scope(self._store, name)
        except SaphanError as exc:
            self._refused(exc)
            return
        self._done(self.tr("Added the consent {scope}.").format(scope=scope.name))

    def rename_scope(self) -> None:
        code = self._own_code()
        name = self.name.text()
        if code is None or not name.strip():
            return
        try:
            consent.rename_scope(self._store, code, name)
        except SaphanError as exc:
            self._refused(exc)
            return
        self._done(self.tr("Renamed the consent to {scope}.").format(scope=name.strip()))

    def _done(self, message: str) -> None:
        self.message.clear_message()
        self.name.clear()
        self.reload()
        self.status_message.emit(message)
