"""The base of Saphan's form dialogs.

Each field is added with a *check* (``() -> str``, the problem in words or ""). The checks run as
the user types; a field's message shows in red under it once the field has been touched (no red
text on a fresh form); OK, which says what it does, is enabled only while every check passes.
Enter presses OK when it is enabled, Escape is Cancel. What the facade refuses on save shows in
the error line above the buttons, and nothing typed is lost.

A form that validates as a whole, the way the facade does, returns ``{field key: problem code}``
from :meth:`FormDialog.problems` and checks each field with :meth:`FormDialog.problem_check`;
:meth:`FormDialog.problem_text` words a code (also the facade's, when it refuses a save).

Besides the form: :meth:`~FormDialog.add_above` (a title, a notice), :meth:`~FormDialog.add_beside`
(a column next to the form, e.g. a picker), :meth:`~FormDialog.add_section` (tabs, a list under
the form), and :attr:`~FormDialog.footer`, a muted line beside the buttons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import SaphanError, ValidationFailed
from desktop.errors import describe
from desktop.labels import problem_message, validation_message
from desktop.style import set_role
from desktop.widgets.field import Field, FieldMessage

Check = Callable[[], str]


def changed_signal(editor: QWidget) -> SignalInstance | None:
    """The signal an editor sends on every change the user makes. A composite editor (a date
    field, a picker) says so with a ``changed`` signal of its own."""
    own = getattr(editor, "changed", None)
    if isinstance(own, SignalInstance):
        return own
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
    message: FieldMessage
    check: Check
    touched: bool = False


class FormScroll(QScrollArea):
    """A frameless scroll area that asks for its content's whole size (a plain QScrollArea
    asks for a small box) but can be made as low as a few rows."""

    def __init__(self, content: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = content.sizeHint() if content is not None else QSize(0, 0)
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)  # narrower than its content: it scrolls (1366×768 at 125 %)


class FormDialog(QDialog):
    """A form, an error line and OK/Cancel, where OK is enabled only while the form is valid."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._rules: list[_Rule] = []
        self._problems: dict[str, str] = {}
        self._above = 0
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column = QVBoxLayout()  # the form keeps its rows' heights: the slack goes under it
        column.addLayout(self.form)
        column.addStretch(1)
        self.body = QHBoxLayout()  # the form, and any column beside it
        self.body.addLayout(column, 1)
        self.error = FieldMessage(self)
        self._build_buttons(ok_text)
        # Everything above the error line and the buttons scrolls when the screen is too
        # small for it (1366×768 at 125 %); the buttons stay put.
        self.content = QWidget(self)
        self.layout_ = QVBoxLayout(self.content)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(self.body, 1)
        self.body_scroll = FormScroll(self.content, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.addWidget(self.body_scroll, 1)
        outer.addWidget(self.error)
        outer.addLayout(self.button_row)

    def _build_buttons(self, ok_text: str) -> None:
        """OK (the default button, saying what it does) and Cancel, the footer beside them."""
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
        self.footer = QLabel(self)  # e.g. what is still missing; empty unless a dialog says
        set_role(self.footer, "muted")
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.footer, 1)
        self.button_row.addWidget(self.buttons)

    # --- building the form ----------------------------------------------------------------

    def add_field(self, label: str, editor: QWidget, check: Check | None = None) -> Field:
        """Adds a row: ``editor`` with its message underneath, checked as the user types."""
        row = Field(editor, self)
        self.form.addRow(label, row)
        if check is not None:
            self.check_field(row, check, editor)
        return row

    def check_field(self, row: Field | FieldMessage, check: Check, *editors: QWidget) -> None:
        """Checks ``row`` (a field built elsewhere, or just the message that speaks for it)
        whenever one of ``editors`` changes, or when :meth:`touch` is called for it."""
        rule = _Rule(row.message if isinstance(row, Field) else row, check)
        self._rules.append(rule)
        for editor in editors:
            signal = changed_signal(editor)
            if signal is not None:
                signal.connect(lambda *_a, r=rule: self._touched(r))

    def watch(self, signal: SignalInstance) -> None:
        """Validate again when ``signal`` fires (for validity that is not one field's)."""
        signal.connect(lambda *_a: self.validate())

    def add_above(self, part: QWidget | QLayout) -> None:
        """Something above the form (a title, a notice), below what was added above before."""
        if isinstance(part, QLayout):
            self.layout_.insertLayout(self._above, part)
        else:
            self.layout_.insertWidget(self._above, part)
        self._above += 1

    def add_beside(self, part: QWidget, stretch: int = 1, form_stretch: int = 1) -> None:
        """A column to the right of the form; the two share the width as their stretches say."""
        self.body.setStretch(0, form_stretch)
        self.body.addSpacing(12)  # (not the body's spacing: the form would take it on as well)
        self.body.addWidget(part, stretch)

    def add_section(self, part: QWidget | QLayout, stretch: int = 0) -> None:
        """Something across the dialog under the form (tabs, a list), above the error line.
        A section that stretches takes the slack that otherwise goes under the form."""
        if stretch:
            self.layout_.setStretchFactor(self.body, 0)
        if isinstance(part, QLayout):
            self.layout_.addLayout(part, stretch)
        else:
            self.layout_.addWidget(part, stretch)

    # --- touching -------------------------------------------------------------------------

    def _touched(self, rule: _Rule) -> None:
        rule.touched = True
        self.validate()

    def touch(self, *rows: Field | FieldMessage) -> None:
        """Treat ``rows`` as changed by the user: their messages show from now on."""
        messages = {id(r.message if isinstance(r, Field) else r) for r in rows}
        for rule in self._rules:
            if id(rule.message) in messages:
                rule.touched = True
        self.validate()

    def touch_all(self) -> None:
        """Every field's message shows (OK pressed, or a record opened with its problems)."""
        for rule in self._rules:
            rule.touched = True
        self.validate()

    # --- validity -------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """The form's problems as ``{field key: problem code}``; any problem keeps OK disabled.
        Computed once per validation; :meth:`problem_check` reads a field's from it."""
        return {}

    def problem_text(self, key: str, code: str) -> str:
        """The words for problem ``code`` of field ``key`` (dialogs with their own wording
        override this; it also words what the facade refuses)."""
        return problem_message(key, code)

    def problem_check(self, key: str) -> Check:
        """The check of the field whose problems :meth:`problems` reports under ``key``."""

        def check() -> str:
            code = self._problems.get(key)
            return self.problem_text(key, code) if code else ""

        return check

    def form_valid(self) -> bool:
        """Validity beyond the fields' checks (subclasses may add to it)."""
        return True

    def validate(self) -> bool:
        """Runs every check, shows the messages of touched fields, enables OK accordingly."""
        self.error.clear_message()
        self._problems = self.problems()
        valid = not self._problems
        for rule in self._rules:
            problem = rule.check()
            valid = valid and not problem
            rule.message.show_message(problem if rule.touched else "")
        valid = valid and self.form_valid()
        self.ok_button.setEnabled(valid)
        return valid

    # --- OK and Cancel --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, (QPlainTextEdit, QTextEdit)):
                return  # a new line in a multi-line text, never OK
            if (
                isinstance(focus, QAbstractButton)
                and not isinstance(focus, (QCheckBox, QRadioButton))
                and focus is not self.ok_button
            ):
                focus.click()  # Enter on a focused button presses that button
                return
            self.submit()  # from a field, a check box or a radio button: OK
            return
        super().keyPressEvent(event)  # Escape: reject

    def submit(self) -> None:
        """OK: checks again, saves, and closes only when the save worked."""
        if not self.validate():
            self.touch_all()
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
        """What the facade refused, in the error line; a refused input in this form's words."""
        if isinstance(exc, ValidationFailed):
            self.error.show_message(validation_message(exc, self.problem_text))
        else:
            self.error.show_message(describe(exc))
