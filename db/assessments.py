"""Assessments with any instrument defined as data (WHO-5, PHQ-9, ...; db.instruments).

Answers are kept by item name with the version of the definition they were given in, and the
scores, band and alerts worked out on saving (``assessments.scores``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from db import access
from db.errors import RecordNotFound, ValidationFailed
from db.instruments import scoring
from db.instruments.definition import Definition
from db.instruments.store import InstrumentInfo, definition_of, instrument_row
from db.instruments.store import get_instrument as _get_instrument
from db.instruments.store import list_instruments as _list_instruments
from db.models import Assessment
from db.models import Beneficiary as B
from db.permissions import Permission
from db.store import Store

__all__ = [
    "PHASES",
    "AssessmentResult",
    "InstrumentInfo",
    "PrePost",
    "get_instrument",
    "list_instruments",
    "person_assessments",
    "pre_post",
    "record_assessment",
    "score",
]

PHASES = ("pre", "mid", "post")


@dataclass(frozen=True)
class AssessmentResult:
    id: int
    person_id: int
    instrument: str
    phase: str
    date: dt.date
    answers: list[int | None]  # in item order (None: not answered or not asked)
    raw_score: int  # the sum of the answered items after reverse scoring (WHO-5: 0-25)
    score: float | None  # the reported result (WHO-5: raw x 4, 0-100); whole numbers as int
    flagged: bool  # an alert fired (WHO-5: raw below 13, poor wellbeing)
    version: int = 1
    values: dict[str, int | None] = field(default_factory=dict)  # answers by item name
    band: str | None = None
    alerts: tuple[str, ...] = ()
    scores: dict[str, float | None] = field(default_factory=dict)  # items and scores


@dataclass(frozen=True)
class PrePost:
    instrument: str
    pre: AssessmentResult | None
    post: AssessmentResult | None

    @property
    def change(self) -> float | None:
        """Change in reported score from the first "pre" to the latest "post"."""
        if self.pre is None or self.post is None:
            return None
        if self.pre.score is None or self.post.score is None:
            return None
        return scoring.tidy(self.post.score - self.pre.score)


def list_instruments(store: Store) -> list[InstrumentInfo]:
    """The newest version of each active instrument."""
    return _list_instruments(store)


def get_instrument(store: Store, code: str, version: int | None = None) -> InstrumentInfo:
    """An instrument's version (default: its newest); RecordNotFound when there is none."""
    return _get_instrument(store, code, version)


def score(instrument: InstrumentInfo, answers: Sequence[int]) -> tuple[int, float | None, bool]:
    """(raw, reported score, flagged) for complete answers in item order."""
    scored = scoring.score(instrument.definition, _by_name(instrument.definition, answers))
    return _raw(instrument.definition, scored), scored.result, bool(scored.alerts)


def _by_name(defn: Definition, answers: Sequence[int | None]) -> dict[str, int | None]:
    if len(answers) != len(defn.items):
        raise ValidationFailed({"answers": "incomplete"})
    return {item.name: a for item, a in zip(defn.items, answers, strict=True)}


def _raw(defn: Definition, scored: scoring.Scored) -> int:
    total = sum(scored.values.get(i.name) or 0 for i in defn.items)
    return round(total)


def record_assessment(
    store: Store,
    person_id: int,
    instrument_code: str,
    answers: Sequence[int | None] | Mapping[str, int | None],
    *,
    phase: str = "pre",
    date: dt.date | None = None,
    session_id: int | None = None,
    version: int | None = None,
) -> AssessmentResult:
    """Save a completed assessment (answers by item name, or in item order) with the given
    version of the instrument (default: its newest). Caseworkers and admins only."""
    store.require(Permission.ASSESSMENTS)
    instrument = get_instrument(store, instrument_code, version)
    defn = instrument.definition
    date = date or dt.date.today()
    problems: dict[str, str] = {}
    by_name: dict[str, int | None] = {}
    if isinstance(answers, Mapping):
        by_name = dict(answers)
    elif len(answers) == len(defn.items):
        by_name = _by_name(defn, answers)
    else:
        problems["answers"] = "incomplete"
    if not problems and scoring.problems(defn, by_name):
        problems["answers"] = "incomplete"
    if phase not in PHASES:
        problems["phase"] = "out_of_range"
    if date > dt.date.today():
        problems["date"] = "in_future"
    if problems:
        raise ValidationFailed(problems)
    scored = scoring.score(defn, by_name)
    # What was not asked (relevant false) is kept as not answered.
    kept = {i.name: (by_name.get(i.name) if i.name in scored.shown else None) for i in defn.items}
    access.require_full(store, person_id)
    with store.write() as session:
        person = session.get(B, person_id)
        if person is None or person.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        row = Assessment(
            beneficiary_id=person_id,
            instrument=instrument.code,
            instrument_version=instrument.version,
            phase=phase,
            date=date,
            answers=json.dumps(kept),
            raw_score=_raw(defn, scored),
            scores=scoring.scores_json(scored),
            session_id=session_id,
            assessed_by=store.user.id,
        )
        session.add(row)
        session.flush()
        store.audit(session, "create", "assessment", row.id)
        new_id = row.id
    return _results(store, select(Assessment).where(Assessment.id == new_id))[0]


