"""The Staff accounts page (admins): who may sign in to this CSO's Saphan, and as what."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from db import cases, users
from db.changes import Change
from db.errors import SaphanError
from db.store import Store
from db.users import StaffAccount
from desktop.changes import ChangeWatch
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import local_time_text, role_label
from desktop.style import MUTED, set_role
from desktop.users.dialogs import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from desktop.users.transfer_dialog import TransferAllDialog
from desktop.widgets import dialogs
from desktop.widgets.list_page import ListPage, setup_list_table
from desktop.widgets.table_model import Index, RowsModel


def _t(text: str) -> str:
    return QCoreApplication.translate("StaffAccounts", text)


def last_sign_in_text(account: StaffAccount) -> str:
    if account.last_login_at is None:
        return translate("StaffAccounts", "Never")
    return local_time_text(account.last_login_at)


COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("StaffAccounts", "Name"),
    QT_TRANSLATE_NOOP("StaffAccounts", "User name"),
    QT_TRANSLATE_NOOP("StaffAccounts", "Role"),
    QT_TRANSLATE_NOOP("StaffAccounts", "Active"),
    QT_TRANSLATE_NOOP("StaffAccounts", "Last sign-in"),
)

translate = QCoreApplication.translate


class StaffModel(RowsModel[StaffAccount]):
    """All accounts (a CSO has a few dozen at most, so they are loaded at once)."""

    tooltips = False

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def reload(self) -> None:
        self.set_rows(users.list_users(self._store))

    def account_at(self, row: int) -> StaffAccount | None:
        return self.row_at(row)

    def column_titles(self) -> list[str]:
        return [_t(t) for t in COLUMN_TITLES]

    def cell_text(self, row: StaffAccount, column: int) -> str:
        return (
            row.full_name,
            row.username,
            role_label(row.role),
            translate("StaffAccounts", "Active")
            if row.active
            else translate("StaffAccounts", "Disabled"),
            last_sign_in_text(row),
        )[column]

    def extra_data(self, row: StaffAccount, index: Index, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor(MUTED)
        return None


class StaffAccountsPage(ListPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.current_dialog: QDialog | None = None

        self.add_button = QPushButton(self.tr("Add account…"), self)
        set_role(self.add_button, "primary")
        self.role_button = QPushButton(self.tr("Change role…"), self)
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.disable_button = QPushButton(self.tr("Disable…"), self)
        self.transfer_button = QPushButton(self.tr("Transfer cases…"), self)
        self.transfer_button.setToolTip(
            self.tr("Give this staff member's open cases to another caseworker")
        )
        self.model = StaffModel(store, self)
        table = QTableView(self)
        table.setModel(self.model)
        setup_list_table(table)
        self.build_list(
            self.tr("Staff accounts"),
            table,
            [
                self.transfer_button,
                self.role_button,
                self.reset_button,
                self.disable_button,
                self.add_button,
            ],
            explain=self.tr(
                "Each person who uses Saphan signs in with their own account. "
                "Disable the account of anyone who leaves the organisation."
            ),
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 130), (3, 90), (4, 170)):
            self.table.setColumnWidth(column, width)

        self.add_button.clicked.connect(self.add_account)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.disable_selected)
        self.transfer_button.clicked.connect(self.transfer_cases)
        self.table.doubleClicked.connect(lambda _i: self.change_role())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        # Accounts change here, and also when someone changes their own password or language.
        self.watch = ChangeWatch(self, store, {Change.USERS}, self.refresh)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.watch.mark_fresh()
        selected = self.selected_account()
        try:
            self.model.reload()
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the accounts"), exc)
            return
        wanted = select_id if select_id is not None else (selected.id if selected else None)
        if wanted is not None:
            self.select_account(wanted)

    def selected_account(self) -> StaffAccount | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account_at(rows[0].row()) if rows else None

    def select_account(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        account = self.selected_account()
        for button in (self.role_button, self.reset_button):
            button.setEnabled(account is not None)
        self.disable_button.setEnabled(account is not None and account.active)
        self.transfer_button.setEnabled(account is not None)

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        """Window-modal, not exec(): a lock of the screen hides it without losing input."""
        self.current_dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.current_dialog = None

    def add_account(self) -> None:
        dialog = AddUserDialog(self._store, self)

        def added() -> None:
            if dialog.account is None:
                return
            self.refresh(dialog.account.id)
            self.status_message.emit(
                self.tr("Added the account {username}.").format(username=dialog.account.username)
            )

        self._open(dialog, added)

    def change_role(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        dialog = ChangeRoleDialog(self._store, account, self)

        def changed() -> None:
            self.refresh(account.id)
            self.status_message.emit(
                self.tr("{username} is now: {role}").format(
                    username=account.username, role=role_label(dialog.selected_role())
                )
            )

        self._open(dialog, changed)

    def reset_password(self) -> None:
        account = self.selected_account()
        if account is None:
            return

        def done() -> None:
            self.refresh(account.id)
            self.status_message.emit(
                self.tr("New password set for {username}.").format(username=account.username)
            )

        self._open(ResetPasswordDialog(self._store, account, self), done)

    def disable_selected(self) -> None:
        account = self.selected_account()
        if account is None or not account.active:
            return
        if account.id == self._store.user.id:
            # Said before asking: there is no point confirming what will be refused.
            dialogs.show_error(
                self,
                self.tr("Not disabled"),
                self.tr("You cannot disable your own account. Ask another admin to do it."),
            )
            return
        if self._live_cases(account) > 0:
            # Their cases would be left without a caseworker: they are handed over first.
            self._transfer(account, then_disable=True)
            return
        confirmed = dialogs.ask(
            self,
            self.tr("Disable account?"),
            self.tr(
                "Disable the account of {name} ({username})?\n\nThey can no longer sign in, "
                "and their password no longer opens the database. An admin can enable the "
                "account again by setting a new password."
            ).format(name=account.full_name, username=account.username),
            self.tr("Disable"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return
        try:
            users.disable_user(self._store, account.id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not disabled"), exc)
            return
        self.refresh(account.id)
        self.status_message.emit(
            self.tr("Disabled the account {username}.").format(username=account.username)
        )

    def _live_cases(self, account: StaffAccount) -> int:
        try:
            return cases.count_live_cases(self._store, account.id)
        except SaphanError:
            return 0

    def transfer_cases(self) -> None:
        """Give every open and on-hold case of the selected account to another caseworker."""
        account = self.selected_account()
        if account is None:
            return
        if self._live_cases(account) == 0:
            dialogs.inform(
                self,
                self.tr("No cases to transfer"),
                self.tr("{name} owns no open or on-hold case.").format(name=account.full_name),
            )
            return
        self._transfer(account, then_disable=False)

    def _transfer(self, account: StaffAccount, *, then_disable: bool) -> None:
        dialog = TransferAllDialog(
            self._store, account, self._live_cases(account), then_disable=then_disable, parent=self
        )

        def done() -> None:
            self.refresh(account.id)
            text = (
                self.tr("Transferred {count} case(s) and disabled the account {username}.")
                if then_disable
                else self.tr("Transferred {count} case(s) of {username}.")
            )
            self.status_message.emit(text.format(count=dialog.moved, username=account.username))

        self._open(dialog, done)
