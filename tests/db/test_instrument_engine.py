"""The instrument engine: expressions (property-based), definitions' problems, scoring rules.

The property tests run a small number of examples by default; SAPHAN_FUZZ_EXAMPLES makes
the run longer (e.g. 5000)."""

from __future__ import annotations

import contextlib
import copy
import math
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import ExpressionError, ValidationFailed
from db.instruments import definition, expr, scoring
from db.instruments.problems import InstrumentInvalid

EXAMPLES = int(os.environ.get("SAPHAN_FUZZ_EXAMPLES", "150"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- expressions -------------------------------------------------------------------------------


@st.composite
def arithmetic(draw: st.DrawFn, depth: int = 0) -> tuple[str, str]:
    """(the XPath text, the same in Python) of a random arithmetic expression on integers."""
    if depth > 3 or draw(st.booleans()):
        n = draw(st.integers(min_value=0, max_value=1000))
        return str(n), str(n)
    op = draw(st.sampled_from(["+", "-", "*"]))
    left = draw(arithmetic(depth + 1))
    right = draw(arithmetic(depth + 1))
    wrap = draw(st.booleans())
    x = f"{left[0]} {op} {right[0]}"
    p = f"{left[1]} {op} {right[1]}"
    return (f"({x})", f"({p})") if wrap else (x, p)


@FAST
@given(arithmetic())
def test_arithmetic_equals_pythons_on_the_same_numbers(pair: tuple[str, str]) -> None:
    xpath, python = pair
    assert expr.compute(xpath, {}) == float(eval(python))


@FAST
@given(st.integers(-(10**6), 10**6), st.integers(-(10**6), 10**6).filter(bool))
def test_div_and_mod_follow_xpath(a: int, b: int) -> None:
    env: dict[str, expr.Value] = {"a": float(a), "b": float(b)}
    assert expr.compute("${a} div ${b}", env) == a / b
    assert expr.compute("${a} mod ${b}", env) == math.fmod(a, b)  # the dividend's sign
    assert expr.compute("${a} div 0", env) is None


@FAST
@given(
    st.text(
        alphabet=st.sampled_from(list("${}()+-*<>=!,. 0123456789abdfimnorstuvqx_")), max_size=60
    )
)
def test_the_reader_raises_nothing_but_a_typed_error_on_random_text(text: str) -> None:
    try:
        node = expr.parse(text)
    except ExpressionError as e:
        position = e.position
        assert 0 <= position <= len(text)
        return
    # What reads evaluates without raising, whatever the values.
    expr.evaluate(node, {r.name: None for r in expr.references(node)})
    expr.evaluate(node, {r.name: 1.0 for r in expr.references(node)})


@FAST
@given(st.text(max_size=80))
def test_any_unicode_text_gives_a_tree_or_a_typed_error(text: str) -> None:
    with contextlib.suppress(ExpressionError):
        expr.parse(text)


def test_deep_or_long_expressions_are_refused_not_crashing() -> None:
    for text in ("(" * 500 + "1" + ")" * 500, "-" * 500 + "1", " + ".join(["1"] * 1500)):
        with pytest.raises(ExpressionError) as e:
            expr.parse(text)
        assert e.value.code in ("too_deep", "too_long")
    with pytest.raises(ExpressionError):
        expr.parse("x" * 5000)


@pytest.mark.parametrize(
    ("text", "code", "position"),
    [
        ("1 +", "unexpected_end", 3),
        ("${q1} ${q2}", "unexpected_token", 6),
        ("${q1", "bad_reference", 0),
        ("count-selected(${a})", "unknown_function", 0),
        ("if(1, 2)", "wrong_arguments", 0),
        ("2 ^ 3", "unexpected_character", 2),
        ("__import__('os')", "unexpected_character", 11),
    ],
)
def test_reading_errors_say_what_and_where(text: str, code: str, position: int) -> None:
    with pytest.raises(ExpressionError) as e:
        expr.parse(text)
    assert (e.value.code, e.value.position) == (code, position)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("${a} + ${missing}", None),  # null in arithmetic: null
        ("sum(${a}, ${missing}, 2)", 5.0),  # sum counts null as 0
        ("coalesce(${missing}, ${a})", 3.0),
        ("${missing} > 0", False),  # a comparison with null is false
        ("not(${missing} > 0)", True),
        ("if(${a} >= 3 and ${a} != 4, 10, 20)", 10.0),
        ("1 + 2 * 3 - 4 div 2", 5.0),  # precedence
        ("-2 * -3", 6.0),
        ("round(2.5)", 3.0),
        ("round(-2.5)", -3.0),
        ("round(1.005, 2)", 1.01),
        ("${a} = 3 or 1 div 0", True),
        ("(${a} > 2) + (${a} > 5)", 1.0),  # true and false count as 1 and 0
    ],
)
def test_evaluation_rules(text: str, value: expr.Value) -> None:
    assert expr.compute(text, {"a": 3.0, "missing": None}) == value


