"""The Audit trail page (admins): every sign-in, record opened, change, export and erasure."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import audit, users
from db.audit import AuditFilter
from db.changes import Change
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from desktop.audit.model import AuditModel, raw_text
from desktop.changes import ChangeWatch
from desktop.labels import audit_action_label
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.list_page import ListPage, setup_list_table

FILTER_DELAY_MS = 250


def local_midnight_utc(day: dt.date) -> dt.datetime:
    """The start of ``day`` in the laptop's time zone, as the naive UTC the store keeps."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


class AuditPage(ListPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store

        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        filters = self._build_filters()
        self._build_table()
        self.build_list(
            self.tr("Audit trail"),
            self.table,
            [self.refresh_button],
            filters,
            explain=self.tr(
                "Everything done in Saphan is written here and cannot be changed. "
                "It never shows what a record says, only who did what and when."
            ),
        )

        self._build_raw_line()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self._fill_choices()
        self.user_filter.currentIndexChanged.connect(self.apply_filters)
        self.action_filter.currentIndexChanged.connect(self.apply_filters)
        for field in (self.from_date, self.to_date):
            field.changed.connect(self._debounce.start)
        self.record_filter.textChanged.connect(self._debounce.start)
        self.clear_button.clicked.connect(self.clear_filters)
        self.refresh_button.clicked.connect(self.refresh)
        self.model.total_changed.connect(self._show_total)
        # Nearly everything done anywhere is audited (opening a record too): coming back to
        # the page shows what happened meanwhile.
        self.watch = ChangeWatch(self, store, {Change.AUDIT, Change.USERS}, self.refresh)
        self.apply_filters()

    def _build_filters(self) -> QWidget:
        """The filters in two rows (who and what; when), and the date message."""
        self.user_filter = QComboBox(self)
        self.action_filter = QComboBox(self)
        self.action_filter.setMinimumWidth(190)
        self.from_date = DateField(self)
        self.to_date = DateField(self)
        self.record_filter = QLineEdit(self)
        self.record_filter.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.record_filter.setPlaceholderText(self.tr("e.g. 12"))
        self.record_filter.setMaximumWidth(90)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        # Two rows, so the filters fit the narrowest window (900 px) without clipping.
        who_what = QHBoxLayout()
        when = QHBoxLayout()
        for row, label, widget in (
            (who_what, self.tr("User"), self.user_filter),
            (who_what, self.tr("Action"), self.action_filter),
            (who_what, self.tr("Person no."), self.record_filter),
            (when, self.tr("From"), self.from_date),
            (when, self.tr("To"), self.to_date),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            row.addSpacing(10)
        who_what.addStretch(1)
        when.addStretch(1)
        when.addWidget(self.clear_button)
        for field in (self.from_date, self.to_date):
            field.edit.setMinimumWidth(110)
        self.user_filter.setMinimumWidth(190)
        bar = QWidget(self)
        filters = QVBoxLayout(bar)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(6)
        filters.addLayout(who_what)
        filters.addLayout(when)
        self.date_message = QLabel(self)
        set_role(self.date_message, "fieldError")
        self.date_message.hide()
        filters.addWidget(self.date_message)
        return bar

    def _build_table(self) -> None:
        """The model and the table of entries."""
        self.model = AuditModel(self._store, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_list_table(self.table)
        self.table.setWordWrap(False)
        header_view = self.table.horizontalHeader()
        for column, width in ((0, 140), (1, 120), (2, 200), (3, 150)):
            self.table.setColumnWidth(column, width)
        header_view.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _build_raw_line(self) -> None:
        """Under the table, folded: the selected entry as the store wrote it (codes and all),
        for whoever needs the detail Saphan has no words for."""
        self.raw_toggle = QToolButton(self)
        self.raw_toggle.setText(self.tr("Details as recorded"))
        self.raw_toggle.setCheckable(True)
        self.raw_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.raw_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.raw_toggle.setAutoRaise(True)
        self.raw_line = QLabel(self)
        self.raw_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.raw_line.setWordWrap(True)
        set_role(self.raw_line, "muted")
        self.raw_line.hide()
        self.raw_toggle.toggled.connect(self._show_raw)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_raw())
        self.page_layout.addWidget(self.raw_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.page_layout.addWidget(self.raw_line)

    def _show_raw(self) -> None:
        shown = self.raw_toggle.isChecked()
        self.raw_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        entry = self.model.entry_at(self.table.currentIndex().row())
        text = self.tr("Choose an entry in the table.") if entry is None else raw_text(entry)
        self.raw_line.setText(text)
        self.raw_line.setVisible(shown)

    def _fill_choices(self) -> None:
        """Users and actions that can be chosen; the current choice is kept when possible."""
        user, action = self.user_filter.currentData(), self.action_filter.currentData()
        for combo in (self.user_filter, self.action_filter):
            combo.blockSignals(True)
            combo.clear()
        self.user_filter.addItem(self.tr("Everyone"), "")
        self.action_filter.addItem(self.tr("All actions"), "")
        try:
            if self._store.can(Permission.USERS_MANAGE):
                for account in users.list_users(self._store):
                    self.user_filter.addItem(
                        f"{account.full_name} ({account.username})", account.username
                    )
            actions = audit.audit_actions(self._store)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the audit trail"), exc)
            actions = []
        labelled = sorted((audit_action_label(a), a) for a in actions)
        for label, code in labelled:
            self.action_filter.addItem(label, code)
        for combo, value in ((self.user_filter, user), (self.action_filter, action)):
            index = combo.findData(value) if value else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter | None:
        """The filter the controls describe, or None while a date is not a real date."""
        if not (self.from_date.is_valid() and self.to_date.is_valid()):
            return None
        since = self.from_date.date()
        until = self.to_date.date()
        record = self.record_filter.text().strip()
        return AuditFilter(
            username=self.user_filter.currentData() or None,
            action=self.action_filter.currentData() or None,
            # The number is a person's record number (as in "Person no. 12" in the table).
            entity="person" if record.isdigit() else None,
            entity_id=int(record) if record.isdigit() else None,
            since=local_midnight_utc(since) if since else None,
            until=local_midnight_utc(until + dt.timedelta(days=1)) if until else None,
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        f = self.current_filter()
        if f is None:
            self.date_message.setText(
                self.tr("Enter the dates as day/month/year, for example 23/11/2025.")
            )
            self.date_message.show()
            return
        self.date_message.hide()
        try:
            self.model.set_filter(f)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the audit trail"), exc)

    def refresh(self) -> None:
        self.watch.mark_fresh()
        self._fill_choices()
        self.apply_filters()

    def clear_filters(self) -> None:
        for combo in (self.user_filter, self.action_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for field in (self.from_date, self.to_date):
            field.set_date(None)
        self.record_filter.clear()
        self.apply_filters()

    def _is_filtered(self) -> bool:
        return bool(
            self.user_filter.currentIndex() > 0
            or self.action_filter.currentIndex() > 0
            or not self.from_date.is_blank()
            or not self.to_date.is_blank()
            or self.record_filter.text().strip()
        )

    def _show_total(self, total: int) -> None:
        if total:
            self.show_table()
        elif self._is_filtered():
            self.show_empty(self.tr("No events match these filters."))
        else:
            self.show_empty(self.tr("Nothing has been recorded yet."))
        if total == 1:
            self.count_label.setText(self.tr("1 event"))
        else:
            self.count_label.setText(
                self.tr("{count} events").format(count=QLocale().toString(total))
            )
