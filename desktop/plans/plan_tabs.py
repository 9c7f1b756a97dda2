"""The text parts of a session plan, one tab each: objectives and key messages, materials and
preparation, safety and facilitator notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.plans.list_editor import ListEditor
from desktop.style import set_role


def _bold(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: 600;")
    return label


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_role(label, "muted")
    return label


class ObjectivesTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.objectives = ListEditor(self.tr("Type an objective, then Enter to add it"), self)
        self.key_messages = ListEditor(self.tr("Type a key message, then Enter to add it"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(_bold(self.tr("Objectives"), self))
        layout.addWidget(_hint(self.tr("By the end of the session participants will…"), self))
        layout.addWidget(self.objectives, 1)
        layout.addWidget(_bold(self.tr("Key messages"), self))
        layout.addWidget(
            _hint(self.tr("What every participant should remember and share at home."), self)
        )
        layout.addWidget(self.key_messages, 1)
        self.objectives.changed.connect(self.changed)
        self.key_messages.changed.connect(self.changed)


class MaterialsTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.materials = ListEditor(
            self.tr("e.g. Flip chart and markers — then Enter to add"), self
        )
        self.preparation = ListEditor(
            self.tr("e.g. Print the service map — then Enter to add"), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(_bold(self.tr("Materials"), self))
        layout.addWidget(self.materials, 1)
        layout.addWidget(_bold(self.tr("Preparation before the session"), self))
        layout.addWidget(self.preparation, 1)
        self.materials.changed.connect(self.changed)
        self.preparation.changed.connect(self.changed)


class SafetyTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.safety_notes = QPlainTextEdit(self)
        self.safety_notes.setTabChangesFocus(True)
        self.safety_notes.setPlaceholderText(
            self.tr(
                "What stays in the room, who may take photos, how to keep names private, "
                "and who to call."
            )
        )
        self.referral_button = QPushButton(self.tr("Add a line for referral contacts"), self)
        self.referral_button.setAutoDefault(False)
        self.referral_button.clicked.connect(self.add_referral_line)
        self.facilitator_notes = QPlainTextEdit(self)
        self.facilitator_notes.setTabChangesFocus(True)
        self.facilitator_notes.setPlaceholderText(
            self.tr("Tips for running the session, things to watch for, what to adapt.")
        )
        disclosure = _hint(
            self.tr(
                "If someone tells of violence or danger: listen calmly and believe her; do not "
                "ask for details in front of the group; talk with her privately after the "
                "session; refer her only with her consent, except when a child or a life is "
                "in danger. Write the referral contacts below so they are on the printed plan."
            ),
            self,
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.referral_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_bold(self.tr("Safety and confidentiality"), self))
        layout.addWidget(disclosure)
        layout.addWidget(self.safety_notes, 3)
        layout.addLayout(buttons)
        layout.addWidget(_bold(self.tr("Facilitator notes"), self))
        layout.addWidget(self.facilitator_notes, 2)
        self.safety_notes.textChanged.connect(self.changed)
        self.facilitator_notes.textChanged.connect(self.changed)

    def add_referral_line(self) -> None:
        text = self.safety_notes.toPlainText().rstrip()
        line = self.tr("Referral contacts (name, organisation, phone): ")
        self.safety_notes.setPlainText(f"{text}\n{line}" if text else line)
        cursor = self.safety_notes.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.safety_notes.setTextCursor(cursor)
        self.safety_notes.setFocus()
