"""Forgot password?: the recovery passphrase written down at setup sets a new admin password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import recovery
from db.errors import SaphanError, WrongCredentials
from db.setup import USERNAME_RE
from db.store import Store
from desktop.errors import describe
from desktop.labels import problem_message
from desktop.style import set_role
from desktop.widgets.field import Field, FieldMessage
from desktop.widgets.password_fields import PasswordFields


class RecoveryDialog(QDialog):
    """After ``exec()``/``open()`` ends Accepted, ``store`` is open, signed in as the admin."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.store: Store | None = None
        self._checked_passphrase: str | None = None
        self.setWindowTitle(self.tr("Recover admin access"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "If every admin password is lost, the recovery passphrase that was written "
                "down when Saphan was set up lets you set a new admin password. Type it as it "
                "is written; capital letters and spaces do not matter."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")
        self.passphrase = QPlainTextEdit(self)
        self.passphrase.setTabChangesFocus(True)
        self.passphrase.setPlaceholderText(self.tr("e.g. LC3Q-SC5Z-EHFT-…"))
        self.passphrase.setFixedHeight(64)
        self.passphrase_field = Field(self.passphrase, self)
        self.check_button = QPushButton(self.tr("Check passphrase"), self)
        self.check_button.setAutoDefault(False)

        self.admin = QComboBox(self)
        self.admin.setEditable(True)
        self.admin.setToolTip(
            self.tr("Choose an admin, or type a new user name to create a new admin account.")
        )
        self.admin_field = Field(self.admin, self)
        form = QFormLayout()
        form.addRow(self.tr("Recovery passphrase"), self.passphrase_field)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        form.addRow("", check_row)
        form.addRow(self.tr("Admin account"), self.admin_field)
        self.passwords = PasswordFields(form, self)
        self.error = FieldMessage(self)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Set password and sign in"), self)
        set_role(self.ok_button, "primary")
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.check_button.clicked.connect(self.check_passphrase)
        self.passphrase.textChanged.connect(self._passphrase_edited)
        self.admin.editTextChanged.connect(self._update)
        self.passwords.changed.connect(self._update)
        self._passphrase_edited()

    def passphrase_text(self) -> str:
        return self.passphrase.toPlainText().strip()

    def _passphrase_edited(self) -> None:
        checked = self._checked_passphrase is not None
        if checked and self.passphrase_text() != self._checked_passphrase:
            self._checked_passphrase = None
        self.passphrase_field.message.clear_message()
        self.check_button.setEnabled(bool(self.passphrase_text()))
        self._update()

    def check_passphrase(self) -> bool:
        """Fill the admin list if the passphrase opens this database."""
        text = self.passphrase_text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            admins = recovery.recovery_admins(self.db_path, text)
        except WrongCredentials:
            self._checked_passphrase = None
            self.passphrase_field.message.show_message(
                self.tr("This recovery passphrase does not open this database.")
            )
            self._update()
            return False
        except SaphanError as exc:
            self.passphrase_field.message.show_message(describe(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._checked_passphrase = text
        self.admin.clear()
        self.admin.addItems(admins)
        self._update()
        self.admin.setFocus()
        return True

    def _admin_name(self) -> str:
        return self.admin.currentText().strip().lower()

    def _update(self) -> None:
        name = self._admin_name()
        bad_name = bool(name) and not USERNAME_RE.match(name)
        self.admin_field.message.show_message(
            problem_message("username", "username_format") if bad_name else ""
        )
        ready = (
            self._checked_passphrase is not None
            and bool(name)
            and not bad_name
            and self.passwords.is_valid()
        )
        self.admin.setEnabled(self._checked_passphrase is not None)
        self.passwords.password.setEnabled(self._checked_passphrase is not None)
        self.passwords.confirm.setEnabled(self._checked_passphrase is not None)
        self.ok_button.setEnabled(ready)
        self.error.clear_message()

    def submit(self) -> None:
        if not self.ok_button.isEnabled() or self._checked_passphrase is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = recovery.recover_admin(
                self.db_path, self._checked_passphrase, self._admin_name(), self.passwords.text()
            )
        except WrongCredentials:
            self.passphrase_field.message.show_message(
                self.tr("This recovery passphrase does not open this database.")
            )
            return
        except SaphanError as exc:
            self.error.show_message(describe(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.store = store
        self.passwords.clear()
        self.accept()
