"""Record a wellbeing assessment (WHO-5 or another instrument defined as data).

The questions are shown in the UI language (English when no translation exists), or in the
language chosen for reading them aloud. Keyboard: a digit 0–5 answers the current question and
moves to the next one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db import assessments
from db.assessments import PHASES, AssessmentResult, InstrumentInfo
from db.errors import SaphanError
from db.store import Store
from db.types import Person
from desktop.fonts import script_font
from desktop.labels import activity_problem_message, assessment_phase_label, language_label
from desktop.style import ERROR, set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField
from desktop.widgets.field import Field
from desktop.widgets.form_dialog import FormDialog

QUESTION_LANGUAGES = ("en", "my", "th")


def ui_language() -> str:
    code = QLocale().name().split("_")[0]
    return code if code in QUESTION_LANGUAGES else "en"


class QuestionRow(QFrame):
    """One question with its answers as radio buttons; digits answer it."""

    answered = Signal(int)  # the row's index
    digit_typed = Signal(int)  # the row's index, after a digit answered it

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName("questionRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#questionRow { border: 1px solid #dbe3e8; border-radius: 6px; background: white; }"
            "#questionRow:focus { border: 2px solid #1f6f8b; }"
        )
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: 600; border: none;")
        self.group = QButtonGroup(self)
        self.group.idToggled.connect(self._toggled)
        # Three answers a line: six in one line do not fit a laptop screen in Burmese.
        self.answers = QGridLayout()
        self.answers.setHorizontalSpacing(14)
        self.answers.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.question)
        layout.addLayout(self.answers)

    def set_texts(self, question: str, answers: list[tuple[int, str]], font) -> None:  # type: ignore[no-untyped-def]
        self.question.setText(f"{self.index + 1}. {question}")
        self.question.setFont(font)
        existing = {self.group.id(b): b for b in self.group.buttons()}
        if not existing:
            for position, (value, _text) in enumerate(answers):
                button = QRadioButton(self)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the digits
                self.group.addButton(button, value)
                self.answers.addWidget(button, position // 3, position % 3)
            self.answers.setColumnStretch(3, 1)
            existing = {self.group.id(b): b for b in self.group.buttons()}
        for value, text in answers:
            existing[value].setText(f"{value} · {text}")
            existing[value].setFont(font)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int) -> None:
        button = self.group.button(value)
        if button is not None:
            button.setChecked(True)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.answered.emit(self.index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and self.group.button(int(text)) is not None:
            self.set_value(int(text))
            self.digit_typed.emit(self.index)
            event.accept()
            return
        super().keyPressEvent(event)


class AssessmentDialog(FormDialog):
    """Emits ``saved(result)`` after the assessment is recorded."""

    saved = Signal(object)

    def __init__(self, store: Store, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Assess wellbeing — {code}").format(code=person.code),
            self.tr("Save assessment"),
            parent,
        )
        self._store = store
        self._person = person
        # Not ``result``: that is QDialog's own method (the accept/reject code).
        self.saved_result: AssessmentResult | None = None
        self.instrument: InstrumentInfo | None = None
        self.questions: list[QuestionRow] = []
        self.setMinimumSize(840, 680)

        title = QLabel(self.tr("Assess wellbeing"), self)
        set_role(title, "pageTitle")
        names = " · ".join(n for n in (person.name_latin, person.name_script) if n)
        who = QLabel(f"{person.code}   {names}", self)
        who.setFont(script_font(who.font()))
        self.add_above(title)
        self.add_above(who)
        self._build_choices()
        self._build_questions()
        self._build_scores()

        self.instrument_choice.currentIndexChanged.connect(self._instrument_changed)
        self.language.currentIndexChanged.connect(self._show_texts)
        self._instrument_changed()

    def _build_choices(self) -> None:
        """Instrument, phase, date and the language of the questions, as the form."""
        try:
            self.instruments = assessments.list_instruments(self._store)
        except SaphanError:
            self.instruments = []
        self.instrument_choice = QComboBox(self)
        for info in self.instruments:
            self.instrument_choice.addItem(info.name, info.code)
        self.phase = QComboBox(self)
        for phase in PHASES:
            self.phase.addItem(assessment_phase_label(phase), phase)
        self.date = DateField(self)
        self.date.set_maximum(dt.date.today())
        self.date.set_date(dt.date.today())
        self.language = QComboBox(self)
        for code in QUESTION_LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(self.language.findData(ui_language()))
        self.language.setToolTip(self.tr("The language to read the questions in"))
        self.form.addRow(self.tr("Instrument"), self.instrument_choice)
        row = QHBoxLayout()
        row.addWidget(self.phase)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Date"), self))
        row.addWidget(self.date)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Questions in"), self))
        row.addWidget(self.language)
        row.addStretch(1)
        # The date's message goes under the whole row: there is no room for it under the date.
        phase_row = Field(row, self)
        self.date_message = phase_row.message
        self.check_field(phase_row, self.problem_check("date"), self.date)
        self.form.addRow(self.tr("Phase"), phase_row)

    def _build_questions(self) -> None:
        """The introduction, the keyboard hint and the scrolling list of questions."""
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("font-size: 12pt;")
        self.keyboard_hint = QLabel(
            self.tr("Keyboard: type 0–5 to answer a question; the next one is selected."), self
        )
        set_role(self.keyboard_hint, "muted")
        self.question_box = QWidget(self)
        self.question_layout = QVBoxLayout(self.question_box)
        self.question_layout.setContentsMargins(0, 0, 6, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.question_box)
        self.add_section(self.intro)
        self.add_section(self.keyboard_hint)
        self.add_section(scroll, stretch=1)

    def _build_scores(self) -> None:
        """The raw and 0-100 scores, and the flag shown for a low score."""
        self.raw_label = QLabel(self)
        self.raw_label.setStyleSheet("font-size: 12pt;")
        self.score_label = QLabel(self)
        self.score_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.flag_label = QLabel(self)
        self.flag_label.setWordWrap(True)
        self.flag_label.setStyleSheet(
            f"color: {ERROR}; font-weight: 600; background: #fdecea; border: 1px solid #f3b8b2;"
            " border-radius: 4px; padding: 6px;"
        )
        self.flag_label.hide()
        scores = QHBoxLayout()
        scores.addWidget(self.raw_label)
        scores.addSpacing(24)
        scores.addWidget(self.score_label)
        scores.addStretch(1)
        self.add_section(scores)
        self.add_section(self.flag_label)

    # --- the questions --------------------------------------------------------------------

    def _instrument_changed(self) -> None:
        code = self.instrument_choice.currentData()
        self.instrument = next((i for i in self.instruments if i.code == code), None)
        for row in self.questions:
            row.deleteLater()
        self.questions = []
        while self.question_layout.count():
            self.question_layout.takeAt(0)
        if self.instrument is not None:
            for index in range(len(self.instrument.items)):
                row = QuestionRow(index, self.question_box)
                row.answered.connect(self._update)
                row.digit_typed.connect(self._next_question)
                self.questions.append(row)
                self.question_layout.addWidget(row)
        self.question_layout.addStretch(1)
        self._show_texts()
        if self.questions:
            self.questions[0].setFocus()

    def _show_texts(self) -> None:
        info = self.instrument
        if info is None:
            self.intro.setText(self.tr("No assessment instrument is available."))
            self._update()
            return
        language = self.language.currentData() or "en"
        font = script_font(self.font()) if language in ("my", "th") else self.font()
        self.intro.setText(info.text(info.intro, language))
        self.intro.setFont(font)
        answers = [(int(a["value"]), info.text(a, language)) for a in info.answers]
        for row, item in zip(self.questions, info.items, strict=True):
            row.set_texts(info.text(item, language), answers, font)
        self._update()

    def _next_question(self, index: int) -> None:
        if index + 1 < len(self.questions):
            self.questions[index + 1].setFocus()
        elif self.ok_button.isEnabled():
            self.ok_button.setFocus()

    def answers(self) -> list[int | None]:
        return [row.value() for row in self.questions]

    def _complete(self) -> bool:
        answers = self.answers()
        return self.instrument is not None and bool(answers) and None not in answers

    # --- the score ------------------------------------------------------------------------

    def _update(self) -> None:
        """The score so far, the flag for a low one, and whether it can be saved."""
        info = self.instrument
        answers = self.answers()
        given = [a for a in answers if a is not None]
        raw = sum(given)
        top = (info.item_max * len(answers)) if info else 0
        if self._complete() and info is not None:
            self.raw_label.setText(self.tr("Raw score: {raw} of {top}").format(raw=raw, top=top))
            self.score_label.setText(
                self.tr("Score: {score} of {most} (raw × {times})").format(
                    score=raw * info.multiplier, most=top * info.multiplier, times=info.multiplier
                )
            )
        else:
            self.raw_label.setText(
                self.tr("Raw score so far: {raw} ({given} of {count} answered)").format(
                    raw=raw, given=len(given), count=len(answers)
                )
            )
            self.score_label.setText("")
        flagged = (
            self._complete()
            and info is not None
            and info.flag_below is not None
            and raw < info.flag_below
        )
        if flagged and info is not None:
            self.flag_label.setText(
                self.tr(
                    "Below {threshold}: poor wellbeing — consider follow-up or referral"
                ).format(threshold=info.flag_below)
            )
        self.flag_label.setVisible(flagged)
        self.validate()

    # --- validation and saving ------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.date.is_blank():
            problems["date"] = "required"
        elif (day := self.date.date()) is None:
            problems["date"] = "date_format"
        elif day > dt.date.today():
            problems["date"] = "in_future"
        if not self._complete():
            problems["answers"] = "incomplete"  # said by the score line: "3 of 5 answered"
        return problems

    def problem_text(self, key: str, code: str) -> str:
        return activity_problem_message(key, code)

    def save(self) -> bool:
        info = self.instrument
        day = self.date.date()
        if info is None or day is None:  # not valid: OK is disabled
            return False
        self.saved_result = assessments.record_assessment(
            self._store,
            self._person.id,
            info.code,
            [int(a) for a in self.answers() if a is not None],
            phase=self.phase.currentData(),
            date=day,
        )
        self.saved.emit(self.saved_result)
        return True

    def reject(self) -> None:
        if any(a is not None for a in self.answers()):
            discard = dialogs.ask(
                self,
                self.tr("Discard the answers?"),
                self.tr("The assessment has not been saved. Discard the answers?"),
                self.tr("Discard"),
                self.tr("Keep answering"),
            )
            if not discard:
                return
        super().reject()
