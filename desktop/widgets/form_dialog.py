"""The base of Saphan's form dialogs.

Each field is added with a *check* (``() -> str``, the problem in words or ""). The checks run as
the user types; a field's message shows in red under it once the field has been touched (no red
text on a fresh form); OK, which says what it does, is enabled only while every check passes.
Enter presses OK when it is enabled, Escape is Cancel. What the facade refuses on save shows in
the error line above the buttons, and nothing typed is lost."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import SaphanError
from desktop.errors import describe
from desktop.style import set_role
from desktop.widgets.field import Field, FieldMessage

Check = Callable[[], str]


def changed_signal(editor: QWidget) -> SignalInstance | None:
    """The signal an editor sends on every change the user makes."""
    if isinstance(editor, QLineEdit):
        return editor.textChanged
    if isinstance(editor, (QPlainTextEdit, QTextEdit)):
        return editor.textChanged
    if isinstance(editor, QComboBox):
        return editor.currentIndexChanged
    if isinstance(editor, QDateEdit):
        return editor.dateChanged
    if isinstance(editor, QAbstractSpinBox):
        return getattr(editor, "valueChanged", None)
    if isinstance(editor, QAbstractButton):
        return editor.toggled
    return None


@dataclass
class _Rule:
    field: Field
    check: Check
    touched: bool = False
    signals: list[SignalInstance] = dataclasses.field(default_factory=list)


class FormDialog(QDialog):
    """A form, an error line and OK/Cancel, where OK is enabled only while the form is valid."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._rules: list[_Rule] = []
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error = FieldMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(ok_text, self)
        set_role(self.ok_button, "primary")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)  # Enter is OK, wherever the focus is
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 14)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    # --- building the form ----------------------------------------------------------------

    def add_field(self, label: str, editor: QWidget, check: Check | None = None) -> Field:
        """Adds a row: ``editor`` with its message underneath, checked as the user types."""
        row = Field(editor, self)
        self.form.addRow(label, row)
        if check is not None:
            self.check_field(row, check, editor)
        return row

    def check_field(self, row: Field, check: Check, *editors: QWidget) -> None:
        """Checks ``row`` whenever one of ``editors`` changes (for fields built elsewhere)."""
        rule = _Rule(row, check)
        self._rules.append(rule)
        for editor in editors:
            signal = changed_signal(editor)
            if signal is not None:
                signal.connect(lambda *_a, r=rule: self._touched(r))

    def watch(self, signal: SignalInstance) -> None:
        """Validate again when ``signal`` fires (for validity that is not one field's)."""
        signal.connect(lambda *_a: self.validate())

    def _touched(self, rule: _Rule) -> None:
        rule.touched = True
        self.validate()

    # --- validity -------------------------------------------------------------------------

    def form_valid(self) -> bool:
        """Validity beyond the fields' checks (subclasses may add to it)."""
        return True

    def validate(self) -> bool:
        """Runs every check, shows the messages of touched fields, enables OK accordingly."""
        self.error.clear_message()
        valid = True
        for rule in self._rules:
            problem = rule.check()
            valid = valid and not problem
            rule.field.message.show_message(problem if rule.touched else "")
        valid = valid and self.form_valid()
        self.ok_button.setEnabled(valid)
        return valid

    # --- OK and Cancel --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, (QPlainTextEdit, QTextEdit)):
                return  # a new line in a multi-line text, never OK
            if isinstance(focus, QAbstractButton) and focus is not self.ok_button:
                focus.click()  # Enter on a focused button presses that button
                return
            self.submit()
            return
        super().keyPressEvent(event)  # Escape: reject

    def submit(self) -> None:
        """OK: checks again, saves, and closes only when the save worked."""
        if not self.validate():
            for rule in self._rules:
                rule.touched = True
            self.validate()
            return
        try:
            saved = self.save()
        except SaphanError as exc:
            self.show_failure(exc)
            return
        if saved:
            self.accept()

    def save(self) -> bool:
        """Does what the dialog is for; True closes it. The default saves nothing."""
        return True

    def show_failure(self, exc: SaphanError) -> None:
        self.error.show_message(describe(exc))
