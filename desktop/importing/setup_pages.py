"""The import wizard's first pages: the file, its columns, and consent and defaults."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
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
    QWizardPage,
)

from db import importing
from db.errors import SaphanError
from db.import_headers import BIRTH_FIELDS, FIELDS, NAME_FIELDS
from db.importing import ImportFileProblem, ImportOptions, column_letter
from db.types import Nationality, PopulationGroup
from desktop import i18n
from desktop.errors import describe
from desktop.fonts import script_line_height
from desktop.importing.words import field_label
from desktop.labels import nationality_label, population_group_label
from desktop.style import set_role
from desktop.widgets.date_field import DateField

if TYPE_CHECKING:
    from desktop.importing.wizard import ImportWizard


def _wrapped(text: str, parent: QWidget, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose the list to import"))
        self.setSubTitle(
            self.tr(
                "An Excel (.xlsx) or CSV file with one person per row and a row of column "
                "titles above them. Nothing is imported before you have checked every row."
            )
        )
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("Choose a file, or paste its path here"))
        self.file_edit.returnPressed.connect(self._load_typed)
        self.file_edit.editingFinished.connect(self._load_typed)
        self.browse_button = QPushButton(self.tr("Choose file…"), self)
        self.browse_button.clicked.connect(self._browse)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.currentTextChanged.connect(self._load_sheet)
        self.sheet_label = QLabel(self.tr("Sheet:"), self)
        self.status = _wrapped("", self, "muted")
        self.template_button = QPushButton(self.tr("Download the template…"), self)
        self.template_button.clicked.connect(self._save_template)
        template_note = _wrapped(
            self.tr(
                "No list yet, or columns that do not fit? The template has the columns Saphan "
                "knows, an example row and notes in English, Burmese and Thai."
            ),
            self,
            "muted",
        )

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        template_row = QHBoxLayout()
        template_row.addWidget(template_note, 1)
        template_row.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(template_row)
        self._show_sheets([])

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the list to import"),
            str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)"),
        )
        if path:
            self.file_edit.setText(path)
            self.load_file(Path(path))

    def _load_typed(self) -> None:
        text = self.file_edit.text().strip().strip('"')
        current = self._wizard.path
        if text and (current is None or Path(text) != current):
            self.load_file(Path(text))

    def load_file(self, path: Path) -> None:
        """Read the file's sheet names and its first sheet."""
        self._wizard.path = path
        self._wizard.sheet = None
        try:
            names = importing.list_sheets(path)
        except ImportFileProblem as exc:
            self._fail(describe(exc))
            return
        except OSError:
            self._fail(self.tr("This file cannot be opened. Check that it exists."))
            return
        self._show_sheets(names)
        self._load_sheet(names[0] if names else "")

    def _show_sheets(self, names: list[str]) -> None:
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setVisible(len(names) > 1)
        self.sheet_label.setVisible(len(names) > 1)

    def _load_sheet(self, name: str) -> None:
        path = self._wizard.path
        if path is None or not name:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheet_name = name if path.suffix.lower() in (".xlsx", ".xlsm") else None
            self._wizard.sheet = importing.read_sheet(path, sheet_name)
        except ImportFileProblem as exc:
            self._fail(describe(exc))
            return
        except OSError:
            self._fail(self.tr("This file cannot be opened. Check that it exists."))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        sheet = self._wizard.sheet
        set_role(self.status, "muted")
        self.status.setText(
            self.tr("{rows} rows found below the column titles in row {header}.").format(
                rows=len(sheet.rows), header=sheet.header_row
            )
        )
        self.completeChanged.emit()

    def _fail(self, message: str) -> None:
        self._wizard.sheet = None
        set_role(self.status, "fieldError")
        self.status.setText(message)
        self.completeChanged.emit()

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import template"),
            str(Path.home() / self.tr("Saphan import template.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        try:
            importing.write_import_template(target)
        except OSError:
            self._fail(self.tr("The template could not be saved there. Choose another folder."))
            return
        set_role(self.status, "muted")
        self.status.setText(self.tr("Template saved as {path}.").format(path=str(target)))

    def isComplete(self) -> bool:
        return self._wizard.sheet is not None and bool(self._wizard.sheet.rows)


class MappingPage(QWizardPage):
    """One line per column of the file: its title, a few values, and the field it fills."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.note = _wrapped("", self, "muted")
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Saphan field")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(script_line_height(self.font()) + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.missing = _wrapped("", self, "fieldError")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        sheet = self._wizard.sheet
        assert sheet is not None
        try:
            mapping, remembered = importing.suggest_mapping(self._wizard.store, sheet)
        except SaphanError:
            mapping, remembered = {}, False
        self.note.setText(
            self.tr("These columns are matched as the last time you imported a list like this.")
            if remembered
            else self.tr(
                "Saphan guessed the fields from the column titles. Check each one; choose "
                "“Do not import” for columns that are not needed."
            )
        )
        self.table.setRowCount(len(sheet.header))
        self.combos = []
        # The admin's custom fields of people (db.custom_fields), after Saphan's own.
        try:
            custom = importing.custom_targets(self._wizard.store)
        except SaphanError:
            custom = {}
        language = i18n.current_language()
        for column, title in enumerate(sheet.header):
            shown = f"{column_letter(column)}  {title}" if title else column_letter(column)
            self.table.setItem(column, 0, QTableWidgetItem(shown))
            self.table.setItem(column, 1, QTableWidgetItem("  ·  ".join(sheet.samples(column))))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— Do not import —"), "")
            for target in FIELDS:
                combo.addItem(field_label(target), target)
            for target, field in custom.items():
                combo.addItem(field.label(language), target)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column, ""))))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self._changed()

    def mapping(self) -> dict[int, str]:
        return {i: str(c.currentData()) for i, c in enumerate(self.combos) if c.currentData()}

    def problems(self) -> list[str]:
        targets = list(self.mapping().values())
        problems: list[str] = []
        if not set(NAME_FIELDS) & set(targets):
            problems.append(self.tr("Choose the column with the name."))
        if "sex" not in targets:
            problems.append(self.tr("Choose the column with the sex."))
        if not set(BIRTH_FIELDS) & set(targets):
            problems.append(self.tr("Choose the column with the date of birth, birth year or age."))
        twice = sorted({t for t in targets if targets.count(t) > 1})
        for target in twice:
            problems.append(
                self.tr("Two columns are set to “{field}”.").format(field=field_label(target))
            )
        return problems

    def _changed(self) -> None:
        self.missing.setText("\n".join(self.problems()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problems()

    def validatePage(self) -> bool:
        self._wizard.mapping = self.mapping()
        sheet = self._wizard.sheet
        if sheet is not None:
            # The same layout maps itself next time. A failure to remember is no reason to stop.
            with contextlib.suppress(SaphanError):
                importing.remember_mapping(self._wizard.store, sheet, self._wizard.mapping)
        return True


class ConsentPage(QWizardPage):
    """Consent for all rows when the file has no consent columns, and defaults for empty cells."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Consent and defaults"))
        self.setSubTitle(
            self.tr(
                "Saphan registers only people who agreed to receive services. Say what the "
                "people in this list agreed to, and when."
            )
        )
        self.consent_box = QGroupBox(self.tr("Consent of everyone in the list"), self)
        self.consent_date = DateField(self.consent_box)
        self.consent_date.set_maximum(dt.date.today())
        self.services = QCheckBox(self.tr("They agreed to receive services (required)"))
        self.referral = QCheckBox(self.tr("They agreed to be referred to other services"))
        self.data_use = QCheckBox(self.tr("They agreed that their data is used for reports"))
        form = QFormLayout(self.consent_box)
        form.addRow(self.tr("Consent date:"), self.consent_date)
        form.addRow(self.services)
        form.addRow(self.referral)
        form.addRow(self.data_use)
        self.consent_from_file = _wrapped(
            self.tr("Consent is read from the file's consent columns, row by row."), self, "muted"
        )

        self.defaults_box = QGroupBox(self.tr("When a cell is empty"), self)
        self.group = QComboBox(self.defaults_box)
        self.group.addItem(self.tr("— Every row must say —"), None)
        for group in PopulationGroup:
            self.group.addItem(population_group_label(group), group.value)
        self.nationality = QComboBox(self.defaults_box)
        for nationality in Nationality:
            self.nationality.addItem(nationality_label(nationality), nationality.value)
        defaults = QFormLayout(self.defaults_box)
        defaults.addRow(self.tr("Population group:"), self.group)
        defaults.addRow(self.tr("Nationality:"), self.nationality)
        self.missing = _wrapped("", self, "fieldError")

        layout = QVBoxLayout(self)
        layout.addWidget(self.consent_from_file)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.defaults_box)
        layout.addWidget(self.missing)
        layout.addStretch(1)
        for box in (self.services, self.referral, self.data_use):
            box.toggled.connect(self._changed)
        self.consent_date.changed.connect(self._changed)
        self.group.currentIndexChanged.connect(self._changed)

    def initializePage(self) -> None:
        targets = set(self._wizard.mapping.values())
        from_file = {"consent_date", "consent_services"} <= targets
        self.consent_box.setVisible(not from_file)
        self.consent_from_file.setVisible(from_file)
        self._changed()

    def options(self) -> ImportOptions:
        return ImportOptions(
            consent_date=self.consent_date.date(),
            consent_services=self.services.isChecked(),
            consent_referral=self.referral.isChecked(),
            consent_data_use=self.data_use.isChecked(),
            population_group=PopulationGroup(group)
            if (group := self.group.currentData())
            else None,
            nationality=Nationality(self.nationality.currentData()),
        )

    def _problems(self) -> list[str]:
        problems = importing.mapping_problems(self._wizard.mapping, self.options())
        words = {
            "consent_date": self.tr("Enter the date they gave their consent."),
            "consent_services": self.tr(
                "Importing needs their consent to receive services: tick it only if they gave it."
            ),
            "population_group": self.tr(
                "The list has no population group column: choose one for everyone."
            ),
        }
        return [words[k] for k in words if k in problems]

    def _changed(self) -> None:
        self.missing.setText("\n".join(self._problems()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problems()

    def validatePage(self) -> bool:
        self._wizard.import_options = self.options()
        return True
