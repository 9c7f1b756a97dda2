"""A person's history: sessions attended, wellbeing assessments and referrals.

Each section says how many there are, or that there are none yet. Assessments and referrals
are shown only to roles allowed to see them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import activities, assessments, referrals
from db.assessments import AssessmentResult
from db.errors import SaphanError
from db.permissions import Permission
from db.referrals import ReferralRecord, ReferralStatus
from db.store import Store
from db.types import Person
from desktop.labels import (
    assessment_phase_label,
    feedback_state_label,
    referral_status_label,
    session_activity_label,
    session_programme_label,
    urgency_label,
)
from desktop.style import ERROR, set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import format_date

if TYPE_CHECKING:
    from desktop.referrals.slip_docx import SlipDetails

ROW_HEIGHT = 28


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return item


class Section(QWidget):
    """A heading with a count, a table (or an empty state) and buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addLayout(self.buttons)
        self.empty = QLabel(self)
        set_role(self.empty, "muted")
        self.empty.setWordWrap(True)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 10)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.body)

    def fit(self, table: QTableWidget, most_rows: int = 8) -> None:
        """Tables show all their rows up to ``most_rows``; the tab scrolls, not each table."""
        rows = min(max(table.rowCount(), 1), most_rows)
        table.setFixedHeight(table.horizontalHeader().height() + rows * ROW_HEIGHT + 4)
        table.setVisible(table.rowCount() > 0)
        self.empty.setVisible(table.rowCount() == 0)


