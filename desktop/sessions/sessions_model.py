"""The sessions table: newest first, fetched from the store a page at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal

from db import activities
from db.activities import SessionRecord
from db.store import Store
from desktop.labels import session_activity_label, session_programme_label
from desktop.widgets.date_field import format_date
from desktop.widgets.table_model import CallSource, Column, Index, PagedModel

PAGE_SIZE = 200


@dataclass(frozen=True)
class SessionFilter:
    programme_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None


translate = QCoreApplication.translate

COLUMNS: tuple[Column[SessionRecord], ...] = (
    Column(lambda: translate("SessionsModel", "Date"), lambda s: format_date(s.date)),
    Column(
        lambda: translate("SessionsModel", "Activity"),
        session_activity_label,
    ),
    Column(lambda: translate("SessionsModel", "Programme"), session_programme_label),
    Column(lambda: translate("SessionsModel", "Topic"), lambda s: s.topic),
    Column(lambda: translate("SessionsModel", "Location"), lambda s: s.location),
    Column(lambda: translate("SessionsModel", "Facilitator"), lambda s: s.facilitator),
    Column(
        lambda: translate("SessionsModel", "Attendees"),
        lambda s: QLocale().toString(s.attendees),
        align_right=True,
    ),
)


class SessionsModel(PagedModel[SessionRecord]):
    """Holds the sessions loaded so far; the view asks for more as the user scrolls."""

    loaded = Signal(int)  # rows loaded after a new query

    columns = COLUMNS
    page_size = PAGE_SIZE
    align_headers = True

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = SessionFilter()

    @property
    def filter(self) -> SessionFilter:
        return self._filter

    def set_filter(self, session_filter: SessionFilter) -> None:
        self._filter = session_filter
        self.reload()

    def source(self) -> CallSource[SessionRecord]:
        f = self._filter
        # No count: the list is newest first and a short page means the end.
        return CallSource(
            lambda offset, limit: activities.list_sessions(
                self._store,
                start=f.start,
                end=f.end,
                programme_id=f.programme_id,
                offset=offset,
                limit=limit,
            )
        )

    def reload(self) -> None:
        super().reload()
        self.loaded.emit(self.rowCount())

    def extra_data(self, row: SessionRecord, index: Index, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and row.mhpss_notes and index.column() == 3:
            return row.mhpss_notes
        return None
