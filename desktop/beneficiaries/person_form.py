"""The person form: register a new person or view and edit a person's record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QStandardPaths, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QWidget,
)

from db import beneficiaries, custom_fields, subject
from db.custom_fields import Entity
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from db.types import Person, PersonInput, PopulationGroup, Sex
from db.validation import validate_person
from desktop.beneficiaries.case_tab import CaseTab
from desktop.beneficiaries.changes_tab import ChangesTab
from desktop.beneficiaries.consent_tab import ConsentTab
from desktop.beneficiaries.disability_tab import DisabilityTab
from desktop.beneficiaries.duplicates_dialog import DuplicatesDialog
from desktop.beneficiaries.history_tab import HistoryTab
from desktop.beneficiaries.person_tab import PersonTab
from desktop.custom_fields.editors import CustomFieldsPanel
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.field import FieldMessage
from desktop.widgets.fit import size_window
from desktop.widgets.form_dialog import FormDialog

# Which tab shows each problem key (the custom fields' "Other details", when there are any,
# come after Consent; their keys are "custom.<code>").
PERSON_TAB, DISABILITY_TAB, CONSENT_TAB, DETAILS_TAB = range(4)
_TAB_OF_FIELD = {
    "washington_group": DISABILITY_TAB,
    "consent_date": CONSENT_TAB,
    "consent_services": CONSENT_TAB,
}


def _tab_of(key: str) -> int:
    if key.startswith(custom_fields.PREFIX):
        return DETAILS_TAB
    return _TAB_OF_FIELD.get(key, PERSON_TAB)


class PersonForm(FormDialog):
    """Opened with ``open()``; emits ``saved(person)`` after a successful save, and
    ``status_message(text)`` for news the window's status bar shows."""

    saved = Signal(object)
    status_message = Signal(str)

    def __init__(
        self, store: Store, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Register a person")
            if person is None
            else self.tr("{code} — person record").format(code=person.code),
            self.tr("Register") if person is None else self.tr("Save changes"),
            parent,
        )
        self._store = store
        self._person = person
        self._duplicate_dialog: DuplicatesDialog | None = None
        self._duplicates_confirmed: PersonInput | None = None
        self.saved_person: Person | None = None
        needed = Permission.PEOPLE_EDIT if person else Permission.PEOPLE_REGISTER
        self.read_only = not store.can(needed)
        size_window(self, 900, 640)  # smaller on a 1366×768 screen at 125 %
        self._build_header()
        self._build_tabs()
        self._build_export()
        if self.read_only:
            self.cancel_button.setText(self.tr("Close"))
        self.ok_button.setVisible(not self.read_only)

        self._load(person)
        self._initial = self._values()
        self._check_fields()
        for tab in (self.person_tab, self.disability_tab, self.consent_tab, self.details_tab):
            if tab is not None:
                tab.edited.connect(self._edited)
                tab.set_read_only(self.read_only)
        if person is not None:
            self.touch_all()  # everything of an existing record shows with its problems, if any
        else:
            self.validate()
        self.person_tab.name_latin.setFocus()

    def _build_header(self) -> None:
        """The title, and the notice that a role may only look."""
        self.title = QLabel(self)
        set_role(self.title, "pageTitle")
        self.banner = QFrame(self)
        self.banner.setObjectName("readOnlyBanner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(
            QLabel(self.tr("Your role can see this record but not change it."), self.banner)
        )
        self.banner.setVisible(self.read_only)
        self.add_above(self.title)
        self.add_above(self.banner)

    def _build_tabs(self) -> None:
        """The record's four tabs, taking the dialog's height."""
        person = self._person
        recorder = self._store.user.full_name if person is None else person.consent_recorded_by
        self.person_tab = PersonTab(self)
        self.disability_tab = DisabilityTab(self)
        self.consent_tab = ConsentTab(
            recorder, self, store=self._store, person_id=person.id if person else None
        )
        self.consent_tab.recorded.connect(self._consent_recorded)
        self.consent_tab.erased.connect(self._person_erased)
        self.history_tab = HistoryTab(self._store, person, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.person_tab, self.tr("Person"))
        self.tabs.addTab(self.disability_tab, self.tr("Disability (Washington Group)"))
        self.tabs.addTab(self.consent_tab, self.tr("Consent"))
        # The admin's custom fields of people (db.custom_fields), when there are any.
        self.details_tab: CustomFieldsPanel | None = None
        fields = custom_fields.list_fields(self._store, Entity.PERSON)
        if fields:
            self.details_tab = CustomFieldsPanel(fields, self)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(self.details_tab)
            self.tabs.addTab(scroll, self.tr("Other details"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        # The person's cases and their plans: for roles that do casework, once registered.
        self.case_tab: CaseTab | None = None
        if person is not None and self._store.can(Permission.CASES):
            self.case_tab = CaseTab(self._store, person.id, self)
            self.tabs.addTab(self.case_tab, self.tr("Case"))
        # The rectification history (db.rectification): for the admin only.
        self.changes_tab: ChangesTab | None = None
        if person is not None and self._store.can(Permission.PEOPLE_DELETE):
            self.changes_tab = ChangesTab(self._store, person.id, self)
            self.tabs.addTab(self.changes_tab, self.tr("Changes"))
        self.add_section(self.tabs, stretch=1)

    def _build_export(self) -> None:
        """Subject access: a copy of everything held about the person, for them (db.subject
        checks the permission again; this only leaves the button out for other roles)."""
        self.export_button: QPushButton | None = None
        if self._person is None or not subject.may_export(self._store):
            return
        self.export_button = QPushButton(self.tr("Export what we hold…"), self)
        self.export_button.setToolTip(
            self.tr(
                "A copy of everything held about this person, for them: a Word document in "
                "their language, or a JSON file."
            )
        )
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_what_we_hold)
        self.button_row.insertWidget(0, self.export_button)

    def export_what_we_hold(self) -> None:
        """Ask for a file (.docx or .json) and write the export there."""
        assert self._person is not None
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        word = self.tr("Word document (*.docx)")
        json_file = self.tr("JSON file (*.json)")
        default = Path(folder) / f"{self._person.code}.docx"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export what we hold about {code}").format(code=self._person.code),
            str(default),
            f"{word};;{json_file}",
        )
        if not path:
            return
        if Path(path).suffix.lower() not in subject.SUFFIXES:
            path += ".json" if chosen == json_file else ".docx"
        self.write_export(Path(path))

    def write_export(self, path: Path) -> bool:
        """Write the export to ``path`` (audited); say so, or why not."""
        assert self._person is not None
        from desktop.documents.subject_docx import write_subject_export  # python-docx: on use

        try:
            write_subject_export(self._store, self._person.id, path)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not exported"), exc)
            return False
        message = self.tr("Wrote what we hold about {code} to {path}.").format(
            code=self._person.code, path=str(path)
        )
        self.footer.setText(message)
        self.status_message.emit(message)
        return True

    def _check_fields(self) -> None:
        """Each field of the tabs is checked by its problem key; the tabs say which was edited."""
        self._messages: dict[str, FieldMessage] = {
            key: field.message
            for key, field in {**self.person_tab.fields, **self.consent_tab.fields}.items()
        }
        self._messages["washington_group"] = self.disability_tab.message
        if self.details_tab is not None:
            self._messages.update(self.details_tab.messages())
        for key, message in self._messages.items():
            self.check_field(message, self.problem_check(key))

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
        if self.details_tab is not None:
            self.details_tab.set_values(person.custom)

    def _values(self) -> dict[str, Any]:
        values = {**self.person_tab.values(), **self.consent_tab.values()}
        values["washington_group"] = self.disability_tab.answers()
        values["custom"] = self.details_tab.values() if self.details_tab is not None else None
        return values

    def person_input(self) -> PersonInput | None:
        """The typed person, or None while a field the input needs is missing."""
        values = self._values()
        if values["sex"] is None or values["population_group"] is None:
            return None
        if values["consent_date"] is None:
            return None
        return PersonInput(**values)

    def is_dirty(self) -> bool:
        return self._values() != self._initial

    # --- validation as you type -----------------------------------------------------------

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
        for key, code in validate_person(probe, registering=self._person is None).items():
            problems.setdefault(key, code)
        if self.details_tab is not None:
            problems.update(self.details_tab.problems())
        return problems

    def problem_text(self, key: str, code: str) -> str:
        return CustomFieldsPanel.problem_text(key, code)

    def form_valid(self) -> bool:
        return not self.read_only

    def _edited(self, key: str) -> None:
        touched = [self._messages[key]] if key in self._messages else []
        if key == "name_script":
            touched.append(self._messages["name_latin"])  # the name problem is about both
        self.touch(*touched)

    def validate(self) -> bool:
        valid = super().validate()
        self._mark_tabs()
        self.footer.setText(self._footer_text())
        return valid

    def _shown(self, key: str) -> bool:
        message = self._messages.get(key)
        return message is not None and bool(message.text())

    def _mark_tabs(self) -> None:
        """A warning icon on each tab with a problem shown."""
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        flagged = {_tab_of(key) for key in self._messages if self._shown(key)}
        tabs = (PERSON_TAB, DISABILITY_TAB, CONSENT_TAB)
        for tab in (*tabs, DETAILS_TAB) if self.details_tab is not None else tabs:
            self.tabs.setTabIcon(tab, warning if tab in flagged else QIcon())

    def _footer_text(self) -> str:
        if not self._problems:
            return ""
        if all(self._shown(key) for key in self._problems):
            return self.tr("Correct the fields marked in red to save.")
        return self.tr("Fill in the fields marked * to save.")

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        person = self.person_input()
        if person is None or self.read_only:  # not valid: OK is disabled
            return False
        if self._needs_duplicate_check(person) and person != self._duplicates_confirmed:
            exclude = self._person.id if self._person else None
            found = beneficiaries.find_possible_duplicates(self._store, person, exclude)
            if found:
                self._duplicate_dialog = DuplicatesDialog(found, self)
                self._duplicate_dialog.accepted.connect(lambda: self._save_anyway(person))
                self._duplicate_dialog.open()
                return False
        if self._person is None:
            saved = beneficiaries.register_person(self._store, person)
        else:
            saved = beneficiaries.update_person(self._store, self._person.id, person)
        self.saved_person = saved
        self._initial = self._values()
        if self.changes_tab is not None and self.changes_tab.loaded:
            self.changes_tab.reload()
        self.saved.emit(saved)
        return True

    def _consent_recorded(self) -> None:
        """A grant or withdrawal was saved on its own: the state shown is the saved one, so
        it is no change of this form's."""
        self._initial.update(
            {k: v for k, v in self.consent_tab.values().items() if k.startswith("consent_")}
        )

    def _person_erased(self) -> None:
        """The person asked to be erased, and was: nothing is left to show or save."""
        self.saved_person = None
        super().reject()

    def _save_anyway(self, person: PersonInput) -> None:
        """The "Save anyway" of the list of possible duplicates."""
        self._duplicates_confirmed = person
        self.submit()

    def _needs_duplicate_check(self, person: PersonInput) -> bool:
        if self._person is None:
            return True
        before = self._initial
        keys = ("name_latin", "name_script", "birth_date", "birth_year")
        return any(getattr(person, k) != before[k] for k in keys)

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
