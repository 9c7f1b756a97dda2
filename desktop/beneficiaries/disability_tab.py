"""The Washington Group short set: six questions, asked as written, four answers each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.types import WG_A_LOT, WG_CANNOT, WG_DOMAINS, WG_NO_DIFFICULTY, WG_SOME
from desktop.labels import wg_answer_label, wg_question
from desktop.style import set_role
from desktop.widgets.field import FieldMessage

NOT_ASKED = 0  # button id of "Not asked" (the store keeps no answer)
ANSWERS = (WG_NO_DIFFICULTY, WG_SOME, WG_A_LOT, WG_CANNOT, NOT_ASKED)


class DisabilityTab(QWidget):
    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        intro = QLabel(
            self.tr(
                "Read each question as written. The questions ask about difficulties the person "
                "may have doing certain activities because of a health problem."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")
        outer.addWidget(intro)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        for col, answer in enumerate(ANSWERS, start=1):
            header = QLabel(wg_answer_label(answer or None), self)
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, col)
            grid.setColumnMinimumWidth(col, 92)
        self.groups: dict[str, QButtonGroup] = {}
        for row, domain in enumerate(WG_DOMAINS, start=1):
            question = QLabel(wg_question(domain), self)
            question.setWordWrap(True)
            grid.addWidget(question, row, 0)
            group = QButtonGroup(self)
            for col, answer in enumerate(ANSWERS, start=1):
                button = QRadioButton(self)
                button.setAccessibleName(f"{wg_question(domain)} {wg_answer_label(answer or None)}")
                button.setToolTip(wg_answer_label(answer or None))
                group.addButton(button, answer)
                grid.addWidget(button, row, col, Qt.AlignmentFlag.AlignCenter)
            group.button(NOT_ASKED).setChecked(True)
            group.idClicked.connect(lambda _id: self._changed())
            self.groups[domain] = group
        grid.setColumnStretch(0, 1)
        outer.addLayout(grid)
        outer.addSpacing(10)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.message = FieldMessage(self)
        outer.addWidget(self.message)
        outer.addStretch(1)
        self._update_summary()

    def _changed(self) -> None:
        self._update_summary()
        self.edited.emit("washington_group")

    def _update_summary(self) -> None:
        answers = self.answers()
        if not answers:
            text = self.tr("Not asked yet.")
        elif any(a >= WG_A_LOT for a in answers.values()):
            text = self.tr(
                "Counted as a person with a disability (a lot of difficulty or cannot do at all "
                "in at least one domain)."
            )
        else:
            text = self.tr("Not counted as a person with a disability.")
        self.summary.setText(text)

    def answers(self) -> dict[str, int]:
        return {
            domain: group.checkedId()
            for domain, group in self.groups.items()
            if group.checkedId() not in (NOT_ASKED, -1)
        }

    def set_answers(self, answers: dict[str, int]) -> None:
        for domain, group in self.groups.items():
            button = group.button(answers.get(domain, NOT_ASKED))
            if button is not None:
                button.setChecked(True)
        self._update_summary()

    def set_read_only(self, read_only: bool) -> None:
        for group in self.groups.values():
            for button in group.buttons():
                button.setEnabled(not read_only)
