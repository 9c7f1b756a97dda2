"""The dialogs of the Case tab: open, close, transfer and share a case; a goal; an action."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from db import cases
from db.cases import (
    ActionInput,
    ActionRecord,
    CaseRecord,
    CloseReason,
    GoalRecord,
    GoalStatus,
)
from db.errors import SaphanError
from db.store import Store
from db.types import Role
from desktop.beneficiaries.case_words import (
    case_problem_message,
    close_reason_label,
    goal_status_label,
    service_line_label,
)
from desktop.style import set_role
from desktop.widgets.date_field import DateField
from desktop.widgets.form_dialog import FormDialog
from desktop.widgets.staff_combo import caseworker_combo


def _text_box(parent: QWidget, placeholder: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    return box


def _date_problem(field: DateField, required: bool, today: dt.date | None = None) -> str:
    """A date field's own problem code ("" when none)."""
    if field.is_blank():
        return "required" if required else ""
    day = field.date()
    if day is None:
        return "date_format"
    if today is not None and day > today:
        return "in_future"
    return ""


class CaseDialog(FormDialog):
    """The dialogs' common part: the store's refusals worded for cases."""

    def __init__(self, store: Store, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(title, ok_text, parent)
        self._store = store
        self.setMinimumWidth(520)

    def problem_text(self, key: str, code: str) -> str:
        return case_problem_message(key, code)


class OpenCaseDialog(CaseDialog):
    """Open a case for a person: service line, owner (the signed-in user unless changed),
    opened on (today unless changed)."""

    def __init__(self, store: Store, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("Open a case"), self.tr("Open case"), parent)
        self.person_id = person_id
        self.record: CaseRecord | None = None
        self.line = QComboBox(self)
        lines = cases.service_lines(store)
        for line in lines:
            self.line.addItem(service_line_label(line.code, lines), line.code)
        self.owner = caseworker_combo(store, self, store.user.id)
        # A caseworker opens a case as its owner; a supervisor or an admin may assign it.
        self.owner.setEnabled(store.user.role in (Role.ADMIN, Role.SUPERVISOR))
        self.opened_on = DateField(self)
        self.opened_on.set_maximum(dt.date.today())
        self.opened_on.set_date(dt.date.today())
        self.add_field(self.tr("Service line *"), self.line, self.problem_check("service_line"))
        self.add_field(self.tr("Case owner *"), self.owner, self.problem_check("owner_id"))
        self.add_field(self.tr("Opened on *"), self.opened_on, self.problem_check("opened_on"))
        self.validate()

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if code := _date_problem(self.opened_on, True, dt.date.today()):
            problems["opened_on"] = code
        if self.owner.currentData() is None:
            problems["owner_id"] = "required"
        return problems

    def save(self) -> bool:
        self.record = cases.open_case(
            self._store,
            self.person_id,
            str(self.line.currentData()),
            owner_id=int(self.owner.currentData()),
            opened_on=self.opened_on.date(),
        )
        return True


class CloseCaseDialog(CaseDialog):
    """Close a case: why (a reason from the list), how it ended (the caseworker's words) and
    when."""

    def __init__(self, store: Store, case: CaseRecord, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("Close the case"), self.tr("Close case"), parent)
        self.case = case
        self.reason = QComboBox(self)
        for reason in CloseReason:
            self.reason.addItem(close_reason_label(reason), reason.value)
        self.outcome = _text_box(
            self, self.tr("How did the case end? e.g. sleeps well again, back at school")
        )
        self.closed_on = DateField(self)
        self.closed_on.set_maximum(dt.date.today())
        self.closed_on.set_date(dt.date.today())
        self.add_field(self.tr("Reason *"), self.reason)
        self.add_field(self.tr("Outcome"), self.outcome, self.problem_check("outcome"))
        self.add_field(self.tr("Closed on *"), self.closed_on, self.problem_check("closed_on"))
        self.watch(self.reason.currentIndexChanged)
        self.validate()

    def selected_reason(self) -> CloseReason:
        return CloseReason(self.reason.currentData())

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if code := _date_problem(self.closed_on, True, dt.date.today()):
            problems["closed_on"] = code
        elif (day := self.closed_on.date()) is not None and day < self.case.opened_on:
            problems["closed_on"] = "before_opened"
        if self.selected_reason() is CloseReason.OTHER and not self.outcome.toPlainText().strip():
            problems["outcome"] = "required"
        return problems

    def save(self) -> bool:
        cases.close_case(
            self._store,
            self.case.id,
            self.selected_reason(),
            self.outcome.toPlainText(),
            self.closed_on.date(),
        )
        return True


class TransferCaseDialog(CaseDialog):
    """Give a case to another caseworker."""

    def __init__(self, store: Store, case: CaseRecord, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("Transfer the case"), self.tr("Transfer"), parent)
        self.case = case
        note = QLabel(
            self.tr(
                "The new owner takes over the case and its plan; you can no longer change "
                "who owns it."
            )
            if store.user.role not in (Role.ADMIN, Role.SUPERVISOR)
            else self.tr("The new owner takes over the case and its plan."),
            self,
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        self.add_above(note)
        leave_out = {case.owner_id} if case.owner_id is not None else set()
        self.to_user = caseworker_combo(store, self, leave_out=leave_out)
        self.add_field(self.tr("New owner *"), self.to_user, self.problem_check("to_user_id"))
        self.validate()

    def problems(self) -> dict[str, str]:
        return {} if self.to_user.currentData() is not None else {"to_user_id": "required"}

    def save(self) -> bool:
        cases.transfer_cases(self._store, [self.case.id], int(self.to_user.currentData()))
        return True


class ShareCaseDialog(CaseDialog):
    """Tick the colleagues who work on the case with its owner."""

    def __init__(self, store: Store, case: CaseRecord, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("Share the case"), self.tr("Save sharing"), parent)
        self.case = case
        note = QLabel(
            self.tr("The colleagues you tick read and work on this case with its owner."), self
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        self.add_above(note)
        self.people = QListWidget(self)
        self.people.setMinimumHeight(180)
        try:
            workers = cases.case_workers(store)
        except SaphanError:
            workers = []
        for worker in workers:
            if worker.id == case.owner_id:
                continue
            item = QListWidgetItem(worker.full_name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, worker.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shared = worker.id in case.shared_with
            item.setCheckState(Qt.CheckState.Checked if shared else Qt.CheckState.Unchecked)
        self.add_field(self.tr("Shared with"), self.people, self.problem_check("user_id"))
        self.validate()

    def ticked(self) -> set[int]:
        return {
            int(item.data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if (item := self.people.item(i)).checkState() == Qt.CheckState.Checked
        }

    def save(self) -> bool:
        before = set(self.case.shared_with)
        now = self.ticked()
        for user_id in sorted(now - before):
            cases.share_case(self._store, self.case.id, user_id)
        for user_id in sorted(before - now):
            cases.unshare_case(self._store, self.case.id, user_id)
        return True


class GoalDialog(CaseDialog):
    """Add a goal to a case plan, or change one (its words and whether it was achieved)."""

    def __init__(
        self,
        store: Store,
        case_id: int,
        goal: GoalRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            store,
            self.tr("Add a goal") if goal is None else self.tr("Change the goal"),
            self.tr("Add goal") if goal is None else self.tr("Save goal"),
            parent,
        )
        self.case_id = case_id
        self.goal = goal
        self.text = _text_box(self, self.tr("e.g. Sleeps through the night again"), 70)
        self.status = QComboBox(self)
        for status in GoalStatus:
            self.status.addItem(goal_status_label(status), status.value)
        self.add_field(self.tr("Goal *"), self.text, self.problem_check("text"))
        if goal is not None:
            self.text.setPlainText(goal.text)
            self.status.setCurrentIndex(self.status.findData(goal.status.value))
            self.add_field(self.tr("Status"), self.status)
        self.validate()

    def problems(self) -> dict[str, str]:
        return {} if self.text.toPlainText().strip() else {"text": "required"}

    def save(self) -> bool:
        if self.goal is None:
            cases.add_goal(self._store, self.case_id, self.text.toPlainText())
        else:
            cases.edit_goal(
                self._store,
                self.goal.id,
                self.text.toPlainText(),
                GoalStatus(self.status.currentData()),
            )
        return True


class ActionDialog(CaseDialog):
    """Add an action to a case plan, or change one: what, by when, who, for which goal."""

    def __init__(
        self,
        store: Store,
        case_id: int,
        goals: list[GoalRecord],
        action: ActionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            store,
            self.tr("Add an action") if action is None else self.tr("Change the action"),
            self.tr("Add action") if action is None else self.tr("Save action"),
            parent,
        )
        self.case_id = case_id
        self.action = action
        self.text = _text_box(self, self.tr("e.g. Call the clinic about the appointment"), 70)
        self.due = DateField(self)
        self.responsible = caseworker_combo(
            store,
            self,
            action.responsible_id if action else store.user.id,
            none_text=self.tr("Nobody yet"),
        )
        self.goal = QComboBox(self)
        self.goal.addItem(self.tr("No goal"), None)
        for goal in goals:
            self.goal.addItem(goal.text.splitlines()[0][:80], goal.id)
        self.add_field(self.tr("Action *"), self.text, self.problem_check("text"))
        self.add_field(self.tr("Due by"), self.due, self.problem_check("due_date"))
        self.add_field(
            self.tr("Responsible"), self.responsible, self.problem_check("responsible_id")
        )
        self.add_field(self.tr("For the goal"), self.goal, self.problem_check("goal_id"))
        if action is not None:
            self.text.setPlainText(action.text)
            self.due.set_date(action.due_date)
            if (index := self.goal.findData(action.goal_id)) >= 0:
                self.goal.setCurrentIndex(index)
        self.validate()

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.text.toPlainText().strip():
            problems["text"] = "required"
        if code := _date_problem(self.due, False):
            problems["due_date"] = code
        return problems

    def action_input(self) -> ActionInput:
        responsible = self.responsible.currentData()
        goal = self.goal.currentData()
        return ActionInput(
            self.text.toPlainText(),
            self.due.date(),
            int(responsible) if responsible is not None else None,
            int(goal) if goal is not None else None,
        )

    def save(self) -> bool:
        if self.action is None:
            cases.add_action(self._store, self.case_id, self.action_input())
        else:
            cases.edit_action(self._store, self.action.id, self.action_input())
        return True
