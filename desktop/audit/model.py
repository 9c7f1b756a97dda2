"""The audit table: events fetched from the store in pages, newest first, filtered in SQL."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from db import audit
from db.audit import AuditFilter
from db.store import Store
from db.types import AuditEntry, Role
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import audit_action_label, audit_entity_label, local_time_text, role_label
from desktop.widgets.table_model import CallSource, PagedModel

PAGE_SIZE = 200

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
    """Role codes in the detail of account changes are put into words; breaking the glass
    shows its reason."""
    if entry.action == "break_glass":
        return QCoreApplication.translate("AuditModel", "Reason: {reason}").format(
            reason=" ".join(entry.detail.split())
        )
    if entry.action in ("user_create", "user_role"):
        try:
            return role_label(Role(entry.detail))
        except ValueError:
            return entry.detail
    return entry.detail


class AuditModel(PagedModel[AuditEntry]):
    page_size = PAGE_SIZE

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = AuditFilter()

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, f: AuditFilter) -> None:
        self._filter = f
        self.reload()

    def source(self) -> CallSource[AuditEntry]:
        f = self._filter
        return CallSource(
            lambda offset, limit: audit.list_audit_events(self._store, f, offset, limit),
            lambda: audit.count_audit_events(self._store, f),
        )

    def keep_new(self, more: list[AuditEntry]) -> list[AuditEntry]:
        # The trail only grows at the top (newest first): new events shift the offset, so a
        # page may repeat a row already shown. Skip those by id.
        oldest = self._rows[-1].id if self._rows else None
        return [e for e in more if oldest is None or e.id < oldest]

    def entry_at(self, row: int) -> AuditEntry | None:
        return self.row_at(row)

    def column_titles(self) -> list[str]:
        return [QCoreApplication.translate("AuditModel", t) for t in COLUMN_TITLES]

    def cell_text(self, row: AuditEntry, column: int) -> str:
        return (
            local_time_text(row.at),
            row.username,
            audit_action_label(row.action),
            record_text(row),
            detail_text(row),
        )[column]
