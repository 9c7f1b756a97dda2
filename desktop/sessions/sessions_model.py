"""The sessions table: newest first, fetched from the store a page at a time."""

from __future__ import annotations

import datetime as dt
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
    Signal,
)

from db import activities
from db.activities import SessionRecord
from db.store import Store
from desktop.labels import activity_type_label
from desktop.widgets.date_field import format_date

PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SessionFilter:
    programme_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    text: Callable[[SessionRecord], str]
    align_right: bool = False


translate = QCoreApplication.translate

COLUMNS: tuple[Column, ...] = (
    Column(lambda: translate("SessionsModel", "Date"), lambda s: format_date(s.date)),
    Column(
        lambda: translate("SessionsModel", "Activity"),
        lambda s: activity_type_label(s.activity_type.value),
    ),
    Column(lambda: translate("SessionsModel", "Programme"), lambda s: s.programme_name),
    Column(lambda: translate("SessionsModel", "Topic"), lambda s: s.topic),
    Column(lambda: translate("SessionsModel", "Location"), lambda s: s.location),
    Column(lambda: translate("SessionsModel", "Facilitator"), lambda s: s.facilitator),
    Column(
        lambda: translate("SessionsModel", "Attendees"),
        lambda s: QLocale().toString(s.attendees),
        align_right=True,
    ),
)


class SessionsModel(QAbstractTableModel):
    """Holds the sessions loaded so far; the view asks for more as the user scrolls."""

    loaded = Signal(int)  # rows loaded after a new query

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = SessionFilter()
        self._rows: list[SessionRecord] = []
        self._more = False

    @property
    def filter(self) -> SessionFilter:
        return self._filter

    def set_filter(self, session_filter: SessionFilter) -> None:
        self._filter = session_filter
        self.reload()

    def _page(self, offset: int) -> list[SessionRecord]:
        f = self._filter
        return activities.list_sessions(
            self._store,
            start=f.start,
            end=f.end,
            programme_id=f.programme_id,
            offset=offset,
            limit=PAGE_SIZE,
        )

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._page(0)
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()
        self.loaded.emit(len(self._rows))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        more = self._page(len(self._rows))
        self._more = len(more) == PAGE_SIZE
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def row_at(self, row: int) -> SessionRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, session_id: int) -> int | None:
        for i, s in enumerate(self._rows):
            if s.id == session_id:
                return i
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            if record.mhpss_notes and index.column() == 3:
                return record.mhpss_notes
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            align = (
                Qt.AlignmentFlag.AlignRight
                if COLUMNS[section].align_right
                else (Qt.AlignmentFlag.AlignLeft)
            )
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None
