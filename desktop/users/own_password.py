"""File → Change my password: for every signed-in user."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from db import users
from db.errors import SaphanError, WrongCredentials
from db.store import Store
from desktop.users.dialogs import FormDialog
from desktop.widgets.field import Field
from desktop.widgets.password_fields import PasswordFields, password_edit


class ChangeOwnPasswordDialog(FormDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change my password"), self.tr("Change password"), parent)
        self._store = store
        self.old_password = password_edit(self)
        self.old_field = Field(self.old_password, self)
        self.form.addRow(self.tr("Current password"), self.old_field)
        self.passwords = PasswordFields(self.form, self)
        self.old_password.textChanged.connect(self._check)
        self.passwords.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.old_field.message.clear_message()
        self.error.clear_message()
        self.ok_button.setEnabled(bool(self.old_password.text()) and self.passwords.is_valid())

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            users.change_own_password(self._store, self.old_password.text(), self.passwords.text())
        except WrongCredentials:
            self.old_password.clear()
            self.old_field.message.show_message(self.tr("The current password is wrong."))
            self.old_password.setFocus()
            return
        except SaphanError as exc:
            self.show_failure(exc)
            return
        self.accept()
