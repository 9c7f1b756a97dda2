"""The "Consent" tab: when the person agreed, to what, and who recorded it; for a registered
person, the history of every grant and withdrawal, and Grant… / Withdraw… to record one (saved
at once, on its own: consent is a history, never edited in place)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import consent
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from desktop.beneficiaries.consent_dialog import ConsentChangeDialog, method_label, scope_label
from desktop.dates import date_text
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.field import Field
from desktop.widgets.text_table import TextTable


class ConsentTab(QWidget):
    edited = Signal(str)
    recorded = Signal()  # a grant or withdrawal was saved (the person's state changed)
    erased = Signal()  # the person asked to be erased, and was

    def __init__(
        self,
        recorded_by: str,
        parent: QWidget | None = None,
        *,
        store: Store | None = None,
        person_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.person_id = person_id
        self.dialog: ConsentChangeDialog | None = None
        self.fields: dict[str, Field] = {}
        self.consent_date = DateField(self)
        self.consent_date.set_maximum(dt.date.today())
        self.services = QCheckBox(self.tr("Services from this organisation (required)"), self)
        self.referral = QCheckBox(self.tr("Referral to other organisations"), self)
        self.data_use = QCheckBox(self.tr("Use of anonymous data in reports"), self)
        self.recorded_by = QLineEdit(recorded_by, self)
        self.recorded_by.setReadOnly(True)
        self.recorded_by.setMaximumWidth(320)
        self.recorded_by.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.method = QComboBox(self)
        for m in consent.METHODS:
            self.method.addItem(method_label(m), m)
        self.method.setMaximumWidth(320)

        intro = QLabel(
            self.tr(
                "Explain in the person's language what will be recorded and why, and that they "
                "can say no to referral or to data use and still receive services."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")

        scopes = QVBoxLayout()
        scopes.setContentsMargins(0, 0, 0, 0)
        for box in (self.services, self.referral, self.data_use):
            scopes.addWidget(box)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(12)
        self.fields["consent_date"] = Field(self.consent_date, self)
        self.fields["consent_services"] = Field(scopes, self)
        form.addRow(self.tr("Date of consent *"), self.fields["consent_date"])
        form.addRow(self.tr("The person agrees to"), self.fields["consent_services"])
        if person_id is None:
            form.addRow(self.tr("How it was given"), self.method)
        else:
            self.method.hide()  # the method of each grant or withdrawal is in the history
        form.addRow(self.tr("Recorded by"), self.recorded_by)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        if person_id is None:
            layout.addStretch(1)
        else:
            self._build_history(layout)

        self.consent_date.changed.connect(lambda: self.edited.emit("consent_date"))
        self.services.toggled.connect(lambda: self.edited.emit("consent_services"))
        self.referral.toggled.connect(lambda: self.edited.emit("consent_referral"))
        self.data_use.toggled.connect(lambda: self.edited.emit("consent_data_use"))

    def _build_history(self, layout: QVBoxLayout) -> None:
        """A registered person: the state is changed by recording a grant or withdrawal."""
        self.restricted = QLabel(
            self.tr(
                "Consent to services has been withdrawn: the record is restricted, and no new "
                "sessions or referrals can be recorded for this person."
            ),
            self,
        )
        self.restricted.setWordWrap(True)
        set_role(self.restricted, "warning")
        self.history_title = QLabel(self.tr("Consent history"), self)
        set_role(self.history_title, "sectionTitle")
        self.grant_button = QPushButton(self.tr("&Grant…"), self)
        self.grant_button.setToolTip(self.tr("Record that the person gives consent"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), self)
        self.withdraw_button.setToolTip(self.tr("Record that the person withdraws consent"))
        self.grant_button.clicked.connect(lambda: self.open_dialog(granting=True))
        self.withdraw_button.clicked.connect(lambda: self.open_dialog(granting=False))
        header = QHBoxLayout()
        header.addWidget(self.history_title, 1)
        header.addWidget(self.grant_button)
        header.addWidget(self.withdraw_button)
        self.history = TextTable(self)
        layout.addWidget(self.restricted)
        layout.addSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.history, 1)
        for box in (self.services, self.referral, self.data_use):
            box.setEnabled(False)  # the current state: changed by Grant… and Withdraw…
        self.load_history()

    def load_history(self) -> None:
        if self._store is None or self.person_id is None:
            return
        try:
            entries = consent.history(self._store, self.person_id)
            scopes = consent.scopes(self._store)
        except SaphanError:
            entries, scopes = [], []
        self.history.show_rows(
            [
                self.tr("Takes effect"),
                self.tr("Consent to"),
                self.tr("Given or withdrawn"),
                self.tr("How"),
                self.tr("Recorded by"),
                self.tr("Recorded on"),
                self.tr("Note"),
            ],
            [
                [
                    date_text(e.effective),
                    scope_label(e.scope, scopes),
                    self._decision(e, entries),
                    method_label(e.method),
                    e.recorded_by,
                    date_text(e.recorded_at.date()),
                    e.note,
                ]
                for e in reversed(entries)  # the newest first
            ],
        )
        self.restricted.setVisible(not self.services.isChecked())

    def _decision(self, entry: consent.ConsentEntry, entries: list[consent.ConsentEntry]) -> str:
        """Given; or, for the first word on a scope, not given; after that, withdrawn."""
        if entry.granted:
            return self.tr("Given")
        first = next(e for e in entries if e.scope == entry.scope)
        return self.tr("Not given") if first is entry else self.tr("Withdrawn")

    def open_dialog(self, granting: bool) -> ConsentChangeDialog | None:
        """Grant… or Withdraw…: the dialog, opened (returned for tests)."""
        if self._store is None or self.person_id is None:
            return None
        self.dialog = ConsentChangeDialog(self._store, self.person_id, granting, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.erased:
            dialogs.inform(self, self.tr("Erased"), self.tr("The person's record has been erased."))
            self.erased.emit()
            return
        self.refresh_state()
        self.recorded.emit()

    def refresh_state(self) -> None:
        """The check boxes from the person's current state, then the history."""
        if self._store is None or self.person_id is None:
            return
        from db.beneficiaries import get_person

        person = get_person(self._store, self.person_id)
        for box, on in (
            (self.services, person.consent_services),
            (self.referral, person.consent_referral),
            (self.data_use, person.consent_data_use),
        ):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.recorded_by.setText(person.consent_recorded_by)
        self.load_history()

    def values(self) -> dict[str, object]:
        return {
            "consent_date": self.consent_date.date(),
            "consent_services": self.services.isChecked(),
            "consent_referral": self.referral.isChecked(),
            "consent_data_use": self.data_use.isChecked(),
            "consent_method": str(self.method.currentData()),
        }

    def ui_problems(self) -> dict[str, str]:
        if self.consent_date.is_blank():
            return {"consent_date": "required"}
        if self.consent_date.date() is None:
            return {"consent_date": "date_format"}
        return {}

    def set_values(
        self, day: dt.date, services: bool, referral: bool, data_use: bool, recorded_by: str
    ) -> None:
        self.consent_date.set_date(day)
        self.services.setChecked(services)
        self.referral.setChecked(referral)
        self.data_use.setChecked(data_use)
        self.recorded_by.setText(recorded_by)
        if self.person_id is not None:
            self.restricted.setVisible(not services)

    def set_read_only(self, read_only: bool) -> None:
        self.consent_date.edit.setReadOnly(read_only)
        self.consent_date.button.setEnabled(not read_only)
        self.method.setEnabled(not read_only)
        if self.person_id is not None:
            may = not read_only and self._store is not None
            may = may and self._store is not None and self._store.can(Permission.PEOPLE_EDIT)
            self.grant_button.setVisible(may)
            self.withdraw_button.setVisible(may)
            return
        for box in (self.services, self.referral, self.data_use):
            box.setEnabled(not read_only)
