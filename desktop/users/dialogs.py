"""Dialogs of the Staff accounts page: add an account, change a role, reset a password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import users
from db.errors import SaphanError, ValidationFailed
from db.setup import USERNAME_RE
from db.store import Store
from db.types import Role
from db.users import StaffAccount
from desktop.errors import describe
from desktop.labels import problem_message, role_label
from desktop.style import set_role
from desktop.widgets.field import Field, FieldMessage
from desktop.widgets.password_fields import PasswordFields

translate = QCoreApplication.translate


def role_combo(parent: QWidget, current: Role | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for role in Role:
        combo.addItem(role_label(role), role.value)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current.value))
    return combo


def role_explanation(role: Role) -> str:
    return {
        Role.ADMIN: translate(
            "StaffAccounts", "Everything, including staff accounts, backups and the audit trail."
        ),
        Role.CASEWORKER: translate(
            "StaffAccounts", "Registers and edits people, case notes, assessments and referrals."
        ),
        Role.FACILITATOR: translate(
            "StaffAccounts", "Registers participants and takes attendance; cannot edit records."
        ),
        Role.COORDINATOR: translate(
            "StaffAccounts", "Sees counts and the network only, never a person's record."
        ),
    }[role]


class FormDialog(QDialog):
    """A form, an error line and OK/Cancel, where OK says what it does."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = FieldMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(ok_text, self)
        set_role(self.ok_button, "primary")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 14)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def submit(self) -> None:  # pragma: no cover - overridden
        self.accept()

    def show_failure(self, exc: SaphanError) -> None:
        self.error.show_message(describe(exc))


class AddUserDialog(FormDialog):
    """A new staff account. ``account`` is set after it was created."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a staff account"), self.tr("Add account"), parent)
        self._store = store
        self.account: StaffAccount | None = None
        self.full_name = QLineEdit(self)
        self.full_name.setPlaceholderText(self.tr("e.g. Naw Paw Htoo"))
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("e.g. nawpaw"))
        self.username_field = Field(self.username, self)
        self.role = role_combo(self, Role.CASEWORKER)
        self.role_hint = QLabel(self)
        self.role_hint.setWordWrap(True)
        set_role(self.role_hint, "muted")
        self.form.addRow(self.tr("Full name"), self.full_name)
        self.form.addRow(self.tr("User name"), self.username_field)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow("", self.role_hint)
        self.passwords = PasswordFields(self.form, self)
        for edit in (self.full_name, self.username):
            edit.textChanged.connect(self._check)
        self.passwords.changed.connect(self._check)
        self.role.currentIndexChanged.connect(self._show_role_hint)
        self._show_role_hint()
        self._check()

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def _show_role_hint(self) -> None:
        self.role_hint.setText(role_explanation(self.selected_role()))

    def problems(self) -> dict[str, str]:
        problems = self.passwords.problems()
        if not self.full_name.text().strip():
            problems["full_name"] = "required"
        name = self.username.text().strip().lower()
        if not name:
            problems["username"] = "required"
        elif not USERNAME_RE.match(name):
            problems["username"] = "username_format"
        return problems

    def _check(self) -> None:
        problems = self.problems()
        code = problems.get("username") if self.username.text() else None
        self.username_field.message.show_message(problem_message("username", code) if code else "")
        self.ok_button.setEnabled(not problems)
        self.error.clear_message()

    def submit(self) -> None:
        if self.problems():
            return
        try:
            self.account = users.create_user(
                self._store,
                self.username.text(),
                self.full_name.text(),
                self.selected_role(),
                self.passwords.text(),
            )
        except ValidationFailed as exc:
            if exc.problems.get("username") == "username_taken":
                self.username_field.message.show_message(
                    problem_message("username", "username_taken")
                )
                self.username.setFocus()
                return
            self.show_failure(exc)
            return
        except SaphanError as exc:
            self.show_failure(exc)
            return
        self.accept()


class ChangeRoleDialog(FormDialog):
    def __init__(self, store: Store, account: StaffAccount, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change role of {name}").format(name=account.full_name),
            self.tr("Change role"),
            parent,
        )
        self._store = store
        self._account = account
        self.role = role_combo(self, account.role)
        self.role_hint = QLabel(self)
        self.role_hint.setWordWrap(True)
        set_role(self.role_hint, "muted")
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow("", self.role_hint)
        self.role.currentIndexChanged.connect(self._changed)
        self._changed()

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def _changed(self) -> None:
        self.role_hint.setText(role_explanation(self.selected_role()))
        self.ok_button.setEnabled(self.selected_role() is not self._account.role)
        self.error.clear_message()

    def submit(self) -> None:
        try:
            users.set_role(self._store, self._account.id, self.selected_role())
        except SaphanError as exc:
            self.show_failure(exc)
            return
        self.accept()


class ResetPasswordDialog(FormDialog):
    """An admin sets a new password for someone (this also re-enables a disabled account)."""

    def __init__(self, store: Store, account: StaffAccount, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New password for {name}").format(name=account.full_name),
            self.tr("Set password"),
            parent,
        )
        self._store = store
        self._account = account
        note = QLabel(
            self.tr(
                "Tell {name} the new password in person, and ask them to change it "
                "with File → Change my password."
            ).format(name=account.full_name),
            self,
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        self.layout_.insertWidget(0, note)
        if not account.active:
            again = QLabel(self.tr("This also enables the account again."), self)
            set_role(again, "muted")
            self.layout_.insertWidget(1, again)
        self.passwords = PasswordFields(self.form, self)
        self.passwords.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(self.passwords.is_valid())
        self.error.clear_message()

    def submit(self) -> None:
        if not self.passwords.is_valid():
            return
        try:
            users.reset_password(self._store, self._account.id, self.passwords.text())
        except SaphanError as exc:
            self.show_failure(exc)
            return
        self.accept()
