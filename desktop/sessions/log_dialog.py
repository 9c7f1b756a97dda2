"""Log a session: what, when, where, for which programme, and who came."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db import activities, activity_types, cases, custom_fields, programmes, projects, settings
from db.activities import ActivityType, SessionInput, SessionRecord
from db.activity_types import ActivityTypeInfo
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from db.types import Programme
from desktop.beneficiaries.case_words import case_problem_message
from desktop.custom_fields.editors import CustomFieldsPanel
from desktop.i18n import current_language
from desktop.labels import activity_problem_message, programme_label, session_programme_label
from desktop.sessions.area_choice import AreaChoice, network_areas
from desktop.sessions.attendance_picker import AttendancePicker
from desktop.sessions.participant_notes import ParticipantNotesTable, may_write_notes
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.field import Field
from desktop.widgets.fit import size_window
from desktop.widgets.form_dialog import FormDialog

GROUP_PAGE, INDIVIDUAL_PAGE = range(2)


class LogSessionDialog(FormDialog):
    """Emits ``logged(record)`` after a successful save."""

    logged = Signal(object)

    # The last kind of session logged in this run of the app: staff log the same kind often.
    last_type: str = ActivityType.MHPSS_GROUP.value

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        existing: SessionRecord | None = None,
    ) -> None:
        """A new session, or with ``existing`` the attendance of a session already logged
        (its details shown as they are, only who came to tick)."""
        heading = self.tr("Record attendance") if existing else self.tr("Log a session")
        super().__init__(
            heading,
            self.tr("Save attendance") if existing else self.tr("Save session"),
            parent,
        )
        self._store = store
        self._programme_chosen = False
        self.existing = existing
        self.record: SessionRecord | None = None
        size_window(self, 920, 600)  # smaller (and scrolling) on a small screen

        title = QLabel(heading, self)
        set_role(title, "pageTitle")
        self.add_above(title)
        self._build_inputs()
        self._build_form()
        self._build_attendance()
        self.ok_button.setToolTip(self.tr("Save (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.submit)

        self.activity_type.currentIndexChanged.connect(self._type_changed)
        self.programme.activated.connect(self._programme_picked)
        self.set_activity_type(existing.activity_type if existing else self.last_type)
        self._type_changed()
        if existing is not None:
            self._show_existing(existing)
            self.picker().setFocus()
        else:
            self.activity_type.setFocus()

    def _show_existing(self, record: SessionRecord) -> None:
        """The logged session's details, fixed: only the attendance is recorded here."""
        self._programme_chosen = True
        index = self.programme.findData(record.programme_id)
        if index < 0:
            self.programme.addItem(session_programme_label(record), record.programme_id)
            index = self.programme.count() - 1
        self.programme.setCurrentIndex(index)
        self.date.set_date(record.date)
        self.duration.setValue(record.duration_minutes)
        self.location.setText(record.location)
        self.area.set_area(record.area)
        if record.area is not None:
            self.form.setRowVisible(self.fields["area"], True)
        self.topic.setText(record.topic)
        project = self.project.findData(record.project_id)
        if project >= 0:
            self.project.setCurrentIndex(project)
        if self.mhpss_notes is not None:
            self.mhpss_notes.setPlainText(record.mhpss_notes)
        self.custom.set_values(record.custom)
        self.custom.set_read_only(True)
        for editor in (
            self.activity_type,
            self.programme,
            self.date,
            self.duration,
            self.location,
            self.area,
            self.topic,
            self.project,
            self.mhpss_notes,
        ):
            if editor is not None:
                editor.setEnabled(False)
        self.validate()

    def _build_inputs(self) -> None:
        """One input per detail of the session, in the order the form shows them."""
        # The admin's activity types (db.activity_types): the individual ones, then the
        # group ones, each in the admin's order and named in the interface's language.
        self.activity_type = QComboBox(self)
        self._types = {t.code: t for t in self._activity_types()}
        if self.existing is not None and self.existing.activity_type not in self._types:
            self._types.update(
                (t.code, t) for t in self._activity_types(self.existing.activity_type)
            )
        language = current_language()
        individual = [t for t in self._types.values() if t.individual]
        for t in individual:
            self.activity_type.addItem(
                self.tr("{activity} (individual)").format(activity=t.label(language)), t.code
            )
        if individual:
            self.activity_type.insertSeparator(len(individual))
        for t in self._types.values():
            if not t.individual:
                self.activity_type.addItem(
                    self.tr("{activity} (group)").format(activity=t.label(language)), t.code
                )
        self.programme = QComboBox(self)
        for programme in self._programmes():
            self.programme.addItem(programme_label(programme), programme.id)
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
        # Where it happened, of the network's areas (the "where" of the 5W report); the CSO's
        # default area first. Optional: "Not known" is its own value.
        self.area = AreaChoice(network_areas(self._store), self)
        self.area.set_area(settings.default_area(self._store))
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
        # A note per participant of a group session, beside the group note (the user logs the
        # session as its facilitator).
        self.participant_notes: ParticipantNotesTable | None = None
        if may_write_notes(self._store):
            self.participant_notes = ParticipantNotesTable(self._store, True, self)
            self.participant_notes.setMinimumHeight(120)

    def _build_form(self) -> None:
        """The inputs as the form's rows (on the left), each checked as the user types."""
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Activity *"), self.activity_type)
        rows: list[tuple[str, str, QWidget]] = [
            ("programme_id", self.tr("Programme *"), self.programme),
            ("date", self.tr("Date *"), self.date),
            ("duration_minutes", self.tr("Duration *"), self.duration),
            ("location", self.tr("Location"), self.location),
            ("area", self.tr("Area"), self.area),
            ("topic", self.tr("Topic"), self.topic),
        ]
        self.fields = {
            key: self.add_field(label, editor, self.problem_check(key))
            for key, label, editor in rows
        }
        if self.area.count() == 1:
            # The network lists no areas: nothing to choose.
            self.form.setRowVisible(self.fields["area"], False)
        if self.project.count() > 1:
            self.form.addRow(self.tr("Project"), self.project)
        else:  # no projects yet: keep the (empty) choice out of sight
            self.project.hide()
        if self.mhpss_notes is not None:
            self.fields["mhpss_notes"] = self.add_field(
                self.tr("MHPSS notes"), self.mhpss_notes, self.problem_check("mhpss_notes")
            )
        if self.participant_notes is not None:
            self.fields["participant_notes"] = self.add_field(
                self.tr("Participants' notes"),
                self.participant_notes,
                self.problem_check("participant_notes"),
            )
        # The admin's custom fields of sessions (db.custom_fields), as rows of this form.
        fields = custom_fields.list_fields(self._store, custom_fields.Entity.SESSION)
        self.custom = CustomFieldsPanel(fields, self, form=self.form)
        for key, row in self.custom.rows.items():
            self.check_field(
                row,
                self.problem_check(key),
                self.custom.editors[key.removeprefix(custom_fields.PREFIX)],
            )
        self._build_next_contact()

    def _build_next_contact(self) -> None:
        """The follow-up date of the person's open case, shown when the person has one."""
        self.next_contact = DateField(self)
        self.next_contact.setToolTip(
            self.tr("When to contact the person next: the follow-up date of their open case")
        )
        self.next_contact_row = self.add_field(
            self.tr("Next contact"), self.next_contact, self.problem_check("next_contact")
        )
        self._has_open_case: dict[int, bool] = {}
        self.form.setRowVisible(self.next_contact_row, False)

    def asks_next_contact(self) -> bool:
        """Whether the next contact is asked for: an individual session with a person who has
        an open case (for roles that do casework)."""
        if not self._store.can(Permission.CASES) or not self.current_type().individual:
            return False
        ids = self.picker().attendee_ids()
        if len(ids) != 1:
            return False
        if ids[0] not in self._has_open_case:
            try:
                found = cases.person_cases(self._store, ids[0])
            except SaphanError:
                found = []
            self._has_open_case[ids[0]] = any(c.status is cases.CaseState.OPEN for c in found)
        return self._has_open_case[ids[0]]

    def _build_attendance(self) -> None:
        """Who came, beside the form: a list to tick for a group, one person for an individual
        session."""
        self.group_picker = AttendancePicker(self._store, single=False, parent=self)
        self.person_picker = AttendancePicker(self._store, single=True, parent=self)
        self.pickers = QStackedWidget(self)
        self.pickers.addWidget(self.group_picker)
        self.pickers.addWidget(self.person_picker)
        self.attendance_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.attendance_box)
        attendance = Field(self.pickers, self)
        box_layout.addWidget(attendance)
        self.attendance_message = attendance.message
        self.check_field(
            attendance, self._attendance_problem, self.group_picker, self.person_picker
        )
        self.group_picker.changed.connect(self._participants_changed)
        self.add_beside(self.attendance_box, stretch=6, form_stretch=5)

    def _programmes(self) -> list[Programme]:
        try:
            return programmes.list_programmes(self._store)
        except SaphanError:
            return []

    # --- the kind of session --------------------------------------------------------------

    def _activity_types(self, code: str | None = None) -> list[ActivityTypeInfo]:
        """The active types; with ``code``, that one (active or not: a logged session's)."""
        try:
            if code is None:
                return activity_types.list_activity_types(self._store)
            return [activity_types.get_activity_type(self._store, code)]
        except SaphanError:
            return []

    def current_type(self) -> ActivityTypeInfo:
        code = self.activity_type.currentData()
        found = self._types.get(str(code)) if code is not None else None
        if found is None:  # no types at all: a group session of no type, refused on save
            return ActivityTypeInfo(0, str(code or ""), {}, False, None, False, 0, False)
        return found

    def set_activity_type(self, code: str) -> None:
        index = self.activity_type.findData(str(code))
        if index >= 0:
            self.activity_type.setCurrentIndex(index)

    def _programme_picked(self) -> None:
        self._programme_chosen = True

    def _type_changed(self) -> None:
        kind = self.current_type()
        if not self._programme_chosen and kind.programme_code:
            for i in range(self.programme.count()):
                if self.programme.itemData(i, Qt.ItemDataRole.UserRole + 1) == kind.programme_code:
                    self.programme.setCurrentIndex(i)
                    break
        individual = kind.individual
        if self.participant_notes is not None:
            self.fields["participant_notes"].setVisible(not individual)
            label = self.form.labelForField(self.fields["participant_notes"])
            if label is not None:
                label.setVisible(not individual)
        self.pickers.setCurrentIndex(INDIVIDUAL_PAGE if individual else GROUP_PAGE)
        self.attendance_box.setTitle(
            self.tr("Who was it with?") if individual else self.tr("Who came?")
        )
        self.validate()

    def _participants_changed(self) -> None:
        if self.participant_notes is not None:
            self.participant_notes.set_people(
                [(a.id, a.display) for a in self.group_picker.attendees()]
            )

    def picker(self) -> AttendancePicker:
        return self.person_picker if self.current_type().individual else self.group_picker

    # --- validation as you type -----------------------------------------------------------

    def session_input(self) -> SessionInput | None:
        day = self.date.date()
        programme_id = self.programme.currentData()
        if day is None or programme_id is None:
            return None
        return SessionInput(
            activity_type=self.current_type().code,
            programme_id=int(programme_id),
            date=day,
            duration_minutes=self.duration.value(),
            location=self.location.text(),
            area=self.area.area(),
            topic=self.topic.text(),
            mhpss_notes=self.mhpss_notes.toPlainText() if self.mhpss_notes else "",
            attendee_ids=self.picker().attendee_ids(),
            project_id=self.project.currentData() if not self.current_type().individual else None,
            participant_notes=(
                self.participant_notes.notes()
                if self.participant_notes is not None and not self.current_type().individual
                else {}
            ),
            custom=self.custom.values() if self.existing is None else None,
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
            individual = self.current_type().individual
            for key, code in activities.validate_session(session, individual=individual).items():
                problems.setdefault(key, code)
        if self.existing is None:
            problems.update(self.custom.problems())
        if not self.picker().attendee_ids():
            individual = self.current_type().individual
            problems["person" if individual else "attendee_ids"] = "required"
        if self.asks_next_contact() and not self.next_contact.is_blank():
            follow_up = self.next_contact.date()
            if follow_up is None:
                problems["next_contact"] = "date_format"
            elif session is not None and follow_up < session.date:
                problems["next_contact"] = "before_session"
        return problems

    def problem_text(self, key: str, code: str) -> str:
        if key == "next_contact":
            return case_problem_message(key, code)
        if key.startswith(custom_fields.PREFIX):
            return CustomFieldsPanel.problem_text(key, code)
        return activity_problem_message(key, code)

    def _attendance_problem(self) -> str:
        for key in ("attendee_ids", "person"):
            if code := self._problems.get(key):
                return self.problem_text(key, code)
        return ""

    def validate(self) -> bool:
        if hasattr(self, "next_contact_row"):
            self.form.setRowVisible(self.next_contact_row, self.asks_next_contact())
        valid = super().validate()
        self.footer.setText(self._footer_text())
        return valid

    def _footer_text(self) -> str:
        problems = self._problems
        if problems and problems.keys() <= {"attendee_ids", "person"}:
            if "person" in problems:
                return self.tr("Choose the person to save.")
            return self.tr("Add the people who came to save.")
        if problems:
            return self.tr("Correct the fields marked in red to save.")
        if self.current_type().individual:
            return ""
        count = len(self.picker().attendee_ids())
        return self.tr("Ready to save: {count} attendee(s).").format(count=count)

    # --- saving and closing ---------------------------------------------------------------

    def save(self) -> bool:
        session = self.session_input()
        if session is None:  # not valid: OK is disabled
            return False
        if self.existing is not None:
            # The participants' notes typed beside the attendance are saved with it.
            notes = {pid: text for pid, text in session.participant_notes.items() if text.strip()}
            activities.set_attendance(
                self._store, self.existing.id, session.attendee_ids, notes=notes
            )
            self.record = activities.get_session(self._store, self.existing.id)
            self.logged.emit(self.record)
            return True
        next_contact = self.next_contact.date() if self.asks_next_contact() else None
        self.record = activities.log_session(self._store, session, next_contact=next_contact)
        LogSessionDialog.last_type = session.activity_type
        self.logged.emit(self.record)
        return True

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
