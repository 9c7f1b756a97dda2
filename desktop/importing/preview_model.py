"""The rows of an import preview as a table: status, the person as read, problems, and the
two choices a person makes per row (import it? use the Unicode spelling of a Zawgyi name?)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from db.importing import ImportChoices, ImportPreview, PreviewRow
from desktop.importing.words import problem_text
from desktop.labels import duplicate_reason_label, sex_label
from desktop.widgets.date_field import format_date
from desktop.widgets.table_model import Index, RowsModel

_Index = Index
ROW, IMPORT, STATUS, NAME, SCRIPT, SEX, BORN, PHONE, UNICODE, DETAILS = range(10)
_PROBLEM = QColor("#b3261e")
_WARNING = QColor("#8a5a00")


class PreviewModel(RowsModel[PreviewRow]):
    tooltips = False  # only the problems column has one (all of them, one a line)

    def __init__(self, preview: ImportPreview, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview
        defaults = ImportChoices.default(preview)
        self._rows = list(preview.rows)
        self.included = {r.row_number for r in self.rows if r.ready} - set(defaults.skip)
        self.unicode = set(defaults.convert_zawgyi)

    @property
    def rows(self) -> list[PreviewRow]:
        return self._rows

    def row_id(self, row: PreviewRow) -> object:
        return row.row_number

    def choices(self) -> ImportChoices:
        return ImportChoices(
            convert_zawgyi=frozenset(self.unicode),
            skip=frozenset(r.row_number for r in self.rows if r.row_number not in self.included),
        )

    def set_all_unicode(self, on: bool) -> None:
        self.unicode = {r.row_number for r in self.rows if r.zawgyi} if on else set()
        self._changed_column(UNICODE)
        self._changed_column(SCRIPT)

    def _changed_column(self, column: int) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def column_count(self) -> int:
        return DETAILS + 1

    def column_titles(self) -> list[str]:
        return [
            self.tr("Row"),
            self.tr("Import"),
            self.tr("Status"),
            self.tr("Name"),
            self.tr("Name (own script)"),
            self.tr("Sex"),
            self.tr("Born"),
            self.tr("Phone"),
            self.tr("Zawgyi → Unicode"),
            self.tr("Problems and notes"),
        ]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if index.column() == IMPORT and row.ready:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == UNICODE and row.zawgyi:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell_text(self, row: PreviewRow, column: int) -> str:
        return self._text(row, column)

    def extra_data(self, row: PreviewRow, index: _Index, role: int) -> Any:
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole:
            if column == IMPORT:
                on = row.ready and row.row_number in self.included
            elif column == UNICODE and row.zawgyi:
                on = row.row_number in self.unicode
            else:
                return None
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column in (STATUS, DETAILS):
            if not row.ready:
                return QBrush(_PROBLEM)
            if row.is_duplicate or row.zawgyi:
                return QBrush(_WARNING)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == DETAILS:
            return self._details(row, "\n")
        return None

    def _text(self, row: PreviewRow, column: int) -> str:
        person = row.person
        if column == ROW:
            return str(row.row_number)
        if column == STATUS:
            if not row.ready:
                return self.tr("Problem")
            if row.is_duplicate:
                return self.tr("Duplicate?")
            return self.tr("Ready")
        if column == NAME:
            return person.name_latin if person else row.values.get("name_latin", "")
        if column == SCRIPT:
            if row.zawgyi and row.row_number in self.unicode:
                return row.zawgyi[0].unicode
            if person:
                return person.name_script
            return row.values.get("name_script") or row.values.get("name", "")
        if column == SEX:
            return sex_label(person.sex) if person else row.values.get("sex", "")
        if column == BORN:
            if person and person.birth_date:
                return format_date(person.birth_date)
            if person and person.birth_year:
                return self.tr("about {year}").format(year=person.birth_year)
            return row.values.get("birth_date") or row.values.get("age", "")
        if column == PHONE:
            return person.phone if person else row.values.get("phone", "")
        if column == UNICODE:
            return row.zawgyi[0].unicode if row.zawgyi else ""
        if column == DETAILS:
            return self._details(row, "\n")
        return ""

    def _details(self, row: PreviewRow, separator: str) -> str:
        parts = [problem_text(p) for p in row.problems]
        if row.duplicate_of_row is not None:
            parts.append(
                self.tr("Same name and birth year as row {row}.").format(row=row.duplicate_of_row)
            )
        for duplicate in row.existing[:3]:
            parts.append(
                self.tr("Maybe already registered: {code} ({why}).").format(
                    code=duplicate.row.code, why=duplicate_reason_label(duplicate.reason)
                )
            )
        if row.zawgyi:
            parts.append(self.tr("The name is typed in Zawgyi."))
        return separator.join(parts)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.rows[index.row()]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        target = {IMPORT: self.included, UNICODE: self.unicode}.get(index.column())
        if target is None:
            return False
        if on:
            target.add(row.row_number)
        else:
            target.discard(row.row_number)
        self.dataChanged.emit(index, index)
        if index.column() == UNICODE:
            script = self.index(index.row(), SCRIPT)
            self.dataChanged.emit(script, script)
        return True

    def needs_attention(self, row_index: int) -> bool:
        row = self.rows[row_index]
        return not row.ready or row.is_duplicate or bool(row.zawgyi)

    def to_import(self) -> int:
        return sum(1 for r in self.rows if r.ready and r.row_number in self.included)
