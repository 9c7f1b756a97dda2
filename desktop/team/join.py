"""Joining the CSO's team on a new laptop, from the first-run wizard.

The person brings the invitation file, hears the pairing code from whoever invited this laptop,
points to the team folder and signs in as one of the team's users. The join builds this
laptop's database in the background (with a progress bar and Cancel: nothing is written and
the invitation stays unused when cancelled or refused), then shows the new database's recovery
passphrase once.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import SaphanError
from db.store import Store
from db.team import enrol
from desktop.errors import describe
from desktop.fonts import monospace_font
from desktop.style import set_role
from desktop.tasks import Task, run_in_background
from desktop.team.dialogs import INVITATION_SUFFIX, default_device_name, group_passphrase


class _FileRow(QWidget):
    """A file or folder to open, in a line edit with a "Choose…" button."""

    def __init__(self, parent: QWidget, *, folder: bool, title: str) -> None:
        super().__init__(parent)
        self._folder = folder
        self._title = title
        self.edit = QLineEdit(self)
        self.edit.setMinimumWidth(300)
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self._folder:
            chosen = QFileDialog.getExistingDirectory(self, self._title, self.edit.text())
        else:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self._title,
                self.edit.text(),
                self.tr("Saphan invitation (*{suffix});;All files (*)").format(
                    suffix=INVITATION_SUFFIX
                ),
            )
        if chosen:
            self.edit.setText(chosen)


class JoinTeamDialog(QDialog):
    """After ``accepted``, ``store`` is the new database of this laptop, signed in."""

    progressed = Signal(int, int)  # emitted by the join on the pool thread

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.store: Store | None = None
        self.recovery_passphrase = ""
        self.people = 0
        self.running = False
        self._cancel = threading.Event()
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Join my CSO's team"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._form_page())
        self.stack.addWidget(self._passphrase_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.resize(660, self.sizeHint().height())

    # --- building -------------------------------------------------------------------------

    def _form_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Your CSO already uses Saphan on another laptop. Ask its admin for an invitation "
                "file and the pairing code (read out in person), and connect this laptop to the "
                "team folder. This laptop then gets its own encrypted database with every "
                "record of the CSO."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.invitation = _FileRow(page, folder=False, title=self.tr("Open the invitation"))
        self.code = QLineEdit(page)
        self.code.setFont(monospace_font(13))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.folder = _FileRow(page, folder=True, title=self.tr("Choose the team folder"))
        self.username = QLineEdit(page)
        self.password = QLineEdit(page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.device_name = QLineEdit(default_device_name(), page)
        self.device_name.setMaxLength(60)
        form = QFormLayout()
        form.addRow(self.tr("Invitation file"), self.invitation)
        form.addRow(self.tr("Pairing code"), self.code)
        form.addRow(self.tr("Team folder"), self.folder)
        form.addRow(self.tr("Your user name"), self.username)
        form.addRow(self.tr("Your password"), self.password)
        form.addRow(self.tr("Name of this laptop"), self.device_name)
        self.error = QLabel(page)
        self.error.setWordWrap(True)
        set_role(self.error, "fieldError")
        self.progress = QProgressBar(page)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.state = QLabel(page)
        set_role(self.state, "muted")
        self.join_button = QPushButton(self.tr("Join the team"), page)
        set_role(self.join_button, "primary")
        self.join_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.join_button.clicked.connect(self.join)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.join_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _passphrase_page(self) -> QWidget:
        page = QWidget(self)
        self.joined_label = QLabel(page)
        self.joined_label.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "This is the recovery passphrase of this laptop's database. Shown only this "
                "once: if every password is forgotten, only this passphrase opens the records "
                "on this laptop. Write it down and keep it on paper in a locked place."
            ),
            page,
        )
        explain.setWordWrap(True)
        self.passphrase_label = QLabel(page)
        self.passphrase_label.setFont(monospace_font(20))
        self.passphrase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.passphrase_label, "passphrase")
        self.confirm = QCheckBox(
            self.tr("I have written down the recovery passphrase and will keep it somewhere safe"),
            page,
        )
        self.start_button = QPushButton(self.tr("Start Saphan"), page)
        set_role(self.start_button, "primary")
        self.start_button.setEnabled(False)
        self.confirm.toggled.connect(self.start_button.setEnabled)
        self.start_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.joined_label)
        layout.addWidget(explain)
        layout.addWidget(self.passphrase_label)
        layout.addStretch(1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # --- joining --------------------------------------------------------------------------

    def request(self) -> enrol.JoinRequest | None:
        """The join as typed; None (and the reason shown) when something is missing."""
        fields = (
            self.invitation.edit.text().strip(),
            self.code.text().strip(),
            self.folder.edit.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        if not all(fields):
            self.error.setText(self.tr("Fill in every field."))
            return None
        try:
            data = Path(fields[0]).read_bytes()
        except OSError:
            self.error.setText(self.tr("The invitation file cannot be read. Choose it again."))
            return None
        return enrol.JoinRequest(
            db_path=self.db_path,
            folder=Path(fields[2]),
            invitation=data,
            code=fields[1],
            username=fields[3],
            password=fields[4],
            device_name=self.device_name.text().strip(),
        )

    def join(self) -> None:
        if self.running:
            return
        self.error.setText("")
        request = self.request()
        if request is None:
            return
        self._set_running(True)
        self._cancel.clear()
        cancel = self._cancel
        report = self.progressed.emit

        def work() -> enrol.Joined | None:
            try:
                return enrol.join_team(request, progress=report, cancelled=cancel.is_set)
            except enrol.Cancelled:
                return None

        self._task = run_in_background(work, self._joined, self._failed)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.join_button.setEnabled(not running)
        for widget in (self.invitation, self.code, self.folder, self.username, self.password):
            widget.setEnabled(not running)
        self.device_name.setEnabled(not running)
        self.state.setText(self.tr("Joining the team…") if running else "")

    def _show_progress(self, done: int, total: int) -> None:
        if not self.running or total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))

    def _joined(self, joined: enrol.Joined | None) -> None:
        self._set_running(False)
        if joined is None:
            self.state.setText(
                self.tr("Cancelled. Nothing was written; the invitation can still be used.")
            )
            return
        self.store = joined.store
        self.recovery_passphrase = joined.recovery_passphrase
        self.people = joined.people
        self.joined_label.setText(
            self.tr("This laptop joined the team. People on record: {count}.").format(
                count=joined.people
            )
        )
        self.passphrase_label.setText(group_passphrase(joined.recovery_passphrase))
        self.stack.setCurrentIndex(1)

    def _failed(self, error: SaphanError) -> None:
        self._set_running(False)
        self.error.setText(describe(error))

    def reject(self) -> None:
        if self.running:
            self._cancel.set()  # the join stops at its next step and says so
            self.state.setText(self.tr("Cancelling…"))
            return
        if self.store is not None:
            return  # joined: the only way on is through the passphrase
        super().reject()
