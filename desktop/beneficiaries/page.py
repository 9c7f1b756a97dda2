"""The Beneficiaries page: find, register, open and delete the people a CSO serves."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from db import access, beneficiaries, programmes
from db.changes import Change
from db.errors import SaphanError
from db.permissions import Permission
from db.store import Store
from db.types import Person, PersonRow, PersonSort, Programme
from desktop.beneficiaries.case_actions import CaseActions
from desktop.beneficiaries.filters import FilterBar
from desktop.beneficiaries.people_model import COLUMNS, PeopleModel
from desktop.beneficiaries.person_form import PersonForm
from desktop.changes import ChangeWatch
from desktop.fonts import script_line_height
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.list_page import ListPage
from desktop.widgets.notice_bar import NoticeBar

# The registry lists people; the programme filter finds them through the sessions they attended.
SHOWN = frozenset({Change.PEOPLE, Change.SESSIONS, Change.ATTENDANCE})
# Column widths that fit typical content; the script-name column stretches.
_WIDTHS = (106, 0, 0, 62, 48, 128, 136, 112, 62)


class BeneficiariesPage(ListPage):
    """Emits ``status_message`` with short news for the status bar ("Registered BEAM-000123")."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.current_form: PersonForm | None = None
        self.limited_view: QDialog | None = None  # a record seen only in part (db.access)

        self.register_button = QPushButton(self.tr("Register person"), self)
        set_role(self.register_button, "primary")
        self.register_button.setToolTip(self.tr("Register a new person (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Import people from an Excel or CSV list"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.more_button = QPushButton(self.tr("More"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.filters = FilterBar(self._programmes(), self)
        self.search = self.filters.search

        self.model = PeopleModel(store, self)
        table = QTableView(self)
        table.setModel(self.model)
        buttons = [
            self.open_button,
            self.more_button,
            self.delete_button,
            self.import_button,
            self.register_button,
        ]
        self.build_list(self.tr("Beneficiaries"), table, buttons, self.filters)
        self._setup_table()
        self._leave_out_what_is_never_shown()
        self.empty_label = self.empty_state  # what tests and older code call it
        self.notice = NoticeBar(self)
        self.page_layout.addWidget(self.notice)

        self._make_actions()
        self.filters.changed.connect(self.refresh)
        self.filters.down_pressed.connect(self._focus_table)
        self.model.total_changed.connect(self._show_total)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.watch = ChangeWatch(self, store, SHOWN, self._reload_keeping_selection)
        self.refresh()

    def _programmes(self) -> list[Programme]:
        try:
            return programmes.list_programmes(self._store)
        except SaphanError:
            return []

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        table.verticalHeader().hide()
        # Burmese stacks marks above and below the line: rows need room for them.
        table.verticalHeader().setDefaultSectionSize(script_line_height(table.font()) + 4)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        for column, width in enumerate(_WIDTHS):
            if width:
                table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        assert len(_WIDTHS) == len(COLUMNS)

    def _leave_out_what_is_never_shown(self) -> None:
        """A facilitator sees everyone only by name and code (db.access): no columns and
        filters that would always be empty."""
        hidden = access.never_shown(self._store)
        for index, column in enumerate(COLUMNS):
            field = "birth_year" if column.sort is PersonSort.AGE else column.sort.value
            self.table.setColumnHidden(index, field in hidden)
        self.filters.leave_out(hidden)

    def _make_actions(self) -> None:
        store = self._store
        self.register_action = QAction(self.tr("Register person"), self)
        self.register_action.setShortcut(QKeySequence.StandardKey.New)
        self.register_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.register_action.triggered.connect(self.register_person)
        self.addAction(self.register_action)
        self.register_button.clicked.connect(self.register_action.trigger)
        can_register = store.can(Permission.PEOPLE_REGISTER)
        self.register_action.setEnabled(can_register)
        self.register_button.setVisible(can_register)
        self.import_action = QAction(self.tr("Import…"), self)
        self.import_action.triggered.connect(self.import_people)
        self.import_button.clicked.connect(self.import_action.trigger)
        self.import_action.setEnabled(can_register)
        self.import_button.setVisible(can_register)

        self.open_action = QAction(self.tr("Open"), self)
        self.open_action.triggered.connect(self.open_selected)
        self.open_button.clicked.connect(self.open_action.trigger)

        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Only in the table: Del in the search box deletes characters, not people.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.delete_button.clicked.connect(self.delete_action.trigger)
        self._can_delete = store.can(Permission.PEOPLE_DELETE)
        self.delete_button.setVisible(self._can_delete)

        self.case_actions = CaseActions(store, self)
        self.case_actions.changed.connect(self._case_changed)
        more_menu = QMenu(self.more_button)
        more_menu.addActions(self.case_actions.actions())
        self.more_button.setMenu(more_menu)
        self.more_button.setVisible(bool(self.case_actions.actions()))
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.selected_row() is not None
        self.open_action.setEnabled(selected)
        self.open_button.setEnabled(selected)
        self.delete_action.setEnabled(selected and self._can_delete)
        self.delete_button.setEnabled(selected and self._can_delete)
        self.case_actions.set_row(self.selected_row())
        self.more_button.setEnabled(selected)

    # --- searching ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.watch.mark_fresh()
        try:
            self.model.set_query(self.filters.apply_to(self.model.query))
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the registry"), exc)

    def _reload_keeping_selection(self) -> None:
        """After a change made elsewhere: the same person stays selected if still listed."""
        row = self.selected_row()
        self.refresh()
        if row is not None:
            self.select_person(row.id)

    def _show_total(self, total: int) -> None:
        if total == 1:
            self.count_label.setText(self.tr("1 person"))
        else:
            self.count_label.setText(
                self.tr("{count} people").format(count=QLocale().toString(total))
            )
        if total:
            self.stack.setCurrentWidget(self.table)
            return
        if self.filters.is_filtered():
            self.show_empty(self.tr("No one matches this search and these filters."))
        else:
            self.show_empty(
                self.tr("No one is registered yet."),
                self.tr("Register the first person"),
                self.register_action,
            )

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if self.selected_row() is None:
                self.select_row(0)

    # --- selection ------------------------------------------------------------------------

    def selected_row(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _context_menu(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        if self._can_delete:
            menu.addAction(self.delete_action)
        if self.case_actions.actions():
            menu.addSeparator()
            menu.addActions(self.case_actions.actions())
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- opening and registering ----------------------------------------------------------

    def register_person(self) -> None:
        if not self._store.can(Permission.PEOPLE_REGISTER):
            return
        self._show_form(None)

    def import_people(self) -> None:
        if not self._store.can(Permission.PEOPLE_REGISTER):
            return
        from desktop.importing.wizard import ImportWizard

        wizard = ImportWizard(self._store, self)
        wizard.imported.connect(self._after_import)
        wizard.finished.connect(wizard.deleteLater)
        self.import_wizard = wizard
        wizard.open()

    def _after_import(self, count: int) -> None:
        self.filters.clear()
        self.refresh()
        self.status_message.emit(self.tr("Imported {count} people").format(count=count))

    def _open_index(self, index: QModelIndex) -> None:
        self.select_row(index.row())
        self.open_selected()

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            person = beneficiaries.get_person(self._store, row.id)  # audited as a view
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not open the record"), exc)
            self.refresh()
            return
        self._show_form(person)

    def _show_form(self, person: Person | None) -> None:
        if person is not None and person.withheld:
            self._show_limited(person)
            return
        form = PersonForm(self._store, person, self)
        form.saved.connect(lambda saved, new=person is None: self._after_save(saved, new))
        form.status_message.connect(self.status_message)
        form.finished.connect(form.deleteLater)
        self.current_form = form
        form.open()

    def _show_limited(self, person: Person) -> None:
        """Someone the user may see only in part: what they may see, and for a caseworker the
        way to the whole record (break the glass)."""
        from desktop.beneficiaries.limited_view import LimitedPersonDialog

        dialog = LimitedPersonDialog(self._store, person, self)
        dialog.glass_broken.connect(self._open_after_glass)
        dialog.finished.connect(dialog.deleteLater)
        self.limited_view = dialog
        dialog.open()

    def _open_after_glass(self, person_id: int) -> None:
        try:
            person = beneficiaries.get_person(self._store, person_id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not open the record"), exc)
            return
        self.refresh()
        self._show_form(person)

    def _after_save(self, person: Person, new: bool) -> None:
        self.refresh()
        if not self.select_person(person.id):
            # Saved but hidden by the search or filters: show everyone so it can be seen.
            self.filters.clear()
            self.select_person(person.id)
        message = (self.tr("Registered {code}") if new else self.tr("Saved {code}")).format(
            code=person.code
        )
        self.status_message.emit(message)
        self.table.setFocus()

    def _case_changed(self, message: str) -> None:
        """After closing, reopening or erasing: the table shows the new state (an erased
        person is simply no longer there)."""
        self._reload_keeping_selection()
        self.status_message.emit(message)

    # --- deleting -------------------------------------------------------------------------

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self._can_delete:
            return
        name = row.name_latin or row.name_script
        confirmed = dialogs.ask(
            self,
            self.tr("Delete person?"),
            self.tr(
                "Delete {code} ({name}) from the registry?\n\nThe record is kept in the audit "
                "trail and can be restored by an admin."
            ).format(code=row.code, name=name),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return
        try:
            beneficiaries.delete_person(self._store, row.id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not deleted"), exc)
            return
        self.refresh()
        message = self.tr("Deleted {code}.").format(code=row.code)
        self.notice.show_notice(message, self.tr("Undo"), lambda: self.undo_delete(row))
        self.status_message.emit(message)

    def undo_delete(self, row: PersonRow) -> None:
        try:
            beneficiaries.restore_person(self._store, row.id)
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not restored"), exc)
            return
        self.refresh()
        self.select_person(row.id)
        self.status_message.emit(self.tr("Restored {code}").format(code=row.code))
