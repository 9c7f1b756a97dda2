"""A read-only table of the numbers a chart shows: labels left, numbers right-aligned."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

Cell = str | int | float | None


class NumbersTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(48)

    def show_numbers(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        *,
        total_row: bool = False,
        colours: Sequence[str | None] = (),
    ) -> None:
        """``rows``: the first cell is a label, the others numbers (None = not applicable).
        ``colours`` marks the columns with the colour of their line in the chart."""
        locale = QLocale()
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        for column, title in enumerate(headers):
            item = QTableWidgetItem(title)
            align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            if column < len(colours) and colours[column]:
                item.setForeground(QColor(colours[column]))
            item.setToolTip(title.replace("\n", " "))
            self.setHorizontalHeaderItem(column, item)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if c == 0:
                    text = str(value)
                elif value is None:
                    text = "–"
                elif isinstance(value, float):
                    text = locale.toString(value, "f", 1)
                elif isinstance(value, int):
                    text = locale.toString(value)
                else:
                    text = str(value)
                item = QTableWidgetItem(text)
                align = Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    item.setData(Qt.ItemDataRole.UserRole, value)
                if total_row and r == len(rows) - 1:
                    item.setFont(bold)
                self.setItem(r, c, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if headers:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def value(self, row: int, column: int) -> int | float | None:
        """The number in a cell (what a test or a copy reads)."""
        item = self.item(row, column)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def row_of(self, label: str) -> int | None:
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if item is not None and item.text() == label:
                return r
        return None
