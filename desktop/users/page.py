"""The Staff accounts page (admins): who may sign in to this CSO's Saphan, and as what."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import users
from db.changes import Change
from db.errors import SaphanError
from db.store import Store
from db.users import StaffAccount
from desktop.changes import ChangeWatch
from desktop.labels import local_time_text, role_label
from desktop.style import MUTED, set_role
from desktop.users.dialogs import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from desktop.widgets import dialogs

_Index = QModelIndex | QPersistentModelIndex


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


class StaffModel(QAbstractTableModel):
    """All accounts (a CSO has a few dozen at most, so they are loaded at once)."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[StaffAccount] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = users.list_users(self._store)
        self.endResetModel()

    def account_at(self, row: int) -> StaffAccount | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, user_id: int) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == user_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        account = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                account.full_name,
                account.username,
                role_label(account.role),
                translate("StaffAccounts", "Active")
                if account.active
                else translate("StaffAccounts", "Disabled"),
                last_sign_in_text(account),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            return QColor(MUTED)
        if role == Qt.ItemDataRole.UserRole:
            return account.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(COLUMN_TITLES[section])
        return None


class StaffAccountsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.current_dialog: QDialog | None = None

        title = QLabel(self.tr("Staff accounts"), self)
        set_role(title, "pageTitle")
        explain = QLabel(
            self.tr(
                "Each person who uses Saphan signs in with their own account. "
                "Disable the account of anyone who leaves the organisation."
            ),
            self,
        )
        explain.setWordWrap(True)
        set_role(explain, "muted")

        self.add_button = QPushButton(self.tr("Add account…"), self)
        set_role(self.add_button, "primary")
        self.role_button = QPushButton(self.tr("Change role…"), self)
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.disable_button = QPushButton(self.tr("Disable…"), self)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        for button in (self.role_button, self.reset_button, self.disable_button, self.add_button):
            header.addWidget(button)

        self.model = StaffModel(store, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 130), (3, 90), (4, 170)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)

        self.add_button.clicked.connect(self.add_account)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.disable_selected)
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
