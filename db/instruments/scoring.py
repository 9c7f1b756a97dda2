"""Scoring an instrument's answers: reverse items, scores in order, the result, band, alerts."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from db.errors import ValidationFailed
from db.instruments import expr
from db.instruments.definition import Definition, Item


@dataclass(frozen=True)
class Scored:
    values: dict[str, float | None]  # every item (after reverse scoring) and score, by name
    result: float | None  # the reported score
    band: str | None  # the code of the result's band
    alerts: list[str]  # the codes of the alerts that fired, in the definition's order
    shown: frozenset[str]  # the items that are relevant (asked) with these answers


def reverse(defn: Definition, item: Item, value: int) -> int:
    """An answer as scored: for a reverse-scored item (list max + list min) - value."""
    if not item.reverse:
        return value
    values = [c.value for c in defn.choices(item)]
    return max(values) + min(values) - value


def tidy(x: float | None) -> float | None:
    """A whole number as an int (36, not 36.0); others as they are."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def score(defn: Definition, answers: Mapping[str, int | None]) -> Scored:
    """Score ``answers`` (item name -> the chosen value; missing or None: not answered).
    Items whose ``relevant`` is false count as not answered whatever was given.

    :class:`ValidationFailed` when an answer names no item or is not one of its item's values.
    Missing required answers are not checked here (see :func:`problems`): a form half filled
    in is scored as far as it goes."""
    names = {i.name for i in defn.items}
    bad = {k: "unknown_item" for k in answers if k not in names}
    for item in defn.items:
        v = answers.get(item.name)
        allowed = {c.value for c in defn.choices(item)}
        if v is not None and (isinstance(v, bool) or v not in allowed):
            bad[item.name] = "not_a_choice"
    if bad:
        raise ValidationFailed(bad)
    env: dict[str, expr.Value] = {}
    shown: set[str] = set()
    for item in defn.items:
        if item.relevant_tree is not None and not expr.truthy(
            expr.evaluate(item.relevant_tree, env)
        ):
            env[item.name] = None
            continue
        shown.add(item.name)
        v = answers.get(item.name)
        env[item.name] = None if v is None else float(reverse(defn, item, v))
    for s in defn.scores:
        value = expr.evaluate(s.tree, env)
        env[s.name] = None if value is None else float(value)
    result = env.get(defn.result)
    result_value = None if result is None else float(result)
    band = defn.band(result_value)
    alerts = [a.code for a in defn.alerts if expr.truthy(expr.evaluate(a.tree, env))]
    values = {k: tidy(None if v is None else float(v)) for k, v in env.items()}
    return Scored(
        values=values,
        result=tidy(result_value),
        band=band.code if band is not None else None,
        alerts=alerts,
        shown=frozenset(shown),
    )


def problems(defn: Definition, answers: Mapping[str, int | None]) -> dict[str, str]:
    """What stops these answers being saved: unknown items, values not in the list, and
    required items that are asked (relevant) but not answered."""
    try:
        scored = score(defn, answers)
    except ValidationFailed as e:
        return dict(e.problems)
    return {
        i.name: "required"
        for i in defn.items
        if i.required and i.name in scored.shown and answers.get(i.name) is None
    }


def scores_json(scored: Scored) -> str:
    """What an assessment keeps of its scoring (``assessments.scores``)."""
    return json.dumps(
        {
            "values": scored.values,
            "result": scored.result,
            "band": scored.band,
            "alerts": scored.alerts,
        },
        sort_keys=True,
    )
