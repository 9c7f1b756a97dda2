"""A person the user may see only in part (db.access): what they may see, a short explanation
of what is withheld, and for a caseworker "Break the glass…" to read the whole record for a
stated reason (audited, for the rest of the sign-in)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import access, activities
from db.errors import SaphanError
from db.store import Store
from db.types import Person
from db.validation import text_problems
from desktop.errors import describe
from desktop.labels import (
    activity_problem_message,
    session_activity_label,
    sex_label,
    status_label,
)
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import format_date
from desktop.widgets.field import FieldMessage


class BreakGlassDialog(QDialog):
    """Asks why, then asks again: reading a record outside one's cases is written down."""

    def __init__(self, store: Store, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._person = person
        self.setWindowTitle(self.tr("Break the glass: {code}").format(code=person.code))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        text = QLabel(
            self.tr(
                "{code} is not in one of your cases. You may read the whole record only if "
                "you need it now, for example in an emergency. Your name, the time and your "
                "reason are written to the audit trail, which the admin reads."
            ).format(code=person.code),
            self,
        )
        text.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(
            self.tr("Why do you need the whole record? e.g. the person came in crisis today")
        )
        self.reason.textChanged.connect(self._check)
        self.error = FieldMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Break the glass"), self)
        set_role(self.ok_button, "primary")
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Reason (required)"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check()
        self.reason.setFocus()

    def _check(self) -> None:
        text = self.reason.toPlainText()
        code = text_problems({"reason": text}).get("reason")
        if code is None and len(text.strip()) > access.REASON_MAX:
            code = "too_long"
        self.error.show_message(activity_problem_message("reason", code) if code else "")
        self.ok_button.setEnabled(bool(text.strip()) and code is None)

    def confirm(self) -> bool:
        """The second question (a test may replace it)."""
        return dialogs.ask(
            self,
            self.tr("Break the glass?"),
            self.tr(
                "Open the whole record of {code}? This is written to the audit trail with "
                "your reason."
            ).format(code=self._person.code),
            self.tr("Open the record"),
            self.tr("Cancel"),
        )

    def submit(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason or not self.confirm():
            return
        try:
            access.break_glass(self._store, self._person.id, reason)
        except SaphanError as exc:
            self.error.show_message(describe(exc))
            return
        self.accept()


class LimitedPersonDialog(QDialog):
    """Emits ``glass_broken(person_id)`` once the user broke the glass: the caller then opens
    the whole record."""

    glass_broken = Signal(int)

    def __init__(self, store: Store, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.person = person
        self.break_dialog: BreakGlassDialog | None = None
        self.setWindowTitle(self.tr("{code} — person record").format(code=person.code))
        self.setMinimumSize(640, 420)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        names = " · ".join(n for n in (person.name_latin, person.name_script) if n)
        self.title = QLabel(f"{person.code}  {names}", self)
        set_role(self.title, "pageTitle")
        layout.addWidget(self.title)
        facts = QFormLayout()
        withheld = person.withheld
        if "sex" not in withheld:
            facts.addRow(self.tr("Sex"), QLabel(sex_label(person.sex), self))
        if "birth_year" not in withheld:
            facts.addRow(self.tr("Born"), QLabel(str(person.birth_date.year), self))
        if "status" not in withheld:
            facts.addRow(self.tr("Status"), QLabel(status_label(person.status), self))
        layout.addLayout(facts)
        facilitator = "status" in withheld
        self.explanation = QLabel(self)
        self.explanation.setObjectName("withheldExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setText(
            self.tr(
                "You see this person's name and code, and the sessions you ran that they "
                "came to. The rest of the record is for their caseworkers."
            )
            if facilitator
            else self.tr(
                "This person is not in one of your cases, so you see only the basic part "
                "of the record. Phone, documentation, disability answers, notes, "
                "assessments, referrals and MHPSS notes are withheld."
            )
        )
        set_role(self.explanation, "muted")
        layout.addWidget(self.explanation)
        layout.addWidget(QLabel(self.tr("Sessions you ran that they came to"), self))
        self.sessions = QTableWidget(0, 3, self)
        self.sessions.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Activity"), self.tr("Topic")]
        )
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.verticalHeader().hide()
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.sessions, 1)
        self.no_sessions = QLabel(self.tr("None of the sessions you ran."), self)
        set_role(self.no_sessions, "muted")
        layout.addWidget(self.no_sessions)
        self._load_sessions()
        self.buttons = QDialogButtonBox(self)
        self.break_button: QPushButton | None = None
        if access.may_break_glass(store):
            self.break_button = QPushButton(self.tr("Break the glass…"), self)
            self.break_button.setToolTip(
                self.tr("Read the whole record for a reason; the admin sees it in the audit trail")
            )
            self.break_button.setAutoDefault(False)
            self.break_button.clicked.connect(self.break_glass)
            self.buttons.addButton(self.break_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _load_sessions(self) -> None:
        try:
            records = activities.list_sessions(self._store, person_id=self.person.id, limit=500)
        except SaphanError:
            records = []
        self.sessions.setRowCount(len(records))
        for row, record in enumerate(records):
            values = (
                format_date(record.date),
                session_activity_label(record),
                record.topic,
            )
            for column, value in enumerate(values):
                self.sessions.setItem(row, column, QTableWidgetItem(value))
        self.attendance_count = len(records)
        self.sessions.setVisible(bool(records))
        self.no_sessions.setVisible(not records)
        if not records:
            self._layout.addStretch(1)

    def break_glass(self) -> None:
        dialog = BreakGlassDialog(self._store, self.person, self)
        dialog.accepted.connect(self._broken)
        dialog.finished.connect(dialog.deleteLater)
        self.break_dialog = dialog
        dialog.open()

    def _broken(self) -> None:
        self.accept()
        self.glass_broken.emit(self.person.id)
