"""Record an assessment with any instrument defined as data (WHO-5, PHQ-9, ...): a form made
from the definition (db.instruments).

The questions are shown in the person's preferred language (English where the instrument has
no wording in it; wording that is not a validated translation is marked), or in the language
chosen in the form for reading them aloud. Items whose ``relevant`` rule is false are hidden.
Keyboard: Tab and the up/down arrows move between questions, left/right change the answer, a
number answers the current question and moves to the next one. The score, band and alerts
show as answers are given; a "mid" or "post" shows the person's "pre" with the change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
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
from db.instruments import scoring
from db.instruments.definition import Definition
from db.store import Store
from db.types import Person
from desktop.assessments.names import QUESTION_LANGUAGES, instrument_name, question_language
from desktop.fonts import script_font
from desktop.labels import activity_problem_message, assessment_phase_label, language_label
from desktop.style import ERROR, set_role
from desktop.widgets import dialogs
from desktop.widgets.date_field import DateField, format_date
from desktop.widgets.field import Field
from desktop.widgets.fit import size_window
from desktop.widgets.form_dialog import FormDialog


def _highest(defn: Definition, score: str) -> float | None:
    """A score's value with every item at its highest scored answer (a sum's top)."""
    top = {}
    for item in defn.items:
        values = [scoring.reverse(defn, item, c.value) for c in defn.choices(item)]
        best = max(values)
        top[item.name] = next(
            c.value for c in defn.choices(item) if scoring.reverse(defn, item, c.value) == best
        )
    return scoring.score(defn, top).values.get(score)


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
        # Up to four answers on one line; more go three a line (six in one line do not fit a
        # laptop screen in Burmese).
        self.answers = QGridLayout()
        self.answers.setHorizontalSpacing(14)
        self.answers.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.question)
        layout.addLayout(self.answers)

    moved = Signal(int, int)  # the row's index, -1 (up) or +1 (down)

    def set_texts(self, question: str, answers: list[tuple[int, str]], font) -> None:  # type: ignore[no-untyped-def]
        self.question.setText(f"{self.index + 1}. {question}")
        self.question.setFont(font)
        existing = {self.group.id(b): b for b in self.group.buttons()}
        if not existing:
            for position, (value, _text) in enumerate(answers):
                if value < 0:  # a button group's ids are 0 and up
                    continue
                button = QRadioButton(self)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the digits
                self.group.addButton(button, value)
                per_line = len(answers) if len(answers) <= 4 else 3
                self.answers.addWidget(button, position // per_line, position % per_line)
            self.answers.setColumnStretch(self.answers.columnCount(), 1)
            existing = {self.group.id(b): b for b in self.group.buttons()}
        for value, text in answers:
            if value in existing:
                label = text if text == str(value) else f"{value} · {text}"
                existing[value].setText(label)
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
        key = event.key()
        if text.isdigit() and self.group.button(int(text)) is not None:
            self.set_value(int(text))
            self.digit_typed.emit(self.index)
            event.accept()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            values = sorted(self.group.id(b) for b in self.group.buttons())
            current = self.value()
            if values:
                if current is None:
                    chosen = values[0]
                else:
                    step = 1 if key == Qt.Key.Key_Right else -1
                    at = values.index(current) + step
                    chosen = values[max(0, min(len(values) - 1, at))]
                self.set_value(chosen)
            event.accept()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(self.index, -1 if key == Qt.Key.Key_Up else 1)
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
        size_window(self, 840, 680)  # smaller (and scrolling) on a small screen

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
        self.phase.currentIndexChanged.connect(self._update)
        self._instrument_changed()

    def _build_choices(self) -> None:
        """Instrument, phase, date and the language of the questions, as the form."""
        try:
            self.instruments = assessments.list_instruments(self._store)
        except SaphanError:
            self.instruments = []
        self.instrument_choice = QComboBox(self)
        for info in self.instruments:
            self.instrument_choice.addItem(instrument_name(info.definition), info.code)
        self.phase = QComboBox(self)
        for phase in PHASES:
            self.phase.addItem(assessment_phase_label(phase), phase)
        self.date = DateField(self)
        self.date.set_maximum(dt.date.today())
        self.date.set_date(dt.date.today())
        self.language = QComboBox(self)
        for code in QUESTION_LANGUAGES:
            self.language.addItem(language_label(code), code)
        # The person's own language by default (not the laptop's, nor always the interface's).
        self.language.setCurrentIndex(
            self.language.findData(question_language(self._person.language))
        )
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
        self.keyboard_hint.setWordWrap(True)
        # Said when the instrument has no wording in the language chosen (shown in English).
        self.no_wording = QLabel(self)
        self.no_wording.setWordWrap(True)
        self.no_wording.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.no_wording.hide()
        self.question_box = QWidget(self)
        self.question_layout = QVBoxLayout(self.question_box)
        self.question_layout.setContentsMargins(0, 0, 6, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.question_box)
        self.add_section(self.no_wording)
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
        self.band_label = QLabel(self)
        self.band_label.setStyleSheet("font-size: 12pt;")
        self.previous_label = QLabel(self)
        self.previous_label.setWordWrap(True)
        set_role(self.previous_label, "muted")
        scores = QHBoxLayout()
        scores.addWidget(self.raw_label)
        scores.addSpacing(24)
        scores.addWidget(self.score_label)
        scores.addSpacing(24)
        scores.addWidget(self.band_label)
        scores.addStretch(1)
        self.add_section(scores)
        self.add_section(self.flag_label)
        self.add_section(self.previous_label)

    # --- the questions --------------------------------------------------------------------

    def _instrument_changed(self) -> None:
        code = self.instrument_choice.currentData()
        self.instrument = next((i for i in self.instruments if i.code == code), None)
        for row in self.questions:
            row.hide()  # out of sight now: deleted once control returns to the event loop
            row.deleteLater()
        self.questions = []
        while self.question_layout.count():
            self.question_layout.takeAt(0)
        if self.instrument is not None:
            for index in range(len(self.instrument.items)):
                row = QuestionRow(index, self.question_box)
                row.answered.connect(self._update)
                row.digit_typed.connect(self._next_question)
                row.moved.connect(self._move)
                self.questions.append(row)
                self.question_layout.addWidget(row)
        self.question_layout.addStretch(1)
        self._show_texts()
        if self.questions:
            self.questions[0].setFocus()

    def _label(self, label: dict[str, str], language: str) -> str:
        """A label in ``language``, marked when it is not a validated translation."""
        assert self.instrument is not None
        text, validated = self.instrument.definition.text(label, language)
        if validated:
            return text
        return self.tr("{text} (not a validated translation)").format(text=text)

    def _show_texts(self) -> None:
        info = self.instrument
        if info is None:
            self.intro.setText(self.tr("No assessment instrument is available."))
            self._update()
            return
        defn = info.definition
        language = self.language.currentData() or "en"
        labels = [defn.intro, *(item.label for item in defn.items)]
        has_wording = language == "en" or any(label.get(language) for label in labels)
        self.no_wording.setVisible(not has_wording)
        self.no_wording.setText(
            self.tr(
                "This instrument has no wording in {language}: the questions are shown in "
                "English. Translate them as you ask, or choose another instrument."
            ).format(language=self.language.currentText())
        )
        # English wording is drawn in the Latin font (Burmese fonts space Latin letters out).
        scripted = language in ("my", "th") and has_wording
        font = script_font(self.font()) if scripted else self.font()
        self.intro.setText(self._label(defn.intro, language) if defn.intro else "")
        self.intro.setFont(font)
        for row, item in zip(self.questions, defn.items, strict=True):
            answers = [(c.value, defn.text(c.label, language)[0]) for c in defn.choices(item)]
            # A question without wording in the language chosen shows its English, in Latin.
            own = font if item.label.get(language) else self.font()
            row.set_texts(self._label(item.label, language), answers, own)
        values = [c.value for c in defn.choices(defn.items[0])] if defn.items else []
        self.keyboard_hint.setText(
            self.tr(
                "Keyboard: type {low}–{high} to answer a question; the next one is selected. "
                "Arrow keys: up and down between questions, left and right between answers."
            ).format(low=min(values, default=0), high=max(values, default=0))
        )
        self._update()

    def _move(self, index: int, step: int) -> None:
        shown = [r for r in self.questions if not r.isHidden()]
        row = self.questions[index]
        if row in shown:
            at = shown.index(row) + step
            if 0 <= at < len(shown):
                shown[at].setFocus()

    def _next_question(self, index: int) -> None:
        following = [r for r in self.questions[index + 1 :] if not r.isHidden()]
        if following:
            following[0].setFocus()
        elif self.ok_button.isEnabled():
            self.ok_button.setFocus()

    def answers(self) -> list[int | None]:
        """The answers in item order (None: not answered, or not asked)."""
        return [None if row.isHidden() else row.value() for row in self.questions]

    def answers_by_name(self) -> dict[str, int | None]:
        if self.instrument is None:
            return {}
        items = self.instrument.definition.items
        return {item.name: a for item, a in zip(items, self.answers(), strict=True)}

    def _scored(self) -> scoring.Scored | None:
        if self.instrument is None:
            return None
        given = {row_item.name: row.value() for row, row_item in zip(
            self.questions, self.instrument.definition.items, strict=True
        )}  # fmt: skip
        return scoring.score(self.instrument.definition, given)

    def _complete(self) -> bool:
        if self.instrument is None or not self.questions:
            return False
        return not scoring.problems(self.instrument.definition, self.answers_by_name())

    # --- the score ------------------------------------------------------------------------

    def _update(self) -> None:
        """Which questions are asked, the score so far, its band and alerts, the "pre" to
        compare with, and whether it can be saved."""
        info = self.instrument
        scored = self._scored()
        if info is not None and scored is not None:
            for row, item in zip(self.questions, info.definition.items, strict=True):
                row.setHidden(item.name not in scored.shown)
        answers = self.answers()
        asked = [r for r in self.questions if not r.isHidden()]
        given = [a for a in answers if a is not None]
        complete = self._complete()
        self.band_label.setText("")
        self.score_label.setText("")
        self.flag_label.setVisible(False)
        if info is None or scored is None:
            self.raw_label.setText("")
            self.previous_label.setText("")
            self.validate()
            return
        defn = info.definition
        language = self.language.currentData() or "en"
        first = defn.scores[0]
        if complete:
            result = scoring.tidy(scored.result)
            top = scoring.tidy(defn.range[1])
            if first.name != defn.result:
                first_top = scoring.tidy(_highest(defn, first.name))
                self.raw_label.setText(
                    self.tr("Raw score: {raw} of {top}").format(
                        raw=scored.values.get(first.name), top=first_top
                    )
                )
                self.score_label.setText(
                    self.tr("Score: {score} of {most} ({how})").format(
                        score=result,
                        most=top,
                        how=defn.text(defn.score_def(defn.result).label, language)[0],
                    )
                )
            else:
                self.raw_label.setText("")
                self.score_label.setText(
                    self.tr("Score: {score} of {most}").format(score=result, most=top)
                )
            band = defn.band(scored.result)
            if band is not None:
                self.band_label.setText(self._label(band.label, language))
        else:
            raw = scoring.tidy(
                sum(
                    float(scored.values.get(i.name) or 0)
                    for i in defn.items
                    if i.name in scored.shown
                )
            )
            self.raw_label.setText(
                self.tr("Raw score so far: {raw} ({given} of {count} answered)").format(
                    raw=raw, given=len(given), count=len(asked)
                )
            )
        if scored.alerts:
            labels = {a.code: a.label for a in defn.alerts}
            self.flag_label.setText(
                "\n".join(self._label(labels[code], language) for code in scored.alerts)
            )
            self.flag_label.setVisible(True)
        self.previous_label.setText(self._previous_text(scored.result if complete else None))
        self.validate()

    def _previous_text(self, now: float | None) -> str:
        """For a "mid" or "post": the person's latest "pre" with this instrument, and the
        change from it once the answers are complete."""
        info = self.instrument
        if info is None or self.phase.currentData() == "pre":
            return ""
        try:
            pre = assessments.previous_pre(self._store, self._person.id, info.code)
        except SaphanError:
            return ""
        if pre is None or pre.score is None:
            return self.tr("No “before” assessment with this instrument to compare with.")
        text = self.tr("Before (pre) on {date}: {score}").format(
            date=format_date(pre.date), score=scoring.tidy(pre.score)
        )
        if now is None:
            return text
        change = scoring.tidy(now - pre.score)
        assert change is not None
        sign = "+" if change > 0 else ""
        return self.tr("{before}; change {sign}{change}").format(
            before=text, sign=sign, change=change
        )

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
            self.answers_by_name(),
            phase=self.phase.currentData(),
            date=day,
            version=info.version,
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
