"""Closing and reopening a case, and permanent erasure, from the registry."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import beneficiaries, housekeeping
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from db.types import CaseStatus, PersonRow
from db.validation import text_problems
from desktop.errors import describe
from desktop.labels import problem_message
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.field import FieldMessage


class _ConfirmDialog(QDialog):
    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.error = FieldMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(ok_text, self)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 20, 14)

    def finish_layout(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def submit(self) -> None:  # pragma: no cover - overridden
        self.accept()


class CloseCaseDialog(_ConfirmDialog):
    def __init__(self, store: Store, row: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Close case {code}").format(code=row.code), self.tr("Close case"), parent
        )
        self._store = store
        self._row = row
        set_role(self.ok_button, "primary")
        text = QLabel(
            self.tr(
                "Close the case of {code}? The record stays in the registry and can be "
                "reopened at any time."
            ).format(code=row.code),
            self,
        )
        text.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Why is the case closed? e.g. moved to Bangkok; goals reached")
        )
        self.reason.setFixedHeight(80)
        self.reason.textChanged.connect(self._check)
        self.body.addWidget(text)
        self.body.addWidget(QLabel(self.tr("Reason (required)"), self))
        self.body.addWidget(self.reason)
        self.finish_layout()
        self._check()
        self.reason.setFocus()

    def _check(self) -> None:
        text = self.reason.toPlainText()
        code = text_problems({"closed_reason": text}).get("closed_reason")
        self.error.show_message(problem_message("closed_reason", code) if code else "")
        self.ok_button.setEnabled(bool(text.strip()) and code is None)

    def submit(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.error.show_message(problem_message("closed_reason", "required"))
            return
        try:
            beneficiaries.close_case(self._store, self._row.id, reason)
        except SaphanError as exc:
            self.error.show_message(describe(exc))
            return
        self.accept()


class EraseDialog(_ConfirmDialog):
    """Permanent erasure: the person's code must be typed to confirm."""

    def __init__(self, store: Store, row: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Erase {code} permanently?").format(code=row.code),
            self.tr("Erase permanently"),
            parent,
        )
        self._store = store
        self._row = row
        self.ok_button.setStyleSheet("QPushButton { color: #b3261e; font-weight: 600; }")
        text = QLabel(
            self.tr(
                "<p>This removes <b>{code}</b> and everything recorded about this person — "
                "consent, disability answers, assessments, referrals and attendance — from this "
                "laptop forever. <b>It cannot be undone.</b></p>"
                "<p>Use it only when a record must not exist at all, for example when the "
                "person asks for it or the record put them at risk. To take someone out of "
                "the registry for now, use Delete instead.</p>"
                "<p>Backups made before today still contain the person.</p>"
            ).format(code=row.code),
            self,
        )
        text.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(row.code)
        self.code.textChanged.connect(self._check)
        self.body.addWidget(text)
        self.body.addWidget(
            QLabel(self.tr("To confirm, type the code {code}:").format(code=row.code), self)
        )
        self.body.addWidget(self.code)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(housekeeping.MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. the person asked for it on 3 May"))
        self.body.addWidget(
            QLabel(self.tr("Reason, kept in the audit trail (optional; write no name):"), self)
        )
        self.body.addWidget(self.reason)
        self.finish_layout()
        self._check()
        self.code.setFocus()

    def code_matches(self) -> bool:
        return self.code.text().strip().upper() == self._row.code.upper()

    def _check(self) -> None:
        self.error.clear_message()
        self.ok_button.setEnabled(self.code_matches())

    def submit(self) -> None:
        if not self.code_matches():
            return
        try:
            housekeeping.erase_person(self._store, self._row.id, self.reason.text())
        except SaphanError as exc:
            self.error.show_message(describe(exc))
            return
        self.accept()


class CaseActions(QObject):
    """The actions for the selected person; ``changed(message)`` after one succeeded."""

    changed = Signal(str)

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._parent = parent
        self._row: PersonRow | None = None
        self.dialog: QDialog | None = None
        self.can_edit = store.can(Permission.PEOPLE_EDIT)
        self.can_erase = store.can(Permission.PEOPLE_DELETE)
        self.close_action = QAction(self.tr("Close case…"), parent)
        self.close_action.triggered.connect(self.close_case)
        self.reopen_action = QAction(self.tr("Reopen case"), parent)
        self.reopen_action.triggered.connect(self.reopen_case)
        self.erase_action = QAction(self.tr("Erase permanently…"), parent)
        self.erase_action.triggered.connect(self.erase)
        self.set_row(None)

    def actions(self) -> list[QAction]:
        """The actions this role may use at all."""
        shown: list[QAction] = []
        if self.can_edit:
            shown += [self.close_action, self.reopen_action]
        if self.can_erase:
            shown.append(self.erase_action)
        return shown

    def set_row(self, row: PersonRow | None) -> None:
        self._row = row
        active = row is not None and row.status is CaseStatus.ACTIVE
        closed = row is not None and row.status is CaseStatus.CLOSED
        self.close_action.setEnabled(self.can_edit and active)
        self.reopen_action.setEnabled(self.can_edit and closed)
        self.erase_action.setEnabled(self.can_erase and row is not None)
        self.close_action.setVisible(self.can_edit)
        self.reopen_action.setVisible(self.can_edit)
        self.erase_action.setVisible(self.can_erase)

    def _open(self, dialog: QDialog, message: str) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.changed.emit(message))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def close_case(self) -> None:
        row = self._row
        if row is None or not self.can_edit:
            return
        self._open(
            CloseCaseDialog(self._store, row, self._parent),
            self.tr("Closed the case {code}.").format(code=row.code),
        )

    def reopen_case(self) -> None:
        row = self._row
        if row is None or not self.can_edit:
            return
        try:
            beneficiaries.reopen_case(self._store, row.id)
        except SaphanError as exc:
            dialogs.show_error(self._parent, self.tr("Not reopened"), exc)
            return
        self.changed.emit(self.tr("Reopened the case {code}.").format(code=row.code))

    def erase(self) -> None:
        row = self._row
        if row is None or not self.can_erase:
            return
        self._open(
            EraseDialog(self._store, row, self._parent),
            self.tr("Erased {code} permanently.").format(code=row.code),
        )
