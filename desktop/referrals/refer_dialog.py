"""Refer a person to a partner's service, with their consent."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from db import referrals
from db.errors import SaphanError
from db.referrals import PartnerService, ReferralInput, ReferralRecord, Urgency
from db.store import Store
from db.types import Person
from db.validation import text_problems
from desktop.fonts import script_font
from desktop.labels import activity_problem_message, urgency_label
from desktop.network_labels import service_category_label
from desktop.referrals.service_dialog import ServiceDialog
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from desktop.directory_page.listings import Listing


class ReferDialog(FormDialog):
    """Emits ``referred(record)`` after the referral is saved."""

    referred = Signal(object)

    def __init__(self, store: Store, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Refer {code}").format(code=person.code), self.tr("Refer"), parent)
        self._store = store
        self._person = person
        self.record: ReferralRecord | None = None
        self.service_dialog: ServiceDialog | None = None
        self.setMinimumSize(640, 520)

        title = QLabel(self.tr("Refer to a service"), self)
        set_role(title, "pageTitle")
        names = " · ".join(n for n in (person.name_latin, person.name_script) if n)
        who = QLabel(f"{person.code}   {names}", self)
        who.setFont(script_font(who.font()))
        self.add_above(title)
        self.add_above(who)
        self._build_no_consent()
        self.add_above(self.no_consent)
        self._build_inputs()
        self._build_form()

        self._load_services()
        self.service.currentIndexChanged.connect(self._show_how_to)
        for widget in (self.service, self.add_service_button, self.reason, self.urgency):
            widget.setEnabled(not self.blocked)
        self.follow_up.setEnabled(not self.blocked)
        self.consent.setEnabled(not self.blocked)
        self._show_how_to()
        self.validate()

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

    def _build_inputs(self) -> None:
        """The service (with a button to add one), reason, urgency, follow-up and consent."""
        self.service = QComboBox(self)
        self.add_service_button = QPushButton(self.tr("Add partner service…"), self)
        self.add_service_button.setAutoDefault(False)
        self.add_service_button.clicked.connect(self.add_service)
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

    def _build_form(self) -> None:
        """The form's rows, each checked as the user types, and what the slip shows."""
        service_row = QWidget(self)
        row = QHBoxLayout(service_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.service, 1)
        row.addWidget(self.add_service_button)
        self.fields = {"service_id": self.add_field(self.tr("Service *"), service_row)}
        self.check_field(self.fields["service_id"], self.problem_check("service_id"), self.service)
        self.form.addRow("", self.how_to)
        self.fields["reason"] = self.add_field(
            self.tr("Reason *"), self.reason, self.problem_check("reason")
        )
        self.form.addRow(self.tr("Urgency"), self.urgency)
        self.fields["follow_up_date"] = self.add_field(
            self.tr("Follow up by"), self.follow_up, self.problem_check("follow_up_date")
        )
        self.fields["consent_confirmed"] = self.add_field(
            "", self.consent, self.problem_check("consent_confirmed")
        )
        shared = QLabel(
            self.tr(
                "The slip shows only the name and code, the service, the date, the reason, "
                "the urgency and who referred the person."
            ),
            self,
        )
        shared.setWordWrap(True)
        set_role(shared, "muted")
        self.form.addRow("", shared)

    def _load_services(self, select: int | None = None) -> None:
        """The CSO's partner services, then the network directory's services not on that list
        yet (chosen, one becomes a partner service, with the CSO that gives it)."""
        # The directory's reading pulls in pydantic: only when the dialog opens.
        from desktop.directory_page.listings import known_network_listings, partner_key

        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("Choose a service…"), None)
        self._services: dict[int, PartnerService] = {}
        self._directory: dict[str, Listing] = {}
        try:
            services = [] if self.blocked else referrals.list_services(self._store)
            listed = [] if self.blocked else known_network_listings(self._store)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the services"), exc)
            services, listed = [], []
        for s in services:
            self._services[s.id] = s
            self.service.addItem(f"{s.organisation} — {s.name}", s.id)
        known = {(s.organisation, s.name) for s in services}
        fresh = [s for s in listed if partner_key(s.organisation, s.name) not in known]
        if fresh:
            self.service.insertSeparator(self.service.count())
        for number, listing in enumerate(fresh):
            key = f"directory:{number}"
            self._directory[key] = listing
            self.service.addItem(
                self.tr("{organisation} — {service} (network directory)").format(
                    organisation=listing.organisation, service=listing.name
                ),
                key,
            )
        if select is not None:
            self.service.setCurrentIndex(max(0, self.service.findData(select)))
        self.service.blockSignals(False)

    def add_service(self) -> None:
        dialog = ServiceDialog(self._store, self)

        def added(service: PartnerService) -> None:
            self._load_services(service.id)
            self._show_how_to()
            self.validate()

        dialog.added.connect(added)
        dialog.finished.connect(dialog.deleteLater)
        self.service_dialog = dialog
        dialog.open()

    def _show_how_to(self) -> None:
        """Who gives the chosen service and how to reach it, under it."""
        chosen = self.service.currentData()
        service: PartnerService | Listing | None = (
            self._directory.get(chosen)
            if isinstance(chosen, str)
            else self._services.get(chosen or -1)
        )
        how = []
        if service is not None:
            if service.cso_code:
                how.append(
                    self.tr("Network member {cso} · {category}").format(
                        cso=service.cso_code, category=service_category_label(service.category)
                    )
                )
            if service.contact:
                how.append(self.tr("Contact: {contact}").format(contact=service.contact))
            if service.how_to_refer:
                how.append(service.how_to_refer)
        self.how_to.setText("\n".join(how))
        self.how_to.setVisible(bool(how))

    def chosen_service_id(self) -> int:
        """The chosen service's number on the CSO's list (a directory's service is added to it
        now, with the network member that gives it)."""
        from desktop.directory_page.listings import partner_service_for

        chosen = self.service.currentData()
        if isinstance(chosen, str):
            return partner_service_for(self._store, self._directory[chosen])
        return int(chosen)

    # --- validation as you type -----------------------------------------------------------

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

    def problem_text(self, key: str, code: str) -> str:
        return activity_problem_message(key, code)

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        referral = ReferralInput(
            person_id=self._person.id,
            service_id=self.chosen_service_id(),
            reason=self.reason.toPlainText(),
            urgency=Urgency(self.urgency.currentData()),
            consent_confirmed=self.consent.isChecked(),
            follow_up_date=self.follow_up.date(),
        )
        self.record = referrals.refer_person(self._store, referral)
        self.referred.emit(self.record)
        return True
