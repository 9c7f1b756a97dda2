"""The Sessions page: the sessions and group activities the CSO ran, newest first."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from db import activities, programmes
from db.activities import SessionRecord
from db.changes import Change
from db.errors import SaphanError
from db.store import Store
from desktop.changes import ChangeWatch
from desktop.labels import programme_label, session_activity_label, session_programme_label
from desktop.sessions.log_dialog import LogSessionDialog
from desktop.sessions.participant_notes import ParticipantNotesDialog, may_write_notes
from desktop.sessions.sessions_model import COLUMNS, SessionFilter, SessionsModel
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import format_date
from desktop.widgets.list_page import ListPage
from desktop.widgets.notice_bar import NoticeBar

if TYPE_CHECKING:
    from desktop.sessions.roster_docx import Roster

_WIDTHS = (92, 190, 160, 0, 150, 125, 84)
# Each session with its programme, facilitator and number of attendees.
SHOWN = frozenset({Change.SESSIONS, Change.ATTENDANCE, Change.PROGRAMMES, Change.USERS})

PERIODS = ("all", "this_month", "last_month", "last_3_months", "this_year")


def period_range(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    first_of_month = today.replace(day=1)
    if period == "this_month":
        return first_of_month, today
    if period == "last_month":
        end = first_of_month - dt.timedelta(days=1)
        return end.replace(day=1), end
    if period == "last_3_months":
        month = first_of_month
        for _ in range(2):
            month = (month - dt.timedelta(days=1)).replace(day=1)
        return month, today
    if period == "this_year":
        return today.replace(month=1, day=1), today
    return None, None


class SessionsPage(ListPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.current_dialog: LogSessionDialog | None = None
        self.last_roster: Path | None = None

        self.log_button = QPushButton(self.tr("Log session…"), self)
        set_role(self.log_button, "primary")
        self.log_button.setToolTip(self.tr("Log a session or group activity (Ctrl+N)"))
        self.roster_button = QPushButton(self.tr("Print roster…"), self)
        self.roster_button.setToolTip(
            self.tr("A sheet listing who came, with room to sign (group sessions)")
        )
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.notes_button = self._notes_button(store)

        self.programme_filter = QComboBox(self)
        self.programme_filter.addItem(self.tr("All programmes"), None)
        try:
            for programme in programmes.list_programmes(store):
                self.programme_filter.addItem(programme_label(programme), programme.id)
        except SaphanError:
            pass
        self.period_filter = QComboBox(self)
        period_names = {
            "all": self.tr("Any date"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "last_3_months": self.tr("Last 3 months"),
            "this_year": self.tr("This year"),
        }
        for key in PERIODS:
            self.period_filter.addItem(period_names[key], key)
        filter_bar = QWidget(self)
        filters = QHBoxLayout(filter_bar)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(QLabel(self.tr("Programme"), self))
        filters.addWidget(self.programme_filter)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Period"), self))
        filters.addWidget(self.period_filter)
        filters.addStretch(1)

        self.model = SessionsModel(store, self)
        table = QTableView(self)
        table.setModel(self.model)
        self.build_list(
            self.tr("Sessions"),
            table,
            [self.notes_button, self.roster_button, self.delete_button, self.log_button],
            filter_bar,
        )
        self._setup_table()
        self.empty_label = self.empty_state  # what tests and older code call it
        self.notice = NoticeBar(self)
        self.page_layout.addWidget(self.notice)

        self.log_action = QAction(self.tr("Log session…"), self)
        self.log_action.setShortcut(QKeySequence.StandardKey.New)
        self.log_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.log_action.triggered.connect(self.log_session)
        self.addAction(self.log_action)
        self.log_button.clicked.connect(self.log_action.trigger)
        self.roster_button.clicked.connect(self.print_roster)
        self.notes_button.clicked.connect(self.open_participant_notes)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.delete_button.clicked.connect(self.delete_action.trigger)

        self.programme_filter.currentIndexChanged.connect(self.refresh)
        self.period_filter.currentIndexChanged.connect(self.refresh)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        # Sessions are logged elsewhere too (a person's record, a project): the list follows.
        self.watch = ChangeWatch(self, store, SHOWN, self._reload_keeping_selection)
        self.refresh()

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate(_WIDTHS):
            if width:
                table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        assert len(_WIDTHS) == len(COLUMNS)

    # --- loading --------------------------------------------------------------------------

    def current_filter(self) -> SessionFilter:
        start, end = period_range(self.period_filter.currentData(), dt.date.today())
        return SessionFilter(self.programme_filter.currentData(), start, end)

    def _reload_keeping_selection(self) -> None:
        selected = self.selected()
        self.refresh()
        if selected is not None:
            self.select_session(selected.id)

    def refresh(self) -> None:
        self.watch.mark_fresh()
        try:
            self.model.set_filter(self.current_filter())
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the sessions"), exc)

    def _loaded(self, rows: int) -> None:
        more = self.model.canFetchMore()
        if rows == 1:
            self.count_label.setText(self.tr("1 session"))
        else:
            text = self.tr("{count}+ sessions") if more else self.tr("{count} sessions")
            self.count_label.setText(text.format(count=QLocale().toString(rows)))
        if rows:
            self.show_table()
            return
        filtered = self.programme_filter.currentIndex() > 0 or self.period_filter.currentIndex() > 0
        if filtered:
            self.show_empty(self.tr("No sessions match these filters."))
        else:
            self.show_empty(
                self.tr("No sessions logged yet. Log each session or group activity after it."),
                self.tr("Log the first session"),
                self.log_action,
            )

    def selected(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_session(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_actions(self) -> None:
        record = self.selected()
        self.roster_button.setEnabled(record is not None and record.kind == "group")
        self.notes_button.setEnabled(record is not None and record.kind == "group")
        self.delete_button.setEnabled(record is not None)
        self.delete_action.setEnabled(record is not None)

    # --- logging --------------------------------------------------------------------------

    def log_session(self) -> None:
        dialog = LogSessionDialog(self._store, self)
        dialog.logged.connect(self._logged)
        dialog.finished.connect(dialog.deleteLater)
        self.current_dialog = dialog
        dialog.open()

    def _logged(self, record: SessionRecord) -> None:
        self.refresh()
        if not self.select_session(record.id):
            self.programme_filter.setCurrentIndex(0)
            self.period_filter.setCurrentIndex(0)
            self.select_session(record.id)
        self.status_message.emit(
            self.tr("Logged {activity} on {date} with {count} attendee(s)").format(
                activity=session_activity_label(record),
                date=format_date(record.date),
                count=record.attendees,
            )
        )
        self.table.setFocus()

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        confirmed = dialogs.ask(
            self,
            self.tr("Delete session?"),
            self.tr(
                "Delete the {activity} session of {date}? Its attendance no longer counts "
                "toward people reached."
            ).format(
                activity=session_activity_label(record),
                date=format_date(record.date),
            ),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return
        try:
            activities.delete_session(self._store, record.id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not deleted"), exc)
            return
        self.refresh()
        self.status_message.emit(self.tr("Session deleted."))

    def _notes_button(self, store: Store) -> QPushButton:
        button = QPushButton(self.tr("Participants' notes…"), self)
        button.setToolTip(self.tr("A note for each participant of a group session (confidential)"))
        button.setVisible(may_write_notes(store))
        self.notes_dialog: ParticipantNotesDialog | None = None
        return button

    def open_participant_notes(self) -> None:
        record = self.selected()
        if record is None or record.kind != "group":
            return
        dialog = ParticipantNotesDialog(self._store, record, self)
        dialog.accepted.connect(lambda: self.status_message.emit(self.tr("Notes saved.")))
        dialog.finished.connect(dialog.deleteLater)
        self.notes_dialog = dialog
        dialog.open()

    # --- printing a roster ----------------------------------------------------------------

    def _default_roster_path(self, record: SessionRecord) -> Path:
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        kind = re.sub(r"[^\w\- ]+", "", session_activity_label(record)).strip()
        roster = self.tr("Roster")  # outside the f-string, where lupdate sees it
        return Path(folder) / f"{roster} {record.date.isoformat()} {kind}.docx"

    def print_roster(self) -> None:
        record = self.selected()
        if record is None or record.kind != "group":
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the attendance roster"),
            str(self._default_roster_path(record)),
            self.tr("Word document (*.docx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        if self.write_roster(record, Path(path)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def roster_for(self, record: SessionRecord) -> Roster:
        # python-docx is imported only when a roster is printed (start-up stays fast)
        from desktop.sessions.roster_docx import Roster, RosterLabels, RosterPerson

        people = [
            RosterPerson(p.code, p.name_latin, p.name_script)
            for p in activities.attendee_names(self._store, record.id)
        ]
        details = [
            (self.tr("Activity"), session_activity_label(record)),
            (self.tr("Programme"), session_programme_label(record)),
            (self.tr("Date"), format_date(record.date)),
            (self.tr("Place"), record.location),
            (self.tr("Topic"), record.topic),
            (self.tr("Facilitator"), record.facilitator),
            (self.tr("Attendees"), str(len(people))),
        ]
        labels = RosterLabels(
            title=self.tr("Attendance roster"),
            number=self.tr("No."),
            code=self.tr("Code"),
            name=self.tr("Name"),
            name_script=self.tr("Name in Myanmar/Thai script"),
            signature=self.tr("Signature"),
            footer=self.tr("Facilitator's signature: ____________________    Date: ____________"),
        )
        return Roster(
            organisation=self._store.cso.name,
            details=[(k, v) for k, v in details if v],
            people=people,
            labels=labels,
        )

    def write_roster(self, record: SessionRecord, path: Path) -> bool:
        try:
            from desktop.sessions.roster_docx import write_roster

            write_roster(self.roster_for(record), path)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Roster not saved"), exc)
            return False
        except OSError as exc:
            dialogs.show_error(
                self,
                self.tr("Roster not saved"),
                self.tr("Saphan could not write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        self.last_roster = path
        self.status_message.emit(self.tr("Roster saved: {path}").format(path=path))
        return True
