"""File → Change my password: for every signed-in user."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from db import users
from db.errors import WrongCredentials
from db.store import Store
from desktop.widgets.form_dialog import FormDialog
from desktop.widgets.password_fields import PasswordFields, password_edit


class ChangeOwnPasswordDialog(FormDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change my password"), self.tr("Change password"), parent)
        self._store = store
        self.old_password = password_edit(self)
        self.old_field = self.add_field(self.tr("Current password"), self.old_password)
        self.passwords = PasswordFields(self.form, self)
        self.watch(self.old_password.textChanged)
        self.watch(self.passwords.changed)
        self.validate()

    def form_valid(self) -> bool:
        self.old_field.message.clear_message()
        return bool(self.old_password.text()) and self.passwords.is_valid()

    def save(self) -> bool:
        try:
            users.change_own_password(self._store, self.old_password.text(), self.passwords.text())
        except WrongCredentials:
            self.old_password.clear()
            self.old_field.message.show_message(self.tr("The current password is wrong."))
            self.old_password.setFocus()
            return False
        return True
