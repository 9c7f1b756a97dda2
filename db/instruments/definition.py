"""An instrument definition (format ``saphan.instrument/1``): reading and checking it.

A definition is plain JSON (see /docs or ``library/*.json``): the items with their answer
lists, reverse-scored items, scores computed in order by formulas (:mod:`db.instruments.expr`),
the reported result with its range, bands and alert rules, and labels in English with Burmese,
Thai and Sgaw Karen where a translation exists. :func:`validate` lists every problem with
where it is; :func:`parse` gives a :class:`Definition` or raises
:class:`db.errors.InstrumentInvalid`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from db.errors import ExpressionError
from db.instruments import expr
from db.instruments.problems import InstrumentInvalid, Problem

FORMAT = "saphan.instrument/1"
LANGUAGES = ("en", "my", "th", "ksw")
CODE = re.compile(r"[a-z][a-z0-9_]{1,39}")
ITEM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")
MAX_ITEMS = 300
MAX_LABEL = 2000

_TOP_KEYS = frozenset(
    {
        "format", "code", "version", "name", "source", "translations", "intro",
        "choice_lists", "items", "scores", "result", "range", "higher_is_better", "mid",
        "bands", "alerts",
    }
)  # fmt: skip
_ITEM_KEYS = frozenset({"name", "label", "hint", "choices", "reverse", "required", "relevant"})

__all__ = ["FORMAT", "LANGUAGES", "Definition", "Problem", "parse", "validate"]


@dataclass(frozen=True)
class Choice:
    value: int
    label: dict[str, str]


@dataclass(frozen=True)
class Item:
    name: str
    label: dict[str, str]
    choices: str  # the name of its answer list
    reverse: bool
    required: bool
    relevant: str | None
    relevant_tree: expr.Node | None
    hint: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Score:
    name: str
    label: dict[str, str]
    formula: str
    tree: expr.Node


@dataclass(frozen=True)
class Band:
    code: str
    low: float  # "from"
    high: float  # "to"
    label: dict[str, str]


@dataclass(frozen=True)
class Alert:
    code: str
    when: str
    tree: expr.Node
    label: dict[str, str]


@dataclass(frozen=True)
class Translation:
    validated: bool
    source: str


@dataclass(frozen=True)
class Definition:
    code: str
    version: int
    name: dict[str, str]
    source: str
    translations: dict[str, Translation]
    intro: dict[str, str]
    choice_lists: dict[str, tuple[Choice, ...]]
    items: tuple[Item, ...]
    scores: tuple[Score, ...]
    result: str
    range: tuple[float, float]
    higher_is_better: bool
    mid: float | None
    bands: tuple[Band, ...]
    alerts: tuple[Alert, ...]
    raw: Mapping[str, Any]  # the definition as given (what is stored)

    def choices(self, item: Item) -> tuple[Choice, ...]:
        return self.choice_lists[item.choices]

    def item(self, name: str) -> Item:
        return next(i for i in self.items if i.name == name)

    def score_def(self, name: str) -> Score:
        return next(s for s in self.scores if s.name == name)

    def validated(self, language: str) -> bool:
        """Whether wording in ``language`` is a validated translation (English always is)."""
        if language == "en":
            return True
        t = self.translations.get(language)
        return t is not None and t.validated

    def text(self, label: Mapping[str, str], language: str) -> tuple[str, bool]:
        """A label in ``language`` (English when it has none) and whether what is returned is
        wording to show as it is: False for an unvalidated translation, which the UI marks."""
        own = label.get(language)
        if own:
            return own, self.validated(language)
        return label.get("en", ""), True

    def band(self, value: float | None) -> Band | None:
        if value is None:
            return None
        return next((b for b in self.bands if b.low <= value <= b.high), None)


# --- checking ----------------------------------------------------------------------------------


class _Check:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, where: str, code: str, detail: str = "") -> None:
        self.problems.append(Problem(where, code, detail))

    def label(self, where: str, value: Any, *, required: bool = True) -> dict[str, str]:
        if value is None and not required:
            return {}
        if not isinstance(value, dict):
            self.add(where, "not_a_label", 'a label is {"en": ..., "my": ..., "th": ...}')
            return {}
        out: dict[str, str] = {}
        for language, text in value.items():
            if language not in LANGUAGES:
                self.add(f"{where}.{language}", "unknown_language", str(language))
            elif not isinstance(text, str):
                self.add(f"{where}.{language}", "not_text")
            elif len(text) > MAX_LABEL:
                self.add(f"{where}.{language}", "too_long")
            elif text.strip():
                out[language] = text.strip()
        if required and "en" not in out:
            self.add(f"{where}.en", "required", "every label needs English")
        return out

    def tree(self, where: str, text: Any) -> expr.Node | None:
        if not isinstance(text, str) or not text.strip():
            self.add(where, "required")
            return None
        try:
            return expr.parse(text)
        except ExpressionError as e:
            self.add(where, f"expression_{e.code}", f"at character {e.position + 1}: {e.detail}")
            return None

    def names(self, where: str, tree: expr.Node | None, known: set[str], later: set[str]) -> None:
        """References must name an item or an earlier score."""
        if tree is None:
            return
        for ref in expr.references(tree):
            if ref.name in known:
                continue
            if ref.name in later:
                self.add(where, "cycle", f"${{{ref.name}}} is not worked out before this")
            else:
                self.add(where, "unknown_name", f"${{{ref.name}}}")


def _number(v: Any) -> TypeGuard[float]:
    return isinstance(v, int | float) and not isinstance(v, bool)


@dataclass
class _Header:
    code: Any
    version: Any
    name: dict[str, str]
    source: str
    translations: dict[str, Translation]
    intro: dict[str, str]


def _check_header(c: _Check, raw: dict[str, Any]) -> _Header:
    for key in raw:
        if key not in _TOP_KEYS:
            c.add(str(key), "unknown_key")
    if raw.get("format") != FORMAT:
        c.add("format", "wrong_format", f"expected {FORMAT}")
    code = raw.get("code")
    if not isinstance(code, str) or CODE.fullmatch(code) is None:
        c.add("code", "bad_code", "lower-case letters, digits and _, 2 to 40, a letter first")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 10**6:
        c.add("version", "bad_version", "a whole number from 1")
    name = c.label("name", raw.get("name"))
    source = raw.get("source", "")
    if not isinstance(source, str):
        c.add("source", "not_text")
        source = ""
    translations: dict[str, Translation] = {}
    given = raw.get("translations", {})
    if not isinstance(given, dict):
        c.add("translations", "not_an_object")
        given = {}
    for language, t in given.items():
        where = f"translations.{language}"
        if language not in LANGUAGES or language == "en":
            c.add(where, "unknown_language")
        elif not isinstance(t, dict) or not isinstance(t.get("validated"), bool):
            c.add(where, "bad_translation", '{"validated": true|false, "source": "..."}')
        else:
            translations[language] = Translation(t["validated"], str(t.get("source", "")))
    intro = c.label("intro", raw.get("intro"), required=False)

    return _Header(code, version, name, source, translations, intro)


def _check_lists(c: _Check, raw: dict[str, Any]) -> dict[str, tuple[Choice, ...]]:
    lists: dict[str, tuple[Choice, ...]] = {}
    given_lists = raw.get("choice_lists")
    if not isinstance(given_lists, dict) or not given_lists:
        c.add("choice_lists", "required")
        given_lists = {}
    for list_name, choices in given_lists.items():
        where = f"choice_lists.{list_name}"
        if not isinstance(list_name, str) or ITEM_NAME.fullmatch(list_name) is None:
            c.add(where, "bad_name")
        if not isinstance(choices, list) or not choices:
            c.add(where, "empty")
            continue
        seen: set[int] = set()
        out: list[Choice] = []
        for n, choice in enumerate(choices):
            cw = f"{where}[{n}]"
            if not isinstance(choice, dict):
                c.add(cw, "not_an_object")
                continue
            value = choice.get("value")
            if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 10**6:
                c.add(f"{cw}.value", "not_a_whole_number")
                continue
            if value in seen:
                c.add(f"{cw}.value", "duplicate", str(value))
            seen.add(value)
            out.append(Choice(value, c.label(f"{cw}.label", choice.get("label"))))
        lists[str(list_name)] = tuple(out)

    return lists


def _check_items(
    c: _Check, raw: dict[str, Any], lists: dict[str, tuple[Choice, ...]]
) -> tuple[list[Item], set[str]]:
    items: list[Item] = []
    given_items = raw.get("items")
    if not isinstance(given_items, list) or not given_items:
        c.add("items", "required")
        given_items = []
    if len(given_items) > MAX_ITEMS:
        c.add("items", "too_many", f"at most {MAX_ITEMS}")
    item_names = {i.get("name") for i in given_items if isinstance(i, dict)}
    seen_items: set[str] = set()
    for n, item in enumerate(given_items):
        where = f"items[{n}]"
        if not isinstance(item, dict):
            c.add(where, "not_an_object")
            continue
        for key in item:
            if key not in _ITEM_KEYS:
                c.add(f"{where}.{key}", "unknown_key")
        item_name = item.get("name")
        if not isinstance(item_name, str) or ITEM_NAME.fullmatch(item_name) is None:
            c.add(f"{where}.name", "bad_name")
            continue
        if item_name in seen_items:
            c.add(f"{where}.name", "duplicate", item_name)
        list_name = item.get("choices")
        if list_name not in lists:
            c.add(f"{where}.choices", "unknown_choice_list", str(list_name))
        flags = {}
        for flag, default in (("reverse", False), ("required", True)):
            value = item.get(flag, default)
            if not isinstance(value, bool):
                c.add(f"{where}.{flag}", "not_true_or_false")
                value = default
            flags[flag] = value
        relevant = item.get("relevant")
        tree = None
        if relevant is not None and relevant != "":
            tree = c.tree(f"{where}.relevant", relevant)
            if tree is not None and item_name in {r.name for r in expr.references(tree)}:
                c.add(f"{where}.relevant", "cycle", "an item's relevant cannot use itself")
            else:
                # An item shows or hides on earlier answers.
                c.names(f"{where}.relevant", tree, seen_items, {str(x) for x in item_names})
        seen_items.add(item_name)
        items.append(
            Item(
                item_name,
                c.label(f"{where}.label", item.get("label")),
                str(list_name),
                flags["reverse"],
                flags["required"],
                relevant if tree is not None else None,
                tree,
                c.label(f"{where}.hint", item.get("hint"), required=False),
            )
        )

    return items, seen_items


def _check_scores(
    c: _Check, raw: dict[str, Any], seen_items: set[str]
) -> tuple[list[Score], set[str], set[str]]:
    """The scores, the names known after them (items and scores) and the scores' names."""
    scores: list[Score] = []
    given_scores = raw.get("scores")
    if not isinstance(given_scores, list) or not given_scores:
        c.add("scores", "required")
        given_scores = []
    score_names = {s.get("name") for s in given_scores if isinstance(s, dict)}
    known = set(seen_items)
    for n, s in enumerate(given_scores):
        where = f"scores[{n}]"
        if not isinstance(s, dict):
            c.add(where, "not_an_object")
            continue
        score_name = s.get("name")
        if not isinstance(score_name, str) or ITEM_NAME.fullmatch(score_name) is None:
            c.add(f"{where}.name", "bad_name")
            continue
        if score_name in known:
            c.add(f"{where}.name", "duplicate", score_name)
        tree = c.tree(f"{where}.formula", s.get("formula"))
        later = {str(x) for x in score_names} - known
        c.names(f"{where}.formula", tree, known, later)
        known.add(score_name)
        label = c.label(f"{where}.label", s.get("label"))
        if tree is not None:
            scores.append(Score(score_name, label, str(s["formula"]), tree))

    return scores, known, {str(x) for x in score_names}


