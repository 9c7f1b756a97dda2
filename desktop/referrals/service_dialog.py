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
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.style import set_role
from desktop.widgets import dialogs

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
        form = QFormLayout()
        form.addRow(self.tr("Organisation *"), self.organisation)
        form.addRow(self.tr("Service *"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("How to refer"), self.how_to_refer)
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
        self.organisation.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ready = bool(self.organisation.text().strip() and self.name.text().strip())
        self.add_button.setEnabled(ready)
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
