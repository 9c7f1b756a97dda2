"""My services: the CSO's own services, as the network's directory will show them.

Admins (``Permission.SETTINGS``) edit; everyone else who can see the page reads. Problems are
shown under each field as the user types; Save is enabled only when there are none. Services
hold nothing about any person: they travel in the shared bundle as they are."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db import services as svc
from db.changes import Change
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from db.validation import CONTROL_CHARACTER
from desktop.changes import ChangeWatch
from desktop.labels import area_label, problem_message
from desktop.network_labels import (
    service_category_label,
    service_language_label,
    service_status_label,
)
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.field import Field
from desktop.widgets.list_page import EmptyState
from desktop.widgets.text_table import TextTable

TEXT_FIELDS = ("name", "hours", "area", "contact", "cost")
LONG_FIELDS = ("description", "eligibility", "how_to_refer")


class ServicesPage(QWidget):
    status_message = Signal(str)
    saved = Signal(object)  # ServiceInfo

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.can_edit = store.can(Permission.SETTINGS)
        self.services: list[svc.ServiceInfo] = []
        self.current_id: int | None = None

        title = QLabel(self.tr("My services"), self)
        set_role(title, "pageTitle")
        intro = QLabel(
            self.tr(
                "Your organisation's services, as the network's directory shows them. They "
                "hold nothing about any person and are shared as they are."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")

        left = self._build_list()
        self._build_fields()
        scroll = self._build_editor()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

        for widget in self.lines.values():
            widget.textChanged.connect(self._validate)
        for text_edit in self.texts.values():
            text_edit.textChanged.connect(self._validate)
        for box in self.languages.values():
            box.toggled.connect(self._validate)
        self.category.currentIndexChanged.connect(self._validate)
        self.status.currentIndexChanged.connect(self._validate)
        for control in (
            *self.lines.values(),
            *self.texts.values(),
            *self.languages.values(),
            self.category,
            self.status,
            self.new_button,
            self.delete_button,
        ):
            control.setEnabled(self.can_edit)
        self.watch = ChangeWatch(self, store, {Change.SERVICES}, self._reload_keeping_editor)
        self.reload()
        self.new_service()

    def _build_list(self) -> QWidget:
        """The services as a table, with New and Delete under it."""
        self.table = TextTable(self)
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button = QPushButton(self.tr("New service"), self)
        self.new_button.clicked.connect(self.new_service)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_service)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # No services yet: one sentence and the next step, in place of an empty table.
        self.empty = EmptyState(left)
        self.empty.next_step.connect(self.new_service)
        self.list_stack = QStackedWidget(left)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        left_layout.addWidget(self.list_stack, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.delete_button)
        left_buttons.addStretch(1)
        left_layout.addLayout(left_buttons)
        return left

    def _build_fields(self) -> None:
        """One input per service field, each in a Field that shows its problem."""
        self.category = QComboBox(self)
        for code in svc.SERVICE_CATEGORIES:
            self.category.addItem(service_category_label(code), code)
        self.status = QComboBox(self)
        for status in svc.ServiceStatus:
            self.status.addItem(service_status_label(status.value), status.value)
        self.lines = {name: QLineEdit(self) for name in TEXT_FIELDS}
        for name, widget in self.lines.items():
            widget.setMaxLength(svc.LIMITS[name] + 50)  # typed past the limit: say so
        self.area_suggestions = self.lines["area"]
        self.texts = {name: QPlainTextEdit(self) for name in LONG_FIELDS}
        for text_edit in self.texts.values():
            text_edit.setTabChangesFocus(True)
            text_edit.setMaximumHeight(72)
        self.languages = {
            code: QCheckBox(service_language_label(code), self) for code in svc.SERVICE_LANGUAGES
        }
        language_grid = QGridLayout()
        for n, box in enumerate(self.languages.values()):
            language_grid.addWidget(box, n // 3, n % 3)
        self.fields = {
            "name": Field(self.lines["name"], self),
            "category": Field(self.category, self),
            "description": Field(self.texts["description"], self),
            "languages": Field(language_grid, self),
            "eligibility": Field(self.texts["eligibility"], self),
            "hours": Field(self.lines["hours"], self),
            "area": Field(self.lines["area"], self),
            "contact": Field(self.lines["contact"], self),
            "how_to_refer": Field(self.texts["how_to_refer"], self),
            "cost": Field(self.lines["cost"], self),
            "status": Field(self.status, self),
        }
        self.lines["area"].setPlaceholderText(area_label("Mae Sot town"))
        self.lines["cost"].setPlaceholderText(self.tr("e.g. free"))
        self.lines["hours"].setPlaceholderText(self.tr("e.g. Mon–Fri 9:00–16:00"))

    def _build_editor(self) -> QScrollArea:
        """The form of the service being edited, titled, with Save under it."""
        form = QFormLayout()
        titles = {
            "name": self.tr("Name *"),
            "category": self.tr("Category *"),
            "description": self.tr("Description"),
            "languages": self.tr("Languages"),
            "eligibility": self.tr("Who can use it"),
            "hours": self.tr("Opening hours"),
            "area": self.tr("Location / area"),
            "contact": self.tr("Contact"),
            "how_to_refer": self.tr("How to refer"),
            "cost": self.tr("Cost"),
            "status": self.tr("Status"),
        }
        for name, field in self.fields.items():
            form.addRow(titles[name], field)
        self.save_button = QPushButton(self.tr("Save"), self)
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        self.editor_title = QLabel(self)
        font = self.editor_title.font()
        font.setBold(True)
        self.editor_title.setFont(font)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.editor_title)
        editor_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)
        editor_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        return scroll

    # --- list ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.watch.mark_fresh()
        try:
            self.services = svc.list_own_services(self._store)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("My services"), exc)
            self.services = []
        self.table.blockSignals(True)
        self.table.show_rows(
            [self.tr("Service"), self.tr("Category"), self.tr("Status")],
            [
                [s.name, service_category_label(s.category), service_status_label(s.status)]
                for s in self.services
            ],
        )
        self.table.blockSignals(False)
        if self.services:
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.empty.show_message(
                self.tr(
                    "Your organisation lists no services yet: add them so that other CSOs "
                    "can refer people to you."
                ),
                self.tr("Add the first service…") if self.can_edit else "",
            )
            self.list_stack.setCurrentWidget(self.empty)

    def _reload_keeping_editor(self) -> None:
        """After a change made elsewhere: the list is new, what is being typed stays."""
        self.reload()
        row = next((i for i, s in enumerate(self.services) if s.id == self.current_id), None)
        if row is not None:
            self.table.blockSignals(True)
            self.table.selectRow(row)
            self.table.blockSignals(False)

    def _selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) == 1:
            self.edit(self.services[rows.pop()])

    def select_service(self, name: str) -> None:
        for row, s in enumerate(self.services):
            if s.name == name:
                self.table.selectRow(row)
                return

    # --- editor ----------------------------------------------------------------------------

    def new_service(self) -> None:
        self.current_id = None
        self.editor_title.setText(self.tr("New service"))
        self._fill(svc.ServiceInput(name="", category=svc.SERVICE_CATEGORIES[0]))
        self.delete_button.setEnabled(False)

    def edit(self, info: svc.ServiceInfo) -> None:
        self.current_id = info.id
        self.editor_title.setText(info.name)
        self._fill(
            svc.ServiceInput(
                name=info.name,
                category=info.category,
                description=info.description,
                languages=list(info.languages),
                eligibility=info.eligibility,
                hours=info.hours,
                area=info.area,
                contact=info.contact,
                how_to_refer=info.how_to_refer,
                cost=info.cost,
                status=info.status,
            )
        )
        self.delete_button.setEnabled(self.can_edit)

    def _fill(self, s: svc.ServiceInput) -> None:
        for name, widget in self.lines.items():
            widget.blockSignals(True)
            widget.setText(getattr(s, name))
            widget.blockSignals(False)
        for name, text_edit in self.texts.items():
            text_edit.blockSignals(True)
            text_edit.setPlainText(getattr(s, name))
            text_edit.blockSignals(False)
        for code, box in self.languages.items():
            box.blockSignals(True)
            box.setChecked(code in s.languages)
            box.blockSignals(False)
        self.category.setCurrentIndex(max(0, self.category.findData(s.category)))
        self.status.setCurrentIndex(max(0, self.status.findData(svc.ServiceStatus(s.status).value)))
        self._validate(show_required=False)

    def value(self) -> svc.ServiceInput:
        return svc.ServiceInput(
            name=self.lines["name"].text(),
            category=self.category.currentData(),
            description=self.texts["description"].toPlainText(),
            languages=[code for code, box in self.languages.items() if box.isChecked()],
            eligibility=self.texts["eligibility"].toPlainText(),
            hours=self.lines["hours"].text(),
            area=self.lines["area"].text(),
            contact=self.lines["contact"].text(),
            how_to_refer=self.texts["how_to_refer"].toPlainText(),
            cost=self.lines["cost"].text(),
            status=svc.ServiceStatus(self.status.currentData()),
        )

    def _validate(self, *_args: object, show_required: bool = True) -> dict[str, str]:
        problems = svc.validate_service(self.value())
        for name, field in self.fields.items():
            code = problems.get(name, "")
            if code == "required" and not show_required:
                code = ""
            field.message.show_message(self._problem_text(name, code))
        self.save_button.setEnabled(self.can_edit and not problems)
        return problems

    def _problem_text(self, name: str, code: str) -> str:
        if not code:
            return ""
        if code == "required":
            return self.tr("Enter the service's name.")
        if code == "too_long":
            return self.tr("This is too long (at most {limit} characters).").format(
                limit=svc.LIMITS.get(name, 200)
            )
        if code == CONTROL_CHARACTER:
            return problem_message(name, code)
        return self.tr("Choose one of the listed values.")

    def save(self) -> None:
        if self._validate():
            return
        try:
            info = svc.save_service(self._store, self.value(), self.current_id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Save the service"), exc)
            return
        self.reload()
        self.select_service(info.name)
        self.current_id = info.id
        self.editor_title.setText(info.name)
        self.status_message.emit(self.tr("Saved “{name}”.").format(name=info.name))
        self.saved.emit(info)

    def delete_service(self) -> None:
        if self.current_id is None:
            return
        if not dialogs.ask(
            self,
            self.tr("Delete the service"),
            self.tr(
                "Delete this service? To keep it in the directory as closed, set its status "
                "to “Closed for good” instead."
            ),
            self.tr("Delete"),
            self.tr("Keep it"),
        ):
            return
        try:
            svc.delete_service(self._store, self.current_id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Delete the service"), exc)
            return
        self.reload()
        self.new_service()