# --- definitions -------------------------------------------------------------------------------


def small() -> dict[str, Any]:
    return {
        "format": "saphan.instrument/1",
        "code": "mood",
        "version": 1,
        "name": {"en": "Mood"},
        "choice_lists": {
            "f": [{"value": v, "label": {"en": str(v)}} for v in range(4)],
            "yn": [{"value": 0, "label": {"en": "No"}}, {"value": 1, "label": {"en": "Yes"}}],
        },
        "items": [
            {"name": "a", "label": {"en": "A"}, "choices": "f"},
            {"name": "b", "label": {"en": "B"}, "choices": "f", "reverse": True},
            {"name": "c", "label": {"en": "C"}, "choices": "yn", "relevant": "${a} > 0"},
        ],
        "scores": [
            {"name": "ab", "label": {"en": "A+B"}, "formula": "${a} + ${b}"},
            {"name": "total", "label": {"en": "Total"}, "formula": "${ab} + coalesce(${c}, 0)"},
        ],
        "result": "total",
        "range": [0, 7],
        "higher_is_better": False,
        "mid": 2,
        "bands": [
            {"code": "low", "from": 0, "to": 3, "label": {"en": "Low"}},
            {"code": "high", "from": 4, "to": 7, "label": {"en": "High"}},
        ],
        "alerts": [{"code": "c_yes", "when": "${c} = 1", "label": {"en": "C"}}],
    }


def test_a_valid_definition_has_no_problems() -> None:
    assert definition.validate(small()) == []


def broken(change: str) -> dict[str, Any]:
    d = small()
    match change:
        case "format":
            d["format"] = "other/2"
        case "code":
            d["code"] = "Mood!"
        case "unknown_list":
            d["items"][1]["choices"] = "freq"
        case "cycle":
            d["scores"][0]["formula"] = "${total} + 1"
        case "unknown_name":
            d["alerts"][0]["when"] = "${zz} = 1"
        case "relevant_self":
            d["items"][2]["relevant"] = "${c} = 1"
        case "relevant_later":
            d["items"][0]["relevant"] = "${b} = 1"
        case "bad_formula":
            d["scores"][1]["formula"] = "${ab} +"
        case "duplicate_item":
            d["items"][1]["name"] = "a"
        case "duplicate_value":
            d["choice_lists"]["yn"][1]["value"] = 0
        case "result":
            d["result"] = "nothing"
        case "overlap":
            d["bands"][1]["from"] = 3
        case "outside":
            d["bands"][1]["to"] = 9
        case "no_english":
            d["items"][0]["label"] = {"my": "က"}
        case "language":
            d["name"]["fr"] = "Humeur"
        case "unknown_key":
            d["items"][0]["relevance"] = "1"
        case "range":
            d["range"] = [5, 1]
    return d


