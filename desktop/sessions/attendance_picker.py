"""Who came: find people as you type and add them with the keyboard only.

Type part of a name or code, Down/Up to highlight, Enter to add: the search box clears so the
next name can be typed at once. In the attendee list, Delete or Backspace removes a person.
With ``single=True`` (individual sessions) adding a person replaces the one chosen before."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import beneficiaries
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from db.types import Person, PersonQuery, PersonRow
from desktop.labels import sex_label
from desktop.style import set_role
from desktop.widgets import dialogs

SEARCH_DELAY_MS = 150
MAX_RESULTS = 30


@dataclass(frozen=True)
class Attendee:
    id: int
    code: str
    name_latin: str
    name_script: str

    @property
    def display(self) -> str:
        names = " · ".join(n for n in (self.name_latin, self.name_script) if n)
        return f"{self.code}   {names}"

    @classmethod
    def of(cls, person: PersonRow | Person) -> Attendee:
        return cls(person.id, person.code, person.name_latin, person.name_script)


class AttendancePicker(QWidget):
    """Emits ``changed`` whenever the attendee list changes."""

    changed = Signal()

    def __init__(self, store: Store, single: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._single = single
        self._attendees: list[Attendee] = []
        self.person_form: QDialog | None = None  # the "Register new person" form while it is open

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Type a name or code, then Enter to add")
            if not single
            else self.tr("Type a name or code, then Enter to choose")
        )
        self.results = QListWidget(self)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # driven from the search box
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(self._add_item)
        self.results.itemClicked.connect(self._add_item)
        self.results_hint = QLabel(self)
        set_role(self.results_hint, "muted")
        self.results_hint.setWordWrap(True)

        self.attendee_title = QLabel(self)
        self.attendee_title.setStyleSheet("font-weight: 600;")
        self.attendee_list = QListWidget(self)
        self.attendee_list.installEventFilter(self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the selected person (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.register_button = QPushButton(self.tr("Register new person…"), self)
        self.register_button.setAutoDefault(False)
        self.register_button.clicked.connect(self.register_new_person)
        self.register_button.setVisible(store.can(Permission.PEOPLE_REGISTER))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)

        find_label = QLabel(self.tr("Find a person"), self)
        find_label.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(find_label)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.results_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attendee_title, 1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        layout.addWidget(self.attendee_list, 3)
        layout.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignLeft)
        if single:
            self.attendee_list.setMaximumHeight(self.attendee_list.sizeHintForRow(0) * 2 + 40)
        self.setFocusProxy(self.search)
        self._show_attendees()
        self._set_hint()

    # --- the attendee list ----------------------------------------------------------------

    def attendees(self) -> list[Attendee]:
        return list(self._attendees)

    def attendee_ids(self) -> list[int]:
        return [a.id for a in self._attendees]

    def add(self, attendee: Attendee) -> None:
        if any(a.id == attendee.id for a in self._attendees):
            return
        if self._single:
            self._attendees = [attendee]
        else:
            self._attendees.append(attendee)
        self._show_attendees()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.attendee_list.currentRow()
        if not 0 <= row < len(self._attendees):
            return
        del self._attendees[row]
        self._show_attendees()
        if self._attendees:
            self.attendee_list.setCurrentRow(min(row, len(self._attendees) - 1))
        else:
            self.search.setFocus()
        self.changed.emit()

    def _show_attendees(self) -> None:
        self.attendee_list.clear()
        for attendee in self._attendees:
            item = QListWidgetItem(attendee.display)
            item.setData(Qt.ItemDataRole.UserRole, attendee.id)
            self.attendee_list.addItem(item)
        count = len(self._attendees)
        if self._single:
            self.attendee_title.setText(self.tr("Person"))
        else:
            self.attendee_title.setText(self.tr("Attendees: {count}").format(count=count))
        self.remove_button.setEnabled(count > 0)

    # --- searching ------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Search now (the timer calls it 150 ms after the last key)."""
        self._timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self._set_hint()
            return
        try:
            found = beneficiaries.find_people(
                self._store, PersonQuery(text=text), 0, MAX_RESULTS + len(self._attendees)
            )
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not search"), exc)
            return
        chosen = {a.id for a in self._attendees}
        today = dt.date.today()
        for row in [r for r in found if r.id not in chosen][:MAX_RESULTS]:
            names = " · ".join(n for n in (row.name_latin, row.name_script) if n)
            facts = [
                text
                for field, text in (
                    ("sex", sex_label(row.sex)),
                    ("birth_year", str(row.age_on(today))),
                )
                if field not in row.withheld
            ]
            text_line = f"{row.code}   {names}" + (f"   ({', '.join(facts)})" if facts else "")
            item = QListWidgetItem(text_line)
            item.setData(Qt.ItemDataRole.UserRole, Attendee.of(row))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._set_hint()

    def _set_hint(self) -> None:
        if not self.search.text().strip():
            self.results_hint.setText(
                self.tr("Down and Up choose a result; Enter adds it. Delete removes someone.")
            )
        elif self.results.count() == 0:
            self.results_hint.setText(
                self.tr("No one found. Check the spelling, or register the person.")
            )
        else:
            self.results_hint.setText("")

    def _add_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        attendee = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(attendee, Attendee):
            self.add(attendee)
            self.search.clear()
            self.results.clear()
            self._set_hint()
            self.search.setFocus()

    def add_highlighted(self) -> None:
        if self._timer.isActive():  # typed faster than the search delay
            self.run_search()
        self._add_item(self.results.currentItem())

    def _move(self, step: int) -> None:
        count = self.results.count()
        if count:
            row = max(0, min(count - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    # Never the dialog's default button: Enter here means "add this person".
                    self.add_highlighted()
                    return True
                if key == Qt.Key.Key_Down:
                    if self._timer.isActive():
                        self.run_search()
                    self._move(1)
                    return True
                if key == Qt.Key.Key_Up:
                    self._move(-1)
                    return True
                if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                    self._move(10 if key == Qt.Key.Key_PageDown else -10)
                    return True
            elif watched is self.attendee_list and key in (
                Qt.Key.Key_Delete,
                Qt.Key.Key_Backspace,
            ):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    # --- registering someone new ----------------------------------------------------------

    def register_new_person(self) -> None:
        if not self._store.can(Permission.PEOPLE_REGISTER):
            return
        # Imported here: the person form is a feature of its own and only needed on demand.
        from desktop.beneficiaries.person_form import PersonForm

        form = PersonForm(self._store, None, self)
        typed = self.search.text().strip()
        if typed and not typed[0].isdigit():
            # What was searched for is most likely the new person's name.
            latin = all(ord(ch) < 0x250 for ch in typed)
            field = form.person_tab.name_latin if latin else form.person_tab.name_script
            field.setText(typed)
        form.saved.connect(self._registered)
        form.finished.connect(form.deleteLater)
        self.person_form = form
        form.open()

    def _registered(self, person: Person) -> None:
        self.add(Attendee.of(person))
        self.search.clear()
        self.results.clear()
        self.search.setFocus()
