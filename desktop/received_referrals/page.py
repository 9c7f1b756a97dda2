"""Referrals received: the code on a referral slip another CSO gave the person is typed, pasted
or scanned (a keyboard-wedge scanner types it and presses Enter) when the person arrives, and
checked as it is typed (a mistyped, unknown, own or already recorded code is refused with a
sentence that says which). The person may be registered here with their consent, or someone
already registered linked; or just the code is recorded. Then the outcome: received, served,
not served (with a reason) or could not contact. Everything works from the keyboard alone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from db import referrals_received as received
from db.changes import Change
from db.errors import SaphanError
from db.permissions import Permission
from db.referrals_received import ReceivedRecord, ReceivedState
from db.services import list_own_services
from db.store import Store
from desktop.changes import ChangeWatch
from desktop.dates import date_text
from desktop.errors import describe
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.fit import room_for_scripts
from desktop.widgets.text_table import TextTable


class ReceivedReferralsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.watch = ChangeWatch(self, store, {Change.REFERRALS, Change.PEOPLE}, self.refresh)
        self.records: list[ReceivedRecord] = []
        self.person_id: int | None = None  # the person to link to the code being recorded
        self.picker: QWidget | None = None
        self.person_form: QWidget | None = None

        title = QLabel(self.tr("Referrals received"), self)
        set_role(title, "pageTitle")
        intro = QLabel(
            self.tr(
                "When someone arrives with a referral slip from another CSO, type or scan the "
                "code on it. Register the person only if they agree."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self._build_record_box())
        self.list_title = QLabel(self)
        set_role(self.list_title, "sectionTitle")
        layout.addWidget(self.list_title)
        self.table = TextTable(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the outcome
        self.table.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_outcome_box())

        # Ctrl+K: back to the code, whatever has the focus on this page.
        self.focus_code = QShortcut(QKeySequence("Ctrl+K"), self)
        self.focus_code.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.focus_code.activated.connect(self._focus_code)
        self.setTabOrder(self.code, self.service)
        self.setTabOrder(self.service, self.received_on.edit)
        self.setTabOrder(self.received_on.edit, self.register_button)
        self.setTabOrder(self.register_button, self.link_button)
        self.setTabOrder(self.link_button, self.record_button)
        self.setTabOrder(self.record_button, self.table)
        self.setTabOrder(self.table, self.state)
        self.setTabOrder(self.state, self.reason)
        self.setTabOrder(self.reason, self.state_on.edit)
        self.setTabOrder(self.state_on.edit, self.save_button)
        self.check_code()
        self.refresh()

    # --- recording a code -------------------------------------------------------------------

    def _build_record_box(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("recordBox")
        box.setStyleSheet(
            "#recordBox { border: 1px solid #d5dde2; border-radius: 6px; background: #f7f9fa; }"
        )
        self.code = QLineEdit(box)
        self.code.setPlaceholderText(self.tr("e.g. BEAM-7K3Q-9XZF"))
        self.code.setMaxLength(40)
        font = QFont(self.code.font())
        font.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.code.setFont(font)
        # Monospace fonts have Latin metrics: room for the Burmese placeholder's "ဥ" below.
        room_for_scripts(self.code)
        self.code.setMinimumWidth(300)
        self.code.setMaximumWidth(520)
        self.code.textChanged.connect(self.check_code)
        self.code.returnPressed.connect(self.record)  # a scanner ends the code with Enter
        self.code_message = QLabel(box)
        self.code_message.setWordWrap(True)
        self.service = QComboBox(box)
        self.received_on = DateField(box)
        self.received_on.set_date(dt.date.today())
        self.received_on.changed.connect(self.check_code)
        self.person_label = QLabel(box)
        self.person_label.setWordWrap(True)
        self.register_button = QPushButton(self.tr("Register the person…"), box)
        self.register_button.setToolTip(self.tr("Only with the person's consent"))
        self.register_button.clicked.connect(self.register_person)
        self.register_button.setVisible(self._store.can(Permission.PEOPLE_REGISTER))
        self.link_button = QPushButton(self.tr("Link someone registered…"), box)
        self.link_button.clicked.connect(self.pick_person)
        self.link_button.setVisible(self._store.can(Permission.PEOPLE_VIEW))
        self.unlink_button = QPushButton(self.tr("Record the code only"), box)
        self.unlink_button.clicked.connect(lambda: self._set_person(None, ""))
        self.record_button = QPushButton(self.tr("Record the referral"), box)
        set_role(self.record_button, "primary")
        self.record_button.clicked.connect(self.record)

        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.record_button)
        code_row.addStretch(1)
        person_row = QHBoxLayout()
        person_row.addWidget(self.register_button)
        person_row.addWidget(self.link_button)
        person_row.addWidget(self.unlink_button)
        person_row.addStretch(1)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Code on the slip"), code_row)
        form.addRow("", self.code_message)
        form.addRow(self.tr("Our service"), self.service)
        form.addRow(self.tr("Arrived on"), self.received_on)
        form.addRow(self.tr("Person"), person_row)
        form.addRow("", self.person_label)
        self._load_services()
        self._set_person(None, "")
        return box

    def _load_services(self) -> None:
        self.service.clear()
        self.service.addItem(self.tr("Not said"), None)
        try:
            for s in list_own_services(self._store, include_defunct=False):
                self.service.addItem(s.name, s.id)
        except SaphanError:
            pass

    def _cso_name(self, code: str) -> str:
        """The referring CSO's name in the network file, if this CSO has one."""
        from directory.sharing import state  # pydantic: only once a code is typed

        try:
            network = state.stored_network(self._store)
        except SaphanError:
            return ""
        member = network.member(code) if network is not None else None
        return member.name if member is not None else ""

    def check_code(self) -> bool:
        """Check the code as it is typed; say what is wrong, or where it comes from."""
        text = self.code.text()
        typed = "".join(c for c in text if c.isalnum())
        ok = False
        if not typed:
            message, role = self.tr("Type the code on the referral slip, or scan it."), "muted"
        elif len(typed) < 10 and not text.endswith("\n"):
            message = self.tr("Keep typing: a CSO's code, then eight letters and digits.")
            role = "muted"
        else:
            try:
                code = received.check_code(self._store, text)
            except SaphanError as exc:
                message, role = describe(exc), "fieldError"
            else:
                name = self._cso_name(code.cso)
                message = (
                    self.tr("A referral from {cso} ({name}).").format(cso=code.cso, name=name)
                    if name
                    else self.tr("A referral from {cso}.").format(cso=code.cso)
                )
                role, ok = "success", True
        if not self.received_on.is_valid() or self.received_on.date() is None:
            ok = False
        self.code_message.setText(message)
        set_role(self.code_message, role)
        self.code_message.setStyleSheet("color: #1e7b34;" if role == "success" else "")
        self.record_button.setEnabled(ok)
        return ok

    def _set_person(self, person_id: int | None, text: str) -> None:
        self.person_id = person_id
        self.unlink_button.setVisible(person_id is not None)
        self.person_label.setText(text or self.tr("Only the code is recorded: nobody is linked."))
        set_role(self.person_label, "" if person_id is not None else "muted")

    def register_person(self) -> None:
        """Register the person (the form records their consent) and link them."""
        from desktop.beneficiaries.person_form import PersonForm

        form = PersonForm(self._store, None, self)
        form.saved.connect(lambda person: self._picked(person.id))
        form.finished.connect(form.deleteLater)
        self.person_form = form
        form.open()

    def pick_person(self) -> None:
        from desktop.directory_page.person_picker import PersonPicker

        picker = PersonPicker(
            self._store,
            "",
            self,
            about=self.tr("Link the person who brought the slip, if they agree."),
        )
        picker.setWindowTitle(self.tr("Who arrived?"))
        picker.accepted.connect(lambda: self._picked(picker.person_id()))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()

    def _picked(self, person_id: int | None) -> None:
        if person_id is None or not isValid(self):
            return
        from db.beneficiaries import get_person

        try:
            person = get_person(self._store, person_id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Link someone registered"), exc)
            return
        names = " · ".join(n for n in (person.name_latin, person.name_script) if n)
        self._set_person(person.id, f"{person.code}   {names}")
        self.record_button.setFocus()

    def record(self) -> None:
        if not self.check_code():
            self.code.setFocus()
            return
        try:
            got = received.record_code(
                self._store,
                self.code.text(),
                service_id=self.service.currentData(),
                person_id=self.person_id,
                received_on=self.received_on.date(),
            )
        except SaphanError as exc:
            # Nothing typed is lost: the code stays in the field, with what is wrong.
            self.code_message.setText(describe(exc))
            set_role(self.code_message, "fieldError")
            self.code_message.setStyleSheet("")
            self.code.setFocus()
            return
        self.status_message.emit(self.tr("Referral {code} recorded.").format(code=got.code))
        self.code.clear()
        self._set_person(None, "")
        self.refresh()
        self.select(got.id)
        self.state.setFocus()

    def _focus_code(self) -> None:
        self.code.setFocus()
        self.code.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.code.setFocus()

    # --- the list and the outcome -----------------------------------------------------------

    def state_label(self, state: ReceivedState) -> str:
        return {
            ReceivedState.RECEIVED: self.tr("Received"),
            ReceivedState.SERVED: self.tr("Served"),
            ReceivedState.NOT_SERVED: self.tr("Not served"),
            ReceivedState.COULD_NOT_CONTACT: self.tr("Could not contact"),
        }[state]

    def _build_outcome_box(self) -> QWidget:
        box = QWidget(self)
        self.outcome_title = QLabel(box)
        set_role(self.outcome_title, "sectionTitle")
        self.state = QComboBox(box)
        for state in ReceivedState:
            self.state.addItem(self.state_label(state), state.value)
        self.state.currentIndexChanged.connect(self._check_outcome)
        self.reason = QLineEdit(box)
        self.reason.setPlaceholderText(self.tr("Why the person was not served"))
        self.reason.setMaxLength(received.MAX_REASON)
        self.reason.textChanged.connect(self._check_outcome)
        self.reason.returnPressed.connect(self.save_outcome)
        self.state_on = DateField(box)
        self.state_on.changed.connect(self._check_outcome)
        self.save_button = QPushButton(self.tr("Save the outcome"), box)
        self.save_button.clicked.connect(self.save_outcome)
        self.outcome_message = QLabel(box)
        set_role(self.outcome_message, "fieldError")
        self.outcome_message.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Outcome"), box))
        row.addWidget(self.state)
        row.addWidget(self.reason, 1)
        row.addWidget(QLabel(self.tr("On"), box))
        row.addWidget(self.state_on)
        row.addWidget(self.save_button)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.outcome_title)
        column.addLayout(row)
        column.addWidget(self.outcome_message)
        return box

    def refresh(self) -> None:
        self.watch.mark_fresh()
        selected = self.current()
        try:
            self.records = received.list_received(self._store)
        except SaphanError as exc:
            self.records = []
            self.list_title.setText(describe(exc))
        else:
            self.list_title.setText(self.tr("Received ({count})").format(count=len(self.records)))
        self.table.show_rows(
            [
                self.tr("Code"),
                self.tr("From"),
                self.tr("Our service"),
                self.tr("Person"),
                self.tr("Arrived"),
                self.tr("Outcome"),
                self.tr("Since"),
            ],
            [
                [
                    r.code,
                    r.from_cso,
                    r.service_name,
                    r.person_code or (self.tr("linked") if r.linked else "—"),
                    date_text(r.received_on),
                    self.state_label(r.state)
                    + (f": {r.reason}" if r.state is ReceivedState.NOT_SERVED else ""),
                    date_text(r.state_on),
                ]
                for r in self.records
            ],
        )
        if selected is not None:
            self.select(selected.id)
        self._show_selected()

    def select(self, received_id: int) -> None:
        for row, r in enumerate(self.records):
            if r.id == received_id:
                self.table.selectRow(row)
                return

    def current(self) -> ReceivedRecord | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.records[rows.pop()] if len(rows) == 1 else None

    def _show_selected(self) -> None:
        r = self.current()
        for widget in (self.state, self.reason, self.state_on, self.save_button):
            widget.setEnabled(r is not None)
        self.outcome_message.clear()
        if r is None:
            self.outcome_title.setText(
                self.tr("Choose a referral in the list to record its outcome.")
            )
            self.state.setCurrentIndex(0)
            self.reason.clear()
            self.state_on.set_date(None)
            return
        self.outcome_title.setText(self.tr("Outcome of {code}").format(code=r.code))
        self.state.blockSignals(True)
        self.state.setCurrentIndex(max(0, self.state.findData(r.state.value)))
        self.state.blockSignals(False)
        self.reason.setText(r.reason)
        today = dt.date.today()
        self.state_on.set_date(today if r.state is ReceivedState.RECEIVED else r.state_on)
        self._check_outcome()

    def _outcome_problem(self) -> str:
        r = self.current()
        not_served = self.state.currentData() == ReceivedState.NOT_SERVED.value
        if not_served and not self.reason.text().strip():
            return self.tr("Say why the person was not served.")
        day = self.state_on.date()
        if day is None:
            return self.tr("Enter the date as day/month/year.")
        if day > dt.date.today():
            return self.tr("The date cannot be in the future.")
        if r is not None and day < r.received_on:
            return self.tr("The date cannot be before the person arrived.")
        return ""

    def _check_outcome(self) -> None:
        r = self.current()
        not_served = self.state.currentData() == ReceivedState.NOT_SERVED.value
        self.reason.setEnabled(r is not None and not_served)
        problem = self._outcome_problem() if r is not None else ""
        self.outcome_message.setText(problem)
        self.save_button.setEnabled(r is not None and not problem)

    def save_outcome(self) -> None:
        r = self.current()
        if r is None or self._outcome_problem():
            return
        try:
            saved = received.set_outcome(
                self._store,
                r.id,
                ReceivedState(self.state.currentData()),
                reason=self.reason.text(),
                on=self.state_on.date(),
            )
        except SaphanError as exc:
            self.outcome_message.setText(describe(exc))
            return
        outcome = self.state_label(saved.state)
        self.status_message.emit(
            self.tr("{code}: {outcome}.").format(code=saved.code, outcome=outcome)
        )
        self.refresh()
        self.select(saved.id)
        self.table.setFocus()  # the list, on the row saved (Ctrl+K: the next code)
