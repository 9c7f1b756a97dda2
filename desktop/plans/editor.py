"""The session plan editor: the plan's header, its timed steps and its text parts.

The steps are an ordered table: start times follow the order, the total is computed as you
type and a warning shows when the steps take longer than planned. Ctrl+Up / Ctrl+Down (or
drag and drop, or the Move buttons) change the order."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import plans
from db.errors import SaphanError, ValidationFailed
from db.plans import (
    MAX_DURATION,
    MAX_STEPS,
    TITLE_MAX,
    PlanInfo,
    PlanInput,
    PlanLanguage,
    StepInput,
    StepKind,
    over_time,
    total_minutes,
    validate_plan,
)
from db.store import Store
from desktop.labels import plan_language_label, plan_problem_message, step_kind_label
from desktop.plans.plan_tabs import MaterialsTab, ObjectivesTab, SafetyTab
from desktop.plans.step_detail import StepDetail
from desktop.plans.steps_model import TITLE, StepsModel, setup_steps_table
from desktop.plans.word_actions import WordActions
from desktop.style import set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.field import Field
from desktop.widgets.fit import size_window
from desktop.widgets.form_dialog import FormScroll
from desktop.widgets.notice_bar import NoticeBar

WARNING_STYLE = (
    "background: #fdecea; color: #8a1c12; border: 1px solid #f2b8b0; border-radius: 4px;"
    "padding: 6px 10px; font-weight: 600;"
)


class PlanEditor(QDialog):
    """Edits a saved plan (``plan``) or a new one (``draft``, saved with ``create_plan``).
    Emits ``saved(PlanInfo)`` after each save and ``status_message`` for the status bar."""

    saved = Signal(object)
    status_message = Signal(str)

    def __init__(
        self,
        store: Store,
        plan: PlanInfo | None = None,
        *,
        draft: PlanInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if plan is None and draft is None:
            raise ValueError("a plan or a draft is needed")
        self._store = store
        self.plan = plan
        self._project_id = plan.project_id if plan is not None else draft.project_id  # type: ignore[union-attr]
        self._loading = False
        self._touched: set[str] = set()
        size_window(self, 1060, 700)  # smaller on a 1366×768 screen at 125 %
        self.word = WordActions(store, self)
        self.word.status_message.connect(self.status_message)

        self.heading = QLabel(self)
        set_role(self.heading, "pageTitle")
        self._make_header()
        self._make_steps_tab()
        self.objectives_tab = ObjectivesTab(self)
        self.materials_tab = MaterialsTab(self)
        self.safety_tab = SafetyTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.steps_tab, self.tr("Steps and timing"))
        self.tabs.addTab(self.objectives_tab, self.tr("Objectives and key messages"))
        self.tabs.addTab(self.materials_tab, self.tr("Materials and preparation"))
        self.tabs.addTab(self.safety_tab, self.tr("Safety and notes"))

        self.total_label = QLabel(self)
        self.over_warning = QLabel(self)
        self.over_warning.setStyleSheet(WARNING_STYLE)
        self.over_warning.setWordWrap(True)
        self.over_warning.hide()
        self.notice = NoticeBar(self)
        self._make_buttons()

        # The plan scrolls on a small screen (1366×768 at 125 %); the Save row stays put.
        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addLayout(self.header)
        body.addWidget(self.tabs, 1)
        body.addWidget(self.total_label)
        body.addWidget(self.over_warning)
        self.body_scroll = FormScroll(content, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.body_scroll, 1)
        layout.addWidget(self.notice)
        layout.addLayout(self.buttons)

        self._load(plan.to_input() if plan is not None else copy.deepcopy(draft))  # type: ignore[arg-type]
        self._connect()
        self.title.setFocus()

    # --- building -------------------------------------------------------------------------

    def _make_header(self) -> None:
        self.session_number = QSpinBox(self)
        self.session_number.setRange(1, 999)
        self.session_number.setMaximumWidth(80)
        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_MAX + 50)
        self.title.setPlaceholderText(self.tr("e.g. Stress and coping"))
        self.language = QComboBox(self)
        for language in PlanLanguage:
            self.language.addItem(plan_language_label(language.value), language.value)
        self.planned_date = DateField(self)
        self.duration = QSpinBox(self)
        self.duration.setRange(5, MAX_DURATION)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setMaximumWidth(110)
        self.fields = {
            "title": Field(self.title, self),
            "planned_date": Field(self.planned_date, self),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        labels = (
            (self.tr("Session no."), self.session_number),
            (self.tr("Title *"), self.fields["title"]),
            (self.tr("Language"), self.language),
            (self.tr("Planned date"), self.fields["planned_date"]),
            (self.tr("Planned duration"), self.duration),
        )
        for column, (text, widget) in enumerate(labels):
            label = QLabel(text, self)
            set_role(label, "muted")
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        self.header = grid

    def _make_steps_tab(self) -> None:
        self.steps = StepsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.steps)
        table = self.table
        setup_steps_table(table)
        table.installEventFilter(self)
        table.setToolTip(self.tr("Drag a step, or press Ctrl+Up / Ctrl+Down, to change the order"))

        self.add_step_button = QPushButton(self.tr("Add step"), self)
        self.add_step_button.setToolTip(self.tr("Add a step after the selected one (Ctrl+T)"))
        self.remove_step_button = QPushButton(self.tr("Remove step"), self)
        self.remove_step_button.setToolTip(self.tr("Remove the selected step (Delete)"))
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setToolTip(self.tr("Move the selected step earlier (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setToolTip(self.tr("Move the selected step later (Ctrl+Down)"))
        row = QHBoxLayout()
        for button in (
            self.add_step_button,
            self.remove_step_button,
            self.up_button,
            self.down_button,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(table, 1)
        left_layout.addLayout(row)

        self.step_detail = StepDetail(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.step_detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.steps_tab = QWidget(self)
        tab_layout = QVBoxLayout(self.steps_tab)
        tab_layout.addWidget(splitter)

    def _make_buttons(self) -> None:
        self.footer = QLabel(self)
        self.footer.setWordWrap(True)
        set_role(self.footer, "fieldError")
        self.template_button = QPushButton(self.tr("Save as template…"), self)
        self.template_button.setToolTip(
            self.tr("Keep a copy of this plan in the template library, to reuse it")
        )
        self.export_button = QPushButton(self.tr("Export to Word…"), self)
        self.open_button = QPushButton(self.tr("Open in Word"), self)
        self.print_button = QPushButton(self.tr("Print"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        set_role(self.save_button, "primary")
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.footer, 1)
        for button in (
            self.template_button,
            self.export_button,
            self.open_button,
            self.print_button,
            self.close_button,
            self.save_button,
        ):
            button.setAutoDefault(False)
            self.buttons.addWidget(button)

    def _connect(self) -> None:
        self.title.textChanged.connect(lambda: self._edited("title"))
        self.session_number.valueChanged.connect(lambda: self._edited("session_number"))
        self.duration.valueChanged.connect(lambda: self._edited("duration_minutes"))
        self.language.currentIndexChanged.connect(lambda: self._edited("language"))
        self.planned_date.changed.connect(lambda: self._edited("planned_date"))
        for tab in (self.objectives_tab, self.materials_tab, self.safety_tab):
            tab.changed.connect(lambda: self._edited("text"))
        self.steps.steps_changed.connect(self._steps_changed)
        self.steps.moved_by_drop.connect(self.select_step)
        self.table.selectionModel().currentRowChanged.connect(self._current_step_changed)
        self.step_detail.edited.connect(self._step_edited)
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.template_button.clicked.connect(self.save_as_template)
        self.export_button.clicked.connect(self.export_to_word)
        self.open_button.clicked.connect(self.open_in_word)
        self.print_button.clicked.connect(self.print_plan)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+T"), self, self.add_step)

    # --- loading and reading back ---------------------------------------------------------

    def _load(self, plan: PlanInput) -> None:
        self._loading = True
        try:
            self.session_number.setValue(plan.session_number)
            self.title.setText(plan.title)
            self.language.setCurrentIndex(
                max(0, self.language.findData(PlanLanguage(plan.language).value))
            )
            self.planned_date.set_date(plan.planned_date)
            self.duration.setValue(plan.duration_minutes)
            self.objectives_tab.objectives.set_items(plan.objectives)
            self.objectives_tab.key_messages.set_items(plan.key_messages)
            self.materials_tab.materials.set_items(plan.materials)
            self.materials_tab.preparation.set_items(plan.preparation)
            self.safety_tab.safety_notes.setPlainText(plan.safety_notes)
            self.safety_tab.facilitator_notes.setPlainText(plan.facilitator_notes)
            self.steps.set_steps(plan.steps)
        finally:
            self._loading = False
        self._saved_input = self.plan_input()
        self.select_step(0)
        self._update_heading()
        self._steps_changed()

    def plan_input(self) -> PlanInput:
        """The plan as it is on screen now."""
        return PlanInput(
            title=self.title.text(),
            language=PlanLanguage(self.language.currentData()),
            session_number=self.session_number.value(),
            planned_date=self.planned_date.date(),
            duration_minutes=self.duration.value(),
            objectives=self.objectives_tab.objectives.items(),
            key_messages=self.objectives_tab.key_messages.items(),
            materials=self.materials_tab.materials.items(),
            preparation=self.materials_tab.preparation.items(),
            safety_notes=self.safety_tab.safety_notes.toPlainText(),
            facilitator_notes=self.safety_tab.facilitator_notes.toPlainText(),
            project_id=self._project_id,
            steps=self.steps.steps(),
        )

    def is_dirty(self) -> bool:
        return self.plan is None or self.plan_input() != self._saved_input

    def _update_heading(self) -> None:
        if self.plan is not None and self.plan.is_template:
            text = self.tr("Template: {title}")
        elif self.plan is None:
            text = self.tr("New session plan: {title}")
        else:
            text = self.tr("Session plan: {title}")
        title = self.title.text().strip() or self.tr("(no title yet)")
        self.heading.setText(text.format(title=title))
        self.setWindowTitle(text.format(title=title) + (" *" if self.is_dirty() else ""))

    # --- steps ----------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def select_step(self, row: int) -> None:
        if not 0 <= row < self.steps.rowCount():
            self.step_detail.show_step(None, 0)
            self._update_step_buttons()
            return
        self.table.selectionModel().setCurrentIndex(
            self.steps.index(row, TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.steps.index(row, 0))
        # After a move the current index moves with its row, and no "current changed" signal
        # comes: show the step (and its number) again.
        self._current_step_changed()

    def _current_step_changed(self) -> None:
        row = self.current_row()
        self.step_detail.show_step(self.steps.step(row), row + 1)
        self._update_step_buttons()
        self._revalidate()

    def _step_edited(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.steps.set_step(row, self.step_detail.step())

    def _update_step_buttons(self) -> None:
        row, count = self.current_row(), self.steps.rowCount()
        self.remove_step_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.add_step_button.setEnabled(count < MAX_STEPS)

    def add_step(self) -> None:
        if self.steps.rowCount() >= MAX_STEPS:
            return
        row = self.current_row()
        at = row + 1 if row >= 0 else self.steps.rowCount()
        self.steps.insert_step(at, StepInput(kind=StepKind.ACTIVITY, title="", minutes=10))
        self.tabs.setCurrentWidget(self.steps_tab)
        self.select_step(at)
        self.step_detail.title.setFocus()

    def remove_step(self) -> None:
        row = self.current_row()
        removed = self.steps.remove_step(row)
        if removed is None:
            return
        self.select_step(min(row, self.steps.rowCount() - 1))
        title = removed.title.strip() or self.tr("(no title)")

        def undo() -> None:
            self.steps.insert_step(row, removed)
            self.select_step(row)

        self.notice.show_notice(
            self.tr("Step “{title}” removed.").format(title=title), self.tr("Undo"), undo
        )
        self.table.setFocus()

    def move_step(self, step: int) -> None:
        row = self.current_row()
        if self.steps.move(row, row + step):
            self.select_step(row + step)
            self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_step(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_step()
                return True
        return super().eventFilter(watched, event)

    def _steps_changed(self) -> None:
        plan = self.plan_input()
        total, planned, over = total_minutes(plan), plan.duration_minutes, over_time(plan)
        self.total_label.setText(
            self.tr("Total time: {total} minutes of the {planned} planned.").format(
                total=total, planned=planned
            )
            if not over
            else self.tr("Total time: {total} minutes.").format(total=total)
        )
        if over:
            self.over_warning.setText(
                self.tr(
                    "The steps take {total} minutes, {over} more than the {planned} planned. "
                    "Shorten a step or plan a longer session."
                ).format(total=total, over=over, planned=planned)
            )
        self.over_warning.setVisible(bool(over))
        self._update_step_buttons()
        if not self._loading:
            self._touched.add("steps")
            self._revalidate()

    # --- validation as you type -----------------------------------------------------------

    def problems(self) -> dict[str, str]:
        problems = validate_plan(self.plan_input())
        if not self.planned_date.is_valid():
            problems["planned_date"] = "date_format"
        return problems

    def _edited(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        if key == "duration_minutes":
            self._steps_changed()
        self._revalidate()

    def _revalidate(self) -> None:
        problems = self.problems()
        show_all = "*" in self._touched
        for key, field in self.fields.items():
            code = problems.get(key)
            visible = code is not None and (show_all or key in self._touched)
            field.message.show_message(plan_problem_message(key, code) if visible and code else "")
        bad_rows = {int(k.split(".")[1]) for k in problems if k.startswith("steps.")}
        self.steps.set_problem_rows(bad_rows)
        row = self.current_row()
        step_problem = next((k for k in problems if k.startswith(f"steps.{row}.")), None)
        self.step_detail.show_problem(
            plan_problem_message(step_problem, problems[step_problem]) if step_problem else ""
        )
        self.save_button.setEnabled(not problems)
        if problems:
            key = next(iter(problems))
            self.footer.setText(plan_problem_message(key, problems[key]))
        else:
            self.footer.setText("")
        self._update_heading()

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        plan = self.plan_input()
        if self.problems():
            self._touched.add("*")
            self._revalidate()
            return False
        try:
            if self.plan is None:
                info = plans.create_plan(self._store, plan)
            else:
                info = plans.update_plan(self._store, self.plan.id, plan)
        except ValidationFailed as exc:
            lines = [plan_problem_message(k, c) for k, c in exc.problems.items()]
            dialogs.show_error(self, self.tr("Not saved"), "\n".join(lines))
            return False
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return False
        self.plan = info
        self._saved_input = self.plan_input()
        self._update_heading()
        self.saved.emit(info)
        self.status_message.emit(self.tr("Plan “{title}” saved.").format(title=info.title))
        return True

    def _saved_plan(self) -> PlanInfo | None:
        """The plan as stored, saving the changes on screen first (a printed plan must be the
        saved one)."""
        if self.is_dirty() and not self.save():
            if self.problems():
                dialogs.show_error(
                    self,
                    self.tr("Not saved yet"),
                    self.tr("Correct the plan first: {problem}").format(problem=self.footer.text()),
                )
            return None
        return self.plan

    def save_as_template(self) -> None:
        plan = self._saved_plan()
        if plan is None:
            return
        title, ok = QInputDialog.getText(
            self,
            self.tr("Save as template"),
            self.tr("Title of the template in the library:"),
            QLineEdit.EchoMode.Normal,
            plan.title,
        )
        if not ok:
            return
        if not title.strip():
            dialogs.show_error(
                self, self.tr("Not saved"), plan_problem_message("title", "required")
            )
            return
        try:
            template = plans.save_plan_as_template(self._store, plan.id, title.strip())
        except ValidationFailed as exc:
            lines = [plan_problem_message(k, c) for k, c in exc.problems.items()]
            dialogs.show_error(self, self.tr("Not saved"), "\n".join(lines))
            return
        except SaphanError as exc:
            dialogs.show_error(self, self.tr("Not saved"), exc)
            return
        self.notice.show_notice(
            self.tr("Saved in the template library as “{title}”.").format(title=template.title)
        )

    def export_to_word(self) -> None:
        plan = self._saved_plan()
        if plan is not None:
            self.word.save_plan_as(plan)

    def open_in_word(self) -> None:
        plan = self._saved_plan()
        if plan is not None:
            self.word.open_plan(plan)

    def print_plan(self) -> None:
        plan = self._saved_plan()
        if plan is not None:
            self.word.print_plan(plan)

    # --- closing --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field must not close the editor (there is no default button).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.is_dirty() and not self._is_untouched_new_plan():
            discard = dialogs.ask(
                self,
                self.tr("Discard changes?"),
                self.tr("This plan has changes that are not saved. Discard them?"),
                self.tr("Discard changes"),
                self.tr("Keep editing"),
            )
            if not discard:
                return
        super().reject()

    def _is_untouched_new_plan(self) -> bool:
        return self.plan is None and self.plan_input() == self._saved_input


def blank_plan(project_id: int | None, session_number: int, language: PlanLanguage) -> PlanInput:
    """A new plan with the usual opening and closing steps, ready to fill in."""
    return PlanInput(
        title="",
        language=language,
        session_number=session_number,
        planned_date=dt.date.today(),
        duration_minutes=120,
        project_id=project_id,
        steps=[
            StepInput(kind, step_kind_label(kind.value), minutes)
            for kind, minutes in (
                (StepKind.WELCOME, 15),
                (StepKind.ACTIVITY, 60),
                (StepKind.REFLECTION, 15),
                (StepKind.CLOSING, 10),
            )
        ],
    )
