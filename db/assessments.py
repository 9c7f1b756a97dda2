"""Wellbeing assessments (WHO-5 and any other instrument defined as data)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from db import access
from db.errors import RecordNotFound, ValidationFailed
from db.models import Assessment, Instrument
from db.models import Beneficiary as B
from db.permissions import Permission
from db.store import Store

PHASES = ("pre", "mid", "post")


@dataclass(frozen=True)
class InstrumentInfo:
    code: str
    name: str
    intro: dict[str, str]  # language code -> text
    items: list[dict[str, str]]
    answers: list[dict[str, Any]]  # {"value": int, "en": ..., "my": ..., "th": ...}
    item_min: int
    item_max: int
    multiplier: int
    flag_below: int | None

    def text(self, entry: dict[str, Any], language: str) -> str:
        """An item or answer in ``language``, falling back to English."""
        return str(entry.get(language) or entry.get("en") or "")


@dataclass(frozen=True)
class AssessmentResult:
    id: int
    person_id: int
    instrument: str
    phase: str
    date: dt.date
    answers: list[int]
    raw_score: int
    score: int  # raw x multiplier (WHO-5: 0-100)
    flagged: bool  # raw below the instrument's threshold (WHO-5: < 13, poor wellbeing)


@dataclass(frozen=True)
class PrePost:
    instrument: str
    pre: AssessmentResult | None
    post: AssessmentResult | None

    @property
    def change(self) -> int | None:
        """Change in reported score from the first "pre" to the latest "post"."""
        if self.pre is None or self.post is None:
            return None
        return self.post.score - self.pre.score


def _info(i: Instrument) -> InstrumentInfo:
    d = json.loads(i.definition)
    return InstrumentInfo(
        code=i.code,
        name=i.name,
        intro=d.get("intro", {}),
        items=d["items"],
        answers=d.get("answers", []),
        item_min=i.item_min,
        item_max=i.item_max,
        multiplier=i.multiplier,
        flag_below=i.flag_below,
    )


def list_instruments(store: Store) -> list[InstrumentInfo]:
    store.require(Permission.ASSESSMENTS)
    with store.read() as session:
        rows = session.scalars(select(Instrument).where(Instrument.active.is_(True)))
        return [_info(i) for i in rows.all()]


def get_instrument(store: Store, code: str) -> InstrumentInfo:
    store.require(Permission.ASSESSMENTS)
    with store.read() as session:
        i = session.scalars(select(Instrument).where(Instrument.code == code)).one_or_none()
        if i is None:
            raise RecordNotFound(code)
        return _info(i)


def score(instrument: InstrumentInfo, answers: list[int]) -> tuple[int, int, bool]:
    """(raw, reported score, flagged) for complete answers."""
    raw = sum(answers)
    flagged = instrument.flag_below is not None and raw < instrument.flag_below
    return raw, raw * instrument.multiplier, flagged


def record_assessment(
    store: Store,
    person_id: int,
    instrument_code: str,
    answers: list[int],
    *,
    phase: str = "pre",
    date: dt.date | None = None,
    session_id: int | None = None,
) -> AssessmentResult:
    """Save a completed assessment. Caseworkers and admins only."""
    store.require(Permission.ASSESSMENTS)
    instrument = get_instrument(store, instrument_code)
    date = date or dt.date.today()
    problems: dict[str, str] = {}
    if len(answers) != len(instrument.items) or any(
        not instrument.item_min <= a <= instrument.item_max for a in answers
    ):
        problems["answers"] = "incomplete"
    if phase not in PHASES:
        problems["phase"] = "out_of_range"
    if date > dt.date.today():
        problems["date"] = "in_future"
    if problems:
        raise ValidationFailed(problems)
    raw, _, _ = score(instrument, answers)
    access.require_full(store, person_id)
    with store.write() as session:
        person = session.get(B, person_id)
        if person is None or person.deleted_at is not None:
            raise RecordNotFound(str(person_id))
        row = Assessment(
            beneficiary_id=person_id,
            instrument=instrument.code,
            phase=phase,
            date=date,
            answers=json.dumps(answers),
            raw_score=raw,
            session_id=session_id,
            assessed_by=store.user.id,
        )
        session.add(row)
        session.flush()
        store.audit(session, "create", "assessment", row.id)
        new_id = row.id
    return _results(store, select(Assessment).where(Assessment.id == new_id))[0]


def _results(store: Store, stmt: Any) -> list[AssessmentResult]:
    with store.read() as session:
        scoring = {
            i.code: (i.multiplier, i.flag_below) for i in session.scalars(select(Instrument))
        }
        out = []
        for a in session.scalars(stmt):
            multiplier, flag_below = scoring.get(a.instrument, (1, None))
            out.append(
                AssessmentResult(
                    id=a.id,
                    person_id=a.beneficiary_id,
                    instrument=a.instrument,
                    phase=a.phase,
                    date=a.date,
                    answers=list(json.loads(a.answers)),
                    raw_score=a.raw_score,
                    score=a.raw_score * multiplier,
                    flagged=flag_below is not None and a.raw_score < flag_below,
                )
            )
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


def pre_post(store: Store, person_id: int, instrument_code: str = "who5") -> PrePost:
    """The first "pre" and the latest "post" assessment of a person with one instrument."""
    results = [r for r in person_assessments(store, person_id) if r.instrument == instrument_code]
    pres = [r for r in results if r.phase == "pre"]
    posts = [r for r in results if r.phase == "post"]
    return PrePost(instrument_code, pres[0] if pres else None, posts[-1] if posts else None)
