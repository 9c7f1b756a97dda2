"""The projects table: every live project of the CSO (a CSO runs a handful at a time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from db import projects
from db.projects import ProjectInfo
from db.store import Store
from desktop.labels import project_status_label
from desktop.widgets.date_field import format_date
from desktop.widgets.table_model import Column, RowsModel

translate = QCoreApplication.translate


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


COLUMNS: tuple[Column[ProjectInfo], ...] = (
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


class ProjectsModel(RowsModel[ProjectInfo]):
    """Every live project, loaded at once (a CSO runs a handful)."""

    columns = COLUMNS

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def reload(self) -> None:
        """Raises SaphanError (the page shows it)."""
        self.set_rows(projects.list_projects(self._store))
