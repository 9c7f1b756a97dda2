"""The assessment form made from an instrument's definition: PHQ-9 filled in by keyboard."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt

from db import assessments, beneficiaries
from db.store import Store
from desktop.assessments.who5_dialog import AssessmentDialog
from tests.desktop.activity_helpers import person

SHOTS = os.environ.get("SAPHAN_SHOTS", "")


def open_dialog(qtbot, store: Store, name: str = "Ma Hnin Ei") -> AssessmentDialog:
    someone = person(store, name)
    dialog = AssessmentDialog(store, beneficiaries.get_person(store, someone.id))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.instrument_choice.setCurrentIndex(dialog.instrument_choice.findData("phq9"))
    return dialog


def test_phq9_by_keyboard_shows_score_band_and_the_self_harm_alert(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    assert len(dialog.questions) == 10
    difficulty = dialog.questions[9]
    assert difficulty.isHidden()  # asked only once a problem is checked
    assert dialog.focusWidget() is dialog.questions[0]
    for digit in "21101":  # items 1-5 by number keys
        qtbot.keyClicks(dialog.focusWidget(), digit)
    row = dialog.focusWidget()
    assert row is dialog.questions[5]
    qtbot.keyClick(row, Qt.Key.Key_Right)  # the first answer: 0
    qtbot.keyClick(row, Qt.Key.Key_Right)  # then 1
    qtbot.keyClick(row, Qt.Key.Key_Down)
    assert dialog.questions[5].value() == 1
    for digit in "212":  # items 7-9
        qtbot.keyClicks(dialog.focusWidget(), digit)
    assert not difficulty.isHidden()
    assert dialog.focusWidget() is difficulty
    assert dialog.score_label.text() == "Score: 11 of 27"
    assert dialog.band_label.text() == "Moderate"
    assert dialog.flag_label.isVisible()
    assert "self-harm" in dialog.flag_label.text()
    qtbot.keyClicks(difficulty, "1")
    assert dialog.ok_button.isEnabled()
    if SHOTS:
        qtbot.wait(100)
        dialog.grab().save(f"{SHOTS}/phq9-en.png")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    result = dialog.saved_result
    assert result is not None
    assert (result.score, result.band, result.alerts) == (11, "moderate", ("self_harm",))
    assert result.values["difficulty"] == 1


def test_a_post_shows_the_pre_and_the_change(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    pid = dialog._person.id
    before = {f"q{i}": 2 for i in range(1, 10)} | {"q9": 0, "difficulty": 2}
    day = dt.date.today() - dt.timedelta(days=30)
    assessments.record_assessment(store, pid, "phq9", before, date=day)  # 16
    dialog.phase.setCurrentIndex(dialog.phase.findData("post"))
    assert dialog.previous_label.text().startswith("Before (pre) on ")
    dialog.questions[0].setFocus()
    for digit in "110000000":
        qtbot.keyClicks(dialog.focusWidget(), digit)
    assert dialog.score_label.text() == "Score: 2 of 27"
    assert dialog.band_label.text() == "Minimal"
    assert dialog.previous_label.text().endswith(": 16; change -14")
    assert not dialog.flag_label.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the difficulty: optional
    assert dialog.saved_result is not None
    assert dialog.saved_result.values["difficulty"] is None


def test_wording_without_a_validated_translation_is_marked(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    dialog.language.setCurrentIndex(dialog.language.findData("my"))
    # PHQ-9 has no Burmese wording shipped: the English shows, unmarked, in the Latin font, and
    # the form says the questions are in English.
    assert dialog.questions[0].question.text() == "1. Little interest or pleasure in doing things"
    assert dialog.no_wording.isVisible()
    assert "shown in English" in dialog.no_wording.text()
    assert dialog.questions[0].question.font().family() == dialog.font().family()
    first = dialog.questions[0].group.buttons()
    assert len({b.y() for b in first}) == 1, "four answers fit on one line"
    if SHOTS:
        qtbot.wait(100)
        dialog.grab().save(f"{SHOTS}/phq9-my.png")
    dialog.instrument_choice.setCurrentIndex(dialog.instrument_choice.findData("who5"))
    assert dialog.questions[0].question.text() == (
        "1. စိတ်ရွှင်လန်းပြီး စိတ်ဓာတ်ကောင်းခဲ့သည် (not a validated translation)"
    )
    assert not dialog.no_wording.isVisible()
