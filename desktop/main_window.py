"""The main window: navigation on the left, one page per feature, who and where in the status bar.

It only assembles pages. A new feature adds one line to ``PAGES``."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import import_module, metadata
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSize,
    Qt,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import backup, settings, users
from db.changes import Change, Changes
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from db.types import Role
from desktop import dates, i18n
from desktop.audit.page import AuditPage
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.changes import signals_for
from desktop.dashboard.page import DashboardPage
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import role_label
from desktop.languages import forced_language
from desktop.lock.screen import LockScreen
from desktop.lock.watch import HiddenDialogs, InactivityWatch
from desktop.projects.page import ProjectsPage
from desktop.sessions.page import SessionsPage
from desktop.settings_page.page import SettingsPage
from desktop.style import set_role
from desktop.team.auto_sync import AutoSync, status_line
from desktop.users.own_password import ChangeOwnPasswordDialog
from desktop.users.page import StaffAccountsPage
from desktop.widgets.fit import PageStack, keep_headers_fitted, tip_elided_items
from desktop.widgets.notice_bar import NoticeBar


@dataclass(frozen=True)
class PageSpec:
    """A page of the main window: shown only to roles with ``permission`` (None: everyone)."""

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("MainWindow", ...), translated when shown
    permission: Permission | None
    factory: Callable[[Store, QWidget], QWidget]


MAXIMISE_UP_TO = 1440


def opens_maximised(screen_width: int) -> bool:
    """The main window opens maximised on screens up to 1440 pixels wide (logical)."""
    return screen_width <= MAXIMISE_UP_TO


def _imported_when_built(module: str, name: str) -> Callable[[Store, QWidget], QWidget]:
    """A page factory that imports its module only when the page is first shown: the network
    pages pull in pydantic and the bundle schema, which start-up does not need."""

    def build(store: Store, parent: QWidget) -> QWidget:
        page: QWidget = getattr(import_module(module), name)(store, parent)
        return page

    return build


WORKLIST_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Worklist")
PAGES: tuple[PageSpec, ...] = (
    # The first page a caseworker, supervisor or facilitator sees (not an admin's: see
    # MainWindow.first_page_key).
    PageSpec(
        "worklist",
        WORKLIST_TITLE,
        Permission.SESSIONS_LOG,
        _imported_when_built("desktop.worklist.page", "WorklistPage"),
    ),
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
    PageSpec(
        "directory",
        QT_TRANSLATE_NOOP("MainWindow", "Directory"),
        None,
        _imported_when_built("desktop.directory_page.page", "DirectoryPage"),
    ),
    PageSpec(
        "received",
        QT_TRANSLATE_NOOP("MainWindow", "Referrals received"),
        Permission.REFERRALS,
        _imported_when_built("desktop.received_referrals.page", "ReceivedReferralsPage"),
    ),
    PageSpec(
        "services",
        QT_TRANSLATE_NOOP("MainWindow", "My services"),
        Permission.NETWORK,
        _imported_when_built("desktop.services_page.page", "ServicesPage"),
    ),
    PageSpec(
        "share",
        QT_TRANSLATE_NOOP("MainWindow", "Share"),
        Permission.SETTINGS,
        _imported_when_built("desktop.share_page.page", "SharePage"),
    ),
    PageSpec(
        "coordinator",
        QT_TRANSLATE_NOOP("MainWindow", "Coordinator workspace"),
        Permission.NETWORK,
        _imported_when_built("desktop.coordinator.page", "CoordinatorPage"),
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
    PageSpec(
        "team",
        QT_TRANSLATE_NOOP("MainWindow", "Team"),
        None,
        _imported_when_built("desktop.team.page", "TeamPage"),
    ),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), None, SettingsPage),
)

STATUS_MESSAGE_MS = 8000
# What the worklist's items are made of (not the audit trail, written on every record opened).
WORKLIST_CHANGES = frozenset(Change) - {Change.AUDIT, Change.NETWORK, Change.TEAM, Change.CSO}


def apply_preferences(store: Store) -> str:
    """Before the main window is built: the signed-in user's language and calendar.
    Returns the language in use. A new account has no language yet: it keeps the one chosen
    at sign-in (and remembers it); ``saphan --lang`` wins over both for its run."""
    try:
        dates.set_calendar(settings.user_calendar(store))
    except SaphanError:
        dates.set_calendar(dates.GREGORIAN)
    forced = forced_language()
    if forced:
        return i18n.set_language(forced)
    if not store.user.language:
        with contextlib.suppress(SaphanError):
            users.set_language(store, i18n.current_language())
        return i18n.current_language()
    return i18n.set_language(store.user.language)


def app_version() -> str:
    try:
        return metadata.version("saphan")
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("MainWindow", "development version")


def _last_publish(store: Store) -> dict[str, Any] | None:
    """The last publish the Share page recorded, read here rather than through
    ``directory.sharing.state``, which pulls in pydantic that start-up does not need."""
    try:
        return settings.get(store, settings.LAST_PUBLISH)
    except SaphanError:
        return None


class Pages(Mapping[str, QWidget]):
    """The main window's pages by key. A page is built the first time it is looked up or
    shown, so start-up builds only the first one; until then a placeholder holds its place
    in the stack."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        self._build = build
        self._keys: list[str] = []
        self._built: dict[str, QWidget] = {}

    def add_key(self, key: str) -> None:
        self._keys.append(key)

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._keys:
            raise KeyError(key)
        if key not in self._built:
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self) -> dict[str, QWidget]:
        """The pages built so far (looking at them does not build the others)."""
        return dict(self._built)

    def replace(self, key: str, page: QWidget) -> None:
        self._built[key] = page


