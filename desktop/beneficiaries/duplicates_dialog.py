"""Before saving: "these people may be the same person" with Save anyway / Go back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.types import PossibleDuplicate
from desktop.labels import duplicate_reason_label, sex_label


class DuplicatesDialog(QDialog):
    def __init__(self, duplicates: list[PossibleDuplicate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.resize(760, 300)
        text = QLabel(
            self.tr(
                "This person may already be registered. Check the list below; if one of them is "
                "the same person, go back and open their record instead."
            ),
            self,
        )
        text.setWordWrap(True)
        self.table = QTableWidget(len(duplicates), 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Name (Myanmar/Thai script)"),
                self.tr("Sex"),
                self.tr("Born"),
                self.tr("Why it may be the same person"),
            ]
        )
        for row, dup in enumerate(duplicates):
            r = dup.row
            born = f"~{r.birth_date.year}" if r.birth_date_estimated else str(r.birth_date.year)
            cells = (
                r.code,
                r.name_latin,
                r.name_script,
                sex_label(r.sex),
                born,
                duplicate_reason_label(dup.reason),
            )
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox(self)
        self.go_back = buttons.addButton(self.tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_anyway = buttons.addButton(
            self.tr("Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go_back.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
