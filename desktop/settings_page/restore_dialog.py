"""Restoring a backup: which backup it is, and the password or passphrase that opens it."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import local_time_text
from desktop.style import set_role
from desktop.widgets.password_fields import password_edit


class RestoreCredentials(TypedDict, total=False):
    """Keyword arguments for ``restore_backup``: a user name and password, or the passphrase."""

    username: str
    password: str
    recovery_passphrase: str


def backup_date_text(manifest: dict[str, str]) -> str:
    try:
        return local_time_text(dt.datetime.fromisoformat(manifest.get("created_at", "")))
    except ValueError:
        return manifest.get("created_at", "") or "?"


class RestoreDialog(QDialog):
    """Accepted when the user chose how to open the backup. Read ``credentials()``."""

    def __init__(
        self,
        manifest: dict[str, str],
        file_name: str,
        current_cso: str,
        username: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(500)
        code = manifest.get("cso_code", "")
        summary = QLabel(
            self.tr("<b>{file}</b><br>Organisation: {code}<br>Made on: {date}").format(
                file=file_name, code=code, date=backup_date_text(manifest)
            ),
            self,
        )
        summary.setWordWrap(True)
        self.other_cso = QLabel(
            self.tr(
                "This backup belongs to another organisation ({code}), not to {current}. "
                "Saphan will not restore it over this organisation's data."
            ).format(code=code, current=current_cso),
            self,
        )
        self.other_cso.setWordWrap(True)
        set_role(self.other_cso, "fieldError")
        self.other_cso.setVisible(code != current_cso)

        explain = QLabel(
            self.tr(
                "To open the backup, use a user name and password that were valid when the "
                "backup was made, or the recovery passphrase written down at setup."
            ),
            self,
        )
        explain.setWordWrap(True)
        set_role(explain, "muted")
        self.use_password = QRadioButton(self.tr("User name and password"), self)
        self.use_passphrase = QRadioButton(self.tr("Recovery passphrase"), self)
        self.use_password.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_password)
        group.addButton(self.use_passphrase)
        self.username = QLineEdit(username, self)
        self.password = password_edit(self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setPlaceholderText(self.tr("e.g. LC3Q-SC5Z-EHFT-…"))
        form = QFormLayout()
        form.addRow(self.use_password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.use_passphrase)
        form.addRow(self.tr("Passphrase"), self.passphrase)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Restore…"), self)
        set_role(self.ok_button, "primary")
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(summary)
        layout.addWidget(self.other_cso)
        layout.addSpacing(6)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        for widget in (self.username, self.password, self.passphrase):
            widget.textChanged.connect(self._update)
        self.use_password.toggled.connect(self._update)
        self._update()
        self.password.setFocus()

    def _update(self) -> None:
        by_password = self.use_password.isChecked()
        self.username.setEnabled(by_password)
        self.password.setEnabled(by_password)
        self.passphrase.setEnabled(not by_password)
        if by_password:
            ready = bool(self.username.text().strip() and self.password.text())
        else:
            ready = bool(self.passphrase.text().strip())
        self.ok_button.setEnabled(ready and not self.other_cso.isVisibleTo(self))

    def credentials(self) -> RestoreCredentials:
        """Keyword arguments for ``restore_backup``."""
        if self.use_password.isChecked():
            return {"username": self.username.text(), "password": self.password.text()}
        return {"recovery_passphrase": self.passphrase.text()}
