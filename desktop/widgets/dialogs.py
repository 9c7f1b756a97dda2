"""Questions and error messages in one consistent shape.

Callers use ``dialogs.ask(...)`` (not ``from ... import ask``) so a test may drive or replace
the question."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import SaphanError
from desktop.errors import describe


def ask(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str) -> bool:
    """A yes/no question with buttons that say what they do. "No" is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, error: SaphanError | str) -> None:
    """A readable error message; a typed store error is put into words, never a traceback."""
    text = describe(error) if isinstance(error, SaphanError) else error
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A short piece of news the user acknowledges (e.g. "Backup saved")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()
