"""The dialog that lists why an XLSForm (db.instruments.xlsform) was not imported: each problem
with its sheet and row, in the user's language (the sentences are in desktop/errors.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
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

from db.instruments.problems import FormProblem
from desktop.errors import form_problem


class FormProblemsDialog(QDialog):
    """Why a form was not imported: one line per problem, with its sheet and row."""

    def __init__(
        self, file_name: str, problems: list[FormProblem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instrument not imported"))
        heading = QLabel(
            self.tr(
                "{file} was not imported and nothing was changed. Mend these rows in the "
                "workbook and import it again."
            ).format(file=file_name),
            self,
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(len(problems), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Problem")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for n, problem in enumerate(problems):
            sheet = problem.sheet or self.tr("(the file)")
            row = "" if problem.row is None else str(problem.row)
            cells = [sheet, row, form_problem(problem, QCoreApplication.translate)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(n, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Rows as tall as their wrapped text, once the problem column has its width.
        self.table.resizeRowsToContents()
