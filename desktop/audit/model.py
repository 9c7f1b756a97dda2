"""The audit table: events fetched from the store in pages, newest first, filtered in SQL."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from db import audit
from db.audit import AuditFilter
from db.store import Store
from db.types import AuditEntry, Role
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import audit_action_label, audit_entity_label, local_time_text, role_label

PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex

COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("AuditModel", "Time"),
    QT_TRANSLATE_NOOP("AuditModel", "User"),
    QT_TRANSLATE_NOOP("AuditModel", "Action"),
    QT_TRANSLATE_NOOP("AuditModel", "Record"),
    QT_TRANSLATE_NOOP("AuditModel", "Detail"),
)


def record_text(entry: AuditEntry) -> str:
    if not entry.entity:
        return ""
    kind = audit_entity_label(entry.entity)
    if entry.entity_id is None or entry.entity == "cso":  # there is only one organisation
        return kind
    return QCoreApplication.translate("AuditModel", "{kind} no. {number}").format(
        kind=kind, number=entry.entity_id
    )


def detail_text(entry: AuditEntry) -> str:
    """Role codes in the detail of account changes are put into words."""
    if entry.action in ("user_create", "user_role"):
        try:
            return role_label(Role(entry.detail))
        except ValueError:
            return entry.detail
    return entry.detail


class AuditModel(QAbstractTableModel):
    total_changed = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = AuditFilter()
        self._rows: list[AuditEntry] = []
        self._total = 0

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, f: AuditFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = audit.count_audit_events(self._store, self._filter)
        self._rows = audit.list_audit_events(self._store, self._filter, 0, PAGE_SIZE)
        self.endResetModel()
        self.total_changed.emit(self._total)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        # The trail only grows at the top (newest first): new events shift the offset, so a
        # page may repeat a row already shown. Skip those by id.
        more = audit.list_audit_events(self._store, self._filter, len(self._rows), PAGE_SIZE)
        oldest = self._rows[-1].id if self._rows else None
        more = [e for e in more if oldest is None or e.id < oldest]
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def entry_at(self, row: int) -> AuditEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                local_time_text(entry.at),
                entry.username,
                audit_action_label(entry.action),
                record_text(entry),
                detail_text(entry),
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditModel", COLUMN_TITLES[section])
        return None