def result_of(a: Assessment, defn: Definition | None) -> AssessmentResult:
    """An assessment row as a result: its kept scores, or (older rows) scored again from its
    answers with the definition of its version."""
    try:
        given = json.loads(a.answers)
    except ValueError:
        given = []
    names = [i.name for i in defn.items] if defn is not None else []
    if isinstance(given, list):
        by_name: dict[str, int | None] = dict(zip(names, given, strict=False))
        ordered: list[int | None] = list(given)
    elif isinstance(given, dict):
        by_name = {str(k): v for k, v in given.items()}
        ordered = [by_name.get(n) for n in names]
    else:
        by_name, ordered = {}, []
    kept: dict[str, Any] = {}
    if a.scores:
        try:
            kept = json.loads(a.scores)
        except ValueError:
            kept = {}
    if not kept and defn is not None:
        try:
            kept = json.loads(scoring.scores_json(scoring.score(defn, by_name)))
        except ValidationFailed:
            kept = {}
    alerts = tuple(str(x) for x in kept.get("alerts") or ())
    return AssessmentResult(
        id=a.id,
        person_id=a.beneficiary_id,
        instrument=a.instrument,
        phase=a.phase,
        date=a.date,
        answers=ordered,
        raw_score=a.raw_score,
        score=kept.get("result"),
        flagged=bool(alerts),
        version=a.instrument_version,
        values=by_name,
        band=kept.get("band"),
        alerts=alerts,
        scores=dict(kept.get("values") or {}),
    )


def _results(store: Store, stmt: Any) -> list[AssessmentResult]:
    with store.read() as session:
        definitions: dict[tuple[str, int], Definition | None] = {}
        out = []
        for a in session.scalars(stmt):
            key = (a.instrument, a.instrument_version)
            if key not in definitions:
                try:
                    definitions[key] = definition_of(instrument_row(session, *key))
                except RecordNotFound:
                    definitions[key] = None
            out.append(result_of(a, definitions[key]))
        return out


def person_assessments(store: Store, person_id: int) -> list[AssessmentResult]:
    """A person's assessments, oldest first: only of someone the user sees in full."""
    store.require(Permission.ASSESSMENTS)
    access.require_full(store, person_id)
    return _results(
        store,
        select(Assessment)
        .where(Assessment.beneficiary_id == person_id)
        .order_by(Assessment.date, Assessment.id),
    )


def previous_pre(
    store: Store, person_id: int, instrument_code: str, before: dt.date | None = None
) -> AssessmentResult | None:
    """The person's latest "pre" with the instrument (on or before ``before``), if any: what
    a "mid" or "post" is compared with."""
    pres = [
        r
        for r in person_assessments(store, person_id)
        if r.instrument == instrument_code
        and r.phase == "pre"
        and (before is None or r.date <= before)
    ]
    return pres[-1] if pres else None


def pre_post(store: Store, person_id: int, instrument_code: str = "who5") -> PrePost:
    """The first "pre" and the latest "post" assessment of a person with one instrument."""
    results = [r for r in person_assessments(store, person_id) if r.instrument == instrument_code]
    pres = [r for r in results if r.phase == "pre"]
    posts = [r for r in results if r.phase == "post"]
    return PrePost(instrument_code, pres[0] if pres else None, posts[-1] if posts else None)
