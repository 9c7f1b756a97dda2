"""The main window: navigation on the left, one page per feature, who and where in the status bar.

It only assembles pages. A new feature adds one line to ``PAGES``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db import backup, settings
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from desktop.audit.page import AuditPage
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.coordinator.page import CoordinatorPage
from desktop.dashboard.page import DashboardPage
from desktop.directory_page.page import DirectoryPage
from desktop.labels import role_label
from desktop.lock.screen import LockScreen
from desktop.lock.watch import HiddenDialogs, InactivityWatch
from desktop.projects.page import ProjectsPage
from desktop.services_page.page import ServicesPage
from desktop.sessions.page import SessionsPage
from desktop.settings_page.page import SettingsPage
from desktop.share_page.page import SharePage
from desktop.style import set_role
from desktop.users.own_password import ChangeOwnPasswordDialog
from desktop.users.page import StaffAccountsPage
from desktop.widgets.notice_bar import NoticeBar


@dataclass(frozen=True)
class PageSpec:
    """A page of the main window: shown only to roles with ``permission`` (None: everyone)."""

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("MainWindow", ...), translated when shown
    permission: Permission | None
    factory: Callable[[Store, QWidget], QWidget]


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "beneficiaries",
        QT_TRANSLATE_NOOP("MainWindow", "Beneficiaries"),
        Permission.PEOPLE_VIEW,
        BeneficiariesPage,
    ),
    PageSpec(
        "sessions",
        QT_TRANSLATE_NOOP("MainWindow", "Sessions"),
        Permission.SESSIONS_LOG,
        SessionsPage,
    ),
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
        Permission.AGGREGATES_VIEW,
        DashboardPage,
    ),
    PageSpec(
        "projects", QT_TRANSLATE_NOOP("MainWindow", "Projects"), Permission.PLANS, ProjectsPage
    ),
    PageSpec("directory", QT_TRANSLATE_NOOP("MainWindow", "Directory"), None, DirectoryPage),
    PageSpec(
        "services",
        QT_TRANSLATE_NOOP("MainWindow", "My services"),
        Permission.NETWORK,
        ServicesPage,
    ),
    PageSpec("share", QT_TRANSLATE_NOOP("MainWindow", "Share"), Permission.SETTINGS, SharePage),
    PageSpec(
        "coordinator",
        QT_TRANSLATE_NOOP("MainWindow", "Coordinator workspace"),
        Permission.NETWORK,
        CoordinatorPage,
    ),
    PageSpec(
        "users",
        QT_TRANSLATE_NOOP("MainWindow", "Staff accounts"),
        Permission.USERS_MANAGE,
        StaffAccountsPage,
    ),
    PageSpec(
        "audit", QT_TRANSLATE_NOOP("MainWindow", "Audit trail"), Permission.AUDIT_VIEW, AuditPage
    ),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), None, SettingsPage),
)

STATUS_MESSAGE_MS = 8000


def app_version() -> str:
    try:
        return metadata.version("saphan")
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("MainWindow", "development version")


class MainWindow(QMainWindow):
    """Emits ``sign_in_again`` when the open store can no longer be used (after a restore):
    the app then shows the sign-in dialog and a new main window."""

    sign_in_again = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Saphan — {cso}").format(cso=store.cso.name))
        self.resize(1200, 760)
        self.setMinimumSize(QSize(900, 560))

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for spec in PAGES:
            if spec.permission is None or store.can(spec.permission):
                self._add_page(spec)
        if not self.pages:
            nothing = QLabel(self.tr("There is nothing here for your role yet."), self)
            nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_role(nothing, "emptyState")
            self.stack.addWidget(nothing)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        brand = QLabel(self.tr("Saphan"), self)
        brand.setStyleSheet("font-size: 15pt; font-weight: 600; color: #1f6f8b; padding: 14px;")
        sidebar = QWidget(self)
        sidebar.setObjectName("sidebar")
        sidebar.setStyleSheet("#sidebar { background: #eef2f4; border-right: 1px solid #d5dde2; }")
        sidebar_layout = QVBoxLayout(sidebar)
        sidebar_layout.setContentsMargins(0, 0, 0, 0)
        sidebar_layout.setSpacing(0)
        sidebar_layout.addWidget(brand)
        sidebar_layout.addWidget(self.navigation, 1)
        self.navigation.setStyleSheet("QListWidget#navigation { border-right: none; }")

        # The backup reminder: above the pages, stays until closed or a backup is made.
        self.notice = NoticeBar(self, timeout_ms=24 * 3600 * 1000)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.notice)
        right_layout.addWidget(self.stack, 1)

        self.content = QWidget(self)
        layout = QHBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(right, 1)
        # Locked, the window shows only the lock screen: the pages are not even hidden
        # behind it, they are out of the stack's visible slot.
        self.lock_screen = LockScreen(store, self)
        self.lock_screen.unlocked.connect(self.unlock)
        self.shell = QStackedWidget(self)
        self.shell.addWidget(self.content)
        self.shell.addWidget(self.lock_screen)
        self.setCentralWidget(self.shell)
        self._hidden_dialogs = HiddenDialogs()

        self._make_menus()
        self._make_status_bar()
        self._connect_pages()
        self.lock = InactivityWatch(self._auto_lock_minutes(), self)
        self.lock.idle.connect(self.lock_now)
        self.lock.lock_key.connect(self.lock_now)
        self._remind_backup()

    # --- pages ----------------------------------------------------------------------------

    def _connect_pages(self) -> None:
        settings_page = self.pages.get("settings")
        if isinstance(settings_page, SettingsPage):
            settings_page.auto_lock_changed.connect(lambda m: self.lock.set_minutes(m))
            settings_page.backed_up.connect(lambda _info: self.notice.dismiss())
            settings_page.restored.connect(lambda _r: self.sign_in_again.emit())

    def show_page(self, key: str) -> None:
        page = self.pages.get(key)
        if page is not None:
            self.navigation.setCurrentRow(self.stack.indexOf(page))

    def _auto_lock_minutes(self) -> int:
        try:
            return settings.auto_lock_minutes(self.store)
        except SaphanError:
            return settings.DEFAULT_AUTO_LOCK_MINUTES

    # --- backup reminder ------------------------------------------------------------------

    def _remind_backup(self) -> None:
        if not self.store.can(Permission.BACKUP):
            return
        try:
            if not backup.backup_overdue(self.store):
                return
            never = backup.last_backup_at(self.store) is None
        except SaphanError:
            return
        text = (
            self.tr("There is no backup yet.")
            if never
            else self.tr("The last backup is more than 7 days old.")
        )
        self.notice.show_notice(text, self.tr("Back up now…"), self.back_up_now)

    def back_up_now(self) -> None:
        page = self.pages.get("settings")
        if isinstance(page, SettingsPage):
            self.show_page("settings")
            page.flows.back_up_now()

    # --- locking --------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.shell.currentWidget() is self.lock_screen

    def lock_now(self) -> None:
        if self.is_locked():
            return
        self.lock.pause()
        self._hidden_dialogs.hide_all()
        self.lock_screen.reset()
        self.shell.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.lock_screen.setFocus()

    def unlock(self) -> None:
        if not self.is_locked():
            return
        self.shell.setCurrentWidget(self.content)
        self.menuBar().setEnabled(True)
        self._hidden_dialogs.show_all()
        self.lock.resume()

    def _add_page(self, spec: PageSpec) -> None:
        page = spec.factory(self.store, self)
        self.pages[spec.key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(QCoreApplication.translate("MainWindow", spec.title))
        item.setSizeHint(QSize(0, 38))
        self.navigation.addItem(item)
        message = getattr(page, "status_message", None)
        if message is not None:
            message.connect(self.show_message)

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.change_password_action = QAction(self.tr("Change my &password…"), self)
        self.change_password_action.triggered.connect(self.change_my_password)
        file_menu.addAction(self.change_password_action)
        self.lock_action = QAction(self.tr("&Lock"), self)
        # Ctrl+L also works while a dialog has the focus: InactivityWatch sees the key there.
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_now)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Saphan"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _make_status_bar(self) -> None:
        store = self.store
        bar = self.statusBar()
        self.cso_label = QLabel(f"{store.cso.code} · {store.cso.name}", self)
        self.user_label = QLabel(
            self.tr("Signed in: {name} ({role})").format(
                name=store.user.full_name, role=role_label(store.user.role)
            ),
            self,
        )
        self.sync_label = QLabel(self.tr("Not shared yet"), self)
        self.sync_label.setToolTip(
            self.tr("This CSO has not published its services or counts to the network yet.")
        )
        for label in (self.cso_label, self.user_label, self.sync_label):
            bar.addPermanentWidget(label)

    def change_my_password(self) -> None:
        dialog = ChangeOwnPasswordDialog(self.store, self)
        dialog.accepted.connect(lambda: self.show_message(self.tr("Your password was changed.")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Saphan"),
            self.tr(
                "<h3>Saphan {version}</h3>"
                "<p>Records, referrals and shared counts for civil-society organisations "
                "serving displaced Myanmar nationals and host communities in Mae Sot.</p>"
                "<p>Records about people never leave this computer. Only the organisation's "
                "services and counts too large to identify anyone are shared.</p>"
                "<p>Licence: AGPL-3.0-or-later. Qt {qt}.</p>"
            ).format(version=app_version(), qt=qVersion()),
        )