@dataclass
class _Scale:
    result: Any
    low: float
    high: float
    higher: bool
    mid: Any


def _check_scale(c: _Check, raw: dict[str, Any], score_names: set[str]) -> _Scale:
    result = raw.get("result")
    if not isinstance(result, str) or result not in score_names:
        c.add("result", "unknown_score", str(result))
    given_range = raw.get("range")
    low = high = 0.0
    if (
        not isinstance(given_range, list)
        or len(given_range) != 2
        or not all(_number(x) for x in given_range)
        or not given_range[0] < given_range[1]
    ):
        c.add("range", "bad_range", "[lowest, highest] of the reported score")
    else:
        low, high = float(given_range[0]), float(given_range[1])
    higher = raw.get("higher_is_better")
    if not isinstance(higher, bool):
        c.add("higher_is_better", "not_true_or_false")
        higher = False
    mid = raw.get("mid")
    if mid is not None and (not _number(mid) or mid <= 0):
        c.add("mid", "bad_number", "a positive number, or null")
        mid = None

    return _Scale(result, low, high, higher, mid)


def _check_bands(c: _Check, raw: dict[str, Any], low: float, high: float) -> list[Band]:
    bands: list[Band] = []
    given_bands = raw.get("bands", [])
    if not isinstance(given_bands, list):
        c.add("bands", "not_a_list")
        given_bands = []
    codes: set[str] = set()
    for n, b in enumerate(given_bands):
        where = f"bands[{n}]"
        if not isinstance(b, dict):
            c.add(where, "not_an_object")
            continue
        bcode = b.get("code")
        if not isinstance(bcode, str) or CODE.fullmatch(bcode) is None:
            c.add(f"{where}.code", "bad_code")
            continue
        if bcode in codes:
            c.add(f"{where}.code", "duplicate", bcode)
        codes.add(bcode)
        given_low, given_high = b.get("from"), b.get("to")
        if not _number(given_low) or not _number(given_high) or given_low > given_high:
            c.add(where, "bad_band", "from and to are numbers, from <= to")
            continue
        b_low, b_high = float(given_low), float(given_high)
        if b_low < low or b_high > high:
            c.add(where, "outside_range")
        if bands and b_low <= bands[-1].high:
            c.add(f"{where}.from", "overlap", "bands go up in order without overlapping")
        bands.append(Band(bcode, b_low, b_high, c.label(f"{where}.label", b.get("label"))))

    return bands


