"""The projects table: every live project of the CSO (a CSO runs a handful at a time)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from db import projects
from db.projects import ProjectInfo
from db.store import Store
from desktop.labels import project_status_label
from desktop.widgets.date_field import format_date

_Index = QModelIndex | QPersistentModelIndex


def dates_text(project: ProjectInfo) -> str:
    start = format_date(project.start_date) if project.start_date else ""
    end = format_date(project.end_date) if project.end_date else ""
    if start and end:
        return f"{start} – {end}"
    if start:
        return translate("ProjectsModel", "from {date}").format(date=start)
    if end:
        return translate("ProjectsModel", "until {date}").format(date=end)
    return ""


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    text: Callable[[ProjectInfo], str]
    align_right: bool = False


translate = QCoreApplication.translate

COLUMNS: tuple[Column, ...] = (
    Column(lambda: translate("ProjectsModel", "Project"), lambda p: p.title),
    Column(lambda: translate("ProjectsModel", "Community or group"), lambda p: p.community),
    Column(
        lambda: translate("ProjectsModel", "Status"), lambda p: project_status_label(p.status.value)
    ),
    Column(lambda: translate("ProjectsModel", "Dates"), dates_text),
    Column(
        lambda: translate("ProjectsModel", "Participants"),
        lambda p: QLocale().toString(p.participants),
        True,
    ),
    Column(
        lambda: translate("ProjectsModel", "Sessions"),
        lambda p: QLocale().toString(p.sessions),
        True,
    ),
    Column(
        lambda: translate("ProjectsModel", "Plans"), lambda p: QLocale().toString(p.plans), True
    ),
)


class ProjectsModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[ProjectInfo] = []

    def reload(self) -> None:
        """Raises SaphanError (the page shows it)."""
        rows = projects.list_projects(self._store)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ProjectInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, project_id: int) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == project_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        project = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(project)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return project.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title()
        return None
