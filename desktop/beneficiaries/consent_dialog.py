"""Grant… and Withdraw… of the Consent tab: which consent, from when, how it was given, a note;
for a withdrawal of consent to services, whether what is held is kept or erased."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget

from db import consent
from db.permissions import Permission
from db.store import Store
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.form_dialog import FormDialog

translate = QCoreApplication.translate


def scope_label(code: str, scopes: list[consent.ConsentScope] | None = None) -> str:
    """A scope's name in the user's language (the CSO's own scopes by their own name)."""
    built_in = {
        consent.SERVICES: translate("Consent", "Services from this organisation"),
        consent.REFERRAL: translate("Consent", "Referral to other organisations"),
        consent.DATA_USE: translate("Consent", "Use of anonymous data in reports"),
    }
    if code in built_in:
        return built_in[code]
    for scope in scopes or []:
        if scope.code == code:
            return scope.name
    return code


def method_label(method: str) -> str:
    return {
        consent.VERBAL: translate("Consent", "Verbal"),
        consent.SIGNED_FORM: translate("Consent", "Signed form"),
    }.get(method, method)


class ConsentChangeDialog(FormDialog):
    """Record a grant (``granting``) or a withdrawal for one person."""

    def __init__(
        self, store: Store, person_id: int, granting: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Record consent given") if granting else self.tr("Record consent withdrawn"),
            self.tr("Record") if granting else self.tr("Record withdrawal"),
            parent,
        )
        self._store = store
        self.person_id = person_id
        self.granting = granting
        self.erased = False
        self.setMinimumWidth(560)
        self.scopes = consent.scopes(store)
        self.scope = QComboBox(self)
        for s in self.scopes:
            self.scope.addItem(scope_label(s.code, self.scopes), s.code)
        self.effective = DateField(self)
        self.effective.set_maximum(dt.date.today())
        self.effective.set_date(dt.date.today())
        self.method = QComboBox(self)
        for m in consent.METHODS:
            self.method.addItem(method_label(m), m)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.note.setPlaceholderText(self.tr("e.g. said so at the follow-up visit"))
        self.add_field(self.tr("Consent to *"), self.scope)
        self.add_field(
            self.tr("Takes effect on *"), self.effective, self.problem_check("effective")
        )
        self.add_field(self.tr("How *"), self.method)
        self.add_field(self.tr("Note"), self.note)
        # Withdrawing consent to services: what happens to what is already recorded.
        self.keep = QRadioButton(
            self.tr(
                "Keep what is recorded (the record is restricted: no new sessions or referrals)"
            ),
            self,
        )
        self.erase = QRadioButton(
            self.tr("The person asks for everything about them to be erased (admin only)"), self
        )
        self.keep.setChecked(True)
        self.erase.setEnabled(store.can(Permission.PEOPLE_DELETE))
        self.choice = QWidget(self)
        column = QVBoxLayout(self.choice)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.keep)
        column.addWidget(self.erase)
        self.choice_row = self.add_field(self.tr("Existing data"), self.choice)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.watch(self.effective.changed)
        self._scope_changed()
        self.validate()

    def _scope_changed(self) -> None:
        services = self.scope.currentData() == consent.SERVICES
        show = services and not self.granting
        self.choice_row.setVisible(show)
        self.form.setRowVisible(self.choice_row, show)

    def problems(self) -> dict[str, str]:
        if self.effective.is_blank():
            return {"effective": "required"}
        day = self.effective.date()
        if day is None:
            return {"effective": "date_format"}
        if day > dt.date.today():
            return {"effective": "in_future"}
        return {}

    def select_scope(self, code: str) -> None:
        index = self.scope.findData(code)
        if index >= 0:
            self.scope.setCurrentIndex(index)

    def save(self) -> bool:
        scope = str(self.scope.currentData())
        day = self.effective.date()
        assert day is not None
        method = str(self.method.currentData())
        note = self.note.toPlainText()
        if self.granting:
            consent.grant(self._store, self.person_id, scope, day, method, note)
            return True
        erase = self.erase.isChecked() and self.choice_row.isVisible()
        if erase and not dialogs.ask(
            self,
            self.tr("Erase this person?"),
            self.tr(
                "Everything recorded about this person will be erased for good: their record, "
                "consent, cases, sessions attended, assessments and referrals. This cannot be "
                "undone."
            ),
            self.tr("Erase for good"),
            self.tr("Keep the record"),
        ):
            return False
        consent.withdraw(self._store, self.person_id, scope, day, method, note, erase=erase)
        self.erased = erase
        return True
