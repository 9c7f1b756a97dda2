"""The selected step of a plan, in full: kind, title, minutes, instructions, questions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.plans import MAX_DURATION, TITLE_MAX, StepInput, StepKind
from desktop.labels import step_kind_label
from desktop.plans.list_editor import ListEditor
from desktop.style import set_role
from desktop.widgets.field import Field


class StepDetail(QWidget):
    """Emits ``edited`` whenever the user changes something of the step shown."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.kind = QComboBox(self)
        for kind in StepKind:
            self.kind.addItem(step_kind_label(kind.value), kind.value)
        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_MAX + 50)  # over the limit shows a message, not a wall
        self.title.setPlaceholderText(self.tr("e.g. Calming skills: slow breathing"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, MAX_DURATION)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setMaximumWidth(110)
        self.instructions = ListEditor(
            self.tr("Type an instruction, then Enter to add it"), self, numbered=True
        )
        self.questions = ListEditor(self.tr("Type a question, then Enter to add it"), self)
        self.title_field = Field(self.title, self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title *"), self.title_field)
        form.addRow(self.tr("Minutes *"), self.minutes)
        instructions_label = QLabel(self.tr("What to do (numbered when printed)"), self)
        set_role(instructions_label, "muted")
        questions_label = QLabel(self.tr("Questions for discussion"), self)
        set_role(questions_label, "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(instructions_label)
        layout.addWidget(self.instructions, 3)
        layout.addWidget(questions_label)
        layout.addWidget(self.questions, 2)

        self.kind.currentIndexChanged.connect(self._changed)
        self.title.textChanged.connect(self._changed)
        self.minutes.valueChanged.connect(self._changed)
        self.instructions.changed.connect(self._changed)
        self.questions.changed.connect(self._changed)
        self.show_step(None, 0)

    def show_step(self, step: StepInput | None, number: int) -> None:
        """Show step ``number`` (1-based), or nothing when no step is selected."""
        self._loading = True
        try:
            for widget in (self.kind, self.title, self.minutes, self.instructions, self.questions):
                widget.setEnabled(step is not None)
            if step is None:
                self.heading.setText(self.tr("Select a step to edit it, or add one."))
                self.title.clear()
                self.minutes.setValue(10)
                self.instructions.set_items([])
                self.questions.set_items([])
                self.title_field.message.clear_message()
                return
            self.heading.setText(self.tr("Step {number}").format(number=number))
            self.kind.setCurrentIndex(max(0, self.kind.findData(StepKind(step.kind).value)))
            self.title.setText(step.title)
            self.minutes.setValue(step.minutes)
            self.instructions.set_items(step.instructions)
            self.questions.set_items(step.questions)
        finally:
            self._loading = False

    def step(self) -> StepInput:
        return StepInput(
            kind=StepKind(self.kind.currentData()),
            title=self.title.text(),
            minutes=self.minutes.value(),
            instructions=self.instructions.items(),
            questions=self.questions.items(),
        )

    def show_problem(self, text: str) -> None:
        self.title_field.message.show_message(text)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()
