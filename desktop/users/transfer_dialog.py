"""Move every open and on-hold case of a staff member to another caseworker (when they leave,
or hand over their work), optionally disabling their account after."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from db import cases, users
from db.store import Store
from db.users import StaffAccount
from desktop.beneficiaries.case_words import case_problem_message
from desktop.style import set_role
from desktop.widgets.form_dialog import FormDialog
from desktop.widgets.staff_combo import caseworker_combo


class TransferAllDialog(FormDialog):
    """``moved`` holds how many cases changed owner once it was accepted."""

    def __init__(
        self,
        store: Store,
        account: StaffAccount,
        count: int,
        *,
        then_disable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Transfer cases"),
            self.tr("Transfer and disable") if then_disable else self.tr("Transfer cases"),
            parent,
        )
        self.setMinimumWidth(540)
        self._store = store
        self.account = account
        self.then_disable = then_disable
        self.moved = 0
        text = self.tr(
            "{name} owns {count} open or on-hold case(s). Choose who takes them over, with "
            "their case plans. Closed cases keep their owner."
        ).format(name=account.full_name, count=count)
        if then_disable:
            text += "\n\n" + self.tr(
                "The account is disabled after the transfer: they can no longer sign in."
            )
        self.explain = QLabel(text, self)
        self.explain.setWordWrap(True)
        set_role(self.explain, "muted")
        self.add_above(self.explain)
        self.to_user = caseworker_combo(store, self, leave_out={account.id})
        self.add_field(self.tr("Transfer to *"), self.to_user, self.problem_check("to_user_id"))
        self.validate()

    def problems(self) -> dict[str, str]:
        return {} if self.to_user.currentData() is not None else {"to_user_id": "required"}

    def problem_text(self, key: str, code: str) -> str:
        return case_problem_message(key, code)

    def save(self) -> bool:
        self.moved = cases.transfer_all(
            self._store, self.account.id, int(self.to_user.currentData())
        )
        if self.then_disable:
            users.disable_user(self._store, self.account.id)
        return True
