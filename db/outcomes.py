"""Outcome figures: per programme and instrument, how many people have a "pre" and a "post"
score, and how many of them improved by at least the instrument's minimal important
difference (MID; IASC MHPSS monitoring framework: outcome, not only reach).

Definitions (the ones the network reports on):

- Only instruments with a MID count (``mid`` in the definition: WHO-5 10 points on 0-100,
  PHQ-9 5, GAD-7 4). Only the "pre" and "post" phases count ("mid" does not).
- *The pair* of a person, instrument code and programme is the person's **latest "post"**
  dated inside the period and the **first "pre"** on or before that post's date with the
  same result scale (same ``result`` name and range): any version of the instrument on the
  same scale pairs with any other. A version on another scale does not pair. Assessments
  without a result (incomplete) are skipped. The MID and the direction
  (``higher_is_better``) are the post's version's.
- *Improved*: the change from pre to post in the better direction is at least the MID
  (``post - pre >= mid`` when higher is better, ``pre - post >= mid`` otherwise); exactly
  the MID is improved.
- *Which programme an assessment belongs to*: an assessment saved with a session belongs to
  that session's programme (a deleted session counts as no session). One saved without a
  session belongs to no programme by itself; it is a candidate for every programme, and a
  pair of such assessments counts for programme P only when the person attended a
  (not deleted) session of P between the pre's date and the post's date, both included:
  the change is credited to the programmes that served the person between the two
  measurements. So, for programme P, the pair is chosen among the person's assessments that
  are linked to a session of P or to none, and it counts when the pre or the post is linked
  to P, or P served the person in between. A person served by two programmes counts in
  each (as people reached do).
- People whose record was deleted do not count.
- Shared figures (``shared=True``: bundles) honour consent to data use the way reach does
  (:mod:`db.counting`): a person is in a shared outcome figure only when their data-use
  consent covers the post's date. Internal figures (the dashboard) count everyone.

Aggregates only: what leaves this module is counts per programme and instrument code.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from db import counting
from db.errors import ValidationFailed
from db.instruments import scoring
from db.instruments.definition import Definition
from db.instruments.store import parse_stored
from db.permissions import Permission
from db.store import Store

__all__ = ["OutcomeFigure", "Row", "improved", "outcome_figures", "pairs"]

EPSILON = 1e-9  # scores are sums of whole answers x factors; guards 9.999999 against 10


@dataclass(frozen=True)
class OutcomeFigure:
    """People with a pre and a post score in one programme and instrument, and of them how
    many improved by at least the MID. ``name``, ``mid`` and ``higher_is_better`` are those of
    the instrument's newest version with a MID (for showing; each pair used its post's)."""

    programme_id: int
    instrument: str
    with_pre_post: int
    improved: int
    mid: float
    higher_is_better: bool
    name: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def not_improved(self) -> int:
        return self.with_pre_post - self.improved


@dataclass(frozen=True)
class Row:
    """One assessment as outcome figures see it (no answers, no notes)."""

    id: int
    person: int
    instrument: str
    version: int
    phase: str
    date: dt.date
    result: float | None
    programme: int | None  # the linked (not deleted) session's programme


def improved(pre: float, post: float, mid: float, higher_is_better: bool) -> bool:
    change = post - pre if higher_is_better else pre - post
    return change + EPSILON >= mid


def _scale(defn: Definition) -> tuple[str, float, float]:
    return (defn.result, float(defn.range[0]), float(defn.range[1]))


def pairs(
    rows: list[Row],
    attended: Mapping[int, list[tuple[int, dt.date]]],
    definitions: Mapping[tuple[str, int], Definition],
    start: dt.date,
    end: dt.date,
) -> dict[tuple[int, str], dict[int, tuple[bool, Row]]]:
    """The pairs the rules above choose: (programme id, instrument code) -> person ->
    (improved, the post).
    ``attended``: person -> (programme id, date) of their attendance at not-deleted sessions.
    Pure: the oracle tests and :func:`outcome_figures` share it."""
    by_person: dict[tuple[int, str], list[Row]] = defaultdict(list)
    for r in rows:
        if r.result is not None and r.phase in ("pre", "post"):
            by_person[(r.person, r.instrument)].append(r)
    out: dict[tuple[int, str], dict[int, tuple[bool, Row]]] = defaultdict(dict)
    for (person, code), mine in by_person.items():
        mine.sort(key=lambda r: (r.date, r.id))
        visits = attended.get(person, [])
        programmes = {r.programme for r in mine if r.programme is not None}
        programmes |= {p for p, _ in visits}
        for programme in programmes:
            candidates = [r for r in mine if r.programme in (None, programme)]
            posts = [r for r in candidates if r.phase == "post" and start <= r.date <= end]
            if not posts:
                continue
            post = posts[-1]
            post_defn = definitions.get((code, post.version))
            if post_defn is None or post_defn.mid is None:
                continue
            scale = _scale(post_defn)
            pre = next(
                (
                    r
                    for r in candidates
                    if r.phase == "pre"
                    and r.date <= post.date
                    and (d := definitions.get((code, r.version))) is not None
                    and _scale(d) == scale
                ),
                None,
            )
            if pre is None:
                continue
            linked = programme in (pre.programme, post.programme)
            served = any(p == programme and pre.date <= day <= post.date for p, day in visits)
            if not (linked or served):
                continue
            assert pre.result is not None
            assert post.result is not None
            up = improved(pre.result, post.result, post_defn.mid, post_defn.higher_is_better)
            out[(programme, code)][person] = (up, post)
    return dict(out)


def _definitions(store: Store) -> dict[tuple[str, int], Definition]:
    with store.read() as session:
        rows = session.execute(text("SELECT code, version, definition FROM instruments"))
        return {(str(c), int(v)): parse_stored(str(d)) for c, v, d in rows}


def _result(scores: str | None, answers: str, defn: Definition | None) -> float | None:
    kept: dict[str, Any] = {}
    if scores:
        try:
            kept = json.loads(scores)
        except ValueError:
            kept = {}
    if isinstance(kept, dict) and kept.get("result") is not None:
        value = kept["result"]
        return float(value) if isinstance(value, int | float) else None
    if defn is None:
        return None
    # An older row without kept scores: scored again from its answers (db.assessments).
    try:
        given = json.loads(answers)
    except ValueError:
        return None
    names = [i.name for i in defn.items]
    if isinstance(given, list):
        by_name = dict(zip(names, given, strict=False))
    elif isinstance(given, dict):
        by_name = {str(k): v for k, v in given.items()}
    else:
        return None
    try:
        result = scoring.score(defn, by_name).result
    except ValidationFailed:  # an answer the definition cannot score: no result
        return None
    return None if result is None else float(result)


_ROWS = """
    SELECT a.id, a.beneficiary_id, a.instrument, a.instrument_version, a.phase, a.date,
           a.scores, a.answers, s.programme_id
    FROM assessments a JOIN beneficiaries b ON b.id = a.beneficiary_id
    LEFT JOIN sessions s ON s.id = a.session_id AND s.deleted_at IS NULL
    WHERE b.deleted_at IS NULL AND a.phase IN ('pre', 'post') AND a.date <= :end
