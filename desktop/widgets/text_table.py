"""A plain read-only table of texts (previews, lists of files, members), and month labels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.style import MUTED


def month_label(month: str) -> str:
    """ "2025-03" as "Mar 2025" in the UI language; anything else as it is."""
    try:
        year, number = (int(part) for part in month.split("-"))
    except ValueError:
        return month
    return QLocale().toString(QDate(year, number, 1), "MMM yyyy")


class TextTable(QTableWidget):
    """Texts in rows. Columns from ``numeric_from`` on are right-aligned (numbers)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)

    def show_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        numeric_from: int | None = None,
        muted: str = "",
    ) -> None:
        """``muted``: a text shown in grey where it appears (e.g. "withheld")."""
        self.clearContents()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(list(headers))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if numeric_from is not None and c >= numeric_from:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(text if len(text) > 40 else "")
                if muted and text == muted:
                    item.setForeground(QColor(MUTED))
                self.setItem(r, c, item)
        # Columns as wide as their texts (long tables scroll sideways, nothing is cut short);
        # the last one takes the room left.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.resizeColumnsToContents()
        for c in range(self.columnCount()):
            self.setColumnWidth(c, min(self.columnWidth(c), 420))
        header.setStretchLastSection(True)

    def texts(self) -> list[list[str]]:
        """Every cell's text, row by row (what a person reads; tests read it too)."""
        return [
            [
                (item.text() if (item := self.item(r, c)) is not None else "")
                for c in range(self.columnCount())
            ]
            for r in range(self.rowCount())
        ]

    def column_texts(self, column: int) -> list[str]:
        return [row[column] for row in self.texts()]
