"""The Projects page: participatory projects above, the selected project's plans, participants
and sessions below."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import projects
from db.changes import Change
from db.errors import SaphanError
from db.projects import ProjectInfo
from db.store import Store
from desktop.changes import ChangeWatch
from desktop.projects.participants_tab import ParticipantsTab
from desktop.projects.plans_tab import PlansTab
from desktop.projects.project_dialog import ProjectDialog
from desktop.projects.projects_model import COLUMNS, ProjectsModel
from desktop.projects.sessions_tab import SessionsTab
from desktop.style import set_role
from desktop.widgets import dialogs

_WIDTHS = (0, 200, 95, 190, 95, 80, 60)
# Projects with their programme, plans, participants (a deleted person is no longer one) and
# the sessions held with them.
SHOWN = frozenset(
    {
        Change.PROJECTS,
        Change.PLANS,
        Change.PEOPLE,
        Change.SESSIONS,
        Change.ATTENDANCE,
        Change.PROGRAMMES,
    }
)


class ProjectsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.current_dialog: ProjectDialog | None = None

        header = self._build_header()
        self._build_list()
        self._build_detail()

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.list_stack.setMinimumHeight(
            int(self.table.verticalHeader().defaultSectionSize() * 3.5)
        )
        splitter.setSizes([260, 440])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.new_action = QAction(self.tr("New project…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_project)
        self.addAction(self.new_action)
        self.new_button.clicked.connect(self.new_action.trigger)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for tab in (self.plans_tab, self.participants_tab):
            tab.changed.connect(self._counts_changed)
        self.plans_tab.status_message.connect(self.status_message)
        self.watch = ChangeWatch(self, store, SHOWN, self._reload_keeping_selection)
        self.refresh()

    def _build_header(self) -> QHBoxLayout:
        """The title and count, with the page's buttons."""
        title = QLabel(self.tr("Projects"), self)
        set_role(title, "pageTitle")
        self.count_label = QLabel(self)
        set_role(self.count_label, "muted")
        self.new_button = QPushButton(self.tr("New project…"), self)
        set_role(self.new_button, "primary")
        self.new_button.setToolTip(self.tr("Start a participatory project (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.delete_button)
        header.addWidget(self.edit_button)
        header.addWidget(self.new_button)
        return header

    def _build_list(self) -> None:
        """The projects table, the empty state in its place."""
        self.model = ProjectsModel(self._store, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self._setup_table()
        self.empty_label = QLabel(
            self.tr(
                "No projects yet.\nClick “New project…” to start one: a group, its goals, "
                "its participants and a plan for each session."
            ),
            self,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "emptyState")
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

    def _build_detail(self) -> None:
        """The chosen project: its title and facts over its plans, participants and sessions."""
        self.project_title = QLabel(self)
        self.project_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.project_title.setWordWrap(True)
        self.project_facts = QLabel(self)
        self.project_facts.setWordWrap(True)
        set_role(self.project_facts, "muted")
        self.plans_tab = PlansTab(self._store, self)
        self.participants_tab = ParticipantsTab(self._store, self)
        self.sessions_tab = SessionsTab(self._store, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.plans_tab, self.tr("Session plans"))
        self.tabs.addTab(self.participants_tab, self.tr("Participants"))
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions and attendance"))
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addWidget(self.project_title)
        detail_layout.addWidget(self.project_facts)
        detail_layout.addWidget(self.tabs, 1)
        self.detail = detail

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2.1))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate(_WIDTHS):
            if width:
                table.setColumnWidth(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        assert len(_WIDTHS) == len(COLUMNS)

    # --- loading --------------------------------------------------------------------------

    def _reload_keeping_selection(self) -> None:
        selected = self.selected()
        self.refresh(selected.id if selected else None)

    def refresh(self, select_id: int | None = None) -> None:
        self.watch.mark_fresh()
        try:
            self.model.reload()
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the projects"), exc)
        rows = self.model.rowCount()
        self.count_label.setText(
            self.tr("1 project")
            if rows == 1
            else self.tr("{count} projects").format(count=QLocale().toString(rows))
        )
        self.list_stack.setCurrentWidget(self.table if rows else self.empty_label)
        if (select_id is None or not self.select_project(select_id)) and rows:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> ProjectInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_project(self, project_id: int) -> bool:
        row = self.model.row_of(project_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self) -> None:
        project = self.selected()
        self.edit_button.setEnabled(project is not None)
        self.delete_button.setEnabled(project is not None)
        self.detail.setEnabled(project is not None)
        self._show_project(project)

    def _show_project(self, project: ProjectInfo | None) -> None:
        if project is None:
            self.project_title.setText(self.tr("Select a project to see its plans."))
            self.project_facts.setText("")
        else:
            self.project_title.setText(project.title)
            facts = [
                project.community,
                project.facilitators
                and self.tr("Facilitators: {names}").format(names=project.facilitators),
                project.goals.replace("\n", " "),
            ]
            self.project_facts.setText("  ·  ".join(f for f in facts if f))
        for tab in (self.plans_tab, self.participants_tab, self.sessions_tab):
            tab.set_project(project)
        self._update_tab_titles(project)

    def _update_tab_titles(self, project: ProjectInfo | None) -> None:
        plans_n = project.plans if project else 0
        people_n = project.participants if project else 0
        sessions_n = project.sessions if project else 0
        self.tabs.setTabText(0, self.tr("Session plans ({count})").format(count=plans_n))
        self.tabs.setTabText(1, self.tr("Participants ({count})").format(count=people_n))
        self.tabs.setTabText(
            2, self.tr("Sessions and attendance ({count})").format(count=sessions_n)
        )

    def _counts_changed(self) -> None:
        # Reload the list's counts without reloading the tab the user is working in.
        project = self.selected()
        if project is None:
            return
        self.watch.mark_fresh()  # the tab has shown its own change
        try:
            self.model.reload()
        except SaphanError:
            return
        self.table.blockSignals(True)
        self.table.selectionModel().blockSignals(True)
        self.select_project(project.id)
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)
        fresh = self.selected()
        if fresh is not None:
            self.plans_tab.project = fresh
            self._update_tab_titles(fresh)

    # --- new, edit, delete ----------------------------------------------------------------

    def new_project(self) -> None:
        self._open_dialog(ProjectDialog(self._store, None, self))

    def edit_selected(self) -> None:
        project = self.selected()
        if project is not None:
            self._open_dialog(ProjectDialog(self._store, project, self))

    def _open_dialog(self, dialog: ProjectDialog) -> None:
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        self.current_dialog = dialog
        dialog.open()

    def _saved(self, project: ProjectInfo) -> None:
        self.refresh(project.id)
        self.status_message.emit(self.tr("Project “{title}” saved.").format(title=project.title))

    def delete_selected(self) -> None:
        project = self.selected()
        if project is None:
            return
        if not dialogs.ask(
            self,
            self.tr("Delete project?"),
            self.tr(
                "Delete the project “{title}”? Its sessions stay logged and still count; its "
                "plans are no longer listed."
            ).format(title=project.title),
            self.tr("Delete"),
            self.tr("Cancel"),
        ):
            return
        try:
            projects.delete_project(self._store, project.id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not deleted"), exc)
            return
        self.refresh()
        self.status_message.emit(self.tr("Project deleted."))