@pytest.mark.parametrize(
    ("change", "where", "code"),
    [
        ("format", "format", "wrong_format"),
        ("code", "code", "bad_code"),
        ("unknown_list", "items[1].choices", "unknown_choice_list"),
        ("cycle", "scores[0].formula", "cycle"),
        ("unknown_name", "alerts[0].when", "unknown_name"),
        ("relevant_self", "items[2].relevant", "cycle"),
        ("relevant_later", "items[0].relevant", "cycle"),
        ("bad_formula", "scores[1].formula", "expression_unexpected_end"),
        ("duplicate_item", "items[1].name", "duplicate"),
        ("duplicate_value", "choice_lists.yn[1].value", "duplicate"),
        ("result", "result", "unknown_score"),
        ("overlap", "bands[1].from", "overlap"),
        ("outside", "bands[1]", "outside_range"),
        ("no_english", "items[0].label.en", "required"),
        ("language", "name.fr", "unknown_language"),
        ("unknown_key", "items[0].relevance", "unknown_key"),
        ("range", "range", "bad_range"),
    ],
)
def test_each_problem_says_where_it_is(change: str, where: str, code: str) -> None:
    problems = definition.validate(broken(change))
    assert (where, code) in [(p.where, p.code) for p in problems], problems
    with pytest.raises(InstrumentInvalid) as e:
        definition.parse(broken(change))
    assert e.value.problems == problems


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@FAST
@given(JSON)
def test_validate_lists_problems_for_any_json_never_raising(value: Any) -> None:
    d = small()
    key = sorted(d)[hash(str(value)) % len(d)]
    d[key] = value
    problems = definition.validate(d)
    assert all(isinstance(p, definition.Problem) for p in problems)
    assert definition.validate(value) != [] or value == d


# --- scoring -----------------------------------------------------------------------------------

DEFN = definition.parse(small())


@FAST
@given(st.integers(0, 3))
def test_reverse_scoring_is_an_involution_within_the_list(value: int) -> None:
    item = DEFN.item("b")
    once = scoring.reverse(DEFN, item, value)
    assert 0 <= once <= 3
    assert once == 3 - value
    assert scoring.reverse(DEFN, item, once) == value
    assert scoring.reverse(DEFN, DEFN.item("a"), value) == value  # not reversed


@FAST
@given(st.integers(0, 3), st.integers(0, 3), st.sampled_from([None, 0, 1]))
def test_scores_follow_the_formulas_relevance_bands_and_alerts(
    a: int, b: int, c: int | None
) -> None:
    s = scoring.score(DEFN, {"a": a, "b": b, "c": c})
    asked_c = a > 0
    counted_c = c if asked_c else None
    total = a + (3 - b) + (counted_c or 0)
    assert s.values["b"] == 3 - b
    assert s.values["c"] == counted_c
    assert s.result == total
    assert s.band == ("low" if total <= 3 else "high")
    assert s.alerts == (["c_yes"] if counted_c == 1 else [])
    assert ("c" in s.shown) == asked_c
    missing = scoring.problems(DEFN, {"a": a, "b": b})
    assert missing == ({"c": "required"} if asked_c else {})


def test_answers_outside_the_list_or_unknown_items_are_refused() -> None:
    with pytest.raises(ValidationFailed) as e:
        scoring.score(DEFN, {"a": 4, "zz": 1, "c": True})  # type: ignore[dict-item]
    assert e.value.problems == {"a": "not_a_choice", "zz": "unknown_item", "c": "not_a_choice"}


def test_unanswered_items_leave_the_result_null_and_no_band() -> None:
    s = scoring.score(DEFN, {"a": 1})
    assert s.values["ab"] is None
    assert s.result is None
    assert s.band is None
    assert s.alerts == []


def test_definitions_are_not_changed_by_parsing() -> None:
    raw = small()
    before = copy.deepcopy(raw)
    definition.parse(raw)
    assert raw == before