class HistoryTab(QWidget):
    """Emits ``changed`` after an assessment, referral or status was saved from here."""

    changed = Signal()

    def __init__(self, store: Store, person: Person | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._person = person
        self.assessment_dialog: QDialog | None = None
        self.refer_dialog: QDialog | None = None
        self.last_slip: Path | None = None
        self.can_assess = store.can(Permission.ASSESSMENTS)
        self.can_refer = store.can(Permission.REFERRALS)

        content = QWidget(self)
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(4, 4, 12, 4)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        if person is None:
            note = QLabel(
                self.tr(
                    "Sessions, assessments and referrals appear here once the person is registered."
                ),
                content,
            )
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_role(note, "emptyState")
            self.content_layout.addWidget(note, 1)
            return

        self._build_sessions(content)

        self._build_assessments(content)

        self._build_referrals(content)
        self.content_layout.addStretch(1)
        self.reload()

    def _build_sessions(self, content: QWidget) -> None:
        """The sessions the person attended."""
        self.sessions = Section(content)
        self.sessions_table = _table(
            [
                self.tr("Date"),
                self.tr("Activity"),
                self.tr("Programme"),
                self.tr("Topic"),
                self.tr("Facilitator"),
            ],
            content,
        )
        self.sessions.body.addWidget(self.sessions_table)
        self.content_layout.addWidget(self.sessions)

    def _build_assessments(self, content: QWidget) -> None:
        """Wellbeing assessments and the pre/post change (for those who may assess)."""
        self.assessments: Section | None = None
        if self.can_assess:
            self.assessments = Section(content)
            self.assess_button = QPushButton(self.tr("Assess wellbeing…"), content)
            self.assess_button.setAutoDefault(False)
            self.assess_button.clicked.connect(self.assess)
            self.assessments.buttons.addWidget(self.assess_button)
            self.assessments_table = _table(
                [
                    self.tr("Date"),
                    self.tr("Instrument"),
                    self.tr("Phase"),
                    self.tr("Raw score"),
                    self.tr("Score (0–100)"),
                    self.tr("Note"),
                ],
                content,
            )
            self.pre_post_label = QLabel(content)
            self.pre_post_label.setWordWrap(True)
            self.assessments.body.addWidget(self.assessments_table)
            self.assessments.body.addWidget(self.pre_post_label)
            self.content_layout.addWidget(self.assessments)

    def _build_referrals(self, content: QWidget) -> None:
        """Referrals, with Refer and Print slip (for those who may refer)."""
        self.referrals: Section | None = None
        if self.can_refer:
            self.referrals = Section(content)
            self.refer_button = QPushButton(self.tr("Refer…"), content)
            self.refer_button.setAutoDefault(False)
            self.refer_button.clicked.connect(self.refer)
            self.slip_button = QPushButton(self.tr("Print slip…"), content)
            self.slip_button.setAutoDefault(False)
            self.slip_button.setToolTip(
                self.tr("A referral slip in the person's language, for the selected referral")
            )
            self.slip_button.clicked.connect(self.print_slip)
            self.referrals.buttons.addWidget(self.slip_button)
            self.referrals.buttons.addWidget(self.refer_button)
            self.referrals_table = _table(
                [
                    self.tr("Date"),
                    self.tr("Service"),
                    self.tr("Organisation"),
                    self.tr("Urgency"),
                    self.tr("Status"),
                    self.tr("Follow up by"),
                    self.tr("Feedback"),
                ],
                content,
            )
            self.referrals_table.itemSelectionChanged.connect(self._update_slip_button)
            self.referrals.body.addWidget(self.referrals_table)
            self.content_layout.addWidget(self.referrals)

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        if self._person is None:
            return
        try:
            self._show_sessions()
            if self.assessments is not None:
                self._show_assessments()
            if self.referrals is not None:
                self._show_referrals()
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the history"), exc)

    def _show_sessions(self) -> None:
        assert self._person is not None
        sessions = activities.list_sessions(self._store, person_id=self._person.id, limit=500)
        self.sessions.title.setText(
            self.tr("Sessions attended ({count})").format(count=len(sessions))
        )
        self.sessions.empty.setText(self.tr("No sessions attended yet."))
        table = self.sessions_table
        table.setRowCount(len(sessions))
        for row, s in enumerate(sessions):
            values = (
                format_date(s.date),
                session_activity_label(s),
                session_programme_label(s),
                s.topic,
                s.facilitator,
            )
            for column, value in enumerate(values):
                table.setItem(row, column, _cell(value))
        self.sessions.fit(table)

    def _show_assessments(self) -> None:
        assert self._person is not None
        assert self.assessments is not None
        results = assessments.person_assessments(self._store, self._person.id)
        self.assessments.title.setText(
            self.tr("Wellbeing assessments ({count})").format(count=len(results))
        )
        self.assessments.empty.setText(self.tr("No assessments yet."))
        table = self.assessments_table
        table.setRowCount(len(results))
        for row, r in enumerate(reversed(results)):  # newest first
            values = (
                format_date(r.date),
                r.instrument.upper().replace("WHO5", "WHO-5"),
                assessment_phase_label(r.phase),
            )
            for column, value in enumerate(values):
                table.setItem(row, column, _cell(value))
            table.setItem(row, 3, _cell(str(r.raw_score), right=True))
            table.setItem(row, 4, _cell(str(r.score), right=True))
            if not r.flagged:
                flag = ""
            elif r.instrument == "who5":
                flag = self.tr("Poor wellbeing: consider follow-up")
            else:
                flag = self.tr("Alert: follow up")
            note = _cell(flag)
            if r.flagged:
                note.setForeground(Qt.GlobalColor.darkRed)
            table.setItem(row, 5, note)
        self.assessments.fit(table)
        self.pre_post_label.setText(self._pre_post_text(results))
        self.pre_post_label.setVisible(bool(results))

    def _pre_post_text(self, results: list[AssessmentResult]) -> str:
        assert self._person is not None
        if not results:
            return ""
        comparison = assessments.pre_post(self._store, self._person.id, "who5")
        if comparison.change is None or comparison.pre is None or comparison.post is None:
            return self.tr(
                "Before/after: a change is shown once there is a “before” and an “after” "
                "WHO-5 assessment."
            )
        change = comparison.change
        sign = "+" if change > 0 else ""
        colour = "#1b7f3b" if change > 0 else (ERROR if change < 0 else "#33424c")
        return self.tr(
            "Before/after (WHO-5): {pre} on {pre_date} → {post} on {post_date}: "
            "<b style='color:{colour}'>{sign}{change} points</b>"
        ).format(
            pre=comparison.pre.score,
            pre_date=format_date(comparison.pre.date),
            post=comparison.post.score,
            post_date=format_date(comparison.post.date),
            colour=colour,
            sign=sign,
            change=change,
        )

    def _show_referrals(self) -> None:
        assert self._person is not None
        assert self.referrals is not None
        records = referrals.person_referrals(self._store, self._person.id)
        self._referral_records = records
        self.referrals.title.setText(self.tr("Referrals ({count})").format(count=len(records)))
        if self._person.consent_referral:
            self.referrals.empty.setText(self.tr("No referrals yet."))
        else:
            self.referrals.empty.setText(
                self.tr("No referrals yet. The record has no consent to referral.")
            )
        table = self.referrals_table
        table.setRowCount(len(records))
        for row, r in enumerate(records):
            follow = format_date(r.follow_up_date) if r.follow_up_date else ""
            values = (
                format_date(r.date),
                r.service_name,
                r.organisation,
                urgency_label(r.urgency.value),
            )
            for column, value in enumerate(values):
                table.setItem(row, column, _cell(value))
            table.setItem(row, 5, _cell(follow))
            table.setItem(row, 6, _cell(self._feedback_text(r)))
            status = QComboBox(table)
            for s in ReferralStatus:
                status.addItem(referral_status_label(s.value), s.value)
            status.setCurrentIndex(status.findData(r.status.value))
            status.currentIndexChanged.connect(
                lambda _i, rid=r.id, box=status: self.set_status(
                    rid, ReferralStatus(box.currentData())
                )
            )
            table.setCellWidget(row, 4, status)
        self.referrals.fit(table)
        self._update_slip_button()

    def _feedback_text(self, r: ReferralRecord) -> str:
        """What the receiving CSO last said (its sealed feedback), e.g. "Served on 8/5/2026"."""
        if r.feedback_state is None or r.feedback_on is None:
            return ""
        return self.tr("{state} on {date}").format(
            state=feedback_state_label(r.feedback_state), date=format_date(r.feedback_on)
        )

    def status_box(self, row: int) -> QComboBox:
        widget = self.referrals_table.cellWidget(row, 4)
        assert isinstance(widget, QComboBox)
        return widget

    def set_status(self, referral_id: int, status: ReferralStatus) -> None:
        try:
            referrals.set_referral_status(self._store, referral_id, status)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Status not saved"), exc)
        self.changed.emit()

    def _update_slip_button(self) -> None:
        self.slip_button.setEnabled(self.selected_referral() is not None)

    def selected_referral(self) -> ReferralRecord | None:
        rows = self.referrals_table.selectionModel().selectedRows()
        if not rows and len(self._referral_records) == 1:
            return self._referral_records[0]
        return self._referral_records[rows[0].row()] if rows else None

    # --- actions --------------------------------------------------------------------------

    def assess(self) -> None:
        from desktop.assessments.who5_dialog import AssessmentDialog

        if self._person is None:
            return
        dialog = AssessmentDialog(self._store, self._person, self)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        self.assessment_dialog = dialog
        dialog.open()

    def refer(self) -> None:
        from desktop.referrals.refer_dialog import ReferDialog

        if self._person is None:
            return
        dialog = ReferDialog(self._store, self._person, self)
        dialog.referred.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        self.refer_dialog = dialog
        dialog.open()

    def _saved(self, _record: object) -> None:
        self.reload()
        self.changed.emit()

    def slip_details(self, referral: ReferralRecord) -> SlipDetails:
        from desktop.referrals.slip_docx import SlipDetails  # python-docx: only when needed

        assert self._person is not None
        return SlipDetails(
            code=self._person.code,
            name_latin=self._person.name_latin,
            name_script=self._person.name_script,
            service=referral.service_name,
            organisation=referral.organisation,
            date=referral.date,
            reason=referral.reason,
            urgency=referral.urgency.value,
            referring_cso=self._store.cso.name,
            referring_staff=self._store.user.full_name,
            follow_up=referral.follow_up_date,
            referral_code=referral.code,
        )

    def print_slip(self) -> None:
        referral = self.selected_referral()
        if referral is None or self._person is None:
            return
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        word = self.tr("Referral")  # outside the f-string, where lupdate sees it
        default = Path(folder) / f"{word} {self._person.code} {referral.date}.docx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the referral slip"),
            str(default),
            self.tr("Word document (*.docx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        if self.write_slip(referral, Path(path)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def write_slip(self, referral: ReferralRecord, path: Path) -> bool:
        assert self._person is not None
        try:
            from desktop.referrals.slip_docx import write_slip

            # Read again through the store, which refuses a referral of someone the user may
            # not see in full (db.access): the slip is never made from what a page still holds.
            referral = referrals.get_referral(self._store, referral.id)
            write_slip(self.slip_details(referral), self._person.language, path)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Slip not saved"), exc)
            return False
        except OSError as exc:
            dialogs.show_error(
                self,
                self.tr("Slip not saved"),
                self.tr("Saphan could not write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        self.last_slip = path
        return True
