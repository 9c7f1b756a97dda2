"""The main window: navigation on the left, one page per feature, who and where in the status bar.

It only assembles pages. A new feature adds one line to ``PAGES``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, qVersion
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

from db.permissions import Permission
from db.store import Store
from desktop.beneficiaries.page import BeneficiariesPage
from desktop.labels import role_label
from desktop.style import set_role


@dataclass(frozen=True)
class PageSpec:
    """A page of the main window: shown only to roles with ``permission``."""

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("MainWindow", ...), translated when shown
    permission: Permission
    factory: Callable[[Store, QWidget], QWidget]


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "beneficiaries",
        QT_TRANSLATE_NOOP("MainWindow", "Beneficiaries"),
        Permission.PEOPLE_VIEW,
        BeneficiariesPage,
    ),
)

STATUS_MESSAGE_MS = 8000


def app_version() -> str:
    try:
        return metadata.version("saphan")
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("MainWindow", "development version")


class MainWindow(QMainWindow):
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
            if store.can(spec.permission):
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

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._make_menus()
        self._make_status_bar()

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
