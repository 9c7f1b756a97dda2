"""Refer a person to a partner's service, with their consent."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import referrals
from db.errors import SaphanError, ValidationFailed
from db.referrals import PartnerService, ReferralInput, ReferralRecord, Urgency
from db.store import Store
from db.types import Person
from db.validation import CONTROL_CHARACTER, text_problems
from desktop.fonts import script_font
from desktop.labels import activity_problem_message, urgency_label
from desktop.referrals.service_dialog import ServiceDialog
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.field import Field


class ReferDialog(QDialog):
    """Emits ``referred(record)`` after the referral is saved."""

    referred = Signal(object)

    def __init__(self, store: Store, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._person = person
        self.record: ReferralRecord | None = None
        self.service_dialog: ServiceDialog | None = None
        self.setWindowTitle(self.tr("Refer {code}").format(code=person.code))
        self.setMinimumSize(640, 520)

        title = QLabel(self.tr("Refer to a service"), self)
        set_role(title, "pageTitle")
        names = " · ".join(n for n in (person.name_latin, person.name_script) if n)
        who = QLabel(f"{person.code}   {names}", self)
        who.setFont(script_font(who.font()))

        self._build_no_consent()
        form = self._build_form()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addWidget(self.no_consent)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._load_services()
        self.service.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.follow_up.changed.connect(self._update)
        self.consent.toggled.connect(self._update)
        for widget in (self.service, self.add_service_button, self.reason, self.urgency):
            widget.setEnabled(not self.blocked)
        self.follow_up.setEnabled(not self.blocked)
        self.consent.setEnabled(not self.blocked)
        self._update()

    def _build_no_consent(self) -> None:
        """No consent to referral on the record: say so and block."""
        self.blocked = not self._person.consent_referral
        self.no_consent = QFrame(self)
        self.no_consent.setObjectName("readOnlyBanner")
        banner = QHBoxLayout(self.no_consent)
        self.no_consent_label = QLabel(
            self.tr(
                "This person's record has no consent to referral, so they cannot be referred. "
                "Ask them; if they agree, tick “Referral to other organisations” on the Consent "
                "tab and save the record first."
            ),
            self.no_consent,
        )
        self.no_consent_label.setWordWrap(True)
        banner.addWidget(self.no_consent_label)
        self.no_consent.setVisible(self.blocked)

    def _build_form(self) -> QFormLayout:
        """The service, reason, urgency, follow-up date and consent, and what the slip shows."""
        self.service = QComboBox(self)
        self.add_service_button = QPushButton(self.tr("Add partner service…"), self)
        self.add_service_button.setAutoDefault(False)
        self.add_service_button.clicked.connect(self.add_service)
        service_row = QHBoxLayout()
        service_row.addWidget(self.service, 1)
        service_row.addWidget(self.add_service_button)
        self.how_to = QLabel(self)
        self.how_to.setWordWrap(True)
        set_role(self.how_to, "muted")
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("What the person needs, as it will be written on the slip")
        )
        self.reason.setMaximumHeight(100)
        self.urgency = QComboBox(self)
        for urgency in Urgency:
            self.urgency.addItem(urgency_label(urgency.value), urgency.value)
        self.follow_up = DateField(self)
        self.follow_up.set_date(dt.date.today() + dt.timedelta(days=14))
        self.consent = QCheckBox(
            self.tr("The person agreed to this referral and to sharing the details below"), self
        )
        self.fields = {
            "service_id": Field(self._wrap(service_row), self),
            "reason": Field(self.reason, self),
            "follow_up_date": Field(self.follow_up, self),
            "consent_confirmed": Field(self.consent, self),
        }
        form = QFormLayout()
        form.addRow(self.tr("Service *"), self.fields["service_id"])
        form.addRow("", self.how_to)
        form.addRow(self.tr("Reason *"), self.fields["reason"])
        form.addRow(self.tr("Urgency"), self.urgency)
        form.addRow(self.tr("Follow up by"), self.fields["follow_up_date"])
        form.addRow("", self.fields["consent_confirmed"])
        shared = QLabel(
            self.tr(
                "The slip shows only the name and code, the service, the date, the reason, "
                "the urgency and who referred the person."
            ),
            self,
        )
        shared.setWordWrap(True)
        set_role(shared, "muted")
        form.addRow("", shared)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Refer"), self)
        self.save_button.setAutoDefault(False)
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _wrap(self, layout: QHBoxLayout) -> QWidget:
        widget = QWidget(self)
        layout.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(layout)
        return widget

    def _load_services(self, select: int | None = None) -> None:
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("Choose a service…"), None)
        self._services: dict[int, PartnerService] = {}
        try:
            services = [] if self.blocked else referrals.list_services(self._store)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the services"), exc)
            services = []
        for s in services:
            self._services[s.id] = s
            self.service.addItem(f"{s.organisation} — {s.name}", s.id)
        if select is not None:
            self.service.setCurrentIndex(max(0, self.service.findData(select)))
        self.service.blockSignals(False)

    def add_service(self) -> None:
        dialog = ServiceDialog(self._store, self)

        def added(service: PartnerService) -> None:
            self._load_services(service.id)
            self._update()

        dialog.added.connect(added)
        dialog.finished.connect(dialog.deleteLater)
        self.service_dialog = dialog
        dialog.open()

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.blocked:
            problems["consent_referral"] = "consent_required"
        if self.service.currentData() is None:
            problems["service_id"] = "required"
        if not self.reason.toPlainText().strip():
            problems["reason"] = "required"
        problems.update(text_problems({"reason": self.reason.toPlainText()}))
        if not self.follow_up.is_valid():
            problems["follow_up_date"] = "date_format"
        elif (day := self.follow_up.date()) is not None and day < dt.date.today():
            problems["follow_up_date"] = "before_referral"
        if not self.consent.isChecked():
            problems["consent_confirmed"] = "consent_required"
        return problems

    def _update(self) -> None:
        service = self._services.get(self.service.currentData() or -1)
        how = []
        if service is not None:
            if service.contact:
                how.append(self.tr("Contact: {contact}").format(contact=service.contact))
            if service.how_to_refer:
                how.append(service.how_to_refer)
        self.how_to.setText("\n".join(how))
        self.how_to.setVisible(bool(how))
        problems = self.problems()
        # Only dates typed wrongly and control characters are shown at once; the rest is said
        # by the disabled button.
        for key, field in self.fields.items():
            code = problems.get(key)
            show = (key == "follow_up_date" or code == CONTROL_CHARACTER) and code is not None
            field.message.show_message(activity_problem_message(key, code) if show and code else "")
        self.save_button.setEnabled(not problems)

    def save(self) -> None:
        if self.problems():
            return
        referral = ReferralInput(
            person_id=self._person.id,
            service_id=int(self.service.currentData()),
            reason=self.reason.toPlainText(),
            urgency=Urgency(self.urgency.currentData()),
            consent_confirmed=self.consent.isChecked(),
            follow_up_date=self.follow_up.date(),
        )
        try:
            record = referrals.refer_person(self._store, referral)
        except ValidationFailed as exc:
            lines = [activity_problem_message(k, c) for k, c in exc.problems.items()]
            dialogs.show_error(self, self.tr("Not referred"), "\n".join(lines))
            return
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not referred"), exc)
            return
        self.record = record
        self.referred.emit(record)
        self.accept()
