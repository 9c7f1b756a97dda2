"""Add a partner's service to the CSO's own list, from the referral dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import referrals
from db.errors import SaphanError
from db.referrals import PartnerService
from db.store import Store
from db.validation import text_problems
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import activity_problem_message
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.field import Field

# Categories staff in Mae Sot refer to most (stored as typed; shown as they are).
CATEGORIES = (
    QT_TRANSLATE_NOOP("ServiceDialog", "MHPSS and counselling"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Legal aid and documentation"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Health"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Education and G-code"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Thai language"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Vocational training"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Safe shelter"),
    QT_TRANSLATE_NOOP("ServiceDialog", "GBV and child protection"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Livelihoods"),
    QT_TRANSLATE_NOOP("ServiceDialog", "Food and cash assistance"),
)


class ServiceDialog(QDialog):
    """Emits ``added(service)``."""

    added = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.service: PartnerService | None = None
        self.setWindowTitle(self.tr("Add a partner service"))
        self.setMinimumWidth(520)
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("e.g. Mae Tao Clinic"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Reproductive health"))
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.addItem("")
        for category in CATEGORIES:
            self.category.addItem(self.tr(category), category)
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("Phone, LINE or Signal, a named person"))
        self.how_to_refer = QPlainTextEdit(self)
        self.how_to_refer.setTabChangesFocus(True)
        self.how_to_refer.setMaximumHeight(90)
        self.message = QLabel(self)
        set_role(self.message, "fieldError")
        self.fields = {
            "organisation": Field(self.organisation, self),
            "name": Field(self.name, self),
            "category": Field(self.category, self),
            "contact": Field(self.contact, self),
            "how_to_refer": Field(self.how_to_refer, self),
        }
        form = QFormLayout()
        form.addRow(self.tr("Organisation *"), self.fields["organisation"])
        form.addRow(self.tr("Service *"), self.fields["name"])
        form.addRow(self.tr("Category"), self.fields["category"])
        form.addRow(self.tr("Contact"), self.fields["contact"])
        form.addRow(self.tr("How to refer"), self.fields["how_to_refer"])
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.add_button = QPushButton(self.tr("Add service"), self)
        set_role(self.add_button, "primary")
        self.add_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        for edit in (self.organisation, self.name, self.contact):
            edit.textChanged.connect(self._update)
        self.category.editTextChanged.connect(self._update)  # an editable box: typed text
        self.how_to_refer.textChanged.connect(self._update)
        self._update()

    def _texts(self) -> dict[str, str]:
        return {
            "organisation": self.organisation.text(),
            "name": self.name.text(),
            "category": self.category.currentText(),
            "contact": self.contact.text(),
            "how_to_refer": self.how_to_refer.toPlainText(),
        }

    def _update(self) -> None:
        problems = text_problems(self._texts())
        for key, field in self.fields.items():
            code = problems.get(key)
            field.message.show_message(activity_problem_message(key, code) if code else "")
        ready = bool(self.organisation.text().strip() and self.name.text().strip())
        self.add_button.setEnabled(ready and not problems)
        self.message.setText(
            "" if ready else self.tr("Enter the organisation and the name of the service.")
        )

    def save(self) -> None:
        category = self.category.currentData() or self.category.currentText().strip()
        try:
            service = referrals.add_partner_service(
                self._store,
                self.organisation.text(),
                self.name.text(),
                category=str(category),
                contact=self.contact.text().strip(),
                how_to_refer=self.how_to_refer.toPlainText().strip(),
            )
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not added"), exc)
            return
        self.service = service
        self.added.emit(service)
        self.accept()
