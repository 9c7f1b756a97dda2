"""The shipped scales score as their manuals say (worked examples), and are in a new database."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from db import assessments, beneficiaries
from db.errors import ValidationFailed
from db.instruments import definition, scoring
from db.instruments import store as instruments
from db.store import Store
from tests.db.people import person as new_person

LIBRARY = {d["code"]: definition.parse(d) for d in instruments.library()}


def scored(code: str, answers: dict[str, int | None] | list[int]) -> scoring.Scored:
    defn = LIBRARY[code]
    if isinstance(answers, list):
        answers = {i.name: a for i, a in zip(defn.items, answers, strict=False)}
    return scoring.score(defn, answers)


def test_the_library_has_the_eight_scales_each_valid_and_citing_its_source() -> None:
    assert set(LIBRARY) == {"who5", "phq9", "gad7", "k10", "k6", "psychlops", "rhs15", "whodas12"}
    for d in LIBRARY.values():
        assert len(d.source) > 60, d.code
        low, high = d.range
        for band in d.bands:
            assert low <= band.low <= band.high <= high


@pytest.mark.parametrize(
    ("answers", "raw", "percent", "band", "alerts"),
    [
        ([5, 5, 5, 5, 5], 25, 100, "not_poor", []),
        ([2, 1, 3, 2, 1], 9, 36, "poor_wellbeing", ["poor_wellbeing"]),
        ([3, 3, 2, 2, 2], 12, 48, "poor_wellbeing", ["poor_wellbeing"]),  # < 13: poor
        ([3, 3, 3, 2, 2], 13, 52, "not_poor", []),
        ([2, 1, 1, 2, 1], 7, 28, "likely_depression", ["poor_wellbeing"]),  # <= 28
        ([0, 0, 0, 0, 0], 0, 0, "likely_depression", ["poor_wellbeing"]),
    ],
)
def test_who5(answers: list[int], raw: int, percent: int, band: str, alerts: list[str]) -> None:
    s = scored("who5", answers)
    assert s.values["raw"] == raw
    assert (s.result, s.band, s.alerts) == (percent, band, alerts)
    assert LIBRARY["who5"].mid == 10
    assert LIBRARY["who5"].higher_is_better


@pytest.mark.parametrize(
    ("answers", "total", "band", "alerts"),
    [
        ([0] * 9, 0, "minimal", []),
        ([1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal", []),
        ([1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild", []),
        ([2, 2, 1, 1, 1, 1, 1, 1, 0], 10, "moderate", []),
        ([2, 2, 2, 2, 2, 2, 2, 1, 0], 15, "moderately_severe", []),
        ([3, 3, 2, 2, 2, 2, 2, 2, 1], 19, "moderately_severe", ["self_harm"]),
        ([3] * 9, 27, "severe", ["self_harm"]),
        ([0, 0, 0, 0, 0, 0, 0, 0, 1], 1, "minimal", ["self_harm"]),
    ],
)
def test_phq9(answers: list[int], total: int, band: str, alerts: list[str]) -> None:
    s = scored("phq9", answers)
    assert (s.result, s.band, s.alerts) == (total, band, alerts)
    # The difficulty question is asked once a problem is checked, and never scored.
    assert ("difficulty" in s.shown) == (total > 0)
    with_difficulty = scored("phq9", [*answers, 3])
    assert with_difficulty.result == total


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ([0] * 7, 0, "minimal"),
        ([1, 1, 1, 1, 0, 0, 0], 4, "minimal"),
        ([1, 1, 1, 1, 1, 0, 0], 5, "mild"),
        ([2, 2, 2, 1, 1, 1, 1], 10, "moderate"),
        ([3, 2, 2, 2, 2, 2, 2], 15, "severe"),
        ([3] * 7, 21, "severe"),
    ],
)
def test_gad7(answers: list[int], total: int, band: str) -> None:
    s = scored("gad7", answers)
    assert (s.result, s.band, s.alerts) == (total, band, [])


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ([1] * 10, 10, "low"),
        ([2, 2, 1, 2, 2, 1, 1, 1, 2, 1], 15, "low"),
        ([2, 2, 2, 2, 2, 2, 2, 2, 1, 1], 18, "moderate"),
        ([3, 3, 2, 2, 2, 2, 3, 3, 1, 1], 22, "high"),
        ([3, 3, 3, 3, 3, 3, 3, 3, 3, 2], 29, "high"),
        ([3] * 10, 30, "very_high"),
        ([5] * 10, 50, "very_high"),
    ],
)
def test_k10(answers: list[int], total: int, band: str) -> None:
    s = scored("k10", answers)
    assert (s.result, s.band) == (total, band)


def test_k10_skips_items_3_and_6_after_none_of_the_time_and_scores_them_1() -> None:
    """The form's instruction: 'None of the time' on 2 (or 5) skips 3 (or 6), scored 1."""
    answers = {"q1": 2, "q2": 1, "q3": 5, "q4": 2, "q5": 1, "q6": 5, "q7": 2, "q8": 2}
    answers |= {"q9": 1, "q10": 1}
    s = scored("k10", answers)
    assert "q3" not in s.shown
    assert "q6" not in s.shown
    assert s.values["q3"] is None  # what was given for a skipped item does not count
    assert s.result == 2 + 1 + 1 + 2 + 1 + 1 + 2 + 2 + 1 + 1
    assert scoring.problems(LIBRARY["k10"], {k: v for k, v in answers.items() if k != "q3"}) == {}


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [([0] * 6, 0, "below_cutoff"), ([2, 2, 2, 2, 2, 2], 12, "below_cutoff"),
     ([3, 2, 2, 2, 2, 2], 13, "serious"), ([4] * 6, 24, "serious")],
)  # fmt: skip
def test_k6(answers: list[int], total: int, band: str) -> None:
    s = scored("k6", answers)
    assert (s.result, s.band) == (total, band)


