"""The admin's custom fields on a form (the person form, the log-a-session dialog): a row per
active field, labelled in the user's language, with the editor its kind needs; checked as the
user types, by the same rules the store applies (db.custom_fields.check_values)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from db import custom_fields
from db.custom_fields import CustomField, Kind
from desktop import i18n
from desktop.custom_fields.words import value_problem
from desktop.dates import date_text
from desktop.labels import problem_message
from desktop.style import set_role
from desktop.widgets.date_field import DateField
from desktop.widgets.field import Field, FieldMessage

translate = QCoreApplication.translate


def field_label(f: CustomField, language: str | None = None) -> str:
    """The field's label in ``language`` (the interface's), marked * when required."""
    text = f.label(language or i18n.current_language())
    return f"{text} *" if f.required else text


def value_text(f: CustomField, value: object, language: str | None = None) -> str:
    """A typed value (db.custom_fields.typed) as a person reads it."""
    if value is None or value == "":
        return ""
    if f.kind is Kind.YES_NO:
        yes = translate("CustomFieldsPanel", "Yes")
        return yes if value else translate("CustomFieldsPanel", "No")
    if f.kind is Kind.DATE and isinstance(value, dt.date):
        return date_text(value)
    if f.kind is Kind.CHOICE:
        choice = f.choice(str(value))
        return choice.label(language or i18n.current_language()) if choice else str(value)
    return str(value)


class CustomFieldsPanel(QWidget):
    """The rows of ``fields``: in a form of its own, or added to ``form`` (another dialog's,
    so that they line up with its rows; the panel then shows nothing itself). ``edited(key)``
    says which field the user changed (its problem key, ``custom.<code>``)."""

    edited = Signal(str)

    def __init__(
        self,
        fields: Sequence[CustomField],
        parent: QWidget | None = None,
        *,
        form: QFormLayout | None = None,
    ) -> None:
        super().__init__(parent)
        self.custom_fields = list(fields)
        self.editors: dict[str, QWidget] = {}
        self.rows: dict[str, Field] = {}
        owner = self if form is None else (parent or self)
        if form is None:
            form = QFormLayout(self)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        else:
            self.hide()
        self.form = form
        language = i18n.current_language()
        for f in self.custom_fields:
            editor = self._editor(f, language, owner)
            row = Field(editor, owner)
            self.editors[f.code] = editor
            self.rows[f.key] = row
            label = QLabel(field_label(f, language), owner)
            label.setWordWrap(True)
            label.setBuddy(editor)
            form.addRow(label, row)
        if not self.custom_fields and owner is self:
            empty = QLabel(self.tr("Your organisation has added no fields here."), self)
            set_role(empty, "muted")
            self.form.addRow(empty)

    def _editor(self, f: CustomField, language: str, owner: QWidget) -> QWidget:
        key = f.key
        if f.kind is Kind.DATE:
            date = DateField(owner)
            date.changed.connect(lambda k=key: self.edited.emit(k))
            return date
        if f.kind in (Kind.CHOICE, Kind.YES_NO):
            combo = QComboBox(owner)
            combo.addItem(self.tr("(not answered)"), "")
            if f.kind is Kind.YES_NO:
                combo.addItem(self.tr("Yes"), "yes")
                combo.addItem(self.tr("No"), "no")
            for choice in f.choices:
                combo.addItem(choice.label(language), choice.value)
            combo.currentIndexChanged.connect(lambda _i, k=key: self.edited.emit(k))
            return combo
        line = QLineEdit(owner)
        line.setMaxLength(custom_fields.TEXT_MAX)
        if f.kind is Kind.NUMBER:
            line.setMaximumWidth(160)
            line.setPlaceholderText(self.tr("a number"))
        line.textChanged.connect(lambda _t, k=key: self.edited.emit(k))
        return line

    # --- values ---------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """Every field's value as typed, by code ("" for none): what PersonInput.custom and
        SessionInput.custom take."""
        found: dict[str, object] = {}
        for f in self.custom_fields:
            editor = self.editors[f.code]
            if isinstance(editor, DateField):
                day = editor.date()
                found[f.code] = day if day is not None else editor.edit.text().strip()
            elif isinstance(editor, QComboBox):
                found[f.code] = editor.currentData() or ""
            elif isinstance(editor, QLineEdit):
                found[f.code] = editor.text()
        return found

    def set_values(self, values: Mapping[str, object]) -> None:
        """Show stored values (db.custom_fields.typed), by code."""
        for f in self.custom_fields:
            editor = self.editors[f.code]
            value = values.get(f.code)
            if isinstance(editor, DateField):
                editor.set_date(value if isinstance(value, dt.date) else None)
            elif isinstance(editor, QComboBox):
                if f.kind is Kind.YES_NO and isinstance(value, bool):
                    value = "yes" if value else "no"
                index = editor.findData(value if value is not None else "")
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))

    def problems(self) -> dict[str, str]:
        """The problems of what is typed, keyed ``custom.<code>``, as the store would find."""
        _cleaned, problems = custom_fields.check_values(
            self.custom_fields, self.values(), require_all=True
        )
        return problems

    def messages(self) -> dict[str, FieldMessage]:
        return {key: row.message for key, row in self.rows.items()}

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.setEnabled(not read_only)

    @staticmethod
    def problem_text(key: str, code: str) -> str:
        if key.startswith(custom_fields.PREFIX):
            return value_problem(code)
        return problem_message(key, code)
