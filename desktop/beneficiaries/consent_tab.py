"""The "Consent" tab: when the person agreed, to what, and who recorded it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.style import set_role
from desktop.widgets.date_field import DateField
from desktop.widgets.field import Field


class ConsentTab(QWidget):
    edited = Signal(str)

    def __init__(self, recorded_by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        form.addRow(self.tr("Recorded by"), self.recorded_by)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)

        self.consent_date.changed.connect(lambda: self.edited.emit("consent_date"))
        self.services.toggled.connect(lambda: self.edited.emit("consent_services"))
        self.referral.toggled.connect(lambda: self.edited.emit("consent_referral"))
        self.data_use.toggled.connect(lambda: self.edited.emit("consent_data_use"))

    def values(self) -> dict[str, object]:
        return {
            "consent_date": self.consent_date.date(),
            "consent_services": self.services.isChecked(),
            "consent_referral": self.referral.isChecked(),
            "consent_data_use": self.data_use.isChecked(),
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

    def set_read_only(self, read_only: bool) -> None:
        self.consent_date.edit.setReadOnly(read_only)
        self.consent_date.button.setEnabled(not read_only)
        for box in (self.services, self.referral, self.data_use):
            box.setEnabled(not read_only)
