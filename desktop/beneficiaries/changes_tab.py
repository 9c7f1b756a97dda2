"""The "Changes" tab of the person form (admins only): the rectification history of the record,
one row per changed field with the old and the new value, who changed it and when.

Read when the tab is first shown (reading it is audited), not when the form opens."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import custom_fields, rectification
from db.custom_fields import Entity
from db.errors import SaphanError
from db.rectification import FieldChange
from db.store import Store
from db.types import CaseStatus, Documentation, Nationality, PopulationGroup, Sex
from desktop import i18n
from desktop.errors import describe
from desktop.labels import (
    documentation_label,
    language_label,
    local_time_text,
    nationality_label,
    population_group_label,
    sex_label,
    status_label,
    wg_answer_label,
)
from desktop.style import set_role
from desktop.widgets.date_field import format_date

translate = QCoreApplication.translate


def field_label(field: str) -> str:
    """A person's field, as the form names it (an unknown one as it is)."""
    labels = {
        "name_latin": translate("ChangesTab", "Name (Latin letters)"),
        "name_script": translate("ChangesTab", "Name (Myanmar/Thai script)"),
        "sex": translate("ChangesTab", "Sex"),
        "birth_date": translate("ChangesTab", "Date of birth"),
        "birth_date_estimated": translate("ChangesTab", "Birth date estimated"),
        "nationality": translate("ChangesTab", "Nationality"),
        "population_group": translate("ChangesTab", "Population group"),
        "documentation": translate("ChangesTab", "Documentation"),
        "wg_seeing": translate("ChangesTab", "Difficulty seeing"),
        "wg_hearing": translate("ChangesTab", "Difficulty hearing"),
        "wg_walking": translate("ChangesTab", "Difficulty walking"),
        "wg_remembering": translate("ChangesTab", "Difficulty remembering"),
        "wg_selfcare": translate("ChangesTab", "Difficulty with self-care"),
        "wg_communicating": translate("ChangesTab", "Difficulty communicating"),
        "phone": translate("ChangesTab", "Phone"),
        "area": translate("ChangesTab", "Area"),
        "language": translate("ChangesTab", "Preferred language"),
        "consent_date": translate("ChangesTab", "Consent date"),
        "consent_services": translate("ChangesTab", "Consent to services"),
        "consent_referral": translate("ChangesTab", "Consent to referral"),
        "consent_data_use": translate("ChangesTab", "Consent to data use"),
        "status": translate("ChangesTab", "Status"),
        "closed_reason": translate("ChangesTab", "Reason for closing"),
        "notes": translate("ChangesTab", "Notes"),
    }
    return labels.get(field, field)


def value_text(field: str, value: str) -> str:
    """A kept value in words: enum codes and yes/no translated, dates as the user reads them."""
    if value == "":
        return translate("ChangesTab", "(empty)")
    try:
        if value in ("true", "false"):
            return (
                translate("ChangesTab", "Yes") if value == "true" else translate("ChangesTab", "No")
            )
        if field in ("birth_date", "consent_date"):
            return format_date(dt.date.fromisoformat(value))
        if field == "sex":
            return sex_label(Sex(value))
        if field == "nationality":
            return nationality_label(Nationality(value))
        if field == "population_group":
            return population_group_label(PopulationGroup(value))
        if field == "documentation":
            return documentation_label(Documentation(value))
        if field == "status":
            return status_label(CaseStatus(value))
        if field == "language":
            return language_label(value)
        if field.startswith("wg_"):
            return wg_answer_label(int(value))
    except (ValueError, KeyError):
        pass  # written by a newer version: shown as it is
    return " ".join(value.split())


class ChangesTab(QWidget):
    def __init__(self, store: Store, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._person_id = person_id
        self.loaded = False
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
                self.tr("Changed by"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        hint = QLabel(
            self.tr(
                "Every change to this person's record, with the value before and after. "
                "Only admins see this; it is erased with the person."
            ),
            self,
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.loaded = True
        try:
            found = rectification.changes(self._store, self._person_id)
        except SaphanError as exc:
            self._show([], describe(exc))
            return
        self._show(found, "" if found else self.tr("No changes since the person was registered."))

    def _show(self, found: list[FieldChange], message: str) -> None:
        self.empty.setText(message)
        self.empty.setVisible(bool(message))
        self.table.setRowCount(len(found))
        custom = {
            f"{rectification.CUSTOM_PREFIX}{f.code}": f.label(i18n.current_language())
            for f in custom_fields.list_fields(self._store, Entity.PERSON, include_inactive=True)
        }
        for row, change in enumerate(found):
            cells = (
                local_time_text(change.changed_at),
                custom.get(change.field) or field_label(change.field),
                value_text(change.field, change.old_value),
                value_text(change.field, change.new_value),
                change.changed_by or self.tr("(account removed)"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in (2, 3):  # long notes must not push the other columns out of sight
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 16, 260))
