"""Outcome figures (db.outcomes): people with a pre and a post score per programme and
instrument, and how many improved by at least the MID; worked examples, then a brute-force
oracle on random small data."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from db import consent, outcomes
from db.activities import ActivityType, SessionInput, log_session
from db.assessments import record_assessment
from db.beneficiaries import delete_person, register_person
from db.instruments.store import LIBRARY, add_instrument
from db.programmes import list_programmes
from db.store import Store
from tests.db.people import person

START, END = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
DAY = dt.date(2025, 3, 1)


def who5(percent: int) -> dict[str, int]:
    """WHO-5 answers whose result (raw x 4) is ``percent`` (a multiple of 4)."""
    raw = percent // 4
    return {f"q{i}": min(5, max(0, raw - 5 * (i - 1))) for i in range(1, 6)}


def phq9(total: int) -> dict[str, int | None]:
    return {f"q{i}": min(3, max(0, total - 3 * (i - 1))) for i in range(1, 10)} | {"difficulty": 1}


def someone(store: Store, name: str, *, data_use: bool = True) -> int:
    return register_person(store, person(name, consent_data_use=data_use)).id


def session(store: Store, programme: int, pid: int, day: dt.date) -> int:
    return log_session(
        store,
        SessionInput(ActivityType.COUNSELLING, programme, day, attendee_ids=[pid]),
        today=dt.date(2026, 1, 1),
    ).id


def figures(store: Store, **kw: object) -> dict[tuple[int, str], tuple[int, int]]:
    return {
        (f.programme_id, f.instrument): (f.with_pre_post, f.improved)
        for f in outcomes.outcome_figures(store, START, END, **kw)  # type: ignore[arg-type]
    }


@pytest.fixture
def two(store: Store) -> tuple[int, int]:
    first, second, *_ = list_programmes(store)
    return first.id, second.id


def test_direction_and_the_mid_boundary(store: Store, two: tuple[int, int]) -> None:
    mhpss, _ = two
    cases = [
        ("who5", who5(40), who5(52), True),  # +12 on 0-100, higher is better: improved
        ("who5", who5(40), who5(48), False),  # +8 < 10
        ("who5", who5(60), who5(40), False),  # worse
        ("phq9", phq9(15), phq9(10), True),  # exactly -5: improved (at least the MID)
        ("phq9", phq9(15), phq9(11), False),  # -4
        ("phq9", phq9(10), phq9(15), False),  # +5 is worse on PHQ-9
        ("k10", {f"q{i}": 3 for i in range(1, 11)}, {f"q{i}": 1 for i in range(1, 11)}, None),
    ]
    for n, (code, pre, post, _) in enumerate(cases):
        pid = someone(store, f"Person {n}")
        s1 = session(store, mhpss, pid, DAY)
        s2 = session(store, mhpss, pid, DAY + dt.timedelta(days=60))
        record_assessment(store, pid, code, pre, phase="pre", date=DAY, session_id=s1)
        record_assessment(
            store, pid, code, post, phase="post", date=DAY + dt.timedelta(days=60), session_id=s2
        )
    # K10 has no MID: no outcome figure for it.
    assert figures(store) == {(mhpss, "who5"): (3, 1), (mhpss, "phq9"): (3, 1)}
    got = {f.instrument: f for f in outcomes.outcome_figures(store, START, END)}
    assert (got["who5"].mid, got["who5"].higher_is_better) == (10, True)
    phq = got["phq9"]
    assert (phq.mid, phq.higher_is_better, phq.not_improved) == (5, False, 2)


def test_first_pre_latest_post_and_the_period(store: Store, two: tuple[int, int]) -> None:
    mhpss, _ = two
    pid = someone(store, "Ko Aung")
    s = session(store, mhpss, pid, DAY)
    for day, phase, percent in [
        (DAY, "pre", 40),  # the first pre: counts
        (DAY + dt.timedelta(days=10), "pre", 80),
        (DAY + dt.timedelta(days=20), "mid", 100),  # mid phases never count
        (DAY + dt.timedelta(days=30), "post", 44),
        (DAY + dt.timedelta(days=40), "post", 52),  # the latest post: +12 from 40
    ]:
        record_assessment(store, pid, "who5", who5(percent), phase=phase, date=day, session_id=s)
    assert figures(store) == {(mhpss, "who5"): (1, 1)}
    # A period that ends before the latest post takes the latest post inside it (+4).
    early = outcomes.outcome_figures(store, START, DAY + dt.timedelta(days=35))
    assert [(f.with_pre_post, f.improved) for f in early] == [(1, 0)]
    # Posts before the period: nothing.
    assert outcomes.outcome_figures(store, dt.date(2025, 6, 1), END) == []
    # A pre alone, or a post before any pre: no pair.
    other = someone(store, "Ma Su")
    record_assessment(store, other, "who5", who5(40), phase="post", date=DAY, session_id=s)
    record_assessment(store, other, "who5", who5(80), phase="pre", date=DAY + dt.timedelta(days=5))
    assert figures(store) == {(mhpss, "who5"): (1, 1)}


def _library(code: str) -> dict[str, object]:
    return json.loads((LIBRARY / f"{code}.json").read_text(encoding="utf-8"))


def test_versions_on_the_same_scale_pair_and_another_scale_does_not(
    store: Store, two: tuple[int, int]
) -> None:
    mhpss, _ = two
    same = _library("who5") | {"source": "WHO-5, reworded for Saphan's tests"}
    assert add_instrument(store, same).version == 2
    raw = copy.deepcopy(_library("who5"))
    raw |= {
        "source": "WHO-5 raw score",
        "result": "raw",
        "range": [0, 25],
        "mid": 3,
        "bands": [
            {"code": "low", "from": 0, "to": 12, "label": {"en": "Low"}},
            {"code": "high", "from": 13, "to": 25, "label": {"en": "High"}},
        ],
    }
    assert add_instrument(store, raw).version == 3
    a, b = someone(store, "Across versions"), someone(store, "Across scales")
    for pid in (a, b):
        s = session(store, mhpss, pid, DAY)
        record_assessment(
            store, pid, "who5", who5(40), phase="pre", date=DAY, session_id=s, version=1
        )
    later = DAY + dt.timedelta(days=50)
    record_assessment(store, a, "who5", who5(52), phase="post", date=later, version=2)
    # Version 3 reports 0-25: 13 is not comparable with 40 on 0-100.
    record_assessment(store, b, "who5", who5(52), phase="post", date=later, version=3)
    assert figures(store) == {(mhpss, "who5"): (1, 1)}


def test_which_programme_an_assessment_belongs_to(store: Store, two: tuple[int, int]) -> None:
    mhpss, thai = two
    later = DAY + dt.timedelta(days=60)
    # Linked to a session of Thai language: counts there, not in MHPSS (attended too).
    linked = someone(store, "Linked")
    session(store, mhpss, linked, DAY)
    s = session(store, thai, linked, DAY)
    record_assessment(store, linked, "who5", who5(40), phase="pre", date=DAY, session_id=s)
    record_assessment(store, linked, "who5", who5(60), phase="post", date=later, session_id=s)
    # Not linked: credited to the programme that served the person between pre and post.
    between = someone(store, "Between")
    session(store, mhpss, between, DAY + dt.timedelta(days=5))
    session(store, thai, between, later + dt.timedelta(days=5))  # after the post: not credited
    record_assessment(store, between, "who5", who5(40), phase="pre", date=DAY)
    record_assessment(store, between, "who5", who5(44), phase="post", date=later)
    # Not linked and never served in between: in no programme.
    nowhere = someone(store, "Nowhere")
    session(store, mhpss, nowhere, DAY - dt.timedelta(days=30))
    record_assessment(store, nowhere, "who5", who5(40), phase="pre", date=DAY)
    record_assessment(store, nowhere, "who5", who5(80), phase="post", date=later)
    assert figures(store) == {(thai, "who5"): (1, 1), (mhpss, "who5"): (1, 0)}


def test_shared_figures_honour_data_use_consent_on_the_post_date(
    store: Store, two: tuple[int, int]
) -> None:
    mhpss, _ = two
    later = DAY + dt.timedelta(days=60)
    never = someone(store, "Never agreed", data_use=False)
    withdrew = someone(store, "Withdrew", data_use=True)
    agreed = someone(store, "Agreed", data_use=True)
    gone = someone(store, "Deleted")
    for pid in (never, withdrew, agreed, gone):
        s = session(store, mhpss, pid, DAY)
        record_assessment(store, pid, "who5", who5(40), phase="pre", date=DAY, session_id=s)
        record_assessment(store, pid, "who5", who5(60), phase="post", date=later, session_id=s)
    consent.grant(store, withdrew, "data_use", dt.date(2025, 2, 1), "verbal")
    consent.withdraw(store, withdrew, "data_use", later - dt.timedelta(days=1), "verbal")
    delete_person(store, gone)
    assert figures(store) == {(mhpss, "who5"): (3, 3)}  # internal: everyone not deleted
    assert figures(store, shared=True) == {(mhpss, "who5"): (1, 1)}


# --- a brute-force oracle on random small data --------------------------------------------

rows_st = st.lists(
    st.tuples(
        st.integers(0, 3),  # person
        st.sampled_from(["pre", "post", "mid"]),
        st.integers(0, 120),  # day
        st.integers(0, 25),  # raw WHO-5
        st.sampled_from([None, 0, 1]),  # linked to a session of programme 0 or 1, or none
    ),
    max_size=14,
)
visits_st = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 1), st.integers(0, 120)), max_size=8
)


def _oracle(rows, visits, programmes, base, start, end):  # type: ignore[no-untyped-def]
    """Every (pre, post) choice spelled out, one person and programme at a time."""
    out: dict[tuple[int, str], tuple[int, int]] = {}
    for prog in (0, 1):
        people = improved = 0
        for p in range(4):
            mine = [
                (base + dt.timedelta(days=day), n, phase, raw * 4)
                for n, (q, phase, day, raw, link) in enumerate(rows)
                if q == p and link in (None, prog)
            ]
            posts = sorted((d, n, v) for d, n, ph, v in mine if ph == "post" and start <= d <= end)
            if not posts:
                continue
            post_day, post_n, post_v = posts[-1]
            pres = sorted((d, n, v) for d, n, ph, v in mine if ph == "pre" and d <= post_day)
            if not pres:
                continue
            pre_day, pre_n, pre_v = pres[0]
            links = {rows[pre_n][4], rows[post_n][4]}
            served = any(
                q == p and g == prog and pre_day <= base + dt.timedelta(days=day) <= post_day
                for q, g, day in visits
            )
            if prog in links or served:
                people += 1
                improved += post_v - pre_v >= 10
        if people:
            out[(programmes[prog], "who5")] = (people, improved)
    return out


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=rows_st, visits=visits_st)
def test_against_a_brute_force_oracle(store: Store, rows, visits) -> None:  # type: ignore[no-untyped-def]
    programmes = [p.id for p in list_programmes(store)[:2]]
    base = dt.date(2025, 1, 1)
    start, end = dt.date(2025, 1, 20), dt.date(2025, 4, 1)
    with store.write() as write:
        # Each example's own people: the earlier examples' keep their sessions, no scores.
        write.execute(text("DELETE FROM assessments"))
    people = [someone(store, f"P{n}") for n in range(4)]
    for p, g, day in visits:
        session(store, programmes[g], people[p], base + dt.timedelta(days=day))
    for p, phase, day, raw, link in rows:
        s = None
        if link is not None:
            s = session(store, programmes[link], people[p], dt.date(2024, 6, 1))
        answers = {f"q{i}": min(5, max(0, raw - 5 * (i - 1))) for i in range(1, 6)}
        record_assessment(
            store, people[p], "who5", answers, phase=phase,
            date=base + dt.timedelta(days=day), session_id=s,
        )  # fmt: skip
    got = {
        (f.programme_id, f.instrument): (f.with_pre_post, f.improved)
        for f in outcomes.outcome_figures(store, start, end)
    }
    assert got == _oracle(rows, visits, programmes, base, start, end)
