"""The group sessions logged for a project, with how many participants came to each."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import projects
from db.errors import SaphanError
from db.projects import ProjectInfo
from db.store import Store
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import format_date

DATE, TOPIC, LOCATION, MINUTES, ATTENDEES, PRESENT, ABSENT = range(7)


class SessionsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Topic"),
                self.tr("Place"),
                self.tr("Minutes"),
                self.tr("Attendees"),
                self.tr("Participants present"),
                self.tr("Participants absent"),
            ]
        )
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2.1))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        for column, width in ((DATE, 100), (LOCATION, 150), (MINUTES, 70), (ATTENDEES, 90)):
            table.setColumnWidth(column, width)
        table.setColumnWidth(PRESENT, 150)
        table.setColumnWidth(ABSENT, 150)
        self.summary = QLabel(self)
        set_role(self.summary, "muted")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(table, 1)

    def set_project(self, project: ProjectInfo | None) -> None:
        rows = []
        if project is not None:
            try:
                rows = projects.project_sessions(self._store, project.id)
            except SaphanError as exc:
                dialogs.show_error(self, self.tr("Could not load the sessions"), exc)
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for row, s in enumerate(rows):
            texts = (
                format_date(s.date),
                s.topic,
                s.location,
                locale.toString(s.duration_minutes),
                locale.toString(s.attendees),
                locale.toString(s.participants_present),
                locale.toString(s.participants_absent),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column >= MINUTES:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if rows:
            self.summary.setText(
                self.tr("{count} session(s) logged for this project.").format(count=len(rows))
            )
        else:
            self.summary.setText(
                self.tr(
                    "No group sessions are linked to this project yet. Sessions linked to it "
                    "show here with who came."
                )
            )