def test_psychlops_total_is_problems_plus_function_plus_wellbeing() -> None:
    s = scored("psychlops", {"problem1": 5, "problem2": 3, "function": 4, "wellbeing": 4})
    assert s.values["problems"] == 8
    assert s.result == 16
    assert scored("psychlops", [5, 5, 5, 5]).result == 20
    one_problem = scored("psychlops", {"problem1": 4, "function": 2, "wellbeing": 3})
    assert one_problem.result == 9
    assert scoring.problems(LIBRARY["psychlops"], {"problem1": 4, "function": 2}) == {
        "wellbeing": "required"
    }


@pytest.mark.parametrize(
    ("symptoms", "thermometer", "positive"),
    [([0] * 14, 0, False), ([1] * 11 + [0] * 3, 4, False), ([1] * 12 + [0] * 2, 0, True),
     ([0] * 14, 5, True), ([4] * 14, 10, True)],
)  # fmt: skip
def test_rhs15_positive_on_items_1_to_14_at_12_or_the_thermometer_at_5(
    symptoms: list[int], thermometer: int, positive: bool
) -> None:
    s = scored("rhs15", [*symptoms, thermometer])
    assert s.result == sum(symptoms)
    assert s.band == ("positive" if sum(symptoms) >= 12 else "below_cutoff")
    assert s.alerts == (["screen_positive"] if positive else [])


@pytest.mark.parametrize(
    ("answers", "total"),
    [([1] * 12, 12), ([5] * 12, 60), ([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2], 33)],
)
def test_whodas12_simple_sum(answers: list[int], total: int) -> None:
    assert scored("whodas12", answers).result == total
    with pytest.raises(ValidationFailed):
        scored("whodas12", [0] * 12)  # 1-5 only


def test_wording_is_shipped_only_where_free_and_translations_only_where_published() -> None:
    for code in ("psychlops", "rhs15", "whodas12"):
        assert all("see the published form" in i.label["en"] for i in LIBRARY[code].items)
        assert "not reproduced" in LIBRARY[code].source
    for d in LIBRARY.values():
        for language, translation in d.translations.items():
            assert translation.validated is False or translation.source, (d.code, language)
    # WHO-5's Burmese and Thai wording (Saphan's, for reading aloud) is marked as such.
    who5 = LIBRARY["who5"]
    assert who5.text(who5.items[0].label, "my") == ("စိတ်ရွှင်လန်းပြီး စိတ်ဓာတ်ကောင်းခဲ့သည်", False)
    assert who5.text(LIBRARY["phq9"].items[0].label, "my")[1] is True  # English, unmarked


def test_a_new_database_has_every_scale_and_assessments_keep_their_version(store: Store) -> None:
    codes = {i.code for i in assessments.list_instruments(store)}
    assert codes == set(LIBRARY)
    who5 = assessments.get_instrument(store, "who5")
    assert (who5.version, who5.multiplier, who5.flag_below) == (1, 4, 13)
    person = beneficiaries.register_person(store, new_person("Ma Hnin Ei"))
    day = dt.date.today() - dt.timedelta(days=1)
    answers = {f"q{i}": 1 for i in range(1, 10)} | {"difficulty": 2}
    first = assessments.record_assessment(store, person.id, "phq9", answers, date=day)
    assert (first.score, first.band, first.alerts, first.version) == (9, "mild", ("self_harm",), 1)
    # An admin changes PHQ-9: a new version; the old answers keep theirs.
    changed = json.loads(json.dumps(LIBRARY["phq9"].raw))
    changed["bands"][0]["label"]["en"] = "None or minimal"
    info = instruments.add_instrument(store, changed)
    assert info.version == 2
    assert instruments.add_instrument(store, changed).version == 2  # the same again: no change
    assert assessments.get_instrument(store, "phq9").version == 2
    assert assessments.person_assessments(store, person.id)[0].version == 1
    second = assessments.record_assessment(store, person.id, "phq9", answers, phase="post")
    assert second.version == 2
