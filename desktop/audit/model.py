"""The audit table: events fetched from the store in pages, newest first, filtered in SQL."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from db import audit, settings
from db.audit import AuditFilter
from db.store import Store
from db.types import AuditEntry, Role
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import (
    audit_action_label,
    audit_entity_label,
    local_time_text,
    referral_status_label,
    role_label,
)
from desktop.widgets.table_model import CallSource, PagedModel

PAGE_SIZE = 200
translate = QCoreApplication.translate

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


def _numbers(detail: str) -> dict[str, str]:
    """``people=400 sessions=432`` as ``{"people": "400", ...}``."""
    return dict(re.findall(r"([a-z_]+)=([^\s]+)", detail))


def _number(detail: str, prefix: str) -> str | None:
    """The number in ``person 12`` / ``case 3`` / ``user 4`` (``prefix`` and a number only)."""
    match = re.fullmatch(rf"{prefix}\s*(\d+)", detail.strip())
    return match.group(1) if match else None


def _count(value: str | None) -> str:
    return QLocale().toString(int(value)) if value and value.isdigit() else (value or "")


def detail_text(entry: AuditEntry) -> str:
    """The entry's detail as a sentence in the user's language; empty when Saphan has no words
    for it (the page shows the detail as written in its expandable line, :func:`raw_text`)."""
    detail = entry.detail.strip()
    action = entry.action
    if not detail:
        return ""
    if action == "break_glass":
        return translate("AuditModel", "Reason: {reason}").format(reason=" ".join(detail.split()))
    if action == "erase" and detail.startswith("reason:"):
        reason = " ".join(detail.removeprefix("reason:").split())
        return translate("AuditModel", "Reason: {reason}").format(reason=reason)
    if action in ("user_create", "user_role"):
        try:
            return role_label(Role(detail))
        except ValueError:
            return ""
    if action == "signing_key" and detail == "generated":
        return translate("AuditModel", "A new key was made")
    if action == "demo_data":
        n = _numbers(detail)
        text = translate(
            "AuditModel", "{people} people, {sessions} sessions, {attendance} attendances"
        ).format(
            people=_count(n.get("people")),
            sessions=_count(n.get("sessions")),
            attendance=_count(n.get("attendance")),
        )
        if "cases" in n:
            text += translate("AuditModel", ", {cases} cases, {staff} staff accounts").format(
                cases=_count(n.get("cases")), staff=_count(n.get("staff"))
            )
        return text
    if action in ("export", "import") and "count" in _numbers(detail):
        return translate("AuditModel", "{count} people").format(
            count=_count(_numbers(detail)["count"])
        )
    if action == "subject_export" and "format" in _numbers(detail):
        return translate("AuditModel", "As a {format} file").format(
            format=_numbers(detail)["format"].upper()
        )
    if action == "create" and detail == "import":
        return translate("AuditModel", "From an imported list")
    if action == "edit" and detail == "consent changed":
        return translate("AuditModel", "Consent changed")
    if action == "view" and detail == "basic":
        return translate("AuditModel", "Basic details only")
    counted = _counted_detail(action, detail)
    if counted:
        return counted
    if action == "participant_note" and "person" in _numbers(detail):
        return translate("AuditModel", "Person no. {number}").format(
            number=_numbers(detail)["person"]
        )
    for prefix, words in (
        ("person", translate("AuditModel", "Person no. {number}")),
        ("case", translate("AuditModel", "Case no. {number}")),
        ("user", translate("AuditModel", "Staff account no. {number}")),
    ):
        number = _number(detail, prefix)
        if number is not None:
            return words.format(number=number)
    if action == "status":
        label = referral_status_label(detail)
        return label if label != detail else ""
    if action == "case_transfer":
        match = re.fullmatch(r"user (\d+) -> user (\d+)", detail)
        if match:
            return translate("AuditModel", "From staff account no. {old} to no. {new}").format(
                old=match.group(1), new=match.group(2)
            )
    if action == "cases_transfer_all":
        match = re.fullmatch(r"to user (\d+): (\d+)", detail)
        if match:
            return translate("AuditModel", "{count} cases to staff account no. {number}").format(
                count=_count(match.group(2)), number=match.group(1)
            )
    if action == "backup":
        return detail  # the backup file's name
    return ""


def _counted_detail(action: str, detail: str) -> str:
    """Details that are one number (attendees, participants, templates, a revision, a plan)."""
    if action == "attendance" and detail.isdigit():
        return translate("AuditModel", "{count} attendees").format(count=_count(detail))
    if action in ("participants_add", "participants_remove") and detail.isdigit():
        return translate("AuditModel", "{count} participants").format(count=_count(detail))
    if action == "seed_templates" and detail.isdigit():
        return translate("AuditModel", "{count} templates").format(count=_count(detail))
    if action == settings.BUNDLE_REVISION.name and detail.isdigit():
        return translate("AuditModel", "Revision {number}").format(number=_count(detail))
    if action in ("from_template", "save_template", "duplicate") and detail.isdigit():
        return translate("AuditModel", "From plan no. {number}").format(number=detail)
    return ""


def raw_text(entry: AuditEntry) -> str:
    """What the store wrote, codes and all: for the page's expandable line."""
    parts = [entry.action]
    if entry.entity:
        parts.append(
            entry.entity if entry.entity_id is None else f"{entry.entity} {entry.entity_id}"
        )
    if entry.detail:
        parts.append(entry.detail)
    return " · ".join(parts)


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
