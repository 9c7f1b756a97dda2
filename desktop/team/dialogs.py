"""The Team page's dialogs: create a team, invite a laptop, and what is shown once (the team's
recovery passphrase, the pairing code)."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.fonts import monospace_font
from desktop.style import set_role

INVITATION_SUFFIX = ".saphan-invite"


def group_passphrase(passphrase: str) -> str:
    """Two lines of groups, easier to copy by hand (as the setup wizard shows its own)."""
    groups = passphrase.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])


def default_device_name() -> str:
    return (socket.gethostname() or "")[:60]


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def default_invitation_path(laptop: str) -> Path:
    safe = "".join(ch if ch.isalnum() else "-" for ch in laptop.strip()).strip("-") or "laptop"
    return _documents() / f"Saphan invitation {safe}{INVITATION_SUFFIX}"


class _PathRow(QWidget):
    """A path in a line edit with a "Choose…" button."""

    def __init__(self, parent: QWidget, *, folder: bool, title: str) -> None:
        super().__init__(parent)
        self._folder = folder
        self._title = title
        self.edit = QLineEdit(self)
        self.edit.setMinimumWidth(320)
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None

    def choose(self) -> None:
        if self._folder:
            chosen = QFileDialog.getExistingDirectory(self, self._title, self.edit.text())
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self._title,
                self.edit.text(),
                self.tr("Saphan invitation (*{suffix})").format(suffix=INVITATION_SUFFIX),
            )
        if chosen:
            self.edit.setText(chosen)


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    set_role(ok, "primary")
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class CreateTeamDialog(QDialog):
    """Where the team folder is, what this laptop is called, where the first invitation goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a team"))
        explain = QLabel(
            self.tr(
                "Choose the team folder: a folder on the office network drive, a synced cloud "
                "folder or a USB stick that goes from laptop to laptop. Use a new, empty folder, "
                "not the folder you share with the network. Everything Saphan writes there is "
                "encrypted."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.folder = _PathRow(self, folder=True, title=self.tr("Choose the team folder"))
        self.device_name = QLineEdit(default_device_name(), self)
        self.device_name.setMaxLength(60)
        self.invite_name = QLineEdit(self.tr("Laptop 2"), self)
        self.invite_name.setMaxLength(60)
        self.invitation = _PathRow(self, folder=False, title=self.tr("Save the invitation"))
        self.invitation.edit.setText(str(default_invitation_path(self.invite_name.text())))
        self.error = QLabel(self)
        set_role(self.error, "fieldError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Team folder"), self.folder)
        form.addRow(self.tr("Name of this laptop"), self.device_name)
        form.addRow(self.tr("Name of the next laptop"), self.invite_name)
        form.addRow(self.tr("Save its invitation as"), self.invitation)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Create team"), self.tr("Cancel")))
        self.resize(640, self.sizeHint().height())

    def accept(self) -> None:
        if self.folder.path() is None:
            self.error.setText(self.tr("Choose the team folder."))
            return
        if not self.device_name.text().strip():
            self.error.setText(self.tr("Enter a name for this laptop."))
            return
        if self.invitation.path() is None:
            self.error.setText(self.tr("Choose where to save the invitation."))
            return
        super().accept()


class InviteDialog(QDialog):
    """The name of the laptop to invite and where its invitation file goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite a laptop"))
        explain = QLabel(
            self.tr(
                "The invitation file can travel any way (USB stick, e-mail, chat). The pairing "
                "code shown next must be read out in person to whoever sets up the new laptop."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(self.tr("e.g. Field laptop"))
        self.invitation = _PathRow(self, folder=False, title=self.tr("Save the invitation"))
        self.name.textEdited.connect(
            lambda text: self.invitation.edit.setText(str(default_invitation_path(text)))
        )
        self.invitation.edit.setText(str(default_invitation_path("laptop")))
        self.error = QLabel(self)
        set_role(self.error, "fieldError")
        form = QFormLayout()
        form.addRow(self.tr("Name of the new laptop"), self.name)
        form.addRow(self.tr("Save the invitation as"), self.invitation)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Invite"), self.tr("Cancel")))
        self.resize(600, self.sizeHint().height())

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Enter a name for the new laptop."))
            return
        if self.invitation.path() is None:
            self.error.setText(self.tr("Choose where to save the invitation."))
            return
        super().accept()


class PairingCodeDialog(QDialog):
    """The pairing code, big and readable, to be read out in person."""

    def __init__(
        self, code: str, invitation: Path, laptop: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pairing code"))
        intro = QLabel(
            self.tr(
                "The invitation for “{laptop}” is saved as:\n{path}\n\nTake the file to the new "
                "laptop. Then read this code out to the person who sets it up. Do not send the "
                "code together with the file."
            ).format(laptop=laptop, path=str(invitation)),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel(code, self)
        self.code.setFont(monospace_font(28))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.code, "passphrase")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Done"))
        box.rejected.connect(self.accept)
        box.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.code)
        layout.addSpacing(8)
        layout.addWidget(box)
        self.resize(560, self.sizeHint().height())


class TeamPassphraseDialog(QDialog):
    """The team's recovery passphrase, shown once: it opens the team folder if every laptop
    is lost. Closes only once the admin says it is written down."""

    def __init__(self, passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The team's recovery passphrase"))
        intro = QLabel(
            self.tr(
                "Shown only this once. If every laptop of the team is lost, this passphrase "
                "opens what the team folder holds. Write it down and keep it on paper in a "
                "locked place, away from the laptops."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.passphrase = QLabel(group_passphrase(passphrase), self)
        self.passphrase.setFont(monospace_font(20))
        self.passphrase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.passphrase, "passphrase")
        self.confirm = QCheckBox(
            self.tr("I have written down the team's recovery passphrase"), self
        )
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Continue"))
        self.ok.setEnabled(False)
        self.confirm.toggled.connect(self.ok.setEnabled)
        self.box.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.passphrase)
        layout.addSpacing(8)
        layout.addWidget(self.confirm)
        layout.addWidget(self.box)
        self.resize(600, self.sizeHint().height())

    def reject(self) -> None:
        if self.confirm.isChecked():
            super().reject()