"""
_ATTENDED = """
    SELECT a.beneficiary_id, a.programme_id, a.date
    FROM attendance a JOIN sessions s ON s.id = a.session_id
    WHERE s.deleted_at IS NULL AND a.date <= :end
          AND a.beneficiary_id IN (SELECT beneficiary_id FROM assessments)
"""


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def outcome_figures(
    store: Store, start: dt.date, end: dt.date, *, shared: bool = False
) -> list[OutcomeFigure]:
    """Outcome figures of the posts dated ``start``..``end`` (inclusive), per programme and
    instrument with a MID, as the module docstring defines them; nobody: no figure.
    ``shared``: the figures that leave the CSO (data-use consent on the post's date)."""
    store.require(Permission.AGGREGATES_VIEW)
    definitions = _definitions(store)
    params = {"end": end.isoformat()}
    with store.read() as session:
        raw = list(session.execute(text(_ROWS), params))
        consented: set[int] | None = None
        if shared:
            posts = "SELECT a.id FROM assessments a WHERE a.phase = 'post'"
            sql = counting.shared_sql(posts, "a.beneficiary_id", "a.date")
            consented = {int(r[0]) for r in session.execute(text(sql))}
        attended: dict[int, list[tuple[int, dt.date]]] = defaultdict(list)
        for pid, programme, day in session.execute(text(_ATTENDED), params):
            if programme is not None and day is not None:
                attended[int(pid)].append((int(programme), _day(day)))
    rows = [
        Row(
            id=int(r[0]),
            person=int(r[1]),
            instrument=str(r[2]),
            version=int(r[3]),
            phase=str(r[4]),
            date=_day(r[5]),
            result=_result(r[6], str(r[7]), definitions.get((str(r[2]), int(r[3])))),
            programme=None if r[8] is None else int(r[8]),
        )
        for r in raw
    ]
    chosen = pairs(rows, attended, definitions, start, end)
    newest: dict[str, Definition] = {}
    for (code, _version), defn in sorted(definitions.items()):
        if defn.mid is not None:
            newest[code] = defn
    out = []
    for (programme, code), people in sorted(chosen.items()):
        # Shared: the pair's post decides; left out on its date, left out of the figure.
        kept = [up for up, post in people.values() if consented is None or post.id in consented]
        if not kept:
            continue
        defn = newest[code]
        out.append(
            OutcomeFigure(
                programme_id=programme,
                instrument=code,
                with_pre_post=len(kept),
                improved=sum(kept),
                mid=float(defn.mid or 0),
                higher_is_better=defn.higher_is_better,
                name=dict(defn.name),
            )
        )
    return out
