"""The person form: register a new person or view and edit a person's record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import beneficiaries
from db.errors import SaphanError, ValidationFailed
from db.permissions import Permission
from db.store import Store
from db.types import Person, PersonInput, PopulationGroup, Sex
from db.validation import validate_person
from desktop.beneficiaries.consent_tab import ConsentTab
from desktop.beneficiaries.disability_tab import DisabilityTab
from desktop.beneficiaries.duplicates_dialog import DuplicatesDialog
from desktop.beneficiaries.history_tab import HistoryTab
from desktop.beneficiaries.person_tab import PersonTab
from desktop.labels import problem_message
from desktop.style import set_role
from desktop.widgets import dialogs

# Which tab shows each problem key.
PERSON_TAB, DISABILITY_TAB, CONSENT_TAB, HISTORY_TAB = range(4)
_TAB_OF_FIELD = {
    "washington_group": DISABILITY_TAB,
    "consent_date": CONSENT_TAB,
    "consent_services": CONSENT_TAB,
}


class PersonForm(QDialog):
    """Opened with ``open()``; emits ``saved(person)`` after a successful save."""

    saved = Signal(object)

    def __init__(
        self, store: Store, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._person = person
        self._touched: set[str] = set()
        self._duplicate_dialog: DuplicatesDialog | None = None
        self.saved_person: Person | None = None
        needed = Permission.PEOPLE_EDIT if person else Permission.PEOPLE_REGISTER
        self.read_only = not store.can(needed)

        self.setWindowTitle(
            self.tr("Register a person")
            if person is None
            else self.tr("{code} — person record").format(code=person.code)
        )
        self.setMinimumSize(860, 560)

        self.title = QLabel(self)
        set_role(self.title, "pageTitle")
        self.banner = QFrame(self)
        self.banner.setObjectName("readOnlyBanner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(
            QLabel(self.tr("Your role can see this record but not change it."), self.banner)
        )
        self.banner.setVisible(self.read_only)

        recorder = store.user.full_name if person is None else person.consent_recorded_by
        self.person_tab = PersonTab(self)
        self.disability_tab = DisabilityTab(self)
        self.consent_tab = ConsentTab(recorder, self)
        self.history_tab = HistoryTab(store, person, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.person_tab, self.tr("Person"))
        self.tabs.addTab(self.disability_tab, self.tr("Disability (Washington Group)"))
        self.tabs.addTab(self.consent_tab, self.tr("Consent"))
        self.tabs.addTab(self.history_tab, self.tr("History"))

        self.footer = QLabel(self)
        set_role(self.footer, "muted")
        self.cancel_button = QPushButton(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(
            self.tr("Register") if person is None else self.tr("Save changes"), self
        )
        set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(not self.read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.footer, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self._load(person)
        self._initial = self._values()
        for tab in (self.person_tab, self.disability_tab, self.consent_tab):
            tab.edited.connect(self._edited)
            tab.set_read_only(self.read_only)
        self._revalidate()
        self.person_tab.name_latin.setFocus()

    # --- loading and reading the fields ---------------------------------------------------

    def _load(self, person: Person | None) -> None:
        if person is None:
            self.title.setText(self.tr("Register a person"))
            self.consent_tab.set_values(dt.date.today(), True, False, False, "")
            self.consent_tab.recorded_by.setText(self._store.user.full_name)
            return
        names = " · ".join(n for n in (person.name_latin, person.name_script) if n)
        self.title.setText(f"{person.code}  {names}")
        values = person.as_input()
        self.person_tab.set_values(values)
        self.disability_tab.set_answers(values.washington_group)
        self.consent_tab.set_values(
            values.consent_date,
            values.consent_services,
            values.consent_referral,
            values.consent_data_use,
            person.consent_recorded_by,
        )
        # Everything of an existing record is shown with its problems, if any.
        self._touched = {"*"}

    def _values(self) -> dict[str, Any]:
        values = {**self.person_tab.values(), **self.consent_tab.values()}
        values["washington_group"] = self.disability_tab.answers()
        return values

    def person_input(self) -> PersonInput | None:
        """The typed person, or None while a field the input needs is missing."""
        values = self._values()
        if values["sex"] is None or values["population_group"] is None:
            return None
        if values["consent_date"] is None:
            return None
        return PersonInput(**values)

    def problems(self) -> dict[str, str]:
        problems = {**self.person_tab.ui_problems(), **self.consent_tab.ui_problems()}
        values = self._values()
        # Validate what can be validated even while sex or population group is missing.
        probe = PersonInput(
            **{
                **values,
                "sex": values["sex"] or Sex.FEMALE,
                "population_group": values["population_group"] or PopulationGroup.NEW_ARRIVAL,
                "consent_date": values["consent_date"] or dt.date.today(),
            }
        )
        for key, code in validate_person(probe).items():
            problems.setdefault(key, code)
        return problems

    def is_dirty(self) -> bool:
        return self._values() != self._initial

    # --- validation as you type -----------------------------------------------------------

    def _edited(self, field: str) -> None:
        self._touched.add(field)
        if field in ("name_script",):
            self._touched.add("name_latin")  # the name problem is about both names
        self._revalidate()

    def _revalidate(self) -> None:
        problems = self.problems()
        show_all = "*" in self._touched
        fields = {**self.person_tab.fields, **self.consent_tab.fields}
        for key, field in fields.items():
            code = problems.get(key)
            visible = code is not None and (show_all or key in self._touched)
            field.message.show_message(problem_message(key, code) if visible and code else "")
        wg = problems.get("washington_group")
        self.disability_tab.message.show_message(problem_message("washington_group", wg or ""))
        if not wg:
            self.disability_tab.message.clear_message()
        self._mark_tabs(problems, show_all)
        self.save_button.setEnabled(not problems and not self.read_only)
        hidden = [k for k in problems if not (show_all or k in self._touched)]
        if problems and hidden:
            self.footer.setText(self.tr("Fill in the fields marked * to save."))
        elif problems:
            self.footer.setText(self.tr("Correct the fields marked in red to save."))
        else:
            self.footer.setText("")

    def _mark_tabs(self, problems: dict[str, str], show_all: bool) -> None:
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        flagged = {
            _TAB_OF_FIELD.get(key, PERSON_TAB)
            for key in problems
            if show_all or key in self._touched
        }
        for tab in (PERSON_TAB, DISABILITY_TAB, CONSENT_TAB):
            self.tabs.setTabIcon(tab, warning if tab in flagged else QIcon())

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only:
            return
        person = self.person_input()
        if person is None or self.problems():
            self._touched.add("*")
            self._revalidate()
            return
        if self._needs_duplicate_check(person):
            exclude = self._person.id if self._person else None
            try:
                found = beneficiaries.find_possible_duplicates(self._store, person, exclude)
            except SaphanError as exc:
                dialogs.show_error(self, self.tr("Could not check for duplicates"), exc)
                return
            if found:
                self._duplicate_dialog = DuplicatesDialog(found, self)
                self._duplicate_dialog.accepted.connect(lambda: self._write(person))
                self._duplicate_dialog.open()
                return
        self._write(person)

    def _needs_duplicate_check(self, person: PersonInput) -> bool:
        if self._person is None:
            return True
        before = self._initial
        keys = ("name_latin", "name_script", "birth_date", "birth_year")
        return any(getattr(person, k) != before[k] for k in keys)

    def _write(self, person: PersonInput) -> None:
        try:
            if self._person is None:
                saved = beneficiaries.register_person(self._store, person)
            else:
                saved = beneficiaries.update_person(self._store, self._person.id, person)
        except ValidationFailed as exc:
            self._touched.add("*")
            self._revalidate()
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return
        self.saved_person = saved
        self._initial = self._values()
        self.saved.emit(saved)
        self.accept()

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or Cancel: ask before throwing away what was typed."""
        if not self.read_only and self.is_dirty():
            discard = dialogs.ask(
                self,
                self.tr("Discard changes?"),
                self.tr("You have changed this record. Discard the changes?"),
                self.tr("Discard"),
                self.tr("Keep editing"),
            )
            if not discard:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter saves from any single-line field (QDialog only does it for the default button
        # when no editor swallows the key).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            if self.save_button.isEnabled() and self.save_button.isVisible():
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)
