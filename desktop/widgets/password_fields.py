"""A new password typed twice, checked as it is typed (length, spaces, both the same)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from db.setup import check_new_password
from desktop.labels import problem_message
from desktop.widgets.field import Field


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordFields(QWidget):
    """Adds "New password" and "Confirm" rows to a form. ``changed`` after every key."""

    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget, label: str = "") -> None:
        super().__init__(parent)
        self.hide()  # only a holder of the two fields, which live in ``form``
        self.password = password_edit(parent)
        self.password.setPlaceholderText(self.tr("At least 10 characters"))
        self.confirm = password_edit(parent)
        self.password_field = Field(self.password, parent)
        self.confirm_field = Field(self.confirm, parent)
        form.addRow(label or self.tr("New password"), self.password_field)
        form.addRow(self.tr("Type it again"), self.confirm_field)
        self.password.textChanged.connect(self._check)
        self.confirm.textChanged.connect(self._check)

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if code := check_new_password(self.password.text()):
            problems["password"] = code
        if self.confirm.text() != self.password.text():
            problems["confirm"] = "mismatch"
        return problems

    def is_valid(self) -> bool:
        return not self.problems()

    def text(self) -> str:
        return self.password.text()

    def clear(self) -> None:
        self.password.clear()
        self.confirm.clear()

    def _check(self) -> None:
        problems = self.problems()
        # A message only once there is something to judge: no red text on an empty form.
        pw = problems.get("password") if self.password.text() else None
        self.password_field.message.show_message(problem_message("password", pw) if pw else "")
        mismatch = problems.get("confirm") if self.confirm.text() else None
        self.confirm_field.message.show_message(
            problem_message("confirm", mismatch) if mismatch else ""
        )
        self.changed.emit()
