"""A person's cases: one per service line at a time, its owner, status, next contact, and the
case plan of the case chosen (goals and actions with due dates and who is responsible).

Everything is done through :mod:`db.cases`, which checks who may do what; the buttons only
follow the selected case's status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import cases
from db.cases import ActionRecord, CasePlan, CaseRecord, CaseState, GoalRecord, GoalStatus
from db.errors import SaphanError
from db.store import Store
from desktop.beneficiaries.case_dialogs import (
    ActionDialog,
    CloseCaseDialog,
    GoalDialog,
    OpenCaseDialog,
    ShareCaseDialog,
    TransferCaseDialog,
)
from desktop.beneficiaries.case_words import (
    case_problem_message,
    case_state_label,
    close_reason_label,
    goal_status_label,
    service_line_label,
)
from desktop.style import MUTED, set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField, format_date
from desktop.widgets.field import FieldMessage
from desktop.widgets.table_model import Column, Index, RowsModel

translate = QCoreApplication.translate


def _date(day: dt.date | None) -> str:
    return format_date(day) if day is not None else ""


class CasesModel(RowsModel[CaseRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[cases.ServiceLine] = []
        self.columns = (
            Column(
                lambda: translate("CaseTab", "Service line"),
                lambda r: service_line_label(r.service_line, self.lines),
            ),
            Column(lambda: translate("CaseTab", "Owner"), lambda r: r.owner_name),
            Column(lambda: translate("CaseTab", "Status"), lambda r: case_state_label(r.status)),
            Column(lambda: translate("CaseTab", "Opened"), lambda r: _date(r.opened_on)),
            Column(lambda: translate("CaseTab", "Next contact"), lambda r: _date(r.next_contact)),
        )

    def extra_data(self, row: CaseRecord, index: Index, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and not row.live:
            return QColor(MUTED)
        return None


class GoalsModel(RowsModel[GoalRecord]):
    columns = (
        Column(lambda: translate("CaseTab", "Goal"), lambda r: r.text.replace("\n", " ")),
        Column(lambda: translate("CaseTab", "Status"), lambda r: goal_status_label(r.status)),
    )

    def extra_data(self, row: GoalRecord, index: Index, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.status is not GoalStatus.OPEN:
            return QColor(MUTED)
        return None


class ActionsModel(RowsModel[ActionRecord]):
    columns = (
        Column(lambda: translate("CaseTab", "Action"), lambda r: r.text.replace("\n", " ")),
        Column(lambda: translate("CaseTab", "Due by"), lambda r: _date(r.due_date)),
        Column(lambda: translate("CaseTab", "Responsible"), lambda r: r.responsible_name),
        Column(lambda: translate("CaseTab", "Done"), lambda r: _date(r.done_on)),
    )

    def extra_data(self, row: ActionRecord, index: Index, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.done:
            return QColor(MUTED)
        if role == Qt.ItemDataRole.FontRole and row.done and index.column() == 0:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


def _table(model: RowsModel[Any], parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(90)  # Burmese and Thai headers are wider than their dates
    return table


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-size: 12pt; font-weight: 600;")
    return label


class CaseTab(QWidget):
    """Emits ``changed`` after anything was saved from here."""

    changed = Signal()

    def __init__(self, store: Store, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.person_id = person_id
        self.current_dialog: QDialog | None = None
        self.plan = CasePlan([], [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addLayout(self._build_case_buttons())
        self.cases_model = CasesModel(self)
        self.cases_table = _table(self.cases_model, self)
        self.cases_table.setFixedHeight(130)
        layout.addWidget(self.cases_table)
        # How the chosen case ended, when it is closed.
        self.closed_note = QLabel(self)
        self.closed_note.setWordWrap(True)
        set_role(self.closed_note, "muted")
        layout.addWidget(self.closed_note)
        self.empty = QLabel(self.tr("No case yet. Open a case to plan and follow up."), self)
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)
        layout.addLayout(self._build_next_contact())
        layout.addWidget(self._build_plan(), 1)
        self.cases_table.selectionModel().selectionChanged.connect(self._case_chosen)
        self.goals_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.actions_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.actions_table.doubleClicked.connect(lambda _i: self.edit_action())
        self.goals_table.doubleClicked.connect(lambda _i: self.edit_goal())
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _build_case_buttons(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("Open a case…"), self)
        set_role(self.open_button, "primary")
        self.hold_button = QPushButton(self.tr("Put on hold"), self)
        self.close_button = QPushButton(self.tr("Close case…"), self)
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.transfer_button = QPushButton(self.tr("Transfer…"), self)
        self.share_button = QPushButton(self.tr("Share…"), self)
        self.open_button.clicked.connect(self.open_case)
        self.hold_button.clicked.connect(self.put_on_hold)
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button.clicked.connect(self.reopen)
        self.transfer_button.clicked.connect(self.transfer)
        self.share_button.clicked.connect(self.share)
        row = QHBoxLayout()
        row.addWidget(_heading(self.tr("Cases"), self), 1)
        for button in (
            self.hold_button,
            self.close_button,
            self.reopen_button,
            self.transfer_button,
            self.share_button,
            self.open_button,
        ):
            row.addWidget(button)
        return row

    def _build_next_contact(self) -> QVBoxLayout:
        self.next_contact = DateField(self)
        self.next_contact_button = QPushButton(self.tr("Set next contact"), self)
        self.next_contact_button.clicked.connect(self.set_next_contact)
        self.next_contact.changed.connect(self._update_buttons)
        self.next_contact_message = FieldMessage(self)
        row = QHBoxLayout()
        self.next_contact_label = QLabel(self.tr("Next contact"), self)
        row.addWidget(self.next_contact_label)
        row.addWidget(self.next_contact)
        row.addWidget(self.next_contact_button)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.next_contact_message)
        return column

    def _build_plan(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        self.plan_title = _heading(self.tr("Case plan"), box)
        layout.addWidget(self.plan_title)
        splitter = QSplitter(Qt.Orientation.Horizontal, box)
        layout.addWidget(splitter, 1)
        goals = QWidget(splitter)
        goals_layout = QVBoxLayout(goals)
        goals_layout.setContentsMargins(0, 0, 6, 0)
        self.add_goal_button = QPushButton(self.tr("Add goal…"), goals)
        self.edit_goal_button = QPushButton(self.tr("Change…"), goals)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        goals_layout.addLayout(
            self._bar(self.tr("Goals"), [self.edit_goal_button, self.add_goal_button])
        )
        self.goals_model = GoalsModel(self)
        self.goals_table = _table(self.goals_model, goals)
        goals_layout.addWidget(self.goals_table)
        actions = QWidget(splitter)
        actions_layout = QVBoxLayout(actions)
        actions_layout.setContentsMargins(6, 0, 0, 0)
        self.add_action_button = QPushButton(self.tr("Add action…"), actions)
        self.edit_action_button = QPushButton(self.tr("Change…"), actions)
        self.done_button = QPushButton(self.tr("Mark done"), actions)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.done_button.clicked.connect(self.toggle_done)
        actions_layout.addLayout(
            self._bar(
                self.tr("Actions"),
                [self.done_button, self.edit_action_button, self.add_action_button],
            )
        )
        self.actions_model = ActionsModel(self)
        self.actions_table = _table(self.actions_model, actions)
        self.actions_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.actions_table.horizontalHeader().setStretchLastSection(False)
        actions_layout.addWidget(self.actions_table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.goals_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals_table.horizontalHeader().setStretchLastSection(False)
        return box

    def _bar(self, title: str, buttons: list[QPushButton]) -> QHBoxLayout:
        bar = QHBoxLayout()
        label = QLabel(title, self)
        label.setStyleSheet("font-weight: 600;")
        bar.addWidget(label, 1)
        for button in buttons:
            bar.addWidget(button)
        return bar

    # --- loading --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        current = self.selected_case()
        wanted = select_id if select_id is not None else (current.id if current else None)
        try:
            self.cases_model.lines = cases.service_lines(self._store)
            self.cases_model.set_rows(cases.person_cases(self._store, self.person_id))
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Could not load the cases"), exc)
            return
        row = self.cases_model.row_of(wanted) if wanted is not None else None
        if row is None and self.cases_model.rowCount() > 0:
            row = 0
        has_cases = self.cases_model.rowCount() > 0
        self.cases_table.setVisible(has_cases)
        self.empty.setVisible(not has_cases)
        if row is not None:
            self.cases_table.selectRow(row)
        self._case_chosen()

    def select_case(self, case_id: int, action_id: int | None = None) -> bool:
        """Show this case (and its plan), with this action of the plan selected: what a
        worklist item is about. False if the person has no such case."""
        row = self.cases_model.row_of(case_id)
        if row is None:
            return False
        self.cases_table.selectRow(row)  # loads the case's plan
        self.cases_table.scrollTo(self.cases_model.index(row, 0))
        action = self.actions_model.row_of(action_id) if action_id is not None else None
        if action is not None:
            self.actions_table.selectRow(action)
            self.actions_table.scrollTo(self.actions_model.index(action, 0))
        return True

    def selected_case(self) -> CaseRecord | None:
        rows = self.cases_table.selectionModel().selectedRows()
        return self.cases_model.row_at(rows[0].row()) if rows else None

    def selected_goal(self) -> GoalRecord | None:
        rows = self.goals_table.selectionModel().selectedRows()
        return self.goals_model.row_at(rows[0].row()) if rows else None

    def selected_action(self) -> ActionRecord | None:
        rows = self.actions_table.selectionModel().selectedRows()
        return self.actions_model.row_at(rows[0].row()) if rows else None

    def _case_chosen(self) -> None:
        case = self.selected_case()
        self.plan = CasePlan([], [])
        if case is not None:
            try:
                self.plan = cases.case_plan(self._store, case.id)
            except SaphanError as exc:
                dialogs.show_error(self, self.tr("Could not load the case plan"), exc)
        self.goals_model.set_rows(self.plan.goals)
        self.actions_model.set_rows(self.plan.actions)
        self.next_contact.set_date(case.next_contact if case else None)
        self._show_closed(case)
        self.next_contact_message.clear_message()
        self.plan_title.setText(
            self.tr("Case plan: {line}").format(
                line=service_line_label(case.service_line, self.cases_model.lines)
            )
            if case
            else self.tr("Case plan")
        )
        self._update_buttons()

    def _show_closed(self, case: CaseRecord | None) -> None:
        closed = case is not None and case.status is CaseState.CLOSED
        text = ""
        if closed and case is not None:
            reason = close_reason_label(case.closed_reason) if case.closed_reason else ""
            text = self.tr("Closed on {date}: {reason}").format(
                date=_date(case.closed_on), reason=reason
            )
            if case.outcome:
                text += "\n" + self.tr("Outcome: {outcome}").format(outcome=case.outcome)
        self.closed_note.setText(text)
        self.closed_note.setVisible(closed)

    def _update_buttons(self) -> None:
        case = self.selected_case()
        # What the store would refuse is not offered: a case of someone else's that is not
        # shared with this user is only read.
        works = case is not None and cases.may_work_on(self._store, case)
        manages = case is not None and cases.may_manage(self._store, case)
        live = works and case is not None and case.live
        self.hold_button.setEnabled(works and case is not None and case.status is CaseState.OPEN)
        self.close_button.setEnabled(live)
        self.reopen_button.setEnabled(
            works and case is not None and case.status is not CaseState.OPEN
        )
        self.transfer_button.setEnabled(live and manages)
        self.share_button.setEnabled(live and manages)
        for widget in (self.next_contact, self.next_contact_button, self.next_contact_label):
            widget.setEnabled(live)
        self.next_contact_button.setEnabled(live and self.next_contact.is_valid())
        self.add_goal_button.setEnabled(live)
        self.add_action_button.setEnabled(live)
        self.edit_goal_button.setEnabled(live and self.selected_goal() is not None)
        action = self.selected_action()
        self.edit_action_button.setEnabled(live and action is not None)
        self.done_button.setEnabled(live and action is not None)
        self.done_button.setText(
            self.tr("Mark not done") if action is not None and action.done else self.tr("Mark done")
        )

    # --- doing ----------------------------------------------------------------------------

    def _saved(self, select_id: int | None = None) -> None:
        self.reload(select_id)
        self.changed.emit()

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        """Window-modal, not exec(): a lock of the screen hides it without losing input."""
        self.current_dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.current_dialog = None

    def _run(self, title: str, action: Callable[[], object]) -> bool:
        try:
            action()
        except SaphanError as exc:
            dialogs.show_error(self, title, exc)
            return False
        return True

    def open_case(self) -> None:
        dialog = OpenCaseDialog(self._store, self.person_id, self)
        self._open(dialog, lambda: self._saved(dialog.record.id if dialog.record else None))

    def put_on_hold(self) -> None:
        case = self.selected_case()
        if case is not None and self._run(
            self.tr("Not put on hold"), lambda: cases.put_on_hold(self._store, case.id)
        ):
            self._saved(case.id)

    def close_case(self) -> None:
        case = self.selected_case()
        if case is not None:
            self._open(CloseCaseDialog(self._store, case, self), lambda: self._saved(case.id))

    def reopen(self) -> None:
        case = self.selected_case()
        if case is not None and self._run(
            self.tr("Not reopened"), lambda: cases.reopen(self._store, case.id)
        ):
            self._saved(case.id)

    def transfer(self) -> None:
        case = self.selected_case()
        if case is not None:
            self._open(TransferCaseDialog(self._store, case, self), lambda: self._saved(case.id))

    def share(self) -> None:
        case = self.selected_case()
        if case is not None:
            self._open(ShareCaseDialog(self._store, case, self), lambda: self._saved(case.id))

    def set_next_contact(self) -> None:
        case = self.selected_case()
        if case is None or not self.next_contact.is_valid():
            return
        try:
            cases.set_next_contact(self._store, case.id, self.next_contact.date())
        except SaphanError as exc:
            problems = getattr(exc, "problems", {})
            if "next_contact" in problems:
                self.next_contact_message.show_message(
                    case_problem_message("next_contact", problems["next_contact"])
                )
                return
            dialogs.show_error(self, self.tr("Next contact not set"), exc)
            return
        self._saved(case.id)

    def add_goal(self) -> None:
        case = self.selected_case()
        if case is not None:
            self._open(GoalDialog(self._store, case.id, None, self), lambda: self._saved(case.id))

    def edit_goal(self) -> None:
        case, goal = self.selected_case(), self.selected_goal()
        if case is not None and goal is not None and case.live:
            self._open(GoalDialog(self._store, case.id, goal, self), lambda: self._saved(case.id))

    def add_action(self) -> None:
        case = self.selected_case()
        if case is not None:
            dialog = ActionDialog(self._store, case.id, self.plan.goals, None, self)
            self._open(dialog, lambda: self._saved(case.id))

    def edit_action(self) -> None:
        case, action = self.selected_case(), self.selected_action()
        if case is not None and action is not None and case.live:
            dialog = ActionDialog(self._store, case.id, self.plan.goals, action, self)
            self._open(dialog, lambda: self._saved(case.id))

    def toggle_done(self) -> None:
        case, action = self.selected_case(), self.selected_action()
        if case is None or action is None:
            return
        if self._run(
            self.tr("Not saved"),
            lambda: cases.set_action_done(self._store, action.id, not action.done),
        ):
            self._saved(case.id)