class MainWindow(QMainWindow):
    """Emits ``sign_in_again`` when the open store can no longer be used (after a restore):
    the app then shows the sign-in dialog and a new main window."""

    sign_in_again = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # Team sync: after sign-in, on lock, on close and every few minutes (in the background).
        self.team_sync = AutoSync(store, self)
        # Pages replaced by a language change, kept until the dialogs they opened are closed.
        self._retired: list[QWidget] = []
        self._window_done = False  # closed for good, or its store replaced (_retire_window)
        self._retranslate_timer = QTimer(self)
        self._retranslate_timer.setSingleShot(True)
        self._retranslate_timer.setInterval(0)
        self._retranslate_timer.timeout.connect(self.retranslate)
        self.resize(1200, 760)
        # Fits a 1366×768 screen at 125 % (1093×582 with the taskbar): pages scroll below it.
        self.setMinimumSize(QSize(760, 480))

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = PageStack(self)  # pages scroll where the screen is too small
        self.pages = Pages(self._build_page)
        self._placeholders: dict[str, QWidget] = {}
        for spec in PAGES:
            if spec.permission is None or store.can(spec.permission):
                self._add_page(spec)
        if not self.pages:
            nothing = QLabel(self.tr("There is nothing here for your role yet."), self)
            nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_role(nothing, "emptyState")
            self.stack.addWidget(nothing)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(self._row_of(self.first_page_key()))
        self._fit_navigation()

        sidebar = self._sidebar()

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
        self._translate_chrome()
        signals_for(store).changed.connect(self._store_changed)
        self._count_worklist()
        self._connect_pages()
        self.lock = InactivityWatch(self._auto_lock_minutes(), self)
        self.lock.idle.connect(self.lock_now)
        self.lock.lock_key.connect(self.lock_now)
        self._remind_backup()
        self._start_team_sync()

    # --- pages ----------------------------------------------------------------------------

    def _connect_pages(self) -> None:
        settings_page = self.pages.built().get("settings")
        if isinstance(settings_page, SettingsPage):
            settings_page.auto_lock_changed.connect(lambda m: self.lock.set_minutes(m))
            settings_page.backed_up.connect(lambda _info: self.notice.dismiss())
            settings_page.restored.connect(lambda _r: self.sign_in_again.emit())
            # Dates are written when a page is built: build the pages again.
            settings_page.calendar_changed.connect(lambda _c: self._retranslate_timer.start())

    def show_on_screen(self) -> None:
        """Show the window: maximised on a laptop screen (up to 1440 pixels wide), where a
        1200×760 window would put the status bar under the taskbar; else at a size that
        leaves room around it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is None or opens_maximised(available.width()):
            self.showMaximized()
            return
        self.resize(min(1440, available.width() - 80), min(900, available.height() - 60))
        self.show()

    def first_page_key(self) -> str | None:
        """The page shown after sign-in: the worklist ("My day"), except for an admin, whose
        day starts with the registry as before."""
        keys = list(self.pages)
        if self.store.user.role is Role.ADMIN:
            keys = [key for key in keys if key != "worklist"] or keys
        return keys[0] if keys else None

    def _row_of(self, key: str | None) -> int:
        keys = list(self.pages)
        return keys.index(key) if key in keys else 0

    def _count_worklist(self) -> None:
        """The worklist's count on the navigation ("Worklist 7"), read again after a change."""
        self.worklist_count: int | None = None
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(150)
        self._count_timer.timeout.connect(self.update_worklist_count)
        self.update_worklist_count()

    def update_worklist_count(self) -> None:
        """Show how many items the worklist has beside its name on the navigation."""
        if "worklist" not in self.pages:
            return
        from db.worklist import count_due

        try:
            self.worklist_count = count_due(self.store)
        except SaphanError:
            self.worklist_count = None
        self._show_worklist_title()

    def _show_worklist_title(self) -> None:
        item = self.navigation.item(self._row_of("worklist"))
        if item is None or "worklist" not in self.pages:
            return
        title = QCoreApplication.translate("MainWindow", WORKLIST_TITLE)
        count = self.worklist_count
        item.setText(f"{title}  {count}" if count else title)

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
        self.team_sync.sync("lock")
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
        placeholder = QWidget(self)
        self._placeholders[spec.key] = placeholder
        self.pages.add_key(spec.key)
        self.stack.addWidget(placeholder)
        item = QListWidgetItem(QCoreApplication.translate("MainWindow", spec.title))
        item.setSizeHint(QSize(0, 38))
        self.navigation.addItem(item)

    def _build_page(self, key: str) -> QWidget:
        """Build a page in place of its placeholder (called by ``self.pages`` on first use)."""
        spec = next(spec for spec in PAGES if spec.key == key)
        placeholder = self._placeholders.pop(key)
        page = spec.factory(self.store, self)
        index = self.stack.indexOf(placeholder)
        showing = self.stack.currentWidget() is placeholder
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.stack.setCurrentWidget(page)
        self._connect_status(page)
        if key == "settings":
            self.pages.replace(key, page)  # so _connect_pages sees it
            self._connect_pages()
        return page

    def _show_row(self, row: int) -> None:
        keys = list(self.pages)
        if 0 <= row < len(keys):
            self.stack.setCurrentWidget(self.pages[keys[row]])

    def _connect_status(self, page: QWidget) -> None:
        for table in page.findChildren(QTableView):
            keep_headers_fitted(table)  # titles whole in every language
        for view in page.findChildren(QAbstractItemView):
            tip_elided_items(view)  # a name cut short shows whole as its tooltip
        message = getattr(page, "status_message", None)
        if message is not None:
            message.connect(self.show_message)
        navigate = getattr(page, "navigate", None)  # e.g. an empty state's next step
        if navigate is not None:
            navigate.connect(self.show_page)
        recorded = getattr(page, "publish_recorded", None)  # the Share page
        if recorded is not None:
            recorded.connect(self._show_sync)

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        # Qt sends one LanguageChange per translator installed or removed: re-translate once.
        if event.type() == QEvent.Type.LanguageChange and not self._window_done:
            self._retranslate_timer.start()
        super().changeEvent(event)

    def current_page_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((key for key, page in self.pages.built().items() if page is current), None)

    def retranslate(self) -> None:
        """Show the window in the language now installed. The pages are built again (each
        page builds its texts once); dialogs that are open stay open, in their language."""
        self._retranslate_timer.stop()
        if self._window_done:
            return
        key = self.current_page_key()
        self._translate_chrome()
        built = self.pages.built()
        for row, spec in enumerate(spec for spec in PAGES if spec.key in self.pages):
            item = self.navigation.item(row)
            if item is not None:
                item.setText(QCoreApplication.translate("MainWindow", spec.title))
            if spec.key == "worklist":
                self._show_worklist_title()
            old = built.get(spec.key)
            if old is None:
                continue  # not built yet: it will be, in the new language, when first shown
            index = self.stack.indexOf(old)
            page = spec.factory(self.store, self)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            self.pages.replace(spec.key, page)
            self._connect_status(page)
            self._retire(old)
        self._connect_pages()
        self._fit_navigation()
        if key is not None:
            self.show_page(key)
            self.stack.setCurrentWidget(self.pages[key])
        if not self.is_locked():
            self._replace_lock_screen()
        if self.notice.isVisible():
            self._remind_backup()

    def _sidebar(self) -> QWidget:
        """The brand above the navigation."""
        self.brand = brand = QLabel(self)
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
        return sidebar

    def _fit_navigation(self) -> None:
        """The navigation as wide as its longest page name in this language (200 pixels at
        least, 320 at most: a longer name is elided, its whole text in the tooltip)."""
        metrics = self.navigation.fontMetrics()
        widest = 0
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            widest = max(widest, metrics.horizontalAdvance(item.text()))
            item.setToolTip(item.text())
        self.navigation.setFixedWidth(max(200, min(320, widest + 48)))

    def _retire(self, page: QWidget) -> None:
        page.hide()
        open_dialogs = [d for d in page.findChildren(QDialog) if d.isVisible()]
        if not open_dialogs:
            page.deleteLater()
            return
        self._retired.append(page)
        for dialog in open_dialogs:
            dialog.finished.connect(lambda _result, p=page: self._release(p))

    def _release(self, page: QWidget) -> None:
        if page in self._retired and not any(d.isVisible() for d in page.findChildren(QDialog)):
            self._retired.remove(page)
            page.deleteLater()

    def _replace_lock_screen(self) -> None:
        old = self.lock_screen
        self.lock_screen = LockScreen(self.store, self)
        self.lock_screen.unlocked.connect(self.unlock)
        self.shell.addWidget(self.lock_screen)
        self.shell.removeWidget(old)
        old.deleteLater()

    def _translate_chrome(self) -> None:
        """The window's own texts: title, brand, menus, status bar."""
        self.setWindowTitle(self.tr("Saphan — {cso}").format(cso=self.store.cso.name))
        self.brand.setText(self.tr("Saphan"))
        self.file_menu.setTitle(self.tr("&File"))
        self.change_password_action.setText(self.tr("Change my &password…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Saphan"))
        user = self.store.user
        self.user_label.setText(
            self.tr("Signed in: {name} ({role})").format(
                name=user.full_name, role=role_label(user.role)
            )
        )
        self._show_sync()
        self._show_team()

    def _store_changed(self, changes: Changes) -> None:
        if changes.touches(WORKLIST_CHANGES):
            self._count_timer.start()
        if Change.NETWORK in changes:
            self._show_sync()  # e.g. a publish that ran in the background
        if Change.TEAM in changes:
            self.team_sync.ensure_timer()  # e.g. the team was created just now
            self._show_team()

    def _start_team_sync(self) -> None:
        self._close_synced = False
        self.team_sync.changed.connect(self._show_team)
        self.sign_in_again.connect(self._leaving_store)
        self.team_sync.start()

    def _show_team(self) -> None:
        """The status bar's team line: "Synced 2 min ago with 3 laptops", ..."""
        text, tip = status_line(
            self.team_sync.summary(), self.team_sync.last, self.team_sync.last_error
        )
        self.team_label.setText(text)
        self.team_label.setToolTip(tip)
        self.team_label.setVisible(bool(text))

    def _leaving_store(self) -> None:
        """The store is about to be replaced (after a restore): no more syncs of it."""
        self._close_synced = True
        self._retire_window()
        self.team_sync.stop()

    def _retire_window(self) -> None:
        """Closed for good, or its store is being replaced: a language picked afterwards (on
        the sign-in window that follows a restore) must not build its pages again on a store
        that is closed by then (that crashed the app)."""
        self._window_done = True
        self._retranslate_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A team laptop syncs once more before it closes (in the background: the window
        closes when the sync is done; closing again does not wait)."""
        if self._close_synced or not self.team_sync.in_team():
            self.team_sync.stop()
            self._retire_window()
            super().closeEvent(event)
            return
        self._close_synced = True
        event.ignore()
        self.show_message(self.tr("Syncing with the team before closing…"))
        self.team_sync.sync("close")
        self.team_sync.when_idle(self._close_after_sync)

    def _close_after_sync(self) -> None:
        self.close()

    def _show_sync(self) -> None:
        """The status bar's sharing state: the last publish the Share page recorded."""
        last = _last_publish(self.store)
        if last is None:
            self.sync_label.setText(self.tr("Not shared yet"))
            self.sync_label.setToolTip(
                self.tr("This CSO has not published its services or counts to the network yet.")
            )
            return
        at = str(last.get("at") or "").replace("T", " ").rstrip("Z")
        revision, waiting = last.get("revision"), last.get("waiting")
        if isinstance(revision, int):
            self.sync_label.setText(
                self.tr("Shared: revision {revision}").format(revision=revision)
            )
            self.sync_label.setToolTip(self.tr("Last published at {at} (UTC).").format(at=at))
        elif isinstance(waiting, int):
            self.sync_label.setText(self.tr("Counts waiting to be sent"))
            self.sync_label.setToolTip(
                self.tr(
                    "The server could not be reached at {at} (UTC). Revision {revision} waits "
                    "and is sent with the next publish."
                ).format(at=at, revision=waiting)
            )
        else:
            self.sync_label.setText(self.tr("Last publish failed"))
            self.sync_label.setToolTip(
                self.tr("The last attempt to publish, at {at} (UTC), failed.").format(at=at)
            )

    def _make_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu("")
        self.change_password_action = QAction(self)
        self.change_password_action.triggered.connect(self.change_my_password)
        file_menu.addAction(self.change_password_action)
        self.lock_action = QAction(self)
        # Ctrl+L also works while a dialog has the focus: InactivityWatch sees the key there.
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_now)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        self.help_menu = help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _make_status_bar(self) -> None:
        store = self.store
        bar = self.statusBar()
        self.cso_label = QLabel(f"{store.cso.code} · {store.cso.name}", self)
        self.user_label = QLabel(self)
        self.sync_label = QLabel(self)
        self.team_label = QLabel(self)
        self.team_label.setObjectName("teamSync")
        for label in (self.cso_label, self.user_label, self.sync_label, self.team_label):
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
