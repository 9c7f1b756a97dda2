"""A project's session plans: new (blank or from a template), open, duplicate, delete, and the
whole project as one Word document."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import plans
from db.errors import SaphanError
from db.plans import PlanInfo, PlanLanguage, PlanSummary
from db.projects import ProjectInfo
from db.store import Store
from desktop.labels import plan_language_label
from desktop.plans.editor import PlanEditor, blank_plan
from desktop.plans.templates_dialog import TemplateLibraryDialog
from desktop.plans.word_actions import WordActions
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import format_date

NUMBER, TITLE, DATE, DURATION, LANGUAGE = range(5)


class PlansTab(QWidget):
    """Emits ``changed`` when plans were added or deleted (the project's counts change)."""

    changed = Signal()
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.project: ProjectInfo | None = None
        self._plans: list[PlanSummary] = []
        self.current_editor: PlanEditor | None = None
        self.current_library: TemplateLibraryDialog | None = None
        self.word = WordActions(store, self)
        self.word.status_message.connect(self.status_message)

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Title"),
                self.tr("Date"),
                self.tr("Duration"),
                self.tr("Language"),
            ]
        )
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2.1))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setColumnWidth(NUMBER, 50)
        table.setColumnWidth(DATE, 100)
        table.setColumnWidth(DURATION, 150)
        table.setColumnWidth(LANGUAGE, 140)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        table.itemActivated.connect(lambda _item: self.open_selected())

        self.new_button = QPushButton(self.tr("New plan"), self)
        self.template_button = QPushButton(self.tr("New from template…"), self)
        set_role(self.template_button, "primary")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.export_button = QPushButton(self.tr("Export project plan (Word)…"), self)
        self.export_button.setToolTip(
            self.tr("One Word document: the project's overview, then every session plan")
        )
        buttons = QHBoxLayout()
        for button in (
            self.template_button,
            self.new_button,
            self.open_button,
            self.duplicate_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.new_button.clicked.connect(self.new_blank_plan)
        self.template_button.clicked.connect(self.new_from_template)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_project)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- the list -------------------------------------------------------------------------

    def set_project(self, project: ProjectInfo | None) -> None:
        self.project = project
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self._plans = []
        if self.project is not None:
            try:
                self._plans = plans.list_plans(self._store, self.project.id)
            except SaphanError as exc:
                dialogs.show_error(self, self.tr("Could not load the plans"), exc)
        self.table.setRowCount(len(self._plans))
        for row, plan in enumerate(self._plans):
            duration = self.tr("{minutes} min").format(minutes=plan.duration_minutes)
            if plan.over_time:
                duration = self.tr("{minutes} min (steps {over} over)").format(
                    minutes=plan.duration_minutes, over=plan.over_time
                )
            texts = (
                str(plan.session_number),
                plan.title,
                format_date(plan.planned_date) if plan.planned_date else "",
                duration,
                plan_language_label(plan.language.value),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, plan.id)
                if column == NUMBER:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if select_id is not None:
            self.select_plan(select_id)
        self._update_buttons()

    def plan_titles(self) -> list[str]:
        return [p.title for p in self._plans]

    def select_plan(self, plan_id: int) -> bool:
        for row, plan in enumerate(self._plans):
            if plan.id == plan_id:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> PlanSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self._plans[rows[0].row()] if rows else None

    def next_session_number(self) -> int:
        return max((p.session_number for p in self._plans), default=0) + 1

    def _update_buttons(self) -> None:
        has_project = self.project is not None
        chosen = self.selected() is not None
        for button in (self.new_button, self.template_button, self.export_button):
            button.setEnabled(has_project)
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    # --- new plans ------------------------------------------------------------------------

    def new_blank_plan(self) -> None:
        if self.project is None:
            return
        language = self._plans[-1].language if self._plans else PlanLanguage.ENGLISH
        draft = blank_plan(self.project.id, self.next_session_number(), language)
        self._open_editor(PlanEditor(self._store, draft=draft, parent=self))

    def new_from_template(self) -> None:
        if self.project is None:
            return
        library = TemplateLibraryDialog(
            self._store, self.project.id, self.next_session_number(), self
        )
        library.created.connect(self._created_from_template)
        library.finished.connect(library.deleteLater)
        self.current_library = library
        library.open()

    def _created_from_template(self, plan: PlanInfo) -> None:
        self._plan_saved(plan)
        self.status_message.emit(
            self.tr("Plan “{title}” made from the template. Adapt it to your group.").format(
                title=plan.title
            )
        )
        self._open_editor(PlanEditor(self._store, plan, parent=self))

    # --- the selected plan ----------------------------------------------------------------

    def open_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        try:
            plan = plans.get_plan(self._store, summary.id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not open the plan"), exc)
            return
        self._open_editor(PlanEditor(self._store, plan, parent=self))

    def _open_editor(self, editor: PlanEditor) -> None:
        editor.saved.connect(self._plan_saved)
        editor.status_message.connect(self.status_message)
        editor.finished.connect(editor.deleteLater)
        self.current_editor = editor
        editor.open()

    def _plan_saved(self, plan: PlanInfo) -> None:
        self.refresh(select_id=plan.id)
        self.changed.emit()

    def duplicate_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        try:
            copy = plans.duplicate_plan(
                self._store, summary.id, session_number=self.next_session_number()
            )
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not duplicated"), exc)
            return
        self._plan_saved(copy)
        self.status_message.emit(
            self.tr("Copied as session {number}. Set its date when you know it.").format(
                number=copy.session_number
            )
        )

    def delete_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        if not dialogs.ask(
            self,
            self.tr("Delete plan?"),
            self.tr("Delete the plan of session {number}, “{title}”?").format(
                number=summary.session_number, title=summary.title
            ),
            self.tr("Delete"),
            self.tr("Cancel"),
        ):
            return
        try:
            plans.delete_plan(self._store, summary.id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not deleted"), exc)
            return
        self.refresh()
        self.changed.emit()
        self.status_message.emit(self.tr("Plan deleted."))

    def export_project(self) -> None:
        if self.project is not None:
            self.word.save_project_as(self.project)
