"""Settings' custom fields (admins): the list of the fields the organisation added to people and
sessions, and the dialog that defines one (kind, labels in English, Burmese and Thai, the
answers of a choice field, required). A field with values is deactivated, never deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import custom_fields
from db.changes import Change
from db.custom_fields import Choice, CustomField, Entity, FieldInput, Kind
from db.errors import SaphanError, ValidationFailed
from db.store import Store
from desktop import i18n
from desktop.changes import ChangeWatch
from desktop.custom_fields.words import definition_problem, kind_name
from desktop.labels import validation_message
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.field import FieldMessage
from desktop.widgets.form_dialog import FormDialog

LANGUAGE_COLUMNS = ("en", "my", "th")


def entity_name(entity: Entity) -> str:
    if entity is Entity.PERSON:
        return QCoreApplication.translate("CustomFields", "People")
    return QCoreApplication.translate("CustomFields", "Sessions")


class FieldDialog(FormDialog):
    """Define a new field, or change one (``field``). Emits ``saved(CustomField)``."""

    saved = Signal(object)

    def __init__(
        self, store: Store, field: CustomField | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Add a custom field") if field is None else self.tr("Change a custom field"),
            self.tr("Add field") if field is None else self.tr("Save changes"),
            parent,
        )
        self._store = store
        self._field = field
        self._code_edited = field is not None
        self._taken = (
            {f.code for f in custom_fields.list_fields(store, include_inactive=True)}
            if field is None
            else set()
        )
        self.setMinimumWidth(620)
        locked = field is not None and field.values > 0

        self.entity = QComboBox(self)
        for entity in Entity:
            self.entity.addItem(entity_name(entity), entity.value)
        self.kind = QComboBox(self)
        for kind in Kind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.entity.setEnabled(not locked)
        self.kind.setEnabled(not locked)
        self.add_field(self.tr("For"), self.entity, self.problem_check("entity"))
        self.add_field(self.tr("Kind"), self.kind, self.problem_check("kind"))

        self.labels: dict[str, QLineEdit] = {}
        names = {"en": self.tr("Name in English"), "my": self.tr("Name in Burmese")}
        names["th"] = self.tr("Name in Thai")
        for language in LANGUAGE_COLUMNS:
            edit = QLineEdit(self)
            edit.setMaxLength(custom_fields.LABEL_MAX + 20)
            self.labels[language] = edit
            label = names[language] + (" *" if language == "en" else "")
            self.add_field(label, edit, self.problem_check(f"labels.{language}"))
        self.labels["en"].setPlaceholderText(self.tr("e.g. Housing"))
        self.labels["en"].textChanged.connect(self._suggest_code)

        self.code = QLineEdit(self)
        self.code.setMaxLength(40)
        self.code.setReadOnly(field is not None)
        self.code.setToolTip(
            self.tr("How imports and exports name the field. It cannot change later.")
        )
        self.code.textEdited.connect(self._code_typed)
        self.add_field(self.tr("Code *"), self.code, self.problem_check("code"))

        self.required = QCheckBox(self.tr("Must be filled in"), self)
        self.add_field("", self.required)

        self._build_choices()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for editor in (self.entity, self.kind):
            self.watch(editor.currentIndexChanged)
        if field is not None:
            self._load(field)
        self._kind_changed()
        self.validate()
        self.labels["en"].setFocus()

    def _build_choices(self) -> None:
        self.choices_box = QGroupBox(self.tr("Answers to choose from"), self)
        self.choices = QTableWidget(0, len(LANGUAGE_COLUMNS), self.choices_box)
        self.choices.setHorizontalHeaderLabels(
            [self.tr("English *"), self.tr("Burmese"), self.tr("Thai")]
        )
        self.choices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choices.verticalHeader().setVisible(False)
        self.choices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.choices.setMinimumHeight(150)
        self.choices.itemChanged.connect(lambda *_a: self._choices_edited())
        self.add_choice_button = QPushButton(self.tr("Add answer"), self.choices_box)
        self.add_choice_button.setAutoDefault(False)
        self.add_choice_button.clicked.connect(self.add_choice)
        self.remove_choice_button = QPushButton(self.tr("Remove answer"), self.choices_box)
        self.remove_choice_button.setAutoDefault(False)
        self.remove_choice_button.clicked.connect(self.remove_choice)
        self.choices_message = FieldMessage(self.choices_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_choice_button)
        buttons.addWidget(self.remove_choice_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.choices_box)
        layout.addWidget(self.choices)
        layout.addLayout(buttons)
        layout.addWidget(self.choices_message)
        self.add_section(self.choices_box, stretch=1)
        self.check_field(self.choices_message, self._choices_problem)

    # --- loading and reading --------------------------------------------------------------

    def _load(self, field: CustomField) -> None:
        self.entity.setCurrentIndex(self.entity.findData(field.entity.value))
        self.kind.setCurrentIndex(self.kind.findData(field.kind.value))
        for language, edit in self.labels.items():
            edit.setText(field.labels.get(language, ""))
        self.code.setText(field.code)
        self.required.setChecked(field.required)
        for choice in field.choices:
            self.add_choice(choice)

    def add_choice(self, choice: Choice | None = None) -> None:
        row = self.choices.rowCount()
        self.choices.blockSignals(True)
        self.choices.insertRow(row)
        for column, language in enumerate(LANGUAGE_COLUMNS):
            text = choice.labels.get(language, "") if isinstance(choice, Choice) else ""
            item = QTableWidgetItem(text)
            if column == 0:
                # The stored value of an answer that exists already; "" for a new one.
                item.setData(Qt.ItemDataRole.UserRole, choice.value if choice else "")
            self.choices.setItem(row, column, item)
        self.choices.blockSignals(False)
        if not isinstance(choice, Choice):
            self.choices.setCurrentCell(row, 0)
            first = self.choices.item(row, 0)
            if first is not None:
                self.choices.editItem(first)
            self._choices_edited()

    def remove_choice(self) -> None:
        row = self.choices.currentRow()
        if row >= 0:
            self.choices.removeRow(row)
            self._choices_edited()

    def _choices_edited(self) -> None:
        self.touch(self.choices_message)

    def spec(self) -> FieldInput:
        choices: list[Choice] = []
        for row in range(self.choices.rowCount()):
            labels = {}
            value = ""
            for column, language in enumerate(LANGUAGE_COLUMNS):
                item = self.choices.item(row, column)
                if item is None:
                    continue
                labels[language] = item.text()
                if column == 0:
                    value = str(item.data(Qt.ItemDataRole.UserRole) or "")
            choices.append(Choice(value, labels))
        return FieldInput(
            Entity(self.entity.currentData()),
            self.code.text().strip(),
            Kind(self.kind.currentData()),
            {language: edit.text() for language, edit in self.labels.items()},
            tuple(choices) if self._kind() is Kind.CHOICE else (),
            self.required.isChecked(),
        )

    def _kind(self) -> Kind:
        return Kind(self.kind.currentData())

    def _kind_changed(self) -> None:
        self.choices_box.setVisible(self._kind() is Kind.CHOICE)
        self.validate()

    def _suggest_code(self, text: str) -> None:
        if not self._code_edited:
            self.code.setText(custom_fields.slug(text))

    def _code_typed(self, _text: str) -> None:
        self._code_edited = True

    # --- validity -------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        _stored, problems = custom_fields.check_field(self.spec(), self._taken)
        return problems

    def problem_text(self, key: str, code: str) -> str:
        return definition_problem(key, code)

    def _choices_problem(self) -> str:
        for key, code in self._problems.items():
            if key.startswith("choices"):
                return definition_problem(key, code)
        return ""

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        spec = self.spec()
        if self._field is None:
            saved = custom_fields.add_field(self._store, spec)
        else:
            saved = custom_fields.update_field(self._store, self._field.id, spec)
        self.saved.emit(saved)
        return True


class CustomFieldsBox(QGroupBox):
    """Settings' list of custom fields. Emits ``status_message`` after a change."""

    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Custom fields"))
        self._store = store
        self.dialog: FieldDialog | None = None
        self._fields: list[CustomField] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("For"), self.tr("Kind"), self.tr("State")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(220)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda *_a: self.edit_field())
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.clicked.connect(self.add_field)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_field)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_field)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.message = FieldMessage(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        explain = QLabel(
            self.tr(
                "Fields your organisation records about people or sessions besides Saphan's "
                "own. They show on the person form and when a session is logged, are in the "
                "records export and a person's copy of their data, and are never shared with "
                "the network. A field with values can be deactivated, not deleted."
            ),
            self,
        )
        explain.setWordWrap(True)
        set_role(explain, "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(explain)
        self.watch = ChangeWatch(self, store, {Change.CUSTOM_FIELDS}, self.reload)
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self._fields = custom_fields.list_fields(self._store, include_inactive=True, counted=True)
        language = i18n.current_language()
        self.table.setRowCount(len(self._fields))
        for row, f in enumerate(self._fields):
            state = self.tr("Active") if f.active else self.tr("Deactivated")
            if f.required and f.active:
                state = self.tr("Active, must be filled in")
            cells = (f.label(language), entity_name(f.entity), kind_name(f.kind), state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(f.code)
                self.table.setItem(row, column, item)
            if selected is not None and f.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> CustomField | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self._fields[row] if 0 <= row < len(self._fields) else None

    def _update_buttons(self) -> None:
        f = self.selected()
        for button in (self.edit_button, self.active_button, self.up_button, self.down_button):
            button.setEnabled(f is not None)
        self.delete_button.setEnabled(f is not None and f.values == 0)
        self.active_button.setText(
            self.tr("Reactivate") if f is not None and not f.active else self.tr("Deactivate")
        )

    def _open(self, field: CustomField | None) -> None:
        self.dialog = FieldDialog(self._store, field, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def add_field(self) -> None:
        self._open(None)

    def edit_field(self) -> None:
        f = self.selected()
        if f is not None:
            self._open(f)

    def _saved(self, field: CustomField) -> None:
        self.message.clear_message()
        self.reload()
        self.status_message.emit(
            self.tr("Saved the field {field}.").format(field=field.label(i18n.current_language()))
        )

    def _run(self, action: str) -> bool:
        f = self.selected()
        if f is None:
            return False
        try:
            if action == "toggle":
                custom_fields.set_active(self._store, f.id, not f.active)
            elif action == "delete":
                custom_fields.delete_field(self._store, f.id)
            else:
                custom_fields.move_field(self._store, f.id, -1 if action == "up" else 1)
        except SaphanError as exc:
            if isinstance(exc, ValidationFailed):
                self.message.show_message(validation_message(exc, definition_problem))
            else:
                dialogs.show_error(self, self.tr("Not changed"), exc)
            return False
        self.message.clear_message()
        self.reload()
        return True

    def toggle_active(self) -> None:
        f = self.selected()
        if f is not None and self._run("toggle"):
            news = (
                self.tr("The field {field} shows on the forms again.")
                if not f.active
                else self.tr("Deactivated the field {field}: its values are kept.")
            )
            self.status_message.emit(news.format(field=f.label(i18n.current_language())))

    def delete_field(self) -> None:
        f = self.selected()
        if f is None:
            return
        if not dialogs.ask(
            self,
            self.tr("Delete the field?"),
            self.tr("Delete the field {field}? No record has a value of it yet.").format(
                field=f.label(i18n.current_language())
            ),
            self.tr("Delete"),
            self.tr("Keep it"),
        ):
            return
        self._run("delete")

    def move_selected(self, step: int) -> None:
        self._run("up" if step < 0 else "down")


__all__ = ["CustomFieldsBox", "FieldDialog"]
