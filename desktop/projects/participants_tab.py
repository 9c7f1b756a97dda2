"""A project's participants: find registered people as you type and add them; remove them.

The search is the Sessions page's attendance picker; every change is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidgetItem, QVBoxLayout, QWidget

from db import projects
from db.errors import SaphanError, ValidationFailed
from db.projects import ProjectInfo
from db.store import Store
from desktop.labels import plan_problem_message
from desktop.sessions.attendance_picker import AttendancePicker, Attendee
from desktop.style import set_role
from desktop.widgets import dialogs


class ParticipantPicker(AttendancePicker):
    """The attendance picker, titled for participants and showing sessions attended."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.attended: dict[int, int] = {}
        super().__init__(store, single=False, parent=parent)

    def _show_attendees(self) -> None:
        super()._show_attendees()
        for i in range(self.attendee_list.count()):
            item: QListWidgetItem = self.attendee_list.item(i)
            count = self.attended.get(self._attendees[i].id)
            if count is not None:
                item.setText(
                    self.tr("{person}   — came to {count} session(s)").format(
                        person=item.text(), count=count
                    )
                )
        self.attendee_title.setText(
            self.tr("Participants: {count}").format(count=len(self._attendees))
        )

    def set_attendees(self, attendees: list[Attendee]) -> None:
        self._attendees = list(attendees)
        self._show_attendees()


class ParticipantsTab(QWidget):
    """Emits ``changed`` after participants were added or removed."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.project: ProjectInfo | None = None
        self._saved_ids: list[int] = []
        hint = QLabel(
            self.tr(
                "The women (and men) taking part in this project. Add registered people; "
                "attendance at each session is logged on the Sessions page."
            ),
            self,
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self.picker = ParticipantPicker(store, self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.picker, 1)
        self.picker.changed.connect(self._picker_changed)

    def set_project(self, project: ProjectInfo | None) -> None:
        self.project = project
        self.reload()

    def reload(self) -> None:
        people: list[Attendee] = []
        attended: dict[int, int] = {}
        if self.project is not None:
            try:
                people = [
                    Attendee(p.id, p.code, p.name_latin, p.name_script)
                    for p in projects.list_participants(self._store, self.project.id)
                ]
                attended = projects.participant_attendance(self._store, self.project.id)
            except SaphanError as exc:
                dialogs.show_error(self, self.tr("Could not load the participants"), exc)
        self.picker.attended = attended
        self.picker.set_attendees(people)
        self._saved_ids = [a.id for a in people]
        self.picker.setEnabled(self.project is not None)

    def _picker_changed(self) -> None:
        if self.project is None:
            return
        now = self.picker.attendee_ids()
        added = [i for i in now if i not in self._saved_ids]
        removed = [i for i in self._saved_ids if i not in now]
        try:
            if added:
                projects.add_participants(self._store, self.project.id, added)
            if removed:
                projects.remove_participants(self._store, self.project.id, removed)
        except ValidationFailed as exc:
            lines = [plan_problem_message(k, c) for k, c in exc.problems.items()]
            dialogs.show_error(self, self.tr("Not saved"), "\n".join(lines))
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
        self.reload()
        self.changed.emit()
