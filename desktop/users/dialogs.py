"""Dialogs of the Staff accounts page: add an account, change a role, reset a password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from db import users
from db.errors import ValidationFailed
from db.setup import USERNAME_RE
from db.store import Store
from db.types import Role
from db.users import StaffAccount
from db.validation import text_problems
from desktop.labels import problem_message, role_label
from desktop.style import set_role
from desktop.widgets.form_dialog import FormDialog
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
        Role.SUPERVISOR: translate(
            "StaffAccounts",
            "Does what a caseworker does, reads every case in full and sees the audit trail.",
        ),
        Role.FACILITATOR: translate(
            "StaffAccounts", "Registers participants and takes attendance; cannot edit records."
        ),
        Role.COORDINATOR: translate(
            "StaffAccounts", "Sees counts and the network only, never a person's record."
        ),
    }[role]


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
        self.role = role_combo(self, Role.CASEWORKER)
        self.role_hint = QLabel(self)
        self.role_hint.setWordWrap(True)
        set_role(self.role_hint, "muted")
        self.full_name_field = self.add_field(
            self.tr("Full name"), self.full_name, lambda: self._message("full_name")
        )
        self.username_field = self.add_field(
            self.tr("User name"), self.username, lambda: self._message("username")
        )
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow("", self.role_hint)
        self.passwords = PasswordFields(self.form, self)
        self.watch(self.passwords.changed)
        self.role.currentIndexChanged.connect(self._show_role_hint)
        self._show_role_hint()
        self.validate()

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def _show_role_hint(self) -> None:
        self.role_hint.setText(role_explanation(self.selected_role()))

    def problems(self) -> dict[str, str]:
        problems = self.passwords.problems()
        if not self.full_name.text().strip():
            problems["full_name"] = "required"
        problems.update(text_problems({"full_name": self.full_name.text()}))
        name = self.username.text().strip().lower()
        if not name:
            problems["username"] = "required"
        elif not USERNAME_RE.match(name):
            problems["username"] = "username_format"
        return problems

    def _message(self, field: str) -> str:
        code = self.problems().get(field)
        return problem_message(field, code) if code else ""

    def form_valid(self) -> bool:
        return self.passwords.is_valid()

    def save(self) -> bool:
        try:
            self.account = users.create_user(
                self._store,
                self.username.text(),
                self.full_name.text(),
                self.selected_role(),
                self.passwords.text(),
            )
        except ValidationFailed as exc:
            if exc.problems.get("username") != "username_taken":
                raise
            self.username_field.message.show_message(problem_message("username", "username_taken"))
            self.username.setFocus()
            return False
        return True


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
        self.role.currentIndexChanged.connect(self._show_role_hint)
        self.watch(self.role.currentIndexChanged)
        self._show_role_hint()
        self.validate()

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def _show_role_hint(self) -> None:
        self.role_hint.setText(role_explanation(self.selected_role()))

    def form_valid(self) -> bool:
        return self.selected_role() is not self._account.role

    def save(self) -> bool:
        users.set_role(self._store, self._account.id, self.selected_role())
        return True


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
        self.watch(self.passwords.changed)
        self.validate()

    def form_valid(self) -> bool:
        return self.passwords.is_valid()

    def save(self) -> bool:
        users.reset_password(self._store, self._account.id, self.passwords.text())
        return True
