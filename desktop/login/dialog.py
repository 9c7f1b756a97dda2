"""The sign-in dialog: user name and password unlock the CSO's encrypted database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import remember, setup
from db.errors import KeyringUnavailable, SaphanError
from db.store import Store
from desktop.errors import describe
from desktop.login.last_user import last_username, set_last_username
from desktop.login.recovery_dialog import RecoveryDialog
from desktop.style import set_role
from desktop.widgets.icons import eye_icon


class LoginDialog(QDialog):
    """After ``exec()`` returns Accepted, ``store`` is the unlocked database."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.store: Store | None = None
        self.setWindowTitle(self.tr("Sign in to Saphan"))
        self.setMinimumWidth(420)

        brand = QLabel(self.tr("Saphan"), self)
        brand.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1f6f8b;")
        self.cso_label = QLabel(self)
        set_role(self.cso_label, "muted")
        self.cso_label.setText(self._cso_text())

        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("e.g. khinmyo"))
        self.username.setText(last_username(db_path))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QAction(self.tr("Show password"), self)
        self.show_password.setCheckable(True)
        self.show_password.setToolTip(self.tr("Show password"))
        self.show_password.setIcon(eye_icon())
        self.show_password.toggled.connect(self._toggle_echo)
        self.password.addAction(self.show_password, QLineEdit.ActionPosition.TrailingPosition)
        self.remember = QCheckBox(self.tr("Remember me on this Windows account"), self)
        self.remember.setToolTip(
            self.tr(
                "Saphan opens without your password next time, on this Windows account only. "
                "Your password is never saved in a file."
            )
        )
        self.forgot = QLabel(self)
        forgot = self.tr("Forgot password?")  # (lupdate reads no tr() inside an f-string)
        self.forgot.setText(f'<a href="#recover">{forgot}</a>')
        self.forgot.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.forgot.linkActivated.connect(lambda _link: self.open_recovery())
        self.recovery_dialog: RecoveryDialog | None = None
        self.error = QLabel(self)
        set_role(self.error, "fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.sign_in = QPushButton(self.tr("Sign in"), self)
        set_role(self.sign_in, "primary")
        self.sign_in.setDefault(True)
        self.sign_in.clicked.connect(self.try_sign_in)
        quit_button = QPushButton(self.tr("Quit"), self)
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.sign_in)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(brand)
        layout.addWidget(self.cso_label)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        if self.username.text():
            self.password.setFocus()
        else:
            self.username.setFocus()

    def _cso_text(self) -> str:
        try:
            code = setup.load_keyfile(self.db_path).cso_code
        except SaphanError as exc:
            return describe(exc)
        return self.tr("Organisation: {code}").format(code=code)

    def _toggle_echo(self, shown: bool) -> None:
        self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def try_sign_in(self) -> None:
        if not self.username.text().strip():
            self.username.setFocus()
            return
        self.error.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = setup.open_database(self.db_path, self.username.text(), self.password.text())
        except SaphanError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.store = store
        self.password.clear()
        set_last_username(self.db_path, store.user.username)
        if self.remember.isChecked():
            self._remember(store)
        self.accept()

    def _remember(self, store: Store) -> None:
        """Signed in already: a keyring that is missing only means no "remember me"."""
        try:
            if not remember.keyring_available():
                raise KeyringUnavailable("no keyring")
            remember.remember_me(store)
        except SaphanError as exc:
            text = describe(exc)
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Saphan cannot remember you"))
            box.setText(text)
            box.exec()

    def open_recovery(self) -> None:
        """Forgot password?: on success the recovered admin is signed in."""
        dialog = RecoveryDialog(self.db_path, self)
        self.recovery_dialog = dialog

        def recovered() -> None:
            if dialog.store is None:
                return
            self.store = dialog.store
            set_last_username(self.db_path, dialog.store.user.username)
            self.accept()

        dialog.accepted.connect(recovered)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
