"""Log a session: what, when, where, for which programme, and who came."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db import activities, programmes, projects
from db.activities import ActivityType, SessionInput, SessionRecord
from db.errors import SaphanError, ValidationFailed
from db.permissions import Permission
from db.store import Store
from db.types import Programme
from desktop.labels import activity_problem_message, activity_type_label
from desktop.sessions.attendance_picker import AttendancePicker
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.field import Field

INDIVIDUAL_TYPES = (
    ActivityType.COUNSELLING,
    ActivityType.PSYCHOLOGICAL_FIRST_AID,
    ActivityType.CASE_FOLLOW_UP,
)
GROUP_TYPES = (
    ActivityType.MHPSS_GROUP,
    ActivityType.AWARENESS,
    ActivityType.THAI_CLASS,
    ActivityType.VOCATIONAL,
    ActivityType.YOUTH,
    ActivityType.SAFE_SPACE,
    ActivityType.PROJECT_SESSION,
)

# The programme (by its seeded code) each kind of session usually belongs to.
PROGRAMME_OF_TYPE = {
    ActivityType.COUNSELLING: "mhpss",
    ActivityType.PSYCHOLOGICAL_FIRST_AID: "mhpss",
    ActivityType.CASE_FOLLOW_UP: "mhpss",
    ActivityType.MHPSS_GROUP: "mhpss",
    ActivityType.AWARENESS: "social_protection",
    ActivityType.THAI_CLASS: "thai_language",
    ActivityType.VOCATIONAL: "vocational",
    ActivityType.YOUTH: "youth",
    ActivityType.SAFE_SPACE: "safe_space",
    ActivityType.PROJECT_SESSION: "participatory",
}

GROUP_PAGE, INDIVIDUAL_PAGE = range(2)


class LogSessionDialog(QDialog):
    """Emits ``logged(record)`` after a successful save."""

    logged = Signal(object)

    # The last kind of session logged in this run of the app: staff log the same kind often.
    last_type: ActivityType = ActivityType.MHPSS_GROUP

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._touched: set[str] = set()
        self._programme_chosen = False
        self.record: SessionRecord | None = None
        self.setWindowTitle(self.tr("Log a session"))
        self.setMinimumSize(920, 600)

        title = QLabel(self.tr("Log a session"), self)
        set_role(title, "pageTitle")

        self._build_inputs()
        left = self._build_form()
        self._build_attendance()

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(left, 5)
        columns.addWidget(self.attendance_box, 6)

        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(title)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self.activity_type.currentIndexChanged.connect(self._type_changed)
        self.programme.activated.connect(self._programme_picked)
        self.date.changed.connect(lambda: self._edited("date"))
        self.duration.valueChanged.connect(lambda: self._edited("duration_minutes"))
        self.topic.textChanged.connect(lambda: self._edited("topic"))
        self.location.textChanged.connect(lambda: self._edited("location"))
        if self.mhpss_notes is not None:
            self.mhpss_notes.textChanged.connect(lambda: self._edited("mhpss_notes"))
        self.group_picker.changed.connect(lambda: self._edited("attendee_ids"))
        self.person_picker.changed.connect(lambda: self._edited("attendee_ids"))

        self.set_activity_type(self.last_type)
        self._type_changed()
        self.activity_type.setFocus()

    def _build_inputs(self) -> None:
        """One input per detail of the session, in the order the form shows them."""
        self.activity_type = QComboBox(self)
        for kind in INDIVIDUAL_TYPES:
            self.activity_type.addItem(
                self.tr("{activity} (individual)").format(activity=activity_type_label(kind.value)),
                kind.value,
            )
        self.activity_type.insertSeparator(len(INDIVIDUAL_TYPES))
        for kind in GROUP_TYPES:
            self.activity_type.addItem(
                self.tr("{activity} (group)").format(activity=activity_type_label(kind.value)),
                kind.value,
            )
        self.programme = QComboBox(self)
        for programme in self._programmes():
            self.programme.addItem(programme.name, programme.id)
            self.programme.setItemData(
                self.programme.count() - 1, programme.code, Qt.ItemDataRole.UserRole + 1
            )
        self.date = DateField(self)
        self.date.set_maximum(dt.date.today())
        self.date.set_date(dt.date.today())
        self.duration = QSpinBox(self)
        self.duration.setRange(1, 8 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" minutes"))
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(self.tr("e.g. BEAM centre, Mae Pa"))
        self.topic = QLineEdit(self)
        self.topic.setMaxLength(300)
        self.topic.setPlaceholderText(self.tr("e.g. Managing stress; Thai lesson 4"))
        # A group session can belong to a participatory project (its attendance then shows
        # under the project).
        self.project = QComboBox(self)
        self.project.addItem(self.tr("No project"), None)
        if self._store.can(Permission.PLANS):
            for project in projects.list_projects(self._store):
                self.project.addItem(project.title, project.id)
        self.mhpss_notes: QPlainTextEdit | None = None
        if self._store.can(Permission.MHPSS_NOTES):
            self.mhpss_notes = QPlainTextEdit(self)
            self.mhpss_notes.setPlaceholderText(
                self.tr("Confidential: seen only by caseworkers and admins")
            )
            self.mhpss_notes.setTabChangesFocus(True)
            self.mhpss_notes.setMaximumHeight(110)

    def _build_form(self) -> QWidget:
        """The inputs in Fields, laid out as the form on the left."""
        self.fields = {
            "date": Field(self.date, self),
            "duration_minutes": Field(self.duration, self),
            "programme_id": Field(self.programme, self),
            "topic": Field(self.topic, self),
            "location": Field(self.location, self),
        }
        if self.mhpss_notes is not None:
            self.fields["mhpss_notes"] = Field(self.mhpss_notes, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Activity *"), self.activity_type)
        form.addRow(self.tr("Programme *"), self.fields["programme_id"])
        form.addRow(self.tr("Date *"), self.fields["date"])
        form.addRow(self.tr("Duration *"), self.fields["duration_minutes"])
        form.addRow(self.tr("Location"), self.fields["location"])
        form.addRow(self.tr("Topic"), self.fields["topic"])
        if self.project.count() > 1:
            form.addRow(self.tr("Project"), self.project)
        else:  # no projects yet: keep the (empty) choice out of sight
            self.project.hide()
        if self.mhpss_notes is not None:
            form.addRow(self.tr("MHPSS notes"), self.fields["mhpss_notes"])
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        return left

    def _build_attendance(self) -> None:
        """Who came: a list to tick for a group, one person for an individual session."""
        self.group_picker = AttendancePicker(self._store, single=False, parent=self)
        self.person_picker = AttendancePicker(self._store, single=True, parent=self)
        self.pickers = QStackedWidget(self)
        self.pickers.addWidget(self.group_picker)
        self.pickers.addWidget(self.person_picker)
        self.attendance_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.attendance_box)
        box_layout.addWidget(self.pickers)
        self.attendance_message = Field(QWidget(self), self).message
        box_layout.addWidget(self.attendance_message)

    def _build_buttons(self) -> QHBoxLayout:
        """The footer line, Cancel and Save (Ctrl+S)."""
        self.footer = QLabel(self)
        set_role(self.footer, "muted")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save session"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.footer, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _programmes(self) -> list[Programme]:
        try:
            return programmes.list_programmes(self._store)
        except SaphanError:
            return []

    # --- the kind of session --------------------------------------------------------------

    def current_type(self) -> ActivityType:
        return ActivityType(self.activity_type.currentData())

    def set_activity_type(self, kind: ActivityType) -> None:
        self.activity_type.setCurrentIndex(self.activity_type.findData(kind.value))

    def _programme_picked(self) -> None:
        self._programme_chosen = True

    def _type_changed(self) -> None:
        kind = self.current_type()
        if not self._programme_chosen:
            code = PROGRAMME_OF_TYPE.get(kind)
            for i in range(self.programme.count()):
                if self.programme.itemData(i, Qt.ItemDataRole.UserRole + 1) == code:
                    self.programme.setCurrentIndex(i)
                    break
        individual = kind.individual
        self.pickers.setCurrentIndex(INDIVIDUAL_PAGE if individual else GROUP_PAGE)
        self.attendance_box.setTitle(
            self.tr("Who was it with?") if individual else self.tr("Who came?")
        )
        self._revalidate()

    def picker(self) -> AttendancePicker:
        return self.person_picker if self.current_type().individual else self.group_picker

    # --- validation as you type -----------------------------------------------------------

    def session_input(self) -> SessionInput | None:
        day = self.date.date()
        programme_id = self.programme.currentData()
        if day is None or programme_id is None:
            return None
        return SessionInput(
            activity_type=self.current_type(),
            programme_id=int(programme_id),
            date=day,
            duration_minutes=self.duration.value(),
            location=self.location.text(),
            topic=self.topic.text(),
            mhpss_notes=self.mhpss_notes.toPlainText() if self.mhpss_notes else "",
            attendee_ids=self.picker().attendee_ids(),
            project_id=self.project.currentData() if not self.current_type().individual else None,
        )

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.date.is_blank():
            problems["date"] = "required"
        elif self.date.date() is None:
            problems["date"] = "date_format"
        if self.programme.currentData() is None:
            problems["programme_id"] = "required"
        session = self.session_input()
        if session is not None:
            for key, code in activities.validate_session(session).items():
                problems.setdefault(key, code)
        if not self.picker().attendee_ids():
            individual = self.current_type().individual
            problems["person" if individual else "attendee_ids"] = "required"
        return problems

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._revalidate()

    def _revalidate(self) -> None:
        problems = self.problems()
        show_all = "*" in self._touched
        for key, field in self.fields.items():
            code = problems.get(key)
            visible = code is not None and (show_all or key in self._touched)
            field.message.show_message(
                activity_problem_message(key, code) if visible and code else ""
            )
        attendance = next(
            ((k, c) for k, c in problems.items() if k in ("attendee_ids", "person")), None
        )
        if attendance and (show_all or "attendee_ids" in self._touched):
            self.attendance_message.show_message(activity_problem_message(*attendance))
        else:
            self.attendance_message.clear_message()
        self.save_button.setEnabled(not problems)
        if problems.keys() <= {"attendee_ids", "person"} and problems:
            self.footer.setText(
                self.tr("Choose the person to save.")
                if "person" in problems
                else self.tr("Add the people who came to save.")
            )
        elif problems:
            self.footer.setText(self.tr("Correct the fields marked in red to save."))
        else:
            count = len(self.picker().attendee_ids())
            self.footer.setText(
                self.tr("Ready to save: {count} attendee(s).").format(count=count)
                if not self.current_type().individual
                else ""
            )

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        session = self.session_input()
        if session is None or self.problems():
            self._touched.add("*")
            self._revalidate()
            return
        try:
            record = activities.log_session(self._store, session)
        except ValidationFailed as exc:
            lines = [activity_problem_message(k, c) for k, c in exc.problems.items()]
            dialogs.show_error(self, self.tr("Not saved"), "\n".join(lines))
            return
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return
        LogSessionDialog.last_type = session.activity_type
        self.record = record
        self.logged.emit(record)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a line edit must not close the dialog half-filled; Ctrl+Enter saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.picker().attendee_ids() or self.topic.text().strip():
            discard = dialogs.ask(
                self,
                self.tr("Discard this session?"),
                self.tr("The session has not been saved. Discard it?"),
                self.tr("Discard"),
                self.tr("Keep editing"),
            )
            if not discard:
                return
        super().reject()
