"""The sign-in dialog: user name and password unlock the CSO's encrypted database.

It is the first window the app paints, so this module imports only Qt and small modules:
SQLAlchemy, the migrations and the rest of the app are imported once the user signs in, on the
worker thread that unlocks the database (the argon2id derivation, ~0.1 s at production cost,
and opening the database), while the window shows that it is busy and keeps painting.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import keys
from db.errors import KeyringUnavailable, SaphanError
from desktop.login.last_user import last_username, set_last_language, set_last_username
from desktop.style import set_role
from desktop.tasks import Task, run_in_background
from desktop.widgets.icons import eye_icon
from desktop.widgets.language_picker import LanguagePicker

if TYPE_CHECKING:
    from db.store import Store
    from desktop.login.recovery_dialog import RecoveryDialog


def __getattr__(name: str) -> ModuleType:
    """``setup`` and ``remember`` (db.setup, db.remember), imported when first used: both
    load SQLAlchemy."""
    if name == "setup":
        from db import setup

        return setup
    if name == "remember":
        from db import remember

        return remember
    raise AttributeError(name)


def describe(exc: Exception) -> str:
    """desktop.errors.describe, imported when there is an error to word (it knows every
    module's errors, so it imports them all)."""
    from desktop.errors import describe as describe_error

    return describe_error(exc)


class LoginDialog(QDialog):
    """After ``exec()`` returns Accepted, ``store`` is the unlocked database."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.store: Store | None = None
        # The language picked here before signing in (None: not touched), for the user.
        self.chosen_language: str | None = None
        self.setMinimumWidth(420)

        self.language = LanguagePicker(self)
        self.language.chosen.connect(self._language_chosen)
        self.brand = brand = QLabel(self)
        brand.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1f6f8b;")
        self.cso_label = QLabel(self)
        set_role(self.cso_label, "muted")

        self.username = QLineEdit(self)
        self.username.setText(last_username(db_path))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QAction(self)
        self.show_password.setCheckable(True)
        self.show_password.setIcon(eye_icon())
        self.show_password.toggled.connect(self._toggle_echo)
        self.password.addAction(self.show_password, QLineEdit.ActionPosition.TrailingPosition)
        self.remember = QCheckBox(self)
        self.forgot = QLabel(self)
        self.forgot.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.forgot.linkActivated.connect(lambda _link: self.open_recovery())
        self.recovery_dialog: RecoveryDialog | None = None
        self.unlocking: Task | None = None
        # Shown while the database is being unlocked (off the GUI thread).
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.error = QLabel(self)
        set_role(self.error, "fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.sign_in = QPushButton(self)
        set_role(self.sign_in, "primary")
        self.sign_in.setDefault(True)
        self.sign_in.clicked.connect(self.try_sign_in)
        self.quit_button = quit_button = QPushButton(self)
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)

        form = QFormLayout()
        self.username_caption = QLabel(self)
        self.password_caption = QLabel(self)
        form.addRow(self.username_caption, self.username)
        form.addRow(self.password_caption, self.password)
        form.addRow("", self.remember)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.sign_in)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 20)
        layout.addWidget(self.language)
        layout.addWidget(brand)
        layout.addWidget(self.cso_label)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self._retranslate()
        if self.username.text():
            self.password.setFocus()
        else:
            self.username.setFocus()

    def _retranslate(self) -> None:
        """Every text of the window, in the interface's language (again after a switch)."""
        self.setWindowTitle(self.tr("Sign in to Saphan"))
        self.brand.setText(self.tr("Saphan"))
        self.cso_label.setText(self._cso_text())
        self.username.setPlaceholderText(self.tr("e.g. khinmyo"))
        self.show_password.setText(self.tr("Show password"))
        self.show_password.setToolTip(self.tr("Show password"))
        self.remember.setText(self.tr("Remember me on this Windows account"))
        self.remember.setToolTip(
            self.tr(
                "Saphan opens without your password next time, on this Windows account only. "
                "Your password is never saved in a file."
            )
        )
        forgot = self.tr("Forgot password?")  # outside the f-string, where lupdate sees it
        self.forgot.setText(f'<a href="#recover">{forgot}</a>')
        self.sign_in.setText(self.tr("Sign in"))
        self.quit_button.setText(self.tr("Quit"))
        self.username_caption.setText(self.tr("User name"))
        self.password_caption.setText(self.tr("Password"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _language_chosen(self, code: str) -> None:
        self.chosen_language = code
        set_last_language(code)  # the next start on this laptop begins in it

    def _cso_text(self) -> str:
        try:
            code = keys.load_keyfile(self.db_path).cso_code
        except SaphanError as exc:
            return describe(exc)
        return self.tr("Organisation: {code}").format(code=code)

    def _toggle_echo(self, shown: bool) -> None:
        self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def try_sign_in(self) -> None:
        """Unlock the database on a worker thread; the window stays responsive and says it is
        busy meanwhile. ``store`` is set (and the dialog accepted) when it is open."""
        if self.unlocking is not None:
            return  # already signing in
        if not self.username.text().strip():
            self.username.setFocus()
            return
        self.error.hide()
        db_path, username, password = self.db_path, self.username.text(), self.password.text()

        def unlock() -> Store:
            from db import setup  # SQLAlchemy and the migrations load here, off the GUI thread

            return setup.open_database(db_path, username, password)

        self._set_busy(True)
        self.unlocking = run_in_background(unlock, self._unlocked, self._refused)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.username, self.password, self.remember, self.sign_in, self.forgot):
            widget.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _refused(self, exc: SaphanError) -> None:
        self.unlocking = None
        self._set_busy(False)
        self.error.setText(describe(exc))
        self.error.show()
        self.password.clear()
        self.password.setFocus()

    def _unlocked(self, store: Store) -> None:
        self.unlocking = None
        self._set_busy(False)
        self.store = store
        self.password.clear()
        set_last_username(self.db_path, store.user.username)
        if self.remember.isChecked():
            self._remember(store)
        self.accept()

    def _remember(self, store: Store) -> None:
        """Signed in already: a keyring that is missing only means no "remember me"."""
        from db import remember

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
        from desktop.login.recovery_dialog import RecoveryDialog

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
