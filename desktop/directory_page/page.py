"""The Directory: every service of the network (the coordinator's signed ``directory.json`` in
the shared folder) and this CSO's own, searchable as you type, filtered by category, language
and area; details on the right; "Refer a person to this service…" opens the referral flow.

Offline: the directory read last is kept in the database, so it is there without the folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from db.beneficiaries import get_person
from db.changes import Change
from db.errors import AccessDenied, SaphanError
from db.permissions import Permission
from db.services import SERVICE_CATEGORIES, SERVICE_LANGUAGES
from db.store import Store
from desktop.changes import ChangeWatch
from desktop.directory_page.person_picker import PersonPicker
from desktop.errors import describe
from desktop.network_labels import (
    service_category_label,
    service_language_label,
    service_status_label,
)
from desktop.referrals.directory_listings import (
    Listing,
    _from_hsds,
    load_listings,
    partner_service_for,
)
from desktop.style import set_role
from desktop.tasks import Task, run_in_background
from desktop.widgets import dialogs
from desktop.widgets.list_page import EmptyState
from desktop.widgets.text_table import TextTable
from directory.sharing import state

ANY = ""
__all__ = ["ANY", "DirectoryPage", "Listing", "_from_hsds", "load_listings"]


class DirectoryPage(QWidget):
    status_message = Signal(str)
    loaded = Signal()
    navigate = Signal(str)  # the key of the page to show (the main window follows)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        # Read when first shown, then again when the CSO's services or the network's change.
        self.watch = ChangeWatch(
            self, store, {Change.SERVICES, Change.NETWORK}, self.refresh, stale=True
        )
        self.listings: list[Listing] = []
        self.shown: list[Listing] = []
        self.task: Task | None = None
        self.picker: PersonPicker | None = None

        title = QLabel(self.tr("Directory"), self)
        set_role(title, "pageTitle")
        filters = self._filters()

        self.table = TextTable(self)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.count = QLabel(self)
        set_role(self.count, "muted")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumWidth(280)
        self.refer_button = QPushButton(self.tr("Refer a person to this service…"), self)
        set_role(self.refer_button, "primary")
        self.refer_button.clicked.connect(self.refer)
        self.can_refer = self._store.can(Permission.REFERRALS) and self._store.can(
            Permission.PEOPLE_VIEW
        )
        self.refer_button.setVisible(self.can_refer)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.details, 1)
        right_layout.addWidget(self.refer_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # An empty directory says why, with the next step (join, add services, clear filters).
        self.empty = EmptyState(left)
        self.empty.next_step.connect(self._next_step)
        self._step = ""
        self.list_stack = QStackedWidget(left)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 360])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.category, self.language, self.area):
            combo.currentIndexChanged.connect(self.apply_filters)
        self._show_details()

    def _filters(self) -> QHBoxLayout:
        """Search, category, language and area, and Refresh."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search services, organisations, areas…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("All categories"), ANY)
        for code in SERVICE_CATEGORIES:
            self.category.addItem(service_category_label(code), code)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("All languages"), ANY)
        for code in SERVICE_LANGUAGES:
            self.language.addItem(service_language_label(code), code)
        self.area = QComboBox(self)
        self.area.addItem(self.tr("All areas"), ANY)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 2)
        filters.addWidget(self.language, 1)
        filters.addWidget(self.area, 1)
        filters.addWidget(self.refresh_button)
        return filters

    def refresh(self) -> None:
        self.watch.mark_fresh()
        store = self._store
        self.count.setText(self.tr("Loading…"))
        self.task = run_in_background(lambda: load_listings(store), self._loaded, self._failed)

    def _loaded(self, listings: list[Listing]) -> None:
        if not isValid(self):
            return
        self.listings = listings
        current = self.area.currentData()
        self.area.blockSignals(True)
        while self.area.count() > 1:
            self.area.removeItem(1)
        for area in sorted({s.area for s in listings if s.area}, key=str.casefold):
            self.area.addItem(area, area)
        self.area.setCurrentIndex(max(0, self.area.findData(current)))
        self.area.blockSignals(False)
        self.apply_filters()
        self.loaded.emit()

    def _failed(self, error: SaphanError) -> None:
        if isValid(self):
            self.count.setText(describe(error))
            self.count.show()
            self.loaded.emit()

    def apply_filters(self) -> None:
        words = self.search.text().casefold().split()
        category, language, area = (
            self.category.currentData(),
            self.language.currentData(),
            self.area.currentData(),
        )
        self.shown = [
            s
            for s in self.listings
            if all(w in s.haystack() for w in words)
            and (not category or s.category == category)
            and (not language or language in s.languages)
            and (not area or s.area == area)
        ]
        self.table.show_rows(
            [
                self.tr("Service"),
                self.tr("Organisation"),
                self.tr("Category"),
                self.tr("Languages"),
                self.tr("Area"),
            ],
            [
                [
                    s.name,
                    s.organisation,
                    service_category_label(s.category),
                    ", ".join(service_language_label(c) for c in s.languages),
                    s.area,
                ]
                for s in self.shown
            ],
        )
        self.count.setText(
            self.tr("{shown} of {total} services").format(
                shown=len(self.shown), total=len(self.listings)
            )
        )
        if self.shown:
            self.table.selectRow(0)
        self._show_empty_state()
        self._show_details()

    def _show_empty_state(self) -> None:
        """One sentence and one button for the next step when no service is listed."""
        if self.shown:
            self.list_stack.setCurrentWidget(self.table)
            self.count.show()
            return
        admin = self._store.can(Permission.SETTINGS)
        if self.listings:
            text, step, self._step = (
                self.tr("No service matches these filters."),
                self.tr("Clear the filters"),
                "clear",
            )
        elif state.stored_network(self._store) is None:
            text = self.tr(
                "You have not joined a network yet: the directory lists the services of the "
                "CSOs in it."
            )
            step, self._step = (self.tr("Join a network…"), "share") if admin else ("", "")
            if not admin:
                text += " " + self.tr("Your administrator joins it on the Share page.")
        else:
            text = self.tr(
                "No services are listed yet: pull the network's file on the Share page, and "
                "add your own services."
            )
            step, self._step = (self.tr("Add your services…"), "services") if admin else ("", "")
        self.empty.show_message(text, step)
        self.list_stack.setCurrentWidget(self.empty)
        self.count.setVisible(bool(self.listings))

    def _next_step(self) -> None:
        if self._step == "clear":
            self.search.clear()
            for combo in (self.category, self.language, self.area):
                combo.setCurrentIndex(0)
        elif self._step:
            self.navigate.emit(self._step)

    def current(self) -> Listing | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.shown[rows.pop()] if len(rows) == 1 else None

    def _show_details(self) -> None:
        s = self.current()
        self.refer_button.setEnabled(s is not None and self.can_refer)
        if s is None:
            self.details.setText(self.tr("Choose a service to see its details."))
            return
        rows = [
            (self.tr("Organisation"), s.organisation),
            (self.tr("Category"), service_category_label(s.category)),
            (self.tr("Status"), service_status_label(s.status)),
            (self.tr("Languages"), ", ".join(service_language_label(c) for c in s.languages)),
            (self.tr("Who can use it"), s.eligibility),
            (self.tr("Opening hours"), s.hours),
            (self.tr("Location / area"), s.area),
            (self.tr("Contact"), s.contact),
            (self.tr("How to refer"), s.how_to_refer),
            (self.tr("Cost"), s.cost),
        ]

        def esc(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        html = f"<h3>{esc(s.name)}</h3><p>{esc(s.description)}</p><table cellpadding='3'>"
        html += "".join(
            f"<tr><td style='color:#5b6b75'>{esc(k)}</td><td>{esc(v)}</td></tr>"
            for k, v in rows
            if v
        )
        self.details.setText(html + "</table>")

    # --- referring -------------------------------------------------------------------------

    def partner_service_id(self, s: Listing) -> int:
        """The service on the CSO's own list of partner services (added when missing)."""
        return partner_service_for(self._store, s)

    def refer(self) -> None:
        s = self.current()
        if s is None:
            return
        self.picker = PersonPicker(self._store, f"{s.organisation} — {s.name}", self)
        self.picker.accepted.connect(lambda: self._refer_person(s))
        self.picker.open()

    def _refer_person(self, s: Listing) -> None:
        from desktop.referrals.refer_dialog import ReferDialog

        assert self.picker is not None
        person_id = self.picker.person_id()
        if person_id is None:
            return
        try:
            service_id = self.partner_service_id(s)
            person = get_person(self._store, person_id)
            if person.withheld:  # seen only in part: referring needs the whole record
                raise AccessDenied(person_id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Refer"), exc)
            return
        dialog = ReferDialog(self._store, person, self)
        dialog.service.setCurrentIndex(max(0, dialog.service.findData(service_id)))
        dialog.referred.connect(lambda _r: self.status_message.emit(self.tr("Referral saved.")))
        dialog.finished.connect(dialog.deleteLater)
        self.refer_dialog = dialog
        dialog.open()