def _check_alerts(c: _Check, raw: dict[str, Any], known: set[str]) -> list[Alert]:
    alerts: list[Alert] = []
    given_alerts = raw.get("alerts", [])
    if not isinstance(given_alerts, list):
        c.add("alerts", "not_a_list")
        given_alerts = []
    codes = set()
    for n, a in enumerate(given_alerts):
        where = f"alerts[{n}]"
        if not isinstance(a, dict):
            c.add(where, "not_an_object")
            continue
        acode = a.get("code")
        if not isinstance(acode, str) or CODE.fullmatch(acode) is None:
            c.add(f"{where}.code", "bad_code")
            continue
        if acode in codes:
            c.add(f"{where}.code", "duplicate", acode)
        codes.add(acode)
        tree = c.tree(f"{where}.when", a.get("when"))
        c.names(f"{where}.when", tree, known, set())
        label = c.label(f"{where}.label", a.get("label"))
        if tree is not None:
            alerts.append(Alert(acode, str(a["when"]), tree, label))

    return alerts


def _check(raw: Any) -> tuple[list[Problem], Definition | None]:
    c = _Check()
    if not isinstance(raw, dict):
        c.add("", "not_an_object")
        return c.problems, None
    h = _check_header(c, raw)
    lists = _check_lists(c, raw)
    items, seen_items = _check_items(c, raw, lists)
    scores, known, score_names = _check_scores(c, raw, seen_items)
    scale = _check_scale(c, raw, score_names)
    bands = _check_bands(c, raw, scale.low, scale.high)
    alerts = _check_alerts(c, raw, known)
    code, version, name, source = h.code, h.version, h.name, h.source
    translations, intro = h.translations, h.intro
    result, low, high, higher, mid = scale.result, scale.low, scale.high, scale.higher, scale.mid
    if c.problems:
        return c.problems, None
    assert isinstance(code, str)
    assert isinstance(version, int)
    assert isinstance(result, str)
    return [], Definition(
        code=code,
        version=version,
        name=name,
        source=source,
        translations=translations,
        intro=intro,
        choice_lists=lists,
        items=tuple(items),
        scores=tuple(scores),
        result=result,
        range=(low, high),
        higher_is_better=higher,
        mid=float(mid) if mid is not None else None,
        bands=tuple(bands),
        alerts=tuple(alerts),
        raw=raw,
    )


def validate(raw: Any) -> list[Problem]:
    """Every problem of a definition, each with where it is (empty: it is valid)."""
    return _check(raw)[0]


def parse(raw: Any) -> Definition:
    """The definition, or :class:`InstrumentInvalid` listing every problem."""
    problems, definition = _check(raw)
    if definition is None:
        raise InstrumentInvalid(problems)
    return definition
